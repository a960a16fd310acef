package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"sort"

	"github.com/xuri/excelize/v2"
)

// sortedZip is an excelize.ZipWriter that emits entries sorted by name.
// excelize writes stream-written sheets by ranging over a map, so with more
// than one StreamWriter the entry order, and thus the file's bytes, change
// from run to run. Entries are compressed as they arrive, so holding them
// until Close costs only the compressed size.
type sortedZip struct {
	out     io.Writer
	entries []*zipEntry
}

type zipEntry struct {
	name string
	buf  bytes.Buffer
	fw   *flate.Writer
	crc  hash.Hash32
	size uint64
}

func (e *zipEntry) Write(p []byte) (int, error) {
	e.crc.Write(p)
	e.size += uint64(len(p))
	return e.fw.Write(p)
}

// NewSortedZip returns a ZipWriter for excelize.File.SetZipWriter that makes
// the workbook's bytes independent of the order excelize produces parts in.
func NewSortedZip(w io.Writer) excelize.ZipWriter { return &sortedZip{out: w} }

func (z *sortedZip) Create(name string) (io.Writer, error) {
	e := &zipEntry{name: name, crc: crc32.NewIEEE()}
	fw, err := flate.NewWriter(&e.buf, flate.DefaultCompression)
	if err != nil {
		return nil, err
	}
	e.fw = fw
	z.entries = append(z.entries, e)
	return e, nil
}

// AddFS is not used by excelize when writing a workbook.
func (z *sortedZip) AddFS(fs.FS) error {
	return errors.New("xlsx: AddFS is not supported")
}

func (z *sortedZip) Close() error {
	sort.SliceStable(z.entries, func(i, j int) bool { return z.entries[i].name < z.entries[j].name })
	zw := zip.NewWriter(z.out)
	for _, e := range z.entries {
		if err := e.fw.Close(); err != nil {
			return err
		}
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name:               e.name,
			Method:             zip.Deflate,
			CRC32:              e.crc.Sum32(),
			CompressedSize64:   uint64(e.buf.Len()),
			UncompressedSize64: e.size,
		})
		if err != nil {
			return err
		}
		if _, err := e.buf.WriteTo(w); err != nil {
			return err
		}
	}
	return zw.Close()
}

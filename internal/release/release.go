// Package release packs built kh binaries into the archives of a release
// and writes their SHA-256 checksums. Archives are reproducible: entries in
// a fixed order, with a fixed time (the commit's), owner and mode, so two
// `make dist` runs of one commit give identical bytes.
package release

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Target is one platform of a release.
type Target struct{ OS, Arch string }

// Targets are the platforms kh is released for: an officer's Windows PC,
// Linux servers and CI runners, and Apple silicon Macs.
var Targets = []Target{
	{"windows", "amd64"},
	{"linux", "amd64"},
	{"linux", "arm64"},
	{"darwin", "arm64"},
}

// Binary is the executable's name on t.
func (t Target) Binary() string {
	if t.OS == "windows" {
		return "kh.exe"
	}
	return "kh"
}

// Archive is the file name of t's archive for version: a zip for Windows,
// whose Explorer opens it, a tar.gz elsewhere, which keeps the executable
// bit.
func (t Target) Archive(version string) string {
	base := fmt.Sprintf("kh_%s_%s_%s", strings.TrimPrefix(version, "v"), t.OS, t.Arch)
	if t.OS == "windows" {
		return base + ".zip"
	}
	return base + ".tar.gz"
}

// File is one entry of an archive.
type File struct {
	Name string // path inside the archive, forward slashes
	Data []byte
	Exec bool
}

// Pack writes the archive for t holding files, with every entry dated mod.
func Pack(w io.Writer, t Target, files []File, mod time.Time) error {
	files = append([]File(nil), files...)
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	if t.OS == "windows" {
		return packZip(w, files, mod)
	}
	return packTarGz(w, files, mod)
}

func mode(f File) int64 {
	if f.Exec {
		return 0o755
	}
	return 0o644
}

func packTarGz(w io.Writer, files []File, mod time.Time) error {
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	// No name or time in the gzip header: they would differ between runs.
	tw := tar.NewWriter(gz)
	for _, f := range files {
		hdr := &tar.Header{
			Name: f.Name, Mode: mode(f), Size: int64(len(f.Data)),
			ModTime: mod, Typeflag: tar.TypeReg, Format: tar.FormatPAX,
			Uname: "root", Gname: "root",
		}
		if err := tw.WriteHeader(hdr); err != nil {
			return err
		}
		if _, err := tw.Write(f.Data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

func packZip(w io.Writer, files []File, mod time.Time) error {
	zw := zip.NewWriter(w)
	for _, f := range files {
		hdr := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: mod.UTC()}
		hdr.SetMode(os.FileMode(mode(f)))
		fw, err := zw.CreateHeader(hdr)
		if err != nil {
			return err
		}
		if _, err := fw.Write(f.Data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// Checksums is the SHA256SUMS file of the named files in dir, in the format
// `sha256sum -c` reads ("<hex>  <name>").
func Checksums(dir string, names []string) ([]byte, error) {
	names = append([]string(nil), names...)
	sort.Strings(names)
	var b bytes.Buffer
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(data)
		fmt.Fprintf(&b, "%s  %s\n", hex.EncodeToString(sum[:]), n)
	}
	return b.Bytes(), nil
}

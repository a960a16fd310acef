package docimport

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/kh-tools/kh/internal/docxread"
	"github.com/kh-tools/kh/internal/msg"
)

// MaxText bounds a text file read for import: a plan's text is a few
// hundred kilobytes.
const MaxText = 8 << 20

// ReadFile reads a document to import by its content: a Word file, an
// Excel workbook (its sheets as tables) or a plain text. It reads only
// regular files within size limits; Word's refusals (a zip bomb, a
// password, a .doc file) come from docxread.
func ReadFile(path string) (*Source, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, msg.DocxNotRegular.Error(path)
	}
	name := filepath.Base(path)
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case ext == ".xlsx":
		return ReadWorkbook(path)
	case ext == ".docx" || isZip(path):
		f, err := docxread.ReadFile(path)
		if errors.Is(err, docxread.ErrWorkbook) {
			return ReadWorkbook(path)
		}
		if err != nil {
			return nil, err
		}
		return FromDocx(name, f), nil
	}
	data, err := readRegular(path)
	if err != nil {
		return nil, err
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, msg.ImportBinary.Error(name)
	}
	return FromText(name, data), nil
}

// readRegular reads a regular file of at most MaxText bytes; it opens
// without blocking, so a pipe put in the file's place cannot hang it.
func readRegular(path string) ([]byte, error) {
	name := filepath.Base(path)
	fh, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	if st, err := fh.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil, msg.DocxNotRegular.Error(path)
	}
	data, err := io.ReadAll(io.LimitReader(fh, MaxText+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxText {
		return nil, msg.ImportTooLarge.Error(name, MaxText>>20)
	}
	return data, nil
}

// isZip reports whether a file starts like a zip archive (a .docx or
// .xlsx saved under another name).
func isZip(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4)
	n, _ := io.ReadFull(f, head)
	return n == 4 && bytes.Equal(head, []byte("PK\x03\x04"))
}

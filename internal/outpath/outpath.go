// Package outpath is the one place where a file or folder name taken from
// data (a plan id, an agency id, a period) becomes a path. A name must be a
// single plain component, and the joined path must stay inside its output
// folder: no "..", no separators, no hidden or option-like names, no device
// names Windows would open instead of a file, and no symlink on the way.
package outpath

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
)

// MaxName bounds one name: an id (at most 64 characters) with a suffix such
// as ".xlsx", far below every file system's limit.
const MaxName = 100

// Error is a refused name, in both languages.
type Error struct {
	Name string
	Text diag.Text
}

func (e *Error) Error() string { return e.Text.VI }

// In renders the refusal in lang.
func (e *Error) In(lang diag.Lang) string { return e.Text.In(lang) }

func refuse(name string, why diag.Text) *Error {
	return &Error{Name: name, Text: diag.Text{
		VI: fmt.Sprintf("không dùng %q làm tên tệp: %s; sửa mã (id) trong dữ liệu (chữ thường không dấu, số, dấu gạch ngang, tối đa 64 ký tự) rồi chạy lại", name, why.VI),
		EN: fmt.Sprintf("%q cannot be used as a file name: %s; fix the id in the data (lowercase ASCII letters, digits, hyphens, at most 64 characters) and run again", name, why.EN),
	}}
}

// Check reports whether name can be used as one component of an output path.
func Check(name string) error {
	switch {
	case name == "":
		return refuse(name, diag.Text{VI: "tên rỗng", EN: "the name is empty"})
	case len(name) > MaxName:
		return refuse(name[:20]+"…", diag.Text{VI: fmt.Sprintf("dài %d byte, quá %d", len(name), MaxName), EN: fmt.Sprintf("it is %d bytes long, over %d", len(name), MaxName)})
	case name[0] == '.' || name[0] == '-':
		return refuse(name, diag.Text{VI: "tên bắt đầu bằng dấu chấm hoặc dấu gạch", EN: "it starts with a dot or a dash"})
	case strings.HasSuffix(name, "."):
		return refuse(name, diag.Text{VI: "tên kết thúc bằng dấu chấm", EN: "it ends with a dot"})
	case strings.Contains(name, ".."):
		return refuse(name, diag.Text{VI: "tên chứa \"..\"", EN: "it contains \"..\""})
	}
	for _, r := range name {
		if !plain(r) {
			return refuse(name, diag.Text{VI: fmt.Sprintf("tên chứa ký tự %q", r), EN: fmt.Sprintf("it contains the character %q", r)})
		}
	}
	if reserved(name) {
		return refuse(name, diag.Text{VI: "đây là tên thiết bị dành riêng của Windows", EN: "it is a device name reserved by Windows"})
	}
	return nil
}

func plain(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.'
}

// reserved reports Windows device names (CON, NUL, COM1…), which Windows
// opens as devices whatever the extension.
func reserved(name string) bool {
	stem, _, _ := strings.Cut(strings.ToUpper(name), ".")
	switch stem {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	if len(stem) == 4 && (strings.HasPrefix(stem, "COM") || strings.HasPrefix(stem, "LPT")) {
		return stem[3] >= '0' && stem[3] <= '9'
	}
	return false
}

// Join returns dir with names appended, each checked by Check, and refuses a
// result that would leave dir or pass through a symlink below it (an
// existing link inside the output folder could point anywhere).
func Join(dir string, names ...string) (string, error) {
	p := dir
	for _, n := range names {
		if err := Check(n); err != nil {
			return "", err
		}
		p = filepath.Join(p, n)
		info, err := os.Lstat(p)
		if err == nil && info.Mode()&fs.ModeSymlink != 0 {
			return "", &Error{Name: n, Text: diag.Text{
				VI: fmt.Sprintf("%s là liên kết tượng trưng; kh không ghi qua liên kết trong thư mục kết quả, hãy xóa liên kết đó", p),
				EN: fmt.Sprintf("%s is a symbolic link; kh does not write through links inside its output folder, remove the link", p),
			}}
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	if !Inside(dir, p) {
		return "", refuse(strings.Join(names, "/"), diag.Text{VI: "đường dẫn ra ngoài thư mục kết quả", EN: "the path leaves the output folder"})
	}
	return p, nil
}

// Inside reports whether path is dir or lies below it, lexically.
func Inside(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// Package outpath is the one place where a file or folder name taken from
// data (a plan id, an agency id, a period) becomes a path. A name must be a
// single plain component, and the joined path must stay inside its output
// folder: no "..", no separators, no hidden or option-like names, no device
// names Windows would open instead of a file, and no symlink on the way.
package outpath

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/kh-tools/kh/internal/msg"
)

// MaxName bounds one name: an id (at most 64 characters) with a suffix such
// as ".xlsx", far below every file system's limit.
const MaxName = 100

func refuse(name string, why msg.Text) error {
	return msg.OutNameRefused.Error(name, why)
}

// Check reports whether name can be used as one component of an output path.
func Check(name string) error {
	switch {
	case name == "":
		return refuse(name, msg.OutNameEmpty.Text())
	case len(name) > MaxName:
		return refuse(name[:20]+"…", msg.OutNameTooLong.Text(len(name), MaxName))
	case name[0] == '.' || name[0] == '-':
		return refuse(name, msg.OutNameLeadingDot.Text())
	case strings.HasSuffix(name, "."):
		return refuse(name, msg.OutNameTrailingDot.Text())
	case strings.Contains(name, ".."):
		return refuse(name, msg.OutNameDotDot.Text())
	}
	for _, r := range name {
		if !plain(r) {
			return refuse(name, msg.OutNameChar.Text(r))
		}
	}
	if reserved(name) {
		return refuse(name, msg.OutNameDevice.Text())
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
			return "", msg.OutSymlink.Error(p)
		}
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	if !Inside(dir, p) {
		return "", refuse(strings.Join(names, "/"), msg.OutNameLeaves.Text())
	}
	return p, nil
}

// Inside reports whether path is dir or lies below it, lexically.
func Inside(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

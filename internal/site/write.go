package site

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
)

// Generator is the generator meta tag of every page; a folder whose
// index.html carries it is a site kh made and may be replaced.
const Generator = `<meta name="generator" content="kh site">`

// Write puts the site into dir in one step: every file is written into a
// new folder beside dir, which then takes dir's place. A dir that exists
// must be empty or a site kh made (its index.html carries Generator);
// the old site is removed once the new one is in place. On any error dir
// is left as it was.
func Write(dir string, s *Site) (err error) {
	dir = filepath.Clean(dir)
	old, err := Replaceable(dir)
	if err != nil {
		return err
	}
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return msg.SiteWrite.Error(dir, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".tmp-*")
	if err != nil {
		return msg.SiteWrite.Error(dir, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return msg.SiteWrite.Error(dir, err)
	}
	for _, f := range s.Files {
		if err := writeFile(tmp, f); err != nil {
			return err
		}
	}
	if !old {
		if err := os.Rename(tmp, dir); err != nil {
			return msg.SiteWrite.Error(dir, err)
		}
		return nil
	}
	return swap(tmp, dir)
}

// Replaceable reports whether dir holds a site Write would replace; it
// refuses a dir that is not a folder, or one with content kh did not make.
func Replaceable(dir string) (bool, error) {
	info, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, msg.SiteWrite.Error(dir, err)
	case !info.IsDir():
		return false, msg.SiteNotSite.Error(dir, "index.html")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false, msg.SiteWrite.Error(dir, err)
	}
	if len(entries) == 0 {
		return true, nil
	}
	if !madeByKh(filepath.Join(dir, "index.html")) {
		return false, msg.SiteNotSite.Error(dir, "index.html")
	}
	return true, nil
}

// madeByKh reads the head of a regular index.html for the generator tag.
func madeByKh(path string) bool {
	info, err := os.Lstat(path)
	if err != nil || !info.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 1024)
	n, _ := io.ReadFull(f, head)
	return bytes.Contains(head[:n], []byte(Generator))
}

// writeFile writes one file below root, its path's parts checked as
// output names.
func writeFile(root string, f File) error {
	path, err := outpath.Join(root, strings.Split(f.Path, "/")...)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return msg.SiteWrite.Error(root, err)
	}
	if err := os.WriteFile(path, f.Data, 0o644); err != nil {
		return msg.SiteWrite.Error(root, err)
	}
	return nil
}

// swap puts the new folder in the old one's place: the old one is moved
// aside, the new one renamed in, the old one removed; if the second
// rename fails the old one goes back.
func swap(tmp, dir string) error {
	aside, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".old-*")
	if err != nil {
		return msg.SiteWrite.Error(dir, err)
	}
	aside = filepath.Join(aside, "site")
	if err := os.Rename(dir, aside); err != nil {
		os.Remove(filepath.Dir(aside))
		return msg.SiteWrite.Error(dir, err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.Rename(aside, dir)
		os.Remove(filepath.Dir(aside))
		return msg.SiteWrite.Error(dir, err)
	}
	return os.RemoveAll(filepath.Dir(aside))
}

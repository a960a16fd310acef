package site

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
)

// Generator is the generator meta tag of every page.
const Generator = `<meta name="generator" content="kh site">`

// Manifest lists every file of a site kh wrote with its SHA-256, in
// sha256sum's format, so that a published copy can be checked with
// `sha256sum -c` and a later kh site knows what it may replace.
const Manifest = "kh-site.sha256"

// maxManifest bounds the manifest kh reads back.
const maxManifest = 8 << 20

// Write puts the site into dir in one step: every file and the manifest
// are written into a new folder beside dir, which then takes dir's place.
// A dir that exists must be empty or a site kh made and nobody changed
// since (see Replaceable); the old site is removed once the new one is in
// place. On any error dir is left as it was.
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
	var sums bytes.Buffer
	for _, f := range s.Files {
		if err := writeFile(tmp, f); err != nil {
			return err
		}
		fmt.Fprintf(&sums, "%x  %s\n", sha256.Sum256(f.Data), f.Path)
	}
	if err := writeFile(tmp, File{Path: Manifest, Data: sums.Bytes()}); err != nil {
		return err
	}
	if !old {
		if err := os.Rename(tmp, dir); err != nil {
			return msg.SiteWrite.Error(dir, err)
		}
		return nil
	}
	return swap(tmp, dir)
}

// Replaceable reports whether dir holds a site Write would replace. It
// refuses a dir that is not a folder, one without kh's manifest, and one
// holding a file the manifest does not list as it is (added or changed
// since kh wrote it), so that replacing the site loses nobody's work.
func Replaceable(dir string) (bool, error) {
	info, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, msg.SiteWrite.Error(dir, err)
	case !info.IsDir():
		return false, msg.SiteNotSite.Error(dir, Manifest)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false, msg.SiteWrite.Error(dir, err)
	}
	if len(entries) == 0 {
		return true, nil
	}
	sums, ok := readManifest(filepath.Join(dir, Manifest))
	if !ok {
		return false, msg.SiteNotSite.Error(dir, Manifest)
	}
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir() || rel == Manifest:
			return nil
		case !d.Type().IsRegular():
			return msg.SiteForeign.Error(dir, rel)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if want, ok := sums[rel]; !ok || want != fmt.Sprintf("%x", sha256.Sum256(data)) {
			return msg.SiteForeign.Error(dir, rel)
		}
		return nil
	})
	var m *msg.Error
	switch {
	case errors.As(err, &m):
		return false, err
	case err != nil:
		return false, msg.SiteWrite.Error(dir, err)
	}
	return true, nil
}

// readManifest reads a regular manifest of bounded size into its sums by
// path.
func readManifest(path string) (map[string]string, bool) {
	info, err := os.Lstat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() > maxManifest {
		return nil, false
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	sums := map[string]string{}
	for line := range strings.Lines(string(data)) {
		sum, name, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "  ")
		if !ok || len(sum) != 64 {
			return nil, false
		}
		sums[name] = sum
	}
	return sums, true
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

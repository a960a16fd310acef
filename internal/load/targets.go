package load

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
)

// FindRoot returns the repository root for path: the nearest ancestor
// directory (or path itself) holding kho.yaml, else the directory of path.
// Commands that read plans use Root, which refuses a path outside every
// repository.
func FindRoot(path string) (string, error) {
	root, start, err := findRoot(path, path)
	if errors.Is(err, errNoRoot) {
		return start, nil
	}
	return root, err
}

// Root returns the repository holding path: the nearest ancestor directory
// (or path itself) with kho.yaml. A path outside every repository is
// refused, so kh never wanders over a system folder.
func Root(path string) (string, error) { return rootOf(path, path) }

// rootOf is Root for path, named shown in messages (as the user typed it).
func rootOf(shown, path string) (string, error) {
	root, _, err := findRoot(shown, path)
	if errors.Is(err, errNoRoot) {
		return "", &PathError{Path: shown, Err: msg.LoadNotInRepo.Error(shown)}
	}
	return root, err
}

var errNoRoot = errors.New("no kho.yaml")

func findRoot(shown, path string) (root, start string, err error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", "", err
	}
	info, err := os.Stat(abs)
	if err != nil {
		return "", "", statError(shown, err)
	}
	start = abs
	if !info.IsDir() {
		start = filepath.Dir(abs)
	}
	for dir := start; ; dir = filepath.Dir(dir) {
		if info, err := os.Stat(filepath.Join(dir, RootFile)); err == nil && info.Mode().IsRegular() {
			return dir, start, nil
		}
		if filepath.Dir(dir) == dir {
			return "", start, errNoRoot
		}
	}
}

// PathError is a path the user named that kh cannot work on (a usage
// error), said in both languages.
type PathError struct {
	Path string
	// Err is the catalogue error saying what is wrong.
	Err error
}

func (e *PathError) Error() string { return e.Err.Error() }

// Unwrap gives the catalogue error, so msg.In renders it in either
// language.
func (e *PathError) Unwrap() error { return e.Err }

// Message is the error in lang.
func (e *PathError) Message(lang diag.Lang) string { return msg.In(e.Err, lang) }

func statError(path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return &PathError{Path: path, Err: msg.LoadNoSuchPath.Error(path)}
	}
	return &PathError{Path: path, Err: msg.LoadCannotRead.Error(path, err)}
}

// Target is one repository to work on and the part of it the user named.
// The whole repository is loaded, because references cross plans, but only
// findings in the named part are reported.
type Target struct {
	*Result
	// prefixes are the absolute paths the user named under this root.
	prefixes []string
	base     string
}

// Targets loads the repositories containing paths (files or folders).
func Targets(paths []string, opt Options) ([]*Target, error) {
	targets, err := Group(paths, opt)
	if err != nil {
		return nil, err
	}
	for _, t := range targets {
		res, err := Repo(t.Root, opt)
		if err != nil {
			return nil, err
		}
		t.Result = res
	}
	return targets, nil
}

// Group finds the repositories containing paths without loading them, for
// callers that load in their own way (the check cache).
func Group(paths []string, opt Options) ([]*Target, error) {
	byRoot := map[string]*Target{}
	var order []string
	for _, arg := range paths {
		p := arg
		if !filepath.IsAbs(p) && opt.Base != "" {
			p = filepath.Join(opt.Base, p)
		}
		root, err := rootOf(arg, p)
		if err != nil {
			return nil, err
		}
		abs, _ := filepath.Abs(p)
		t, ok := byRoot[root]
		if !ok {
			t = &Target{base: opt.Base, Result: &Result{Root: root}}
			byRoot[root] = t
			order = append(order, root)
		}
		t.prefixes = append(t.prefixes, abs)
	}
	var out []*Target
	for _, root := range order {
		out = append(out, byRoot[root])
	}
	return out, nil
}

// Base is the folder file names are shown relative to.
func (t *Target) Base() string { return t.base }

// Selected reports whether a file (as displayed) lies in a named path.
func (t *Target) Selected(display string) bool {
	// Displayed names have forward slashes, also when absolute ("C:/kho/…"
	// outside the working directory on Windows), the prefixes the system's.
	abs := filepath.FromSlash(display)
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(t.base, abs)
	}
	for _, p := range t.prefixes {
		if abs == p || strings.HasPrefix(abs, p+string(os.PathSeparator)) {
			return true
		}
	}
	return false
}

// Filter keeps the diagnostics located in the named paths.
func (t *Target) Filter(ds []diag.Diagnostic) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, d := range ds {
		if t.Selected(d.Pos.File) {
			out = append(out, d)
		}
	}
	return out
}

// SelectedFiles counts the files of the repository in the named paths.
func (t *Target) SelectedFiles() int {
	n := 0
	for _, s := range t.Repo.Sources {
		if t.Selected(s.Name) {
			n++
		}
	}
	return n
}

// RootIn finds the plans repository of fsys holding dir (a slash path in
// fsys): the nearest folder from dir upwards with kho.yaml. When there is
// none above dir but exactly one repository lies below it, that one is
// taken, so a whole git commit can be named by its top folder.
func RootIn(fsys fs.FS, dir string) (string, error) {
	for d := dir; ; d = path.Dir(d) {
		if info, err := fs.Stat(fsys, path.Join(d, RootFile)); err == nil && info.Mode().IsRegular() {
			return d, nil
		}
		if d == "." || d == "/" || d == "" {
			break
		}
	}
	var found []string
	fs.WalkDir(fsys, dir, func(name string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil
		case d.IsDir() && name != dir && strings.HasPrefix(d.Name(), "."):
			return fs.SkipDir
		case !d.IsDir() && d.Name() == RootFile && d.Type().IsRegular():
			found = append(found, path.Dir(name))
		}
		return nil
	})
	if len(found) == 1 {
		return found[0], nil
	}
	err := msg.LoadNoRepoIn.Error(dir)
	if len(found) > 1 {
		err = msg.LoadManyRepos.Error(dir, len(found), strings.Join(found, ", "))
	}
	return "", &PathError{Path: dir, Err: err}
}

// Unreadable reports whether d says a file could not be read or parsed,
// so the model lacks what the file holds.
func Unreadable(d diag.Diagnostic) bool {
	switch d.Rule {
	case "KH001", "KH016", "KH017", "KH018", "KH019", "KH034", "KH035":
		return true
	}
	return false
}

package load

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
)

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
	for _, p := range paths {
		if !filepath.IsAbs(p) && opt.Base != "" {
			p = filepath.Join(opt.Base, p)
		}
		root, err := FindRoot(p)
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
	abs := display
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(t.base, filepath.FromSlash(display))
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

package check

import (
	"os"
	"path/filepath"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/layout"
)

// templateFindings validates the repository's copy of template name in
// dir, if it has one; file names are shown relative to base.
func templateFindings(dir, name, base string) []diag.Diagnostic {
	path := filepath.Join(dir, name+".yaml")
	if _, err := os.Stat(path); err != nil {
		return nil
	}
	t, err := layout.Load(dir, name)
	if err != nil {
		return []diag.Diagnostic{diag.New("KH001", diag.Pos{File: display(path, base), Line: 1, Column: 1}, "", err.Error())}
	}
	var out []diag.Diagnostic
	for _, d := range t.Validate() {
		d.Pos.File = display(d.Pos.File, base)
		out = append(out, d)
	}
	return out
}

// display shows a template path relative to the base folder, as every
// other file name is shown.
func display(path, base string) string {
	if base == "" || !filepath.IsAbs(path) {
		return filepath.ToSlash(path)
	}
	if rel, err := filepath.Rel(base, path); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(path)
}

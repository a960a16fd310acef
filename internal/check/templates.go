package check

import (
	"os"
	"path/filepath"
	"sort"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/layout"
)

// checkTemplates validates the layout templates the plans use, where the
// repository has its own copy: a province's margin or size outside the
// decree's ranges is a finding (KH033). Built-in templates are checked by
// the layout package's own tests.
func checkTemplates(c *ctx) {
	dir := c.opt.TemplatesDir
	if dir == "" {
		return
	}
	names := map[string]bool{}
	for _, p := range c.repo.Plans {
		names[layout.NameFor(c.repo, p)] = true
	}
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	for _, name := range sorted {
		c.checkTemplate(dir, name)
	}
}

func (c *ctx) checkTemplate(dir, name string) {
	path := filepath.Join(dir, name+".yaml")
	if _, err := os.Stat(path); err != nil {
		return
	}
	t, err := layout.Load(dir, name)
	if err != nil {
		c.diags = append(c.diags, diag.New("KH001", diag.Pos{File: c.display(path), Line: 1, Column: 1}, "", err.Error()))
		return
	}
	for _, d := range t.Validate() {
		d.Pos.File = c.display(d.Pos.File)
		c.diags = append(c.diags, d)
	}
}

// display shows a template path relative to the base folder, as every
// other file name is shown.
func (c *ctx) display(path string) string {
	if c.opt.Base == "" {
		return filepath.ToSlash(path)
	}
	if !filepath.IsAbs(path) {
		return filepath.ToSlash(path)
	}
	if rel, err := filepath.Rel(c.opt.Base, path); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(path)
}

package check

import (
	"path/filepath"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/progress"
)

// loadProgress reads the progress records kept with each plan (tien-do/),
// validates them, and, unless the caller supplied its own, makes them the
// source of "done" for the as-of listing.
func (c *ctx) loadProgress() {
	all := &progress.Set{}
	for _, p := range c.repo.Plans {
		if p.Src == nil || p.Src.Abs == "" {
			continue
		}
		set, ds, err := progress.Load(filepath.Dir(p.Src.Abs), c.opt.Base)
		if err != nil {
			c.diags = append(c.diags, diag.New("KH120", p.Pos, "", diag.Text{VI: "không đọc được thư mục tiến độ: " + err.Error(), EN: "cannot read the progress folder: " + err.Error()}))
			continue
		}
		c.diags = append(c.diags, ds...)
		c.diags = append(c.diags, progress.Validate(c.repo, p, set)...)
		all.Merge(set)
	}
	if c.opt.Progress == nil {
		c.opt.Progress = all
	}
}

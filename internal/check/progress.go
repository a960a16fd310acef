package check

import (
	"github.com/kh-tools/kh/internal/progress"
)

// loadProgress validates the progress records kept with each plan
// (tien-do/) and, unless the caller supplied its own, makes them the
// source of "done" for the as-of listing.
func (c *ctx) loadProgress() {
	all := &progress.Set{}
	for _, p := range c.repo.Plans {
		set := &progress.Set{Records: p.Records}
		c.diags = append(c.diags, progress.Validate(c.repo, p, set)...)
		all.Merge(set)
	}
	if c.opt.Progress == nil {
		c.opt.Progress = all
	}
}

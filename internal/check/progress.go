package check

import (
	"github.com/kh-tools/kh/internal/progress"
)

// checkProgress validates the progress records kept with each plan
// (tien-do/): their place and period, tasks, lead agencies and dates.
func checkProgress(c *ctx) {
	for _, p := range c.repo.Plans {
		c.diags = append(c.diags, progress.Validate(c.repo, p, &progress.Set{Records: p.Records}, c.opt.Today)...)
	}
}

// Package check runs kh's rules over a loaded repository and applies the
// reviewed suppressions. Each rule lives in a file named for its family.
package check

import (
	"time"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/parallel"
	"github.com/kh-tools/kh/internal/plan"
)

// Options control a run.
type Options struct {
	// NoSuppress shows every finding, ignoring suppressions.
	NoSuppress bool
	// AsOf, when set, adds the due-soon and overdue listing for that day.
	AsOf time.Time
	// Calendar answers working-day questions; nil means weekends only.
	Calendar Calendar
	// ReportGap is the minimum number of working days between levels of a
	// reporting chain.
	ReportGap int
	// Progress tells whether a task has a completion record by a day.
	Progress Progress
	// TemplatesDir holds the repository's layout templates; "" skips them.
	TemplatesDir string
	// Base is the folder file names are shown relative to.
	Base string
}

// Calendar is the working-day calendar the deadline rules need.
type Calendar interface {
	IsWorkingDay(t time.Time) bool
	DayOff(t time.Time) (reason string, off bool)
	NextWorkingDay(t time.Time) time.Time
	AddWorkingDays(t time.Time, n int) time.Time
	WorkingDaysBetween(a, b time.Time) int
}

// Progress answers whether a task was recorded done on or before a day.
type Progress interface {
	DoneBy(planID, taskID string, day time.Time) bool
}

// ctx carries a run's inputs and collects its findings.
type ctx struct {
	repo  *plan.Repo
	opt   Options
	diags []diag.Diagnostic
}

func (c *ctx) add(code string, loc plan.Loc, args ...any) *diag.Diagnostic {
	c.diags = append(c.diags, diag.New(code, loc.Pos, loc.Path, args...))
	return &c.diags[len(c.diags)-1]
}

// rule is one family of checks over the whole repository.
type rule func(c *ctx)

var families = []rule{
	checkIDs,
	checkAgencies,
	checkRegistries,
	checkReferences,
	checkText,
	checkSilences,
	checkForm,
	checkDeadlines,
	checkTargets,

	checkCitations,
	checkTemplates,
	checkPrinted,
}

// Run checks repo. loadDiags are the loader's findings, which suppressions
// may also cover. The result is sorted and has suppressions applied.
func Run(repo *plan.Repo, loadDiags []diag.Diagnostic, opt Options) []diag.Diagnostic {
	c := &ctx{repo: repo, opt: defaults(opt)}
	c.diags = append(c.diags, loadDiags...)
	c.loadProgress()
	for _, f := range families {
		f(c)
	}
	out := applySuppressions(repo, c.diags, opt.NoSuppress)
	diag.Sort(out)
	return out
}

func defaults(opt Options) Options {
	if opt.ReportGap == 0 {
		opt.ReportGap = 5
	}
	if opt.Calendar == nil {
		opt.Calendar = calendar.New()
	}
	return opt
}

// parallel runs fn for 0…n-1 on every core, each call with its own ctx, and
// appends their findings in index order so the result does not depend on
// scheduling. Rules that read the whole repository stay safe: the model is
// only read.
func (c *ctx) parallel(n int, fn func(sub *ctx, i int)) {
	found := make([][]diag.Diagnostic, n)
	parallel.Each(n, 0, func(i int) {
		sub := &ctx{repo: c.repo, opt: c.opt}
		fn(sub, i)
		found[i] = sub.diags
	}, nil)
	for _, ds := range found {
		c.diags = append(c.diags, ds...)
	}
}

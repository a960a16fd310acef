// Package check runs kh's rules and applies the reviewed suppressions. A
// repository is checked plan by plan: each plan's own rules run over its
// model (Env.Plan), which is then released, keeping only its findings and
// its entry in a compact cross-plan index (Unit); the rules across plans
// run over that index (Finish). rules.go lists every rule with what it
// reads; each rule family lives in a file named for it.
package check

import (
	"sync"
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
	// Progress tells whether a task has a completion record by a day;
	// nil means the plans' own progress records.
	Progress Progress
	// TemplatesDir holds the repository's layout templates; "" skips them.
	TemplatesDir string
	// Base is the folder file names are shown relative to.
	Base string
	// Today is the day the check runs, for rules on drafts and records
	// that compare with the clock (KH164, KH173); zero skips them.
	Today time.Time
	// Whole gives every rule the whole repository, whatever it declares.
	// The rule tests compare such a run with the declared one: a rule that
	// reads what it does not declare makes them differ.
	Whole bool
}

// Calendar is the working-day calendar the deadline rules need.
type Calendar interface {
	IsWorkingDay(t time.Time) bool
	DayOff(t time.Time) (reason string, off bool)
	NextWorkingDay(t time.Time) time.Time
	AddWorkingDays(t time.Time, n int) time.Time
	WorkingDaysBetween(a, b time.Time) int
}

// Progress answers whether an agency ("" for any) recorded a task done on
// or before a day, and what it last reported on it.
type Progress interface {
	DoneBy(planID, taskID, agency string, day time.Time) bool
	Latest(planID, taskID, agency string, day time.Time) (*plan.Record, *plan.RecordEntry)
}

// ctx is what one rule sees while it runs, and collects its findings.
type ctx struct {
	repo *plan.Repo
	opt  Options
	rule Rule
	// prior are the findings made before the rule ran: the loader's and
	// the earlier rules' in the same files, for a rule that leaves to
	// them what they already say.
	prior []diag.Diagnostic
	diags []diag.Diagnostic
	// memo shares what several rules derive from one plan.
	memo *memo
}

// memo keeps, for the plans being checked, the parsed deadlines and the
// indicators with their targets, which the deadline rules, the target
// rules and the index entry all need.
type memo struct {
	mu         sync.Mutex
	deadlines  map[*plan.Plan]*planDeadlines
	indicators map[*plan.Plan][]indicator
	agencies   map[*plan.Plan][]agencyField
}

func newMemo() *memo {
	return &memo{
		deadlines:  map[*plan.Plan]*planDeadlines{},
		indicators: map[*plan.Plan][]indicator{},
		agencies:   map[*plan.Plan][]agencyField{},
	}
}

// deadlines is c.parsePlan(p), once per plan: the first caller (the
// deadline rules) reports the syntax findings.
func (c *ctx) deadlines(p *plan.Plan) *planDeadlines {
	if c.memo == nil {
		return c.parsePlan(p)
	}
	c.memo.mu.Lock()
	pd, ok := c.memo.deadlines[p]
	c.memo.mu.Unlock()
	if ok {
		return pd
	}
	pd = c.parsePlan(p)
	c.memo.mu.Lock()
	c.memo.deadlines[p] = pd
	c.memo.mu.Unlock()
	return pd
}

// indicators is indicatorsOf(p), once per plan.
func (c *ctx) indicators(p *plan.Plan) []indicator {
	return memoized(c, p, func(m *memo) map[*plan.Plan][]indicator { return m.indicators }, indicatorsOf)
}

// agencyFields is planAgencyFields(p), once per plan: the agency rules,
// the text rules and the index entry all walk them.
func (c *ctx) agencyFields(p *plan.Plan) []agencyField {
	return memoized(c, p, func(m *memo) map[*plan.Plan][]agencyField { return m.agencies }, planAgencyFields)
}

// memoized is derive(p), computed once per plan and kept in the memo's
// table chosen by table (no memo: computed every time).
func memoized[T any](c *ctx, p *plan.Plan, table func(*memo) map[*plan.Plan]T, derive func(*plan.Plan) T) T {
	if c.memo == nil {
		return derive(p)
	}
	c.memo.mu.Lock()
	defer c.memo.mu.Unlock()
	m := table(c.memo)
	v, ok := m[p]
	if !ok {
		v = derive(p)
		m[p] = v
	}
	return v
}

func (c *ctx) add(code string, loc plan.Loc, args ...any) *diag.Diagnostic {
	c.diags = append(c.diags, diag.New(code, loc.Pos, loc.Path, args...))
	return &c.diags[len(c.diags)-1]
}

// reportGap is the repository's report-chain gap, a setting of kho.yaml.
func (c *ctx) reportGap() int {
	if !c.opt.Whole && c.rule.Reads&Settings == 0 {
		forbidden{c.rule.Name, Settings}.fail()
	}
	return c.opt.ReportGap
}

// InRepo is opt with what a repository sets for its checks: its working-day
// calendar and kho.yaml's gap between reporting levels.
func (opt Options) InRepo(cal *calendar.Calendar, cfg plan.Config) Options {
	if cal != nil {
		opt.Calendar = cal
	}
	if cfg.ReportGap > 0 {
		opt.ReportGap = cfg.ReportGap
	}
	return opt
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
		sub := &ctx{repo: c.repo, opt: c.opt, rule: c.rule, prior: c.prior, memo: c.memo}
		fn(sub, i)
		found[i] = sub.diags
	}, nil)
	for _, ds := range found {
		c.diags = append(c.diags, ds...)
	}
}

// Run checks a repository loaded whole. loadDiags are the loader's
// findings, which suppressions may also cover. The result is sorted and
// has suppressions applied; it is what checking the repository plan by
// plan gives.
func Run(repo *plan.Repo, loadDiags []diag.Diagnostic, opt Options) []diag.Diagnostic {
	env := NewEnv(repo, opt)
	byFile := map[string][]diag.Diagnostic{}
	for _, d := range loadDiags {
		byFile[d.Pos.File] = append(byFile[d.Pos.File], d)
	}
	units := make([]*Unit, len(repo.Plans))
	owned := map[string]bool{}
	for i, p := range repo.Plans {
		var ds []diag.Diagnostic
		for _, f := range planFileNames(p) {
			if !owned[f] {
				owned[f] = true
				ds = append(ds, byFile[f]...)
			}
		}
		units[i] = &Unit{File: p.Pos.File, Findings: ds}
	}
	var level []diag.Diagnostic
	for _, d := range loadDiags {
		if !owned[d.Pos.File] {
			level = append(level, d)
		}
	}
	if opt.Whole {
		env.wholePlans(repo, units)
	} else {
		for i, p := range repo.Plans {
			units[i] = env.Plan(p, nil, units[i].Findings)
		}
	}
	return env.Finish(units, env.Level(level))
}

// planFileNames are the files whose findings belong to p: its own, its
// appendices' and its progress records'.
func planFileNames(p *plan.Plan) []string {
	out := []string{p.Pos.File}
	for _, a := range p.Appendices {
		if a.Src != nil {
			out = append(out, a.Src.Name)
		}
	}
	for _, r := range p.Records {
		if r.Src != nil {
			out = append(out, r.Src.Name)
		}
	}
	return out
}

package check

import (
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// dated is a task with its parsed deadline, the unit the deadline rules
// compare.
type dated struct {
	ref plan.TaskRef
	d   deadline.Deadline
	ok  bool // parsed
}

func (t dated) loc() plan.Loc { return t.ref.Task.Field("thoi_han") }

// planDeadlines parses a plan's period and every task deadline once.
type planDeadlines struct {
	p      *plan.Plan
	period deadline.Deadline
	hasPer bool
	// assessed is the period a review plan assesses (ky_danh_gia).
	assessed    deadline.Deadline
	hasAssessed bool
	tasks       []dated
	byID        map[string]*dated
}

func (c *ctx) parsePlan(p *plan.Plan) *planDeadlines {
	pd := &planDeadlines{p: p, byID: map[string]*dated{}}
	if p.Period != "" {
		per, err := deadline.Parse(p.Period)
		if err != nil {
			c.syntax("KH115", p.Field("thoi_ky"), p.Period, err)
		} else if per.Dated() {
			pd.period, pd.hasPer = per, true
		}
	}
	if a := p.Assessed; a != nil && a.Period != "" {
		per, err := deadline.Parse(a.Period)
		if err != nil {
			c.syntax("KH115", a.Field("thoi_gian"), a.Period, err)
		} else if per.Dated() && !per.From.IsZero() {
			pd.assessed, pd.hasAssessed = per, true
		}
	}
	ctx := deadline.Context{Year: planYear(p, pd)}
	for _, tr := range p.Tasks() {
		dt := dated{ref: tr}
		if tr.Task.Deadline != "" {
			d, err := deadline.ParseIn(tr.Task.Deadline, ctx)
			if err != nil {
				c.syntax("KH100", dt.loc(), tr.Task.Deadline, err)
			} else {
				dt.d, dt.ok = c.resolveRelative(p, d), true
			}
		}
		pd.tasks = append(pd.tasks, dt)
	}
	for i := range pd.tasks {
		pd.byID[pd.tasks[i].ref.Task.ID] = &pd.tasks[i]
	}
	return pd
}

// planYear is the year a deadline written without one ("Trước ngày 15/6")
// refers to: the plan's period when it is one calendar year, else the year
// of its issue date; 0 when neither tells.
func planYear(p *plan.Plan, pd *planDeadlines) int {
	switch {
	case pd.hasPer && pd.period.From.Year() == pd.period.To.Year():
		return pd.period.From.Year()
	case !p.Date.IsZero():
		return p.Date.Year()
	}
	return 0
}

// resolveRelative dates "trong 15 ngày làm việc kể từ ngày ký" from the
// plan's issue date; a draft has no anchor yet.
func (c *ctx) resolveRelative(p *plan.Plan, d deadline.Deadline) deadline.Deadline {
	if d.Kind != deadline.Relative || p.Date.IsZero() || d.Anchor == deadline.OtherAnchor {
		return d
	}
	return d.Resolve(p.Date, c.opt.Calendar)
}

// syntax reports an unreadable time expression at the offending column when
// the value sits on one line.
func (c *ctx) syntax(code string, loc plan.Loc, text string, err error) {
	why := diag.Text{VI: err.Error(), EN: err.Error()}
	hint := diag.Text{}
	if pe, ok := err.(*deadline.ParseError); ok {
		why = pe.Text
		if pe.Suggestion != "" {
			hint = msg.CheckWriteAs.Text(pe.Suggestion)
		}
		loc.Pos.Column += valueOffset(loc) + pe.Col - 1
	}
	c.add(code, loc, text, why, hint)
}

// valueOffset is 1 when the scalar at loc is quoted, so columns inside the
// value line up with the characters.
func valueOffset(loc plan.Loc) int {
	if loc.Quoted() {
		return 1
	}
	return 0
}

// checkDeadlines runs every deadline rule over every plan.
// Those comparing plans (parent plans, number sequences, documents named
// by number) are crossParent's, crossSequences' and crossConditional's.
func checkDeadlines(c *ctx) {
	plans := c.repo.Plans
	c.parallel(len(plans), func(c *ctx, i int) {
		pd := c.deadlines(plans[i])
		c.checkPeriod(pd)
		c.checkIssueDate(pd)
		c.checkDependencies(pd)
		c.checkReportChains(pd)
		c.checkSteps(pd)
		c.checkDaysOff(pd)
		c.checkCalendarYears(pd)
		c.checkScope(pd)
		c.checkConditional(pd)
		c.checkAgencyDates(pd)
		c.checkLifetimes(pd)
		c.checkPeriods(pd)
		if !c.opt.AsOf.IsZero() {
			c.checkAsOf(pd)
		}
	})
}

// due renders a deadline for messages: canonical text and its last day.
func due(d deadline.Deadline) msg.Text {
	if !d.Dated() {
		return msg.Text{VI: d.String(), EN: d.String()}
	}
	return msg.CheckDue.Text(d.String(), plan.ShortDate(d.Latest()))
}

func related(loc plan.Loc, msg diag.Text) diag.Related {
	return diag.Related{Pos: loc.Pos, Path: loc.Path, Message: msg}
}

// checkPeriod: rule 1. A deadline lies inside the plan's period; open starts
// ("Từ năm 2026") and recurring work carry on by nature.
func (c *ctx) checkPeriod(pd *planDeadlines) {
	if !pd.hasPer {
		return
	}
	for _, t := range pd.tasks {
		if !t.ok || !t.d.Dated() || t.d.Kind == deadline.OpenStart || t.d.Kind == deadline.Recurring {
			continue
		}
		// "Trước ngày …" has no start; only its end is compared.
		if t.d.To.After(pd.period.To) || (!t.d.From.IsZero() && t.d.From.Before(pd.period.From)) {
			c.add("KH101", t.loc(), t.ref.Task.Deadline, span(t.d), pd.period.String()).
				Related = []diag.Related{related(pd.p.Field("thoi_ky"), msg.CheckRelPeriod.Text())}
		}
	}
}

func span(d deadline.Deadline) string {
	if d.From.Equal(d.To) || d.From.IsZero() {
		return plan.ShortDate(d.To)
	}
	return plan.ShortDate(d.From) + "–" + plan.ShortDate(d.To)
}

// checkIssueDate: rule 2. Nothing falls due before the plan exists.
func (c *ctx) checkIssueDate(pd *planDeadlines) {
	if pd.p.Date.IsZero() {
		return
	}
	for _, t := range pd.tasks {
		if t.ok && t.d.Dated() && t.d.To.Before(pd.p.Date) {
			c.add("KH102", t.loc(), t.ref.Task.Deadline, plan.ShortDate(t.d.To), plan.ShortDate(pd.p.Date)).
				Related = relatedPlanDate(pd.p)
		}
	}
}

// laterThan reports whether a is due after b, comparing last days.
func laterThan(a, b dated) bool {
	return a.ok && b.ok && a.d.Dated() && b.d.Dated() && a.d.To.After(b.d.To)
}

// daysBetween counts calendar days from a to b.
func daysBetween(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }

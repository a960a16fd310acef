package check

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// checkPeriods runs the rules on the period a review plan assesses and on
// the deadlines a plan leaves open (KH143–KH149).
func (c *ctx) checkPeriods(pd *planDeadlines) {
	c.checkReportsInPeriod(pd)
	c.checkAssessedPeriod(pd)
	c.checkOpenDeadlines(pd)
	c.checkTableGaps(pd)
}

// checkReportsInPeriod: reports cover the assessed period, so one due before
// the period ends is written on estimates. The final report is a warning;
// the others are listed in one info.
func (c *ctx) checkReportsInPeriod(pd *planDeadlines) {
	if !pd.hasAssessed {
		return
	}
	var reports []*dated
	for _, t := range ownTasks(pd) {
		if t.ref.Task.Report && t.ok && t.d.Dated() {
			reports = append(reports, t)
		}
	}
	if len(reports) == 0 {
		return
	}
	final := reports[0]
	for _, t := range reports {
		if t.d.To.After(final.d.To) {
			final = t
		}
	}
	end := plan.ShortDate(pd.assessed.To)
	if final.d.To.Before(pd.assessed.To) {
		c.add("KH144", final.loc(), final.ref.Task.ID, due(final.d), end).
			Related = []diag.Related{related(pd.p.Assessed.Field("thoi_gian"), msg.CheckAssessedPeriod.Text())}
	}
	var early []*dated
	for _, t := range reports {
		if t != final && t.d.To.Before(pd.assessed.To) {
			early = append(early, t)
		}
	}
	if len(early) == 0 {
		return
	}
	var list []string
	var rel []diag.Related
	for _, t := range early {
		list = append(list, t.ref.Task.ID+" ("+plan.ShortDate(t.d.To)+")")
		rel = append(rel, related(t.loc(), msg.Text{VI: t.ref.Task.ID, EN: t.ref.Task.ID}))
	}
	c.add("KH143", pd.p.Assessed.Field("thoi_gian"), len(early), end, strings.Join(list, ", ")).Related = rel
}

// reviewRe finds a review plan's kind and length in its title: "Sơ kết 03
// năm", "tổng kết 5 năm", "Báo cáo".
var reviewRe = regexp.MustCompile(`(?i)^(sơ kết|tổng kết|báo cáo)(?:\s+(\d+)\s+năm)?`)

var reviewKinds = map[string]*msg.Message{"sơ kết": msg.CheckReviewMid, "tổng kết": msg.CheckReviewFinal, "báo cáo": msg.CheckReviewReport}

// checkAssessedPeriod: the period starts with the reviewed document (the
// month it was adopted, or the next) and lasts the years the title says;
// a review plan without a stated period gets a hint.
func (c *ctx) checkAssessedPeriod(pd *planDeadlines) {
	p := pd.p
	m := reviewRe.FindStringSubmatch(strings.TrimSpace(p.Title))
	if p.Assessed == nil {
		if m != nil || p.Kind == "BC" {
			word := "báo cáo"
			if m != nil {
				word = strings.ToLower(m[1])
			}
			c.add("KH146", p.Field("trich_yeu"), reviewKinds[word].Text())
		}
		return
	}
	if !pd.hasAssessed {
		return
	}
	loc, period := p.Assessed.Field("thoi_gian"), p.Assessed.Period
	if doc, date, ok := c.reviewed(p); ok {
		if d := assessedStart(loc, period, pd.assessed.From, doc, date, p.Assessed.Field("van_ban")); d != nil {
			c.diags = append(c.diags, *d)
		}
	}
	if m != nil && m[2] != "" {
		years, _ := strconv.Atoi(m[2])
		months := (pd.assessed.To.Year()-pd.assessed.From.Year())*12 + int(pd.assessed.To.Month()) - int(pd.assessed.From.Month())
		if months < years*12-1 || months > years*12 {
			c.add("KH145", loc, period, msg.CheckPeriodLength.Text(months+1, m[0])).
				Related = []diag.Related{related(p.Field("trich_yeu"), msg.CheckTitle.Text())}
		}
	}
}

// assessedStart is the KH145 finding of an assessed period at loc that
// does not start with the reviewed document doc of date, or nil.
func assessedStart(loc plan.Loc, period string, start time.Time, doc string, date time.Time, reviewedAt plan.Loc) *diag.Diagnostic {
	first := civilMonth(date)
	if !start.Before(first) && !start.After(first.AddDate(0, 1, 0)) {
		return nil
	}
	d := diag.New("KH145", loc.Pos, loc.Path, period, msg.CheckPeriodStart.Text(plan.ShortDate(start), doc, plan.ShortDate(date)))
	d.Related = []diag.Related{related(reviewedAt, msg.CheckReviewed.Text())}
	return &d
}

// crossReviewed: the assessed period of a review plan starts with the
// reviewed document when that document is a plan of the repository
// (KH145), over the index.
func crossReviewed(x *cross) {
	x.each(func(i int, s *Summary) {
		r := s.Review
		if r == nil {
			return
		}
		q, ok := x.plan(r.Reviews)
		if !ok || q.Issued.IsZero() {
			return
		}
		doc := strconv.Itoa(q.Number) + "/" + q.Symbol
		if d := assessedStart(s.loc(r.At), r.Period, r.Start, doc, q.Issued, s.loc(r.ReviewsAt)); d != nil {
			x.byPlan[i] = append(x.byPlan[i], *d)
		}
	})
}

// Review is a review plan's assessed period whose reviewed document is no
// citation of the plan: crossReviewed looks for it among the plans.
type Review struct {
	Reviews   string    `json:"van_ban"`
	Period    string    `json:"thoi_gian"`
	Start     time.Time `json:"tu"`
	At        Place     `json:"at"`
	ReviewsAt Place     `json:"van_ban_at"`
}

// reviewOf is p's Review entry, or nil.
func (c *ctx) reviewOf(p *plan.Plan, pd *planDeadlines, pl placer) *Review {
	if p.Assessed == nil || !pd.hasAssessed || p.Assessed.Reviews == "" {
		return nil
	}
	if _, _, cited := c.reviewed(p); cited {
		return nil
	}
	return &Review{Reviews: p.Assessed.Reviews, Period: p.Assessed.Period, Start: pd.assessed.From,
		At: pl.at(p.Assessed.Field("thoi_gian")), ReviewsAt: pl.at(p.Assessed.Field("van_ban"))}
}

func civilMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// reviewed finds the reviewed document's number and date among the
// plan's citations; a repository plan is crossReviewed's.
func (c *ctx) reviewed(p *plan.Plan) (string, time.Time, bool) {
	id := p.Assessed.Reviews
	if id == "" {
		return "", time.Time{}, false
	}
	for _, ct := range p.Citations {
		if ct.ID == id && !ct.Date.IsZero() {
			return ct.Ref, ct.Date, true
		}
	}
	return "", time.Time{}, false
}

// checkOpenDeadlines: in a plan for a fixed period, how many tasks have no
// end date, by kind, in one info.
func (c *ctx) checkOpenDeadlines(pd *planDeadlines) {
	if !pd.hasPer || pd.period.From.IsZero() {
		return
	}
	kinds := []struct {
		m    *msg.Message
		rows []string
	}{{m: msg.CheckOpenMissing}, {m: msg.CheckOpenOngoing}, {m: msg.CheckOpenFrom}, {m: msg.CheckOpenConditional}}
	tasks := ownTasks(pd)
	n := 0
	for _, t := range tasks {
		k := openKind(t)
		if k < 0 {
			continue
		}
		kinds[k].rows = append(kinds[k].rows, rowLabel(t.ref))
		n++
	}
	if n == 0 {
		return
	}
	var parts []msg.Text
	for _, k := range kinds {
		if len(k.rows) > 0 {
			parts = append(parts, k.m.Text(len(k.rows), strings.Join(k.rows, ", ")))
		}
	}
	c.add("KH147", pd.p.Field("thoi_ky"), n, len(tasks), joinTexts(parts, "; "))
}

// openKind classifies a task without an end date: 0 no deadline, 1 ongoing
// ("Thường xuyên"), 2 open start ("Từ năm 2026"), 3 conditional or
// counted from an event; -1 when it has one, or a parse error does.
func openKind(t *dated) int {
	switch {
	case t.ref.Task.Deadline == "":
		return 0
	case !t.ok:
		return -1
	case t.d.Kind == deadline.Recurring && t.d.Recurrence == deadline.Continuous:
		return 1
	case t.d.Kind == deadline.OpenStart:
		return 2
	case t.d.Kind == deadline.Conditional, t.d.Kind == deadline.Relative && !t.d.Dated():
		return 3
	}
	return -1
}

// rowLabel names a task as a reader finds it: its printed row number in a
// table ("II.5" when rows restart per group), its id in the body.
func rowLabel(r plan.TaskRef) string {
	switch {
	case r.Appendix == nil:
		return r.Task.ID
	case r.Group != "":
		return r.Group + "." + r.Number
	}
	return r.Number
}

func joinTexts(ts []msg.Text, sep string) msg.Text {
	var vi, en []string
	for _, t := range ts {
		vi, en = append(vi, t.VI), append(en, t.EN)
	}
	return msg.Text{VI: strings.Join(vi, sep), EN: strings.Join(en, sep)}
}

// checkTableGaps: a task table whose rows mostly have a deadline, or an
// indicator table whose rows mostly have a target, lacks one in the rows
// that do not (KH148, KH149). "Mostly" is two thirds of the other rows and
// at least three.
func (c *ctx) checkTableGaps(pd *planDeadlines) {
	p := pd.p
	for _, a := range p.Appendices {
		switch a.Kind {
		case plan.AppendixTasks:
			var rows []*plan.Task
			a.WalkGroups(func(g *plan.Group, _ string, _ int) { rows = append(rows, g.Tasks...) })
			gaps(rows, func(t *plan.Task) bool { return t.Deadline != "" }, func(t *plan.Task, with, others int) {
				c.add("KH148", t.Loc, t.ID, with, others)
			})
		case plan.AppendixIndicators:
			var rows []*plan.Indicator
			a.WalkGroups(func(g *plan.Group, _ string, _ int) { rows = append(rows, g.Indicators...) })
			c.targetGaps(rows)
		}
	}
	plan.WalkSections(p.Sections, func(s *plan.Section, _ string, _ int) { c.targetGaps(s.Indicators) })
}

func (c *ctx) targetGaps(rows []*plan.Indicator) {
	gaps(rows, func(in *plan.Indicator) bool { return in.Target != "" }, func(in *plan.Indicator, with, others int) {
		c.add("KH149", in.Loc, in.ID, with, others)
	})
}

func gaps[T any](rows []T, has func(T) bool, report func(row T, with, others int)) {
	with := 0
	for _, r := range rows {
		if has(r) {
			with++
		}
	}
	others := len(rows) - 1
	if with < 3 || with*3 < others*2 {
		return
	}
	for _, r := range rows {
		if !has(r) {
			report(r, with, others)
		}
	}
}

package site

import (
	"cmp"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/gopy"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// sitePlan is one plan with what its pages show.
type sitePlan struct {
	Plan *plan.Plan
	View *view.Doc
	// Province is the name of the registry the plan's folder lies in.
	Province string
	Tasks    []*taskRow
	// byID finds a task's row; a task appears once however many leads it has.
	byID       map[string]*taskRow
	Indicators []*indicatorRow
	Rounds     []*round
	Downloads  []download
	// Follow is the follow-up of each lead agency by id: its tasks by
	// category and, for a group, which members have reported.
	Follow map[string]followup.Lead
	// Mark is the "CHƯA KIỂM TRA" mark of a plan built with errors.
	Mark string
}

// dir is the plan's folder inside the site.
func (sp *sitePlan) dir() string { return "ke-hoach/" + sp.Plan.ID }

// year groups the index: the issue year, 0 for a draft.
func (sp *sitePlan) year() int {
	if sp.Plan.Date.IsZero() {
		return 0
	}
	return sp.Plan.Date.Year()
}

// taskRow is a task as the follow-up pages list it.
type taskRow struct {
	Task *plan.Task
	Plan *sitePlan
	// Number is the number the document prints for it ("5", "a)"), Where
	// the place that number has in the document ("Phụ lục 02, mục I, số 5").
	Number, Where string
	// Group is the table group or body section the task sits in, the
	// grouping the filters offer.
	Group *group
	Text  string
	// Deadline is the deadline as printed; Quarter the quarter its last
	// day falls in ("2026-Q1"), "" when it names no day.
	Deadline, Quarter string
	// State is the task's follow-up with every reporter taken together;
	// Leads the follow-up under each lead agency as the plan names it (a
	// group through its members), in the order the plan names them.
	State *state
	Leads []*leadTask
}

// leadTask is a task under one of its lead agencies, as the progress and
// agency pages list it.
type leadTask struct {
	*taskRow
	Lead   string
	State  *state
	Status statusView
	// Report is what the latest report says was done.
	Report string
}

// group is a heading tasks are listed under in the document.
type group struct {
	Key, Label string
}

// indicatorRow is an indicator as the indicator page lists it.
type indicatorRow struct {
	Indicator *plan.Indicator
	Plan      *sitePlan
	Number    string
	Group     string
	Text      string
	// Result is the latest reported result as written, "" for none (with
	// the agency before each when several report); Verdict sets it
	// against the target.
	Result  string
	Verdict statusView
	// charted is the one result the chart draws, "" when several agencies
	// report.
	charted string
	// Lead is the lead unit as the table prints it.
	Lead  string
	Chart *chart
}

// round is a comment round with its summary.
type round struct {
	Round   *gopy.Round
	Summary *gopy.Summary
	// Tables are the summary table files, by file name.
	Tables []download
}

// download is a file of the site offered for download.
type download struct {
	Name, Kind string
	Size       int
}

// provinceOf is the province whose registry folder holds the plan's.
func provinceOf(r *plan.Repo, p *plan.Plan) string {
	best, bestDir := "", ""
	for _, reg := range r.Registries {
		if reg.Src == nil {
			continue
		}
		dir := path.Dir(reg.Src.Name)
		if strings.HasPrefix(p.Dir+"/", dir+"/") && len(dir) > len(bestDir) {
			best, bestDir = reg.Province, dir
		}
	}
	return best
}

// newPlan resolves a plan's task and indicator rows from its view, in
// document order, with their states.
func (b *builder) newPlan(p *plan.Plan, fu *followup.Status) *sitePlan {
	r := b.repo
	v := view.New(r, p)
	sp := &sitePlan{Plan: p, View: v, Province: provinceOf(r, p), byID: map[string]*taskRow{}}
	reporters := map[string][]followup.Task{}
	for _, t := range fu.Tasks {
		reporters[t.Task.ID] = append(reporters[t.Task.ID], t)
	}
	add := func(t *plan.Task, number, where string, g *group) {
		if t == nil || sp.byID[t.ID] != nil {
			return
		}
		ts := reporters[t.ID]
		row := &taskRow{Task: t, Plan: sp, Number: number, Where: where, Group: g, Text: taskText(v, t), Deadline: v.Deadline(t).Text, State: combine(ts, fu.Day)}
		if len(ts) > 0 && ts[0].Due.Dated {
			row.Quarter = quarter(ts[0].Due.Last)
		}
		row.Leads = b.leads(row, ts, fu.Day)
		sp.byID[t.ID] = row
		sp.Tasks = append(sp.Tasks, row)
	}
	b.bodyTasks(v.Outline(), "", add)
	sp.bodyIndicators()
	for _, a := range v.Appendices() {
		if a.Table != nil {
			b.tableRows(sp, a, add)
		} else {
			b.bodyTasks(a.Outline, a.Label+", ", add)
		}
	}
	return sp
}

// leads splits a task's reporters by the lead each reports for: the
// agency itself, or the group the plan names.
func (b *builder) leads(row *taskRow, ts []followup.Task, day time.Time) []*leadTask {
	var order []string
	by := map[string][]followup.Task{}
	for _, t := range ts {
		lead := cmp.Or(t.Via, t.Agency)
		if _, ok := by[lead]; !ok {
			order = append(order, lead)
		}
		by[lead] = append(by[lead], t)
	}
	out := make([]*leadTask, len(order))
	for i, lead := range order {
		st := combine(by[lead], day)
		out[i] = &leadTask{taskRow: row, Lead: lead, State: st, Status: b.status(st), Report: report(st)}
	}
	return out
}

// results puts each indicator's latest results and verdict from the
// follow-up.
func (b *builder) results(sp *sitePlan, fu *followup.Status) {
	by := map[string][]followup.Indicator{}
	for _, x := range fu.Indicators {
		by[x.Indicator.ID] = append(by[x.Indicator.ID], x)
	}
	for _, in := range sp.Indicators {
		xs := by[in.Indicator.ID]
		verdict := followup.NoResult
		var parts []string
		for i, x := range xs {
			if i == 0 || slices.Index(verdicts, x.Verdict) < slices.Index(verdicts, verdict) {
				verdict = x.Verdict
			}
			if x.Result == "" {
				continue
			}
			if len(xs) > 1 {
				parts = append(parts, fu.Name(x.Agency)+": "+x.Result)
			} else {
				parts, in.charted = append(parts, x.Result), x.Result
			}
		}
		in.Result = strings.Join(parts, "; ")
		in.Verdict = statusView{Key: strings.ReplaceAll(string(verdict), "_", "-"), Word: verdict.Text().In(b.lang)}
	}
}

// verdicts orders the verdicts for an indicator several agencies report
// on: the one that most needs attention stands for all.
var verdicts = []followup.Verdict{followup.Missed, followup.AtRisk, followup.NoResult, followup.NotAssessed, followup.OnPath, followup.Met}

// taskText is a task's words for a listing: its title and its text.
func taskText(v *view.Doc, t *plan.Task) string {
	h, s := v.Text(t.Heading), v.Text(t.Text)
	switch {
	case h == "":
		return s
	case s == "":
		return h
	}
	return h + " " + s
}

// quarter names the quarter of day: "2026-Q1".
func quarter(day time.Time) string {
	return day.Format("2006") + "-Q" + string(rune('1'+(day.Month()-1)/3))
}

// bodyTasks walks an outline's steps, each placed under its section.
func (b *builder) bodyTasks(items []*view.Item, prefix string, add func(*plan.Task, string, string, *group)) {
	var walk func(items []*view.Item, chain string)
	walk = func(items []*view.Item, chain string) {
		for _, it := range items {
			here := chain
			if l := strings.TrimRight(strings.TrimSpace(it.Label), "."); l != "" && it.Style != plan.NumDash && it.Style != plan.NumPlus && !it.RunInSteps() {
				if here != "" {
					here += "."
				}
				here += strings.TrimRight(l, ")")
			}
			section := msg.SitePlaceSection.In(b.lang, here)
			g := &group{Key: "muc-" + it.Section.ID, Label: prefix + strings.TrimSpace(it.Label+" "+it.Heading)}
			if it.Heading == "" {
				g.Label = prefix + section
			}
			var steps func(ss []view.Step)
			steps = func(ss []view.Step) {
				for _, s := range ss {
					where := prefix + section
					if s.Label != "" {
						where += ", " + s.Label
					}
					add(s.Task, s.Label, where, g)
					for _, ro := range s.RunOn {
						add(ro, s.Label, where, g)
					}
					steps(s.Steps)
				}
			}
			steps(it.Steps)
			walk(it.Items, here)
		}
	}
	walk(items, "")
}

// tableRows walks a table appendix's rows; tasks take their group.
func (b *builder) tableRows(sp *sitePlan, a *view.Appendix, add func(*plan.Task, string, string, *group)) {
	var top string
	g := &group{Key: a.Appendix.ID, Label: a.Label}
	for r := range a.Table.Rows() {
		if r.Group != nil {
			if r.Depth == 1 {
				top = r.Number
				g = &group{Key: a.Appendix.ID + "-" + r.Group.ID, Label: a.Label + " – " + strings.TrimSpace(r.Number+". "+r.Heading)}
				if r.Heading == "" {
					g = &group{Key: a.Appendix.ID, Label: a.Label}
				}
			}
			continue
		}
		where := msg.SitePlaceRow.In(b.lang, a.Label, r.Number)
		if a.Appendix.GroupNumbering && top != "" {
			where = msg.SitePlaceGroupRow.In(b.lang, a.Label, top, r.Number)
		}
		switch {
		case r.Task != nil:
			add(r.Task, r.Number, where, g)
			for _, st := range plan.AllTasks(r.Task.Subtasks) {
				add(st, "", where, g)
			}
		case r.Indicator != nil:
			sp.addIndicator(r.Indicator, r.Number, g.Label)
		}
	}
}

// bodyIndicators adds the indicators a body states (a Party resolution's
// targets), numbered in order.
func (sp *sitePlan) bodyIndicators() {
	n := 0
	view.Walk(sp.View.Outline(), func(it *view.Item) {
		for _, in := range it.Section.Indicators {
			n++
			sp.addIndicator(in, itoa(n), strings.TrimSpace(it.Label+" "+it.Heading))
		}
	})
}

// sortPlans orders the index: province, then year (newest first, drafts
// first of all), then number.
func sortPlans(ps []*sitePlan) {
	slices.SortStableFunc(ps, func(a, b *sitePlan) int {
		if c := cmp.Compare(a.Province, b.Province); c != 0 {
			return c
		}
		ya, yb := a.year(), b.year()
		if ya == 0 {
			ya = 1 << 30
		}
		if yb == 0 {
			yb = 1 << 30
		}
		if c := cmp.Compare(yb, ya); c != 0 {
			return c
		}
		if c := b.Plan.Date.Compare(a.Plan.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.Plan.ID, b.Plan.ID)
	})
}

func (sp *sitePlan) addIndicator(in *plan.Indicator, number, group string) {
	lead := in.LeadWritten
	if lead == "" {
		lead = sp.View.Names(in.Lead, view.Short)
	}
	sp.Indicators = append(sp.Indicators, &indicatorRow{Indicator: in, Plan: sp, Number: number, Group: group, Text: sp.View.Text(in.Text), Lead: lead})
}

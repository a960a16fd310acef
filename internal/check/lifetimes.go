package check

import (
	"slices"
	"time"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// checkLifetimes: an agency that existed when the plan was signed but
// ceases before its work is done (KH140–KH142). KH112 covers agencies that
// did not exist on the plan's date. Each agency is reported once per plan,
// in the most telling context: the period a review assesses, then a
// reporting chain, then a deadline. Report forms (bieu_mau) list work that
// other plans assigned, so their rows are left out.
func (c *ctx) checkLifetimes(pd *planDeadlines) {
	done := map[string]bool{}
	c.lifetimeInPeriod(pd, done)
	c.lifetimeInChains(pd, done)
	c.lifetimeBeforeDeadlines(pd, done)
}

// ceasing returns the agency id names if it has an end date and existed on
// day (or day is unknown); agencies that did not exist are KH112's.
func (c *ctx) ceasing(id string, day time.Time) *plan.Agency {
	a := c.repo.Agency(id)
	if a == nil || a.Until.IsZero() || (!day.IsZero() && !a.ExistedOn(day)) {
		return nil
	}
	return a
}

// ownTasks are the plan's tasks with a parsed deadline, form rows left out.
func ownTasks(pd *planDeadlines) []*dated {
	var out []*dated
	for i := range pd.tasks {
		t := &pd.tasks[i]
		if a := t.ref.Appendix; a != nil && a.Kind == plan.AppendixForm {
			continue
		}
		out = append(out, t)
	}
	return out
}

func agencyFields(t *plan.Task) []agencyField {
	return []agencyField{{t.Loc, t.Lead, "chu_tri"}, {t.Loc, t.Cooperate, "phoi_hop"}, {t.Loc, t.Monitor, "theo_doi"}}
}

func ceaseDay(a *plan.Agency) string { return plan.ShortDate(a.Until.AddDate(0, 0, 1)) }

// lifetimeInPeriod: a review plan's reports cover the assessed period; an
// agency leading one that ceases inside the period cannot report on the rest.
func (c *ctx) lifetimeInPeriod(pd *planDeadlines, done map[string]bool) {
	if !pd.hasAssessed {
		return
	}
	for _, t := range ownTasks(pd) {
		if !t.ref.Task.Report {
			continue
		}
		f := agencyField{t.ref.Task.Loc, t.ref.Task.Lead, "chu_tri"}
		for i, id := range f.ids {
			a := c.ceasing(id, pd.p.Date)
			if a == nil || done[id] || a.Until.Before(pd.assessed.From) || !a.Until.Before(pd.assessed.To) {
				continue
			}
			done[id] = true
			c.add("KH142", f.elemLoc(i), a.Name, ceaseDay(a), pd.p.Assessed.Period, successors(c.repo, a)).
				Related = []diag.Related{related(pd.p.Assessed.Field("thoi_gian"), msg.CheckAssessedPeriod.Text())}
		}
	}
}

// lifetimeInChains: reports linked by "sau" form a chain up to its last,
// latest step; an agency of the chain that ceases before that step is gone
// while the next levels still work on what it sent.
func (c *ctx) lifetimeInChains(pd *planDeadlines, done map[string]bool) {
	for _, chain := range reportChains(pd) {
		last := chain[0]
		for _, t := range chain {
			if t.d.To.After(last.d.To) {
				last = t
			}
		}
		for _, t := range chain {
			for _, f := range agencyFields(t.ref.Task) {
				for i, id := range f.ids {
					a := c.ceasing(id, pd.p.Date)
					if a == nil || done[id] || !a.Until.Before(last.d.To) {
						continue
					}
					done[id] = true
					c.add("KH141", f.elemLoc(i), a.Name, ceaseDay(a), due(last.d), last.ref.Task.ID, successors(c.repo, a)).
						Related = []diag.Related{related(last.loc(), msg.CheckChainEnd.Text(last.ref.Task.ID))}
				}
			}
		}
	}
}

// reportChains groups the dated reports connected by "sau" links, in task
// order; a lone report is no chain.
func reportChains(pd *planDeadlines) [][]*dated {
	var reports []*dated
	index := map[string]int{}
	for _, t := range ownTasks(pd) {
		if t.ref.Task.Report && t.ok && t.d.Dated() {
			index[t.ref.Task.ID] = len(reports)
			reports = append(reports, t)
		}
	}
	parent := make([]int, len(reports))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i, t := range reports {
		for _, id := range t.ref.Task.After {
			if j, ok := index[id]; ok {
				parent[find(i)] = find(j)
			}
		}
	}
	groups := map[int][]*dated{}
	var roots []int
	for i, t := range reports {
		r := find(i)
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], t)
	}
	var out [][]*dated
	for _, r := range roots {
		if len(groups[r]) > 1 {
			out = append(out, groups[r])
		}
	}
	return out
}

// lifetimeBeforeDeadlines: an agency named on tasks due after it ceases,
// reported at its first such task with the others related.
func (c *ctx) lifetimeBeforeDeadlines(pd *planDeadlines, done map[string]bool) {
	type hit struct {
		loc plan.Loc
		t   *dated
	}
	hits := map[string][]hit{}
	var order []string
	for _, t := range ownTasks(pd) {
		if !t.ok || !t.d.Dated() {
			continue
		}
		day := pd.p.Date
		if day.IsZero() {
			day = t.d.From
		}
		for _, f := range agencyFields(t.ref.Task) {
			for i, id := range f.ids {
				a := c.ceasing(id, day)
				if a == nil || done[id] || !a.Until.Before(t.d.To) || slices.ContainsFunc(hits[id], func(h hit) bool { return h.t == t }) {
					continue
				}
				if hits[id] == nil {
					order = append(order, id)
				}
				hits[id] = append(hits[id], hit{f.elemLoc(i), t})
			}
		}
	}
	for _, id := range order {
		a, hs := c.repo.Agency(id), hits[id]
		d := c.add("KH140", hs[0].loc, a.Name, ceaseDay(a), due(hs[0].t.d), len(hs), successors(c.repo, a))
		for _, h := range hs[1:] {
			d.Related = append(d.Related, related(h.loc, msg.CheckAlsoDue.Text(h.t.ref.Task.ID, due(h.t.d))))
		}
	}
}

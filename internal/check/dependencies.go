package check

import (
	"strings"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
)

// checkDependencies: rule 3. A task declared to follow others is due no
// earlier than they are; cycles are reported once, whole.
func (c *ctx) checkDependencies(pd *planDeadlines) {
	for _, t := range pd.tasks {
		for _, id := range t.ref.Task.After {
			dep := pd.byID[id]
			if dep == nil || !laterThan(*dep, t) {
				continue
			}
			if t.ref.Section != nil && t.ref.Section.Sequential {
				continue // the step rule reports schedules
			}
			c.add("KH103", t.loc(), t.ref.Task.ID, due(t.d), id, due(dep.d)).
				Related = []diag.Related{related(dep.loc(), msg.CheckRelDeadlineOf.Text(id))}
		}
	}
	c.checkCycles(pd)
}

// checkCycles walks the "sau" graph depth first; a back edge closes a
// cycle, reported at its smallest-id member so each cycle appears once.
func (c *ctx) checkCycles(pd *planDeadlines) {
	const (
		white = iota
		grey
		black
	)
	state := map[string]int{}
	var stack []string
	seen := map[string]bool{}
	var visit func(id string)
	visit = func(id string) {
		state[id] = grey
		stack = append(stack, id)
		t := pd.byID[id]
		for _, next := range t.ref.Task.After {
			if pd.byID[next] == nil {
				continue
			}
			switch state[next] {
			case white:
				visit(next)
			case grey:
				c.reportCycle(pd, cycleFrom(stack, next), seen)
			}
		}
		stack = stack[:len(stack)-1]
		state[id] = black
	}
	for _, t := range pd.tasks {
		if state[t.ref.Task.ID] == white {
			visit(t.ref.Task.ID)
		}
	}
}

func cycleFrom(stack []string, start string) []string {
	for i, id := range stack {
		if id == start {
			return append([]string(nil), stack[i:]...)
		}
	}
	return nil
}

func (c *ctx) reportCycle(pd *planDeadlines, cycle []string, seen map[string]bool) {
	// Rotate so the smallest id leads: the same cycle found from another
	// start gives the same key.
	min := 0
	for i, id := range cycle {
		if id < cycle[min] {
			min = i
		}
	}
	cycle = append(cycle[min:], cycle[:min]...)
	key := strings.Join(cycle, " → ")
	if seen[key] {
		return
	}
	seen[key] = true
	first := pd.byID[cycle[0]]
	d := c.add("KH104", first.ref.Task.Field("sau"), key+" → "+cycle[0])
	for _, id := range cycle[1:] {
		d.Related = append(d.Related, related(pd.byID[id].ref.Task.Field("sau"), diag.Text{VI: id, EN: id}))
	}
}

// checkReportChains: rule 4. Where a report follows another report (xã →
// sở → UBND tỉnh → Ban Thường vụ), the lower level is due at least
// ReportGap working days earlier so the next level can aggregate.
func (c *ctx) checkReportChains(pd *planDeadlines) {
	for _, t := range pd.tasks {
		if !t.ref.Task.Report || !t.ok || !t.d.Dated() {
			continue
		}
		for _, id := range t.ref.Task.After {
			dep := pd.byID[id]
			if dep == nil || !dep.ref.Task.Report || !dep.ok || !dep.d.Dated() {
				continue
			}
			gap := c.opt.Calendar.WorkingDaysBetween(dep.d.To, t.d.To)
			if gap < c.reportGap() {
				c.add("KH105", dep.loc(), id, due(dep.d), t.ref.Task.ID, due(t.d), c.reportGap(), gap).
					Related = []diag.Related{related(t.loc(), msg.CheckRelNextReport.Text(t.ref.Task.ID))}
			}
		}
	}
}

// checkSteps: rule 7. In a sequential schedule (549/KH-UBND) a step never
// falls due before the dated step before it.
func (c *ctx) checkSteps(pd *planDeadlines) {
	var prev *dated
	var section any
	for i := range pd.tasks {
		t := &pd.tasks[i]
		s := t.ref.Section
		if s == nil || !s.Sequential {
			prev = nil
			continue
		}
		if section != s {
			section, prev = s, nil
		}
		if !t.ok || !t.d.Dated() {
			continue
		}
		builds := []*dated{}
		if prev != nil {
			builds = append(builds, prev)
		}
		for _, id := range t.ref.Task.After {
			if dep := pd.byID[id]; dep != nil && dep != prev {
				builds = append(builds, dep)
			}
		}
		for _, b := range builds {
			if laterThan(*b, *t) {
				c.add("KH111", t.loc(), t.ref.Task.ID, due(t.d), b.ref.Task.ID, due(b.d)).
					Related = []diag.Related{related(b.loc(), msg.CheckRelStep.Text(b.ref.Task.ID))}
			}
		}
		prev = t
	}
}

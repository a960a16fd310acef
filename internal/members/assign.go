package members

import (
	"slices"
	"time"

	"github.com/kh-tools/kh/internal/plan"
)

// Assignment is who reports on each task and indicator of a plan on a day.
type Assignment struct {
	Plan *plan.Plan
	// Tasks and Indicators hold the reporters of each item by id.
	Tasks      map[string][]Reporter
	Indicators map[string][]Reporter
	agencies   []string
}

// Assign resolves the reporters of every task and indicator of p on day.
func Assign(r *plan.Repo, p *plan.Plan, day time.Time) *Assignment {
	a := &Assignment{Plan: p, Tasks: map[string][]Reporter{}, Indicators: map[string][]Reporter{}}
	seen := map[string]bool{}
	note := func(rs []Reporter) {
		for _, rp := range rs {
			if !seen[rp.ID] {
				seen[rp.ID] = true
				a.agencies = append(a.agencies, rp.ID)
			}
		}
	}
	for _, tr := range p.Tasks() {
		t := tr.Task
		if _, dup := a.Tasks[t.ID]; dup {
			continue
		}
		rs := Reporters(r, t.Lead, t.LeadMembers, day)
		a.Tasks[t.ID] = rs
		note(rs)
	}
	for _, in := range p.Indicators() {
		if _, dup := a.Indicators[in.ID]; dup {
			continue
		}
		rs := Reporters(r, in.Lead, in.LeadMembers, day)
		a.Indicators[in.ID] = rs
		note(rs)
	}
	slices.Sort(a.agencies)
	return a
}

// Agencies lists every reporter of the plan, by id.
func (a *Assignment) Agencies() []string { return a.agencies }

// Reports reports whether agency reports on task id.
func (a *Assignment) Reports(agency, id string) bool { return has(a.Tasks[id], agency) }

// ReportsIndicator reports whether agency reports on indicator id.
func (a *Assignment) ReportsIndicator(agency, id string) bool { return has(a.Indicators[id], agency) }

func has(rs []Reporter, agency string) bool {
	return slices.ContainsFunc(rs, func(r Reporter) bool { return r.ID == agency })
}

// TasksOf lists the tasks agency reports on, in plan order.
func (a *Assignment) TasksOf(agency string) []*plan.Task {
	var out []*plan.Task
	seen := map[string]bool{}
	for _, tr := range a.Plan.Tasks() {
		if t := tr.Task; !seen[t.ID] && a.Reports(agency, t.ID) {
			seen[t.ID] = true
			out = append(out, t)
		}
	}
	return out
}

// IndicatorsOf lists the indicators agency reports on, in plan order.
func (a *Assignment) IndicatorsOf(agency string) []*plan.Indicator {
	var out []*plan.Indicator
	seen := map[string]bool{}
	for _, in := range a.Plan.Indicators() {
		if !seen[in.ID] && a.ReportsIndicator(agency, in.ID) {
			seen[in.ID] = true
			out = append(out, in)
		}
	}
	return out
}

package check

import (
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// checkAgencyDates: rule 8. An agency named on a task or indicator existed
// when the plan was issued (or, for a draft, when the work falls due). The
// successor is suggested.
func (c *ctx) checkAgencyDates(pd *planDeadlines) {
	p := pd.p
	for _, t := range pd.tasks {
		day := p.Date
		if day.IsZero() && t.ok && t.d.Dated() {
			day = t.d.From
		}
		task := t.ref.Task
		for _, f := range []agencyField{{task.Loc, task.Lead, "chu_tri"}, {task.Loc, task.Cooperate, "phoi_hop"}, {task.Loc, task.Monitor, "theo_doi"}} {
			c.agencyOn(f, day)
		}
	}
	if !p.Date.IsZero() {
		for _, in := range p.Indicators() {
			c.agencyOn(agencyField{in.Loc, in.Lead, "chu_tri"}, p.Date)
		}
	}
}

func (c *ctx) agencyOn(f agencyField, day time.Time) {
	if day.IsZero() {
		return
	}
	for i, id := range f.ids {
		a := c.repo.Agency(id)
		if a == nil || a.ExistedOn(day) || a.Until.IsZero() {
			continue
		}
		c.add("KH112", f.elemLoc(i), a.Name, plan.ShortDate(a.Until.AddDate(0, 0, 1)), successors(c.repo, a))
	}
}

func successors(r *plan.Repo, a *plan.Agency) diag.Text {
	var names []string
	for _, id := range a.Successors {
		if s := r.Agency(id); s != nil {
			names = append(names, s.Name+" ("+id+")")
		}
	}
	if len(names) == 0 {
		return msg.CheckNoSuccessor.Text()
	}
	or := msg.CheckOr.Text()
	return diag.Text{VI: strings.Join(names, or.VI), EN: strings.Join(names, or.EN)}
}

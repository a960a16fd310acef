package check

import (
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/plan"
)

// checkItemIDs enforces one id namespace per plan (sections, citations,
// appendices, groups, tasks, indicators, documents), because ids are what
// diffs, progress records and cross-plan links key on. Plan ids are
// compared across plans by crossPlanIDs.
func checkItemIDs(c *ctx) {
	for _, p := range c.repo.Plans {
		seen := map[string]plan.Loc{}
		eachItem(p, func(id string, loc plan.Loc) { c.unique(seen, id, loc.Field("id")) })
	}
}

// checkAgencyIDs enforces unique agency ids across registries.
func checkAgencyIDs(c *ctx) {
	agencies := map[string]plan.Loc{}
	for _, r := range c.repo.Registries {
		for _, a := range r.Agencies {
			c.unique(agencies, a.ID, a.Field("id"))
		}
	}
}

func (c *ctx) unique(seen map[string]plan.Loc, id string, loc plan.Loc) {
	if id == "" {
		return
	}
	if prev, dup := seen[id]; dup {
		c.add("KH005", loc, id, prev.Pos.String()).Related = []diag.Related{{Pos: prev.Pos, Path: prev.Path}}
		return
	}
	seen[id] = loc
}

// eachItem visits every identified item of a plan with its id.
func eachItem(p *plan.Plan, visit func(id string, loc plan.Loc)) {
	for _, ct := range p.Citations {
		visit(ct.ID, ct.Loc)
	}
	plan.WalkSections(p.Sections, func(s *plan.Section, _ string, _ int) {
		visit(s.ID, s.Loc)
		for _, t := range plan.AllTasks(s.Tasks) {
			visit(t.ID, t.Loc)
		}
		for _, in := range s.Indicators {
			visit(in.ID, in.Loc)
		}
	})
	for _, a := range p.Appendices {
		visit(a.ID, a.Loc)
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			visit(g.ID, g.Loc)
			for _, t := range plan.AllTasks(g.Tasks) {
				visit(t.ID, t.Loc)
			}
			for _, in := range g.Indicators {
				visit(in.ID, in.Loc)
			}
			for _, d := range g.Documents {
				visit(d.ID, d.Loc)
			}
		})
		plan.WalkSections(a.Sections, func(s *plan.Section, _ string, _ int) { visit(s.ID, s.Loc) })
	}
}

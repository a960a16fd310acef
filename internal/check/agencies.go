package check

import (
	"strconv"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/suggest"
)

// agencyField is one place a plan names agencies by id.
type agencyField struct {
	loc plan.Loc
	ids []string
	key string
}

// planAgencyFields lists every agency reference of a plan.
func planAgencyFields(p *plan.Plan) []agencyField {
	out := []agencyField{{p.Loc, []string{p.Issuer}, "co_quan"}}
	for _, ct := range p.Citations {
		out = append(out, agencyField{ct.Loc, []string{ct.Issuer}, "co_quan"})
	}
	for _, tr := range p.Tasks() {
		t := tr.Task
		out = append(out,
			agencyField{t.Loc, t.Lead, "chu_tri"},
			agencyField{t.Loc, t.LeadMembers, "chu_tri_thanh_vien"},
			agencyField{t.Loc, t.Cooperate, "phoi_hop"},
			agencyField{t.Loc, t.Monitor, "theo_doi"})
	}
	for _, in := range p.Indicators() {
		out = append(out, agencyField{in.Loc, in.Lead, "chu_tri"}, agencyField{in.Loc, in.LeadMembers, "chu_tri_thanh_vien"})
	}
	for _, a := range p.Appendices {
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			for _, d := range g.Documents {
				if d.Issuer != "" {
					out = append(out, agencyField{d.Loc, []string{d.Issuer}, "co_quan"})
				}
			}
		})
	}
	return out
}

// fieldLoc is the location of element i of a list field, or of the field
// itself when it holds a single value.
func (f agencyField) elemLoc(i int) plan.Loc {
	if len(f.ids) == 1 {
		if l := f.loc.Index(f.key, 0); l.Exact() {
			return l
		}
		return f.loc.Field(f.key)
	}
	return f.loc.Index(f.key, i)
}

// checkAgencies resolves every agency id; a name or alias written where an id
// belongs is reported with the id to use.
func checkAgencies(c *ctx) {
	for _, p := range c.repo.Plans {
		for _, f := range c.agencyFields(p) {
			split := c.splitNames(p, f)
			for i, id := range f.ids {
				if id == "" || c.repo.Agency(id) != nil || split[i] {
					continue
				}
				loc := f.elemLoc(i)
				if a := c.repo.AgencyByName(p, id); a != nil {
					c.add("KH011", loc, id, a.ID, a.ID)
					continue
				}
				if !c.repo.UnreadRegistry(p) {
					c.add("KH010", loc, id, nearestAgency(c.repo, id))
				}
			}
		}
	}
}

// splitNames finds runs of items that are one agency name cut at its
// commas — `chu_tri: [Các sở, ban, ngành]` reads as three items — reports
// each run (KH038) and returns the indices it covers, whose "unknown
// agency" findings would only repeat it.
func (c *ctx) splitNames(p *plan.Plan, f agencyField) map[int]bool {
	covered := map[int]bool{}
	for i := 0; i < len(f.ids)-1; i++ {
		for j := len(f.ids); j > i+1; j-- {
			name := strings.Join(f.ids[i:j], ", ")
			a := c.repo.AgencyByName(p, name)
			if a == nil {
				continue
			}
			quoted := make([]string, 0, j-i)
			for k := i; k < j; k++ {
				quoted = append(quoted, strconv.Quote(f.ids[k]))
				covered[k] = true
			}
			c.add("KH038", f.elemLoc(i), strings.Join(quoted, ", "), name, a.ID)
			i = j - 1
			break
		}
	}
	return covered
}

func nearestAgency(r *plan.Repo, id string) diag.Text {
	best, ok := suggest.Nearest(id, r.AgencyIDs())
	if !ok {
		return diag.Text{}
	}
	return msg.CheckDidYouMean.Text(best)
}

// checkRegistries validates registry entries: ids are unique, successors
// and parents exist.
func checkRegistries(c *ctx) {
	checkAgencyIDs(c)
	for _, r := range c.repo.Registries {
		for _, a := range r.Agencies {
			for i, s := range a.Successors {
				if c.repo.Agency(s) == nil {
					c.add("KH010", a.Index("ke_thua", i), s, nearestAgency(c.repo, s))
				}
			}
			if a.Parent != "" && c.repo.Agency(a.Parent) == nil {
				c.add("KH010", a.Field("truc_thuoc"), a.Parent, nearestAgency(c.repo, a.Parent))
			}
			for i, m := range a.Members {
				if c.repo.Agency(m) == nil {
					c.add("KH010", a.Index("thanh_vien", i), m, nearestAgency(c.repo, m))
				}
			}
			checkGroupMembers(c, a)
		}
	}
}

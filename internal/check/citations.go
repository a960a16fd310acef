package check

import (
	"regexp"

	"github.com/kh-tools/kh/internal/plan"
)

// A cited number/symbol is either state form "171/KH-UBND",
// "193/2025/QH15", "749/QĐ-TTg", or Party form "57-NQ/TW", "19-CTr/TU",
// "02-KH/BCĐTW". Type abbreviations may mix case (CTr, TTg: NĐ 30/2020 PL
// III).
var (
	stateRef = regexp.MustCompile(`^\d+(?:/\d{4})?/\p{Lu}[\p{L}\d&]*(?:-\p{Lu}[\p{L}\d&]*)*$`)
	partyRef = regexp.MustCompile(`^\d+-\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)?/\p{Lu}[\p{L}\d]*$`)
)

// ValidRef reports whether s is a well-formed document number and symbol.
func ValidRef(s string) bool { return stateRef.MatchString(s) || partyRef.MatchString(s) }

// checkCitations: a cited document must exist before the plan that cites it,
// and its number/symbol must have one of the two legal forms.
func checkCitations(c *ctx) {
	for _, p := range c.repo.Plans {
		for _, ct := range p.Citations {
			if ct.Ref != "" && !ValidRef(ct.Ref) {
				c.add("KH109", ct.Field("so_ky_hieu"), ct.Ref)
			}
			if !p.Date.IsZero() && ct.Date.After(p.Date) {
				c.add("KH108", ct.Field("ngay"), ct.Ref, plan.ShortDate(ct.Date), plan.ShortDate(p.Date)).
					Related = relatedPlanDate(p)
			}
		}
		checkDocumentRows(c, p)
	}
}

func checkDocumentRows(c *ctx, p *plan.Plan) {
	for _, a := range p.Appendices {
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			for _, d := range g.Documents {
				if d.Ref != "" && !ValidRef(d.Ref) {
					c.add("KH109", d.Field("so_ky_hieu"), d.Ref)
				}
			}
		})
	}
}

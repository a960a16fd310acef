package check

import (
	"regexp"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/vntext"
)

// checkText inspects every string of the plans' files: NFC,
// legacy-encoding garbage, characters the PDF cannot draw, stray
// whitespace; and headings with typed numbers.
func checkText(c *ctx) {
	var sources []*plan.Source
	for _, p := range c.repo.Plans {
		sources = append(sources, planSources(p)...)
	}
	c.checkStrings(sources)
	for _, p := range c.repo.Plans {
		c.checkHeadings(p)
	}
}

// checkLevelText inspects the strings of the repository's own files.
func checkLevelText(c *ctx) { c.checkStrings(c.repo.Sources) }

func (c *ctx) checkStrings(sources []*plan.Source) {
	if len(sources) == 1 {
		for _, sv := range sources[0].Strings {
			c.checkString(sources[0], sv)
		}
		return
	}
	c.parallel(len(sources), func(sub *ctx, i int) {
		for _, sv := range sources[i].Strings {
			sub.checkString(sources[i], sv)
		}
	})
}

// checkString checks one string value; its location is worked out only
// for a finding.
func (c *ctx) checkString(src *plan.Source, sv plan.StringValue) {
	s := sv.Value
	if len(s) <= ExcelCellLimit && vntext.Clean(s) && !vntext.FormulaLike(s) {
		return // the common case, in one pass
	}
	if w := vntext.NotNFC(s); w != "" {
		c.add("KH020", src.StringLoc(sv), w)
	}
	if enc, w := vntext.Mojibake(s); enc != "" {
		c.add("KH021", src.StringLoc(sv), enc, w)
	}
	c.checkHidden(src, sv)
	if r, ok := vntext.Astral(s); ok && vntext.HiddenKindOf(r) == vntext.NotHidden {
		c.add("KH022", src.StringLoc(sv), string(r), r)
	}
	if ws := vntext.StrayWhitespace(s); ws != "" {
		c.add("KH024", src.StringLoc(sv), ws)
	}
}

// typedNumber matches a heading or paragraph that starts with a number
// someone typed:
// "IV.", "3.", "3.1.", "a)", "-".
var typedNumber = regexp.MustCompile(`^\s*((?:[IVXLC]+|[0-9]+(?:\.[0-9]+)*)\.|[a-zđ]\)|-)\s`)

func (c *ctx) checkHeadings(p *plan.Plan) {
	visit := func(s *plan.Section, _ string, _ int) {
		if m := typedNumber.FindStringSubmatch(s.Heading); m != nil {
			c.add("KH023", s.Field("tieu_de"), m[1])
		}
	}
	plan.WalkSections(p.Sections, visit)
	eachBlock(p, func(b plan.Block) {
		if m := typedNumber.FindStringSubmatch(b.Text); m != nil {
			c.add("KH023", b.Loc, m[1])
		}
	})
	for _, a := range p.Appendices {
		plan.WalkSections(a.Sections, visit)
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			if m := typedNumber.FindStringSubmatch(g.Heading); m != nil {
				c.add("KH023", g.Field("tieu_de"), m[1])
			}
		})
	}
}

// planSources are the files of p that were read: its own, its
// appendices' and its progress records', whose answers come from agencies'
// forms.
func planSources(p *plan.Plan) []*plan.Source {
	var out []*plan.Source
	if p.Src != nil {
		out = append(out, p.Src)
	}
	for _, a := range p.Appendices {
		if a.Src != nil {
			out = append(out, a.Src)
		}
	}
	for _, rec := range p.Records {
		if rec.Src != nil {
			out = append(out, rec.Src)
		}
	}
	return out
}

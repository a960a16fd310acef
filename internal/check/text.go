package check

import (
	"regexp"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/vntext"
)

// checkText inspects every string of every file: NFC, legacy-encoding
// garbage, characters the PDF cannot draw, stray whitespace.
func checkText(c *ctx) {
	c.parallel(len(c.repo.Sources), func(sub *ctx, i int) {
		src := c.repo.Sources[i]
		for _, sv := range src.Strings {
			sub.checkString(src, sv)
		}
	})
	for _, p := range c.repo.Plans {
		c.checkHeadings(p)
	}
}

// checkString checks one string value; its location is worked out only
// for a finding.
func (c *ctx) checkString(src *plan.Source, sv plan.StringValue) {
	s := sv.Value
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

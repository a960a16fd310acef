package check

import (
	"regexp"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/plan"
)

// AppendixRef matches "[[id]]" in text, which renders as "Phụ lục 02".
var AppendixRef = regexp.MustCompile(`\[\[([a-z0-9._-]+)\]\]`)

// checkLinks resolves links inside a plan: task dependencies and appendix
// mentions in text. Links to other plans are crossLinks'.
func checkLinks(c *ctx) {
	for _, p := range c.repo.Plans {
		c.checkTaskLinks(p)
		c.checkAppendixMentions(p)
	}
}

func (c *ctx) checkTaskLinks(p *plan.Plan) {
	for _, tr := range p.Tasks() {
		t := tr.Task
		for i, dep := range t.After {
			if p.Task(dep) == nil {
				c.add("KH012", t.Index("sau", i), dep, diag.Text{})
			}
		}
	}
}

func (c *ctx) checkAppendixMentions(p *plan.Plan) {
	ids := make([]string, 0, len(p.Appendices))
	for _, a := range p.Appendices {
		if a.ID == "" {
			// A broken appendix file is reported already; mentions of it
			// would only repeat that.
			return
		}
		ids = append(ids, a.ID)
	}
	eachBlock(p, func(b plan.Block) {
		for _, m := range AppendixRef.FindAllStringSubmatch(b.Content(), -1) {
			if a, _ := p.Appendix(m[1]); a == nil {
				c.add("KH013", b.Loc, m[1], strings.Join(ids, ", "))
			}
		}
	})
}

// eachBlock visits every paragraph of the plan and its appendices.
func eachBlock(p *plan.Plan, visit func(plan.Block)) {
	each := func(bs []plan.Block) {
		for _, b := range bs {
			visit(b)
		}
	}
	each(p.Preamble)
	each(p.Closing)
	sections := func(ss []*plan.Section) {
		plan.WalkSections(ss, func(s *plan.Section, _ string, _ int) {
			each(s.Blocks)
			each(s.After)
		})
	}
	sections(p.Sections)
	for _, a := range p.Appendices {
		each(a.Intro)
		sections(a.Sections)
	}
}

package check

import (
	"regexp"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// AppendixRef matches "[[id]]" in text, which renders as "Phụ lục 02".
var AppendixRef = regexp.MustCompile(`\[\[([a-z0-9._-]+)\]\]`)

// checkReferences resolves links between items: task dependencies, parent
// plan tasks, appendix mentions in text, implemented documents.
func checkReferences(c *ctx) {
	for _, p := range c.repo.Plans {
		c.checkTaskLinks(p)
		c.checkAppendixMentions(p)
		c.checkPlanLinks(p)
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
		if t.Implements != "" {
			c.checkImplements(p, t)
		}
	}
}

// checkImplements resolves "plan-id/task-id"; a bare task id means the
// plan's parent.
func (c *ctx) checkImplements(p *plan.Plan, t *plan.Task) {
	planID, taskID, ok := strings.Cut(t.Implements, "/")
	if !ok {
		planID, taskID = p.Parent, t.Implements
	}
	loc := t.Field("thuc_hien")
	parent := c.repo.Plan(planID)
	if parent == nil {
		c.add("KH014", loc, planID)
		return
	}
	if parent.Task(taskID) == nil {
		c.add("KH012", loc, taskID, msg.CheckInPlan.Text(planID))
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

func (c *ctx) checkPlanLinks(p *plan.Plan) {
	cited := map[string]bool{}
	for _, ct := range p.Citations {
		cited[ct.ID] = true
		if ct.Plan != "" && c.repo.Plan(ct.Plan) == nil {
			c.add("KH014", ct.Field("ke_hoach"), ct.Plan)
		}
	}
	for i, id := range p.Implements {
		if !cited[id] && c.repo.Plan(id) == nil {
			c.add("KH015", p.Index("thuc_hien", i), id)
		}
	}
	if p.Parent != "" && c.repo.Plan(p.Parent) == nil {
		c.add("KH014", p.Field("ke_hoach_cha"), p.Parent)
	}
	if a := p.Assessed; a != nil && a.Reviews != "" && !cited[a.Reviews] && c.repo.Plan(a.Reviews) == nil {
		c.add("KH015", a.Field("van_ban"), a.Reviews)
	}
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

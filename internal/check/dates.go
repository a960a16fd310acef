package check

import (
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

func relatedPlanDate(p *plan.Plan) []diag.Related {
	loc := p.Field("ngay")
	return []diag.Related{{Pos: loc.Pos, Path: loc.Path, Message: msg.CheckRelIssueDate.Text()}}
}

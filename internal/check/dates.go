package check

import (
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/plan"
)

func relatedPlanDate(p *plan.Plan) []diag.Related {
	loc := p.Field("ngay")
	return []diag.Related{{Pos: loc.Pos, Path: loc.Path, Message: diag.Text{VI: "ngày ban hành kế hoạch", EN: "the plan's issue date"}}}
}

package check

import (
	"path"
	"strconv"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/gopy"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// checkRounds checks each plan's comment rounds (lay_y_kien) and the
// answers kept with it (gop-y/): whom a round asks and by when, answers in
// their place and of agencies asked, comments on items that still exist,
// responses with their reasons once the round is over, and agencies that
// let the deadline pass.
func checkRounds(c *ctx) {
	for _, p := range c.repo.Plans {
		rounds := c.roundsOf(p)
		for _, a := range p.Answers {
			c.answer(p, a, rounds)
		}
		for _, rd := range rounds {
			c.silent(p, rd)
		}
	}
}

func (c *ctx) roundsOf(p *plan.Plan) map[int]*gopy.Round {
	out := map[int]*gopy.Round{}
	for _, rd := range p.Rounds {
		res := gopy.Resolve(c.repo, p, rd, c.opt.Calendar)
		for _, id := range res.Unknown {
			c.add("KH130", rd.Field("gui"), rd.Draft, id, diag.Text{VI: "không có trong danh mục co-quan.yaml", EN: "not in the registry co-quan.yaml"})
		}
		for _, id := range res.Empty {
			c.add("KH130", rd.Field("gui"), rd.Draft, id, diag.Text{VI: "nhóm chưa khai báo thành viên (thanh_vien) trong co-quan.yaml, nên không biết gửi cho ai", EN: "a group without members (thanh_vien) in co-quan.yaml, so kh cannot tell whom to send it to"})
		}
		if _, err := deadline.Parse(rd.Deadline); err != nil && rd.Deadline != "" {
			c.add("KH131", rd.Field("han"), rd.Deadline)
		}
		switch {
		case out[rd.Draft] != nil:
			c.add("KH132", rd.Field("du_thao"), rd.Draft, diag.Text{VI: "trùng với một vòng khác; mỗi bản dự thảo một vòng", EN: "as another round is; one round per draft"})
		case p.IsDraft() && p.Draft > 0 && rd.Draft > p.Draft:
			c.add("KH132", rd.Field("du_thao"), rd.Draft, diag.Text{
				VI: "nhưng kế hoạch mới là dự thảo lần " + strconv.Itoa(p.Draft),
				EN: "but the plan is only draft " + strconv.Itoa(p.Draft)})
		}
		if out[rd.Draft] == nil {
			out[rd.Draft] = res
		}
	}
	return out
}

// closed tells why a round is over: a later round is recorded, or the plan
// has been issued; "" while it runs.
func closed(p *plan.Plan, rd *gopy.Round) diag.Text {
	if !p.IsDraft() {
		return diag.Text{VI: "kế hoạch đã ban hành", EN: "the plan has been issued"}
	}
	for _, o := range p.Rounds {
		if o.Draft > rd.Draft {
			n := strconv.Itoa(o.Draft)
			return diag.Text{VI: "đã gửi dự thảo lần " + n, EN: "draft " + n + " has been sent"}
		}
	}
	return diag.Text{}
}

func (c *ctx) answer(p *plan.Plan, a *plan.Answer, rounds map[int]*gopy.Round) {
	want := path.Join(p.Dir, load.AnswersDir, gopy.Folder(a.Draft), a.Agency+".yaml")
	switch {
	case a.Plan != p.ID:
		c.add("KH133", a.Field("ke_hoach"), diag.Text{
			VI: "ý kiến ghi kế hoạch " + strconv.Quote(a.Plan) + " nhưng nằm trong thư mục của kế hoạch " + strconv.Quote(p.ID),
			EN: "the answer names plan " + strconv.Quote(a.Plan) + " but lies in the folder of plan " + strconv.Quote(p.ID)})
		return
	case a.Src != nil && a.Src.Name != want:
		c.add("KH133", a.Loc, diag.Text{VI: "ý kiến này phải nằm ở " + want, EN: "this answer belongs at " + want})
	}
	rd := rounds[a.Draft]
	if rd == nil {
		c.add("KH133", a.Field("du_thao"), diag.Text{
			VI: "kế hoạch không có vòng lấy ý kiến dự thảo lần " + strconv.Itoa(a.Draft) + " (lay_y_kien)",
			EN: "the plan has no comment round on draft " + strconv.Itoa(a.Draft) + " (lay_y_kien)"})
		return
	}
	name := view.AgencyIn(c.repo, a.Agency).Name
	if !rd.WasAsked(a.Agency) {
		c.add("KH134", a.Field("co_quan"), name, a.Draft)
	}
	over := closed(p, rd)
	for i, cm := range a.Comments {
		loc := a.Index("y_kien", i)
		if cm.Item != p.ID && !gopy.Exists(p, cm.Item) {
			c.add("KH135", loc.Field("muc"), cm.Item, p.ID)
		}
		switch {
		case (cm.Response == plan.Explained || cm.Response == plan.Rejected) && cm.Reason == "":
			c.add("KH137", loc.Field("tra_loi"), name, cm.Response)
		case cm.Response == "" && over.VI != "":
			c.add("KH136", loc, name, over)
		}
	}
}

// silent reports the agencies of a round that did not answer once its
// deadline has passed: on the as-of day, or for good once the round is
// over.
func (c *ctx) silent(p *plan.Plan, rd *gopy.Round) {
	over := closed(p, rd).VI != ""
	late := !c.opt.AsOf.IsZero() && !rd.Due.IsZero() && c.opt.AsOf.After(rd.Due)
	if !over && !late {
		return
	}
	answered := map[string]bool{}
	for _, a := range rd.Answers() {
		answered[a.Agency] = true
	}
	due := rd.Deadline
	if !rd.Due.IsZero() {
		due = plan.ShortDate(rd.Due)
	}
	for _, id := range rd.Asked {
		if !answered[id] {
			c.add("KH138", rd.Field("gui"), view.AgencyIn(c.repo, id).Name, rd.Draft, due)
		}
	}
}

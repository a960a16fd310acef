package followdoc

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/report"
	"github.com/kh-tools/kh/internal/status"
	"github.com/kh-tools/kh/internal/view"
)

// Letter is the draft reminder letter (công văn đôn đốc) to one agency.
type Letter struct {
	Agency string
	// Doc is the letter as a document: the plan's issuer, place and
	// signing block, no number or date (a draft: the văn thư gives them),
	// its own Nơi nhận.
	Doc *plan.Plan
	report.Letter
	// Overdue and Soon are the agency's tasks past their deadline and
	// those falling due within the horizon.
	Overdue, Soon []followup.Task
}

// LetterOptions say what the letters remind of and who compiles the
// answers.
type LetterOptions struct {
	// Soon is how many days ahead a task counts as soon due.
	Soon int
	// Compiler is the agency the answers go through ("qua Sở …"), "" for
	// none.
	Compiler string
	// Only keeps the letters to these agencies (members of a group
	// named); empty for every agency.
	Only map[string]bool
}

// Letters drafts a letter to every reporting agency with tasks overdue or
// due within opt.Soon days on the status day, in agency id order.
func Letters(v *view.Doc, s *followup.Status, opt LetterOptions) []*Letter {
	var out []*Letter
	for _, a := range s.Agencies() {
		if len(opt.Only) > 0 && !opt.Only[a.ID] {
			continue
		}
		l := &Letter{Agency: a.ID}
		for _, t := range a.Tasks {
			switch {
			case t.Category == followup.Overdue:
				l.Overdue = append(l.Overdue, t)
			case !t.Category.Done() && t.Due.Dated && !t.Due.Last.After(s.Day.AddDate(0, 0, opt.Soon)):
				l.Soon = append(l.Soon, t)
			}
		}
		if len(l.Overdue)+len(l.Soon) == 0 {
			continue
		}
		l.Doc = letterDoc(v, opt.Compiler)
		l.Letter = letterText(v, s, l, opt)
		out = append(out, l)
	}
	return out
}

// Subject is the trích yếu of a reminder letter on the plan of v.
func Subject(v *view.Doc) string {
	return "V/v đôn đốc thực hiện nhiệm vụ tại " + v.Name()
}

// letterDoc is the letter as a document of the plan's issuer: number and
// date left blank, the symbol the issuer's own ("UBND-" and a blank for
// the drafting office's code), the signing block without a name.
func letterDoc(v *view.Doc, compiler string) *plan.Plan {
	p := v.Plan
	sym := p.Symbol
	if _, after, ok := strings.Cut(sym, "-"); ok {
		sym = after
	}
	if a := v.Repo.Agency(p.Issuer); a != nil && len(a.Symbols) > 0 {
		sym = a.Symbols[0]
	}
	sig := p.Signature
	sig.Name = ""
	rec := []string{"Như trên;"}
	if compiler != "" {
		rec = append(rec, v.Agency(compiler).Short+" (để tổng hợp);")
	}
	rec = append(rec, "Lưu: VT.")
	return &plan.Plan{ID: p.ID, Kind: "CV", Issuer: p.Issuer, Symbol: sym + "-" + view.Blank, Place: p.Place,
		Title: Subject(v), Period: p.Period, Signature: sig, Recipients: rec, Template: p.Template}
}

func letterText(v *view.Doc, s *followup.Status, l *Letter, opt LetterOptions) report.Letter {
	name := v.Agency(l.Agency).Name
	issuer := v.Issuer().Name
	planText := fmt.Sprintf("%s ngày %s của %s về %s", v.Name(), v.ShortDate(), issuer, v.Text(v.Plan.Title))
	var counts []string
	if n := len(l.Overdue); n > 0 {
		counts = append(counts, fmt.Sprintf("%d nhiệm vụ đã quá thời hạn nhưng chưa hoàn thành", n))
	}
	if n := len(l.Soon); n > 0 {
		counts = append(counts, fmt.Sprintf("%d nhiệm vụ sẽ đến hạn trong %d ngày tới", n, opt.Soon))
	}
	body := fmt.Sprintf("Thực hiện %s, theo dõi đến ngày %s, %s còn %s (chi tiết tại bảng dưới đây):",
		planText, plan.ShortDate(s.Day), name, strings.Join(counts, " và "))
	via := ""
	if opt.Compiler != "" {
		via = " (qua " + v.Agency(opt.Compiler).Name + ")"
	}
	closing := fmt.Sprintf("Để bảo đảm tiến độ thực hiện Kế hoạch, %s yêu cầu %s khẩn trương chỉ đạo, tổ chức thực hiện hoàn thành các nhiệm vụ nêu trên; báo cáo kết quả thực hiện, khó khăn, vướng mắc (nếu có) về %s%s trước ngày%stháng%snăm%s./.",
		issuer, name, issuer, via, view.Blank, view.Blank, view.Blank)
	out := report.Letter{Subject: Subject(v), To: []string{name}, Body: []string{body}, Closing: []string{closing}, Columns: taskColumns()}
	groups := 0
	add := func(head string, ts []followup.Task) {
		if len(ts) == 0 {
			return
		}
		groups++
		out.Rows = append(out.Rows, report.Row{Group: true, Cells: []string{plan.Roman(groups), head}})
		for i, t := range ts {
			out.Rows = append(out.Rows, report.Row{Cells: taskCells(v, s, i+1, t)})
		}
	}
	add("Nhiệm vụ quá hạn chưa hoàn thành", l.Overdue)
	add(fmt.Sprintf("Nhiệm vụ sắp đến hạn (trong %d ngày)", opt.Soon), l.Soon)
	return out
}

func taskColumns() []report.Column {
	return []report.Column{
		{Label: "TT", Share: 0.06, Center: true},
		{Label: "Số thứ tự tại Kế hoạch", Share: 0.12, Center: true},
		{Label: "Nội dung nhiệm vụ", Share: 0.32},
		{Label: "Thời hạn", Share: 0.14, Center: true},
		{Label: "Tình trạng", Share: 0.12, Center: true},
		{Label: "Báo cáo gần nhất của đơn vị", Share: 0.24},
	}
}

// taskCells is a task's row: its number in the plan, its text whole, its
// deadline as the plan prints it, days overdue or left, and what the
// agency last reported.
func taskCells(v *view.Doc, s *followup.Status, n int, t followup.Task) []string {
	deadline := v.Deadline(t.Task).Text
	if deadline == "" {
		deadline = view.NoDeadline
	}
	if t.Due.Dated && deadline != plan.ShortDate(t.Due.Last) {
		deadline += " (" + plan.ShortDate(t.Due.Last) + ")"
	}
	state := fmt.Sprintf("Quá hạn %d ngày", t.Days)
	if t.Category != followup.Overdue {
		state = fmt.Sprintf("Còn %d ngày", int(t.Due.Last.Sub(s.Day).Hours()/24))
	}
	return []string{fmt.Sprint(n), t.Number.String(), v.Text(t.Task.Text), deadline, state, lastText(t)}
}

// lastText is what the agency last reported on a task, in words.
func lastText(t followup.Task) string {
	if t.Last == nil {
		return "Chưa báo cáo"
	}
	e := t.Last.Entry
	l := &status.Last{Period: t.Last.Period.ID, Status: e.Status, Result: e.Result}
	if !e.DoneOn.IsZero() {
		l.DoneOn = e.DoneOn.Format(time.DateOnly)
	}
	s := status.LastText(l, msg.VI)
	if e.Difficulty != "" {
		s += "; khó khăn: " + e.Difficulty
	}
	return s
}

// LettersReport is the workbook listing every letter: one group row per
// agency, its tasks under it.
func LettersReport(v *view.Doc, s *followup.Status, ls []*Letter) report.Report {
	rep := report.Report{
		Title:     []string{"DANH SÁCH CÔNG VĂN ĐÔN ĐỐC THỰC HIỆN NHIỆM VỤ", "tại " + v.Name()},
		Subtitle:  fmt.Sprintf("(theo dõi đến ngày %s; %d cơ quan, đơn vị)", plan.ShortDate(s.Day), len(ls)),
		Sheet:     "Đôn đốc",
		Landscape: true,
		Columns:   slices.Insert(taskColumns(), 1, report.Column{Label: "Cơ quan, đơn vị", Share: 0.14}),
	}
	for i, l := range ls {
		rep.Rows = append(rep.Rows, report.Row{Group: true, Cells: []string{fmt.Sprint(i + 1), fmt.Sprintf("%s (%d quá hạn, %d sắp đến hạn)", v.Agency(l.Agency).Name, len(l.Overdue), len(l.Soon))}})
		n := 0
		for _, ts := range [][]followup.Task{l.Overdue, l.Soon} {
			for _, t := range ts {
				n++
				rep.Rows = append(rep.Rows, report.Row{Cells: slices.Insert(taskCells(v, s, n, t), 1, v.Agency(l.Agency).Short)})
			}
		}
	}
	return rep
}

package followdoc

import (
	"fmt"
	"math"
	"strings"

	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/report"
	"github.com/kh-tools/kh/internal/view"
)

// Implementation is the consolidated "Báo cáo kết quả thực hiện Kế hoạch
// số …" of one period, from the status on the period's last day: the
// summary counts by category, per lead (a group with its members) each
// task reported on in the period with its status, result, difficulties
// and proposals, then the indicators with their results.
func Implementation(v *view.Doc, s *followup.Status, per progress.Period, m *followup.Missing) report.Report {
	from, to := per.DataWindow()
	rep := report.Report{
		Title: []string{"BÁO CÁO",
			fmt.Sprintf("Kết quả thực hiện %s ngày %s của %s về %s", v.Name(), v.ShortDate(), v.Issuer().Name, v.Text(v.Plan.Title))},
		Subtitle:  fmt.Sprintf("(Kỳ báo cáo: %s; số liệu từ ngày %s đến ngày %s)", per.Label(), plan.ShortDate(from), plan.ShortDate(to)),
		Sheet:     "Nhiệm vụ",
		Landscape: true,
		Columns: []report.Column{
			{Label: "TT", Share: 0.04, Center: true},
			{Label: "Số thứ tự tại Kế hoạch", Share: 0.08, Center: true},
			{Label: "Nội dung nhiệm vụ", Share: 0.22},
			{Label: "Cơ quan, đơn vị", Share: 0.1},
			{Label: "Thời hạn", Share: 0.08, Center: true},
			{Label: "Tình trạng", Share: 0.1, Center: true},
			{Label: "Kết quả thực hiện", Share: 0.16},
			{Label: "Khó khăn, vướng mắc", Share: 0.11},
			{Label: "Đề xuất, kiến nghị", Share: 0.11},
		},
	}
	rep.Intro = summary(s, m)
	rep.Rows = taskRows(v, s, per)
	rep.Parts = []report.Part{indicatorPart(v, s)}
	if absent := m.Absent(); len(absent) > 0 {
		var names []string
		for _, a := range absent {
			names = append(names, v.Agency(a.Agency).Short)
		}
		rep.Closing = append(rep.Closing, fmt.Sprintf("Các cơ quan, đơn vị chưa gửi báo cáo (%d): %s.", len(absent), strings.Join(names, "; ")))
	}
	return rep
}

// summary is the counts by category of QĐ 42/2014/QĐ-TTg and who reported.
func summary(s *followup.Status, m *followup.Missing) []string {
	n := s.Totals()
	out := []string{
		fmt.Sprintf("Đã nhận báo cáo của %d/%d cơ quan, đơn vị được giao nhiệm vụ.", len(m.Asked)-len(m.Absent()), len(m.Asked)),
		fmt.Sprintf("Tổng số %d lượt nhiệm vụ (mỗi cơ quan chủ trì, mỗi thành viên của nhóm được giao tính một lượt), trong đó: đã hoàn thành đúng hạn %d; đã hoàn thành quá hạn %d; đang thực hiện trong hạn %d; chưa hoàn thành, quá hạn %d; chưa thực hiện (còn trong hạn) %d; chưa có báo cáo %d.",
			n.Total, n.DoneOnTime, n.DoneLate, n.OnTrack, n.Overdue, n.NotStarted, n.NotReported),
	}
	v := s.Verdicts()
	out = append(out, fmt.Sprintf("Chỉ tiêu: %d lượt chỉ tiêu, trong đó đạt %d; đúng tiến độ %d; có nguy cơ không đạt %d; không đạt %d; chưa đánh giá được %d; chưa có kết quả %d.",
		len(s.Indicators), v[followup.Met], v[followup.OnPath], v[followup.AtRisk], v[followup.Missed], v[followup.NotAssessed], v[followup.NoResult]))
	return out
}

// taskRows are the tasks reported on in the period, under their lead as
// the plan names it (a group's row says how many of its members reported).
func taskRows(v *view.Doc, s *followup.Status, per progress.Period) []report.Row {
	var rows []report.Row
	leads := s.Leads()
	for i, l := range leads {
		head := v.Agency(l.ID).Name
		if len(l.Members) > 0 {
			head += fmt.Sprintf(" (đã báo cáo %d/%d thành viên)", len(l.Reported), len(l.Members))
		}
		var body []report.Row
		for _, t := range s.Tasks {
			lead := t.Agency
			if t.Via != "" {
				lead = t.Via
			}
			if lead != l.ID || t.Last == nil || t.Last.Period.ID != per.ID {
				continue
			}
			e := t.Last.Entry
			body = append(body, report.Row{Cells: []string{fmt.Sprint(len(body) + 1), t.Number.String(), v.Text(t.Task.Text),
				v.Agency(t.Agency).Short, deadlineText(v, t), t.Category.Text().VI, e.Result, e.Difficulty, e.Proposal}})
		}
		if len(body) == 0 {
			head += ": chưa có báo cáo trong kỳ"
		}
		rows = append(rows, report.Row{Group: true, Cells: []string{plan.Roman(i + 1), head}})
		rows = append(rows, body...)
	}
	return rows
}

func deadlineText(v *view.Doc, t followup.Task) string {
	if d := v.Deadline(t.Task).Text; d != "" {
		return d
	}
	return view.NoDeadline
}

// indicatorPart is the indicator table: each result reported by the end
// of the period against its target, with the verdict.
func indicatorPart(v *view.Doc, s *followup.Status) report.Part {
	part := report.Part{
		Heading: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
		Sheet:   "Chỉ tiêu",
		Columns: []report.Column{
			{Label: "TT", Share: 0.05, Center: true},
			{Label: "Số thứ tự tại Kế hoạch", Share: 0.09, Center: true},
			{Label: "Chỉ tiêu", Share: 0.34},
			{Label: "Cơ quan, đơn vị", Share: 0.13},
			{Label: "Mục tiêu", Share: 0.12, Center: true},
			{Label: "Kết quả thực hiện", Share: 0.14, Center: true},
			{Label: "Đánh giá", Share: 0.13, Center: true},
		},
	}
	for _, x := range s.Indicators {
		if x.Result == "" {
			continue
		}
		part.Rows = append(part.Rows, report.Row{Cells: []string{fmt.Sprint(len(part.Rows) + 1), x.Number.String(), v.Text(x.Indicator.Text),
			v.Agency(x.Agency).Short, x.Indicator.Target, x.Result, x.Verdict.Text().VI}})
	}
	if len(part.Rows) == 0 {
		part.Rows = append(part.Rows, report.Row{Group: true, Cells: []string{"", "Chưa có kết quả chỉ tiêu nào được báo cáo."}})
	}
	part.Chart = percentChart(s)
	return part
}

// percentChart sets the results of the indicators counted in percent
// against their targets: per indicator the mean of the results reported
// (one per reporting agency), in plan order; nil when there is none.
func percentChart(s *followup.Status) *report.Chart {
	type sum struct {
		n           int
		total, goal float64
		number      string
	}
	var order []string
	byID := map[string]*sum{}
	for _, x := range s.Indicators {
		if !x.Figures || x.Unit != "%" {
			continue
		}
		a := byID[x.Indicator.ID]
		if a == nil {
			a = &sum{goal: x.Target, number: x.Number.String()}
			byID[x.Indicator.ID] = a
			order = append(order, x.Indicator.ID)
		}
		a.n++
		a.total += x.Value.Number
	}
	if len(order) == 0 {
		return nil
	}
	c := &report.Chart{Title: "Kết quả so với mục tiêu (chỉ tiêu tính bằng %)", Unit: "%",
		Series: []report.Series{{Name: "Kết quả (bình quân các đơn vị đã báo cáo)"}, {Name: "Mục tiêu"}}}
	for _, id := range order {
		a := byID[id]
		label := "TT " + a.number
		if a.n > 1 {
			label += fmt.Sprintf(" (%d đơn vị)", a.n)
		}
		c.Categories = append(c.Categories, label)
		c.Series[0].Values = append(c.Series[0].Values, math.Round(a.total/float64(a.n)*10)/10)
		c.Series[1].Values = append(c.Series[1].Values, a.goal)
	}
	return c
}

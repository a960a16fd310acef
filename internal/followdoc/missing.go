// Package followdoc lays out the follow-up's documents for the renderers:
// the list of agencies that have not reported for a period (text, JSON and
// a workbook), the reminder letters (công văn đôn đốc) and the
// implementation report (báo cáo kết quả thực hiện). It decides what the
// documents say; internal/pdf, internal/word and internal/xlsx draw them.
package followdoc

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/report"
	"github.com/kh-tools/kh/internal/view"
)

// MissingList is the non-reporters list of one plan and period; the JSON
// names are a contract.
type MissingList struct {
	Plan   string `json:"plan"`
	Name   string `json:"name"`
	Period string `json:"period"`
	Label  string `json:"period_label"`
	Due    string `json:"due"`
	AsOf   string `json:"as_of"`
	// Late is set when the day is after the deadline; DaysLate counts
	// the days.
	Late     bool `json:"late"`
	DaysLate int  `json:"days_late,omitempty"`
	Asked    int  `json:"asked"`
	Sent     int  `json:"sent"`
	// Groups hold the agencies that have not sent, by the lead group
	// they report for ("" for agencies the plan names), in the order the
	// lists print them.
	Groups []*MissingGroup `json:"groups"`
}

// MissingGroup is a lead group with its members that have not sent.
type MissingGroup struct {
	ID      string           `json:"id"`
	Name    string           `json:"name"`
	Asked   int              `json:"asked"`
	Missing []*MissingAgency `json:"missing"`
}

// MissingAgency is one agency that has not sent its report.
type MissingAgency struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Tasks      int    `json:"tasks"`
	Indicators int    `json:"indicators"`
}

// Missing lays out who has not reported for m's period.
func Missing(v *view.Doc, m *followup.Missing) *MissingList {
	out := &MissingList{Plan: v.Plan.ID, Name: v.Name(), Period: m.Period.ID, Label: m.Period.Label(),
		Due: m.Due.Format(time.DateOnly), AsOf: m.Day.Format(time.DateOnly), Late: m.Late, Asked: len(m.Asked), Groups: []*MissingGroup{}}
	if m.Late {
		out.DaysLate = int(m.Day.Sub(m.Due).Hours() / 24)
	}
	byID := map[string]*MissingGroup{}
	group := func(id string) *MissingGroup {
		g := byID[id]
		if g == nil {
			g = &MissingGroup{ID: id, Missing: []*MissingAgency{}}
			if id != "" {
				g.Name = v.Agency(id).Name
			}
			byID[id] = g
			out.Groups = append(out.Groups, g)
		}
		return g
	}
	for _, a := range m.Asked {
		g := group(a.Groups[0])
		g.Asked++
		if a.Sent {
			out.Sent++
			continue
		}
		g.Missing = append(g.Missing, &MissingAgency{ID: a.Agency, Name: v.Agency(a.Agency).Name, Tasks: a.Tasks, Indicators: a.Indicators})
	}
	// Groups by name, the agencies the plan names itself last.
	slices.SortStableFunc(out.Groups, func(a, b *MissingGroup) int {
		if (a.ID == "") != (b.ID == "") {
			if a.ID == "" {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return out
}

// Absent counts the agencies that have not sent.
func (l *MissingList) Absent() int { return l.Asked - l.Sent }

func (l *MissingList) dates() (due, day time.Time) {
	due, _ = time.Parse(time.DateOnly, l.Due)
	day, _ = time.Parse(time.DateOnly, l.AsOf)
	return due, day
}

// WriteText prints the list for a terminal in lang.
func (l *MissingList) WriteText(w io.Writer, lang msg.Lang) error {
	due, day := l.dates()
	name := l.Name
	if lang == msg.EN {
		name = l.Plan
	}
	fmt.Fprintln(w, msg.MissingTitle.In(lang, l.periodText(lang), name))
	state := msg.MissingNotYet.In(lang, plan.ShortDate(due), plan.ShortDate(day))
	if l.Late {
		state = msg.MissingLate.In(lang, plan.ShortDate(due), plan.ShortDate(day), l.DaysLate)
	}
	fmt.Fprintln(w, state)
	fmt.Fprintln(w, msg.MissingCounts.In(lang, l.Sent, l.Asked, l.Absent()))
	for _, g := range l.Groups {
		if len(g.Missing) == 0 {
			continue
		}
		head := msg.MissingDirect.In(lang)
		if g.ID != "" {
			head = g.Name
		}
		fmt.Fprintf(w, "  %s\n", msg.MissingGroupHead.In(lang, head, len(g.Missing), g.Asked))
		for _, a := range g.Missing {
			fmt.Fprintf(w, "    - %s\n", msg.MissingRow.In(lang, a.Name, a.Tasks, a.Indicators))
		}
	}
	return nil
}

func (l *MissingList) periodText(lang msg.Lang) string {
	if lang == msg.EN {
		return l.Period
	}
	return l.Label
}

// Report is the list as a table document (the workbook): one row per
// agency that has not sent, under its group, with the counts above.
func (l *MissingList) Report() report.Report {
	due, day := l.dates()
	rep := report.Report{
		Title: []string{"DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO " + strings.ToUpper(l.Label),
			"thực hiện " + l.Name},
		Sheet: "Chưa báo cáo",
		Columns: []report.Column{
			{Label: "TT", Share: 0.06, Center: true},
			{Label: "Cơ quan, đơn vị", Share: 0.46},
			{Label: "Mã", Share: 0.2},
			{Label: "Số nhiệm vụ phải báo cáo", Share: 0.14, Center: true},
			{Label: "Số chỉ tiêu phải báo cáo", Share: 0.14, Center: true},
		},
	}
	state := fmt.Sprintf("Hạn gửi báo cáo: %s; tính đến ngày %s chưa đến hạn.", plan.ShortDate(due), plan.ShortDate(day))
	if l.Late {
		state = fmt.Sprintf("Hạn gửi báo cáo: %s; tính đến ngày %s đã quá hạn %d ngày.", plan.ShortDate(due), plan.ShortDate(day), l.DaysLate)
	}
	rep.Intro = []string{state, fmt.Sprintf("Đã gửi báo cáo: %d/%d cơ quan, đơn vị; chưa gửi: %d.", l.Sent, l.Asked, l.Absent())}
	groups := 0
	for _, g := range l.Groups {
		if len(g.Missing) == 0 {
			continue
		}
		groups++
		head := "Cơ quan, đơn vị được giao trực tiếp"
		if g.ID != "" {
			head = g.Name
		}
		rep.Rows = append(rep.Rows, report.Row{Group: true, Cells: []string{plan.Roman(groups), fmt.Sprintf("%s (chưa gửi %d/%d)", head, len(g.Missing), g.Asked)}})
		for i, a := range g.Missing {
			rep.Rows = append(rep.Rows, report.Row{Cells: []string{fmt.Sprint(i + 1), a.Name, a.ID, fmt.Sprint(a.Tasks), fmt.Sprint(a.Indicators)}})
		}
	}
	if groups == 0 {
		rep.Rows = append(rep.Rows, report.Row{Group: true, Cells: []string{"", "Tất cả các cơ quan, đơn vị đã gửi báo cáo."}})
	}
	return rep
}

package followup

import (
	"slices"
	"time"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/progress"
)

// SendDay is the day of the period's last month by which the province
// reports up (NĐ 09/2019/NĐ-CP Art. 13(1): "chậm nhất vào ngày 25 của
// tháng cuối kỳ báo cáo").
const SendDay = 25

// ReportDue is the day the plan's agencies must send their report for per:
// the province's own day (SendDay of the period's last month) less gap
// working days, so the office can compile (kho.yaml
// bao_cao_truoc_ngay_lam_viec); never before the day after the data
// cut-off (NĐ 09/2019 Art. 8(5) leaves at least one working day after it).
func ReportDue(per progress.Period, cal check.Calendar, gap int) time.Time {
	up := time.Date(per.To.Year(), per.To.Month(), SendDay, 0, 0, 0, 0, time.UTC)
	d := up
	for n := 0; n < gap; {
		d = d.AddDate(0, 0, -1)
		if cal.IsWorkingDay(d) {
			n++
		}
	}
	_, cut := per.DataWindow()
	if first := cal.AddWorkingDays(cut, 1); d.Before(first) {
		d = first
	}
	return d
}

// Asked is one agency asked for a period's report.
type Asked struct {
	Agency string
	// Groups are the lead groups it reports for, "" for tasks that name
	// it, in plan order.
	Groups []string
	// Tasks and Indicators count what it reports on in the period.
	Tasks, Indicators int
	Sent              bool
}

// Missing is who has and has not sent their report for a period.
type Missing struct {
	Period progress.Period
	// Due is the send deadline; Late is set when the day is after it.
	Due, Day time.Time
	Late     bool
	// Asked lists every agency asked, by id.
	Asked []Asked
}

// Missing lists the agencies asked for per's report and whether each sent
// it: an agency is asked when it reports on an indicator or on a task it
// had not recorded done before the period began.
func (s *Status) Missing(per progress.Period, due time.Time) *Missing {
	m := &Missing{Period: per, Due: due, Day: s.Day, Late: s.Day.After(due)}
	byID := map[string]*Asked{}
	ask := func(agency, via string) *Asked {
		a := byID[agency]
		if a == nil {
			a = &Asked{Agency: agency, Sent: s.set.Record(s.Plan.ID, per.ID, agency) != nil}
			byID[agency] = a
		}
		if !slices.Contains(a.Groups, via) {
			a.Groups = append(a.Groups, via)
		}
		return a
	}
	before := per.From.AddDate(0, 0, -1)
	for _, t := range s.Tasks {
		if s.set.DoneBy(s.Plan.ID, t.Task.ID, t.Agency, before) {
			continue
		}
		ask(t.Agency, t.Via).Tasks++
	}
	for _, x := range s.Indicators {
		ask(x.Agency, x.Via).Indicators++
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		m.Asked = append(m.Asked, *byID[id])
	}
	return m
}

// Absent lists the agencies asked that have not sent their report.
func (m *Missing) Absent() []Asked {
	var out []Asked
	for _, a := range m.Asked {
		if !a.Sent {
			out = append(out, a)
		}
	}
	return out
}

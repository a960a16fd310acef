package followup

import (
	"testing"
	"time"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestCategorise(t *testing.T) {
	due := check.Due{Last: day("2026-03-31"), Dated: true}
	tests := []struct {
		name, status string
		done         string
		due          check.Due
		on           string
		want         Category
		days         int
	}{
		{"done before the deadline", progress.Done, "2026-03-20", due, "2026-05-01", DoneOnTime, 0},
		{"done on the last day", progress.Done, "2026-03-31", due, "2026-05-01", DoneOnTime, 0},
		{"done after it", progress.Done, "2026-04-10", due, "2026-05-01", DoneLate, 10},
		{"in progress within", progress.InProgress, "", due, "2026-03-31", OnTrack, 0},
		{"in progress past", progress.InProgress, "", due, "2026-05-01", Overdue, 31},
		{"not started past", progress.NotStarted, "", due, "2026-04-01", Overdue, 1},
		{"no report within", "", "", due, "2026-03-01", NotStarted, 0},
		{"no report past", "", "", due, "2026-04-30", Overdue, 30},
		{"open deadline is never late", progress.InProgress, "", check.Due{}, "2030-01-01", OnTrack, 0},
		{"open deadline done", progress.Done, "2027-01-01", check.Due{}, "2030-01-01", DoneOnTime, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var done time.Time
			if tt.done != "" {
				done = day(tt.done)
			}
			got, n := categorise(tt.status, done, tt.due, day(tt.on))
			if got != tt.want || n != tt.days {
				t.Errorf("got %s %d, want %s %d", got, n, tt.want, tt.days)
			}
		})
	}
}

func TestIndicatorVerdicts(t *testing.T) {
	sp := span{day("2026-01-01"), day("2026-12-31")}
	tests := []struct {
		name, target, base, dir, result, period string
		want                                    Verdict
	}{
		{"met", "≥ 50%", "", "", "55%", "2026-Q1", Met},
		{"bare figure takes the unit", "≥ 50%", "", "", "50", "2026-Q2", Met},
		{"on path after a quarter", "100%", "", "", "30%", "2026-Q1", OnPath},
		{"behind after a quarter", "100%", "", "", "20%", "2026-Q1", AtRisk},
		{"behind at half year", "100%", "40%", "", "60%", "2026-H1", AtRisk},
		{"on path from the baseline", "100%", "40%", "", "75%", "2026-H1", OnPath},
		{"year over, not reached", "≥ 60%", "", "", "59%", "2026", Missed},
		{"milestone reached", "Hoàn thành", "", "", "Đã hoàn thành", "2026-Q1", Met},
		{"milestone under way", "Hoàn thành", "", "", "Đang triển khai", "2026-Q1", AtRisk},
		{"milestone not reached at year end", "Hoàn thành", "", "", "Chưa hoàn thành", "2026", Missed},
		{"lower is better", "≤ 5 ngày", "10 ngày", "giam", "7 ngày", "2026-H1", OnPath},
		{"rank", "Top 20", "", "", "Top 15", "2026-Q2", Met},
		{"words for a figure", "≥ 50%", "", "", "Đang tổng hợp", "2026-Q1", NotAssessed},
		{"composite target", "Cấp tỉnh 90%, cấp xã 60%", "", "", "80%", "2026-Q1", NotAssessed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			per, err := progress.ParsePeriod(tt.period)
			if err != nil {
				t.Fatal(err)
			}
			x := Indicator{Indicator: &plan.Indicator{ID: "x", Target: tt.target, Baseline: tt.base, Direction: tt.dir}, Result: tt.result, Period: per}
			x.assess(sp)
			if x.Verdict != tt.want {
				t.Errorf("verdict %s (expected %.1f), want %s", x.Verdict, x.Expected, tt.want)
			}
		})
	}
}

func realRepo(t *testing.T) *plan.Repo {
	t.Helper()
	res, err := load.Repo("../../plans", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Repo
}

// Co-leads and members each count for themselves: one sở finishing a task
// given to "các sở, ban, ngành" and "các địa phương" changes nothing for
// the other 146 reporters.
func TestMembersCountForThemselves(t *testing.T) {
	r := realRepo(t)
	p := r.Plan("na-kh-2026-cds")
	set := &progress.Set{Records: []*progress.Record{
		{Plan: p.ID, Period: "2026-Q1", Agency: "so-noi-vu", Tasks: []*progress.Entry{{ID: "nv-kien-toan-bo-may", Status: progress.Done, DoneOn: day("2026-03-20")}}},
		{Plan: p.ID, Period: "2026-Q1", Agency: "xa-anh-son", Tasks: []*progress.Entry{{ID: "nv-kien-toan-bo-may", Status: progress.InProgress}},
			Indicators: []*plan.RecordResult{{ID: "ct-trung-tam-hcc-xa", Result: "100%"}}},
		{Plan: p.ID, Period: "2026-Q2", Agency: "so-khcn", Tasks: []*progress.Entry{{ID: "nv-kien-toan-bo-may", Status: progress.Done, DoneOn: day("2026-04-10")}}},
	}}
	s := Build(r, p, set, day("2026-05-01"), check.Options{})
	var got = map[string]Category{}
	n := 0
	for _, t := range s.Tasks {
		if t.Task.ID == "nv-kien-toan-bo-may" {
			n++
			got[t.Agency] = t.Category
		}
	}
	if n != 17+130 {
		t.Fatalf("%d reporters of nv-kien-toan-bo-may", n)
	}
	want := map[string]Category{"so-noi-vu": DoneOnTime, "so-khcn": DoneLate, "xa-anh-son": Overdue, "so-tu-phap": Overdue}
	for id, c := range want {
		if got[id] != c {
			t.Errorf("%s: %s, want %s", id, got[id], c)
		}
	}
	for _, l := range s.Leads() {
		switch l.ID {
		case "cac-so-nganh":
			if len(l.Members) != 17 || len(l.Reported) != 2 || l.DoneOnTime != 1 || l.DoneLate != 1 {
				t.Errorf("cac-so-nganh: %d members, %d reported, %+v", len(l.Members), len(l.Reported), l.Counts)
			}
		case "cac-dia-phuong":
			if len(l.Members) != 130 || len(l.Reported) != 1 || len(l.Missing) != 129 {
				t.Errorf("cac-dia-phuong: %d members, %d reported", len(l.Members), len(l.Reported))
			}
		}
	}
	for _, x := range s.IndicatorsOf("xa-anh-son") {
		if x.Indicator.ID == "ct-trung-tam-hcc-xa" && x.Verdict != Met {
			t.Errorf("ct-trung-tam-hcc-xa: %s", x.Verdict)
		}
	}
	if tt := s.Totals(); tt.Total != len(s.Tasks) || tt.DoneOnTime+tt.DoneLate+tt.OnTrack+tt.Overdue+tt.NotStarted != tt.Total {
		t.Errorf("totals do not add up: %+v", tt)
	}
}

// The send deadline: the 25th of the period's last month less the gap in
// working days, never before the working day after the data cut-off.
func TestReportDue(t *testing.T) {
	cal := calendar.New()
	tests := []struct {
		period string
		gap    int
		want   string
	}{
		{"2026-Q2", 5, "2026-06-18"}, // 25/6 is a Thursday: 24, 23, 22, 19, 18
		{"2026-Q1", 0, "2026-03-25"},
		{"2026-Q1", 10, "2026-03-16"}, // 11/3 would be before the cut-off of 14/3
		{"2026", 5, "2026-12-18"},
	}
	for _, tt := range tests {
		per, err := progress.ParsePeriod(tt.period)
		if err != nil {
			t.Fatal(err)
		}
		if got := ReportDue(per, cal, tt.gap).Format(time.DateOnly); got != tt.want {
			t.Errorf("%s gap %d: %s, want %s", tt.period, tt.gap, got, tt.want)
		}
	}
}

// Who has not reported: every member of a group is asked for itself, an
// agency that finished all its tasks before the period is not asked
// again unless it reports on an indicator.
func TestMissing(t *testing.T) {
	r := realRepo(t)
	p := r.Plan("na-kh-2026-cds")
	set := &progress.Set{Records: []*progress.Record{
		{Plan: p.ID, Period: "2026-Q2", Agency: "so-noi-vu"},
		{Plan: p.ID, Period: "2026-Q2", Agency: "xa-anh-son"},
		{Plan: p.ID, Period: "2026-Q1", Agency: "so-tu-phap"},
	}}
	s := Build(r, p, set, day("2026-07-01"), check.Options{})
	per, _ := progress.ParsePeriod("2026-Q2")
	m := s.Missing(per, day("2026-06-18"))
	if !m.Late {
		t.Error("1/7 is after the deadline of 18/6")
	}
	sent := map[string]bool{}
	for _, a := range m.Asked {
		sent[a.Agency] = a.Sent
	}
	for id, want := range map[string]bool{"so-noi-vu": true, "xa-anh-son": true, "so-tu-phap": false, "xa-yen-thanh": false} {
		if got, ok := sent[id]; !ok || got != want {
			t.Errorf("%s: asked %v, sent %v, want sent %v", id, ok, got, want)
		}
	}
	if n := len(m.Absent()); n != len(m.Asked)-2 {
		t.Errorf("%d absent of %d asked", n, len(m.Asked))
	}
}

package progress

import (
	"strings"
	"testing"
	"time"

	"github.com/kh-tools/kh/internal/plan"
)

func day(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}

func TestParsePeriod(t *testing.T) {
	tests := []struct{ in, from, to, label string }{
		{"2026", "2026-01-01", "2026-12-31", "Năm 2026"},
		{"2026-H1", "2026-01-01", "2026-06-30", "6 tháng đầu năm 2026"},
		{"2026-H2", "2026-07-01", "2026-12-31", "6 tháng cuối năm 2026"},
		{"2026-Q1", "2026-01-01", "2026-03-31", "Quý I/2026"},
		{"2026-Q4", "2026-10-01", "2026-12-31", "Quý IV/2026"},
		{"2026-02", "2026-02-01", "2026-02-28", "Tháng 2/2026"},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.in)
		if err != nil || !p.From.Equal(day(tt.from)) || !p.To.Equal(day(tt.to)) || p.Label() != tt.label {
			t.Errorf("ParsePeriod(%q) = %v %v %q, %v", tt.in, p.From, p.To, p.Label(), err)
		}
	}
	for _, bad := range []string{"", "2026-Q5", "2026-13", "Q1-2026", "2026-q1", "26"} {
		if _, err := ParsePeriod(bad); err == nil {
			t.Errorf("ParsePeriod(%q) accepted", bad)
		}
	}
}

func fixture() (*plan.Repo, *plan.Plan) {
	r := &plan.Repo{Registries: []*plan.Registry{{Agencies: []*plan.Agency{{ID: "so-khcn", Name: "Sở KH&CN"}, {ID: "so-noi-vu", Name: "Sở Nội vụ"}}}}}
	p := &plan.Plan{ID: "kh", Date: day("2026-01-05"), Appendices: []*plan.Appendix{{Groups: []*plan.Group{{Tasks: []*plan.Task{
		{ID: "a", Lead: []string{"so-khcn"}}, {ID: "b", Lead: []string{"so-noi-vu"}},
	}}}}}}
	r.Plans = []*plan.Plan{p}
	r.Index()
	return r, p
}

func TestValidate(t *testing.T) {
	r, p := fixture()
	tests := []struct {
		name string
		rec  Record
		want []string
	}{
		{"clean", Record{Plan: "kh", Period: "2026-Q1", Agency: "so-khcn", Tasks: []*Entry{{ID: "a", Status: Done, DoneOn: day("2026-03-01")}}}, nil},
		{"bad period", Record{Plan: "kh", Period: "Q1/2026", Agency: "so-khcn"}, []string{"KH121"}},
		{"unknown task", Record{Plan: "kh", Period: "2026", Agency: "so-khcn", Tasks: []*Entry{{ID: "x", Status: Done}}}, []string{"KH122"}},
		{"not lead", Record{Plan: "kh", Period: "2026", Agency: "so-khcn", Tasks: []*Entry{{ID: "b", Status: InProgress}}}, []string{"KH123"}},
		{"before issue", Record{Plan: "kh", Period: "2026", Agency: "so-khcn", Tasks: []*Entry{{ID: "a", Status: Done, DoneOn: day("2025-12-01")}}}, []string{"KH124"}},
		{"date without done", Record{Plan: "kh", Period: "2026", Agency: "so-khcn", Tasks: []*Entry{{ID: "a", Status: InProgress, DoneOn: day("2026-02-01")}}}, []string{"KH124"}},
		{"duplicate entry", Record{Plan: "kh", Period: "2026", Agency: "so-khcn", Tasks: []*Entry{{ID: "a", Status: Done}, {ID: "a", Status: Done}}}, []string{"KH120"}},
		{"unknown agency", Record{Plan: "kh", Period: "2026", Agency: "so-x"}, []string{"KH010"}},
		{"other plan", Record{Plan: "khac", Period: "bad"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := tt.rec
			var got []string
			for _, d := range Validate(r, p, &Set{Records: []*Record{&rec}}, time.Time{}) {
				got = append(got, d.Rule)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("rules = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDoneByAndStatus(t *testing.T) {
	s := &Set{Records: []*Record{
		{Plan: "kh", Period: "2026-Q1", Agency: "so-khcn", Tasks: []*Entry{{ID: "a", Status: InProgress}, {ID: "b", Status: Done}}},
		{Plan: "kh", Period: "2026-Q2", Agency: "so-khcn", Tasks: []*Entry{{ID: "a", Status: Done, DoneOn: day("2026-05-10")}}},
	}}
	tests := []struct {
		task, day string
		done      bool
		status    string
	}{
		{"a", "2026-03-31", false, InProgress},
		{"a", "2026-05-09", false, InProgress},
		{"a", "2026-05-10", true, Done},
		// Undated completion counts from the end of its period.
		{"b", "2026-03-30", false, InProgress},
		{"b", "2026-03-31", true, Done},
		{"c", "2026-12-31", false, ""},
	}
	for _, tt := range tests {
		if got := s.DoneBy("kh", tt.task, "", day(tt.day)); got != tt.done {
			t.Errorf("DoneBy(%s, %s) = %v", tt.task, tt.day, got)
		}
		if got, _ := s.Status("kh", tt.task, "so-khcn", day(tt.day)); got != tt.status {
			t.Errorf("Status(%s, %s) = %q, want %q", tt.task, tt.day, got, tt.status)
		}
	}
	if s.DoneBy("other", "b", "", day("2027-01-01")) || s.DoneBy("kh", "b", "so-noi-vu", day("2027-01-01")) {
		t.Error("records of another plan counted")
	}
}

// Marshal writes the indicator results with the tasks, and nothing for a
// record without results.
func TestMarshalResults(t *testing.T) {
	rec := &Record{Plan: "p", Period: "2026-Q2", Agency: "xa-anh-son",
		Tasks:      []*Entry{{ID: "nv-a", Status: InProgress}},
		Indicators: []*plan.RecordResult{{ID: "ct-a", Result: "100%", Note: "Theo báo cáo của xã"}, {ID: "ct-b", Result: "Hoàn thành"}}}
	data, err := Marshal(rec, "tien-do.json")
	if err != nil {
		t.Fatal(err)
	}
	want := "chi_tieu:\n  - id: ct-a\n    ket_qua: 100%\n    ghi_chu: Theo báo cáo của xã\n  - id: ct-b\n    ket_qua: Hoàn thành\n"
	if !strings.HasSuffix(string(data), want) {
		t.Errorf("got\n%s\nwant it to end with\n%s", data, want)
	}
	rec.Indicators = nil
	if data, _ := Marshal(rec, "tien-do.json"); strings.Contains(string(data), "chi_tieu") {
		t.Errorf("an empty result list is written:\n%s", data)
	}
}

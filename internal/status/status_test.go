package status

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
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

// fixture is a plan of four tasks: two led by Sở KH&CN, one by Sở Nội vụ
// (with a short name the registry lacks), one by both.
func fixture() (*plan.Repo, *plan.Plan) {
	r := &plan.Repo{Registries: []*plan.Registry{{Agencies: []*plan.Agency{
		{ID: "ubnd", Name: "Ủy ban nhân dân tỉnh", Short: []string{"UBND tỉnh"}},
		{ID: "so-khcn", Name: "Sở Khoa học và Công nghệ", Short: []string{"Sở KH&CN"}},
		{ID: "so-noi-vu", Name: "Sở Nội vụ"},
	}}}}
	p := &plan.Plan{ID: "kh", Kind: "KH", Issuer: "ubnd", Number: 12, Symbol: "KH-UBND", Date: day("2026-01-05"), Period: "Năm 2026",
		Appendices: []*plan.Appendix{{ID: "pl01", Kind: plan.AppendixTasks, Groups: []*plan.Group{{ID: "g", Tasks: []*plan.Task{
			{ID: "a", Text: "A", Lead: []string{"so-khcn"}, Deadline: "Quý I/2026"},
			{ID: "b", Text: "B", Lead: []string{"so-khcn"}, Deadline: "Quý IV/2026"},
			{ID: "c", Text: "C", Lead: []string{"so-noi-vu"}, Deadline: "Tháng 02/2026"},
			{ID: "d", Text: "D", Lead: []string{"so-noi-vu", "so-khcn"}, Deadline: "Quý II/2026"},
		}}}}}}
	r.Plans = []*plan.Plan{p}
	r.Index()
	return r, p
}

func TestBuild(t *testing.T) {
	r, p := fixture()
	set := &progress.Set{Records: []*progress.Record{
		{Plan: "kh", Period: "2026-Q1", Agency: "so-khcn", Tasks: []*progress.Entry{
			{ID: "a", Status: progress.Done, DoneOn: day("2026-03-20")},
			{ID: "b", Status: progress.InProgress},
		}},
		{Plan: "kh", Period: "2026-Q1", Agency: "so-noi-vu", Tasks: []*progress.Entry{{ID: "c", Status: progress.NotStarted}}},
		// Another plan's record changes nothing.
		{Plan: "khac", Period: "2026-Q1", Agency: "so-noi-vu", Tasks: []*progress.Entry{{ID: "c", Status: progress.Done}}},
	}}
	tests := []struct {
		asOf string
		want []Agency
	}{
		// "a" is reported done on 20/3: before that it counts as in progress.
		{"2026-02-15", []Agency{
			{ID: "so-khcn", Name: "Sở KH&CN", Total: 3, InProgress: 2, NotStarted: 1, NoReport: 1, OverdueIDs: []string{}},
			{ID: "so-noi-vu", Name: "Sở Nội vụ", Total: 2, NotStarted: 2, NoReport: 1, OverdueIDs: []string{}},
		}},
		// After 31/3 "c" (February) is overdue; "a" was done in time.
		{"2026-04-15", []Agency{
			{ID: "so-khcn", Name: "Sở KH&CN", Total: 3, Done: 1, InProgress: 1, NotStarted: 1, NoReport: 1, OverdueIDs: []string{}},
			{ID: "so-noi-vu", Name: "Sở Nội vụ", Total: 2, NotStarted: 2, NoReport: 1, Overdue: 1, OverdueIDs: []string{"c"}},
		}},
		// Past mid-year "d" is overdue for both its leads.
		{"2026-07-15", []Agency{
			{ID: "so-khcn", Name: "Sở KH&CN", Total: 3, Done: 1, InProgress: 1, NotStarted: 1, NoReport: 1, Overdue: 1, OverdueIDs: []string{"d"}},
			{ID: "so-noi-vu", Name: "Sở Nội vụ", Total: 2, NotStarted: 2, NoReport: 1, Overdue: 2, OverdueIDs: []string{"c", "d"}},
		}},
	}
	for _, tt := range tests {
		rep := Build(r, p, set, day(tt.asOf), check.Options{})
		var got []Agency
		for _, a := range rep.Agencies {
			got = append(got, *a)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("as of %s (-want +got):\n%s", tt.asOf, d)
		}
		if rep.Plan != "kh" || rep.AsOf != tt.asOf {
			t.Errorf("report = %s %s", rep.Plan, rep.AsOf)
		}
	}
}

func TestWriteText(t *testing.T) {
	r, p := fixture()
	rep := Build(r, p, &progress.Set{}, day("2026-04-15"), check.Options{})
	tests := []struct {
		lang diag.Lang
		want []string
	}{
		{diag.VI, []string{
			"Tiến độ Kế hoạch số 12/KH-UBND tính đến ngày 15/4/2026",
			"Cơ quan chủ trì  Tổng  Hoàn thành  Đang thực hiện  Chưa thực hiện  (chưa báo cáo)  Quá hạn",
			"Sở KH&CN         3     0           0               3               3               1",
			"Sở Nội vụ        2     0           0               2               2               1",
		}},
		{diag.EN, []string{
			"Progress of kh as of 2026-04-15",
			"Lead agency  Total  Done  In progress  Not started  (no report)  Overdue",
			"Sở KH&CN     3      0     0            3            3            1",
			"Sở Nội vụ    2      0     0            2            2            1",
		}},
	}
	for _, tt := range tests {
		var b strings.Builder
		if err := WriteText(&b, r, p, rep, tt.lang); err != nil {
			t.Fatal(err)
		}
		got := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
		for i := range got {
			got[i] = strings.TrimRight(got[i], " ")
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%v (-want +got):\n%s", tt.lang, d)
		}
	}
}

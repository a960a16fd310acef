package status

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/golden"
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

type counts struct {
	id                                                          string
	total, onTime, late, onTrack, overdue, notStarted, noReport int
	overdueIDs                                                  string
}

func TestBuild(t *testing.T) {
	r, p := fixture()
	set := &progress.Set{Records: []*progress.Record{
		{Plan: "kh", Period: "2026-Q1", Agency: "so-khcn", Tasks: []*progress.Entry{
			{ID: "a", Status: progress.Done, DoneOn: day("2026-03-20")},
			{ID: "b", Status: progress.InProgress},
		}},
		{Plan: "kh", Period: "2026-Q1", Agency: "so-noi-vu", Tasks: []*progress.Entry{{ID: "c", Status: progress.NotStarted}}},
		// One co-lead's record of "d" leaves the other's share alone.
		{Plan: "kh", Period: "2026-Q2", Agency: "so-noi-vu", Tasks: []*progress.Entry{{ID: "d", Status: progress.Done, DoneOn: day("2026-07-02")}}},
		// Another plan's record changes nothing.
		{Plan: "khac", Period: "2026-Q1", Agency: "so-noi-vu", Tasks: []*progress.Entry{{ID: "c", Status: progress.Done}}},
	}}
	tests := []struct {
		asOf string
		want []counts
	}{
		// "a" is reported done on 20/3: before that it counts as in progress.
		{"2026-02-15", []counts{
			{"so-khcn", 3, 0, 0, 2, 0, 1, 1, ""},
			{"so-noi-vu", 2, 0, 0, 0, 0, 2, 1, ""},
		}},
		// After 31/3 "c" (February) is overdue; "a" was done in time; the
		// Q2 record, begun by then, has "d" under way (done only on 2/7).
		{"2026-04-15", []counts{
			{"so-khcn", 3, 1, 0, 1, 0, 1, 1, ""},
			{"so-noi-vu", 2, 0, 0, 1, 1, 0, 0, "c"},
		}},
		// Past mid-year "d" is late: Sở Nội vụ finished it on 2/7, two
		// days after its deadline; Sở KH&CN has not.
		{"2026-07-15", []counts{
			{"so-khcn", 3, 1, 0, 1, 1, 0, 1, "d"},
			{"so-noi-vu", 2, 0, 1, 0, 1, 0, 0, "c"},
		}},
	}
	for _, tt := range tests {
		rep := Build(r, p, set, day(tt.asOf), check.Options{})
		var got []counts
		for _, a := range rep.Agencies {
			got = append(got, counts{a.ID, a.Total, a.DoneOnTime, a.DoneLate, a.OnTrack, a.Overdue, a.NotStarted, a.NotReported, strings.Join(a.OverdueIDs, ",")})
		}
		if d := cmp.Diff(tt.want, got, cmp.AllowUnexported(counts{})); d != "" {
			t.Errorf("as of %s (-want +got):\n%s", tt.asOf, d)
		}
		if rep.Plan != "kh" || rep.AsOf != tt.asOf {
			t.Errorf("report = %s %s", rep.Plan, rep.AsOf)
		}
	}
}

func TestWriteText(t *testing.T) {
	r, p := fixture()
	set := &progress.Set{Records: []*progress.Record{{Plan: "kh", Period: "2026-Q1", Agency: "so-noi-vu", Tasks: []*progress.Entry{
		{ID: "c", Status: progress.InProgress, Result: "Đã dự thảo quy chế"}}}}}
	rep := Build(r, p, set, day("2026-04-15"), check.Options{})
	for _, lang := range []diag.Lang{diag.VI, diag.EN} {
		var b strings.Builder
		if err := WriteText(&b, rep, lang, false); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, "../../testdata/status/text."+lang.String()+".txt", b.String())
	}
}

package checkrun

import (
	"strings"
	"testing"
	"time"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
)

func TestWriteAgenda(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	items := []check.AgendaItem{
		{PlanID: "kh", TaskID: "nv-1", Text: "Rà soát\nchi tiết", Due: day(20), Days: 5},
		{Agency: "Sở KH&CN", PlanID: "kh", TaskID: "nv-2", Text: strings.Repeat("x", 80), Due: day(10), Days: 5, Overdue: true},
		{Agency: "Sở KH&CN", PlanID: "kh", TaskID: "nv-3", Text: "Báo cáo", Due: day(25), Days: 10},
	}
	for _, tc := range []struct {
		lang  msg.Lang
		items []check.AgendaItem
		want  string
	}{
		{msg.VI, items, "\nĐến ngày 15/3/2026, theo đơn vị chủ trì:\n" +
			"  (chưa giao đơn vị chủ trì)\n    20/3/2026  kh/nv-1 (còn 5 ngày) Rà soát\n" +
			"  Sở KH&CN\n    10/3/2026  kh/nv-2 (quá hạn 5 ngày) " + strings.Repeat("x", 70) + "…\n" +
			"    25/3/2026  kh/nv-3 (còn 10 ngày) Báo cáo\n"},
		{msg.EN, items[:1], "\nAs of 15/3/2026, by lead agency:\n  (no lead agency)\n    20/3/2026  kh/nv-1 (due in 5 days) Rà soát\n"},
		{msg.EN, nil, "\nAs of 15/3/2026, by lead agency:\n  (none)\n"},
	} {
		var b strings.Builder
		WriteAgenda(&b, tc.items, day(15), tc.lang)
		if b.String() != tc.want {
			t.Errorf("%s:\n%q\nwant\n%q", tc.lang, b.String(), tc.want)
		}
	}
}

func TestWithoutAgenda(t *testing.T) {
	ds := []diag.Diagnostic{{Rule: "KH117"}, {Rule: "KH004"}, {Rule: "KH118"}}
	if got := WithoutAgenda(ds); len(got) != 1 || got[0].Rule != "KH004" {
		t.Errorf("WithoutAgenda = %v, want the KH004 finding alone", got)
	}
}

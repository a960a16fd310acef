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
	items = append(items,
		check.AgendaItem{Agency: "Sở KH&CN", Number: "25 (Phụ lục 02)", PlanID: "kh", TaskID: "nv-4", Text: "IOC", Due: day(31), Days: 16,
			Last: &check.LastReport{Period: "2026-Q1", Status: "dang_thuc_hien", Result: "Đã khảo sát"}},
		check.AgendaItem{Agency: "Sở KH&CN", PlanID: "kh", TaskID: "nv-5", Text: strings.Repeat("y ", 60), Due: day(31), Days: 16, Members: 17, Reported: 3, Done: 1})
	for _, tc := range []struct {
		lang  msg.Lang
		items []check.AgendaItem
		full  bool
		want  string
	}{
		{msg.VI, items, false, "\nĐến ngày 15/3/2026, theo đơn vị chủ trì:\n" +
			"  (chưa giao đơn vị chủ trì)\n    TT — · hạn 20/3/2026 (còn 5 ngày) · kh/nv-1\n      Rà soát chi tiết\n      chưa báo cáo\n" +
			"  Sở KH&CN\n    TT — · hạn 10/3/2026 (quá hạn 5 ngày) · kh/nv-2\n      " + strings.Repeat("x", 80) + "\n      chưa báo cáo\n" +
			"    TT — · hạn 25/3/2026 (còn 10 ngày) · kh/nv-3\n      Báo cáo\n      chưa báo cáo\n" +
			"    TT 25 (Phụ lục 02) · hạn 31/3/2026 (còn 16 ngày) · kh/nv-4\n      IOC\n      báo cáo gần nhất: Quý I/2026: Đang thực hiện — Đã khảo sát\n" +
			"    TT — · hạn 31/3/2026 (còn 16 ngày) · kh/nv-5\n      " + strings.TrimSpace(strings.Repeat("y ", 45)) + "…\n      17 thành viên: 3 đã báo cáo, 1 đã hoàn thành\n"},
		{msg.EN, items[:1], false, "\nAs of 15/3/2026, by lead agency:\n  (no lead agency)\n    no. — · due 20/3/2026 (due in 5 days) · kh/nv-1\n      Rà soát chi tiết\n      no report yet\n"},
		{msg.VI, items[4:], true, "\nĐến ngày 15/3/2026, theo đơn vị chủ trì:\n  Sở KH&CN\n    TT — · hạn 31/3/2026 (còn 16 ngày) · kh/nv-5\n      " + strings.Repeat("y ", 60) + "\n      17 thành viên: 3 đã báo cáo, 1 đã hoàn thành\n"},
		{msg.EN, nil, false, "\nAs of 15/3/2026, by lead agency:\n  (none)\n"},
	} {
		var b strings.Builder
		WriteAgenda(&b, tc.items, day(15), tc.lang, tc.full)
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

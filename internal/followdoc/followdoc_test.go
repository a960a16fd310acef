package followdoc

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/xlsx"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// plan2026 is the 2026 plan with three Q2 records: a sở, a commune and a
// sở that only reported for Q1.
func plan2026(t *testing.T, on string) (*plan.Repo, *followup.Status) {
	t.Helper()
	res, err := load.Repo("../../plans", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := res.Repo
	p := r.Plan("na-kh-2026-cds")
	set := &progress.Set{Records: []*progress.Record{
		{Plan: p.ID, Period: "2026-Q2", Agency: "so-noi-vu", Tasks: []*progress.Entry{
			{ID: "nv-kien-toan-bo-may", Status: progress.Done, DoneOn: day("2026-03-20"), Result: "Đã kiện toàn Ban chỉ đạo"},
			{ID: "nv-quy-che-hoat-dong", Status: progress.InProgress, Difficulty: "Chưa có hướng dẫn", Proposal: "Đề nghị Sở KH&CN hướng dẫn"}}},
		{Plan: p.ID, Period: "2026-Q2", Agency: "xa-anh-son", Tasks: []*progress.Entry{{ID: "nv-kien-toan-bo-may", Status: progress.InProgress}},
			Indicators: []*plan.RecordResult{{ID: "ct-trung-tam-hcc-xa", Result: "100%"}}},
		{Plan: p.ID, Period: "2026-Q1", Agency: "so-tu-phap", Tasks: []*progress.Entry{{ID: "nv-kien-toan-bo-may", Status: progress.NotStarted}}},
	}}
	return r, followup.Build(r, p, set, day(on), check.Options{})
}

func TestMissingList(t *testing.T) {
	r, s := plan2026(t, "2026-07-01")
	per, _ := progress.ParsePeriod("2026-Q2")
	l := Missing(view.New(r, s.Plan), s.Missing(per, day("2026-06-18")))
	if !l.Late || l.DaysLate != 13 || l.Sent != 2 || l.Absent() != l.Asked-2 {
		t.Fatalf("late %v (%d days), %d sent of %d", l.Late, l.DaysLate, l.Sent, l.Asked)
	}
	var text bytes.Buffer
	if err := l.WriteText(&text, msg.VI); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Chưa gửi báo cáo Quý II/2026 — Kế hoạch số 1174/KH-UBND", "quá hạn 13 ngày",
		"Các sở, ban, ngành cấp tỉnh: chưa gửi 16/17", "Các địa phương: chưa gửi 129/130", "- Sở Tư pháp ("} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, text.String())
		}
	}
	if strings.Contains(text.String(), "Sở Nội vụ") {
		t.Error("Sở Nội vụ sent its report but is listed")
	}
	var b bytes.Buffer
	if err := xlsx.WriteReport(&b, l.Report()); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := x.GetRows("Chưa báo cáo")
	if err != nil {
		t.Fatal(err)
	}
	var cells []string
	for _, row := range rows {
		cells = append(cells, strings.Join(row, "|"))
	}
	all := strings.Join(cells, "\n")
	for _, want := range []string{"DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO QUÝ II/2026", "thực hiện Kế hoạch số 1174/KH-UBND",
		"Hạn gửi báo cáo: 18/6/2026; tính đến ngày 01/7/2026 đã quá hạn 13 ngày.",
		"TT|Cơ quan, đơn vị|Mã|Số nhiệm vụ phải báo cáo|Số chỉ tiêu phải báo cáo",
		"I|Các địa phương (chưa gửi 129/130)", "Sở Tư pháp|so-tu-phap|"} {
		if !strings.Contains(all, want) {
			t.Errorf("workbook lacks %q", want)
		}
	}
	if strings.Contains(all, "|so-noi-vu|") || strings.Contains(all, "|xa-anh-son|") {
		t.Error("an agency that sent is listed")
	}
}

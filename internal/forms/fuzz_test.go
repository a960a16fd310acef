package forms

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

// FuzzRead feeds kh import arbitrary bytes as a workbook: seeded with a real
// form, a filled one and junk, it must never panic, and whatever it accepts
// must be a record of the form's own agency for tasks that agency reports on,
// with completion dates only on done tasks, within the years a plan can be
// about and not after today.
func FuzzRead(f *testing.F) {
	r, form := form(f, "so-noi-vu")
	blank := write(f, r, form)
	f.Add(blank)
	f.Add(fill(f, blank, "Hoàn thành", time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC), "Đã kiện toàn"))
	f.Add(fill(f, blank, "Đang thực hiện", "", "=cmd|' /C calc'!A0"))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		fl, err := Read("f.xlsx", bytes.NewReader(data))
		if err != nil {
			return
		}
		p, rec, err := fl.Record(r, today, noDeadlines)
		if err != nil {
			return
		}
		checkRecord(t, r, p, rec)
	})
}

// FuzzAnswers fills the answer cells of a real form with arbitrary text, as
// an agency could type anything: the import either refuses with a message
// or stores exactly what was typed (trimmed), never a formula.
func FuzzAnswers(f *testing.F) {
	r, form := form(f, "so-noi-vu")
	blank := write(f, r, form)
	for _, seed := range [][4]string{
		{"Hoàn thành", "20/3/2026", "Đã kiện toàn", ""},
		{"Hoàn thành", "46101", "", ""},
		{"Hoàn thành", "1e308", "", ""},
		{"Hoàn thành", "10/4/2026", "", "Chờ kinh phí"},
		{"Đang thực hiện", "", "=HYPERLINK(\"x\")", "@SUM(A1)"},
		{"chua_thuc_hien", "", "+84 912", "- ý kiến"},
		{"", "", "", ""},
		{"Hoàn thành", "-1", "\t=1+1", "\r\n"},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	f.Fuzz(func(t *testing.T, status, date, result, difficulty string) {
		if strings.ContainsFunc(status+date+result+difficulty, func(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' }) {
			return // XML cannot hold these: excelize writes U+FFFD, not what was typed
		}
		x, err := excelize.OpenReader(bytes.NewReader(blank))
		if err != nil {
			t.Fatal(err)
		}
		for col, v := range map[int]string{colStatus: status, colDoneOn: date, colResult: result, colDifficulty: difficulty} {
			if err := x.SetCellStr(ReportSheet, cellRef(col, firstRow), v); err != nil {
				return // excelize refuses it (too long, invalid): not an input
			}
		}
		var b bytes.Buffer
		if err := x.Write(&b); err != nil {
			return
		}
		fl, err := Read("f.xlsx", &b)
		if err != nil {
			t.Fatalf("a form with typed answers is refused as a workbook: %v", err)
		}
		p, rec, err := fl.Record(r, today, noDeadlines)
		if err != nil {
			return
		}
		checkRecord(t, r, p, rec)
		for _, e := range rec.Tasks {
			if e.ID != form.Tasks[0].ID {
				continue
			}
			if want := clean(strings.ToValidUTF8(result, "\uFFFD")); e.Result != want && strings.ToValidUTF8(result, "") == result {
				t.Errorf("result stored as %q, typed %q", e.Result, result)
			}
		}
	})
}

func checkRecord(t *testing.T, r *plan.Repo, p *plan.Plan, rec *progress.Record) {
	t.Helper()
	per, err := progress.ParsePeriod(rec.Period)
	if err != nil {
		t.Fatalf("record accepted for the period %q: %v", rec.Period, err)
	}
	var own []*plan.Task
	for _, f := range Build(r, p, per) {
		if f.Agency == rec.Agency {
			own = f.Tasks
		}
	}
	for _, e := range rec.Tasks {
		tk := p.Task(e.ID)
		if tk == nil || !slices.Contains(own, tk) {
			t.Fatalf("record of %s holds task %q, which it does not report on", rec.Agency, e.ID)
		}
		if !e.DoneOn.IsZero() {
			if e.Status != progress.Done || e.DoneOn.After(today) || !plan.ValidYear(e.DoneOn.Year()) {
				t.Fatalf("task %s: completion %v with status %s", e.ID, e.DoneOn, e.Status)
			}
		}
	}
}

// fill returns blank with the first task row answered.
func fill(tb testing.TB, blank []byte, status string, date any, result string) []byte {
	tb.Helper()
	x, err := excelize.OpenReader(bytes.NewReader(blank))
	if err != nil {
		tb.Fatal(err)
	}
	for col, v := range map[int]any{colStatus: status, colDoneOn: date, colResult: result} {
		if v != "" {
			if err := x.SetCellValue(ReportSheet, cellRef(col, firstRow), v); err != nil {
				tb.Fatal(err)
			}
		}
	}
	var b bytes.Buffer
	if err := x.Write(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

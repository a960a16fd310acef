package forms

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/workbook"
)

// today is the injected clock of every import test: no test reads the
// wall clock.
var today = time.Date(2026, 4, 15, 0, 0, 0, 0, time.UTC)

// filled writes the so-noi-vu form of the 2026 plan, applies edit as an
// officer (or an attacker) would in a spreadsheet program, and reads it
// back.
func filled(t *testing.T, edit func(t *testing.T, x *excelize.File)) (*Filled, error) {
	t.Helper()
	r, f := form(t, "so-noi-vu")
	x, err := excelize.OpenReader(bytes.NewReader(write(t, r, f)))
	if err != nil {
		t.Fatal(err)
	}
	edit(t, x)
	var b bytes.Buffer
	if err := x.Write(&b); err != nil {
		t.Fatal(err)
	}
	return Read("so-noi-vu.xlsx", &b)
}

// rezip returns the zip archive data with part changed by edit.
func rezip(t *testing.T, data []byte, part string, edit func(string) string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == part {
			body = []byte(edit(string(body)))
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func cell(t *testing.T, x *excelize.File, sheet, ref string, v any) {
	t.Helper()
	if err := x.SetCellValue(sheet, ref, v); err != nil {
		t.Fatal(err)
	}
}

func done(t *testing.T, x *excelize.File, date any, reason string) {
	cell(t, x, ReportSheet, cellRef(colStatus, firstRow), "Hoàn thành")
	cell(t, x, ReportSheet, cellRef(colDoneOn, firstRow), date)
	if reason != "" {
		cell(t, x, ReportSheet, cellRef(colDifficulty, firstRow), reason)
	}
}

// TestImportRefusesWhatCannotBeTrue: every locked cell is covered by the
// checksum (an edited deadline once imported with exit 0); a date serial of
// 1e308 once became 30/12/1899; completion dates after today, or after the
// period with no reason given, are refused.
func TestImportRefusesWhatCannotBeTrue(t *testing.T) {
	deadline := cellRef(colDeadline, firstRow)
	tests := []struct {
		name string
		edit func(t *testing.T, x *excelize.File)
		want *msg.Message
	}{
		{"edited deadline", func(t *testing.T, x *excelize.File) { cell(t, x, ReportSheet, deadline, "Quý IV/2026") }, msg.FormCellEdited},
		{"edited title", func(t *testing.T, x *excelize.File) {
			cell(t, x, ReportSheet, "A3", "Đơn vị báo cáo: Sở Tài chính")
		}, msg.FormCellEdited},
		{"edited header", func(t *testing.T, x *excelize.File) {
			cell(t, x, ReportSheet, cellRef(colDeadline, headerRow), "Hạn mới")
		}, msg.FormCellEdited},
		{"edited number", func(t *testing.T, x *excelize.File) { cell(t, x, ReportSheet, cellRef(colNumber, firstRow), 9) }, msg.FormCellEdited},
		{"serial 1e308", func(t *testing.T, x *excelize.File) { done(t, x, 1e308, "") }, msg.FormBadDate},
		{"negative serial", func(t *testing.T, x *excelize.File) { done(t, x, -45000, "") }, msg.FormBadDate},
		{"serial 0", func(t *testing.T, x *excelize.File) { done(t, x, 0, "") }, msg.FormBadDate},
		{"serial in 2200", func(t *testing.T, x *excelize.File) { done(t, x, 110000, "") }, msg.FormBadDate},
		{"text 31/02/2026", func(t *testing.T, x *excelize.File) { done(t, x, "31/02/2026", "") }, msg.FormBadDate},
		{"text year 1", func(t *testing.T, x *excelize.File) { done(t, x, "01/01/0001", "") }, msg.FormBadDate},
		{"text garbage", func(t *testing.T, x *excelize.File) { done(t, x, "sắp xong", "") }, msg.FormBadDate},
		{"after today", func(t *testing.T, x *excelize.File) {
			done(t, x, time.Date(2026, 5, 2, 0, 0, 0, 0, time.UTC), "Hoàn thành sớm")
		}, msg.FormDateFuture},
		{"after the period, no reason", func(t *testing.T, x *excelize.File) {
			done(t, x, time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC), "")
		}, msg.FormDateAfterPeriod},
		{"old format", func(t *testing.T, x *excelize.File) { cell(t, x, MetaSheet, "B1", "kh-bieu-mau/1") }, msg.FormOldFormat},
		{"not a kh form", func(t *testing.T, x *excelize.File) { cell(t, x, MetaSheet, "B1", "bieu-mau-khac") }, msg.FormNotKh},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fl, err := filled(t, tt.edit)
			if err == nil {
				r, _ := form(t, "so-noi-vu")
				_, _, err = fl.Record(r, today, noDeadlines)
			}
			if !refusedWith(err, tt.want) {
				t.Fatalf("err = %v, want %s", err, tt.want.ID)
			}
			var fe *Error
			if errors.As(err, &fe) && (fe.In(msg.EN) == fe.In(msg.VI) || strings.Contains(fe.In(msg.VI), "%!")) {
				t.Errorf("message not in both languages: %q", fe.In(msg.EN))
			}
		})
	}
}

func refusedWith(err error, m *msg.Message) bool {
	var fe *Error
	return errors.As(err, &fe) && fe.Msg == m
}

// TestImportAccepts: a completion date after the period with its reason in
// "Khó khăn, vướng mắc, nguyên nhân" is taken; so are the dates officers
// type.
func TestImportAccepts(t *testing.T) {
	for _, date := range []any{time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC), "20/3/2026", "2026-03-20", 46101.0, "46101"} {
		fl, err := filled(t, func(t *testing.T, x *excelize.File) { done(t, x, date, "") })
		if err != nil {
			t.Fatal(err)
		}
		r, _ := form(t, "so-noi-vu")
		_, rec, err := fl.Record(r, today, noDeadlines)
		if err != nil {
			t.Fatalf("%v: %v", date, err)
		}
		if got := rec.Tasks[0].DoneOn; !got.Equal(time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%v read as %v", date, got)
		}
	}
	fl, err := filled(t, func(t *testing.T, x *excelize.File) {
		done(t, x, time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC), "Hoàn thành sau kỳ do chờ kinh phí")
	})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := form(t, "so-noi-vu")
	if _, _, err := fl.Record(r, today, noDeadlines); err != nil {
		t.Errorf("a late completion with its reason: %v", err)
	}
}

// TestPlanChangedSinceTheForm: a form made before the plan changed (here
// its title, printed in a locked cell) is refused as out of date, naming
// the cell.
func TestPlanChangedSinceTheForm(t *testing.T) {
	fl, err := filled(t, func(*testing.T, *excelize.File) {})
	if err != nil {
		t.Fatal(err)
	}
	r, f := form(t, "so-noi-vu")
	old := f.Plan.Title
	f.Plan.Title = "Chuyển đổi số tỉnh Nghệ An năm 2026 (sửa đổi)"
	defer func() { f.Plan.Title = old }()
	_, _, err = fl.Record(r, today, noDeadlines)
	if !refusedWith(err, msg.FormPlanChanged) {
		t.Fatalf("err = %v, want the plan-changed refusal", err)
	}
}

// TestFormulasStayText: answers that are formulas, or text a spreadsheet
// would take for one (=, +, -, @, DDE), are stored as the text typed and
// flagged; a dash item is ordinary text.
func TestFormulasStayText(t *testing.T) {
	result := cellRef(colResult, firstRow)
	tests := []struct {
		name  string
		edit  func(t *testing.T, x *excelize.File)
		want  string
		flags bool
	}{
		{"formula", func(t *testing.T, x *excelize.File) {
			if err := x.SetCellFormula(ReportSheet, result, `HYPERLINK("http://x.invalid","bấm")`); err != nil {
				t.Fatal(err)
			}
		}, `=HYPERLINK("http://x.invalid","bấm")`, true},
		{"DDE", func(t *testing.T, x *excelize.File) { cell(t, x, ReportSheet, result, `=cmd|' /C calc'!A0`) }, `=cmd|' /C calc'!A0`, true},
		{"plus", func(t *testing.T, x *excelize.File) { cell(t, x, ReportSheet, result, "+84 912 345 678") }, "+84 912 345 678", true},
		{"at", func(t *testing.T, x *excelize.File) { cell(t, x, ReportSheet, result, "@SUM(A1:A9)") }, "@SUM(A1:A9)", true},
		{"minus", func(t *testing.T, x *excelize.File) { cell(t, x, ReportSheet, result, "-2+3") }, "-2+3", true},
		{"tab before", func(t *testing.T, x *excelize.File) { cell(t, x, ReportSheet, result, "\t=1+1") }, "=1+1", true},
		{"dash item", func(t *testing.T, x *excelize.File) { cell(t, x, ReportSheet, result, "- Đã kiện toàn bộ máy") }, "- Đã kiện toàn bộ máy", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fl, err := filled(t, func(t *testing.T, x *excelize.File) {
				cell(t, x, ReportSheet, cellRef(colStatus, firstRow), "Đang thực hiện")
				tt.edit(t, x)
			})
			if err != nil {
				t.Fatal(err)
			}
			if (len(fl.Warnings) > 0) != tt.flags {
				t.Errorf("warnings %v, want flagged = %v", fl.Warnings, tt.flags)
			}
			r, _ := form(t, "so-noi-vu")
			_, rec, err := fl.Record(r, today, noDeadlines)
			if err != nil {
				t.Fatal(err)
			}
			if got := rec.Tasks[0].Result; got != tt.want {
				t.Errorf("stored %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFormWriterWritesNoFormula: task text that looks like a formula is
// written as a string cell, never as a formula.
func TestFormWriterWritesNoFormula(t *testing.T) {
	r, f := form(t, "so-noi-vu")
	text := `=HYPERLINK("http://x.invalid","bấm")`
	old := f.Tasks[0].Text
	f.Tasks[0].Text = text
	defer func() { f.Tasks[0].Text = old }()
	x, err := excelize.OpenReader(bytes.NewReader(write(t, r, f)))
	if err != nil {
		t.Fatal(err)
	}
	ref := cellRef(colText, firstRow)
	if formula, _ := x.GetCellFormula(ReportSheet, ref); formula != "" {
		t.Errorf("%s holds the formula %q", ref, formula)
	}
	if v, _ := x.GetCellValue(ReportSheet, ref); v != text {
		t.Errorf("%s = %q", ref, v)
	}
	if typ, _ := x.GetCellType(ReportSheet, ref); typ == excelize.CellTypeFormula {
		t.Errorf("%s is a formula cell", ref)
	}
}

// TestHostileWorkbooks: a shared-strings part that inflates past the limit
// and a sheet of more task rows than any form has are refused before they
// cost memory.
func TestHostileWorkbooks(t *testing.T) {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml"} {
		w, _ := z.Create(name)
		w.Write([]byte("<x/>"))
	}
	w, _ := z.Create("xl/sharedStrings.xml")
	chunk := bytes.Repeat([]byte("<si><t>a</t></si>"), 1<<16)
	for n := 0; n <= int(workbook.Default.Unzipped)/len(chunk); n++ {
		w.Write(chunk)
	}
	z.Close()
	if _, err := Read("bom.xlsx", &b); !refusedWith(err, msg.FormTooLarge) {
		t.Errorf("inflating workbook: err = %v, want the too-large refusal", err)
	}

	fl, err := filled(t, func(t *testing.T, x *excelize.File) {
		for row := firstRow; row <= firstRow+MaxRows; row++ {
			if err := x.SetSheetRow(ReportSheet, cellRef(0, row), &[]any{row, "nv-x", "x"}); err != nil {
				t.Fatal(err)
			}
		}
	})
	if !refusedWith(err, msg.FormTooManyRows) {
		t.Errorf("%d rows: err = %v (%v), want the too-many-rows refusal", MaxRows+1, err, fl)
	}
	// A few kilobytes whose rows each hold a cell in the last column once
	// made excelize build gigabytes of empty cells.
	r, f := form(t, "so-noi-vu")
	var rows strings.Builder
	for row := 100; row < 300; row++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>`, row, row)
	}
	wide := rezip(t, write(t, r, f), "xl/worksheets/sheet1.xml", func(xml string) string {
		return strings.Replace(xml, "</sheetData>", rows.String()+"</sheetData>", 1)
	})
	if _, err := Read("wide.xlsx", bytes.NewReader(wide)); !refusedWith(err, msg.FormTooLarge) {
		t.Errorf("wide rows: err = %v, want the too-large refusal", err)
	}
	for _, junk := range [][]byte{nil, []byte("PK\x03\x04"), []byte("not a workbook"), bytes.Repeat([]byte{0}, 4096)} {
		if _, err := Read("junk.xlsx", bytes.NewReader(junk)); !refusedWith(err, msg.FormNotXLSX) {
			t.Errorf("%q: err = %v", junk[:min(len(junk), 8)], err)
		}
	}
}

package xlsx

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/report"
)

// reportWidth is the width of a report's table in Excel character units.
const reportWidth = 160.0

// WriteReport writes a report (the summary of a comment round) as a
// workbook of one sheet: the title block merged across the table, the
// table with its header row printed on every page and group rows merged,
// the closing lines; landscape A4, fitted to the width.
func WriteReport(w io.Writer, rep report.Report) error {
	f := excelize.NewFile()
	defer f.Close()
	rw := &reportWriter{f: f, sheet: rep.Sheet}
	if rw.sheet == "" {
		rw.sheet = "Sheet1"
	}
	rw.do(f.SetDefaultFont(FontFamily))
	rw.do(f.SetSheetName(f.GetSheetName(0), rw.sheet))
	rw.styles()
	rw.write(rep)
	for _, part := range rep.Parts {
		pw := *rw
		pw.sheet, pw.widths, pw.row = part.Sheet, nil, 0
		_, err := f.NewSheet(pw.sheet)
		pw.do(err)
		pw.write(report.Report{Title: []string{part.Heading}, Columns: part.Columns, Rows: part.Rows, Closing: part.Closing})
		if part.Chart != nil {
			pw.chart(part.Chart)
		}
		rw.do(pw.err)
	}
	if rw.err != nil {
		return rw.err
	}
	return f.Write(w)
}

type reportWriter struct {
	f                                    *excelize.File
	sheet                                string
	title, sub, para, head, text, center int
	group                                int
	widths                               []float64
	row                                  int
	err                                  error
}

func (rw *reportWriter) do(err error) {
	if rw.err == nil {
		rw.err = err
	}
}

func (rw *reportWriter) styles() {
	top := &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true}
	for _, s := range []struct {
		id *int
		st excelize.Style
	}{
		{&rw.title, excelize.Style{Font: cellFont(13, true, false), Alignment: alignment("center")}},
		{&rw.sub, excelize.Style{Font: cellFont(13, false, true), Alignment: alignment("center")}},
		{&rw.para, excelize.Style{Font: cellFont(12, false, false), Alignment: &excelize.Alignment{Horizontal: "justify", Vertical: "top", WrapText: true}}},
		{&rw.head, excelize.Style{Font: cellFont(12, true, false), Alignment: alignment("center"), Border: thin}},
		{&rw.text, excelize.Style{Font: cellFont(12, false, false), Alignment: top, Border: thin}},
		{&rw.center, excelize.Style{Font: cellFont(12, false, false), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top", WrapText: true}, Border: thin}},
		{&rw.group, excelize.Style{Font: cellFont(12, true, false), Alignment: alignment("left"), Border: thin}},
	} {
		id, err := rw.f.NewStyle(&s.st)
		rw.do(err)
		*s.id = id
	}
}

func (rw *reportWriter) ref(col, row int) string {
	r, _ := excelize.CoordinatesToCellName(col+1, row)
	return r
}

// line writes text merged across the table in a row of its own.
func (rw *reportWriter) line(s string, style int, size float64, bold bool) {
	rw.row++
	last := len(rw.widths) - 1
	rw.do(rw.f.SetCellValue(rw.sheet, rw.ref(0, rw.row), s))
	rw.do(rw.f.MergeCell(rw.sheet, rw.ref(0, rw.row), rw.ref(last, rw.row)))
	rw.do(rw.f.SetCellStyle(rw.sheet, rw.ref(0, rw.row), rw.ref(last, rw.row), style))
	rw.do(rw.f.SetRowHeight(rw.sheet, rw.row, RowHeight(TextLines(s, reportWidth, size, bold), size)))
}

func (rw *reportWriter) write(rep report.Report) {
	total := 0.0
	for _, c := range rep.Columns {
		total += c.Share
	}
	for i, c := range rep.Columns {
		w := reportWidth * c.Share / total
		rw.widths = append(rw.widths, w)
		name, _ := excelize.ColumnNumberToName(i + 1)
		rw.do(rw.f.SetColWidth(rw.sheet, name, name, w))
	}
	for _, s := range rep.Title {
		rw.line(s, rw.title, 13, true)
	}
	if rep.Subtitle != "" {
		rw.line(rep.Subtitle, rw.sub, 13, false)
	}
	for _, s := range rep.Intro {
		rw.line(s, rw.para, 12, false)
	}
	rw.row++
	header := rw.row
	lines := 1
	for i, c := range rep.Columns {
		rw.cell(i, c.Label, rw.head)
		lines = max(lines, TextLines(c.Label, rw.widths[i], 12, true))
	}
	rw.do(rw.f.SetRowHeight(rw.sheet, rw.row, RowHeight(lines, 12)))
	for _, r := range rep.Rows {
		rw.tableRow(rep, r)
	}
	for _, s := range rep.Closing {
		rw.line(s, rw.para, 12, false)
	}
	rw.do(rw.f.SetPanes(rw.sheet, &excelize.Panes{Freeze: true, YSplit: header, TopLeftCell: rw.ref(0, header+1), ActivePane: "bottomLeft"}))
	rw.do(PrintSetup(rw.f, rw.sheet))
	rw.do(rw.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$%d:$%d", rw.sheet, header, header), Scope: rw.sheet}))
}

func (rw *reportWriter) cell(col int, v string, style int) {
	ref := rw.ref(col, rw.row)
	rw.do(rw.f.SetCellValue(rw.sheet, ref, v))
	rw.do(rw.f.SetCellStyle(rw.sheet, ref, ref, style))
}

func (rw *reportWriter) tableRow(rep report.Report, r report.Row) {
	rw.row++
	last := len(rw.widths) - 1
	if r.Group {
		rw.cell(0, r.Cells[0], rw.head)
		rw.cell(1, r.Cells[1], rw.group)
		rw.do(rw.f.MergeCell(rw.sheet, rw.ref(1, rw.row), rw.ref(last, rw.row)))
		rw.do(rw.f.SetCellStyle(rw.sheet, rw.ref(1, rw.row), rw.ref(last, rw.row), rw.group))
		span := 0.0
		for _, w := range rw.widths[1:] {
			span += w
		}
		rw.do(rw.f.SetRowHeight(rw.sheet, rw.row, RowHeight(TextLines(r.Cells[1], span, 12, true), 12)))
		return
	}
	lines := 1
	for i, c := range r.Cells {
		style := rw.text
		if rep.Columns[i].Center {
			style = rw.center
		}
		rw.cell(i, c, style)
		lines = max(lines, TextLines(c, rw.widths[i], 12, false))
	}
	rw.do(rw.f.SetRowHeight(rw.sheet, rw.row, RowHeight(lines, 12)))
}

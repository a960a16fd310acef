package difftable

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/xlsx"
)

// Colours of the marks on screen; on paper the strike-through and the
// underline carry them.
const (
	deletedRGB  = "C00000"
	insertedRGB = "1F4E79"
)

// Layout of the sheet: titles from row 1, a blank row, the header.
const (
	xlsxSize   = 12.0
	xlsxTitle  = 13.0
	sheetUnits = 140.0 // A4 landscape printable width in Excel units
)

type xlsxWriter struct {
	f      *excelize.File
	sheet  string
	widths []float64
	styles struct{ title, note, header, text, center, heading int }
	err    error
}

func (w *xlsxWriter) do(err error) {
	if w.err == nil {
		w.err = err
	}
}

// WriteXLSX writes the table as a workbook of one sheet: rich-text cells
// with the words taken out struck through in red and the words put in
// underlined in blue, A4 landscape fitted to the page width, the header row
// repeated on every printed page.
func WriteXLSX(out io.Writer, t *Table) error {
	f := excelize.NewFile()
	defer f.Close()
	f.SetZipWriter(xlsx.NewSortedZip)
	w := &xlsxWriter{f: f, sheet: msg.TableSheet.In(vi)}
	w.do(f.SetSheetName(f.GetSheetName(0), w.sheet))
	w.do(f.SetDefaultFont(xlsx.FontFamily))
	w.newStyles()
	w.do(xlsx.PrintSetup(f, w.sheet))
	for i, c := range t.Columns {
		w.widths = append(w.widths, c.Share*sheetUnits)
		w.do(f.SetColWidth(w.sheet, colName(i), colName(i), w.widths[i]))
	}
	row := w.titles(t)
	header := row
	w.header(t, header)
	for _, r := range t.Rows {
		row++
		if r.Heading != "" {
			w.heading(row, r.Heading)
			continue
		}
		w.data(t, row, r)
	}
	w.do(f.SetPanes(w.sheet, &excelize.Panes{Freeze: true, YSplit: header, TopLeftCell: cellRef(0, header+1), ActivePane: "bottomLeft"}))
	w.do(f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$%d:$%d", w.sheet, header, header), Scope: w.sheet}))
	ts := t.Date.UTC().Format(time.RFC3339)
	w.do(f.SetDocProps(&excelize.DocProperties{
		Title: t.Title + " — " + t.Subject, Subject: t.Sides, Creator: "kh", LastModifiedBy: "kh",
		Identifier: t.Plan, Language: "vi-VN", Created: ts, Modified: ts,
	}))
	if w.err != nil {
		return w.err
	}
	return f.Write(out)
}

func (w *xlsxWriter) newStyles() {
	font := func(size float64, bold, italic bool) *excelize.Font {
		return &excelize.Font{Family: xlsx.FontFamily, Size: size, Bold: bold, Italic: italic, Color: "000000"}
	}
	al := func(h, v string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: v, WrapText: true}
	}
	thin := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1},
		{Type: "right", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	for _, d := range []struct {
		id *int
		s  excelize.Style
	}{
		{&w.styles.title, excelize.Style{Font: font(xlsxTitle, true, false), Alignment: al("center", "center")}},
		{&w.styles.note, excelize.Style{Font: font(xlsxSize, false, true), Alignment: al("center", "center")}},
		{&w.styles.header, excelize.Style{Font: font(xlsxSize, true, false), Alignment: al("center", "center"), Border: thin}},
		{&w.styles.text, excelize.Style{Font: font(xlsxSize, false, false), Alignment: al("left", "top"), Border: thin}},
		{&w.styles.center, excelize.Style{Font: font(xlsxSize, false, false), Alignment: al("center", "top"), Border: thin}},
		{&w.styles.heading, excelize.Style{Font: font(xlsxSize, true, false), Alignment: al("left", "center"), Border: thin}},
	} {
		id, err := w.f.NewStyle(&d.s)
		w.do(err)
		*d.id = id
	}
}

// titles writes the lines above the table and returns the header's row.
func (w *xlsxWriter) titles(t *Table) int {
	lines := []struct {
		text  string
		style int
		size  float64
		bold  bool
	}{
		{t.Title, w.styles.title, xlsxTitle, true},
		{t.Subject, w.styles.title, xlsxTitle, true},
		{t.Sides, w.styles.note, xlsxSize, false},
		{t.Sources, w.styles.note, xlsxSize, false},
		{t.Summary, w.styles.note, xlsxSize, false},
	}
	row, last := 0, len(t.Columns)-1
	for _, l := range lines {
		if l.text == "" {
			continue
		}
		row++
		w.set(0, row, l.text, l.style)
		w.do(w.f.MergeCell(w.sheet, cellRef(0, row), cellRef(last, row)))
		w.height(row, xlsx.TextLines(l.text, sheetUnits, l.size, l.bold), l.size)
	}
	return row + 2
}

func (w *xlsxWriter) header(t *Table, row int) {
	lines := 1
	for i, c := range t.Columns {
		w.set(i, row, c.Label, w.styles.header)
		lines = max(lines, xlsx.TextLines(c.Label, w.widths[i], xlsxSize, true))
	}
	w.height(row, lines, xlsxSize)
}

func (w *xlsxWriter) heading(row int, text string) {
	last := len(w.widths) - 1
	w.set(0, row, text, w.styles.heading)
	for i := 1; i <= last; i++ {
		w.set(i, row, nil, w.styles.heading)
	}
	w.do(w.f.MergeCell(w.sheet, cellRef(0, row), cellRef(last, row)))
	w.height(row, 1, xlsxSize)
}

func (w *xlsxWriter) data(t *Table, row int, r Row) {
	lines := 1
	for i, c := range r.Cells {
		style := w.styles.text
		if t.Columns[i].Center {
			style = w.styles.center
		}
		ref := cellRef(i, row)
		if marks(c) {
			w.do(w.f.SetCellRichText(w.sheet, ref, runs(c)))
			w.do(w.f.SetCellStyle(w.sheet, ref, ref, style))
		} else {
			w.set(i, row, nilIfEmpty(c.Text()), style)
		}
		lines = max(lines, xlsx.TextLines(c.Text(), w.widths[i], xlsxSize, false))
	}
	w.height(row, lines, xlsxSize)
}

// marks reports whether a cell needs rich text.
func marks(c Cell) bool {
	for _, s := range c {
		if s.Mark != Plain {
			return true
		}
	}
	return false
}

func runs(c Cell) []excelize.RichTextRun {
	out := make([]excelize.RichTextRun, 0, len(c))
	for _, s := range c {
		font := &excelize.Font{Family: xlsx.FontFamily, Size: xlsxSize, Color: "000000"}
		switch s.Mark {
		case Deleted:
			font.Strike, font.Color = true, deletedRGB
		case Inserted:
			font.Underline, font.Color = "single", insertedRGB
		}
		out = append(out, excelize.RichTextRun{Text: s.Text, Font: font})
	}
	return out
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func (w *xlsxWriter) set(col, row int, v any, style int) {
	ref := cellRef(col, row)
	if v != nil {
		w.do(w.f.SetCellValue(w.sheet, ref, v))
	}
	w.do(w.f.SetCellStyle(w.sheet, ref, ref, style))
}

func (w *xlsxWriter) height(row, lines int, size float64) {
	w.do(w.f.SetRowHeight(w.sheet, row, xlsx.RowHeight(lines, size)))
}

func cellRef(col, row int) string {
	ref, _ := excelize.CoordinatesToCellName(col+1, row)
	return ref
}

func colName(i int) string {
	n, _ := excelize.ColumnNumberToName(i + 1)
	return n
}

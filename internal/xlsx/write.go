// Package xlsx writes a plan's table appendices as an Excel workbook that
// prints well: one sheet per appendix, titles, merged two-level headers,
// borders, row heights measured from the wrapped text, A4 landscape fitted
// to the page width with the header repeated on every page. The output is
// byte-identical for the same plan, so built workbooks can be committed and
// compared.
package xlsx

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// ErrNoTables is returned by Write for a plan without table appendices.
var ErrNoTables = errors.New("xlsx: kế hoạch không có phụ lục dạng bảng / the plan has no table appendix")

// fallbackDate stamps the document properties of a draft, which has no issue
// date; any fixed date keeps rebuilds identical.
var fallbackDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// headerRow is the first column-heading row under titles lines: one row
// each, then a blank one.
func headerRow(titles int) int { return titles + 2 }

// SheetName is the sheet of the n-th appendix: "Phụ lục 01". Excel allows 31
// characters without : \ / ? * [ ].
func SheetName(n int) string { return "Phụ lục " + plan.AppendixNumber(n) }

// Write writes the workbook of p's table appendices (de_cuong outlines are
// prose and have no sheet) to w.
func Write(w io.Writer, r *plan.Repo, p *plan.Plan) error {
	if rowCount(p) > largeTable {
		defer lowerGC()()
	}
	f := excelize.NewFile()
	defer f.Close()
	f.SetZipWriter(NewSortedZip)
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	v := view.New(r, p)
	sheets := 0
	for i, a := range v.Appendices() {
		if a.Table == nil {
			continue
		}
		name := SheetName(i + 1)
		if sheets == 0 {
			err = f.SetSheetName(f.GetSheetName(0), name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			return err
		}
		titles := append(append([]string(nil), a.Heading...), a.AttachedTo)
		if err := writeSheet(f, st, name, titles, newTable(a.Table)); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		sheets++
	}
	if sheets == 0 {
		return ErrNoTables
	}
	if err := setProps(f, v); err != nil {
		return err
	}
	return f.Write(w)
}

func setProps(f *excelize.File, v *view.Doc) error {
	p := v.Plan
	stamp := p.Date
	if stamp.IsZero() {
		stamp = fallbackDate
	}
	ts := stamp.UTC().Format(time.RFC3339)
	return f.SetDocProps(&excelize.DocProperties{
		Title:          "Phụ lục " + v.Name(),
		Subject:        p.Title,
		Creator:        "kh",
		LastModifiedBy: "kh",
		Identifier:     p.ID,
		Language:       "vi-VN",
		Created:        ts,
		Modified:       ts,
	})
}

func writeSheet(f *excelize.File, st *styles, name string, titles []string, t *table) error {
	t.fitWidths()
	if err := PrintSetup(f, name); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	// excelize puts each width before those set already: set from the
	// last column so <cols> comes out in ascending order, as the schema
	// of SpreadsheetML wants.
	for i := len(t.cols) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, t.cols[i].width); err != nil {
			return err
		}
	}
	hdrRows := 1
	if t.twoHeaderRows() {
		hdrRows = 2
	}
	firstHeaderRow := headerRow(len(titles))
	lastHdr := firstHeaderRow + hdrRows - 1
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: lastHdr, TopLeftCell: fmt.Sprintf("A%d", lastHdr+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	sh := &sheetWriter{sw: sw, st: st, t: t, row: 1}
	sh.titles(titles)
	top := sh.height
	sh.header(hdrRows)
	pg := newPager(t, sh.height-top, sh.height)
	for rw := range t.rows {
		before := sh.height
		sh.data(rw)
		if brk := pg.row(sh.row-1, sh.height-before, rw.group); brk > 0 && sh.err == nil {
			sh.err = sw.InsertPageBreak(sh.ref(0, brk))
		}
	}
	if sh.err != nil {
		return sh.err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", name, firstHeaderRow, lastHdr),
		Scope:    name,
	}); err != nil {
		return err
	}
	return sw.Flush()
}

// PrintSetup sets A4 landscape fitted to one page wide, the margins of
// NĐ 30/2020 and the page number centred at the top from page 2, each
// sheet numbering its own pages from 1 as each appendix of the PDF does.
// With a StreamWriter it must run before the writer is created: the
// sheet properties are written with its first bytes.
func PrintSetup(f *excelize.File, name string) error {
	fit, a4, land, one, zero, first := true, 9, "landscape", 1, 0, uint(1)
	if err := f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &land, FitToWidth: &one, FitToHeight: &zero, FirstPageNumber: &first}); err != nil {
		return err
	}
	top, bottom, left, right, hf := marginTop, marginBottom, marginLeft, marginRight, marginHeader
	if err := f.SetPageMargins(name, &excelize.PageLayoutMarginsOptions{Left: &left, Right: &right, Top: &top, Bottom: &bottom, Header: &hf, Footer: &hf}); err != nil {
		return err
	}
	return f.SetHeaderFooter(name, &excelize.HeaderFooterOptions{DifferentFirst: true, OddHeader: pageNumber})
}

// pageNumber is the header of every page but the first: its number in
// Times New Roman 13, as NĐ 30 sets it.
const pageNumber = "&C&\"Times New Roman\"&13&P"

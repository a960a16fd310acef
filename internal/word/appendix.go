package word

import (
	"strings"

	"github.com/kh-tools/kh/internal/docx"
	"github.com/kh-tools/kh/internal/view"
)

// appendix is one appendix in a section of its own: landscape for tables
// that need the width, its pages numbered from 1 with none on the first,
// headed as NĐ 30 PL I Mục III.1 and PL III Mẫu 2.1 show.
func (b *builder) appendix(a *view.Appendix) *docx.Section {
	tb := a.Table
	s := &docx.Section{Page: b.page(tb != nil && tb.Landscape), Header: b.pageNumber(), FirstHeader: b.mark(), TitlePage: true, PageStart: 1}
	id := a.Appendix.ID
	num := para(styleAppendixNum, a.Label, docx.RunProps{})
	num.Bookmark = b.unit(readOnly(Ref{ID: id, Field: "so"}, a.Label, a.Label, false))
	title := strings.ToUpper(b.text(a.Title))
	ttl := para(styleAppendixTtl, title, docx.RunProps{})
	ttl.Bookmark = b.unit(readOnly(Ref{ID: id, Field: "tieu_de"}, a.Label, title, true))
	attached := b.text(a.AttachedTo)
	r := rule(b.textW, int(float64(ptTwips(width(attached, false, b.t.Sizes.AppendixRef)))*b.t.Rules.Title))
	r.Props.Spacing = &docx.Spacing{Before: ruleGap, After: docx.Pt(b.t.Sizes.Body * 1.15), Line: 240, Rule: docx.LineAuto}
	s.Blocks = []docx.Block{num, ttl, para(styleAttached, attached, docx.RunProps{}), r}
	s.Blocks = append(s.Blocks, b.paragraphs(id, "doan", a.Label, a.Intro, a.Appendix.Intro, "")...)
	if tb == nil {
		s.Blocks = append(s.Blocks, b.outline(a.Outline, "", a.Label+", ")...)
		return s
	}
	s.Blocks = append(s.Blocks, b.table(a))
	return s
}

// padding is the PDF's cell padding: 1.5 mm across, 1 mm down.
var padding = &docx.Padding{Top: docx.MM(1), Bottom: docx.MM(1), Left: docx.MM(1.5), Right: docx.MM(1.5)}

// table is an appendix table: the header row repeated on every page, group
// rows merged across the columns after TT and kept with the row after
// them, no row split across pages.
func (b *builder) table(a *view.Appendix) *docx.Table {
	tb := a.Table
	grid := b.grid(tb)
	head := &docx.Row{Header: true, CantSplit: true}
	for _, c := range tb.Columns {
		head.Cells = append(head.Cells, &docx.Cell{VAlign: docx.VCenter, Blocks: []docx.Block{para(styleCellHead, b.text(c.Label), docx.RunProps{})}})
	}
	t := &docx.Table{Grid: grid, Borders: true, Padding: padding, Rows: []*docx.Row{head}}
	group := ""
	for r := range tb.Rows() {
		if r.Group != nil {
			if r.Depth == 1 {
				group = r.Number
			}
			t.Rows = append(t.Rows, b.groupRow(a, r, len(grid)))
			continue
		}
		where := a.Label + ", số " + r.Number
		if a.Appendix.GroupNumbering && group != "" {
			where = a.Label + ", mục " + group + ", số " + r.Number
		}
		t.Rows = append(t.Rows, b.itemRow(tb, r, where))
	}
	return t
}

// grid gives TT its fixed width and the other columns their shares of the
// rest, as the PDF does; the main column takes the rounding.
func (b *builder) grid(tb *view.Table) []int {
	tt := docx.MM(view.NumberWidth)
	avail := b.textW - tt
	grid := []int{tt}
	used, main := tt, 0
	for i, sh := range tb.Shares()[1:] {
		w := int(float64(avail) * sh)
		grid = append(grid, w)
		used += w
		if tb.Columns[i+1].Main {
			main = i + 1
		}
	}
	grid[main] += b.textW - used
	return grid
}

func (b *builder) groupRow(a *view.Appendix, r *view.Row, cols int) *docx.Row {
	rp := docx.RunProps{Bold: docx.On}
	if r.Depth > 1 {
		rp.Italic = docx.On
	}
	where := a.Label + ", mục " + r.Number
	if r.Number == "" {
		where = a.Label
	}
	keep := docx.ParaProps{KeepNext: docx.On}
	num := &docx.Paragraph{Style: styleCell, Props: keep, Runs: []docx.Inline{&docx.Run{Text: r.Number, Props: rp}}}
	num.Props.Align = docx.AlignCenter
	num.Bookmark = b.unit(readOnly(Ref{ID: r.Group.ID, Field: "so"}, where, r.Number, false))
	heading := b.text(r.Heading)
	hp := &docx.Paragraph{Style: styleCell, Props: keep, Runs: []docx.Inline{&docx.Run{Text: heading, Props: rp}}}
	hp.Bookmark = b.unit(editable(Ref{ID: r.Group.ID, Field: "tieu_de"}, where, "", r.Group.Heading, heading))
	return &docx.Row{CantSplit: true, Cells: []*docx.Cell{
		{Blocks: []docx.Block{num}},
		{Span: cols - 1, Blocks: []docx.Block{hp}},
	}}
}

func (b *builder) itemRow(tb *view.Table, r *view.Row, where string) *docx.Row {
	id, raw := itemFields(r)
	row := &docx.Row{CantSplit: true}
	for i, c := range tb.Columns {
		text := b.text(r.Cells[i].Text)
		pa := para(styleCell, text, docx.RunProps{})
		if c.Align == view.AlignCenter {
			pa.Props.Align = docx.AlignCenter
		}
		ref := Ref{ID: id, Field: c.Key}
		var u Unit
		if v, ok := raw[c.Key]; ok {
			u = editable(ref, where, "", v, text)
			u.Main = c.Main
		} else {
			u = readOnly(ref, where, text, c.Main)
		}
		pa.Bookmark = b.unit(u)
		row.Cells = append(row.Cells, &docx.Cell{Blocks: []docx.Block{pa}})
	}
	return row
}

// itemFields gives a row's item id and the fields whose printed cell is
// their text as written, so an edit of the cell can be written back;
// agency cells (ids), dates and row numbers cannot.
func itemFields(r *view.Row) (string, map[string]string) {
	switch {
	case r.Task != nil:
		t := r.Task
		return t.ID, map[string]string{"noi_dung": t.Text, "thoi_han": t.Deadline, "san_pham": t.Product, "ghi_chu": t.Note}
	case r.Indicator != nil:
		in := r.Indicator
		return in.ID, map[string]string{"noi_dung": in.Text, "muc_tieu": in.Target, "ghi_chu": in.Note}
	}
	doc := r.Document
	return doc.ID, map[string]string{"trich_yeu": doc.Subject, "so_ky_hieu": doc.Ref, "ghi_chu": doc.Note}
}

package word

import (
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
	if a.Header {
		s.Blocks = append(s.Blocks, b.header(false))
	}
	// The title block as the document sets it: the label lines, then the
	// title (or the label and title on one line) and its sub-titles.
	for i, l := range a.Heading {
		text := b.text(l)
		if i < a.LabelLines {
			pa := para(styleAppendixNum, text, docx.RunProps{})
			pa.Bookmark = b.unit(readOnly(Ref{ID: id, Field: "so"}, a.Label, text, false))
			s.Blocks = append(s.Blocks, pa)
			continue
		}
		pa := para(styleAppendixTtl, text, docx.RunProps{})
		if i == a.LabelLines {
			pa.Bookmark = b.unit(readOnly(Ref{ID: id, Field: "tieu_de"}, a.Label, text, true))
		}
		s.Blocks = append(s.Blocks, pa)
	}
	attached := b.text(a.AttachedTo)
	r := rule(b.textW, int(float64(ptTwips(width(attached, false, b.t.Sizes.AppendixRef)))*b.t.Rules.Title))
	r.Props.Spacing = &docx.Spacing{Before: ruleGap, After: docx.Pt(b.t.Sizes.Body * 1.15), Line: 240, Rule: docx.LineAuto}
	s.Blocks = append(s.Blocks, para(styleAttached, attached, docx.RunProps{}), r)
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
	lead := -1
	for i, c := range tb.Columns {
		if c.Key == "chu_tri" {
			lead = i
		}
	}
	for r := range tb.Rows() {
		if r.NoRow {
			continue
		}
		if r.Group != nil {
			if r.Depth == 1 {
				group = r.Number
			}
			t.Rows = append(t.Rows, b.groupRow(a, r, len(grid), lead))
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

// grid sizes the columns as the resolved view does for every renderer
// (each at least its longest token, the rest by what its text needs),
// measured with Times New Roman's metrics; the main column takes the
// rounding.
func (b *builder) grid(tb *view.Table) []int {
	widths := tb.Widths(float64(b.textW)*25.4/1440, func(s string, bold bool) float64 {
		return width(b.text(s), bold, b.t.Sizes.Table) * 25.4 / 72
	})
	grid := make([]int, len(widths))
	used, main := 0, 0
	for i, w := range widths {
		grid[i] = docx.MM(w)
		used += grid[i]
		if tb.Columns[i].Main {
			main = i
		}
	}
	grid[main] += b.textW - used
	return grid
}

// groupRow is a group's row: its number, and its heading merged across the
// columns after TT, or up to the lead-unit column when the group names the
// unit leading it.
func (b *builder) groupRow(a *view.Appendix, r *view.Row, cols, lead int) *docx.Row {
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
	row := &docx.Row{CantSplit: true, Cells: []*docx.Cell{{Blocks: []docx.Block{num}}}}
	if r.Lead == "" || lead < 2 {
		row.Cells = append(row.Cells, &docx.Cell{Span: cols - 1, Blocks: []docx.Block{hp}})
		return row
	}
	lp := &docx.Paragraph{Style: styleCell, Props: keep, Runs: []docx.Inline{&docx.Run{Text: b.text(r.Lead), Props: rp}}}
	lp.Props.Align = docx.AlignCenter
	row.Cells = append(row.Cells, &docx.Cell{Span: lead - 1, Blocks: []docx.Block{hp}}, &docx.Cell{Blocks: []docx.Block{lp}})
	for range cols - lead - 1 {
		row.Cells = append(row.Cells, &docx.Cell{Blocks: []docx.Block{para(styleCell, "", docx.RunProps{})}})
	}
	return row
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

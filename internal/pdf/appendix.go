package pdf

import "github.com/kh-tools/kh/internal/view"

// appendix starts an appendix on a new page with its own page numbers:
// landscape for tables that need the width, headed as NĐ 30 PL I Mục III.1
// and PL III Mẫu 2.1 show.
func (d *doc) appendix(a *view.Appendix) {
	tb := a.Table
	d.newPart(tb != nil && tb.Landscape)
	if a.Header {
		d.header(false)
		d.y += single(d.t.Sizes.Body)
	}
	for i, l := range a.Heading {
		size := d.t.Sizes.AppendixTitle
		if i < a.LabelLines {
			size = d.t.Sizes.AppendixNum
		}
		d.centred(l, "B", size, d.left(), d.width())
	}
	ref := d.centred(a.AttachedTo, "I", d.t.Sizes.AppendixRef, d.left(), d.width())
	d.y += ruleGap
	d.rule(d.left()+d.width()/2, d.y, ref*d.t.Rules.Title)
	d.y += single(d.t.Sizes.Body)
	d.blocks(a.Intro)
	if tb == nil {
		d.outline(a.Outline)
		return
	}
	d.table(tb, rows(tb))
}

// rows lists the table rows of an appendix: bold numbered group rows,
// bold italic unnumbered sub-group rows, then the items.
func rows(tb *view.Table) []row {
	var out []row
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
			out = append(out, groupRow(r, lead, len(tb.Columns)))
			continue
		}
		cells := make([]cell, len(r.Cells))
		for i, c := range r.Cells {
			cells[i] = cell{text: c.Text, align: align(tb.Columns[i].Align)}
		}
		out = append(out, row{cells: cells})
	}
	return out
}

// groupRow is a bold group row (bold italic below the top level): its
// number and its heading across the row, or up to the lead-unit column
// when the group names the unit leading it.
func groupRow(r *view.Row, lead, ncols int) row {
	style := "B"
	if r.Depth > 1 {
		style = "BI"
	}
	cells := []cell{{text: r.Number, style: style, align: alignCenter}}
	if r.Lead == "" || lead < 2 {
		return row{group: true, cells: append(cells, cell{text: r.Heading, style: style, align: alignLeft, span: true})}
	}
	cells = append(cells, cell{text: r.Heading, style: style, align: alignLeft, spanTo: lead})
	cells = append(cells, cell{text: r.Lead, style: style, align: alignCenter})
	return row{group: true, cells: append(cells, make([]cell, ncols-lead-1)...)}
}

func align(a view.Align) int {
	if a == view.AlignCenter {
		return alignCenter
	}
	return alignLeft
}

// columnWidths lays the table out as the view sizes it, measured with
// the PDF's fonts.
func (d *doc) columnWidths(tb *view.Table) []float64 {
	return tb.Widths(d.width(), func(s string, bold bool) float64 {
		style := ""
		if bold {
			style = "B"
		}
		d.setFont(style, d.t.Sizes.Table)
		return d.f.GetStringWidth(d.text(s))
	})
}

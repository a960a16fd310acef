package pdf

import (
	"strings"

	"github.com/kh-tools/kh/internal/view"
)

// appendix starts an appendix on a new page with its own page numbers:
// landscape for tables that need the width, headed as NĐ 30 PL I Mục III.1
// and PL III Mẫu 2.1 show.
func (d *doc) appendix(a *view.Appendix) {
	tb := a.Table
	d.newPart(tb != nil && tb.Landscape)
	d.centred(a.Label, "B", d.t.Sizes.AppendixNum, d.left(), d.width())
	d.centred(strings.ToUpper(d.text(a.Title)), "B", d.t.Sizes.AppendixTitle, d.left(), d.width())
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
	for r := range tb.Rows() {
		if r.Group != nil {
			style := "B"
			if r.Depth > 1 {
				style = "BI"
			}
			out = append(out, row{group: true, cells: []cell{
				{text: r.Number, style: style, align: alignCenter},
				{text: r.Heading, style: style, align: alignLeft, span: true},
			}})
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

func align(a view.Align) int {
	if a == view.AlignCenter {
		return alignCenter
	}
	return alignLeft
}

// columnWidths gives TT its fixed width and the other columns their
// shares of the rest.
func (d *doc) columnWidths(tb *view.Table) []float64 {
	avail := d.width() - view.NumberWidth
	out := []float64{view.NumberWidth}
	for _, p := range tb.Shares()[1:] {
		out = append(out, avail*p)
	}
	return out
}

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

// shares are the parts of the width after the TT column that each column
// takes, by appendix kind and column key; a report form's columns to fill
// in share what the others leave, and the main column takes any rest.
var shares = map[string]map[string]float64{
	"nhiem_vu":  {"noi_dung": 0.46, "chu_tri": 0.18, "phoi_hop": 0.2, "theo_doi": 0.2, "thoi_han": 0.16},
	"chi_tieu":  {"noi_dung": 0.55, "muc_tieu": 0.17, "chu_tri": 0.28},
	"danh_muc":  {"so_ky_hieu": 0.18, "ngay": 0.14, "co_quan": 0.18, "trich_yeu": 0.5},
	"bieu_mau":  {"noi_dung": 0.3, "chu_tri": 0.15},
	"otherwise": {"": 0.12},
}

// columnWidths gives TT its fixed width and the other columns their
// shares of the rest.
func (d *doc) columnWidths(tb *view.Table) []float64 {
	parts := make([]float64, len(tb.Columns))
	rest, blanks, main := 1.0, 0, -1
	for i, c := range tb.Columns[1:] {
		switch s, ok := shares[tb.Kind][c.Key]; {
		case c.Blank:
			blanks++
			continue
		case ok:
			parts[i+1] = s
		default:
			parts[i+1] = shares["otherwise"][""]
		}
		if c.Main {
			main = i + 1
		}
		rest -= parts[i+1]
	}
	// Columns to fill in get at least a tenth of the width each; the
	// shares are then scaled back to the whole.
	blank := max(rest, 0.1*float64(blanks))
	for i, c := range tb.Columns {
		if c.Blank {
			parts[i] = blank / float64(blanks)
		}
	}
	if blanks == 0 && rest > 1e-9 && main > 0 {
		parts[main] += rest
	}
	if total := sum(parts); total > 1+1e-9 {
		for i := range parts {
			parts[i] /= total
		}
	}
	avail := d.width() - ttWidth
	out := []float64{ttWidth}
	for _, p := range parts[1:] {
		out = append(out, avail*p)
	}
	return out
}

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

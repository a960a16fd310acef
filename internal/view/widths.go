package view

import "strings"

// Measure gives the width in mm of s set on one line in a table's font,
// bold for column headings. Each renderer measures with its own fonts.
type Measure func(s string, bold bool) float64

// Table layout shared by every renderer, in mm.
const (
	// CellPadding is the space between a cell's border and its text, on
	// each side.
	CellPadding = 1.5
	// NumberWidth is the least width of the TT (row number) column.
	NumberWidth = 12.0
	// BlankWidth is the room a column left for units to write in gets
	// where the page has it.
	BlankWidth = 35.0
)

// Widths sizes the columns to fill avail mm the way a word processor's
// automatic table layout does, so the PDF and the Word draft set an
// appendix alike: each column at least as wide as its longest unbreakable
// token (a document symbol or a date never breaks: "605/KH-UBND"), the
// width left shared in proportion to what each column's text would need on
// one line, so the main text column takes most of it. Headings wrap freely
// between words, so they bound only the least width.
func (t *Table) Widths(avail float64, measure Measure) []float64 {
	n := len(t.Columns)
	least := make([]float64, n)
	want := make([]float64, n)
	fit := func(i int, s string, bold, heading bool) {
		for _, line := range strings.Split(s, "\n") {
			for _, w := range strings.Fields(line) {
				least[i] = max(least[i], measure(w, bold)+2*CellPadding)
			}
			if !heading {
				want[i] = max(want[i], measure(line, bold)+2*CellPadding)
			}
		}
	}
	for i, c := range t.Columns {
		fit(i, c.Label, true, true)
	}
	for r := range t.Rows() {
		if r.Group != nil {
			continue
		}
		for i, c := range r.Cells {
			fit(i, c.Text, false, false)
		}
	}
	least[0] = max(least[0], NumberWidth)
	roomy := append([]float64(nil), least...)
	for i, c := range t.Columns {
		if c.Blank {
			roomy[i] = max(least[i], BlankWidth)
		}
	}
	if sum(roomy) <= avail*0.9 {
		least = roomy
	}
	for i := range want {
		want[i] = max(want[i], least[i])
	}
	return share(least, want, avail)
}

// share fits columns into avail: each gets its least; what is left goes
// out in proportion to how much more each would want, up to what it wants;
// anything still left widens every column alike. When the tokens alone
// overfill the page every column shrinks alike.
func share(least, want []float64, avail float64) []float64 {
	out := append([]float64(nil), least...)
	rest := avail - sum(least)
	if rest <= 0 {
		for i := range out {
			out[i] *= avail / sum(least)
		}
		return out
	}
	extra := 0.0
	for i := range want {
		extra += want[i] - least[i]
	}
	if extra <= rest {
		for i := range out {
			out[i] = want[i] + (rest-extra)/float64(len(out))
		}
		return out
	}
	for i := range out {
		out[i] += (want[i] - least[i]) * rest / extra
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

package xlsx

import "math"

// pager follows where printed pages end, from the heights the rows are
// given and the scale fitting the sheet to the page width, so that a
// group row never ends a page with its first row on the next: a manual
// page break goes before it instead.
type pager struct {
	avail  float64 // printable height of a page, in unscaled points
	header float64 // the heading rows repeated on every page
	used   float64
	// group is the row number of a group row ending the height used, and
	// groupTop the height used before it.
	group    int
	groupTop float64
}

// newPager starts a page holding used points (titles and heading rows),
// whose heading rows, header high, repeat on the pages after it.
func newPager(t *table, header, used float64) *pager {
	return &pager{avail: printableHeightPt / scale(t), header: header, used: used}
}

// scale is the zoom Excel and LibreOffice choose to fit the sheet's width
// to the page: a whole percentage, rounded down, at most 100 %.
func scale(t *table) float64 {
	px := 0.0
	for _, c := range t.cols {
		px += c.width*pxPerWidthUnit + colPaddingPx
	}
	return math.Min(100, math.Floor(100*printablePx/px)) / 100
}

// row records row number n, h points high, and returns the row a page
// break must go before (0 for none).
func (p *pager) row(n int, h float64, group bool) int {
	brk := 0
	if p.used+h > p.avail {
		if p.group > 0 && p.groupTop > p.header {
			// The group row fitted, the row after it does not: both go
			// over, the group row first.
			brk = p.group
			p.used = p.header + (p.used - p.groupTop)
		} else {
			p.used = p.header
		}
		if p.used+h > p.avail {
			p.used = p.header
		}
	}
	top := p.used
	p.used += h
	p.group, p.groupTop = 0, 0
	if group {
		p.group, p.groupTop = n, top
	}
	return brk
}

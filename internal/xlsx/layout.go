package xlsx

import (
	"math"
	"strings"
)

// Font sizes and line heights in points. Times New Roman 12 is the body
// size of appendix tables; 13 sets the titles apart.
const (
	bodySize   = 12.0
	titleSize  = 13.0
	lineFactor = 1.25 // line height / font size, as Excel lays out Times New Roman
	rowPadding = 3.0
	maxRowHt   = 409.0 // Excel's limit
)

// Page margins in inches, NĐ 30/2020 Phụ lục I, I.5 as the PDF has them:
// 20 mm at the top and bottom, 30 mm on the left, 15 mm on the right;
// the page number sits 10 mm from the top edge, centred in the margin.
const (
	marginTop    = 20 / 25.4
	marginBottom = 20 / 25.4
	marginLeft   = 30 / 25.4
	marginRight  = 15 / 25.4
	marginHeader = 10 / 25.4
)

// A4 landscape, 11.69" × 8.27", less the margins, at 96 dpi.
const (
	printablePx       = (11.69 - marginLeft - marginRight) * 96
	printableHeightPt = (8.27 - marginTop - marginBottom) * 72
)

// fitWidths sets every column's width: the content's widest line within the
// column's bounds, and the main text column whatever is left of the page.
func (t *table) fitWidths() {
	need := make([]float64, len(t.cols))
	for i, c := range t.cols {
		need[i] = colWidthFor(longestWord(c.label, true), bodySize)
	}
	reg := fontMetrics(false)
	for rw := range t.rows {
		if rw.group {
			continue
		}
		for i, c := range rw.cells {
			if s := c.display(); s != "" {
				need[i] = math.Max(need[i], colWidthFor(reg.width(s), bodySize))
			}
		}
	}
	fill, used := -1, 0.0
	for i, c := range t.cols {
		if c.fill {
			fill = i
			continue
		}
		c.width = clamp(math.Ceil(need[i]), c.min, c.max)
		used += c.width
	}
	if fill >= 0 {
		c := t.cols[fill]
		avail := (printablePx-colPaddingPx*float64(len(t.cols)))/pxPerWidthUnit - used
		c.width = math.Max(c.min, math.Min(math.Ceil(need[fill]), math.Floor(avail)))
	}
}

// display is the text a cell shows, for measuring.
func (c cell) display() string {
	switch c.kind {
	case kindPercent:
		return "100,0%"
	case kindNumber:
		return "000000"
	case kindDate:
		if c.date.IsZero() {
			return ""
		}
		return "00/00/0000"
	}
	return c.text
}

func clamp(v, lo, hi float64) float64 {
	if hi > 0 && v > hi {
		v = hi
	}
	return math.Max(v, lo)
}

func longestWord(s string, isBold bool) float64 {
	m := fontMetrics(isBold)
	w := 0.0
	for _, f := range strings.Fields(s) {
		w = math.Max(w, m.width(f))
	}
	return w
}

// height is the row height in points for lines of text at size.
func height(lines int, size float64) float64 {
	return math.Min(float64(lines)*size*lineFactor+rowPadding, maxRowHt)
}

// span is the width of columns from..to (inclusive) merged into one cell.
func (t *table) span(from, to int) float64 {
	w := 0.0
	for _, c := range t.cols[from : to+1] {
		w += c.width
	}
	// Merged cells also gain the padding between the columns.
	return w + float64(to-from)*colPaddingPx/pxPerWidthUnit
}

func (t *table) totalWidth() float64 { return t.span(0, len(t.cols)-1) }

// dataHeight is the height a data row needs for its tallest cell.
func (t *table) dataHeight(rw *row) float64 {
	lines := 1
	for i, c := range rw.cells {
		if c.kind == kindText && c.text != "" {
			lines = max(lines, countLines(c.text, t.cols[i].width, bodySize, false))
		}
	}
	return height(lines, bodySize)
}

// TextLines is the number of lines text wraps to in a column of width
// (Excel units) at size points, measured with Times New Roman's metrics.
func TextLines(text string, width, size float64, bold bool) int {
	return countLines(text, width, size, bold)
}

// RowHeight is the height in points of a row holding lines lines at size.
func RowHeight(lines int, size float64) float64 { return height(lines, size) }

// FitWidth is the column width (Excel units) that shows text on one line at
// size points.
func FitWidth(text string, size float64, bold bool) float64 {
	return math.Ceil(colWidthFor(fontMetrics(bold).width(text), size))
}

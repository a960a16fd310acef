package pdf

import "github.com/kh-tools/kh/internal/view"

// Cell padding in mm.
const (
	padX = view.CellPadding
	padY = 1.0
	// minSplit is the fewest lines of a row worth leaving at a page's foot
	// when the row is too tall for any page and must be split anyway.
	minSplit = 3
)

// cell is one cell; span stretches it over every column to its right,
// spanTo over the columns up to (not including) that column.
type cell struct {
	text   string
	style  string
	align  int
	span   bool
	spanTo int
}

// row is one table row; a group row is kept with the row after it.
type row struct {
	cells []cell
	group bool
}

// placed is a cell wrapped to its width at its x position.
type placed struct {
	x, w  float64
	cell  cell
	lines []line
}

// table draws rows under a header row repeated on every page. Rows that do
// not fit move to the next page; a row taller than a whole page is split
// line by line, each part boxed, so nothing is cut off.
func (d *doc) table(tb *view.Table, rows []row) {
	labels := make([]string, len(tb.Columns))
	for i, c := range tb.Columns {
		labels[i] = c.Label
	}
	d.grid(labels, d.columnWidths(tb), rows)
}

// grid draws a table of columns of the given headings and widths.
func (d *doc) grid(labels []string, widths []float64, rows []row) {
	var header row
	for _, l := range labels {
		header.cells = append(header.cells, cell{text: l, style: "B", align: alignCenter})
	}
	hdr := d.place(header, widths)
	lh := single(d.t.Sizes.Table)
	headerH := d.rowHeight(hdr, lh)
	// The header needs room for two one-line rows under it (a group row
	// and its first row); asking for two more header heights pushed a tall
	// header (171/KH-UBND Phụ lục 03) off the page with the appendix title.
	d.ensure(headerH + 2*(lh+2*padY))
	d.drawRow(hdr, 0, lines(hdr), lh)
	capacity := int((d.bottom() - d.t.Margins.Top - headerH - 2*padY) / lh)
	for i, r := range rows {
		pr := d.place(r, widths)
		if r.group && i+1 < len(rows) {
			next := d.place(rows[i+1], widths)
			d.tableBreak(hdr, d.rowHeight(pr, lh)+min(d.rowHeight(next, lh), 2*padY+2*lh))
		}
		d.tableRow(hdr, pr, lh, capacity)
	}
}

// tableBreak moves to a new page with the header row when h does not fit.
func (d *doc) tableBreak(hdr []placed, h float64) {
	if d.y+h <= d.bottom() {
		return
	}
	d.newPage()
	d.drawRow(hdr, 0, lines(hdr), single(d.t.Sizes.Table))
}

func (d *doc) tableRow(hdr, pr []placed, lh float64, capacity int) {
	total := lines(pr)
	for from := 0; from < total; {
		avail := int((d.bottom() - d.y - 2*padY) / lh)
		rest := total - from
		if rest > avail && (rest <= capacity || avail < minSplit) && d.y > d.t.Margins.Top+d.rowHeight(hdr, lh)+0.01 {
			d.tableBreak(hdr, d.bottom())
			continue
		}
		n := min(rest, max(avail, 1))
		d.drawRow(pr, from, from+n, lh)
		from += n
		if from < total {
			d.tableBreak(hdr, d.bottom())
		}
	}
}

// place wraps each cell of r to its column; a spanning cell takes the
// width of all the columns from its own to the last.
func (d *doc) place(r row, widths []float64) []placed {
	var out []placed
	x := d.left()
	col := 0
	for _, c := range r.cells {
		i := col
		if i >= len(widths) {
			break
		}
		w := widths[i]
		end := i + 1
		switch {
		case c.span:
			end = len(widths)
		case c.spanTo > i:
			end = min(c.spanTo, len(widths))
		}
		for _, more := range widths[i+1 : end] {
			w += more
		}
		col = end
		d.setFont(c.style, d.t.Sizes.Table)
		inner := max(w-2*padX, 1)
		out = append(out, placed{x: x, w: w, cell: c, lines: d.wrap(d.text(c.text), inner, inner)})
		x += w
		if c.span {
			break
		}
	}
	// Columns with no cell (a short row) still get their borders.
	for i := col; i < len(widths); i++ {
		out = append(out, placed{x: x, w: widths[i]})
		x += widths[i]
	}
	return out
}

func lines(pr []placed) int {
	n := 1
	for _, p := range pr {
		n = max(n, len(p.lines))
	}
	return n
}

func (d *doc) rowHeight(pr []placed, lh float64) float64 {
	return float64(lines(pr))*lh + 2*padY
}

// drawRow draws lines [from, to) of every cell of a row, boxed.
func (d *doc) drawRow(pr []placed, from, to int, lh float64) {
	h := float64(to-from)*lh + 2*padY
	for _, p := range pr {
		d.f.Rect(p.x, d.y, p.w, h, "D")
		d.setFont(p.cell.style, d.t.Sizes.Table)
		for i := from; i < to && i < len(p.lines); i++ {
			d.drawWords(p.lines[i], p.x+padX, p.w-2*padX, d.y+padY+float64(i-from)*lh, lh, p.cell.align)
		}
	}
	d.y += h
}

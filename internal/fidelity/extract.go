package fidelity

import (
	"math"
	"regexp"
	"sort"
	"strings"

	"github.com/kh-tools/kh/internal/pdf/pdftext"
	"github.com/kh-tools/kh/internal/vntext"
)

// Printed is a document's text as an output gives it back: paragraphs and
// lines in reading order, and table rows cell by cell.
type Printed struct {
	Blocks []PrintedBlock
}

// PrintedBlock is one printed line (Cells nil) or one table row.
type PrintedBlock struct {
	Page  int // 1-based
	Text  string
	Cells []string
}

// Geometry of the extraction, in points.
const (
	// sameLine: runs whose baselines differ by less are one line (a
	// header's two columns sit up to half a point apart).
	sameLine = 1.5
	// gutter: a gap this wide inside a line separates two columns (the
	// widest word space of a justified body line is well under it).
	gutter = 18.0
	// columnLead: a two-column block (header, Nơi nhận and signature)
	// continues while its lines follow within this distance.
	columnLead = 26.0
	// inRect: how far a run's origin may lie outside a cell's box.
	inRect = 0.5
)

// FromPDF extracts the text of a PDF written by kh. It leaves out the
// running page numbers, reads a two-column block (the header, Nơi nhận
// beside the signature) left column first, reads table cells from the
// boxes drawn around them, writes a table header repeated on every page
// once and joins a row split over a page break.
func FromPDF(data []byte) (*Printed, error) {
	pages, err := pdftext.ReadLayout(data)
	if err != nil {
		return nil, err
	}
	var out Printed
	for i, pg := range pages {
		out.Blocks = append(out.Blocks, pageBlocks(i+1, pg)...)
	}
	out.Blocks = joinTables(out.Blocks)
	return &out, nil
}

// item is a line of text or a table row placed on its page.
type item struct {
	top  float64 // distance from the page's top edge
	line *line   // nil for a table row
	row  []string
}

func pageBlocks(n int, pg pdftext.Layout) []PrintedBlock {
	free, cells := assign(pg)
	items := tableRows(pg, cells)
	for _, l := range dropPageNumber(lines(pg, free)) {
		items = append(items, item{top: l.top, line: &l})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].top < items[j].top })
	var out []PrintedBlock
	for _, it := range readingOrder(items) {
		if it.line != nil {
			out = append(out, PrintedBlock{Page: n, Text: it.line.text()})
		} else {
			out = append(out, PrintedBlock{Page: n, Cells: it.row})
		}
	}
	return out
}

// assign separates the runs inside a table cell's box from the others;
// cells maps a rectangle's index to its runs.
func assign(pg pdftext.Layout) (free []pdftext.Run, cells map[int][]pdftext.Run) {
	cells = map[int][]pdftext.Run{}
	for _, r := range pg.Runs {
		if strings.TrimSpace(r.Text) == "" {
			continue
		}
		best, area := -1, math.Inf(1)
		for i, b := range pg.Rects {
			if r.X >= b.X-inRect && r.X <= b.X+b.W+inRect && r.Y >= b.Y-inRect && r.Y <= b.Y+b.H+inRect && b.W*b.H < area {
				best, area = i, b.W*b.H
			}
		}
		if best < 0 {
			free = append(free, r)
			continue
		}
		cells[best] = append(cells[best], r)
	}
	return free, cells
}

// tableRows groups the cell boxes of a page into rows by their top edge,
// each row's cells left to right.
func tableRows(pg pdftext.Layout, cells map[int][]pdftext.Run) []item {
	byTop := map[int][]int{}
	var tops []int
	for i, b := range pg.Rects {
		top := int(math.Round((pg.Height - b.Y - b.H) * 10))
		if _, ok := byTop[top]; !ok {
			tops = append(tops, top)
		}
		byTop[top] = append(byTop[top], i)
	}
	sort.Ints(tops)
	var out []item
	for _, top := range tops {
		idx := byTop[top]
		sort.Slice(idx, func(a, b int) bool { return pg.Rects[idx[a]].X < pg.Rects[idx[b]].X })
		row := make([]string, len(idx))
		for k, i := range idx {
			row[k] = cellText(cells[i])
		}
		out = append(out, item{top: float64(top) / 10, row: row})
	}
	return out
}

// cellText joins a cell's runs line by line.
func cellText(runs []pdftext.Run) string {
	var ws []string
	for _, l := range group(runs) {
		ws = append(ws, l.text())
	}
	return strings.Join(ws, " ")
}

// line is the runs on one baseline, left to right.
type line struct {
	top  float64
	runs []pdftext.Run
}

func (l line) text() string {
	parts := make([]string, 0, len(l.runs))
	for _, r := range l.runs {
		if s := strings.TrimSpace(r.Text); s != "" {
			parts = append(parts, s)
		}
	}
	return vntext.NFC(strings.Join(parts, " "))
}

// group sorts runs top to bottom, then left to right, into lines.
func group(runs []pdftext.Run) []line {
	rs := append([]pdftext.Run(nil), runs...)
	sort.SliceStable(rs, func(i, j int) bool {
		if math.Abs(rs[i].Y-rs[j].Y) >= sameLine {
			return rs[i].Y > rs[j].Y
		}
		return rs[i].X < rs[j].X
	})
	var out []line
	for _, r := range rs {
		if n := len(out); n > 0 && math.Abs(out[n-1].runs[0].Y-r.Y) < sameLine {
			out[n-1].runs = append(out[n-1].runs, r)
			continue
		}
		out = append(out, line{runs: []pdftext.Run{r}})
	}
	for i := range out {
		sort.SliceStable(out[i].runs, func(a, b int) bool { return out[i].runs[a].X < out[i].runs[b].X })
	}
	return out
}

func lines(pg pdftext.Layout, runs []pdftext.Run) []line {
	out := group(runs)
	for i := range out {
		out[i].top = pg.Height - out[i].runs[0].Y
	}
	return out
}

var digits = regexp.MustCompile(`^[0-9]+$`)

// dropPageNumber leaves out a page's running number: a lone number that
// is the page's first line.
func dropPageNumber(ls []line) []line {
	if len(ls) > 0 && len(ls[0].runs) == 1 && digits.MatchString(strings.TrimSpace(ls[0].runs[0].Text)) {
		return ls[1:]
	}
	return ls
}

// readingOrder reads each two-column block left column first. A block
// starts at a line with a gap wider than a gutter and goes on while the
// following lines, close below, keep to one side of that gap.
func readingOrder(items []item) []item {
	var out []item
	for i := 0; i < len(items); {
		split, ok := 0.0, false
		if items[i].line != nil {
			split, ok = columnSplit(*items[i].line)
		}
		if !ok {
			out = append(out, items[i])
			i++
			continue
		}
		var left, right []item
		prev := items[i].top
		for ; i < len(items) && items[i].line != nil && items[i].top-prev <= columnLead; i++ {
			l, r, ok := sides(*items[i].line, split)
			if !ok {
				break
			}
			if len(l.runs) > 0 {
				left = append(left, item{top: l.top, line: &l})
			}
			if len(r.runs) > 0 {
				right = append(right, item{top: r.top, line: &r})
			}
			prev = items[i].top
		}
		out = append(append(out, left...), right...)
	}
	return out
}

// columnSplit finds the widest gap of a line if it is wider than a
// gutter, and returns where the right column starts: the left column's
// lines may reach that far (Nơi nhận runs longer than its first line).
func columnSplit(l line) (float64, bool) {
	best, at := 0.0, 0.0
	for k := 1; k < len(l.runs); k++ {
		end := l.runs[k-1].X + l.runs[k-1].W
		if gap := l.runs[k].X - end; gap > best {
			best, at = gap, l.runs[k].X-1
		}
	}
	return at, best > gutter
}

// sides cuts a line into its left and right column parts: at its own
// gutter if it has one (the right column's lines are centred, so each
// starts elsewhere), else as a whole on one side of x, the right column's
// start in the block's first line. It fails for a line that crosses x
// without a gutter: body text after the block.
func sides(l line, x float64) (left, right line, ok bool) {
	left.top, right.top = l.top, l.top
	if own, ok := columnSplit(l); ok {
		x = own
	} else if last := l.runs[len(l.runs)-1]; l.runs[0].X < x && last.X+last.W > x {
		return line{}, line{}, false
	}
	for _, r := range l.runs {
		if r.X < x {
			left.runs = append(left.runs, r)
		} else {
			right.runs = append(right.runs, r)
		}
	}
	return left, right, true
}

// joinTables writes once a header row that a table repeats at the top of
// each page, and joins the part of a row carried over a page break to the
// row it continues (same cells, first cell empty).
func joinTables(bs []PrintedBlock) []PrintedBlock {
	var out []PrintedBlock
	var header []string // the current table's first row
	for i, b := range bs {
		if b.Cells == nil {
			out = append(out, b)
			header = nil
			continue
		}
		if header == nil {
			header = b.Cells
			out = append(out, b)
			continue
		}
		firstOnPage := i > 0 && bs[i-1].Page != b.Page
		if firstOnPage && equalCells(b.Cells, header) {
			continue
		}
		prev := &out[len(out)-1]
		afterHeader := i > 0 && bs[i-1].Page == b.Page && equalCells(bs[i-1].Cells, header) && i > 1 && bs[i-2].Page != b.Page
		if afterHeader && prev.Cells != nil && len(prev.Cells) == len(b.Cells) && b.Cells[0] == "" && prev.Page != b.Page {
			for k, c := range b.Cells {
				prev.Cells[k] = strings.TrimSpace(prev.Cells[k] + " " + c)
			}
			continue
		}
		out = append(out, b)
	}
	return out
}

func equalCells(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

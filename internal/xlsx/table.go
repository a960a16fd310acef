package xlsx

import (
	"iter"
	"time"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// align is a column's horizontal alignment.
type align int

const (
	alignLeft align = iota
	alignCenter
)

// column is one printed column of an appendix table.
type column struct {
	key   string
	label string
	// super is the heading over a run of columns with the same super; when
	// the run's labels are empty it is their only heading.
	super string
	align align
	// fill marks the main text column, which takes the width left over.
	fill     bool
	min, max float64
	width    float64
}

// cellKind says how a cell's value is stored.
type cellKind int

const (
	kindText cellKind = iota
	kindNumber
	// kindInteger is a row number, shown as it is written.
	kindInteger
	kindPercent
	kindDate
)

type cell struct {
	kind cellKind
	text string
	num  float64
	date time.Time
}

// row is a group heading or a data row. The iterator reuses one row, so a
// 100,000-row table is never held in memory twice.
type row struct {
	group   bool
	depth   int
	number  string
	heading string
	// lead is a group's lead unit, printed in the lead column.
	lead  string
	cells []cell
}

// table is an appendix laid out as columns and rows.
type table struct {
	cols []*column
	rows iter.Seq[*row]
}

// col is the index of the column with key, or -1.
func (t *table) col(key string) int {
	for i, c := range t.cols {
		if c.key == key {
			return i
		}
	}
	return -1
}

func (t *table) twoHeaderRows() bool {
	for _, c := range t.cols {
		if c.super != "" && c.label != "" {
			return true
		}
	}
	return false
}

// isTable reports whether an appendix prints as a table.
func isTable(a *plan.Appendix) bool { return view.IsTable(a) }

// HasTables reports whether p has an appendix that Write turns into a sheet.
func HasTables(p *plan.Plan) bool { return view.HasTables(p) }

// widths bounds each column's width (Excel units) by the key of its view
// column; the main text column takes what the others leave.
var widths = map[string][2]float64{
	"tt": {5, 6}, "chu_tri": {12, 24}, "phoi_hop": {12, 28}, "theo_doi": {10, 22}, "thoi_han": {10, 16},
	"san_pham": {10, 24}, "ghi_chu": {10, 20}, "so_ky_hieu": {10, 18}, "ngay": {11, 13}, "co_quan": {12, 22},
	"muc_tieu_chu": {4, 14}, "muc_tieu_so": {7, 9}, "": {16, 22},
}

// newTable lays out the view's table: its columns one for one, except
// that a target is two columns under its heading, the operator or a text
// target beside the number, so the number stays a number officers can
// compute with.
func newTable(vt *view.Table) *table {
	var cols []*column
	for _, vc := range vt.Columns {
		c := &column{key: vc.Key, label: vc.Label}
		if vc.Align == view.AlignCenter {
			c.align = alignCenter
		}
		switch {
		case vc.Main:
			c.fill, c.min = true, 30
		case vc.Key == "muc_tieu":
			op := &column{key: "muc_tieu_chu", super: vc.Label, align: alignCenter}
			num := &column{key: "muc_tieu_so", super: vc.Label, align: alignCenter}
			op.min, op.max = widths[op.key][0], widths[op.key][1]
			num.min, num.max = widths[num.key][0], widths[num.key][1]
			cols = append(cols, op, num)
			continue
		default:
			b, ok := widths[vc.Key]
			if !ok {
				b = widths[""]
			}
			c.min, c.max = b[0], b[1]
		}
		cols = append(cols, c)
	}
	return &table{cols: cols, rows: rows(vt, len(cols))}
}

// rows turns the view's rows into the sheet's cells, reusing one row.
func rows(vt *view.Table, ncols int) iter.Seq[*row] {
	return func(yield func(*row) bool) {
		rw := &row{cells: make([]cell, ncols)}
		for vr := range vt.Rows() {
			if vr.NoRow {
				continue
			}
			clear(rw.cells)
			*rw = row{group: vr.Group != nil, depth: vr.Depth, number: vr.Number, heading: vr.Heading, lead: vr.Lead, cells: rw.cells}
			if vr.Group == nil {
				fillCells(vt, vr, rw.cells)
			}
			if !yield(rw) {
				return
			}
		}
	}
}

func fillCells(vt *view.Table, vr *view.Row, cells []cell) {
	i := 0
	for j, c := range vr.Cells {
		switch vt.Columns[j].Key {
		case "muc_tieu":
			cells[i], cells[i+1] = splitTarget(c.Text)
			i += 2
			continue
		case "ngay":
			cells[i] = cell{kind: kindDate, date: c.Date}
		case "tt":
			cells[i] = rowNumber(c.Text)
		default:
			cells[i] = cell{text: c.Text}
		}
		i++
	}
}

// rowNumber is a TT cell: a number where the document prints a plain
// one ("12"), so the column sorts and counts as numbers; text where it
// prints "1.", "01", "I" or "a)".
func rowNumber(s string) cell {
	if n, ok := plainNumber(s); ok {
		return cell{kind: kindInteger, num: float64(n)}
	}
	return cell{text: s}
}

func plainNumber(s string) (int, bool) {
	if s == "" || len(s) > 6 || s[0] == '0' {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}

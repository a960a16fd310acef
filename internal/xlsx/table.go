package xlsx

import (
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/plan"
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
	cells   []cell
}

// table is an appendix laid out as columns and rows.
type table struct {
	cols []*column
	rows iter.Seq[*row]
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
func isTable(a *plan.Appendix) bool {
	switch a.Kind {
	case plan.AppendixTasks, plan.AppendixIndicators, plan.AppendixRegistry, plan.AppendixForm:
		return true
	}
	return false
}

// HasTables reports whether p has an appendix that Write turns into a sheet.
func HasTables(p *plan.Plan) bool {
	for _, a := range p.Appendices {
		if isTable(a) {
			return true
		}
	}
	return false
}

func newTable(r *plan.Repo, a *plan.Appendix) *table {
	switch a.Kind {
	case plan.AppendixIndicators:
		return indicatorTable(r, a)
	case plan.AppendixRegistry:
		return registryTable(r, a)
	}
	return taskTable(r, a)
}

func label(a *plan.Appendix, key, def string) string {
	if l, ok := a.Labels[key]; ok && l != "" {
		return l
	}
	return def
}

// numberCol is the row-number column, headed as the appendix says ("Stt"
// in 171/KH-UBND Phụ lục 03), like the PDF.
func numberCol(a *plan.Appendix) *column {
	return &column{key: "tt", label: label(a, "tt", "TT"), align: alignCenter, min: 5, max: 6}
}

// tasks lists the appendix's tasks in print order.
func tasks(a *plan.Appendix) iter.Seq[*plan.Task] {
	return func(yield func(*plan.Task) bool) {
		stop := false
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			for _, t := range g.Tasks {
				if stop {
					return
				}
				stop = !yield(t)
			}
		})
	}
}

func anyTask(a *plan.Appendix, has func(*plan.Task) bool) bool {
	for t := range tasks(a) {
		if has(t) {
			return true
		}
	}
	return false
}

func taskTable(r *plan.Repo, a *plan.Appendix) *table {
	form := a.Kind == plan.AppendixForm
	cols := []*column{numberCol(a), {key: "noi_dung", label: label(a, "noi_dung", "Nội dung nhiệm vụ"), fill: true, min: 30}}
	hasCoop := anyTask(a, func(t *plan.Task) bool { return len(t.Cooperate) > 0 })
	// The rule is the PDF's: a form has the column when it names leads.
	hasLead := !form || a.FormLead()
	lead := &column{key: "chu_tri", label: label(a, "chu_tri", "Cơ quan chủ trì"), align: alignCenter, min: 12, max: 24}
	coop := &column{key: "phoi_hop", label: label(a, "phoi_hop", "Cơ quan phối hợp"), align: alignCenter, min: 12, max: 28}
	if hasCoop && a.Labels["chu_tri"] == "" && a.Labels["phoi_hop"] == "" {
		// The usual two-level heading of plan tables.
		lead.label, coop.label = "Chủ trì", "Phối hợp"
		lead.super, coop.super = "Cơ quan thực hiện", "Cơ quan thực hiện"
	}
	if hasLead {
		cols = append(cols, lead)
	}
	if hasCoop {
		cols = append(cols, coop)
	}
	optional := []struct {
		key, def string
		has      func(*plan.Task) bool
		max      float64
	}{
		{"theo_doi", "Đơn vị theo dõi", func(t *plan.Task) bool { return len(t.Monitor) > 0 }, 22},
		{"thoi_han", "Thời hạn hoàn thành", func(t *plan.Task) bool { return t.Deadline != "" }, 16},
		{"san_pham", "Sản phẩm", func(t *plan.Task) bool { return t.Product != "" }, 24},
	}
	for _, o := range optional {
		if (!form && o.key == "thoi_han") || anyTask(a, o.has) {
			cols = append(cols, &column{key: o.key, label: label(a, o.key, o.def), align: alignCenter, min: 10, max: o.max})
		}
	}
	for i, c := range a.Columns {
		cols = append(cols, &column{key: "cot" + strconv.Itoa(i), label: c, min: 16, max: 22})
	}
	if anyTask(a, func(t *plan.Task) bool { return t.Note != "" }) {
		cols = append(cols, &column{key: "ghi_chu", label: label(a, "ghi_chu", "Ghi chú"), min: 10, max: 20})
	}
	return &table{cols: cols, rows: groupRows(a, len(cols), func(g *plan.Group, emit func(func(cells []cell)) bool) bool {
		for _, t := range g.Tasks {
			if !emit(func(cells []cell) { taskCells(r, cols, t, cells) }) {
				return false
			}
		}
		return true
	})}
}

func taskCells(r *plan.Repo, cols []*column, t *plan.Task, cells []cell) {
	for i, c := range cols {
		var s string
		switch c.key {
		case "tt":
			continue
		case "noi_dung":
			s = t.Text
		case "chu_tri":
			s = agencies(r, t.Lead)
		case "phoi_hop":
			s = agencies(r, t.Cooperate)
		case "theo_doi":
			s = agencies(r, t.Monitor)
		case "thoi_han":
			s = t.Deadline
		case "san_pham":
			s = t.Product
		case "ghi_chu":
			s = t.Note
		}
		cells[i] = cell{text: s}
	}
}

func indicatorTable(r *plan.Repo, a *plan.Appendix) *table {
	target := label(a, "muc_tieu", "Mục tiêu")
	cols := []*column{
		numberCol(a),
		{key: "noi_dung", label: label(a, "noi_dung", "Chỉ tiêu"), fill: true, min: 30},
		// The operator or a text target sits beside the number, so the
		// number stays a number officers can compute with.
		{key: "muc_tieu_chu", super: target, align: alignCenter, min: 4, max: 14},
		{key: "muc_tieu_so", super: target, align: alignCenter, min: 7, max: 9},
		{key: "chu_tri", label: label(a, "chu_tri", "Cơ quan chủ trì"), align: alignCenter, min: 12, max: 24},
	}
	hasNote := false
	a.WalkGroups(func(g *plan.Group, _ string, _ int) {
		for _, in := range g.Indicators {
			hasNote = hasNote || in.Note != ""
		}
	})
	if hasNote {
		cols = append(cols, &column{key: "ghi_chu", label: label(a, "ghi_chu", "Ghi chú"), min: 10, max: 20})
	}
	return &table{cols: cols, rows: groupRows(a, len(cols), func(g *plan.Group, emit func(func(cells []cell)) bool) bool {
		for _, in := range g.Indicators {
			ok := emit(func(cells []cell) {
				cells[1] = cell{text: in.Text}
				cells[2], cells[3] = splitTarget(in.Target)
				cells[4] = cell{text: agencies(r, in.Lead)}
				if hasNote {
					cells[5] = cell{text: in.Note}
				}
			})
			if !ok {
				return false
			}
		}
		return true
	})}
}

func registryTable(r *plan.Repo, a *plan.Appendix) *table {
	var hasIssuer, hasNote bool
	a.WalkGroups(func(g *plan.Group, _ string, _ int) {
		for _, d := range g.Documents {
			hasIssuer = hasIssuer || d.Issuer != ""
			hasNote = hasNote || d.Note != ""
		}
	})
	cols := []*column{
		numberCol(a),
		{key: "so_ky_hieu", label: label(a, "so_ky_hieu", "Số, ký hiệu"), align: alignCenter, min: 10, max: 18},
		{key: "ngay", label: label(a, "ngay", "Ngày ban hành"), align: alignCenter, min: 11, max: 13},
	}
	if hasIssuer {
		cols = append(cols, &column{key: "co_quan", label: label(a, "co_quan", "Cơ quan ban hành"), align: alignCenter, min: 12, max: 22})
	}
	cols = append(cols, &column{key: "trich_yeu", label: label(a, "trich_yeu", "Trích yếu"), fill: true, min: 30})
	if hasNote {
		cols = append(cols, &column{key: "ghi_chu", label: label(a, "ghi_chu", "Ghi chú"), min: 10, max: 20})
	}
	return &table{cols: cols, rows: groupRows(a, len(cols), func(g *plan.Group, emit func(func(cells []cell)) bool) bool {
		for _, d := range g.Documents {
			ok := emit(func(cells []cell) {
				for i, c := range cols {
					switch c.key {
					case "so_ky_hieu":
						cells[i] = cell{text: d.Ref}
					case "ngay":
						cells[i] = cell{kind: kindDate, date: d.Date}
					case "co_quan":
						cells[i] = cell{text: agencies(r, []string{d.Issuer})}
					case "trich_yeu":
						cells[i] = cell{text: d.Subject}
					case "ghi_chu":
						cells[i] = cell{text: d.Note}
					}
				}
			})
			if !ok {
				return false
			}
		}
		return true
	})}
}

// groupRows yields each group's heading row followed by the data rows its
// fill function emits; data rows are numbered 1, 2, … as plan.WalkRows
// says (across the appendix, or per group).
func groupRows(a *plan.Appendix, ncols int, fill func(g *plan.Group, emit func(func([]cell)) bool) bool) iter.Seq[*row] {
	return func(yield func(*row) bool) {
		rw := &row{cells: make([]cell, ncols)}
		stop := false
		var next func() int
		emit := func(set func([]cell)) bool {
			clear(rw.cells)
			*rw = row{number: strconv.Itoa(next()), cells: rw.cells}
			set(rw.cells)
			rw.cells[0] = cell{text: rw.number}
			return yield(rw)
		}
		a.WalkRows(func(g *plan.Group, num string, depth int, nextRow func() int) {
			if stop {
				return
			}
			next = nextRow
			clear(rw.cells)
			*rw = row{group: true, depth: depth, number: num, heading: g.Heading, cells: rw.cells}
			stop = !yield(rw) || !fill(g, emit)
		})
	}
}

// agencies joins display names with semicolons, since names themselves
// contain commas ("Các sở, ban, ngành").
func agencies(r *plan.Repo, ids []string) string {
	if len(ids) == 1 {
		return agencyName(r, ids[0])
	}
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		names = append(names, agencyName(r, id))
	}
	return strings.Join(names, "; ")
}

func agencyName(r *plan.Repo, id string) string {
	if a := r.Agency(id); a != nil {
		return a.DisplayName()
	}
	return id
}

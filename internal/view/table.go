package view

import (
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/plan"
)

// Appendix is one phụ lục as printed.
type Appendix struct {
	Appendix *plan.Appendix
	// Number is "01"; Label "Phụ lục 01", what references and sheet names
	// use.
	Number, Label string
	// Title is the appendix title as written.
	Title string
	// Heading are the centred lines of the title block as the document
	// sets them (trinh_bay.phu_luc, then tieu_de_phu): ["Phụ lục 01",
	// "DANH MỤC …"], ["PHỤ LỤC 01", "Danh mục …"] or ["Phụ lục 01: DANH
	// MỤC …"]. LabelLines of them are the label alone ("Phụ lục 01"),
	// set apart from the title.
	Heading    []string
	LabelLines int
	// AttachedTo is the "(Kèm theo …)" line.
	AttachedTo string
	// Header asks for the agency and national header above the title.
	Header bool
	// Intro are paragraphs printed between the title block and the table
	// or outline.
	Intro []plan.Block
	// Table is the appendix's table, nil for a đề cương, whose Outline is
	// set like the body.
	Table   *Table
	Outline []*Item
}

// Appendices resolves the plan's appendices in order.
func (d *Doc) Appendices() []*Appendix {
	out := make([]*Appendix, len(d.Plan.Appendices))
	for i, a := range d.Plan.Appendices {
		n := plan.AppendixNumber(i + 1)
		va := &Appendix{
			Appendix: a, Number: n, Label: "Phụ lục " + n,
			Title: d.Text(a.Title), AttachedTo: d.AttachedTo(), Header: a.Header, Intro: d.blocks(a.Intro),
			Table: d.table(a),
		}
		va.Heading, va.LabelLines = d.appendixHeading(a, n)
		if va.Table == nil {
			va.Outline = d.outline(a.Sections, a.OutlineLevels())
		}
		out[i] = va
	}
	return out
}

// appendixHeading fills the document's title block lines for appendix a
// numbered n; lines before the first naming the title are label lines.
func (d *Doc) appendixHeading(a *plan.Appendix, n string) ([]string, int) {
	lines := d.Plan.Presentation.AppendixHeading
	if len(lines) == 0 {
		lines = []string{"Phụ lục {so}", "{TIEU_DE}"}
	}
	title := d.Text(a.Title)
	r := strings.NewReplacer("{so}", n, "{tieu_de}", title, "{TIEU_DE}", strings.ToUpper(title))
	var out []string
	labels := 0
	for _, l := range lines {
		if !strings.Contains(l, "{tieu_de}") && !strings.Contains(l, "{TIEU_DE}") && labels == len(out) {
			labels++
		}
		out = append(out, r.Replace(l))
	}
	for _, s := range a.Subtitle {
		out = append(out, d.Text(s))
	}
	return out, labels
}

// HasTables reports whether the plan has an appendix printed as a table.
func HasTables(p *plan.Plan) bool {
	for _, a := range p.Appendices {
		if IsTable(a) {
			return true
		}
	}
	return false
}

// IsTable reports whether an appendix prints as a table (every kind but
// the đề cương).
func IsTable(a *plan.Appendix) bool {
	switch a.Kind {
	case plan.AppendixTasks, plan.AppendixIndicators, plan.AppendixRegistry, plan.AppendixForm:
		return true
	}
	return false
}

// Align is a column's horizontal alignment.
type Align int

// Alignments.
const (
	AlignLeft Align = iota
	AlignCenter
)

// Column is one column of an appendix table. Key names the field it shows
// ("tt", "noi_dung", "chu_tri", "phoi_hop", "theo_doi", "thoi_han",
// "san_pham", "ghi_chu", "muc_tieu", "so_ky_hieu", "ngay", "co_quan",
// "trich_yeu") or, for a column a report form leaves to be filled in,
// "cot1", "cot2", ….
type Column struct {
	Key, Label string
	Align      Align
	// Main marks the column holding the row's text, which takes the width
	// the others leave.
	Main bool
	// Blank marks a column left empty for units to fill in.
	Blank bool
}

// Table is an appendix laid out as columns and rows; the PDF and the
// workbook of an appendix have exactly these columns.
type Table struct {
	Kind string
	// Landscape tables need the page's width; a list of documents fits
	// upright, as does a report form with fewer than two columns to fill.
	Landscape bool
	// Columns start with the row number ("tt").
	Columns []Column

	doc      *Doc
	appendix *plan.Appendix
}

// Cell is one table cell: its text as printed and, for a date, the date.
type Cell struct {
	Text string
	Date time.Time
}

// Row is a group heading row or an item row: exactly one of Group, Task,
// Indicator and Document is set.
type Row struct {
	// A group row carries Number ("I", or "" for a sub-group), Heading
	// and the unit leading the group (Lead, as written) at Depth 1, 2, …;
	// NoRow marks a group the document prints no row for (one without a
	// heading: a table published without groups). An item row carries
	// Number ("1") and one cell per column, Cells[0] being the number.
	Group   *plan.Group
	NoRow   bool
	Depth   int
	Number  string
	Heading string
	Lead    string
	Cells   []Cell

	Task      *plan.Task
	Indicator *plan.Indicator
	Document  *plan.Document
}

// Column label defaults by appendix kind; an appendix's nhan_cot overrides
// any of them.
var defaultLabels = map[string]map[string]string{
	plan.AppendixTasks:      {"noi_dung": "Nhiệm vụ"},
	plan.AppendixForm:       {"noi_dung": "Nội dung"},
	plan.AppendixIndicators: {"noi_dung": "Chỉ tiêu"},
	"": {
		"tt": "TT", "chu_tri": "Đơn vị chủ trì", "phoi_hop": "Đơn vị phối hợp", "theo_doi": "Đơn vị theo dõi",
		"thoi_han": "Thời hạn", "san_pham": "Sản phẩm", "ghi_chu": "Ghi chú", "muc_tieu": "Mục tiêu",
		"so_ky_hieu": "Số, ký hiệu", "ngay": "Ngày", "co_quan": "Cơ quan", "trich_yeu": "Trích yếu",
	},
}

func label(a *plan.Appendix, key string) string {
	if s := a.Labels[key]; s != "" {
		return s
	}
	if s, ok := defaultLabels[a.Kind][key]; ok {
		return s
	}
	return defaultLabels[""][key]
}

func (d *Doc) table(a *plan.Appendix) *Table {
	if !IsTable(a) {
		return nil
	}
	t := &Table{Kind: a.Kind, Landscape: true, doc: d, appendix: a}
	col := func(key string, align Align) Column { return Column{Key: key, Label: label(a, key), Align: align} }
	main := func(key string) Column {
		c := col(key, AlignLeft)
		c.Main = true
		return c
	}
	t.Columns = []Column{col("tt", AlignCenter)}
	if len(a.PrintedColumns) > 0 {
		t.Columns = append(t.Columns, printedColumns(a, col, main)...)
		t.Landscape = a.Kind != plan.AppendixRegistry && (a.Kind != plan.AppendixForm || len(a.Columns) >= 2)
		return t
	}
	switch a.Kind {
	case plan.AppendixIndicators:
		t.Columns = append(t.Columns, main("noi_dung"), col("muc_tieu", AlignCenter), col("chu_tri", AlignCenter))
		if anyRow(a, func(r item) bool { return r.note() != "" }) {
			t.Columns = append(t.Columns, col("ghi_chu", AlignLeft))
		}
	case plan.AppendixRegistry:
		t.Landscape = false
		t.Columns = append(t.Columns, col("so_ky_hieu", AlignCenter), col("ngay", AlignCenter))
		if anyRow(a, func(r item) bool { return r.doc != nil && r.doc.Issuer != "" }) {
			t.Columns = append(t.Columns, col("co_quan", AlignCenter))
		}
		t.Columns = append(t.Columns, main("trich_yeu"))
		if anyRow(a, func(r item) bool { return r.note() != "" }) {
			t.Columns = append(t.Columns, col("ghi_chu", AlignLeft))
		}
	default:
		t.Columns = append(t.Columns, taskColumns(a, col, main)...)
		t.Landscape = a.Kind != plan.AppendixForm || len(a.Columns) >= 2
	}
	return t
}

// taskColumns are the columns of a task table or a report form: the text,
// then each field some row fills (a task table always has its lead unit
// and deadline; a form has the lead unit when it names one, as
// plan.Appendix.FormLead says), the form's columns to fill in, and notes.
func taskColumns(a *plan.Appendix, col func(string, Align) Column, main func(string) Column) []Column {
	form := a.Kind == plan.AppendixForm
	out := []Column{main("noi_dung")}
	fields := []struct {
		key    string
		always bool
		has    func(item) bool
	}{
		{"chu_tri", !form || a.FormLead(), func(item) bool { return false }},
		{"phoi_hop", false, func(r item) bool { return r.task != nil && len(r.task.Cooperate) > 0 }},
		{"theo_doi", false, func(r item) bool { return r.task != nil && len(r.task.Monitor) > 0 }},
		{"thoi_han", !form, func(r item) bool { return r.task != nil && r.task.Deadline != "" }},
		{"san_pham", false, func(r item) bool { return r.task != nil && r.task.Product != "" }},
	}
	for _, f := range fields {
		if f.always || anyRow(a, f.has) {
			out = append(out, col(f.key, AlignCenter))
		}
	}
	for i, c := range a.Columns {
		out = append(out, Column{Key: "cot" + strconv.Itoa(i+1), Label: c, Blank: true})
	}
	if anyRow(a, func(r item) bool { return r.note() != "" }) {
		out = append(out, col("ghi_chu", AlignLeft))
	}
	return out
}

// mainKeys name the column holding a row's text, by appendix kind.
var mainKeys = map[string]string{plan.AppendixRegistry: "trich_yeu"}

// printedColumns are the columns the published table shows (cot_in), then
// a form's columns to fill in.
func printedColumns(a *plan.Appendix, col func(string, Align) Column, main func(string) Column) []Column {
	mainKey := mainKeys[a.Kind]
	if mainKey == "" {
		mainKey = "noi_dung"
	}
	var out []Column
	for _, key := range a.PrintedColumns {
		switch {
		case key == mainKey:
			out = append(out, main(key))
		case key == "ghi_chu":
			out = append(out, col(key, AlignLeft))
		default:
			out = append(out, col(key, AlignCenter))
		}
	}
	for i, c := range a.Columns {
		out = append(out, Column{Key: "cot" + strconv.Itoa(i+1), Label: c, Blank: true})
	}
	return out
}

// item is one row's source, whatever its kind.
type item struct {
	task *plan.Task
	ind  *plan.Indicator
	doc  *plan.Document
}

func (r item) printed() string {
	switch {
	case r.task != nil:
		return r.task.Printed
	case r.ind != nil:
		return r.ind.Printed
	}
	return r.doc.Printed
}

func (r item) note() string {
	switch {
	case r.task != nil:
		return r.task.Note
	case r.ind != nil:
		return r.ind.Note
	}
	return r.doc.Note
}

// items lists a group's rows in print order: tasks, indicators, documents.
func items(g *plan.Group) []item {
	out := make([]item, 0, len(g.Tasks)+len(g.Indicators)+len(g.Documents))
	for _, t := range g.Tasks {
		out = append(out, item{task: t})
	}
	for _, in := range g.Indicators {
		out = append(out, item{ind: in})
	}
	for _, doc := range g.Documents {
		out = append(out, item{doc: doc})
	}
	return out
}

// anyRow reports whether a row of the appendix satisfies has.
func anyRow(a *plan.Appendix, has func(item) bool) bool {
	found := false
	a.WalkGroups(func(g *plan.Group, _ string, _ int) {
		for _, it := range items(g) {
			found = found || has(it)
		}
	})
	return found
}

// Rows yields the table's rows in print order: each group's heading row,
// then its items numbered as plan.WalkRows numbers them. The Row is reused
// between iterations, so a 100,000-row table is never held twice; copy it
// (and its Cells) to keep it.
func (t *Table) Rows() iter.Seq[*Row] {
	return func(yield func(*Row) bool) {
		rw := &Row{Cells: make([]Cell, len(t.Columns))}
		stop := false
		t.appendix.WalkRows(func(g *plan.Group, num string, depth int, next func() int) {
			if stop {
				return
			}
			*rw = Row{
				Group: g, NoRow: g.Heading == "", Depth: depth, Number: t.doc.printed(num, g.Printed), Heading: t.doc.Text(g.Heading),
				Lead: t.doc.written(g.LeadWritten, g.Lead), Cells: rw.Cells[:0],
			}
			if stop = !yield(rw); stop {
				return
			}
			for _, it := range items(g) {
				n := t.doc.printed(t.rowLabel(next()), it.printed())
				*rw = Row{Number: n, Cells: rw.Cells[:len(t.Columns)], Task: it.task, Indicator: it.ind, Document: it.doc}
				t.fill(rw, it)
				if stop = !yield(rw); stop {
					return
				}
			}
		})
	}
}

// rowLabel writes row number n as the table does ("{so}." → "5.").
func (t *Table) rowLabel(n int) string {
	if t.appendix.RowLabel == "" {
		return strconv.Itoa(n)
	}
	return strings.ReplaceAll(t.appendix.RowLabel, "{so}", strconv.Itoa(n))
}

// fill sets an item row's cells, column by column.
func (t *Table) fill(rw *Row, it item) {
	d := t.doc
	for i, c := range t.Columns {
		var cell Cell
		switch {
		case c.Key == "tt":
			cell.Text = rw.Number
		case it.task != nil:
			cell.Text = d.taskCell(it.task, c.Key)
		case it.ind != nil:
			cell.Text = d.indicatorCell(it.ind, c.Key)
		default:
			cell = d.documentCell(it.doc, c.Key, t.appendix.DateForm)
		}
		rw.Cells[i] = cell
	}
}

func (d *Doc) taskCell(tk *plan.Task, key string) string {
	switch key {
	case "noi_dung":
		return d.Text(tk.Text)
	case "chu_tri":
		return d.written(tk.LeadWritten, tk.Lead)
	case "phoi_hop":
		return d.written(tk.CooperateWritten, tk.Cooperate)
	case "theo_doi":
		return d.written(tk.MonitorWritten, tk.Monitor)
	case "thoi_han":
		return d.Deadline(tk).Text
	case "san_pham":
		return tk.Product
	case "ghi_chu":
		return tk.Note
	}
	return ""
}

func (d *Doc) indicatorCell(in *plan.Indicator, key string) string {
	switch key {
	case "noi_dung":
		return d.Text(in.Text)
	case "muc_tieu":
		return in.Target
	case "chu_tri":
		return d.written(in.LeadWritten, in.Lead)
	case "ghi_chu":
		return in.Note
	}
	return ""
}

// written is a table cell naming agencies: the text as the document writes
// it where recorded (chu_tri_in), else the registry's short names.
func (d *Doc) written(text string, ids []string) string {
	if text != "" {
		return text
	}
	return d.Names(ids, Short)
}

func (d *Doc) documentCell(doc *plan.Document, key, dateForm string) Cell {
	switch key {
	case "so_ky_hieu":
		return Cell{Text: doc.Ref}
	case "ngay":
		text := Date(doc.Date)
		if dateForm == "dd/mm/yyyy" && !doc.Date.IsZero() {
			text = doc.Date.Format("02/01/2006")
		}
		return Cell{Text: text, Date: doc.Date}
	case "co_quan":
		if doc.Issuer == "" {
			return Cell{}
		}
		return Cell{Text: d.Agency(doc.Issuer).Short}
	case "noi_dung", "trich_yeu":
		return Cell{Text: d.Text(doc.Subject)}
	case "ghi_chu":
		return Cell{Text: doc.Note}
	}
	return Cell{}
}

// DocumentLine writes a registry row on one line: "605/KH-UBND — 31/08/2022
// — UBND tỉnh — Kế hoạch …", for listings.
func (d *Doc) DocumentLine(doc *plan.Document) string {
	var parts []string
	if doc.Ref != "" {
		parts = append(parts, doc.Ref)
	}
	if !doc.Date.IsZero() {
		parts = append(parts, Date(doc.Date))
	}
	if doc.Issuer != "" {
		parts = append(parts, d.Agency(doc.Issuer).Name)
	}
	parts = append(parts, d.Text(doc.Subject))
	return strings.Join(parts, " — ")
}

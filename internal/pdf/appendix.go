package pdf

import (
	"strconv"
	"strings"

	"github.com/kh-tools/kh/internal/plan"
)

// appendix starts appendix n on a new page with its own page numbers:
// landscape for tables that need the width, headed as NĐ 30 PL I Mục III.1
// and PL III Mẫu 2.1 show.
func (d *doc) appendix(a *plan.Appendix, n int) {
	tb := d.tableFor(a)
	d.newPart(tb != nil && tb.landscape)
	d.centred("Phụ lục "+plan.AppendixNumber(n), "B", d.t.Sizes.AppendixNum, d.left(), d.width())
	d.centred(strings.ToUpper(d.text(a.Title)), "B", d.t.Sizes.AppendixTitle, d.left(), d.width())
	ref := d.centred(d.attachedTo(), "I", d.t.Sizes.AppendixRef, d.left(), d.width())
	d.y += ruleGap
	d.rule(d.left()+d.width()/2, d.y, ref*d.t.Rules.Title)
	d.y += single(d.t.Sizes.Body)
	d.blocks(a.Intro)
	if tb == nil {
		d.sections(a.Sections)
		return
	}
	d.table(tb, d.rows(a))
}

// attachedTo is "(Kèm theo Kế hoạch số 171/KH-UBND ngày 17/3/2025 của
// UBND tỉnh)", the short form practice uses, with blanks for a draft.
func (d *doc) attachedTo() string {
	ref := d.p.DocumentRef(d.party)
	if d.p.Number == 0 {
		ref = blank + ref
	}
	date := plan.ShortDate(d.p.Date)
	if date == "" {
		date = blank
	}
	issuer := d.p.Issuer
	if a := d.r.Agency(d.p.Issuer); a != nil {
		issuer = a.DisplayName()
	}
	return "(Kèm theo " + d.kindName() + " số " + ref + " ngày " + date + " của " + issuer + ")"
}

// rows lists the table rows of an appendix: bold numbered group rows,
// bold italic unnumbered sub-group rows, then the items numbered as show
// numbers them (across the appendix, or per group with danh_so_theo_nhom).
func (d *doc) rows(a *plan.Appendix) []row {
	var out []row
	lead := a.Kind == plan.AppendixForm && a.FormLead()
	a.WalkRows(func(g *plan.Group, num string, depth int, next func() int) {
		style := "B"
		if depth > 1 {
			style = "BI"
		}
		out = append(out, row{group: true, cells: []cell{
			{text: num, style: style, align: alignCenter},
			{text: g.Heading, style: style, align: alignLeft, span: true},
		}})
		for _, item := range d.items(a, g, lead) {
			out = append(out, row{cells: append([]cell{{text: strconv.Itoa(next()), align: alignCenter}}, item...)})
		}
	})
	return out
}

// items are the data cells (after TT) of a group's rows for the
// appendix's kind; lead asks a report form for its lead-unit column.
func (d *doc) items(a *plan.Appendix, g *plan.Group, lead bool) [][]cell {
	var out [][]cell
	switch a.Kind {
	case plan.AppendixTasks:
		for _, t := range g.Tasks {
			out = append(out, []cell{
				{text: t.Text},
				{text: d.agencies(t.Lead, true), align: alignCenter},
				{text: d.agencies(append(append([]string(nil), t.Cooperate...), t.Monitor...), true), align: alignCenter},
				{text: t.Deadline, align: alignCenter},
			})
		}
	case plan.AppendixIndicators:
		for _, in := range g.Indicators {
			out = append(out, []cell{
				{text: in.Text},
				{text: in.Target, align: alignCenter},
				{text: d.agencies(in.Lead, true), align: alignCenter},
			})
		}
	case plan.AppendixRegistry:
		for _, doc := range g.Documents {
			out = append(out, []cell{
				{text: doc.Ref, align: alignCenter},
				{text: plan.ShortDate(doc.Date), align: alignCenter},
				{text: d.agencies(nonEmpty(doc.Issuer), true), align: alignCenter},
				{text: doc.Subject},
			})
		}
	case plan.AppendixForm:
		for _, it := range formItems(g) {
			cells := []cell{{text: it.text}}
			if lead {
				cells = append(cells, cell{text: d.agencies(it.lead, true), align: alignCenter})
			}
			out = append(out, append(cells, make([]cell, len(a.Columns))...))
		}
	}
	return out
}

func nonEmpty(id string) []string {
	if id == "" {
		return nil
	}
	return []string{id}
}

// formItem is a row of a report form: its text and the units leading it.
type formItem struct {
	text string
	lead []string
}

// formItems are the rows of a report form, whatever items hold them.
func formItems(g *plan.Group) []formItem {
	var out []formItem
	for _, t := range g.Tasks {
		out = append(out, formItem{t.Text, t.Lead})
	}
	for _, in := range g.Indicators {
		out = append(out, formItem{in.Text, in.Lead})
	}
	for _, doc := range g.Documents {
		out = append(out, formItem{text: doc.Subject})
	}
	return out
}

// column is one table column: its heading and its share of the width
// left after the TT column.
type column struct {
	label string
	share float64
}

// tableFor describes the table of an appendix, or nil for an outline
// (đề cương), which is set like the body.
func (d *doc) tableFor(a *plan.Appendix) *tableSpec {
	label := func(key, def string) string {
		if s, ok := a.Labels[key]; ok && s != "" {
			return s
		}
		return def
	}
	var cols []column
	landscape := true
	switch a.Kind {
	case plan.AppendixTasks:
		cols = []column{
			{label("noi_dung", "Nhiệm vụ"), 0.46},
			{label("chu_tri", "Đơn vị chủ trì"), 0.18},
			{d.cooperateLabel(a, label), 0.2},
			{label("thoi_han", "Thời hạn"), 0.16},
		}
	case plan.AppendixIndicators:
		cols = []column{
			{label("noi_dung", "Chỉ tiêu"), 0.55},
			{label("muc_tieu", "Mục tiêu"), 0.17},
			{label("chu_tri", "Đơn vị chủ trì"), 0.28},
		}
	case plan.AppendixRegistry:
		landscape = false
		cols = []column{
			{label("so_ky_hieu", "Số, ký hiệu"), 0.18},
			{label("ngay", "Ngày"), 0.14},
			{label("co_quan", "Cơ quan"), 0.18},
			{label("trich_yeu", "Trích yếu"), 0.5},
		}
	case plan.AppendixForm:
		landscape = len(a.Columns) >= 2
		cols = formColumns(a, label)
	default:
		return nil
	}
	return &tableSpec{landscape: landscape, tt: label("tt", "TT"), cols: cols}
}

// formColumns are the columns of a report form: the row text, the lead
// unit when the form names one, then the empty columns units fill in,
// which share what is left; without them the text takes the rest.
func formColumns(a *plan.Appendix, label func(string, string) string) []column {
	cols := []column{{label("noi_dung", "Nội dung"), 0.3}}
	if a.FormLead() {
		cols = append(cols, column{label("chu_tri", "Đơn vị chủ trì"), 0.15})
	}
	rest := 1.0
	for _, c := range cols {
		rest -= c.share
	}
	if len(a.Columns) == 0 {
		cols[0].share += rest
	}
	for _, c := range a.Columns {
		cols = append(cols, column{c, rest / float64(len(a.Columns))})
	}
	return cols
}

// cooperateLabel heads the fourth column of a task table: cooperating
// units, or the monitoring unit when the plan names only those.
func (d *doc) cooperateLabel(a *plan.Appendix, label func(string, string) string) string {
	coop, monitor := false, false
	a.WalkGroups(func(g *plan.Group, _ string, _ int) {
		for _, t := range g.Tasks {
			coop = coop || len(t.Cooperate) > 0
			monitor = monitor || len(t.Monitor) > 0
		}
	})
	if monitor && !coop {
		return label("theo_doi", "Đơn vị theo dõi")
	}
	return label("phoi_hop", "Đơn vị phối hợp")
}

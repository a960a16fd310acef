package semdiff

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
)

var (
	lblDeadlines = diag.Text{VI: "Thời hạn thay đổi", EN: "Deadline changes"}
	lblTask      = diag.Text{VI: "Nhiệm vụ", EN: "Task"}
	lblFieldCol  = diag.Text{VI: "Trường", EN: "Field"}
	lblOld       = diag.Text{VI: "Cũ", EN: "Old"}
	lblNew       = diag.Text{VI: "Mới", EN: "New"}
	lblShift     = diag.Text{VI: "Thay đổi", EN: "Change"}
	lblID        = diag.Text{VI: "Mã", EN: "Id"}
	lblContent   = diag.Text{VI: "Nội dung", EN: "Content"}
	lblDetails   = diag.Text{VI: "Chi tiết", EN: "Details"}
	changeWords  = map[Change]diag.Text{
		Added:   {VI: "thêm", EN: "added"},
		Removed: {VI: "bỏ", EN: "removed"},
		Changed: {VI: "sửa", EN: "changed"},
	}
)

type mdWriter struct {
	w    *bufio.Writer
	lang diag.Lang
}

// WriteMarkdown prints the report as a pull-request comment: the summary,
// then every deadline move in one table (slips first, since they are what a
// reviewer must catch), then each plan's other changes.
func WriteMarkdown(w io.Writer, r *Report, lang diag.Lang) error {
	m := &mdWriter{w: bufio.NewWriter(w), lang: lang}
	fmt.Fprintf(m.w, "### kh diff `%s` → `%s`\n\n**%s**\n", r.SideName(true, lang), r.SideName(false, lang), r.SummaryLine(lang))
	m.deadlines(r)
	for i := range r.Plans {
		m.plan(&r.Plans[i])
	}
	return m.w.Flush()
}

func (m *mdWriter) in(l diag.Text) string { return l.In(m.lang) }

func (m *mdWriter) deadlines(r *Report) {
	var rows [][]string
	for i := range r.Plans {
		for _, dc := range r.Plans[i].Deadlines() {
			shift := SlipText(*dc.Field.Slip, m.lang)
			if dc.Field.Slip.Later() {
				shift = "**" + shift + "**"
			}
			rows = append(rows, []string{"`" + r.Plans[i].ID + "`", "`" + dc.Task.ID + "` " + clip(dc.Task.Text, 60),
				dc.Field.FromText, dc.Field.ToText, shift})
		}
	}
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(m.w, "\n#### %s\n\n", m.in(lblDeadlines))
	m.table([]string{m.in(lblPlan), m.in(lblTask), m.in(lblOld), m.in(lblNew), m.in(lblShift)}, rows)
}

func (m *mdWriter) plan(d *PlanDiff) {
	title := fmt.Sprintf("`%s` %s — %s", d.ID, d.Ref, d.Title)
	switch d.Change {
	case Added:
		fmt.Fprintf(m.w, "\n#### %s (%s)\n", title, m.in(lblPlanAdded))
		return
	case Removed:
		fmt.Fprintf(m.w, "\n#### %s (%s)\n", title, m.in(lblPlanGone))
		return
	}
	rest := m.rest(d)
	if len(d.Header) == 0 && len(rest) == 0 {
		return
	}
	fmt.Fprintf(m.w, "\n#### %s\n", title)
	if len(d.Header) > 0 {
		var rows [][]string
		for _, f := range d.Header {
			rows = append(rows, m.fieldRow(f))
		}
		fmt.Fprintf(m.w, "\n**%s**\n\n", m.in(lblHeader))
		m.table([]string{m.in(lblFieldCol), m.in(lblOld), m.in(lblNew)}, rows)
	}
	for _, c := range d.categories() {
		if rows := rest[c.label]; len(rows) > 0 {
			fmt.Fprintf(m.w, "\n**%s**\n\n", m.in(c.label))
			m.table([]string{m.in(lblShift), m.in(lblID), m.in(lblContent), m.in(lblDetails)}, rows)
		}
	}
}

// rest builds the item tables, leaving out deadline moves already shown in
// the deadline table.
func (m *mdWriter) rest(d *PlanDiff) map[diag.Text][][]string {
	out := map[diag.Text][][]string{}
	for _, c := range d.categories() {
		for _, it := range c.items {
			details := m.details(it)
			if it.Change == Changed && len(details) == 0 {
				continue
			}
			if it.Change != Changed {
				details = append(details, placeText(firstPlace(it), m.lang))
			}
			out[c.label] = append(out[c.label], []string{m.in(changeWords[it.Change]), "`" + it.ID + "`",
				clip(it.Text, 80), strings.Join(nonEmpty(details), "<br>")})
		}
	}
	return out
}

func firstPlace(it ItemChange) *Place {
	if it.To != nil {
		return it.To
	}
	return it.From
}

func (m *mdWriter) details(it ItemChange) []string {
	var out []string
	if it.Moved {
		out = append(out, moveText(it, m.lang))
	}
	for _, f := range it.Fields {
		if f.Slip == nil {
			out = append(out, fieldLabel(f.Field, m.lang)+": "+valueChange(f, m.lang))
		}
	}
	return out
}

func (m *mdWriter) fieldRow(f FieldChange) []string {
	if prose[f.Field] {
		return []string{fieldLabel(f.Field, m.lang), countText(f.From, m.lang), countText(f.To, m.lang)}
	}
	return []string{fieldLabel(f.Field, m.lang), orEmpty(f.FromText, m.lang), orEmpty(f.ToText, m.lang)}
}

func (m *mdWriter) table(head []string, rows [][]string) {
	fmt.Fprintf(m.w, "| %s |\n|%s\n", strings.Join(head, " | "), strings.Repeat("---|", len(head)))
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = cell(c)
		}
		fmt.Fprintf(m.w, "| %s |\n", strings.Join(cells, " | "))
	}
}

// cell keeps a value inside its table cell: a pipe would end the cell and a
// newline the row.
func cell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", "<br>")
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

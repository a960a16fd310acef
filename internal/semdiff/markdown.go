package semdiff

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/worddiff"
)

var (
	lblItem     = msg.DiffItem.Text()
	lblFieldCol = msg.DiffFieldCol.Text()
	lblOld      = msg.DiffOld.Text()
	lblNew      = msg.DiffNew.Text()
	lblShift    = msg.DiffShift.Text()
	lblID       = msg.DiffID.Text()
	lblWhere    = msg.DiffWhere.Text()
	lblContent  = msg.DiffContent.Text()
	lblDetails  = msg.DiffDetails.Text()
	changeWords = map[Change]diag.Text{
		Added:   msg.DiffAdded.Text(),
		Removed: msg.DiffRemoved.Text(),
		Changed: msg.DiffChanged.Text(),
	}
)

// collapseAfter is the number of rows past which a plan's item tables are
// folded into <details> sections, so a long diff keeps its slips and
// lowered targets on the first screen of the pull request.
const collapseAfter = 10

// CommentLimit is the most characters GitHub takes in a pull-request
// comment; a longer Markdown diff is cut at a row, with a closing line
// saying how much was left out and how to see it all.
const CommentLimit = 65536

type mdWriter struct {
	w    *bufio.Writer
	lang diag.Lang
	// left is what the comment may still take, the closing line's room
	// kept; omitted counts the rows left out. Once a row is left out,
	// everything after it is too, so the comment is a clean beginning.
	left, omitted int
	// pending is a plan's heading, written with the first table that fits.
	pending string
}

// WriteMarkdown prints the report as a pull-request comment: a one-line
// summary, the slipped deadlines and weakened targets in one table, then
// each plan's other changes, folded when long, within CommentLimit
// characters. It writes nothing at all when the sides do not differ, so a
// workflow can skip commenting.
func WriteMarkdown(w io.Writer, r *Report, lang diag.Lang) error {
	return writeMarkdown(w, r, lang, CommentLimit)
}

func writeMarkdown(w io.Writer, r *Report, lang diag.Lang, limit int) error {
	if r.Empty() {
		return nil
	}
	var whole bytes.Buffer
	render(&whole, r, lang, math.MaxInt)
	if utf8.RuneCount(whole.Bytes()) <= limit {
		_, err := w.Write(whole.Bytes())
		return err
	}
	return render(w, r, lang, limit)
}

// render writes the comment; past room, with the room for the closing line
// kept, rows are left out.
func render(w io.Writer, r *Report, lang diag.Lang, room int) error {
	m := &mdWriter{w: bufio.NewWriter(w), lang: lang}
	top := fmt.Sprintf("### kh diff `%s` → `%s`\n\n**%s**\n", r.SideName(true, lang), r.SideName(false, lang), r.SummaryLine(lang))
	m.w.WriteString(top)
	m.left = room
	if room < math.MaxInt {
		m.left = room - runes(top) - runes(m.cutNote(r, math.MaxInt32))
	}
	m.attention(r)
	for i := range r.Plans {
		m.plan(&r.Plans[i])
	}
	if m.omitted > 0 {
		m.w.WriteString(m.cutNote(r, m.omitted))
	}
	return m.w.Flush()
}

// cutNote is the closing line of a comment cut short.
func (m *mdWriter) cutNote(r *Report, n int) string {
	return "\n---\n\n" + msg.DiffCut.In(m.lang, n, "`"+r.Command()+"`") + "\n"
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// put writes s when it fits with the room kept for tail.
func (m *mdWriter) put(s, tail string) bool {
	if m.omitted > 0 || runes(s)+runes(tail) > m.left {
		return false
	}
	m.w.WriteString(s)
	m.left -= runes(s)
	return true
}

func (m *mdWriter) in(l diag.Text) string { return l.In(m.lang) }

func (m *mdWriter) attention(r *Report) {
	var rows [][]string
	for i := range r.Plans {
		for _, f := range r.Plans[i].Attention() {
			shift := ""
			if f.Field.Slip != nil {
				shift = SlipText(*f.Field.Slip, m.lang)
			} else {
				shift = VerdictText(f.Field.Target.Verdict, m.lang)
			}
			rows = append(rows, []string{"`" + r.Plans[i].ID + "`", PrintedText(f.Item, m.lang),
				"`" + f.Item.ID + "` " + mdEscape(f.Item.Text), mdEscape(f.Field.FromText), mdEscape(f.Field.ToText), "**" + shift + "**"})
		}
	}
	if len(rows) == 0 {
		return
	}
	m.table(fmt.Sprintf("\n#### %s\n\n", m.in(lblAttention)), []string{m.in(lblPlan), m.in(lblWhere), m.in(lblItem), m.in(lblOld), m.in(lblNew), m.in(lblShift)}, rows, "")
}

func (m *mdWriter) plan(d *PlanDiff) {
	title := fmt.Sprintf("`%s` %s — %s", d.ID, d.Ref, mdEscape(d.Title))
	switch d.Change {
	case Added, Removed:
		label := lblPlanAdded
		if d.Change == Removed {
			label = lblPlanGone
		}
		if !m.put(fmt.Sprintf("\n#### %s (%s)\n", title, m.in(label)), "") {
			m.omitted++
		}
		return
	}
	rest, n := m.rest(d)
	if len(d.Header) == 0 && n == 0 {
		return
	}
	m.pending = fmt.Sprintf("\n#### %s\n", title)
	if len(d.Header) > 0 {
		var rows [][]string
		for _, f := range d.Header {
			rows = append(rows, m.fieldRow(f))
		}
		m.table(fmt.Sprintf("\n**%s**\n\n", m.in(lblHeader)), []string{m.in(lblFieldCol), m.in(lblOld), m.in(lblNew)}, rows, "")
	}
	head := []string{m.in(lblShift), m.in(lblID), m.in(lblWhere), m.in(lblContent), m.in(lblDetails)}
	for _, c := range d.Categories() {
		rows := rest[c.Label]
		switch {
		case len(rows) == 0:
		case n > collapseAfter:
			m.table(fmt.Sprintf("\n<details><summary><b>%s</b> (%d)</summary>\n\n", m.in(c.Label), len(rows)), head, rows, "\n</details>\n")
		default:
			m.table(fmt.Sprintf("\n**%s**\n\n", m.in(c.Label)), head, rows, "")
		}
	}
	m.pending = ""
}

// rest builds the item tables and counts their rows, leaving out the slips
// and lowered targets already shown at the top.
func (m *mdWriter) rest(d *PlanDiff) (map[diag.Text][][]string, int) {
	out := map[diag.Text][][]string{}
	n := 0
	for _, c := range d.Categories() {
		for _, it := range c.Items {
			details := m.details(it)
			if it.Change == Changed && len(details) == 0 && !it.Reworded() {
				continue
			}
			out[c.Label] = append(out[c.Label], []string{m.in(changeWords[it.Change]), "`" + it.ID + "`",
				PrintedText(it, m.lang), m.content(it), strings.Join(details, "<br>")})
			n++
		}
	}
	return out, n
}

// content is the item's text, in full, with its words marked when it was
// reworded.
func (m *mdWriter) content(it ItemChange) string {
	for _, f := range it.Fields {
		if (f.Field == "noi_dung" || f.Field == "tieu_de") && inlineWords(f) {
			return htmlWords.render(f.Words, -1)
		}
	}
	return mdEscape(it.Text)
}

func (m *mdWriter) details(it ItemChange) []string {
	var out []string
	if v := valuesText(it, m.lang); v != "" {
		out = append(out, mdEscape(v))
	}
	if it.Moved {
		out = append(out, mdEscape(MoveText(it, m.lang)))
	}
	for _, f := range it.Fields {
		label := FieldLabel(f.Field, m.lang)
		switch {
		case f.Alarming():
		case (f.Field == "noi_dung" || f.Field == "tieu_de") && inlineWords(f):
		case agencyField(f):
			out = append(out, label+": "+mdEscape(agencyText(f, m.lang)))
		case inlineWords(f):
			out = append(out, label+": "+htmlWords.render(f.Words, -1))
		default:
			out = append(out, label+": "+mdEscape(valueChange(f, m.lang)))
		}
	}
	return out
}

// fieldRow is a header change: a text with its deleted words struck out on
// the old side and its inserted words underlined on the new side.
func (m *mdWriter) fieldRow(f FieldChange) []string {
	label := FieldLabel(f.Field, m.lang)
	if f.Words != nil {
		return []string{label, htmlWords.render(f.Words, worddiff.Insert), htmlWords.render(f.Words, worddiff.Delete)}
	}
	return []string{label, mdEscape(orEmpty(f.Shown(true, m.lang), m.lang)), mdEscape(orEmpty(f.Shown(false, m.lang), m.lang))}
}

// table writes a titled table, the title (and a plan heading still
// pending) only with its first row, and as many rows as the comment has
// room for, then tail (the end of a <details> section).
func (m *mdWriter) table(title string, head []string, rows [][]string, tail string) {
	lines := make([]string, len(rows))
	for i, r := range rows {
		cells := make([]string, len(r))
		for k, c := range r {
			cells[k] = cell(c)
		}
		lines[i] = "| " + strings.Join(cells, " | ") + " |\n"
	}
	start := m.pending + title + fmt.Sprintf("| %s |\n|%s\n", strings.Join(head, " | "), strings.Repeat("---|", len(head)))
	if !m.put(start+lines[0], tail) {
		m.omitted += len(rows)
		return
	}
	m.pending = ""
	for i, l := range lines[1:] {
		if !m.put(l, tail) {
			m.omitted += len(lines) - 1 - i
			break
		}
	}
	m.w.WriteString(tail)
	m.left -= runes(tail)
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

package semdiff

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/worddiff"
)

// TextOptions tune the human report.
type TextOptions struct {
	Lang diag.Lang
	// Color adds ANSI colour; only for a terminal. Changed words are then
	// coloured instead of bracketed.
	Color bool
	// Short clips item texts and long unchanged stretches of reworded
	// text, for a quick look; the full report is the default.
	Short bool
}

// ANSI styles of the text report.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiStrike = "\x1b[9m"
	ansiUnder  = "\x1b[4m"
)

var lblAttention = msg.DiffAttention.Text()

type textWriter struct {
	w   *bufio.Writer
	opt TextOptions
}

// WriteText prints the report for a terminal: first the deadlines that
// slipped and the targets that were lowered, then per plan, per kind of
// item, one line per item with its printed number and its field changes
// indented below.
func WriteText(w io.Writer, r *Report, opt TextOptions) error {
	tw := &textWriter{w: bufio.NewWriter(w), opt: opt}
	tw.attention(r)
	for i := range r.Plans {
		tw.plan(&r.Plans[i])
	}
	fmt.Fprintln(tw.w, r.SummaryLine(opt.Lang))
	return tw.w.Flush()
}

func (t *textWriter) paint(style, s string) string {
	if !t.opt.Color {
		return s
	}
	return style + s + ansiReset
}

func (t *textWriter) in(l diag.Text) string { return l.In(t.opt.Lang) }

// attention lists slips and weakened targets of every plan.
func (t *textWriter) attention(r *Report) {
	var lines []string
	for i := range r.Plans {
		for _, f := range r.Plans[i].Attention() {
			line := fmt.Sprintf("  %s %s %s", t.paint(ansiRed, "!"), r.Plans[i].ID, f.Item.ID)
			if p := PrintedText(f.Item, t.opt.Lang); p != "" {
				line += " (" + p + ")"
			}
			line += ": " + FieldLabel(f.Field.Field, t.opt.Lang) + " " + t.paint(ansiRed, valueChange(f.Field, t.opt.Lang))
			lines = append(lines, line)
		}
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintln(t.w, t.paint(ansiBold, t.in(lblAttention)))
	for _, l := range lines {
		fmt.Fprintln(t.w, l)
	}
	fmt.Fprintln(t.w)
}

func (t *textWriter) plan(d *PlanDiff) {
	title := fmt.Sprintf("%s %s — %s: %s", t.in(lblPlan), d.ID, d.Ref, d.Title)
	switch d.Change {
	case Added:
		fmt.Fprintf(t.w, "%s %s (%s, %s)\n\n", t.paint(ansiGreen, "+"), t.paint(ansiBold, title), t.in(lblPlanAdded), d.ToDir)
		return
	case Removed:
		fmt.Fprintf(t.w, "%s %s (%s, %s)\n\n", t.paint(ansiRed, "-"), t.paint(ansiBold, title), t.in(lblPlanGone), d.FromDir)
		return
	}
	fmt.Fprintln(t.w, t.paint(ansiBold, title))
	if len(d.Header) > 0 {
		fmt.Fprintf(t.w, "  %s\n", t.in(lblHeader))
		for _, f := range d.Header {
			t.field("    ", f)
		}
	}
	for _, c := range d.Categories() {
		if len(c.Items) == 0 {
			continue
		}
		fmt.Fprintf(t.w, "  %s\n", t.in(c.Label))
		for _, it := range c.Items {
			t.item(it)
		}
	}
	fmt.Fprintln(t.w)
}

func (t *textWriter) item(it ItemChange) {
	marker, style := "~", ansiYellow
	switch it.Change {
	case Added:
		marker, style = "+", ansiGreen
	case Removed:
		marker, style = "-", ansiRed
	}
	line := fmt.Sprintf("    %s %s", t.paint(style, marker), it.ID)
	if p := PrintedText(it, t.opt.Lang); p != "" {
		line += " (" + p + ")"
	}
	if !it.Reworded() {
		line += " — " + t.clip(it.Text, 90)
	}
	fmt.Fprintln(t.w, line)
	if v := valuesText(it, t.opt.Lang); v != "" {
		fmt.Fprintf(t.w, "        %s\n", v)
	}
	if it.Moved {
		fmt.Fprintf(t.w, "        %s\n", MoveText(it, t.opt.Lang))
	}
	for _, f := range it.Fields {
		t.field("        ", f)
	}
}

func (t *textWriter) clip(s string, n int) string {
	if t.opt.Short {
		return clip(s, n)
	}
	return s
}

func (t *textWriter) field(indent string, f FieldChange) {
	label := FieldLabel(f.Field, t.opt.Lang)
	switch {
	case agencyField(f):
		fmt.Fprintf(t.w, "%s%s: %s\n", indent, label, agencyText(f, t.opt.Lang))
	case inlineWords(f):
		fmt.Fprintf(t.w, "%s%s: %s\n", indent, label, t.words(f.Words, indent+"  "))
	case long(f):
		fmt.Fprintf(t.w, "%s%s:\n", indent, label)
		more := "\n" + indent + "    "
		fmt.Fprintf(t.w, "%s  %s %s\n", indent, t.paint(ansiRed, "-"), strings.ReplaceAll(t.clip(orEmpty(f.FromText, t.opt.Lang), 120), "\n", more))
		fmt.Fprintf(t.w, "%s  %s %s\n", indent, t.paint(ansiGreen, "+"), strings.ReplaceAll(t.clip(orEmpty(f.ToText, t.opt.Lang), 120), "\n", more))
	default:
		v := valueChange(f, t.opt.Lang)
		if f.Alarming() {
			v = t.paint(ansiRed, v)
		}
		fmt.Fprintf(t.w, "%s%s: %s\n", indent, label, v)
	}
}

// words renders a word diff in colour or with markers, its later lines
// indented under the first.
func (t *textWriter) words(ops []worddiff.Op, indent string) string {
	if t.opt.Short {
		ops = shorten(ops)
	}
	st := markerWords
	if t.opt.Color {
		st = ansiWords
	}
	return strings.ReplaceAll(st.render(ops, -1), "\n", "\n"+indent)
}

// WriteJSON prints the report as indented JSON, the documented shape of
// Report with format_version first.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

package semdiff

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/kh-tools/kh/internal/diag"
)

// TextOptions tune the human report.
type TextOptions struct {
	Lang diag.Lang
	// Color adds ANSI colour; only for a terminal.
	Color bool
}

// ANSI styles of the text report.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
)

type textWriter struct {
	w   *bufio.Writer
	opt TextOptions
}

// WriteText prints the report for a terminal: per plan, per kind of item,
// one line per item with its field changes indented below.
func WriteText(w io.Writer, r *Report, opt TextOptions) error {
	tw := &textWriter{w: bufio.NewWriter(w), opt: opt}
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
	for _, c := range d.categories() {
		if len(c.items) == 0 {
			continue
		}
		fmt.Fprintf(t.w, "  %s\n", t.in(c.label))
		for _, it := range c.items {
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
	line := fmt.Sprintf("    %s %s — %s", t.paint(style, marker), it.ID, clip(it.Text, 90))
	where := it.To
	if it.Change == Removed {
		where = it.From
	}
	if p := placeText(where, t.opt.Lang); p != "" && it.Change != Changed {
		line += " [" + p + "]"
	}
	fmt.Fprintln(t.w, line)
	if it.Moved {
		fmt.Fprintf(t.w, "        %s\n", moveText(it, t.opt.Lang))
	}
	for _, f := range it.Fields {
		t.field("        ", f)
	}
}

func (t *textWriter) field(indent string, f FieldChange) {
	label := fieldLabel(f.Field, t.opt.Lang)
	if !long(f) {
		v := valueChange(f, t.opt.Lang)
		if f.Slip != nil && f.Slip.Later() {
			v = t.paint(ansiRed, v)
		}
		fmt.Fprintf(t.w, "%s%s: %s\n", indent, label, v)
		return
	}
	fmt.Fprintf(t.w, "%s%s:\n", indent, label)
	fmt.Fprintf(t.w, "%s  %s %s\n", indent, t.paint(ansiRed, "-"), orEmpty(f.FromText, t.opt.Lang))
	fmt.Fprintf(t.w, "%s  %s %s\n", indent, t.paint(ansiGreen, "+"), orEmpty(f.ToText, t.opt.Lang))
}

// WriteJSON prints the report as indented JSON, the documented shape of
// Report with format_version first.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

package show

import (
	"fmt"
	"io"
	"strings"
)

// WriteText prints a resolved plan for reading in a terminal.
func WriteText(w io.Writer, r Resolved) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s\n", r.Ref, r.Issuer)
	if r.Draft {
		b.WriteString("DỰ THẢO (chưa có số, ngày)\n")
	} else {
		fmt.Fprintf(&b, "%s, %s\n", r.Place, r.LongDate)
	}
	fmt.Fprintf(&b, "%s\nThời kỳ: %s\n", r.Title, r.Period)
	section(&b, "Căn cứ", r.Citations)
	section(&b, "Thực hiện", r.Implements)
	b.WriteString("\nDàn ý:\n")
	for _, h := range r.Outline {
		writeHeading(&b, h)
	}
	for _, a := range r.Appendices {
		fmt.Fprintf(&b, "\nPhụ lục %s: %s [%s]\n", a.Number, a.Title, a.ID)
		for _, g := range a.Groups {
			fmt.Fprintf(&b, "  %s %s\n", g.Number, g.Heading)
			for _, t := range g.Tasks {
				writeTask(&b, "    ", t.Number+".", t)
			}
			for _, in := range g.Indicators {
				writeIndicator(&b, "    "+in.Number+". ", in)
			}
			for _, d := range g.Documents {
				fmt.Fprintf(&b, "    - %s\n", d)
			}
		}
	}
	section(&b, "Ký", r.Signature)
	section(&b, "Nơi nhận", r.Recipients)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeIndicator prints "content — target — lead", leaving out what the
// document does not state.
func writeIndicator(b *strings.Builder, prefix string, in Indicator) {
	parts := []string{in.Text}
	if in.Target != "" {
		parts = append(parts, in.Target)
	}
	if len(in.Lead) > 0 {
		parts = append(parts, strings.Join(in.Lead, "; "))
	}
	fmt.Fprintf(b, "%s%s\n", prefix, strings.Join(parts, " — "))
}

func section(b *strings.Builder, title string, lines []string) {
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s:\n", title)
	for _, l := range lines {
		fmt.Fprintf(b, "  - %s\n", l)
	}
}

// writeHeading prints an outline heading with its tasks and indicators. A
// run-in item prints its first task on the heading's line ("c) Trên cơ sở
// …"), with the task's own step number only when more tasks follow.
func writeHeading(b *strings.Builder, h Heading) {
	indent := strings.Repeat("  ", h.Depth)
	tasks := h.Tasks
	if h.RunIn && len(tasks) > 0 {
		label := h.Number
		if len(tasks) > 1 {
			label += " " + tasks[0].Number + "."
		}
		writeTask(b, strings.Repeat("  ", h.Depth-1), label, tasks[0])
		tasks = tasks[1:]
	} else {
		fmt.Fprintf(b, "%s%s %s\n", strings.Repeat("  ", h.Depth-1), h.Number, h.Text)
	}
	for _, t := range tasks {
		writeTask(b, indent, t.Number+".", t)
	}
	for _, in := range h.Indicators {
		writeIndicator(b, indent+"- ", in)
	}
}

// writeTask prints "label text" and under it who leads, the deadline and
// the rest.
func writeTask(b *strings.Builder, indent, label string, t Task) {
	fmt.Fprintf(b, "%s%s %s\n", indent, label, firstLine(t.Text))
	deadline := t.Deadline
	if deadline == "" {
		deadline = "(không ghi)"
	}
	fmt.Fprintf(b, "%s   Chủ trì: %s; Thời hạn: %s", indent, strings.Join(t.Lead, "; "), deadline)
	if len(t.Cooperate) > 0 {
		fmt.Fprintf(b, "; Phối hợp: %s", strings.Join(t.Cooperate, "; "))
	}
	if len(t.Monitor) > 0 {
		fmt.Fprintf(b, "; Theo dõi: %s", strings.Join(t.Monitor, "; "))
	}
	if len(t.After) > 0 {
		fmt.Fprintf(b, "; Sau: %s", strings.Join(t.After, "; "))
	}
	b.WriteByte('\n')
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

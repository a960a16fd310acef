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
		fmt.Fprintf(&b, "%s%s %s\n", strings.Repeat("  ", h.Depth-1), h.Number, h.Text)
		for _, t := range h.Tasks {
			writeTask(&b, strings.Repeat("  ", h.Depth), t)
		}
	}
	for _, a := range r.Appendices {
		fmt.Fprintf(&b, "\nPhụ lục %s: %s [%s]\n", a.Number, a.Title, a.ID)
		for _, g := range a.Groups {
			fmt.Fprintf(&b, "  %s %s\n", g.Number, g.Heading)
			for _, t := range g.Tasks {
				writeTask(&b, "    ", t)
			}
			for _, in := range g.Indicators {
				fmt.Fprintf(&b, "    %s. %s — %s — %s\n", in.Number, in.Text, in.Target, strings.Join(in.Lead, "; "))
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

func section(b *strings.Builder, title string, lines []string) {
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s:\n", title)
	for _, l := range lines {
		fmt.Fprintf(b, "  - %s\n", l)
	}
}

func writeTask(b *strings.Builder, indent string, t Task) {
	fmt.Fprintf(b, "%s%s. %s\n", indent, t.Number, firstLine(t.Text))
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

package checkrun

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// WithoutAgenda is the findings less the agenda's (KH117, KH118), for a
// text report that prints the agenda grouped instead (WriteAgenda).
func WithoutAgenda(ds []diag.Diagnostic) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, d := range ds {
		if !check.IsAgenda(d) {
			out = append(out, d)
		}
	}
	return out
}

// WriteAgenda prints the as-of listing grouped by lead agency, the way a
// văn phòng reads it at a weekly meeting.
func WriteAgenda(w io.Writer, items []check.AgendaItem, asOf time.Time, lang msg.Lang) {
	fmt.Fprintln(w, msg.AgendaHead.In(lang, plan.ShortDate(asOf)))
	if len(items) == 0 {
		fmt.Fprintln(w, msg.AgendaNone.In(lang))
	}
	for i, it := range items {
		if i == 0 || it.Agency != items[i-1].Agency {
			who := it.Agency
			if who == "" {
				who = msg.AgendaUnassigned.In(lang)
			}
			fmt.Fprintf(w, "  %s\n", who)
		}
		state := msg.AgendaSoon.In(lang, it.Days)
		if it.Overdue {
			state = msg.AgendaOverdue.In(lang, it.Days)
		}
		fmt.Fprintf(w, "    %s  %s/%s (%s) %s\n", plan.ShortDate(it.Due), it.PlanID, it.TaskID, state, firstLine(it.Text, 70))
	}
}

// firstLine is s's first line, cut to max runes.
func firstLine(s string, max int) string {
	s, _, _ = strings.Cut(s, "\n")
	if r := []rune(s); len(r) > max {
		return string(r[:max]) + "…"
	}
	return s
}

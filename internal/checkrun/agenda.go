package checkrun

import (
	"fmt"
	"io"
	"time"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/status"
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
// văn phòng reads it at a weekly meeting: each task by the number the
// signed document prints it under, its deadline and days left or overdue,
// its text (whole with full) and what its agency last reported, or how
// many members of a group have reported and finished.
func WriteAgenda(w io.Writer, items []check.AgendaItem, asOf time.Time, lang msg.Lang, full bool) {
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
		number := it.Number
		if number == "" {
			number = "—"
		}
		fmt.Fprintf(w, "    %s\n", msg.AgendaRow.In(lang, number, plan.ShortDate(it.Due), state, it.PlanID+"/"+it.TaskID))
		fmt.Fprintf(w, "      %s\n", status.Shorten(it.Text, full))
		fmt.Fprintf(w, "      %s\n", agendaLast(it, lang))
	}
}

// agendaLast says what the lead last reported on an agenda item.
func agendaLast(it check.AgendaItem, lang msg.Lang) string {
	switch {
	case it.Members > 0:
		return msg.AgendaMembers.In(lang, it.Members, it.Reported, it.Done)
	case it.Last == nil:
		return msg.AgendaNoReport.In(lang)
	}
	l := &status.Last{Period: it.Last.Period, Status: it.Last.Status, Result: it.Last.Result}
	if !it.Last.DoneOn.IsZero() {
		l.DoneOn = it.Last.DoneOn.Format(time.DateOnly)
	}
	return msg.AgendaLast.In(lang, status.LastText(l, lang))
}

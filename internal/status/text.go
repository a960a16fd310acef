package status

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

// shortText is how much of a task's text a terminal line shows without
// --full.
const shortText = 90

// WriteText prints the report: the table of leads with the totals, the
// overdue tasks, the indicators with results. full prints task texts whole
// and every indicator.
func WriteText(w io.Writer, rep *Report, lang msg.Lang, full bool) error {
	day, _ := time.Parse(time.DateOnly, rep.AsOf)
	name := rep.Name
	if lang == msg.EN {
		name = rep.Plan
	}
	fmt.Fprintln(w, msg.StatusTitle.In(lang, name, plan.ShortDate(day)))
	fmt.Fprintln(w, msg.StatusBasis.In(lang))
	var table strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, msg.StatusHead.In(lang))
	for _, l := range rep.Leads {
		reported := ""
		if l.Members > 0 {
			reported = fmt.Sprintf("%d/%d", len(l.Reported), l.Members)
		}
		row(tw, l.Name, l.Counts, reported)
	}
	row(tw, msg.StatusTotal.In(lang), rep.Totals, "")
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, line := range strings.SplitAfter(table.String(), "\n") {
		fmt.Fprint(w, strings.TrimRight(line, " \n"), strings.Repeat("\n", strings.Count(line, "\n")))
	}
	fmt.Fprintln(w, msg.StatusLegend.In(lang))
	fmt.Fprintln(w)
	writeOverdue(w, rep, lang, full)
	fmt.Fprintln(w)
	writeIndicators(w, rep, lang, full)
	return nil
}

func row(w io.Writer, name string, n followup.Counts, reported string) {
	fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", name, n.Total, n.DoneOnTime, n.DoneLate, n.OnTrack, n.Overdue, n.NotStarted, n.NotReported, reported)
}

func writeOverdue(w io.Writer, rep *Report, lang msg.Lang, full bool) {
	if len(rep.Overdue) == 0 {
		fmt.Fprintln(w, msg.StatusNoOverdue.In(lang))
		return
	}
	fmt.Fprintln(w, msg.StatusOverdue.In(lang, len(rep.Overdue)))
	for _, l := range rep.Overdue {
		due, _ := time.Parse(time.DateOnly, l.Due)
		fmt.Fprintf(w, "  %s\n", msg.StatusLateRow.In(lang, l.Number, plan.ShortDate(due), l.Days, l.ID))
		fmt.Fprintf(w, "    %s\n", Shorten(l.Text, full))
		for _, ll := range l.Leads {
			fmt.Fprintf(w, "    - %s\n", lateLead(ll, lang))
		}
	}
}

func lateLead(ll *LateLead, lang msg.Lang) string {
	switch {
	case ll.Members > 0:
		return msg.StatusLateGroup.In(lang, ll.Name, ll.Late, ll.Members, ll.Reported)
	case ll.Last == nil:
		return msg.StatusLateNone.In(lang, ll.Name)
	}
	return ll.Name + ": " + LastText(ll.Last, lang)
}

// LastText says what an agency last reported: "Quý I/2026: Đang thực
// hiện — <result>".
func LastText(l *Last, lang msg.Lang) string {
	s := PeriodText(l.Period, lang) + ": " + StatusText(l.Status, l.DoneOn, lang)
	if l.Result != "" {
		s += " — " + oneLine(l.Result)
	}
	return s
}

// PeriodText is a period as officers write it ("Quý I/2026"); English
// keeps the id.
func PeriodText(id string, lang msg.Lang) string {
	p, err := progress.ParsePeriod(id)
	if err != nil || lang == msg.EN {
		return id
	}
	return p.Label()
}

// StatusText is a reported status in words.
func StatusText(status, doneOn string, lang msg.Lang) string {
	switch status {
	case progress.Done:
		if d, err := time.Parse(time.DateOnly, doneOn); err == nil {
			return msg.StatusDoneOn.In(lang, plan.ShortDate(d))
		}
		return msg.StatusDone.In(lang)
	case progress.InProgress:
		return msg.StatusInProgress.In(lang)
	}
	return msg.StatusNotStarted.In(lang)
}

func writeIndicators(w io.Writer, rep *Report, lang msg.Lang, full bool) {
	type item struct {
		first   *Indicator
		results []*Indicator
		waiting int
	}
	var items []*item
	byID := map[string]*item{}
	reported := 0
	for _, x := range rep.Indicators {
		it := byID[x.ID]
		if it == nil {
			it = &item{first: x}
			byID[x.ID] = it
			items = append(items, it)
		}
		if x.Result == "" {
			it.waiting++
			continue
		}
		reported++
		it.results = append(it.results, x)
	}
	fmt.Fprintln(w, msg.StatusIndicators.In(lang, reported, len(rep.Indicators)))
	hidden := 0
	for _, it := range items {
		if len(it.results) == 0 && !full {
			hidden++
			continue
		}
		x := it.first
		fmt.Fprintf(w, "  %s\n", msg.StatusIndicatorRow.In(lang, x.Number, x.ID, x.Target))
		fmt.Fprintf(w, "    %s\n", Shorten(x.Text, full))
		for _, r := range it.results {
			fmt.Fprintf(w, "    - %s\n", msg.StatusResult.In(lang, r.Name, PeriodText(r.Period, lang), r.Result, r.Verdict.Text().In(lang)))
		}
		if it.waiting > 0 {
			fmt.Fprintf(w, "    - %s\n", msg.StatusNoResults.In(lang, it.waiting))
		}
	}
	if hidden > 0 {
		fmt.Fprintf(w, "  %s\n", msg.StatusMore.In(lang, hidden))
	}
}

// Shorten keeps a text to one terminal line unless full: its first line,
// cut at a word under shortText characters with "…". Files meant to be
// sent never call it.
func Shorten(s string, full bool) string {
	if full {
		return s
	}
	s = oneLine(s)
	r := []rune(s)
	if len(r) <= shortText {
		return s
	}
	cut := string(r[:shortText])
	if i := strings.LastIndexByte(cut, ' '); i > shortText/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

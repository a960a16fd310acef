package site

import (
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/view"
)

// category is a task's follow-up category on the as-of day, as state
// tracking reports count tasks (QĐ 42/2014/QĐ-TTg, amended by QĐ
// 23/2018/QĐ-TTg): done on time or late, not done within or past the
// deadline.
type category int

const (
	doneOnTime category = iota
	doneLate
	onTrack
	overdue
)

// categories lists them in the order pages show them.
var categories = []category{overdue, onTrack, doneLate, doneOnTime}

// key is the category's name in data attributes and filters.
func (c category) key() string {
	return [...]string{"dung-han", "hoan-thanh-qua-han", "trong-han", "qua-han"}[c]
}

// state is what the site says of one task on the as-of day.
type state struct {
	Category category
	// Reported is the latest reported status (progress.Done …), "" when no
	// record reports the task.
	Reported string
	// Entry is the latest report on the task, nil without one.
	Entry *plan.RecordEntry
	// Due is the task's last day, zero when its deadline names none.
	Due time.Time
	// Days counts the days past Due when overdue, or left when Soon.
	Days int
	Soon bool
}

// states works out every task's state on day from the plans' progress
// records, with the lateness kh check --as-of reports (KH118): past the
// last day, working days applied, and no completion recorded by then.
func states(r *plan.Repo, day time.Time, opt check.Options) map[*plan.Plan]map[string]*state {
	all := &progress.Set{}
	for _, p := range r.Plans {
		all.Records = append(all.Records, p.Records...)
	}
	opt.AsOf, opt.Progress = day, all
	type key struct{ plan, task string }
	agenda := map[key]check.AgendaItem{}
	for _, it := range check.Agenda(r, opt) {
		agenda[key{it.PlanID, it.TaskID}] = it
	}
	out := map[*plan.Plan]map[string]*state{}
	for _, p := range r.Plans {
		v := view.New(r, p)
		m := map[string]*state{}
		for _, tr := range p.Tasks() {
			t := tr.Task
			if _, dup := m[t.ID]; dup {
				continue
			}
			st := &state{Due: v.Deadline(t).Last}
			st.Reported, _ = all.Status(p.ID, t.ID, day)
			st.Entry = latestEntry(all, p.ID, t.ID, day)
			it, listed := agenda[key{p.ID, t.ID}]
			if listed {
				st.Due, st.Days = it.Due, it.Days
			}
			switch {
			case st.Reported == progress.Done && !st.Due.IsZero() && !all.DoneBy(p.ID, t.ID, st.Due):
				st.Category = doneLate
			case st.Reported == progress.Done:
				st.Category = doneOnTime
			case listed && it.Overdue:
				st.Category = overdue
			default:
				st.Category, st.Soon = onTrack, listed
			}
			m[t.ID] = st
		}
		out[p] = m
	}
	return out
}

// latestEntry is the report on the task of the latest period begun by day.
func latestEntry(s *progress.Set, planID, taskID string, day time.Time) *plan.RecordEntry {
	var best *plan.RecordEntry
	var bestTo time.Time
	for _, r := range s.Records {
		p, err := progress.ParsePeriod(r.Period)
		if r.Plan != planID || err != nil || p.From.After(day) || (best != nil && !p.To.After(bestTo)) {
			continue
		}
		for _, e := range r.Tasks {
			if e.ID == taskID {
				best, bestTo = e, p.To
			}
		}
	}
	return best
}

// statusView is a task's state in words: the category's key and word,
// and a note on the days and the report.
type statusView struct {
	Key, Word, Note string
}

func (b *builder) status(st *state) statusView {
	out := statusView{Key: st.Category.key(), Word: b.word(st.Category)}
	var notes []string
	switch {
	case st.Category == overdue:
		notes = append(notes, msg.SiteDaysLate.In(b.lang, st.Days))
	case st.Soon && st.Days >= 0:
		notes = append(notes, msg.SiteDaysLeft.In(b.lang, st.Days))
	}
	switch e := st.Entry; {
	case st.Reported == "":
		notes = append(notes, msg.SiteNoReport.In(b.lang))
	case st.Reported == progress.Done && e != nil && !e.DoneOn.IsZero():
		notes = append(notes, msg.SiteDoneOn.In(b.lang, plan.ShortDate(e.DoneOn)))
	case st.Reported == progress.InProgress:
		notes = append(notes, msg.SiteInProgress.In(b.lang))
	case st.Reported == progress.NotStarted:
		notes = append(notes, msg.SiteNotStarted.In(b.lang))
	}
	out.Note = strings.Join(notes, "; ")
	return out
}

package site

import (
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

// categories lists the national follow-up categories (package followup)
// in the order the site shows them: what needs attention first.
var categories = []followup.Category{followup.Overdue, followup.NotStarted, followup.OnTrack, followup.DoneLate, followup.DoneOnTime}

// key is a category's name in data attributes, filters and class names.
func key(c followup.Category) string {
	switch c {
	case followup.Overdue:
		return "qua-han"
	case followup.NotStarted:
		return "chua-thuc-hien"
	case followup.OnTrack:
		return "trong-han"
	case followup.DoneLate:
		return "hoan-thanh-qua-han"
	}
	return "dung-han"
}

// soonDays is how near a deadline must be for the page to count the days
// left, as kh check's agenda does.
const soonDays = 30

// state is what the site says of a task, for one lead or for the whole
// task, on the as-of day: the follow-up of every agency reporting on it,
// taken together.
type state struct {
	Category followup.Category
	// Days counts the days past the deadline (overdue, or done late), or
	// the days left when Soon.
	Days int
	Soon bool
	// Reporters counts the agencies reporting (a group's members), and
	// Reported those whose records cover the task.
	Reporters, Reported int
	// Last is the latest report, nil without one; DoneOn the day a done
	// task counts from.
	Last   *followup.Report
	DoneOn time.Time
}

// combine takes the follow-up of every reporter of a task together: done
// when all of them are (late if one is), overdue when one is, else in
// progress when one has begun, else not started.
func combine(ts []followup.Task, day time.Time) *state {
	st := &state{Category: followup.NotStarted, Reporters: len(ts)}
	done, started, late := 0, false, false
	for _, t := range ts {
		if t.Reported {
			st.Reported++
		}
		if t.Last != nil && (st.Last == nil || t.Last.Period.To.After(st.Last.Period.To)) {
			st.Last = t.Last
		}
		switch t.Category {
		case followup.DoneOnTime, followup.DoneLate:
			done++
			late = late || t.Category == followup.DoneLate
			if t.DoneOn.After(st.DoneOn) {
				st.DoneOn = t.DoneOn
			}
		case followup.Overdue:
			st.Category = followup.Overdue
			st.Days = max(st.Days, t.Days)
		case followup.OnTrack:
			started = true
		}
	}
	switch {
	case st.Category == followup.Overdue:
	case len(ts) > 0 && done == len(ts) && late:
		st.Category = followup.DoneLate
		for _, t := range ts {
			st.Days = max(st.Days, t.Days)
		}
	case len(ts) > 0 && done == len(ts):
		st.Category = followup.DoneOnTime
	case started || done > 0:
		st.Category = followup.OnTrack
	}
	if !st.Category.Done() && st.Category != followup.Overdue && len(ts) > 0 && ts[0].Due.Dated {
		left := int(ts[0].Due.Last.Sub(day).Hours() / 24)
		st.Soon, st.Days = left >= 0 && left <= soonDays, left
	}
	return st
}

// statusView is a state in words: the category's key and word, and a
// note on the days and the reports.
type statusView struct {
	Key, Word, Note string
}

func (b *builder) status(st *state) statusView {
	out := statusView{Key: key(st.Category), Word: b.word(st.Category)}
	var notes []string
	switch {
	case st.Category == followup.Overdue, st.Category == followup.DoneLate:
		notes = append(notes, msg.SiteDaysLate.In(b.lang, st.Days))
	case st.Soon:
		notes = append(notes, msg.SiteDaysLeft.In(b.lang, st.Days))
	}
	switch {
	case st.Reporters > 1:
		notes = append(notes, msg.SiteMembersReported.In(b.lang, st.Reported, st.Reporters))
	case st.Reported == 0:
		notes = append(notes, msg.SiteNoReport.In(b.lang))
	}
	switch {
	case st.Category.Done() && !st.DoneOn.IsZero():
		notes = append(notes, msg.SiteDoneOn.In(b.lang, plan.ShortDate(st.DoneOn)))
	case st.Last != nil && st.Last.Entry.Status == progress.InProgress:
		notes = append(notes, msg.SiteInProgress.In(b.lang))
	case st.Last != nil && st.Last.Entry.Status == progress.NotStarted:
		notes = append(notes, msg.SiteNotStarted.In(b.lang))
	}
	out.Note = strings.Join(notes, "; ")
	return out
}

// word is a category's name as the follow-up reports print it.
func (b *builder) word(c followup.Category) string { return c.Text().In(b.lang) }

// report is what the latest report on a task says was done.
func report(st *state) string {
	if st.Last == nil {
		return ""
	}
	return st.Last.Entry.Result
}

// Package followup is the follow-up of a plan as the provincial office runs
// it: each task of each reporting agency in the national status categories
// (QĐ 42/2014/QĐ-TTg as amended by QĐ 23/2018/QĐ-TTg), each indicator's
// result against its target, who has and has not reported. Groups report
// through their members (package members); co-leads each for themselves.
// Renderers (kh status, the reminder letters, the implementation report,
// the site) read Status; nothing here writes.
package followup

import (
	"time"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/members"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/view"
)

// Category is a task's state in the Government's tracking: done (on time or
// late) or not done (within or past the deadline), not done split into in
// progress and not started while the deadline runs. A task not started
// whose deadline has passed is "chưa hoàn thành, quá hạn", as the tracking
// reports count it. The values are a JSON contract.
type Category string

// The categories, in the order reports print them.
const (
	DoneOnTime Category = "hoan_thanh_dung_han"
	DoneLate   Category = "hoan_thanh_qua_han"
	OnTrack    Category = "dang_thuc_hien_trong_han"
	Overdue    Category = "chua_hoan_thanh_qua_han"
	NotStarted Category = "chua_thuc_hien"
)

// Categories lists the categories in print order.
var Categories = []Category{DoneOnTime, DoneLate, OnTrack, Overdue, NotStarted}

var categoryText = map[Category]*msg.Message{
	DoneOnTime: msg.CatDoneOnTime, DoneLate: msg.CatDoneLate, OnTrack: msg.CatOnTrack,
	Overdue: msg.CatOverdue, NotStarted: msg.CatNotStarted,
}

// Text is the category's name in both languages.
func (c Category) Text() msg.Text { return categoryText[c].Text() }

// Done reports whether c is one of the two done categories.
func (c Category) Done() bool { return c == DoneOnTime || c == DoneLate }

// Report is an agency's latest entry on a task.
type Report struct {
	Period progress.Period
	Entry  *plan.RecordEntry
}

// Task is one reporting agency's state on one task on the day.
type Task struct {
	Task   *plan.Task
	Number view.Numbered
	// Agency reports for itself; Via is the lead group it reports for,
	// "" when the task names it.
	Agency, Via string
	Due         check.Due
	Category    Category
	// Reported is false when no record of the agency covers the task.
	Reported bool
	// DoneOn is the day a done task counts from (its date, else its
	// period's last day).
	DoneOn time.Time
	// Days is how many days past the deadline: overdue by the day, or
	// finished late.
	Days int
	Last *Report
}

// Status is the follow-up of one plan on one day.
type Status struct {
	Plan *plan.Plan
	Day  time.Time
	// Tasks holds every reporter of every task, tasks in plan order.
	Tasks      []Task
	Indicators []Indicator
	// Assignment says who reports on what on the day.
	Assignment *members.Assignment
	repo       *plan.Repo
	set        *progress.Set
}

// Build follows p up on day from the progress records in set; opt gives
// the calendar deadlines are read with.
func Build(r *plan.Repo, p *plan.Plan, set *progress.Set, day time.Time, opt check.Options) *Status {
	s := &Status{Plan: p, Day: day, Assignment: members.Assign(r, p, day), repo: r, set: set}
	dues := check.Dues(r, p, opt)
	nums := view.New(r, p).Numbers()
	seen := map[string]bool{}
	for _, tr := range p.Tasks() {
		t := tr.Task
		if seen[t.ID] {
			continue
		}
		seen[t.ID] = true
		for _, rp := range s.Assignment.Tasks[t.ID] {
			s.Tasks = append(s.Tasks, taskState(set, p, t, rp, dues[t.ID], nums[t.ID], day))
		}
	}
	s.Indicators = indicators(r, p, set, s.Assignment, nums, day)
	return s
}

func taskState(set *progress.Set, p *plan.Plan, t *plan.Task, rp members.Reporter, due check.Due, num view.Numbered, day time.Time) Task {
	st := Task{Task: t, Number: num, Agency: rp.ID, Via: rp.Via, Due: due}
	status := ""
	if rec, e := set.Latest(p.ID, t.ID, rp.ID, day); e != nil {
		per, _ := progress.ParsePeriod(rec.Period)
		st.Reported, st.Last = true, &Report{Period: per, Entry: e}
		status = e.Status
		if status == progress.Done {
			if st.DoneOn = progress.DoneOn(rec, e); st.DoneOn.After(day) {
				status, st.DoneOn = progress.InProgress, time.Time{}
			}
		}
	}
	st.Category, st.Days = categorise(status, st.DoneOn, due, day)
	return st
}

// categorise places a reported status against the deadline on day.
func categorise(status string, doneOn time.Time, due check.Due, day time.Time) (Category, int) {
	switch {
	case status == progress.Done && due.Dated && doneOn.After(due.Last):
		return DoneLate, days(due.Last, doneOn)
	case status == progress.Done:
		return DoneOnTime, 0
	case due.Dated && due.Last.Before(day):
		return Overdue, days(due.Last, day)
	case status == progress.InProgress:
		return OnTrack, 0
	}
	return NotStarted, 0
}

func days(from, to time.Time) int { return int(to.Sub(from).Hours() / 24) }

// Name is an agency's short name as tables print it.
func (s *Status) Name(id string) string { return view.AgencyIn(s.repo, id).Short }

// FullName is an agency's full name for running text ("Kính gửi: …").
func (s *Status) FullName(id string) string { return view.AgencyIn(s.repo, id).Name }

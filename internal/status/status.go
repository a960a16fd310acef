// Package status is what `kh status` prints: a plan's follow-up on a day
// in the national status categories, lead by lead (a group as the sum of
// its members, with who has reported), the overdue tasks with their
// printed numbers and what their agencies last reported, and the
// indicators against their targets.
package status

import (
	"time"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/members"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/view"
)

// Report is kh status for one plan and day; the JSON names are a contract
// (the static site reads them).
type Report struct {
	Plan       string          `json:"plan"`
	Name       string          `json:"name"`
	AsOf       string          `json:"as_of"`
	Categories []Category      `json:"categories"`
	Totals     followup.Counts `json:"totals"`
	Leads      []*Lead         `json:"leads"`
	Agencies   []*Agency       `json:"agencies"`
	Overdue    []*Late         `json:"overdue"`
	Indicators []*Indicator    `json:"indicators"`
}

// Category names a category in both languages.
type Category struct {
	ID string `json:"id"`
	VI string `json:"vi"`
	EN string `json:"en"`
}

// Lead is a lead agency or group as the plan names it.
type Lead struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Group bool   `json:"group"`
	followup.Counts
	// Members, Reported and Missing are set for a group that reports
	// through its members.
	Members  int      `json:"members,omitempty"`
	Reported []string `json:"reported"`
	Missing  []string `json:"missing"`
}

// Agency is one reporting agency with its tasks. Done, InProgress,
// NotStarted1, NoReport, Overdue1 and OverdueIDs keep the names and
// meaning of the first version (statuses as reported, overdue across
// them).
type Agency struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	followup.Counts
	Done        int      `json:"done"`
	InProgress  int      `json:"in_progress"`
	NotStarted1 int      `json:"not_started"`
	NoReport    int      `json:"no_report"`
	Overdue1    int      `json:"overdue"`
	OverdueIDs  []string `json:"overdue_tasks"`
	Tasks       []*Task  `json:"tasks"`
}

// Task is one agency's state on one task.
type Task struct {
	ID       string            `json:"id"`
	Number   string            `json:"number"`
	Via      string            `json:"via,omitempty"`
	Category followup.Category `json:"category"`
	Due      string            `json:"due,omitempty"`
	Days     int               `json:"days,omitempty"`
	Reported bool              `json:"reported"`
	Last     *Last             `json:"last,omitempty"`
}

// Last is what an agency last reported on a task.
type Last struct {
	Period     string `json:"period"`
	Status     string `json:"status"`
	DoneOn     string `json:"done_on,omitempty"`
	Result     string `json:"result,omitempty"`
	Difficulty string `json:"difficulty,omitempty"`
	Proposal   string `json:"proposal,omitempty"`
}

// Late is an overdue task with its lead agencies' shares of it.
type Late struct {
	ID     string `json:"id"`
	Number string `json:"number"`
	Text   string `json:"text"`
	Due    string `json:"due"`
	Days   int    `json:"days"`
	// Leads lists each lead as the plan names it: an agency with what it
	// last reported, a group with how many of its members are late.
	Leads []*LateLead `json:"leads"`
}

// LateLead is one lead's share of an overdue task.
type LateLead struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Late of Members are overdue for a group, Reported of them reported.
	Members  int   `json:"members,omitempty"`
	Late     int   `json:"late"`
	Reported int   `json:"reported"`
	Last     *Last `json:"last,omitempty"`
}

// Indicator is one reporter's result of an indicator.
type Indicator struct {
	ID       string           `json:"id"`
	Number   string           `json:"number"`
	Text     string           `json:"text"`
	Agency   string           `json:"agency"`
	Name     string           `json:"name"`
	Via      string           `json:"via,omitempty"`
	Target   string           `json:"target"`
	Unit     string           `json:"unit,omitempty"`
	Result   string           `json:"result,omitempty"`
	Period   string           `json:"period,omitempty"`
	Verdict  followup.Verdict `json:"verdict"`
	Value    *float64         `json:"value,omitempty"`
	Goal     *float64         `json:"target_value,omitempty"`
	Expected *float64         `json:"expected,omitempty"`
}

// Build follows p up on day.
func Build(r *plan.Repo, p *plan.Plan, set *progress.Set, day time.Time, opt check.Options) *Report {
	return FromStatus(r, followup.Build(r, p, set, day, opt))
}

// FromStatus lays out a follow-up for printing.
func FromStatus(r *plan.Repo, s *followup.Status) *Report {
	rep := &Report{Plan: s.Plan.ID, Name: view.New(r, s.Plan).Name(), AsOf: s.Day.Format(time.DateOnly),
		Totals: s.Totals(), Leads: []*Lead{}, Agencies: []*Agency{}, Overdue: []*Late{}, Indicators: []*Indicator{}}
	for _, c := range followup.Categories {
		t := c.Text()
		rep.Categories = append(rep.Categories, Category{ID: string(c), VI: t.VI, EN: t.EN})
	}
	for _, l := range s.Leads() {
		rep.Leads = append(rep.Leads, &Lead{ID: l.ID, Name: s.Name(l.ID), Group: members.Expands(r, l.ID), Counts: l.Counts,
			Members: len(l.Members), Reported: nonNil(l.Reported), Missing: nonNil(l.Missing)})
	}
	for _, a := range s.Agencies() {
		rep.Agencies = append(rep.Agencies, agency(s, a))
	}
	rep.Overdue = overdue(r, s)
	for _, x := range s.Indicators {
		rep.Indicators = append(rep.Indicators, indicator(s, x))
	}
	return rep
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func agency(s *followup.Status, a followup.Agency) *Agency {
	out := &Agency{ID: a.ID, Name: s.Name(a.ID), Counts: a.Counts, Done: a.DoneOnTime + a.DoneLate,
		NoReport: a.NotReported, Overdue1: a.Overdue, OverdueIDs: []string{}, Tasks: []*Task{}}
	for _, t := range a.Tasks {
		out.Tasks = append(out.Tasks, task(t))
		if t.Category == followup.Overdue {
			out.OverdueIDs = append(out.OverdueIDs, t.Task.ID)
		}
		if !t.Category.Done() && t.Last != nil && t.Last.Entry.Status != progress.NotStarted {
			out.InProgress++
		}
	}
	out.NotStarted1 = a.Total - out.Done - out.InProgress
	return out
}

func task(t followup.Task) *Task {
	out := &Task{ID: t.Task.ID, Number: t.Number.String(), Via: t.Via, Category: t.Category, Days: t.Days, Reported: t.Reported, Last: last(t.Last)}
	if t.Due.Dated {
		out.Due = t.Due.Last.Format(time.DateOnly)
	}
	return out
}

func last(l *followup.Report) *Last {
	if l == nil {
		return nil
	}
	e := l.Entry
	out := &Last{Period: l.Period.ID, Status: e.Status, Result: e.Result, Difficulty: e.Difficulty, Proposal: e.Proposal}
	if !e.DoneOn.IsZero() {
		out.DoneOn = e.DoneOn.Format(time.DateOnly)
	}
	return out
}

// overdue lists the tasks some lead is late with, in plan order, each
// lead's share: an agency's last report, a group's count of late members.
func overdue(r *plan.Repo, s *followup.Status) []*Late {
	var out []*Late
	d := view.New(r, s.Plan)
	byTask := map[string]*Late{}
	leads := map[string]*LateLead{}
	for _, t := range s.Tasks {
		lead := t.Agency
		if t.Via != "" {
			lead = t.Via
		}
		key := t.Task.ID + "\x00" + lead
		ll := leads[key]
		if ll == nil {
			ll = &LateLead{ID: lead, Name: s.Name(lead)}
			leads[key] = ll
		}
		if t.Via != "" {
			ll.Members++
			if t.Reported {
				ll.Reported++
			}
		} else if t.Reported {
			ll.Reported, ll.Last = 1, last(t.Last)
		}
		if t.Category != followup.Overdue {
			continue
		}
		ll.Late++
		l := byTask[t.Task.ID]
		if l == nil {
			l = &Late{ID: t.Task.ID, Number: t.Number.String(), Text: d.Text(t.Task.Text),
				Due: t.Due.Last.Format(time.DateOnly), Days: t.Days}
			byTask[t.Task.ID] = l
			out = append(out, l)
		}
		if len(l.Leads) == 0 || l.Leads[len(l.Leads)-1] != ll {
			l.Leads = append(l.Leads, ll)
		}
	}
	return out
}

func indicator(s *followup.Status, x followup.Indicator) *Indicator {
	out := &Indicator{ID: x.Indicator.ID, Number: x.Number.String(), Text: x.Indicator.Text, Agency: x.Agency, Name: s.Name(x.Agency),
		Via: x.Via, Target: x.Indicator.Target, Unit: x.Unit, Result: x.Result, Verdict: x.Verdict}
	if x.Result != "" {
		out.Period = x.Period.ID
	}
	if x.Value.Numeric {
		v := x.Value.Number
		out.Value = &v
	}
	if x.Figures {
		g, e := x.Target, x.Expected
		out.Goal, out.Expected = &g, &e
	}
	return out
}

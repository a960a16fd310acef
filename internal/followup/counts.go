package followup

import (
	"slices"

	"github.com/kh-tools/kh/internal/progress"
)

// Counts are the tasks of an agency or a group by category. The JSON
// names are a contract.
type Counts struct {
	Total      int `json:"total"`
	DoneOnTime int `json:"hoan_thanh_dung_han"`
	DoneLate   int `json:"hoan_thanh_qua_han"`
	OnTrack    int `json:"dang_thuc_hien_trong_han"`
	Overdue    int `json:"chua_hoan_thanh_qua_han"`
	NotStarted int `json:"chua_thuc_hien"`
	// NotReported counts the tasks no record covers (counted in the
	// categories as not started); LateNotStarted the overdue ones nobody
	// started.
	NotReported    int `json:"chua_bao_cao"`
	LateNotStarted int `json:"qua_han_chua_thuc_hien"`
}

// Of is the count of category c.
func (n Counts) Of(c Category) int {
	switch c {
	case DoneOnTime:
		return n.DoneOnTime
	case DoneLate:
		return n.DoneLate
	case OnTrack:
		return n.OnTrack
	case Overdue:
		return n.Overdue
	}
	return n.NotStarted
}

func (n *Counts) add(t Task) {
	n.Total++
	switch t.Category {
	case DoneOnTime:
		n.DoneOnTime++
	case DoneLate:
		n.DoneLate++
	case OnTrack:
		n.OnTrack++
	case Overdue:
		n.Overdue++
		if t.Last == nil || t.Last.Entry.Status == progress.NotStarted {
			n.LateNotStarted++
		}
	default:
		n.NotStarted++
	}
	if !t.Reported {
		n.NotReported++
	}
}

// Totals counts every reporter's every task.
func (s *Status) Totals() Counts {
	var n Counts
	for _, t := range s.Tasks {
		n.add(t)
	}
	return n
}

// Lead is one lead agency as the plan names it, with its tasks counted:
// an agency for itself, a group as the sum of its members, with who has
// reported and who has not.
type Lead struct {
	ID string
	Counts
	// Members are the agencies a group reports through, Reported those
	// with a record covering at least one of its tasks, Missing the rest;
	// all empty for an agency.
	Members, Reported, Missing []string
}

// Leads lists the plan's leads in plan order: each agency and group named
// in chu_tri, with what its reporters reported.
func (s *Status) Leads() []Lead {
	var out []*Lead
	byID := map[string]*Lead{}
	reported := map[string]map[string]bool{}
	for _, t := range s.Tasks {
		lead := t.Agency
		if t.Via != "" {
			lead = t.Via
		}
		l := byID[lead]
		if l == nil {
			l = &Lead{ID: lead}
			byID[lead] = l
			out = append(out, l)
			reported[lead] = map[string]bool{}
		}
		l.add(t)
		if t.Via == "" {
			continue
		}
		if !slices.Contains(l.Members, t.Agency) {
			l.Members = append(l.Members, t.Agency)
		}
		if t.Reported {
			reported[lead][t.Agency] = true
		}
	}
	res := make([]Lead, len(out))
	for i, l := range out {
		for _, m := range l.Members {
			if reported[l.ID][m] {
				l.Reported = append(l.Reported, m)
			} else {
				l.Missing = append(l.Missing, m)
			}
		}
		res[i] = *l
	}
	return res
}

// Agency is one reporting agency with its tasks counted and listed.
type Agency struct {
	ID string
	Counts
	Tasks []Task
}

// Agencies lists every reporter, by id, with its tasks in plan order.
func (s *Status) Agencies() []Agency {
	byID := map[string]*Agency{}
	var ids []string
	for _, t := range s.Tasks {
		a := byID[t.Agency]
		if a == nil {
			a = &Agency{ID: t.Agency}
			byID[t.Agency] = a
			ids = append(ids, t.Agency)
		}
		a.add(t)
		a.Tasks = append(a.Tasks, t)
	}
	slices.Sort(ids)
	out := make([]Agency, len(ids))
	for i, id := range ids {
		out[i] = *byID[id]
	}
	return out
}

// IndicatorsOf lists the results of the indicators agency reports on.
func (s *Status) IndicatorsOf(agency string) []Indicator {
	var out []Indicator
	for _, x := range s.Indicators {
		if x.Agency == agency {
			out = append(out, x)
		}
	}
	return out
}

// Verdicts counts the indicator results by verdict.
func (s *Status) Verdicts() map[Verdict]int {
	out := map[Verdict]int{}
	for _, x := range s.Indicators {
		out[x.Verdict]++
	}
	return out
}

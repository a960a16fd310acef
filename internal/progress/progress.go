// Package progress models the progress records an agency reports for the
// tasks it leads, kept with the plan as
// <plan folder>/tien-do/<period>/<agency-id>.yaml, and checks them against
// the plan.
package progress

import (
	"errors"
	"io/fs"
	"os"
	"time"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/plan"
)

// Dir is the folder of a plan that holds its progress records.
const Dir = load.ProgressDir

// Task statuses, in the order of the form's drop-down.
const (
	Done       = "hoan_thanh"
	InProgress = "dang_thuc_hien"
	NotStarted = "chua_thuc_hien"
)

// Statuses lists the status values with the words printed on forms.
var Statuses = []struct{ Value, Label string }{
	{Done, "Hoàn thành"},
	{InProgress, "Đang thực hiện"},
	{NotStarted, "Chưa thực hiện"},
}

// Record is one agency's report for one period.
type Record = plan.Record

// Entry is the report on one task.
type Entry = plan.RecordEntry

// Path is where the record of agency for period is kept in planDir; period
// and agency come from a form, so they are checked as file names.
func Path(planDir, period, agency string) (string, error) {
	return outpath.Join(planDir, Dir, period, agency+".yaml")
}

// Set is the progress records of one or more plans.
type Set struct {
	Records []*Record
}

// ReadRecord reads the record at path; ok is false when there is none.
func ReadRecord(path string) (r *Record, ok bool, err error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	r = &Record{}
	_, ds, err := load.File(path, "", r)
	if err != nil {
		return nil, false, err
	}
	if len(ds) > 0 {
		return nil, false, errors.New(ds[0].Pos.String() + ": " + ds[0].Message.VI)
	}
	return r, true, nil
}

// Merge adds the records of o to s, for checks spanning several plans.
func (s *Set) Merge(o *Set) {
	if o != nil {
		s.Records = append(s.Records, o.Records...)
	}
}

// DoneBy reports whether a record of agency ("" for any) marks the task
// done on or before day. A completion without a date counts from the last
// day of its period, the earliest day the report vouches for.
func (s *Set) DoneBy(planID, taskID, agency string, day time.Time) bool {
	if s == nil {
		return false
	}
	for _, r := range s.Records {
		if r.Plan != planID || (agency != "" && r.Agency != agency) {
			continue
		}
		for _, e := range r.Tasks {
			if e.ID == taskID && e.Status == Done && !DoneOn(r, e).After(day) {
				return true
			}
		}
	}
	return false
}

// DoneOn is the day an entry marked done counts from: its date, else the
// last day of the record's period.
func DoneOn(r *Record, e *Entry) time.Time {
	if !e.DoneOn.IsZero() {
		return e.DoneOn
	}
	p, err := ParsePeriod(r.Period)
	if err != nil {
		// An unreadable period is reported by Validate; never count it.
		return time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return p.To
}

// Latest is agency's report on the task as of day: the entry of the latest
// period that began by day. A completion dated after day reads as still in
// progress, which the caller sees in Status. Nil when agency never
// reported on the task.
func (s *Set) Latest(planID, taskID, agency string, day time.Time) (*Record, *Entry) {
	var best *Record
	var found *Entry
	s.latest(planID, agency, day, func(r *Record) bool {
		for _, e := range r.Tasks {
			if e.ID == taskID {
				best, found = r, e
				return true
			}
		}
		return false
	})
	return best, found
}

// LatestResult is agency's latest result of an indicator as of day.
func (s *Set) LatestResult(planID, indicatorID, agency string, day time.Time) (*Record, *plan.RecordResult) {
	var best *Record
	var found *plan.RecordResult
	s.latest(planID, agency, day, func(r *Record) bool {
		for _, e := range r.Indicators {
			if e.ID == indicatorID {
				best, found = r, e
				return true
			}
		}
		return false
	})
	return best, found
}

// latest offers has the records of agency for the plan whose period began
// by day, latest period end last, so the last one has wins.
func (s *Set) latest(planID, agency string, day time.Time, has func(*Record) bool) {
	if s == nil {
		return
	}
	var bestTo time.Time
	for _, r := range s.Records {
		if r.Plan != planID || r.Agency != agency {
			continue
		}
		p, err := ParsePeriod(r.Period)
		if err != nil || p.From.After(day) || (!bestTo.IsZero() && !p.To.After(bestTo)) {
			continue
		}
		if has(r) {
			bestTo = p.To
		}
	}
}

// Status is agency's latest reported status of the task as of day, a
// completion dated after day read as in progress; ok is false when the
// agency never reported on it.
func (s *Set) Status(planID, taskID, agency string, day time.Time) (status string, ok bool) {
	r, e := s.Latest(planID, taskID, agency, day)
	if e == nil {
		return "", false
	}
	if e.Status == Done && DoneOn(r, e).After(day) {
		return InProgress, true
	}
	return e.Status, true
}

// Record is agency's record for period, or nil.
func (s *Set) Record(planID, period, agency string) *Record {
	if s == nil {
		return nil
	}
	for _, r := range s.Records {
		if r.Plan == planID && r.Period == period && r.Agency == agency {
			return r
		}
	}
	return nil
}

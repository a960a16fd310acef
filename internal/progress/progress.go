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

// DoneBy reports whether a record marks the task done on or before day. A
// completion without a date counts from the last day of its period, the
// earliest day the report vouches for.
func (s *Set) DoneBy(planID, taskID string, day time.Time) bool {
	if s == nil {
		return false
	}
	for _, r := range s.Records {
		if r.Plan != planID {
			continue
		}
		for _, e := range r.Tasks {
			if e.ID == taskID && e.Status == Done && !doneOn(r, e).After(day) {
				return true
			}
		}
	}
	return false
}

func doneOn(r *Record, e *Entry) time.Time {
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

// Status is the task's latest reported status as of day: the entry of the
// latest period that began by day, with a completion dated after day read
// as still in progress. ok is false when no record reports the task.
func (s *Set) Status(planID, taskID string, day time.Time) (status string, ok bool) {
	var best Period
	for _, r := range s.Records {
		p, err := ParsePeriod(r.Period)
		if r.Plan != planID || err != nil || p.From.After(day) {
			continue
		}
		for _, e := range r.Tasks {
			if e.ID != taskID || (ok && !p.To.After(best.To)) {
				continue
			}
			best, ok, status = p, true, e.Status
			if status == Done && doneOn(r, e).After(day) {
				status = InProgress
			}
		}
	}
	return status, ok
}

// Package forms writes the per-agency report forms of a plan and reads them
// back once filled. A form lists exactly the tasks and indicators one
// agency reports on (itself a lead, or a member of a lead group); hidden
// metadata (plan, period, agency and a checksum of every locked cell) lets
// kh recognise its own forms and refuse edited ones.
package forms

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/members"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

// Format identifies the metadata layout; a change of layout changes it so
// old forms are refused rather than misread. Version 2: the checksum covers
// every locked cell (version 1 covered ids and texts only, so an edited
// deadline went through). Version 3: forms per member of a group, the
// printed row number (TT) and the data window in the title, the status
// categories of QĐ 42/2014/QĐ-TTg, the indicator sheet.
const Format = "kh-bieu-mau/3"

// formatFamily is what every version of Format starts with.
const formatFamily = "kh-bieu-mau/"

// Form is the report form of one reporting agency for one period: the
// tasks and indicators it reports on, itself a lead or a member of a lead
// group.
type Form struct {
	Plan   *plan.Plan
	Agency string
	Period progress.Period
	Tasks  []*plan.Task
	// Indicators are those the agency reports results of.
	Indicators []*plan.Indicator
	// Via names, by task or indicator id, the lead group the agency
	// reports for ("" when the item names it).
	Via map[string]string
}

// Build returns one form per agency reporting on p in period, ordered by
// agency id so output is stable: groups give each member its own form,
// narrowed to the tasks that name it; a group without members gets one.
func Build(r *plan.Repo, p *plan.Plan, period progress.Period) []Form {
	as := members.Assign(r, p, period.To)
	out := make([]Form, 0, len(as.Agencies()))
	for _, id := range as.Agencies() {
		out = append(out, formOf(as, p, id, period))
	}
	return out
}

func formOf(as *members.Assignment, p *plan.Plan, id string, period progress.Period) Form {
	f := Form{Plan: p, Agency: id, Period: period, Tasks: as.TasksOf(id), Indicators: as.IndicatorsOf(id), Via: map[string]string{}}
	for _, t := range f.Tasks {
		f.Via[t.ID] = via(as.Tasks[t.ID], id)
	}
	for _, in := range f.Indicators {
		f.Via[in.ID] = via(as.Indicators[in.ID], id)
	}
	return f
}

func via(rs []members.Reporter, id string) string {
	for _, r := range rs {
		if r.ID == id {
			return r.Via
		}
	}
	return ""
}

// Checksum fingerprints a list of keyed texts (the comment round's forms
// use it for their rows).
func Checksum(keys, texts []string) string {
	h := sha256.New()
	for i := range keys {
		h.Write([]byte(keys[i]))
		h.Write([]byte{0x1f})
		h.Write([]byte(texts[i]))
		h.Write([]byte{0x1e})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// CellChecksum fingerprints the values of a report form's locked cells, in
// lockedRefs order, so an edit of any of them (a deadline, a title) shows.
// It detects slips and casual edits, not forgery: the form carries no
// secret.
func CellChecksum(values []string) string {
	h := sha256.New()
	for _, v := range values {
		h.Write([]byte(v))
		h.Write([]byte{0x1e})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Error is a refusal to import a form, in both languages.
type Error struct {
	File string
	// Msg is the catalogue message the refusal is made of.
	Msg  *msg.Message
	Text diag.Text
}

func (e *Error) Error() string { return e.File + ": " + e.Text.VI }

// In renders the error in lang.
func (e *Error) In(lang diag.Lang) string { return e.File + ": " + e.Text.In(lang) }

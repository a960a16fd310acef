// Package forms writes the per-agency report forms of a plan and reads them
// back once filled. A form lists exactly the tasks one agency leads; hidden
// metadata (plan, period, agency and a checksum of every locked cell) lets
// kh recognise its own forms and refuse edited ones.
package forms

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

// Format identifies the metadata layout; a change of layout changes it so
// old forms are refused rather than misread. Version 2: the checksum covers
// every locked cell (version 1 covered ids and texts only, so an edited
// deadline went through).
const Format = "kh-bieu-mau/2"

// formatFamily is what every version of Format starts with.
const formatFamily = "kh-bieu-mau/"

// Form is the report form of one lead agency for one period.
type Form struct {
	Plan   *plan.Plan
	Agency string
	Period progress.Period
	Tasks  []*plan.Task
}

// Build returns one form per agency leading a task of p, ordered by agency
// id so output is stable.
func Build(p *plan.Plan, period progress.Period) []Form {
	var ids []string
	for _, tr := range p.Tasks() {
		for _, a := range tr.Task.Lead {
			if !slices.Contains(ids, a) {
				ids = append(ids, a)
			}
		}
	}
	slices.Sort(ids)
	out := make([]Form, 0, len(ids))
	for _, id := range ids {
		out = append(out, Form{Plan: p, Agency: id, Period: period, Tasks: LeadTasks(p, id)})
	}
	return out
}

// LeadTasks lists the tasks of p that agency leads, in plan order.
func LeadTasks(p *plan.Plan, agency string) []*plan.Task {
	var out []*plan.Task
	for _, tr := range p.Tasks() {
		if slices.Contains(tr.Task.Lead, agency) {
			out = append(out, tr.Task)
		}
	}
	return out
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

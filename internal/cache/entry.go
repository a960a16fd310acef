package cache

import (
	"fmt"

	"github.com/kh-tools/kh/internal/diag"
)

// RulesHash fingerprints the rule catalogue (codes, severities, names and
// message templates), so changing any rule invalidates every entry even
// when the version string stays the same, as in a development build.
func RulesHash() string {
	h := newHasher("rules")
	for _, r := range diag.Rules() {
		h.add(r.Code, fmt.Sprint(int(r.Severity)), r.Name, r.Summary.VI, r.Summary.EN, r.VI, r.EN)
	}
	return h.sum()
}

// finding mirrors diag.Diagnostic for JSON, so the cache format is pinned
// here and diag needs no tags.
type finding struct {
	Rule     string    `json:"r"`
	Severity int       `json:"s"`
	Pos      position  `json:"p"`
	Path     string    `json:"a,omitempty"`
	VI       string    `json:"vi"`
	EN       string    `json:"en"`
	Related  []related `json:"rel,omitempty"`
	Supp     bool      `json:"sup,omitempty"`
	Reason   string    `json:"why,omitempty"`
}

type position struct {
	File   string `json:"f"`
	Line   int    `json:"l"`
	Column int    `json:"c"`
}

type related struct {
	Pos  position `json:"p"`
	Path string   `json:"a,omitempty"`
	VI   string   `json:"vi,omitempty"`
	EN   string   `json:"en,omitempty"`
}

func toFindings(ds []diag.Diagnostic) []finding {
	out := make([]finding, len(ds))
	for i, d := range ds {
		f := finding{Rule: d.Rule, Severity: int(d.Severity), Pos: position(d.Pos), Path: d.Path,
			VI: d.Message.VI, EN: d.Message.EN, Supp: d.Suppressed, Reason: d.SuppressReason}
		for _, r := range d.Related {
			f.Related = append(f.Related, related{position(r.Pos), r.Path, r.Message.VI, r.Message.EN})
		}
		out[i] = f
	}
	return out
}

func fromFindings(fs []finding) []diag.Diagnostic {
	out := make([]diag.Diagnostic, len(fs))
	for i, f := range fs {
		d := diag.Diagnostic{Rule: f.Rule, Severity: diag.Severity(f.Severity), Pos: diag.Pos(f.Pos), Path: f.Path,
			Message: diag.Text{VI: f.VI, EN: f.EN}, Suppressed: f.Supp, SuppressReason: f.Reason}
		for _, r := range f.Related {
			d.Related = append(d.Related, diag.Related{Pos: diag.Pos(r.Pos), Path: r.Path, Message: diag.Text{VI: r.VI, EN: r.EN}})
		}
		out[i] = d
	}
	return out
}

// unit is the cached outcome for one plan (its files) or for the repository
// level files (kho.yaml, the calendar, the registries).
type unit struct {
	// Sources are the display names of the files the loader read for the
	// unit, for the file counts of the summary line.
	Sources  []string  `json:"src"`
	Findings []finding `json:"d"`
	// Opaque marks a repository whose findings could not all be placed in
	// a unit; such a repository is always checked whole.
	Opaque bool `json:"opaque,omitempty"`
}

// Package diag holds the one diagnostic type of kh and the catalogue of rules
// it reports. Every output format (text, JSON, GitHub annotations, SARIF)
// renders from Diagnostic, so they cannot disagree.
package diag

import (
	"fmt"
	"sort"

	"github.com/kh-tools/kh/internal/msg"
)

// Severity orders findings; a higher value is worse.
type Severity int

// Severities, from mildest to worst.
const (
	Info Severity = iota
	Warning
	Error
)

// String returns the stable English name used in every machine format.
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "info"
}

// Label returns the severity word in the given language for human text.
func (s Severity) Label(lang Lang) string {
	if lang == EN {
		return s.String()
	}
	switch s {
	case Error:
		return "lỗi"
	case Warning:
		return "cảnh báo"
	}
	return "thông tin"
}

// Lang selects the language of messages (see package msg, the catalogue).
type Lang = msg.Lang

// Languages: Vietnamese is the default because it is the users' language.
const (
	VI = msg.VI
	EN = msg.EN
)

// ParseLang accepts "vi" or "en".
func ParseLang(s string) (Lang, error) { return msg.ParseLang(s) }

// Text is a message in both languages; rules build both at once so any
// output can pick either without re-running the check.
type Text = msg.Text

// Pos is a position in a source file. Line and Column are 1-based and Column
// counts runes (Unicode code points), not bytes, as yaml.v3 reports them.
type Pos struct {
	File   string
	Line   int
	Column int
}

// IsValid reports whether the position points into a file.
func (p Pos) IsValid() bool { return p.File != "" }

func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}

// Related is a second place that takes part in a finding, such as the task a
// deadline conflicts with.
type Related struct {
	Pos     Pos
	Path    string
	Message Text
}

// Diagnostic is one finding. Path is the data path inside the file, for
// example "nhom[0].nhiem_vu[3].thoi_han".
type Diagnostic struct {
	Rule       string
	Severity   Severity
	Pos        Pos
	Path       string
	Message    Text
	Related    []Related
	Suppressed bool
	// SuppressReason is the reviewed reason of the suppression that matched.
	SuppressReason string
}

// New builds a diagnostic of rule code at pos with the rule's default
// severity and its message templates filled with args. An arg that is a Text
// contributes the matching language.
func New(code string, pos Pos, path string, args ...any) Diagnostic {
	r := byCode[code]
	if r == nil {
		panic(fmt.Sprintf("diag: unknown rule %s", code))
	}
	return Diagnostic{
		Rule:     code,
		Severity: r.Severity,
		Pos:      pos,
		Path:     path,
		Message:  r.msg.Text(args...),
	}
}

// With adds a related position.
func (d Diagnostic) With(pos Pos, path string, msg Text) Diagnostic {
	d.Related = append(d.Related, Related{Pos: pos, Path: path, Message: msg})
	return d
}

// Sort orders diagnostics by file, line, column, rule so output is stable
// whatever order the checks ran in.
func Sort(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Column != b.Pos.Column {
			return a.Pos.Column < b.Pos.Column
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message.VI < b.Message.VI
	})
}

// Summary counts diagnostics by outcome.
type Summary struct {
	Files      int `json:"files"`
	Plans      int `json:"plans"`
	Errors     int `json:"errors"`
	Warnings   int `json:"warnings"`
	Infos      int `json:"infos"`
	Suppressed int `json:"suppressed"`
}

// Summarize counts ds; suppressed findings count only as suppressed.
func Summarize(ds []Diagnostic) Summary {
	var s Summary
	for _, d := range ds {
		switch {
		case d.Suppressed:
			s.Suppressed++
		case d.Severity == Error:
			s.Errors++
		case d.Severity == Warning:
			s.Warnings++
		default:
			s.Infos++
		}
	}
	return s
}

// Findings reports whether any unsuppressed error or warning is present; those
// make kh check exit 1.
func (s Summary) Findings() bool { return s.Errors+s.Warnings > 0 }

package diag

import (
	"encoding/json"
	"io"
)

// gitlabIssue is one entry of GitLab's Code Quality report, the format
// GitLab reads from artifacts:reports:codequality and shows in merge
// requests: description, check_name, fingerprint, severity, location.
type gitlabIssue struct {
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int `json:"begin"`
}

// WriteGitLab writes ds as a Code Quality report. Suppressed findings are
// left out: the format has no way to mark a finding as accepted, and a
// reviewed published defect should not be reported as a new problem.
func WriteGitLab(w io.Writer, ds []Diagnostic, lang Lang) error {
	fps := Fingerprints(ds)
	issues := []gitlabIssue{}
	for i, d := range ds {
		if d.Suppressed {
			continue
		}
		issues = append(issues, gitlabIssue{
			Description: d.Message.In(lang) + " [" + d.Rule + "]",
			CheckName:   d.Rule,
			Fingerprint: fps[i],
			Severity:    gitlabSeverity(d.Severity),
			Location:    gitlabLocation{Path: d.Pos.File, Lines: gitlabLines{Begin: max(d.Pos.Line, 1)}},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(issues)
}

// gitlabSeverity maps kh's severities onto GitLab's info, minor, major,
// critical and blocker: an error blocks a plan's issue.
func gitlabSeverity(s Severity) string {
	switch s {
	case Error:
		return "major"
	case Warning:
		return "minor"
	}
	return "info"
}

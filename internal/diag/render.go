package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// FormatVersion is the version of the JSON report shape; it changes only
// when a field changes meaning or disappears.
const FormatVersion = 1

// WriteText writes one line per diagnostic,
// "path:line:col: severity: message [KH012]", then indented related
// positions. Suppressed findings are shown only when showSuppressed is set.
func WriteText(w io.Writer, ds []Diagnostic, lang Lang, showSuppressed bool) error {
	var b strings.Builder
	for _, d := range ds {
		if d.Suppressed && !showSuppressed {
			continue
		}
		fmt.Fprintf(&b, "%s: %s: %s [%s]", d.Pos, d.Severity.Label(lang), d.Message.In(lang), d.Rule)
		if d.Suppressed {
			label := " (đã bỏ qua: "
			if lang == EN {
				label = " (suppressed: "
			}
			b.WriteString(label + d.SuppressReason + ")")
		}
		b.WriteByte('\n')
		for _, r := range d.Related {
			msg := r.Message.In(lang)
			if msg == "" {
				msg = r.Path
			}
			fmt.Fprintf(&b, "    %s: %s\n", r.Pos, msg)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// SummaryLine is the one line printed on a non-zero exit.
func SummaryLine(s Summary, lang Lang) string {
	if lang == EN {
		return fmt.Sprintf("%d plans, %d files: %d errors, %d warnings, %d suppressed", s.Plans, s.Files, s.Errors, s.Warnings, s.Suppressed)
	}
	return fmt.Sprintf("%d kế hoạch, %d tệp: %d lỗi, %d cảnh báo, %d đã bỏ qua", s.Plans, s.Files, s.Errors, s.Warnings, s.Suppressed)
}

// jsonDiag is the documented JSON shape of one diagnostic.
type jsonDiag struct {
	Rule       string        `json:"rule"`
	Severity   string        `json:"severity"`
	File       string        `json:"file"`
	Line       int           `json:"line"`
	Column     int           `json:"column"`
	Path       string        `json:"path"`
	Message    string        `json:"message"`
	Suppressed bool          `json:"suppressed,omitempty"`
	Reason     string        `json:"suppress_reason,omitempty"`
	Related    []jsonRelated `json:"related,omitempty"`
}

type jsonRelated struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Path    string `json:"path,omitempty"`
	Message string `json:"message,omitempty"`
}

type jsonReport struct {
	FormatVersion int        `json:"format_version"`
	Diagnostics   []jsonDiag `json:"diagnostics"`
	Summary       Summary    `json:"summary"`
}

// WriteJSON writes the versioned report:
// {"format_version":1,"diagnostics":[…],"summary":{…}}. Diagnostics is
// always an array; suppressed findings are included with "suppressed":true.
func WriteJSON(w io.Writer, ds []Diagnostic, sum Summary, lang Lang) error {
	rep := jsonReport{FormatVersion: FormatVersion, Diagnostics: []jsonDiag{}, Summary: sum}
	for _, d := range ds {
		jd := jsonDiag{
			Rule: d.Rule, Severity: d.Severity.String(), File: d.Pos.File, Line: d.Pos.Line,
			Column: d.Pos.Column, Path: d.Path, Message: d.Message.In(lang),
			Suppressed: d.Suppressed, Reason: d.SuppressReason,
		}
		for _, r := range d.Related {
			jd.Related = append(jd.Related, jsonRelated{File: r.Pos.File, Line: r.Pos.Line, Column: r.Pos.Column, Path: r.Path, Message: r.Message.In(lang)})
		}
		rep.Diagnostics = append(rep.Diagnostics, jd)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

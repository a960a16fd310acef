package diag

import (
	"fmt"
	"io"
	"strings"
)

// WriteGitHub writes one GitHub Actions workflow command per unsuppressed
// diagnostic, "::error file=…,line=…,col=…,title=KH012::message", so a
// pull request shows the finding on the changed line. Warnings become
// ::warning and infos ::notice. Related positions are appended to the
// message as extra lines.
//
// GitHub shows at most 10 annotations of each kind per step, so CI should
// also print the text report; the workflow in ci/ does.
func WriteGitHub(w io.Writer, ds []Diagnostic, lang Lang) error {
	var b strings.Builder
	for _, d := range ds {
		if d.Suppressed {
			continue
		}
		b.WriteString("::" + githubCommand(d.Severity) + " ")
		b.WriteString(githubProperties(d))
		b.WriteString("::" + escapeData(githubMessage(d, lang)) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func githubCommand(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "notice"
}

// githubProperties leaves out line and col when unknown: GitHub would
// otherwise anchor the annotation to line 0, which it does not show.
func githubProperties(d Diagnostic) string {
	var props []string
	if d.Pos.File != "" {
		props = append(props, "file="+escapeProperty(d.Pos.File))
	}
	if d.Pos.Line > 0 {
		props = append(props, fmt.Sprintf("line=%d", d.Pos.Line))
	}
	if d.Pos.Line > 0 && d.Pos.Column > 0 {
		props = append(props, fmt.Sprintf("col=%d", d.Pos.Column))
	}
	props = append(props, "title="+escapeProperty(d.Rule))
	return strings.Join(props, ",")
}

func githubMessage(d Diagnostic, lang Lang) string {
	msg := d.Message.In(lang)
	for _, r := range d.Related {
		text := r.Message.In(lang)
		if text == "" {
			text = r.Path
		}
		msg += "\n" + r.Pos.String() + ": " + text
	}
	return msg
}

// escapeData and escapeProperty follow actions/toolkit
// packages/core/src/command.ts: the runner splits a command at the first
// "::" and properties at "," and ":", and a raw newline would end the command.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func escapeData(s string) string { return dataEscaper.Replace(s) }

func escapeProperty(s string) string { return propertyEscaper.Replace(s) }

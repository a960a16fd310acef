package semdiff

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/worddiff"
)

var (
	lblAppendixN  = msg.DiffAppendixN.Text()
	lblSectionN   = msg.DiffSectionN.Text()
	lblNumberN    = msg.DiffNumberN.Text()
	lblAgencyAdd  = msg.DiffAgencyAdd.Text()
	lblAgencyDrop = msg.DiffAgencyDrop.Text()
	lblReordered  = msg.DiffReordered.Text()
	verdicts      = map[Verdict]diag.Text{
		Weakened:      msg.DiffWeakened.Text(),
		Strengthened:  msg.DiffStrengthened.Text(),
		UnitChanged:   msg.DiffUnitChanged.Text(),
		NotComparable: msg.DiffNotComparable.Text(),
		Equivalent:    msg.DiffEquivalent.Text(),
	}
)

// VerdictText names a target verdict: "chỉ tiêu giảm".
func VerdictText(v Verdict, lang diag.Lang) string { return verdicts[v].In(lang) }

// PrintedParts are the printed numbers locating an item of kind at p, for a
// reader holding the PDF: "Phụ lục 02", "mục III", "số 14".
func PrintedParts(kind string, p *Place, lang diag.Lang) []string {
	if p == nil {
		return nil
	}
	var parts []string
	if kind == kindAppendix {
		return []string{lblAppendixN.In(lang) + p.Label}
	}
	if p.AppendixNumber != "" {
		parts = append(parts, lblAppendixN.In(lang)+p.AppendixNumber)
	}
	chain := p.Path
	if kind == kindSection || kind == kindGroup {
		chain = nonEmpty(append(append([]string(nil), chain...), p.Label))
	}
	if len(chain) > 0 {
		parts = append(parts, lblSectionN.In(lang)+strings.Join(chain, "."))
	}
	if (kind == kindTask || kind == kindIndicator || kind == kindDocument) && p.Label != "" {
		parts = append(parts, lblNumberN.In(lang)+p.Label)
	}
	return parts
}

// PrintedText is where an item is printed in the newer draft, or in the
// older one for a removed item, and, when that changed, where it was:
// "Phụ lục 02, mục III, số 14 → số 15", leaving out on the right what did
// not change.
func PrintedText(it ItemChange, lang diag.Lang) string {
	a, b := PrintedParts(it.Kind, it.From, lang), PrintedParts(it.Kind, it.To, lang)
	switch {
	case len(a) == 0:
		return strings.Join(b, ", ")
	case len(b) == 0 || slices.Equal(a, b):
		return strings.Join(a, ", ")
	}
	k := 0
	for k < len(a) && k < len(b)-1 && a[k] == b[k] {
		k++
	}
	return strings.Join(a, ", ") + " → " + strings.Join(b[k:], ", ")
}

// agencyText names what an agency list gained and lost: "bỏ Sở KH&CN;
// thêm Sở VHTTDL"; for a list only reordered, the two orders.
func agencyText(f FieldChange, lang diag.Lang) string {
	var parts []string
	for _, a := range f.Removed {
		parts = append(parts, lblAgencyDrop.In(lang)+a.Name)
	}
	for _, a := range f.Added {
		parts = append(parts, lblAgencyAdd.In(lang)+a.Name)
	}
	if len(parts) == 0 {
		return fmt.Sprintf("%s: %s → %s", lblReordered.In(lang), f.FromText, f.ToText)
	}
	return strings.Join(parts, "; ")
}

// keyValues are the fields of an item added or removed that a reviewer
// needs beside its text: who leads it, by when, to what target.
var keyValues = map[string]bool{"chu_tri": true, "phoi_hop": true, "theo_doi": true, "thoi_han": true, "muc_tieu": true}

// valuesText lists an added or removed item's key fields: "chủ trì: Sở
// Khoa học và Công nghệ · thời hạn: Quý III/2026"; "" when it has none.
func valuesText(it ItemChange, lang diag.Lang) string {
	var parts []string
	for _, v := range it.Values {
		if keyValues[v.Field] {
			parts = append(parts, FieldLabel(v.Field, lang)+": "+v.Shown(lang))
		}
	}
	return strings.Join(parts, " · ")
}

// agencyField reports whether f is an agency list whose change is best told
// as agencies added and removed.
func agencyField(f FieldChange) bool {
	switch f.Field {
	case "chu_tri", "phoi_hop", "theo_doi":
		return f.From != nil && f.To != nil
	}
	return false
}

// inlineWords reports whether a change reads better as the words changed in
// place than as "old → new": text long enough to hide a small change, or
// paragraphs.
func inlineWords(f FieldChange) bool {
	if f.Words == nil || f.Target != nil {
		return false
	}
	return prose[f.Field] || utf8.RuneCountInString(f.FromText) > 40 || utf8.RuneCountInString(f.ToText) > 40 ||
		strings.Contains(f.FromText, "\n") || strings.Contains(f.ToText, "\n")
}

// wordStyle marks deleted and inserted words.
type wordStyle struct {
	delOpen, delClose, insOpen, insClose string
	// escape prepares text for the format.
	escape func(string) string
}

// The word styles: git's markers for plain text and pipes, ANSI colour for
// a terminal, HTML for Markdown (which GitHub renders as struck out and
// underlined, whatever the spaces around the words).
var (
	markerWords = wordStyle{delOpen: "[-", delClose: "-]", insOpen: "{+", insClose: "+}"}
	ansiWords   = wordStyle{delOpen: ansiRed + ansiStrike, delClose: ansiReset, insOpen: ansiGreen + ansiUnder, insClose: ansiReset}
	htmlWords   = wordStyle{delOpen: "<del>", delClose: "</del>", insOpen: "<ins>", insClose: "</ins>", escape: mdEscape}
)

// render writes ops in style; skip leaves out one kind, to show only the
// old (skip Insert) or the new (skip Delete) text with its changes marked.
// Marks are closed at each line end and reopened after it, so every line
// stands alone.
func (st wordStyle) render(ops []worddiff.Op, skip worddiff.Kind) string {
	var b strings.Builder
	for _, op := range ops {
		if op.Kind == skip && op.Kind != worddiff.Equal {
			continue
		}
		text := op.Text
		if st.escape != nil {
			text = st.escape(text)
		}
		open, close := "", ""
		switch op.Kind {
		case worddiff.Delete:
			open, close = st.delOpen, st.delClose
		case worddiff.Insert:
			open, close = st.insOpen, st.insClose
		}
		for i, line := range strings.Split(text, "\n") {
			if i > 0 {
				b.WriteString("\n")
			}
			if line != "" {
				b.WriteString(open + line + close)
			}
		}
	}
	return b.String()
}

// shorten keeps a few words around each change and elides the rest of long
// unchanged stretches, for kh diff --short.
func shorten(ops []worddiff.Op) []worddiff.Op {
	const keep = 4
	out := make([]worddiff.Op, len(ops))
	for i, op := range ops {
		out[i] = op
		if op.Kind != worddiff.Equal {
			continue
		}
		ts := worddiff.Tokens(op.Text)
		head, tail := i > 0, i < len(ops)-1 // a change before, after
		if len(ts) <= 4*keep {
			continue
		}
		var s string
		if head {
			s = strings.TrimRight(strings.Join(ts[:2*keep], ""), " ") + " "
		}
		s += "…"
		if tail {
			s += " " + strings.TrimLeft(strings.Join(ts[len(ts)-2*keep:], ""), " ")
		}
		out[i].Text = s
	}
	return out
}

// mdEscape keeps text from being read as HTML; table cells escape their
// own syntax (see cell).
func mdEscape(s string) string { return strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace(s) }

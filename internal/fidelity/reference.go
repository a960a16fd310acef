// Package fidelity measures how faithfully a document kh prints gives back
// the document as signed. A reference text (testdata/fidelity/*.txt, the
// signed text restored from the seed by hand) is compared word by word,
// section by section and table by table with the text extracted from the
// output, and every difference is listed with where it is.
package fidelity

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/kh-tools/kh/internal/vntext"
)

// Reference is a signed document's text as restored from its seed.
type Reference struct {
	// Meta holds the "key: value" lines of the leading comment block
	// ("plan: na-kh-549-2021", "seed: …").
	Meta     map[string]string
	Sections []Section
}

// Section is a named part of a document; the name is for reports only.
type Section struct {
	Name   string
	Line   int
	Blocks []Block
}

// Block is a paragraph (or a printed line of a two-column block) or one
// table row.
type Block struct {
	Line int
	// Text is the paragraph; empty for a table row.
	Text string
	// Cells are a table row's cells; nil for a paragraph.
	Cells []string
}

// Row reports whether b is a table row.
func (b Block) Row() bool { return b.Cells != nil }

// ParseReference reads the reference format (testdata/fidelity/README.md):
//
//	# a comment: a note about the transcription, never content
//	§ NAME                 starts a section named NAME
//	| cell | cell |        one table row; consecutive rows form a table
//	any other line         one paragraph
//
// Blank lines are ignored. Text is brought to NFC.
func ParseReference(r io.Reader) (*Reference, error) {
	ref := &Reference{Meta: map[string]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	head := true
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(vntext.NFC(sc.Text()))
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "#"):
			if head {
				if k, v, ok := strings.Cut(strings.TrimSpace(line[1:]), ":"); ok && !strings.Contains(k, " ") {
					ref.Meta[k] = strings.TrimSpace(v)
				}
			}
			continue
		}
		head = false
		switch {
		case strings.HasPrefix(line, "§"):
			name := strings.TrimSpace(strings.TrimPrefix(line, "§"))
			if name == "" {
				return nil, fmt.Errorf("line %d: a section needs a name", n)
			}
			ref.Sections = append(ref.Sections, Section{Name: name, Line: n})
		case len(ref.Sections) == 0:
			return nil, fmt.Errorf("line %d: text before the first section (§)", n)
		case strings.HasPrefix(line, "|"):
			cells, err := splitRow(line)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			s := &ref.Sections[len(ref.Sections)-1]
			s.Blocks = append(s.Blocks, Block{Line: n, Cells: cells})
		default:
			s := &ref.Sections[len(ref.Sections)-1]
			s.Blocks = append(s.Blocks, Block{Line: n, Text: line})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(ref.Sections) == 0 {
		return nil, fmt.Errorf("no section (§)")
	}
	return ref, nil
}

// splitRow splits "| a | b |" into its cells, trimmed. A "|" inside a
// reading mark ("⟨≥|>⟩") separates alternatives, not cells.
func splitRow(line string) ([]string, error) {
	if len(line) < 2 || !strings.HasSuffix(line, "|") {
		return nil, fmt.Errorf("a table row starts and ends with |")
	}
	var cells []string
	var b strings.Builder
	depth := 0
	for _, r := range line[1 : len(line)-1] {
		switch {
		case string(r) == markOpen:
			depth++
		case string(r) == markClose && depth > 0:
			depth--
		case r == '|' && depth == 0:
			cells = append(cells, strings.TrimSpace(b.String()))
			b.Reset()
			continue
		}
		b.WriteRune(r)
	}
	return append(cells, strings.TrimSpace(b.String())), nil
}

// Plain is the reference as a plain text document, the way a text export
// of the signed document gives it: one paragraph per line with a blank
// line between paragraphs, a table row as its cells separated by tabs,
// reading marks resolved to their first reading ("⟨a|b⟩" → "a", "⟨a⟩" →
// "a"), characters that cannot be read left out and unreadable passages
// dropped. It is what the importer is measured on.
func (r *Reference) Plain() string {
	var b strings.Builder
	for _, s := range r.Sections {
		row := false
		for _, bl := range s.Blocks {
			if bl.Row() {
				cells := make([]string, len(bl.Cells))
				for i, c := range bl.Cells {
					cells[i] = plainText(c)
				}
				b.WriteString(strings.Join(cells, "\t") + "\n")
				row = true
				continue
			}
			if row {
				b.WriteString("\n")
				row = false
			}
			if t := plainText(bl.Text); t != "" {
				b.WriteString(t + "\n\n")
			}
		}
		if row {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// plainText resolves the reading marks of a line.
func plainText(s string) string {
	var out []string
	for _, w := range fieldsOutsideMarks(s) {
		if w == anyRun {
			continue
		}
		var b strings.Builder
		for _, part := range parsePattern(w) {
			if part != nil {
				b.WriteString(part[0])
			}
		}
		if b.Len() > 0 {
			out = append(out, b.String())
		}
	}
	return strings.Join(out, " ")
}

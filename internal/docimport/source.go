// Package docimport brings an existing document into kh: a signed plan as
// a Word file, a text copied out of a PDF, or its Excel appendix tables. The
// source is read into paragraphs and tables (source.go), its parts are
// recognised (the header, the tên loại and trích yếu, căn cứ, the body
// outline with its printed labels, the closing, Nơi nhận, the signature,
// the appendices: detect.go, outline.go), and the result becomes plan YAML
// with generated ids, agencies matched against the province's registry and
// deadlines read by the deadline grammar (build.go), written as a new plan
// folder (write.go).
package docimport

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kh-tools/kh/internal/vntext"
)

// Block is a *Para or a *Table of the source, in reading order.
type Block interface{ where() Pos }

// Pos is where a block comes from: a line of a text file, a paragraph or
// table of a Word file, a row of a workbook sheet.
type Pos struct {
	// Line is the 1-based line (text), paragraph number (Word) or row
	// (workbook).
	Line int
	// Sheet names the worksheet of a workbook row.
	Sheet string
}

// Para is one paragraph: its printed label apart from its text.
type Para struct {
	Pos
	// Label is the label as printed ("I.", "1.", "3.1.", "a)", "-", "+"),
	// typed or produced by Word's automatic numbering.
	Label string
	// Auto reports that Word's numbering produced the label.
	Auto bool
	Text string
	Bold bool
	// Center reports a centred paragraph (titles, headings of appendices).
	Center bool
	// Level is Word's heading level (1 = top) when the paragraph has a
	// heading style, else 0.
	Level int
}

func (p *Para) where() Pos { return p.Pos }

// Full is the paragraph as printed: its label, then its text.
func (p *Para) Full() string {
	if p.Label == "" {
		return p.Text
	}
	return p.Label + " " + p.Text
}

// Table is a table of the source, rows of cells as text.
type Table struct {
	Pos
	Rows [][]string
	// Header counts the rows marked as repeated header rows (Word), 0 when
	// not known.
	Header int
	// Bold marks the rows whose every text is bold (Word, workbooks): a
	// row without a number printed bold is a group heading. It may be
	// shorter than Rows (text has no bold).
	Bold []bool
}

// bold reports whether row i is printed bold.
func (t *Table) bold(i int) bool { return i < len(t.Bold) && t.Bold[i] }

func (t *Table) where() Pos { return t.Pos }

// Source is a document read into blocks, with what reading it noticed.
type Source struct {
	Name   string
	Blocks []Block
	// Converted names the legacy encoding the text was converted from
	// (vntext.TCVN3, vntext.VNI), or "" when it was Unicode.
	Converted string
	// Decomposed counts paragraphs that were in NFD (or another
	// non-composed form) and were brought to NFC.
	Decomposed int
}

// labelRe recognises a typed label at the start of a paragraph: a Roman
// numeral ("IV."), a capital letter ("A."), numbers ("1.", "3.1.", "3.1"),
// a letter ("a)", "đ)"), a dash or a plus. The label must be followed by
// a space.
var labelRe = regexp.MustCompile(`^(?:([IVXL]{1,6})\.|([A-Z])\.|(\d{1,2}(?:\.\d{1,2}){0,3})\.?|([a-zđ])\)|([-–—+•]))\s+`)

// splitLabel separates a typed label from a paragraph's text. "1.1" without
// a final dot is a label only when followed by text; a bare number at the
// start of a sentence ("2026 là năm …") is not: a number label needs its dot
// unless it has a sub-number.
func splitLabel(s string) (label, text string) {
	m := labelRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", s
	}
	label = strings.TrimSpace(s[:m[1]])
	if m[6] >= 0 && !strings.HasSuffix(label, ".") && !strings.Contains(label, ".") {
		return "", s
	}
	if m[10] >= 0 {
		label = "-"
		if s[m[10]:m[11]] == "+" {
			label = "+"
		}
	}
	return label, strings.TrimSpace(s[m[1]:])
}

// FromText reads a plain text (a document copied out of a PDF, or the text
// of a Word file saved as .txt): lines are joined into paragraphs, a line
// of tab-separated cells is a table row, and text in TCVN3 or VNI (or bytes
// that are not UTF-8) is converted to Unicode.
func FromText(name string, data []byte) *Source {
	src := &Source{Name: name}
	text := vntext.FromBytes(data)
	if enc, _ := vntext.Mojibake(text); enc == vntext.TCVN3 || enc == vntext.VNI {
		text = vntext.FromLegacy(text, enc, false)
		src.Converted = enc
	}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(text, "\n")
	var cur *Para
	var table *Table
	blank := true
	flush := func() {
		if cur != nil {
			src.add(cur)
			cur = nil
		}
	}
	for i, raw := range lines {
		line := strings.TrimRight(raw, " \t\u00a0")
		if strings.Contains(line, "\t") && strings.Count(line, "\t") >= 1 {
			flush()
			if table == nil {
				table = &Table{Pos: Pos{Line: i + 1}}
				src.Blocks = append(src.Blocks, table)
			}
			cells := strings.Split(line, "\t")
			for k := range cells {
				cells[k] = src.clean(cells[k])
			}
			table.Rows = append(table.Rows, cells)
			blank = false
			continue
		}
		if strings.TrimSpace(line) == "" {
			flush()
			blank = true
			continue
		}
		table = nil
		bold := strings.Contains(line, "**")
		line = strings.TrimSpace(strings.ReplaceAll(line, "**", ""))
		if cur != nil && (!blank || pageBreak(src, line)) && joins(cur, line) {
			cur.Text += " " + line
			cur.Bold = cur.Bold && bold
			continue
		}
		if blank && pageBreak(src, line) {
			if last, ok := src.Blocks[len(src.Blocks)-1].(*Para); ok && joins(last, line) {
				last.Text += " " + line
				continue
			}
		}
		flush()
		label, body := splitLabel(line)
		cur = &Para{Pos: Pos{Line: i + 1}, Label: label, Text: body, Bold: bold}
		blank = false
	}
	flush()
	for _, b := range src.Blocks {
		if p, ok := b.(*Para); ok {
			p.Text = src.clean(p.Text)
		}
	}
	return src
}

func (s *Source) add(p *Para) { s.Blocks = append(s.Blocks, p) }

// pageBreak reports whether a line after a blank line continues the
// paragraph before it, cut by a page break in the text it was copied from:
// it starts with a lower-case letter and that paragraph has no final
// punctuation.
func pageBreak(s *Source, line string) bool {
	if len(s.Blocks) == 0 {
		return false
	}
	last, ok := s.Blocks[len(s.Blocks)-1].(*Para)
	if !ok {
		return false
	}
	first := []rune(line)[0]
	return unicode.IsLower(first) && !strings.ContainsAny(lastRune(last.Text), ".;:!?")
}

func lastRune(s string) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

// clean brings a text to NFC and single spaces, counting decomposed text.
func (s *Source) clean(t string) string {
	if vntext.NotNFC(t) != "" {
		s.Decomposed++
	}
	return strings.Join(strings.Fields(vntext.NFC(t)), " ")
}

// joins reports whether a line continues the paragraph before it: a line
// that starts with a label, or follows a finished sentence with a capital,
// or is one of the fixed lines of a document's end, starts a paragraph;
// short lines of capitals (a signature block) stay apart.
func joins(p *Para, line string) bool {
	if l, _ := splitLabel(line); l != "" {
		return false
	}
	if fixedLine.MatchString(line) {
		return false
	}
	prev := p.Text
	if strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, "./.") {
		return false
	}
	first := []rune(line)[0]
	if strings.HasSuffix(prev, ".") && (isUpper(first) || first == '(') {
		return false
	}
	if len([]rune(prev)) < 45 && len([]rune(line)) < 45 && isCaps(prev) && isCaps(line) {
		return false
	}
	// A heading in capitals followed by a line that is not: a sub-title.
	if isCaps(appendixPrefix.ReplaceAllString(prev, "")) && !isCaps(line) {
		return false
	}
	return true
}

// appendixPrefix is the "Phụ lục 05:" before an appendix title.
var appendixPrefix = regexp.MustCompile(`^(?i:phụ lục)\s*\w+\s*[:.-]?\s*`)

// fixedLine matches lines that always start a paragraph of their own.
var fixedLine = regexp.MustCompile(`^(?i:nơi nhận|tm\.|t/m|kt\.|q\.|tl\.|phụ lục|\(kèm theo|\(ban hành kèm theo|trên đây là)`)

func isUpper(r rune) bool {
	return strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
}

// isCaps reports whether s has letters and none of them is lower case.
func isCaps(s string) bool {
	letters := false
	for _, r := range s {
		if strings.ToLower(string(r)) != string(r) {
			letters = true
		} else if strings.ToUpper(string(r)) != string(r) {
			return false
		}
	}
	return letters
}

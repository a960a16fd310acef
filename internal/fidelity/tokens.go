package fidelity

import (
	"strings"
)

// kind says what a token stands for.
type kind uint8

const (
	word kind = iota
	rowStart
	cellStart
)

// token is one unit of comparison: a word, or the start of a table row or
// cell (so that text moved between cells, an added column or a lost row
// shows as a difference).
type token struct {
	kind kind
	text string // the word as printed (NFC); empty for structure
	norm string // what is compared (see fold)
	// at locates the token in its document.
	at place
}

// place is where a token comes from: the section and block of a
// reference, the cell of a row, the page of an extraction.
type place struct {
	section, block, cell int
	page                 int
}

// Marks in a reference word (testdata/fidelity/README.md):
// "⟨?⟩" stands for characters the seed does not let us read, "⟨…⟩" for an
// unreadable passage of any length, "⟨a|b⟩" for a reading that is one of
// a or b, "⟨a⟩" for a word restored where the seed is not legible.
const (
	markOpen  = "⟨"
	markClose = "⟩"
	anyChars  = "⟨?⟩"
	anyRun    = "⟨…⟩"
)

// folds are differences the seeds cannot show, so the comparison ignores
// them. Each has its reason.
var folds = []struct {
	from, to, reason string
}{
	{"“", `"`, "OCR does not tell curly from straight double quotes"},
	{"”", `"`, "OCR does not tell curly from straight double quotes"},
	{"‘", "'", "OCR does not tell curly from straight single quotes"},
	{"’", "'", "OCR does not tell curly from straight single quotes"},
	{"…", "...", "OCR reads an ellipsis character as three full stops"},
	{"–", "-", "OCR does not tell an en dash from a hyphen"},
	{"—", "-", "OCR reads a dash as an em dash"},
}

var folder = func() *strings.Replacer {
	var pairs []string
	for _, f := range folds {
		pairs = append(pairs, f.from, f.to)
	}
	return strings.NewReplacer(pairs...)
}()

// fold is the compared form of a word; an unreadable passage stays as it is.
func fold(s string) string {
	if s == anyRun {
		return s
	}
	return folder.Replace(s)
}

// words splits text into word tokens. A mark may hold spaces ("⟨a b|c⟩"
// is not allowed: alternatives are single words), so splitting is on
// spaces outside marks only.
func words(s string, at place) []token {
	var out []token
	for _, w := range fieldsOutsideMarks(s) {
		out = append(out, token{kind: word, text: w, norm: fold(w), at: at})
	}
	return out
}

func fieldsOutsideMarks(s string) []string {
	var out []string
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case string(r) == markOpen:
			depth++
		case string(r) == markClose && depth > 0:
			depth--
		case depth == 0 && (r == ' ' || r == '\t' || r == '\u00a0'):
			if b.Len() > 0 {
				out = append(out, b.String())
				b.Reset()
			}
			continue
		}
		b.WriteRune(r)
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}

// marked reports whether a reference word carries a reading mark.
func marked(w string) bool { return strings.Contains(w, markOpen) }

// match reports whether the reference word pattern ref matches the printed
// word got, both folded.
func match(ref, got string) bool {
	if !strings.Contains(ref, markOpen) {
		return ref == got
	}
	return globMatch(ref, got)
}

// globMatch matches a pattern with ⟨?⟩ (any characters, possibly none)
// and ⟨a|b⟩ (one of the alternatives) against s, in time bounded by the
// pattern's parts times the length of s.
func globMatch(p, s string) bool {
	parts := parsePattern(p)
	memo := map[[2]int]bool{}
	var at func(k, i int) bool
	at = func(k, i int) bool {
		if k == len(parts) {
			return i == len(s)
		}
		key := [2]int{k, i}
		if v, ok := memo[key]; ok {
			return v
		}
		ok := false
		if parts[k] == nil { // any characters
			for x := i; x <= len(s) && !ok; x++ {
				ok = at(k+1, x)
			}
		} else {
			for _, alt := range parts[k] {
				if strings.HasPrefix(s[i:], alt) && at(k+1, i+len(alt)) {
					ok = true
					break
				}
			}
		}
		memo[key] = ok
		return ok
	}
	return at(0, 0)
}

// parsePattern splits a marked word into parts: a literal is a part with
// one alternative, ⟨?⟩ is nil, ⟨a|b⟩ lists its alternatives. An unclosed
// mark is literal text.
func parsePattern(p string) [][]string {
	var parts [][]string
	for p != "" {
		i := strings.Index(p, markOpen)
		j := -1
		if i >= 0 {
			j = strings.Index(p[i:], markClose)
		}
		if i < 0 || j < 0 {
			return append(parts, []string{p})
		}
		if i > 0 {
			parts = append(parts, []string{p[:i]})
		}
		inner := p[i+len(markOpen) : i+j]
		if inner == "?" {
			parts = append(parts, nil)
		} else {
			parts = append(parts, strings.Split(inner, "|"))
		}
		p = p[i+j+len(markClose):]
	}
	return parts
}

// Package worddiff compares two texts word by word, for reviewers reading a
// reworded task, indicator, paragraph, heading or citation: the words
// removed and the words added, everything else kept as it was.
//
// Text is split into tokens the way Vietnamese is written: each syllable
// (a run of letters, marks and digits between spaces) is a token, each
// punctuation mark is a token of its own, and a run of white space is a
// token, so "Quý I/2026" → "Quý II/2026" changes one token and a comma added
// after a word is a change of one comma. A number written with a decimal or
// thousands separator ("4,5", "1.000") stays one token.
//
// The token sequences are compared with Myers' O(ND) algorithm in linear
// space (the middle-snake bisection), bounded so that two long unrelated
// texts end as one deletion and one insertion rather than a long search.
package worddiff

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what an operation does to its text.
type Kind int

// The operations. Within a changed stretch the deletion comes first.
const (
	Equal Kind = iota
	Delete
	Insert
)

var kindNames = [...]string{Equal: "equal", Delete: "delete", Insert: "insert"}

func (k Kind) String() string { return kindNames[k] }

// MarshalJSON writes the kind as "equal", "delete" or "insert".
func (k Kind) MarshalJSON() ([]byte, error) { return json.Marshal(k.String()) }

// UnmarshalJSON reads what MarshalJSON writes.
func (k *Kind) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range kindNames {
		if n == s {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("worddiff: unknown operation %q", s)
}

// Op is one stretch of text kept, deleted or inserted.
type Op struct {
	Kind Kind   `json:"op"`
	Text string `json:"text"`
}

// Diff returns the operations that turn a into b. The Equal and Delete texts
// concatenated give a, the Equal and Insert texts give b; no Op is empty and
// no two neighbours have the same kind. White space between two changes is
// folded into them, so a rewritten phrase reads as one change, not as a
// change per word.
func Diff(a, b string) []Op {
	ta, tb := Tokens(a), Tokens(b)
	wa, wb := words(ta), words(tb)
	ids := map[string]int{}
	intern := func(ts []string, at []int) []int {
		out := make([]int, len(at))
		for i, k := range at {
			id, ok := ids[ts[k]]
			if !ok {
				id = len(ids)
				ids[ts[k]] = id
			}
			out[i] = id
		}
		return out
	}
	d := &differ{a: intern(ta, wa), b: intern(tb, wb)}
	d.del, d.ins = make([]bool, len(wa)), make([]bool, len(wb))
	d.compare(0, len(wa), 0, len(wb))
	return fold(d.ops(ta, tb, wa, wb))
}

// words lists the indices of the tokens that are not white space: only they
// are aligned, so a space matched by chance never costs a word.
func words(ts []string) []int {
	var out []int
	for i, t := range ts {
		if !blank(t) {
			out = append(out, i)
		}
	}
	return out
}

// Old is the text before the change.
func Old(ops []Op) string { return join(ops, Insert) }

// New is the text after the change.
func New(ops []Op) string { return join(ops, Delete) }

func join(ops []Op, skip Kind) string {
	var b strings.Builder
	for _, op := range ops {
		if op.Kind != skip {
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

// Changed reports whether ops change anything.
func Changed(ops []Op) bool {
	for _, op := range ops {
		if op.Kind != Equal {
			return true
		}
	}
	return false
}

// Tokens splits s into syllables, punctuation marks and runs of white space;
// the tokens concatenated give s back.
func Tokens(s string) []string {
	var out []string
	for len(s) > 0 {
		n := tokenLen(s)
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

// tokenLen is the length in bytes of the token s starts with.
func tokenLen(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsSpace(r):
		return runLen(s, unicode.IsSpace)
	case !inWord(r):
		return n
	}
	i := 0
	for i < len(s) {
		i += runLen(s[i:], inWord)
		// A separator between two digits continues a number: "4,5".
		if i+1 < len(s) && (s[i] == ',' || s[i] == '.') && isDigitBefore(s[:i]) && isDigit(s[i+1]) {
			i++
			continue
		}
		break
	}
	return i
}

func inWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func runLen(s string, in func(rune) bool) int {
	for i, r := range s {
		if !in(r) {
			return i
		}
	}
	return len(s)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDigitBefore(s string) bool { return len(s) > 0 && isDigit(s[len(s)-1]) }

package deadline

import (
	"errors"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FuzzParse checks that Parse never panics, that errors point inside the
// text, and that the canonical form reads back to the same deadline.
func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.in)
	}
	for _, tc := range errorCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error %T, want *ParseError", s, err)
			}
			if n := utf8.RuneCountInString(norm.NFC.String(s)); pe.Col < 1 || pe.Col > n+1 {
				t.Fatalf("Parse(%q) Col %d outside 1..%d", s, pe.Col, n+1)
			}
			return
		}
		out := d.String()
		back, err := Parse(out)
		if err != nil {
			t.Fatalf("Parse(%q) = %q, which does not parse: %v", s, out, err)
		}
		back.Source = d.Source
		if back != d {
			t.Fatalf("Parse(%q) = %#v\nround trip via %q = %#v", s, d, out, back)
		}
		if again := back.String(); again != out {
			t.Fatalf("String not stable: %q then %q", out, again)
		}
	})
}

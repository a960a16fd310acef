package deadline

import (
	"errors"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FuzzParse checks that Parse never panics, that errors point inside the
// text, and that the canonical form reads back to the same deadline, with
// and without the plan's year.
func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.in)
	}
	for _, tc := range errorCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		roundTrip(t, s, Context{})
		d := roundTrip(t, s, Context{Year: 2026})
		if d.NoYear && !d.Dated() && d.Kind != OpenStart {
			t.Fatalf("ParseIn(%q, 2026) = %#v, not dated", s, d)
		}
	})
}

// roundTrip parses s in ctx and checks the error's column or that the
// canonical form reads back to the same deadline.
func roundTrip(t *testing.T, s string, ctx Context) Deadline {
	d, err := ParseIn(s, ctx)
	if err != nil {
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("ParseIn(%q) error %T, want *ParseError", s, err)
		}
		if n := utf8.RuneCountInString(norm.NFC.String(s)); pe.Col < 1 || pe.Col > n+1 {
			t.Fatalf("ParseIn(%q) Col %d outside 1..%d", s, pe.Col, n+1)
		}
		return Deadline{}
	}
	out := d.String()
	back, err := ParseIn(out, ctx)
	if err != nil {
		t.Fatalf("ParseIn(%q) = %q, which does not parse: %v", s, out, err)
	}
	back.Source = d.Source
	if back != d {
		t.Fatalf("ParseIn(%q) = %#v\nround trip via %q = %#v", s, d, out, back)
	}
	if again := back.String(); again != out {
		t.Fatalf("String not stable: %q then %q", out, again)
	}
	return d
}

package pdf

import (
	"strings"
	"testing"
)

// longWord is a word with no break point, as pasted from a broken export:
// 1 MB once kept kh build running past 60 s, because the line breaker
// measured the rest of the word again for every line it cut off.
var longWord = strings.Repeat("Chuyểnđổisố", 1<<20/len("Chuyểnđổisố"))

func wrapDoc(t testing.TB) *doc {
	r := loadRepo(t, repoOK)
	p := findPlan(t, r, "kh-mau-2026")
	d := newDoc(r, p, template(t, r, p))
	d.setFont("", 14)
	return d
}

// TestWrapLongWord: the word is cut into lines that each fit and together
// give the word back.
func TestWrapLongWord(t *testing.T) {
	d := wrapDoc(t)
	width := 160.0
	lines := d.wrap(longWord, width-10, width)
	var b strings.Builder
	for i, l := range lines {
		if len(l.words) != 1 {
			t.Fatalf("line %d has %d words", i, len(l.words))
		}
		limit := width
		if i == 0 {
			limit = width - 10
		}
		if w := d.f.GetStringWidth(l.words[0]); w > limit+1e-9 {
			t.Fatalf("line %d is %.2f mm wide, over %.2f", i, w, limit)
		}
		b.WriteString(l.words[0])
	}
	if b.String() != longWord {
		t.Fatal("the lines do not give the word back")
	}
	if len(lines) < 1000 {
		t.Fatalf("only %d lines", len(lines))
	}
}

// BenchmarkWrapLongWord measures the line breaker on a 1 MB word; it is
// linear in the word's length.
func BenchmarkWrapLongWord(b *testing.B) {
	d := wrapDoc(b)
	b.SetBytes(int64(len(longWord)))
	for b.Loop() {
		d.wrap(longWord, 150, 160)
	}
}

package pdf

import (
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// vietnameseLetters are the 12 vowels in the 6 tones, both cases, and
// đ/Đ: 146 precomposed letters (NFC), as NFC input makes fpdf draw them.
func vietnameseLetters() []rune {
	tones := []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
	var out []rune
	for _, v := range "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" {
		for _, tone := range tones {
			out = append(out, []rune(norm.NFC.String(string(v)+tone))...)
		}
	}
	return append(out, 'đ', 'Đ')
}

// TestGlyphCoverage proves every embedded style holds every Vietnamese
// letter, the replacement character astral runes become and the
// punctuation plans use; fpdf would silently draw a box for a missing one.
func TestGlyphCoverage(t *testing.T) {
	letters := vietnameseLetters()
	if len(letters) != 146 {
		t.Fatalf("%d letters, want 146 (a tone failed to compose)", len(letters))
	}
	extra := []rune(string(replacement) + "–—“”‘’…≥≤±%&*/")
	var buf sfnt.Buffer
	for style, ttf := range Fonts {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range append(letters, extra...) {
			if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
				t.Errorf("style %q lacks %q (U+%04X)", style, r, r)
			}
		}
	}
}

// Package vntext inspects and normalises Vietnamese text: Unicode NFC, text
// garbled by the legacy TCVN3 and VNI encodings, and characters our PDF
// library cannot draw.
package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C. fpdf does no shaping, so
// decomposed marks must be composed before drawing.
func NFC(s string) string { return norm.NFC.String(s) }

// NotNFC returns the first word of s that changes under NFC, or "" when s is
// already NFC.
func NotNFC(s string) string {
	if plainNFC(s) || norm.NFC.IsNormalString(s) {
		return ""
	}
	for _, w := range strings.Fields(s) {
		if !norm.NFC.IsNormalString(w) {
			return w
		}
	}
	return s
}

// plainNFC is a fast path for NotNFC, which every string of every file
// passes: Latin and Latin-1 (below U+0300), the precomposed Vietnamese block
// (U+1E00–U+1EFF) and general punctuation (U+2010–U+206F) are all NFC, and
// no pair of them composes, so a string made only of them is NFC. Anything
// else gets the full check.
func plainNFC(s string) bool {
	for _, r := range s {
		if r >= 0x300 && (r < 0x1E00 || r > 0x1EFF) && (r < 0x2010 || r > 0x206F) {
			return false
		}
	}
	return true
}

// Astral returns the first rune above U+FFFF (emoji, mathematical letters):
// fpdf's width tables stop at the basic plane.
func Astral(s string) (rune, bool) {
	for _, r := range s {
		if r > 0xFFFF {
			return r, true
		}
	}
	return 0, false
}

// ReplaceAstral replaces runes above U+FFFF with U+FFFD so a render never
// fails on them (kh check reports them separately).
func ReplaceAstral(s string) string {
	if _, ok := Astral(s); !ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r > 0xFFFF {
			return '\uFFFD'
		}
		return r
	}, s)
}

// Encoding names of legacy Vietnamese encodings we recognise.
const (
	TCVN3 = "TCVN3"
	VNI   = "VNI"
	UTF8  = "UTF-8 đọc nhầm thành cp1252"
)

// Marks of TCVN3 text viewed as Latin-1: © for â, ¬ for ơ, ® for đ, the
// tone letters µ ¸ ¶ · ¹, Ö for ệ, Ø for ỉ. Latin-1 letters that are also
// Vietnamese (Õ, Ò, Ê) are left out: "VÕ", "TIÊU" are real words.
const tcvn3Marks = "©¬®§µ¸¶·¹ÖØ¨ª«¢¤¥¦Ë×"

// VNI writes a base letter followed by a Latin-1 byte for the tone.
const vniMarks = "ùøûõïâêáàåãäéèúüëöôñÑÛ"

// Mojibake reports whether word-level evidence shows s was typed in TCVN3 or
// VNI, or is UTF-8 read as cp1252, and returns the encoding and the first
// offending word. Short words are ambiguous between TCVN3 and VNI ("Uû"), so
// the encoding with more matching words wins. Every string of every file
// passes here, so words are scanned in one pass without allocating.
func Mojibake(s string) (enc, word string) {
	if !hasLatin1(s) {
		return "", ""
	}
	var tcvn, vni int
	var firstT, firstV string
	for start := 0; start < len(s); {
		w, next := nextWord(s, start)
		start = next
		if w == "" {
			continue
		}
		ev := scanWord(w)
		if ev.misread {
			return UTF8, w
		}
		if ev.tcvn3 {
			tcvn++
			if firstT == "" {
				firstT = w
			}
		}
		if ev.vni {
			vni++
			if firstV == "" {
				firstV = w
			}
		}
	}
	switch {
	case tcvn == 0 && vni == 0:
		return "", ""
	case tcvn >= vni:
		return TCVN3, firstT
	}
	return VNI, firstV
}

// nextWord returns the word starting at or after i, as strings.Fields
// splits, and the index after it.
func nextWord(s string, i int) (string, int) {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return s[i:j], j
}

// Rune classes of the legacy-encoding tests, for runes below U+0100.
const (
	clsTCVN3 = 1 << iota // a TCVN3 mark
	clsVNI               // a VNI tone byte
	clsTone              // a VNI tone byte that only follows a vowel
	clsLead              // a UTF-8 lead byte read as cp1252
	clsVowel             // an ASCII vowel
)

var runeClass = func() (t [256]uint8) {
	set := func(chars string, c uint8) {
		for _, r := range chars {
			t[r] |= c
		}
	}
	set(tcvn3Marks, clsTCVN3)
	set(vniMarks, clsVNI)
	set("ùøûõï", clsTone)
	set("ÃÄÆÅá", clsLead)
	set("aeiouyAEIOUY", clsVowel)
	return t
}()

func class(r rune) uint8 {
	if r < 0 || r > 0xFF {
		return 0
	}
	return runeClass[r]
}

// evidence is what one word shows; see utf8Misread, tcvn3Word, vniWord.
type evidence struct{ misread, tcvn3, vni bool }

func scanWord(w string) evidence {
	var ev evidence
	var prev rune = -1
	hits, vniOK, hasN, tone := 0, true, false, false
	for _, r := range w {
		c, pc := class(r), class(prev)
		afterLetter := prev >= 0 && isASCIILetter(prev)
		if pc&clsLead != 0 && isContinuation(r) {
			ev.misread = true
		}
		if c&clsTCVN3 != 0 && afterLetter {
			ev.tcvn3 = true
		}
		if c&clsTone != 0 && pc&clsVowel != 0 {
			tone = true
		}
		if r >= utf8.RuneSelf && vniOK {
			switch {
			case r == 'ñ' || r == 'Ñ':
				hits++
				hasN = true
			case c&clsVNI != 0 && afterLetter:
				hits++
			default:
				vniOK = false
			}
		}
		prev = r
	}
	ev.vni = vniOK && hits > 0 && (hits > 1 || hasN || tone)
	return ev
}

func isContinuation(r rune) bool {
	return r >= 0xA0 && r <= 0xBF || strings.ContainsRune("‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•˜™š›œžŸ", r)
}

func hasLatin1(s string) bool {
	for _, r := range s {
		if r >= 0xA0 && r <= 0xFF {
			return true
		}
	}
	return false
}

func isASCIILetter(r rune) bool {
	return r < utf8.RuneSelf && unicode.IsLetter(r)
}

// StrayWhitespace names a problem with spacing or control characters that
// would misalign a printout, or "".
func StrayWhitespace(s string) string {
	for _, r := range s {
		switch {
		case r == '\t':
			return "ký tự tab / a tab character"
		case r == '\u00A0':
			return "khoảng trắng không ngắt (U+00A0) / a no-break space"
		case r != '\n' && unicode.IsControl(r):
			return "ký tự điều khiển / a control character"
		}
	}
	return ""
}

// Clean reports, in one pass and without allocating, that none of NotNFC,
// Mojibake, Astral, StrayWhitespace and Hidden has anything to say about s. kh
// check asks it of every string of every file; only a string it does not
// clear gets the detailed checks. It may say false for a string those
// checks pass (a rune above U+0300 outside the precomposed ranges is left
// to NotNFC), never true for one they would flag.
func Clean(s string) bool {
	w := wordState{prev: -1, vniOK: true}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\n':
				if w.vni() {
					return false
				}
				w = wordState{prev: -1, vniOK: true}
			case c < 0x20 || c == 0x7F:
				return false // a tab, a carriage return or another control
			default:
				w.prev = rune(c)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1, r > 0xFFFF, r == '\u00A0', r == '\u200B', r == '\uFEFF', unicode.IsControl(r):
			return false
		case r >= 0x300 && (r < 0x1E00 || r > 0x1EFF) && (r < 0x2010 || r > 0x206F):
			return false
		case (r == 0xAD || r >= 0x2010 && r <= 0x206F) && HiddenKindOf(r) != NotHidden:
			return false
		case unicode.IsSpace(r):
			if w.vni() {
				return false
			}
			w = wordState{prev: -1, vniOK: true}
			continue
		}
		if !w.add(r) {
			return false
		}
	}
	return !w.vni()
}

// wordState is scanWord's evidence, gathered a rune at a time.
type wordState struct {
	prev              rune
	hits              int
	vniOK, hasN, tone bool
}

// add takes the next non-ASCII rune of a word; false means the word shows
// TCVN3 or UTF-8 misread as cp1252.
func (w *wordState) add(r rune) bool {
	c, pc := class(r), class(w.prev)
	afterLetter := w.prev >= 0 && isASCIILetter(w.prev)
	if pc&clsLead != 0 && isContinuation(r) || c&clsTCVN3 != 0 && afterLetter {
		return false
	}
	if c&clsTone != 0 && pc&clsVowel != 0 {
		w.tone = true
	}
	if w.vniOK {
		switch {
		case r == 'ñ' || r == 'Ñ':
			w.hits++
			w.hasN = true
		case c&clsVNI != 0 && afterLetter:
			w.hits++
		default:
			w.vniOK = false
		}
	}
	w.prev = r
	return true
}

// vni reports whether the word ended shows VNI.
func (w *wordState) vni() bool {
	return w.vniOK && w.hits > 0 && (w.hits > 1 || w.hasN || w.tone)
}

// Slug is s as a folder or id name: lowercase ASCII letters and digits
// joined by single hyphens, Vietnamese marks dropped and đ read as d
// ("Nghệ An" → "nghe-an", "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau").
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ':
			r = 'd'
		}
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

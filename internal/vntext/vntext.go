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
	if norm.NFC.IsNormalString(s) {
		return ""
	}
	for _, w := range strings.Fields(s) {
		if !norm.NFC.IsNormalString(w) {
			return w
		}
	}
	return s
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
// the encoding with more matching words wins.
func Mojibake(s string) (enc, word string) {
	if !hasLatin1(s) {
		return "", ""
	}
	var tcvn, vni int
	var firstT, firstV string
	for _, w := range strings.Fields(s) {
		if utf8Misread(w) {
			return UTF8, w
		}
		if tcvn3Word(w) {
			tcvn++
			if firstT == "" {
				firstT = w
			}
		}
		if vniWord(w) {
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

// utf8Misread spots UTF-8 lead bytes shown as cp1252 letters (Ã, Ä, Æ, á)
// followed by a continuation byte shown as a symbol ("Ã¢", "á»"). Ã alone
// is a Vietnamese capital ("XÃ"), so the pair is what counts.
func utf8Misread(w string) bool {
	rs := []rune(w)
	for i := 0; i+1 < len(rs); i++ {
		if strings.ContainsRune("ÃÄÆÅá", rs[i]) && isContinuation(rs[i+1]) {
			return true
		}
	}
	return false
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

// tcvn3Word: a mark sits between ASCII letters, as in "nh©n" or "KÕ".
func tcvn3Word(w string) bool {
	rs := []rune(w)
	for i, r := range rs {
		if !strings.ContainsRune(tcvn3Marks, r) {
			continue
		}
		if i > 0 && isASCIILetter(rs[i-1]) {
			return true
		}
	}
	return false
}

// vniWord: two or more VNI tone bytes follow ASCII vowels in one word
// ("Keá", "hoaïch"). One alone would flag French or names, so we demand a
// vowel before it and a word that is otherwise plain ASCII.
func vniWord(w string) bool {
	rs := []rune(w)
	hits := 0
	for i, r := range rs {
		switch {
		case r < utf8.RuneSelf:
			continue
		case r == 'ñ' || r == 'Ñ':
			hits++
		case strings.ContainsRune(vniMarks, r) && i > 0 && isASCIILetter(rs[i-1]):
			hits++
		default:
			return false
		}
	}
	return hits > 0 && (hits > 1 || strings.ContainsAny(w, "ñÑ") || vniTone(rs))
}

func vniTone(rs []rune) bool {
	for i, r := range rs {
		if strings.ContainsRune("ùøûõï", r) && i > 0 && strings.ContainsRune("aeiouyAEIOUY", rs[i-1]) {
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
		case r == '\u200B' || r == '\uFEFF':
			return "ký tự vô hình (U+200B/U+FEFF) / an invisible character"
		case r != '\n' && unicode.IsControl(r):
			return "ký tự điều khiển / a control character"
		}
	}
	return ""
}

package vntext

import (
	"fmt"
	"strings"
)

// Hidden kinds: characters that make a text display differently from what
// it holds, so a reviewer reading a diff or a PDF is misled (a bidi
// override reverses what follows; a zero-width space splits a word that
// looks whole; a private-use code point means whatever the font says).
const (
	NotHidden = iota
	Bidi
	Invisible
	PrivateUse
)

// Hidden returns the first hidden character of s, its kind and its
// Unicode name (for the message), or NotHidden.
func Hidden(s string) (r rune, kind int, name string) {
	for _, r := range s {
		if r < 0x2000 && !rareBelow2000(r) {
			continue // ASCII and Vietnamese letters: the common case, no lookup
		}
		if k, n := HiddenKind(r); k != NotHidden {
			return r, k, n
		}
	}
	return 0, NotHidden, ""
}

func rareBelow2000(r rune) bool {
	switch r {
	case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x180E:
		return true
	}
	return false
}

var bidiNames = map[rune]string{
	0x061C: "ARABIC LETTER MARK",
	0x200E: "LEFT-TO-RIGHT MARK",
	0x200F: "RIGHT-TO-LEFT MARK",
	0x202A: "LEFT-TO-RIGHT EMBEDDING",
	0x202B: "RIGHT-TO-LEFT EMBEDDING",
	0x202C: "POP DIRECTIONAL FORMATTING",
	0x202D: "LEFT-TO-RIGHT OVERRIDE",
	0x202E: "RIGHT-TO-LEFT OVERRIDE",
	0x2066: "LEFT-TO-RIGHT ISOLATE",
	0x2067: "RIGHT-TO-LEFT ISOLATE",
	0x2068: "FIRST STRONG ISOLATE",
	0x2069: "POP DIRECTIONAL ISOLATE",
}

var invisibleNames = map[rune]string{
	0x00AD: "SOFT HYPHEN",
	0x034F: "COMBINING GRAPHEME JOINER",
	0x115F: "HANGUL CHOSEONG FILLER",
	0x1160: "HANGUL JUNGSEONG FILLER",
	0x180E: "MONGOLIAN VOWEL SEPARATOR",
	0x200B: "ZERO WIDTH SPACE",
	0x200C: "ZERO WIDTH NON-JOINER",
	0x200D: "ZERO WIDTH JOINER",
	0x2060: "WORD JOINER",
	0x2061: "FUNCTION APPLICATION",
	0x2062: "INVISIBLE TIMES",
	0x2063: "INVISIBLE SEPARATOR",
	0x2064: "INVISIBLE PLUS",
	0x3164: "HANGUL FILLER",
	0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
	0xFFA0: "HALFWIDTH HANGUL FILLER",
}

// HiddenKind classifies one rune.
func HiddenKind(r rune) (int, string) {
	if n, ok := bidiNames[r]; ok {
		return Bidi, n
	}
	if n, ok := invisibleNames[r]; ok {
		return Invisible, n
	}
	switch {
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF:
		return Invisible, "VARIATION SELECTOR"
	case r >= 0xE0000 && r <= 0xE007F:
		// Tag characters carry invisible ASCII ("ASCII smuggling").
		return Invisible, "TAG CHARACTER"
	case r >= 0xE000 && r <= 0xF8FF, r >= 0xF0000 && r <= 0xFFFFD, r >= 0x100000 && r <= 0x10FFFD:
		return PrivateUse, "PRIVATE USE"
	case r >= 0xFDD0 && r <= 0xFDEF, r&0xFFFE == 0xFFFE:
		return PrivateUse, "NONCHARACTER"
	}
	return NotHidden, ""
}

// HiddenKindOf is the kind of r alone.
func HiddenKindOf(r rune) int {
	k, _ := HiddenKind(r)
	return k
}

// CodePoint is r as U+XXXX.
func CodePoint(r rune) string { return fmt.Sprintf("U+%04X", r) }

// FormulaLike reports text that a spreadsheet would read as a formula if
// it were typed again or exported to CSV: it starts with = or @ (after any
// spaces, tabs or line breaks), or with + or - not followed by a space. A
// DDE payload (=cmd|' /C calc'!A0) is a formula too. "- Đã hoàn thành…" and
// "+ Triển khai…" are list items, as officers write them (171/KH-UBND
// prints "+" sub-items).
func FormulaLike(s string) bool {
	t := strings.TrimLeft(s, " \t\r\n")
	if t == "" {
		return false
	}
	switch t[0] {
	case '=', '@':
		return true
	case '-', '+':
		return len(t) > 1 && t[1] != ' '
	}
	return false
}

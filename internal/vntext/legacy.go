package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// tcvn3 maps the Latin-1 code points of TCVN3 (TCVN 5712:1993 VN3, the
// ".VnTime" fonts) to the letters they stand for: the 67 lower-case letters
// and 7 base capitals of VN3. Derived from glibc's TCVN5712-1 table (the VN1
// superset), leaving out the VN1-only capitals, which VN3 text writes with a
// capital font instead.
var tcvn3 = map[rune]rune{
	0xA1: 'Ă', 0xA2: 'Â', 0xA3: 'Ê', 0xA4: 'Ô', 0xA5: 'Ơ', 0xA6: 'Ư', 0xA7: 'Đ',
	0xA8: 'ă', 0xA9: 'â', 0xAA: 'ê', 0xAB: 'ô', 0xAC: 'ơ', 0xAD: 'ư', 0xAE: 'đ',
	0xB5: 'à', 0xB6: 'ả', 0xB7: 'ã', 0xB8: 'á', 0xB9: 'ạ',
	0xBB: 'ằ', 0xBC: 'ẳ', 0xBD: 'ẵ', 0xBE: 'ắ',
	0xC6: 'ặ', 0xC7: 'ầ', 0xC8: 'ẩ', 0xC9: 'ẫ', 0xCA: 'ấ', 0xCB: 'ậ',
	0xCC: 'è', 0xCE: 'ẻ', 0xCF: 'ẽ', 0xD0: 'é', 0xD1: 'ẹ',
	0xD2: 'ề', 0xD3: 'ể', 0xD4: 'ễ', 0xD5: 'ế', 0xD6: 'ệ',
	0xD7: 'ì', 0xD8: 'ỉ', 0xDC: 'ĩ', 0xDD: 'í', 0xDE: 'ị',
	0xDF: 'ò', 0xE1: 'ỏ', 0xE2: 'õ', 0xE3: 'ó', 0xE4: 'ọ',
	0xE5: 'ồ', 0xE6: 'ổ', 0xE7: 'ỗ', 0xE8: 'ố', 0xE9: 'ộ',
	0xEA: 'ờ', 0xEB: 'ở', 0xEC: 'ỡ', 0xED: 'ớ', 0xEE: 'ợ',
	0xEF: 'ù', 0xF1: 'ủ', 0xF2: 'ũ', 0xF3: 'ú', 0xF4: 'ụ',
	0xF5: 'ừ', 0xF6: 'ử', 0xF7: 'ữ', 0xF8: 'ứ', 0xF9: 'ự',
	0xFA: 'ỳ', 0xFB: 'ỷ', 0xFC: 'ỹ', 0xFD: 'ý', 0xFE: 'ỵ',
}

// Combining marks, composed by NFC.
const (
	acute    = '\u0301'
	grave    = '\u0300'
	hook     = '\u0309'
	tilde    = '\u0303'
	dotBelow = '\u0323'
	circ     = '\u0302'
	breve    = '\u0306'
)

// vniLetters are VNI-Windows bytes that stand for a whole letter.
var vniLetters = map[rune]string{
	'ñ': "đ", 'Ñ': "Đ", 'ô': "ơ", 'Ô': "Ơ", 'ö': "ư", 'Ö': "Ư",
	'í': "í", 'Í': "Í", 'ì': "ì", 'Ì': "Ì", 'æ': "ỉ", 'Æ': "Ỉ",
	'ó': "ĩ", 'Ó': "Ĩ", 'ò': "ị", 'Ò': "Ị", 'î': "ỵ", 'Î': "Ỵ",
}

// vniMarksAfter are VNI-Windows bytes written after a vowel for its marks;
// the capital form follows a capital vowel.
var vniMarksAfter = map[rune]string{
	'ù': string(acute), 'Ù': string(acute),
	'ø': string(grave), 'Ø': string(grave),
	'û': string(hook), 'Û': string(hook),
	'õ': string(tilde), 'Õ': string(tilde),
	'ï': string(dotBelow), 'Ï': string(dotBelow),
	'â': string(circ), 'Â': string(circ),
	'á': string(circ) + string(acute), 'Á': string(circ) + string(acute),
	'à': string(circ) + string(grave), 'À': string(circ) + string(grave),
	'å': string(circ) + string(hook), 'Å': string(circ) + string(hook),
	'ã': string(circ) + string(tilde), 'Ã': string(circ) + string(tilde),
	'ä': string(circ) + string(dotBelow), 'Ä': string(circ) + string(dotBelow),
	'ê': string(breve), 'Ê': string(breve),
	'é': string(breve) + string(acute), 'É': string(breve) + string(acute),
	'è': string(breve) + string(grave), 'È': string(breve) + string(grave),
	'ú': string(breve) + string(hook), 'Ú': string(breve) + string(hook),
	'ü': string(breve) + string(tilde), 'Ü': string(breve) + string(tilde),
	'ë': string(breve) + string(dotBelow), 'Ë': string(breve) + string(dotBelow),
}

// FromLegacy converts text typed in a legacy encoding (TCVN3, VNI, or UTF-8
// read as cp1252: the enc values Mojibake returns) to Unicode NFC. capital
// says the text was typed in a TCVN3 capital font (".VnTimeH"), which draws
// lower-case codes as capitals. Other encodings return s in NFC.
func FromLegacy(s, enc string, capital bool) string {
	switch enc {
	case TCVN3:
		out := strings.Map(func(r rune) rune {
			if l, ok := tcvn3[r]; ok {
				return l
			}
			return r
		}, s)
		if capital {
			out = strings.ToUpper(out)
		}
		return NFC(out)
	case VNI:
		return NFC(fromVNI(s))
	case UTF8:
		return NFC(fromMisread(s))
	}
	return NFC(s)
}

// fromVNI rewrites VNI-Windows: a mark byte after a vowel becomes combining
// marks (NFC composes them), a letter byte becomes its letter.
func fromVNI(s string) string {
	var b strings.Builder
	prevVowel := false
	for _, r := range s {
		if m, ok := vniMarksAfter[r]; ok && prevVowel {
			b.WriteString(m)
			prevVowel = false
			continue
		}
		if l, ok := vniLetters[r]; ok {
			b.WriteString(l)
			prevVowel = l == "ơ" || l == "Ơ" || l == "ư" || l == "Ư"
			continue
		}
		b.WriteRune(r)
		prevVowel = strings.ContainsRune("aeiouyAEIOUY", r)
	}
	return b.String()
}

// fromMisread undoes UTF-8 text decoded as cp1252: the cp1252 bytes of s
// are decoded again as UTF-8, word by word, so that a word the round trip
// cannot explain stays as it was.
func fromMisread(s string) string {
	enc := charmap.Windows1252.NewEncoder()
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && !isSpaceAt(s, j) {
			_, n := utf8.DecodeRuneInString(s[j:])
			j += n
		}
		w := s[i:j]
		if raw, err := enc.Bytes([]byte(w)); err == nil && utf8.Valid(raw) {
			w = string(raw)
		}
		b.WriteString(w)
		for j < len(s) && isSpaceAt(s, j) {
			_, n := utf8.DecodeRuneInString(s[j:])
			b.WriteString(s[j : j+n])
			j += n
		}
		i = j
	}
	return b.String()
}

func isSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// FromBytes reads text that may not be UTF-8: valid UTF-8 is kept, anything
// else is read byte by byte as Latin-1 (how TCVN3 and VNI files hold their
// letters), for Mojibake and FromLegacy to recognise.
func FromBytes(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	rs := make([]rune, len(data))
	for i, c := range data {
		rs[i] = rune(c)
	}
	return string(rs)
}

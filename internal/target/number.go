package target

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// numbers splits s into parts (";" always separates, "," only between
// pieces that each hold a number, so "100% xã, phường" stays one part) and
// reads each. It fails unless every piece has a number.
func numbers(s string) ([]Part, bool) {
	var pieces []string
	for _, semi := range strings.Split(s, ";") {
		pieces = append(pieces, commaPieces(semi)...)
	}
	parts := make([]Part, 0, len(pieces))
	for _, piece := range pieces {
		p, ok := part(piece)
		if !ok {
			return nil, false
		}
		parts = append(parts, p)
	}
	return parts, len(parts) > 0
}

func commaPieces(s string) []string {
	cs := strings.Split(s, ",")
	if len(cs) == 1 {
		return cs
	}
	for _, c := range cs {
		if !strings.ContainsAny(c, "0123456789") || decimalComma(s) {
			return []string{s}
		}
	}
	return cs
}

// decimalComma reports a comma between digits ("64,06%"), which is a
// decimal separator, not a list.
func decimalComma(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ',' && isDigit(s[i-1]) && isDigit(s[i+1]) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// comparisons are the ways a piece states its comparison, longest first.
var comparisons = []struct {
	text string
	op   Op
}{
	{">=", AtLeast}, {"<=", AtMost}, {"≥", AtLeast}, {"≤", AtMost}, {">", Above}, {"<", Below},
	{"không vượt quá", AtMost}, {"không quá", AtMost}, {"tối thiểu", AtLeast}, {"ít nhất", AtLeast},
	{"tối đa", AtMost}, {"trên", Above}, {"hơn", Above}, {"dưới", Below}, {"đạt", Exact},
	{"phấn đấu", Exact}, {"=", Exact},
}

// part reads one piece: [subject] [comparison] number[–number] [unit|%] [subject].
func part(piece string) (Part, bool) {
	s := strings.TrimSpace(piece)
	i := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return Part{}, false
	}
	p := Part{}
	before := strings.TrimSpace(s[:i])
	before, p.Op, p.OpText = cutComparison(before)
	v, n, ok := number(s[i:])
	if !ok {
		return Part{}, false
	}
	p.Value = v
	rest := s[i+n:]
	if t := strings.TrimLeftFunc(rest, unicode.IsSpace); t != "" && strings.ContainsRune("-–—", firstRune(t)) {
		t = strings.TrimLeftFunc(t[len(string(firstRune(t))):], unicode.IsSpace)
		if hi, m, ok := number(t); ok && p.Op == Exact {
			p.Op, p.High, rest = Between, hi, t[m:]
		}
	}
	rest = strings.TrimSpace(rest)
	switch {
	case strings.HasPrefix(rest, "%"):
		p.Unit, rest = "%", strings.TrimSpace(rest[1:])
	case rest != "":
		p.Unit, rest = unitWord(rest)
	}
	if after, ok := cutSuffixComparison(rest); ok && p.Op == Exact {
		p.Op, p.OpText, rest = AtLeast, after, ""
		if l := strings.ToLower(before); l == "từ" || strings.HasSuffix(l, " từ") {
			before = before[:len(before)-len("từ")]
		}
	}
	p.Subject = lower(strings.TrimSpace(strings.Trim(before+" "+rest, " ,:")))
	return p, true
}

// lower is s in lower case and NFC: lowering a capital without a
// precomposed form ("J̌") leaves a letter that has one ("ǰ").
func lower(s string) string {
	return norm.NFC.String(strings.ToLower(s))
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// cutComparison removes a trailing comparison from the text before the
// number: "Cấp tỉnh tối thiểu" → "Cấp tỉnh", AtLeast.
func cutComparison(before string) (string, Op, string) {
	l := strings.ToLower(before)
	for _, c := range comparisons {
		if strings.HasSuffix(l, c.text) {
			k := len(before) - len(c.text)
			if k > 0 && isLetterEnd(before[:k]) {
				continue // "đạt" inside a word
			}
			return strings.TrimSpace(before[:k]), c.op, before[k:]
		}
	}
	return before, Exact, ""
}

func isLetterEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// cutSuffixComparison reads "… trở lên" after the value: "từ 50% trở lên".
func cutSuffixComparison(rest string) (string, bool) {
	if strings.HasPrefix(strings.ToLower(rest), "trở lên") {
		return rest[:len("trở lên")], true
	}
	return "", false
}

// number reads "50", "02", "64,06", "1.000", "1.5" at the start of s and
// returns the value and the bytes read. A dot followed by exactly three
// digits groups thousands; any other dot or a comma is a decimal point.
func number(s string) (float64, int, bool) {
	i := 0
	var b strings.Builder
	for i < len(s) && isDigit(s[i]) {
		b.WriteByte(s[i])
		i++
	}
	if i == 0 {
		return 0, 0, false
	}
	for i+1 < len(s) && (s[i] == '.' || s[i] == ',') && isDigit(s[i+1]) {
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if s[i] == '.' && j-i-1 == 3 {
			b.WriteString(s[i+1 : j])
		} else if !strings.Contains(b.String(), ".") {
			b.WriteString("." + s[i+1:j])
		} else {
			break
		}
		i = j
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	return v, i, err == nil
}

// unitWord takes the counted noun after a number: "02 hệ thống" → "hệ
// thống". The words up to the first punctuation or connective are the
// unit; the rest is a qualifier.
func unitWord(rest string) (string, string) {
	words := strings.Fields(rest)
	n := 0
	for n < len(words) && !connective(words[n]) {
		n++
	}
	unit := lower(strings.Join(words[:n], " "))
	return unit, strings.Join(words[n:], " ")
}

func connective(w string) bool {
	switch strings.ToLower(strings.Trim(w, ",;:()")) {
	case "đối", "với", "trong", "của", "tại", "được", "và", "trở", "so", "các", "thuộc":
		return true
	}
	return strings.ContainsAny(w, ",;:()")
}

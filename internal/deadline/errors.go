package deadline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/msg"
	spell "github.com/kh-tools/kh/internal/suggest"
)

// ParseError reports text that is not a deadline.
type ParseError struct {
	// Col is the 1-based rune column of the offending part in the NFC form of
	// the input, which is the input itself unless it was decomposed (NFD).
	Col int
	// Text says what is wrong there, in both languages.
	Text msg.Text
	// Suggestion is the nearest valid canonical form, or "" when none is close.
	Suggestion string
}

// Error gives the Vietnamese message with its column and suggestion.
func (e *ParseError) Error() string { return e.In(msg.VI) }

// In gives the message with its column and suggestion in lang, so that
// msg.In renders a ParseError in either language.
func (e *ParseError) In(lang msg.Lang) string {
	if e.Suggestion != "" {
		return msg.DeadlineAtHint.In(lang, e.Col, e.Text, e.Suggestion)
	}
	return msg.DeadlineAt.In(lang, e.Col, e.Text)
}

// fail builds an error at byte offset i, pointing past any spaces so the column lands on text.
func (p *scanner) fail(i int, why msg.Text) *ParseError {
	for i < len(p.s) {
		r, n := utf8.DecodeRuneInString(p.s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return &ParseError{Col: utf8.RuneCountInString(p.s[:i]) + 1, Text: why}
}

// keywords are the words of every form; a misspelt word is replaced by the
// closest one when that makes the text parse.
var keywords = []string{
	"ngày", "tháng", "quý", "năm", "trước", "thường", "xuyên", "hằng", "đầu", "cuối",
	"giai", "đoạn", "từ", "đến", "định", "kỳ", "ký", "theo", "tiến", "độ", "yêu", "cầu",
	"của", "khi", "có", "lộ", "trình", "trong", "vòng", "làm", "việc", "kể", "ban", "hành",
	"sau", "hoàn", "thành", "chậm", "nhất", "vào", "là", "kế", "hoạch", "hướng", "dẫn", "hết", "báo", "cáo",
}

// maxRepairs and maxCandidates bound the search, which runs on every error.
const (
	maxRepairs    = 6
	maxCandidates = 2
)

// suggest repairs the word at the error, retrying on the next error, and
// returns the canonical form of the first repaired text that parses. Words are
// only ever repaired where the parser failed, so references such as "Quy
// hoạch tỉnh" are left alone.
func suggest(t string, ctx Context, e *ParseError, budget int) string {
	if e.Suggestion != "" || budget == 0 {
		return e.Suggestion
	}
	i := byteOffset(t, e.Col)
	w := token(t[i:])
	if w == "" {
		return ""
	}
	for _, k := range candidates(w) {
		r := t[:i] + k + t[i+len(w):]
		d, err := parseNFC(r, ctx)
		if err == nil {
			return d.String()
		}
		if s := suggest(r, ctx, err, budget-1); s != "" {
			return s
		}
	}
	return ""
}

// token returns the word or digit run s starts with.
func token(s string) string {
	if w := (&scanner{s: s, end: len(s)}).peekWord(); w != "" {
		return w
	}
	return s[:len(s)-len(strings.TrimLeft(s, "0123456789"))]
}

// candidates returns what w may be a misreading of: a Roman quarter that OCR
// turned into digits or l ("111" → "III"), keywords with the same letters
// without diacritics, then keywords one edit away (two for long words), e.g.
// "Quí" → "quý".
func candidates(w string) []string {
	if r := strings.NewReplacer("1", "I", "l", "I", "|", "I").Replace(w); r != w && roman(r) > 0 {
		return []string{r}
	}
	f := fold(w)
	var same, near []string
	for _, k := range keywords {
		if strings.EqualFold(w, k) {
			continue
		}
		fk := fold(k)
		switch d := spell.Distance(f, fk); {
		case d == 0:
			same = append(same, k)
		case d == 1 && utf8.RuneCountInString(f) >= 3, d == 2 && utf8.RuneCountInString(f) >= 6:
			near = append(near, k)
		}
	}
	return append(same, near...)[:min(len(same)+len(near), maxCandidates)]
}

func byteOffset(s string, col int) int {
	i := 0
	for n := 1; n < col && i < len(s); n++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// base maps Vietnamese letters (and the accented letters OCR produces) to ASCII.
var base = func() map[rune]rune {
	m := map[rune]rune{'đ': 'd'}
	for b, all := range map[rune]string{
		'a': "àáảãạăằắẳẵặâầấẩẫậäå",
		'e': "èéẻẽẹêềếểễệë",
		'i': "ìíỉĩịïî",
		'o': "òóỏõọôồốổỗộơờớởỡợö",
		'u': "ùúủũụưừứửữựüû",
		'y': "ỳýỷỹỵÿ",
	} {
		for _, r := range all {
			m[r] = b
		}
	}
	return m
}()

func fold(w string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		if c, ok := base[r]; ok {
			r = c
		}
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

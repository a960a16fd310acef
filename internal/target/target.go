// Package target reads the target column of indicator tables ("Mục tiêu
// 2026") into comparable values: "≥ 50%", "100%", "Trên 50%", "Tối thiểu
// 02 hệ thống", "50-80%", "Top 20", "Hoàn thành", and composites such as
// "Cấp tỉnh 90%, cấp huyện 80%, cấp xã 60%".
//
// Targets are prose as much as numbers, so Parse never fails: text it
// cannot read is a Target of kind Text, kept as written. Problem reports a
// value that cannot be right (a percentage over 100, typically OCR reading
// "≥50%" as "550%").
package target

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kh-tools/kh/internal/msg"
)

// Kind classifies a target by how it is stated.
type Kind uint8

// The kinds; their String names are stable.
const (
	// Text is prose the parser does not read ("Đẩy mạnh …").
	Text Kind = iota
	// Number is one or more measured parts ("≥ 50%", "Cấp tỉnh 90%, cấp huyện 80%").
	Number
	// Milestone is a qualitative result ("Hoàn thành", "Có", "Phổ cập toàn diện").
	Milestone
	// Rank is a place in a ranking, where lower is better ("Top 20").
	Rank
)

var kindNames = [...]string{"text", "number", "milestone", "rank"}

// String returns the stable lowercase English name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Op is the comparison a part states.
type Op uint8

// The comparisons. Exact is a bare value ("100%"), which an indicator
// table means as the level to reach.
const (
	Exact Op = iota
	AtLeast
	Above
	AtMost
	Below
	Between // a range "50-80%": Value to High
)

var opSymbols = [...]string{"", "≥", ">", "≤", "<", ""}

// Part is one measured value of a target.
type Part struct {
	Op Op
	// Value is the number as stated; High is the upper end of a range.
	Value, High float64
	// Unit is "%" for a percentage, the counted noun as written ("hệ
	// thống", "doanh nghiệp"), or "" for a bare number.
	Unit string
	// Subject is what the part applies to, when a target has several
	// ("cấp tỉnh", "doanh nghiệp nhà nước thuộc tỉnh"), lower-cased.
	Subject string
	// OpText is the comparison as written: "≥", ">=", "Tối thiểu", "trên".
	OpText string
}

// Target is a parsed target.
type Target struct {
	Kind Kind
	// Parts holds the values of a Number or the place of a Rank.
	Parts []Part
	// Word is the result a Milestone names, as written ("Hoàn thành").
	Word string
	// Source is the text as written.
	Source string
}

// Parse reads s. It never fails; see the package comment.
func Parse(s string) Target {
	src := s
	s = strings.TrimSpace(strings.TrimRightFunc(norm.NFC.String(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == '.' || r == ';' || r == ','
	}))
	t := Target{Source: src}
	if s == "" {
		return t
	}
	if v, ok := rank(s); ok {
		t.Kind, t.Parts = Rank, []Part{{Op: AtMost, Value: v}}
		return t
	}
	if parts, ok := numbers(s); ok {
		t.Kind, t.Parts = Number, parts
		return t
	}
	if w, ok := milestone(s); ok {
		t.Kind, t.Word = Milestone, w
	}
	return t
}

// Numeric reports whether t is a single unqualified measure, the form a
// spreadsheet can hold as a number ("≥ 50%", "95%").
func (t Target) Numeric() (Part, bool) {
	if t.Kind != Number || len(t.Parts) != 1 || t.Parts[0].Subject != "" || t.Parts[0].Op == Between {
		return Part{}, false
	}
	return t.Parts[0], true
}

// Percentages returns the percentage values of t's parts.
func (t Target) Percentages() []float64 {
	var out []float64
	for _, p := range t.Parts {
		if p.Unit == "%" {
			out = append(out, p.Value)
			if p.Op == Between {
				out = append(out, p.High)
			}
		}
	}
	return out
}

// String renders t for messages: "≥ 50%", "50–80%", "Top 20", the
// milestone word, or the text as written.
func (t Target) String() string {
	switch t.Kind {
	case Number:
		var b []string
		for _, p := range t.Parts {
			b = append(b, p.String())
		}
		return strings.Join(b, "; ")
	case Rank:
		return "Top " + num(t.Parts[0].Value)
	case Milestone:
		return t.Word
	}
	return strings.TrimSpace(t.Source)
}

// String renders one part: "≥ 50%", "50–80%", "02 hệ thống" as "2 hệ thống".
func (p Part) String() string {
	var v string
	if p.Op == Between {
		v = num(p.Value) + "–" + num(p.High)
	} else {
		v = num(p.Value)
	}
	if p.Unit == "%" {
		v += "%"
	} else if p.Unit != "" {
		v += " " + p.Unit
	}
	if sym := opSymbols[p.Op]; sym != "" {
		v = sym + " " + v
	}
	if p.Subject != "" {
		v += " (" + p.Subject + ")"
	}
	return v
}

func num(f float64) string {
	return strings.Replace(strconv.FormatFloat(f, 'f', -1, 64), ".", ",", 1)
}

// Problem is a value that cannot be right.
type Problem struct {
	Part Part
	// Text says what is wrong and how to fix it.
	Text msg.Text
}

// Problem reports a percentage over 100: a share cannot exceed the whole,
// and "550%" is how OCR reads "≥50%". Growth rates may exceed 100%; callers
// that know the indicator measures growth skip this check.
func (t Target) Problem() (Problem, bool) {
	for _, p := range t.Parts {
		if p.Unit != "%" {
			continue
		}
		v := max(p.Value, p.High)
		if v > 100 {
			return Problem{Part: p, Text: msg.TargetOver100.Text(num(v) + "%")}, true
		}
	}
	return Problem{}, false
}

// milestones are the words of qualitative targets, longest first.
var milestones = []string{
	"đưa vào sử dụng", "đưa vào vận hành", "phổ cập toàn diện", "hoàn thành", "hình thành",
	"phổ cập", "ứng dụng", "triển khai", "duy trì", "vận hành", "xây dựng", "ban hành",
	"kết nối", "đạt", "có",
}

func milestone(s string) (string, bool) {
	l := strings.ToLower(s)
	for _, m := range milestones {
		if strings.HasPrefix(l, m) && (len(l) == len(m) || !isLetter(l[len(m):])) {
			if strings.ContainsAny(s, "0123456789") {
				return "", false
			}
			return s, true
		}
	}
	return "", false
}

func isLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// rank reads "Top 20", "top 10", "Nhóm 20 tỉnh dẫn đầu".
func rank(s string) (float64, bool) {
	l := strings.ToLower(s)
	for _, p := range []string{"top", "nhóm"} {
		rest, ok := strings.CutPrefix(l, p)
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		n := len(rest) - len(strings.TrimLeft(rest, "0123456789"))
		if n == 0 || (p == "nhóm" && !strings.Contains(rest, "đầu")) {
			return 0, false
		}
		v, _ := strconv.Atoi(rest[:n])
		if p == "top" && strings.TrimSpace(rest[n:]) != "" && !strings.HasPrefix(strings.TrimSpace(rest[n:]), "(") {
			continue
		}
		return float64(v), true
	}
	return 0, false
}

package plan

import (
	"fmt"
	"strings"
)

// The outline is numbered from its structure, never typed, so the published
// 171/KH-UBND mistake of two sections both numbered "IV." cannot recur.
var defaultStyles = []string{NumRoman, NumArabic, NumLetter, NumDash}

// WalkSections visits the outline depth first with each section's generated
// number ("I.", "2.", "3.1.", "a)", "-", or "" when unnumbered) and its depth
// (1 for top level).
func WalkSections(ss []*Section, visit func(s *Section, number string, depth int)) {
	WalkOutline(ss, func(s *Section, number, _ string, depth int) { visit(s, number, depth) })
}

// WalkOutline is WalkSections with each section's numbering style, which
// decides how its heading is printed.
func WalkOutline(ss []*Section, visit func(s *Section, number, style string, depth int)) {
	walkSections(ss, nil, 1, 1, visit)
}

// walkSections numbers ss. level is the step of the I. / 1. / a) / -
// progression the children default to; a "3.1." section is a sub-numbering
// of its parent's level, so its children continue with a) as the documents
// do ("3.1. Hạ tầng viễn thông" → "a) Hạ tầng di động").
func walkSections(ss []*Section, parent []int, depth, level int, visit func(*Section, string, string, int)) {
	n := 0
	for _, s := range ss {
		style := sectionStyle(s, level)
		if style != NumNone && style != NumDash {
			n++
		}
		path := append(append([]int(nil), parent...), n)
		visit(s, FormatNumber(style, path), style, depth)
		next := level + 1
		if style == NumDecimal {
			next = level
		}
		walkSections(s.Sections, path, depth+1, next, visit)
	}
}

// sectionStyle is the numbering style of s: its own choice, else the
// default for its level.
func sectionStyle(s *Section, level int) string {
	if s.Numbering != "" {
		return s.Numbering
	}
	if level-1 < len(defaultStyles) {
		return defaultStyles[level-1]
	}
	return NumDash
}

// FormatNumber renders the last element of path in style; NumDecimal joins
// the arabic part of the path ("3.1.").
func FormatNumber(style string, path []int) string {
	n := path[len(path)-1]
	switch style {
	case NumRoman:
		return Roman(n) + "."
	case NumArabic:
		return fmt.Sprintf("%d.", n)
	case NumDecimal:
		parts := make([]string, 0, len(path))
		for _, p := range path[1:] {
			parts = append(parts, fmt.Sprint(p))
		}
		return strings.Join(parts, ".") + "."
	case NumLetter:
		return Letter(n) + ")"
	case NumDash:
		return "-"
	}
	return ""
}

// Roman renders n (1…3999) in Roman numerals.
func Roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// Letter renders n as the Vietnamese outline letters a, b, c, … (the
// Vietnamese alphabet has no f, j, w, z, but documents use the Latin order;
// after z it continues aa, ab).
func Letter(n int) string {
	if n <= 0 {
		return ""
	}
	s := ""
	for n > 0 {
		n--
		s = string(rune('a'+n%26)) + s
		n /= 26
	}
	return s
}

// WalkGroups visits the appendix's groups depth first; top-level groups get
// Roman numbers, nested ones are unnumbered.
func (a *Appendix) WalkGroups(visit func(g *Group, number string, depth int)) {
	for i, g := range a.Groups {
		visit(g, Roman(i+1), 1)
		walkGroups(g.Groups, 2, visit)
	}
}

func walkGroups(gs []*Group, depth int, visit func(*Group, string, int)) {
	for _, g := range gs {
		visit(g, "", depth)
		walkGroups(g.Groups, depth+1, visit)
	}
}

// AppendixNumber formats the number of the n-th appendix: "01".
func AppendixNumber(n int) string { return fmt.Sprintf("%02d", n) }

// DocumentRef is the printed number and symbol: "171/KH-UBND" for state
// documents, "16-NQ/TU" for Party ones; for a draft the number is blank.
func (p *Plan) DocumentRef(party bool) string {
	num := ""
	if p.Number > 0 {
		num = fmt.Sprint(p.Number)
	}
	if party {
		return num + "-" + p.Symbol
	}
	return num + "/" + p.Symbol
}

// RunIn reports whether a section's number runs into its first paragraph
// ("1. Đánh giá một số kết quả …"): documents number paragraphs that have no
// heading of their own that way, and returns the blocks with the number
// prefixed to the first one.
func (s *Section) RunIn(number string) ([]Block, bool) {
	blocks := s.Prose()
	if s.Heading != "" || number == "" || len(blocks) == 0 || blocks[0].Dash != "" {
		return blocks, false
	}
	first := blocks[0]
	first.Text = number + " " + first.Text
	return append([]Block{first}, blocks[1:]...), true
}

// Prose is what a body section prints as text: its paragraphs, with its
// indicators read out as one sentence the way a resolution states targets
// ("Về phát triển chính quyền số: 100% dịch vụ công …; 90% hồ sơ …."). A
// last paragraph ending in ":" leads into the list; otherwise the list is a
// paragraph of its own.
func (s *Section) Prose() []Block {
	if len(s.Indicators) == 0 {
		return s.Blocks
	}
	parts := make([]string, len(s.Indicators))
	for i, in := range s.Indicators {
		parts[i] = strings.TrimRight(in.Sentence(), ";.")
	}
	list := strings.Join(parts, "; ") + "."
	out := append([]Block(nil), s.Blocks...)
	if n := len(out); n > 0 && out[n-1].Dash == "" && strings.HasSuffix(out[n-1].Text, ":") {
		out[n-1].Text += " " + list
		return out
	}
	return append(out, Block{Text: list})
}

// Sentence is the indicator in running text: its wording as printed, or
// else its content and target.
func (in *Indicator) Sentence() string {
	switch {
	case in.Wording != "":
		return in.Wording
	case in.Target != "":
		return in.Text + ": " + in.Target
	}
	return in.Text
}

package plan

import (
	"fmt"
	"strings"
)

// The outline is numbered from its structure, never typed, so the published
// 171/KH-UBND mistake of two sections both numbered "IV." cannot recur
// unless recorded as printed (Section.Printed).
var defaultLevels = []string{NumRoman, NumArabic, NumLetter, NumDash, NumPlus}

// DefaultLevels are the numbering styles of outline levels when a document
// does not give its own: I., 1., a), -, +.
func DefaultLevels() []string { return append([]string(nil), defaultLevels...) }

// Levels are the plan's outline numbering styles (trinh_bay.cap_danh_so),
// or the default ones.
func (p *Plan) Levels() []string {
	if len(p.Presentation.Levels) > 0 {
		return p.Presentation.Levels
	}
	return defaultLevels
}

// OutlineLevels are an outline appendix's numbering styles: its own, else
// its plan's.
func (a *Appendix) OutlineLevels() []string {
	if len(a.Levels) > 0 {
		return a.Levels
	}
	if a.Plan != nil {
		return a.Plan.Levels()
	}
	return defaultLevels
}

// Numbered is one outline section with its generated number.
type Numbered struct {
	Section *Section
	// Number is "I.", "2.", "3.1.", "a)", "-", or "" when unnumbered; Style
	// its style.
	Number, Style string
	// Depth is 1 for a top-level section; Level the step of the document's
	// level list the section's children default to, minus one (a "3.1."
	// section is a sub-numbering of its parent's level).
	Depth, Level int
}

// WalkSections visits the outline depth first with each section's generated
// number ("I.", "2.", "3.1.", "a)", "-", or "" when unnumbered) and its depth
// (1 for top level), in the default levels.
func WalkSections(ss []*Section, visit func(s *Section, number string, depth int)) {
	WalkLevels(ss, defaultLevels, func(n Numbered) { visit(n.Section, n.Number, n.Depth) })
}

// WalkOutline is WalkSections with each section's numbering style, which
// decides how its heading is printed.
func WalkOutline(ss []*Section, visit func(s *Section, number, style string, depth int)) {
	WalkLevels(ss, defaultLevels, func(n Numbered) { visit(n.Section, n.Number, n.Style, n.Depth) })
}

// WalkLevels numbers ss in levels (the document's styles from the top).
func WalkLevels(ss []*Section, levels []string, visit func(Numbered)) {
	walkSections(ss, nil, 1, 1, levels, visit)
}

// walkSections numbers ss. level is the step of the levels the children
// default to; a "3.1." section is a sub-numbering of its parent's level, so
// its children continue with a) as the documents do ("3.1. Hạ tầng viễn
// thông" → "a) Hạ tầng di động").
func walkSections(ss []*Section, parent []int, depth, level int, levels []string, visit func(Numbered)) {
	n := 0
	for _, s := range ss {
		style := s.Numbering
		if style == "" {
			style = LevelStyle(levels, level)
		}
		if counts(style) {
			n++
		}
		path := append(append([]int(nil), parent...), n)
		next := level + 1
		if style == NumDecimal {
			next = level
		}
		visit(Numbered{Section: s, Number: FormatNumber(style, path), Style: style, Depth: depth, Level: next})
		walkSections(s.Sections, path, depth+1, next, levels, visit)
	}
}

// counts reports whether a style numbers its items (a dash does not).
func counts(style string) bool {
	return style != NumNone && style != NumDash && style != NumPlus
}

// LevelStyle is the style of level (1-based) in levels; past the list,
// dashes.
func LevelStyle(levels []string, level int) string {
	if level >= 1 && level-1 < len(levels) {
		return levels[level-1]
	}
	return NumDash
}

// TaskLabels numbers tasks written at level (1-based) of levels: in the
// style the section asks for, else the level's. A lone task is not
// numbered, as documents never write "a)" without a "b)", unless the
// style is asked for; a task that runs on from the one before it
// (cung_doan) takes no label and no number.
func TaskLabels(tasks []*Task, style string, levels []string, level int) []string {
	out := make([]string, len(tasks))
	if style == "" {
		if len(tasks) == 1 {
			return out
		}
		style = LevelStyle(levels, level)
	}
	n := 0
	for i, t := range tasks {
		if t.RunOn && i > 0 {
			continue
		}
		if counts(style) {
			n++
		}
		out[i] = FormatNumber(style, []int{n})
	}
	return out
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
	case NumUpper:
		return strings.ToUpper(Letter(n)) + "."
	case NumDash:
		return "-"
	case NumPlus:
		return "+"
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
// Roman numbers, nested ones are unnumbered. A group without a heading
// prints no row and takes no number.
func (a *Appendix) WalkGroups(visit func(g *Group, number string, depth int)) {
	n := 0
	for _, g := range a.Groups {
		num := ""
		if g.Heading != "" {
			n++
			num = Roman(n)
		}
		visit(g, num, 1)
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

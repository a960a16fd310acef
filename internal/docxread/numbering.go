package docxread

import (
	"strconv"
	"strings"

	"github.com/kh-tools/kh/internal/plan"
)

// numbering holds word/numbering.xml and the counters of the lists seen so
// far, to compute each paragraph's label as Word displays it.
type numbering struct {
	abstracts map[string]*abstractNum
	nums      map[string]*numInst
	styles    map[string]*StyleInfo
	counters  map[string]*[9]int
	started   map[string]bool
}

type abstractNum struct {
	levels [9]*numLevel
	// styleLink names a numbering style whose list this one stands for.
	numStyleLink string
}

type numLevel struct {
	start   int
	format  string
	text    string
	restart int // -1: after any higher level; 0: never; n: after level n (1-based)
	legal   bool
	pStyle  string
}

type numInst struct {
	abstract  string
	overrides map[int]int
	levels    map[int]*numLevel
}

func (p *pkg) readNumbering(name string, styles map[string]*StyleInfo) (*numbering, error) {
	nb := &numbering{abstracts: map[string]*abstractNum{}, nums: map[string]*numInst{}, styles: styles,
		counters: map[string]*[9]int{}, started: map[string]bool{}}
	if name == "" {
		return nb, nil
	}
	n, err := p.xml(name)
	if n == nil || err != nil {
		return nb, err
	}
	for _, k := range n.kids {
		switch {
		case k.w("abstractNum"):
			a := &abstractNum{}
			if l := k.child("numStyleLink"); l != nil {
				a.numStyleLink = l.attr("val")
			}
			for _, l := range k.kids {
				if l.w("lvl") {
					if i, ok := level(l.attr("ilvl")); ok {
						a.levels[i] = readLevel(l)
					}
				}
			}
			nb.abstracts[k.attr("abstractNumId")] = a
		case k.w("num"):
			in := &numInst{overrides: map[int]int{}, levels: map[int]*numLevel{}}
			if a := k.child("abstractNumId"); a != nil {
				in.abstract = a.attr("val")
			}
			for _, o := range k.kids {
				if !o.w("lvlOverride") {
					continue
				}
				i, ok := level(o.attr("ilvl"))
				if !ok {
					continue
				}
				if s := o.child("startOverride"); s != nil {
					in.overrides[i] = atoi(s.attr("val"), 0)
				}
				if l := o.child("lvl"); l != nil {
					in.levels[i] = readLevel(l)
				}
			}
			nb.nums[k.attr("numId")] = in
		}
	}
	return nb, nil
}

func level(s string) (int, bool) {
	i, err := strconv.Atoi(s)
	return i, err == nil && i >= 0 && i < 9
}

func atoi(s string, def int) int {
	if v, err := strconv.Atoi(s); err == nil {
		return v
	}
	return def
}

func readLevel(l *node) *numLevel {
	lv := &numLevel{start: 1, format: "decimal", restart: -1}
	if c := l.child("start"); c != nil {
		lv.start = atoi(c.attr("val"), 1)
	}
	if c := l.child("numFmt"); c != nil {
		lv.format = c.attr("val")
	}
	if c := l.child("lvlText"); c != nil {
		lv.text = c.attr("val")
	}
	if c := l.child("lvlRestart"); c != nil {
		lv.restart = atoi(c.attr("val"), -1)
	}
	if c := l.child("pStyle"); c != nil {
		lv.pStyle = c.attr("val")
	}
	lv.legal = l.child("isLgl").on()
	return lv
}

// abstractOf resolves a num to its abstract list, following one numbering
// style link (a list defined through a numbering style).
func (nb *numbering) abstractOf(numID string) (string, *abstractNum) {
	in := nb.nums[numID]
	if in == nil {
		return "", nil
	}
	id := in.abstract
	a := nb.abstracts[id]
	if a != nil && a.numStyleLink != "" {
		if st := nb.styles[a.numStyleLink]; st != nil && st.numID != "" {
			if linked := nb.nums[st.numID]; linked != nil && nb.abstracts[linked.abstract] != nil {
				id = linked.abstract
				a = nb.abstracts[id]
			}
		}
	}
	return id, a
}

// label advances the counters for a paragraph of list numID at level ilvl
// and returns the label it displays.
func (nb *numbering) label(numID string, ilvl int) string {
	id, a := nb.abstractOf(numID)
	if a == nil {
		return ""
	}
	in := nb.nums[numID]
	lv := nb.levelOf(in, a, ilvl)
	if lv == nil {
		return ""
	}
	c := nb.counters[id]
	if c == nil {
		c = &[9]int{}
		nb.counters[id] = c
	}
	// A num with start overrides begins a new list the first time it is
	// used; other nums of the same abstract list continue it.
	if !nb.started[numID] {
		nb.started[numID] = true
		for i, v := range in.overrides {
			c[i] = v - 1
			if c[i] < 0 {
				c[i] = -1
			}
		}
	}
	if c[ilvl] == 0 {
		c[ilvl] = lv.start
	} else {
		c[ilvl]++
	}
	for deeper := ilvl + 1; deeper < 9; deeper++ {
		dl := nb.levelOf(in, a, deeper)
		if dl == nil || dl.restart == -1 || (dl.restart > 0 && ilvl < dl.restart) {
			c[deeper] = 0
		}
	}
	if lv.format == "bullet" {
		return bullet(lv.text)
	}
	return nb.render(in, a, lv, c)
}

func (nb *numbering) levelOf(in *numInst, a *abstractNum, i int) *numLevel {
	if l := in.levels[i]; l != nil {
		return l
	}
	return a.levels[i]
}

// render fills %1…%9 of the level text with the counters, each in its own
// level's format (all decimal for a legal-style level).
func (nb *numbering) render(in *numInst, a *abstractNum, lv *numLevel, c *[9]int) string {
	var b strings.Builder
	t := lv.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			ref := int(t[i+1] - '1')
			rl := nb.levelOf(in, a, ref)
			v := c[ref]
			if v <= 0 && rl != nil {
				v = rl.start
			}
			format := "decimal"
			if rl != nil && !lv.legal {
				format = rl.format
			}
			b.WriteString(formatNumber(v, format))
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String()
}

func formatNumber(v int, format string) string {
	switch format {
	case "none":
		return ""
	case "decimalZero":
		if v < 10 && v >= 0 {
			return "0" + strconv.Itoa(v)
		}
	case "upperRoman":
		return roman(v)
	case "lowerRoman":
		return strings.ToLower(roman(v))
	case "upperLetter":
		return strings.ToUpper(letters(v))
	case "lowerLetter":
		return letters(v)
	}
	return strconv.Itoa(v)
}

// roman is Word's roman numbering, which stops at 3999.
func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	return plan.Roman(n)
}

// letters is Word's letter numbering: a … z, then aa, bb, … zz, aaa.
func letters(n int) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
}

// bullet maps the private-use code points of symbol-font bullets to the
// characters they show.
func bullet(text string) string {
	switch text {
	case "\uf0b7", "\uf0a7", "\uf0d8", "\uf076", "\uf0fc", "·":
		return "•"
	case "\uf02d", "\uf0ad":
		return "-"
	case "o":
		return "o"
	}
	return text
}

// levelForStyle is the list level a paragraph style is linked to (w:pStyle
// inside a level), for paragraphs numbered through their style.
func (nb *numbering) levelForStyle(numID, style string) int {
	if _, a := nb.abstractOf(numID); a != nil && style != "" {
		for i, l := range a.levels {
			if l != nil && l.pStyle == style {
				return i
			}
		}
	}
	return 0
}

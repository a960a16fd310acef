package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/vntext"
)

// text prepares a string for drawing: appendix mentions expanded, NFC
// (fpdf does no mark positioning, so decomposed marks would be misplaced),
// astral runes replaced (fpdf's width tables stop at U+FFFF), control
// characters other than newline made spaces.
func (d *doc) text(s string) string {
	s = vntext.ReplaceAstral(vntext.NFC(d.p.ExpandRefs(s)))
	return strings.Map(func(r rune) rune {
		switch {
		case r == utf8.RuneError:
			// Liberation Serif Italic has no U+FFFD glyph; every style
			// has the white square, so the mark stays visible in all.
			return replacement
		case r != '\n' && unicode.IsControl(r):
			return ' '
		}
		return r
	}, s)
}

// replacement is drawn for a character that cannot be drawn.
const replacement = '\u25A1'

// Alignments of a line.
const (
	alignLeft = iota
	alignCenter
	alignRight
	alignJustify
)

// line is one wrapped line; last marks the end of a paragraph or of a hard
// break, which is never justified.
type line struct {
	words []string
	last  bool
}

func (l line) String() string { return strings.Join(l.words, " ") }

// wrap breaks s into lines: the first line is first wide, the others rest
// wide, both in mm and in the current font. A newline in s is a hard break.
func (d *doc) wrap(s string, first, rest float64) []line {
	var out []line
	for _, seg := range strings.Split(s, "\n") {
		width := rest
		if len(out) == 0 {
			width = first
		}
		out = append(out, d.wrapSegment(strings.Fields(seg), width, rest)...)
	}
	return out
}

func (d *doc) wrapSegment(words []string, first, rest float64) []line {
	space := d.f.GetStringWidth(" ")
	var out []line
	var cur []string
	used, width := 0.0, first
	flush := func() {
		out = append(out, line{words: cur})
		cur, used, width = nil, 0, rest
	}
	for _, w := range words {
		ww := d.f.GetStringWidth(w)
		if len(cur) > 0 && used+space+ww > width {
			flush()
		}
		for ww > width && len(cur) == 0 {
			// Widths add up rune by rune, so the tail's is the word's
			// less the head's: measuring the tail again would make a
			// long unbreakable word (1 MB of it) quadratic.
			head, hw := d.splitWord(w, width)
			out = append(out, line{words: []string{head}})
			width = rest
			w, ww = w[len(head):], ww-hw
		}
		if len(cur) > 0 {
			used += space
		}
		cur = append(cur, w)
		used += ww
	}
	if len(cur) > 0 || len(out) == 0 {
		out = append(out, line{words: cur})
	}
	out[len(out)-1].last = true
	return out
}

// splitWord cuts a word too long for a line (a URL, a long symbol) at the
// last rune that fits, always keeping at least one rune so wrapping ends,
// and returns the head with its width. Each rune is measured once.
func (d *doc) splitWord(w string, width float64) (string, float64) {
	cut, used := 0, 0.0
	for i, r := range w {
		rw := d.f.GetStringWidth(string(r))
		if cut > 0 && used+rw > width {
			break
		}
		cut, used = i+utf8.RuneLen(r), used+rw
	}
	return w[:cut], used
}

// drawLine draws s in a box of width w at x, top y and height h.
func (d *doc) drawLine(s string, x, w, y, h float64, align int) {
	d.drawWords(line{words: []string{s}, last: true}, x, w, y, h, align)
}

// drawWords draws one wrapped line. A justified line spreads its words to
// the full width, the way word processors do; the last line stays left.
func (d *doc) drawWords(l line, x, w, y, h float64, align int) {
	if len(l.words) == 0 {
		return
	}
	size, _ := d.f.GetFontSize()
	base := baseline(y, h, size)
	if align == alignJustify && !l.last && len(l.words) > 1 {
		total := 0.0
		for _, word := range l.words {
			total += d.f.GetStringWidth(word)
		}
		gap := (w - total) / float64(len(l.words)-1)
		for _, word := range l.words {
			d.f.Text(x, base, word)
			x += d.f.GetStringWidth(word) + gap
		}
		return
	}
	s := l.String()
	sw := d.f.GetStringWidth(s)
	switch align {
	case alignCenter:
		x += (w - sw) / 2
	case alignRight:
		x += w - sw
	}
	d.f.Text(x, base, s)
}

// baseline places text of size pt vertically centred in a box of height h
// at top y, from the font's ascent (0.891 em) and descent (0.216 em).
func baseline(y, h, size float64) float64 {
	return y + (h-size*ptMM*1.107)/2 + size*ptMM*0.891
}

// para is how a paragraph is set.
type para struct {
	style  string
	size   float64
	align  int
	indent float64 // first-line indent, mm
	inset  float64 // left inset of every line, mm
	width  float64 // 0: the text width
	lineH  float64 // 0: body line height for size
	after  float64 // space after, pt
}

// paragraph draws s, breaking pages between lines as needed but never
// leaving a paragraph's first line alone at the foot of a page (an orphan)
// nor its last line alone at the top of the next (a widow).
func (d *doc) paragraph(s string, o para) {
	lines, w, lh := d.layoutPara(s, o)
	for i := 0; i < len(lines); {
		n := d.fitLines(i, len(lines), lh)
		if n == 0 {
			d.newPage()
			continue
		}
		for _, l := range lines[i : i+n] {
			x, lw := d.left()+o.inset, w
			if i == 0 {
				x, lw = x+o.indent, w-o.indent
			}
			d.drawWords(l, x, lw, d.y, lh, o.align)
			d.y += lh
			i++
		}
		if i < len(lines) {
			d.newPage()
		}
	}
	d.y += o.after * ptMM
}

// fitLines is how many of the lines from..total of a paragraph go on the
// current page: all that fit, one fewer when only the last would be left
// over, none when only the first would stay (unless the page is empty,
// where holding lines back gains nothing).
func (d *doc) fitLines(from, total int, lh float64) int {
	rest := total - from
	avail := int((d.bottom() - d.y + 0.001) / lh)
	if avail >= rest {
		return rest
	}
	atTop := d.y <= d.t.Margins.Top
	n := avail
	if rest-n == 1 && n >= 2 {
		n--
	}
	if from == 0 && n == 1 && total > 1 {
		n = 0
	}
	if n == 0 && atTop {
		return max(avail, 1)
	}
	return n
}

// height is what paragraph would use for s, for keeping blocks together.
func (d *doc) height(s string, o para) float64 {
	lines, _, lh := d.layoutPara(s, o)
	return float64(len(lines))*lh + o.after*ptMM
}

// layoutPara wraps s as paragraph draws it: the lines, the width they fill
// and the line height.
func (d *doc) layoutPara(s string, o para) (lines []line, w, lh float64) {
	d.setFont(o.style, o.size)
	w = o.width
	if w == 0 {
		w = d.width()
	}
	w -= o.inset
	lh = o.lineH
	if lh == 0 {
		lh = d.lineHeight(o.size)
	}
	return d.wrap(d.text(s), w-o.indent, w), w, lh
}

// ruleGap keeps a rule clear of the descenders of the line above it.
const ruleGap = 1.6

// rule draws a horizontal rule of length l centred on cx at y.
func (d *doc) rule(cx, y, l float64) {
	d.f.Line(cx-l/2, y, cx+l/2, y)
}

package xlsx

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifregular"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Excel has no autofit and LibreOffice does not recompute row heights on
// import, so wrapped text would spill over the next row unless we size rows
// ourselves. Liberation Serif has the advance widths of Times New Roman, which
// makes its metrics a faithful stand-in for what Excel will lay out.

// tableRunes covers Latin, Vietnamese precomposed letters (U+1E00–U+1EFF)
// and common punctuation; rarer runes are measured on demand.
const tableRunes = 0x2100

type metrics struct {
	font *sfnt.Font
	// adv holds advance widths in em units for runes below tableRunes.
	adv [tableRunes]float32
	// other caches the runes above the table.
	mu    sync.Mutex
	other map[rune]float32
	buf   sfnt.Buffer
}

var (
	regularOnce, boldOnce sync.Once
	regular, bold         *metrics
)

func fontMetrics(isBold bool) *metrics {
	if isBold {
		boldOnce.Do(func() { bold = newMetrics(liberationserifbold.TTF) })
		return bold
	}
	regularOnce.Do(func() { regular = newMetrics(liberationserifregular.TTF) })
	return regular
}

func newMetrics(ttf []byte) *metrics {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		panic("xlsx: embedded Liberation font unreadable: " + err.Error())
	}
	m := &metrics{font: f, other: map[rune]float32{}}
	for r := rune(0); r < tableRunes; r++ {
		m.adv[r] = m.measure(r)
	}
	return m
}

// unitsPerEm is requested as ppem so advances come back in font units.
func (m *metrics) measure(r rune) float32 {
	upem := m.font.UnitsPerEm()
	gi, err := m.font.GlyphIndex(&m.buf, r)
	if err != nil || gi == 0 {
		// A missing glyph is drawn from a fallback font; assume an average
		// letter rather than zero so lines are not underestimated.
		return 0.5
	}
	a, err := m.font.GlyphAdvance(&m.buf, gi, fixed.Int26_6(upem)<<6, font.HintingNone)
	if err != nil {
		return 0.5
	}
	return float32(a) / 64 / float32(upem)
}

func (m *metrics) advance(r rune) float32 {
	if r >= 0 && r < tableRunes {
		return m.adv[r]
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	a, ok := m.other[r]
	if !ok {
		a = m.measure(r)
		m.other[r] = a
	}
	return a
}

// width returns the width of s in ems.
func (m *metrics) width(s string) float64 {
	var w float32
	for _, r := range s {
		w += m.advance(r)
	}
	return float64(w)
}

// Excel measures column widths in digits of the workbook's default font
// (Calibri 11: 7 px per digit plus 5 px of padding at 96 dpi); cell text
// leaves a few pixels of margin on each side.
const (
	pxPerWidthUnit = 7.0
	colPaddingPx   = 5.0
	cellMarginPx   = 6.0
	pxPerPoint     = 96.0 / 72.0
)

// colWidthFor returns the column width (in Excel units) that fits a line of
// ems ems at size points.
func colWidthFor(ems, size float64) float64 {
	px := ems*size*pxPerPoint + cellMarginPx
	return (px - colPaddingPx) / pxPerWidthUnit
}

// textPx is the usable text width of a column width in pixels.
func textPx(colWidth float64) float64 {
	return colWidth*pxPerWidthUnit + colPaddingPx - cellMarginPx
}

// countLines returns how many lines s takes when wrapped, the way Excel
// wraps: at spaces, breaking a word only when it alone is wider than the
// cell.
func countLines(s string, colWidth, size float64, isBold bool) int {
	if s == "" {
		return 1
	}
	m := fontMetrics(isBold)
	limit := textPx(colWidth) / (size * pxPerPoint)
	if limit <= 0 {
		return 1
	}
	space := float64(m.advance(' '))
	n := 0
	for para := range strings.SplitSeq(s, "\n") {
		n += paraLines(m, para, limit, space)
	}
	return n
}

func paraLines(m *metrics, para string, limit, space float64) int {
	lines, cur := 1, 0.0
	for word := range strings.FieldsSeq(para) {
		w := m.width(word)
		switch {
		case cur == 0:
			cur = w
		case cur+space+w <= limit:
			cur += space + w
		default:
			lines++
			cur = w
		}
		if cur > limit && utf8.RuneCountInString(word) > 1 {
			// A word wider than the cell is broken where it overflows,
			// once per cell width (counted, not looped: a 1 MB word
			// would be quadratic).
			extra := math.Ceil((cur - limit) / limit)
			lines += int(extra)
			cur -= extra * limit
		}
	}
	return lines
}

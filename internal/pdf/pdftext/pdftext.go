// Package pdftext reads back the PDFs kh writes, for tests: page sizes and
// the text of each page as lines in reading order. It understands only what
// fpdf writes for UTF-8 fonts (Type0, Identity-H, codes equal to UTF-16
// units), which general readers mis-decode (test-tooling.md §1.2).
package pdftext

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// Page is one page as a test sees it.
type Page struct {
	// Width and Height are in points.
	Width, Height float64
	// Lines are top to bottom; pieces on one baseline are joined by a space.
	Lines []string
}

// Landscape reports whether the page is wider than tall.
func (p Page) Landscape() bool { return p.Width > p.Height }

// Text is the page's lines joined by newlines.
func (p Page) Text() string { return strings.Join(p.Lines, "\n") }

// Read parses a PDF held in memory.
func Read(data []byte) ([]Page, error) {
	layouts, err := ReadLayout(data)
	if err != nil {
		return nil, err
	}
	pages := make([]Page, len(layouts))
	for i, l := range layouts {
		pages[i] = Page{Width: l.Width, Height: l.Height, Lines: join(l.Runs)}
	}
	return pages, nil
}

// Layout is one page as drawn: every string shown, with its origin and
// font, and every rectangle stroked (table cells, boxes).
type Layout struct {
	// Width and Height are in points.
	Width, Height float64
	Runs          []Run
	Rects         []Rect
}

// Run is one string shown on a page. X and Y are its origin in points
// from the page's bottom left corner, as PDF counts them.
type Run struct {
	X, Y float64
	// Font is the font's BaseFont (fpdf names it after the family and
	// style: "utf8serifB"); Size is in points.
	Font string
	Size float64
	// W is the width of Text in points, from the font's glyph widths.
	W    float64
	Text string
}

// Rect is a rectangle drawn with the re operator, in points: X, Y is its
// bottom left corner.
type Rect struct {
	X, Y, W, H float64
}

// ReadLayout parses a PDF held in memory into what each page draws.
func ReadLayout(data []byte) (pages []Layout, err error) {
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	// The parser panics on malformed input; a test wants an error.
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("pdftext: %v", e)
		}
	}()
	for i := 1; i <= r.NumPage(); i++ {
		pg, err := layout(r.Page(i))
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", i, err)
		}
		pages = append(pages, pg)
	}
	return pages, nil
}

// attr finds an inheritable page attribute (ISO 32000-1 §7.7.3.4); fpdf
// puts the default MediaBox on the page tree, not on each page.
func attr(p pdf.Page, key string) pdf.Value {
	for v := p.V; !v.IsNull(); v = v.Key("Parent") {
		if x := v.Key(key); !x.IsNull() {
			return x
		}
	}
	return pdf.Value{}
}

func layout(p pdf.Page) (Layout, error) {
	var pg Layout
	box := attr(p, "MediaBox")
	if box.Len() != 4 {
		return pg, fmt.Errorf("no MediaBox")
	}
	pg.Width = math.Abs(box.Index(2).Float64() - box.Index(0).Float64())
	pg.Height = math.Abs(box.Index(3).Float64() - box.Index(1).Float64())
	res := p.Resources().Key("Font")
	fonts := map[string]*font{}
	for _, name := range res.Keys() {
		f := res.Key(name)
		if enc := f.Key("Encoding").Name(); enc != "Identity-H" {
			return pg, fmt.Errorf("font %s has encoding %q, not an fpdf UTF-8 font", name, enc)
		}
		fonts[name] = newFont(f)
	}
	pg.Runs, pg.Rects = draw(p, fonts)
	return pg, nil
}

// font is what a run needs of a font: its name and glyph widths.
type font struct {
	name   string
	dw     float64
	widths map[rune]float64
}

// newFont reads a Type0 font's descendant widths (ISO 32000-1 §9.7.4.3:
// "c [w1 w2 …]" or "c1 c2 w"); fpdf's CIDs are the code points.
func newFont(f pdf.Value) *font {
	ft := &font{name: f.Key("BaseFont").Name(), dw: 1000, widths: map[rune]float64{}}
	cid := f.Key("DescendantFonts").Index(0)
	if dw := cid.Key("DW"); !dw.IsNull() {
		ft.dw = dw.Float64()
	}
	w := cid.Key("W")
	for i := 0; i < w.Len(); {
		first := rune(w.Index(i).Int64())
		if i+1 < w.Len() && w.Index(i+1).Kind() == pdf.Array {
			list := w.Index(i + 1)
			for j := 0; j < list.Len(); j++ {
				ft.widths[first+rune(j)] = list.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := rune(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for c := first; c <= last; c++ {
			ft.widths[c] = width
		}
		i += 3
	}
	return ft
}

// width is the width of s in points at size.
func (f *font) width(s string, size float64) float64 {
	total := 0.0
	for _, r := range s {
		w, ok := f.widths[r]
		if !ok {
			w = f.dw
		}
		total += w
	}
	return total * size / 1000
}

// draw collects the strings shown with their text origins and fonts, and
// the rectangles. fpdf sets positions with Td only, no scaling or
// rotation.
func draw(p pdf.Page, fonts map[string]*font) ([]Run, []Rect) {
	var runs []Run
	var rects []Rect
	var x, y, size float64
	cur := &font{widths: map[rune]float64{}}
	show := func(s string) {
		runs = append(runs, Run{X: x, Y: y, Font: cur.name, Size: size, W: cur.width(s, size), Text: s})
	}
	pdf.Interpret(p.V.Key("Contents"), func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		switch op {
		case "BT":
			x, y = 0, 0
		case "Tf":
			if len(args) == 2 {
				if f, ok := fonts[args[0].Name()]; ok {
					cur = f
				}
				size = args[1].Float64()
			}
		case "Td", "TD":
			if len(args) == 2 {
				x += args[0].Float64()
				y += args[1].Float64()
			}
		case "Tm":
			if len(args) == 6 {
				x, y = args[4].Float64(), args[5].Float64()
			}
		case "re":
			if len(args) == 4 {
				rects = append(rects, rect(args[0].Float64(), args[1].Float64(), args[2].Float64(), args[3].Float64()))
			}
		case "Tj":
			if len(args) == 1 {
				show(decode(args[0].RawString()))
			}
		case "TJ":
			if len(args) == 1 {
				var b strings.Builder
				for i := 0; i < args[0].Len(); i++ {
					if e := args[0].Index(i); e.Kind() == pdf.String {
						b.WriteString(decode(e.RawString()))
					}
				}
				show(b.String())
			}
		}
	})
	return runs, rects
}

// rect normalises a rectangle drawn with a negative width or height (fpdf
// draws from the top left, so its heights are negative).
func rect(x, y, w, h float64) Rect {
	if w < 0 {
		x, w = x+w, -w
	}
	if h < 0 {
		y, h = y+h, -h
	}
	return Rect{X: x, Y: y, W: w, H: h}
}

// decode reads 2-byte big-endian UTF-16 code units.
func decode(raw string) string {
	u := make([]uint16, 0, len(raw)/2)
	for i := 0; i+1 < len(raw); i += 2 {
		u = append(u, uint16(raw[i])<<8|uint16(raw[i+1]))
	}
	return string(utf16.Decode(u))
}

// join orders runs top to bottom, then left to right; runs whose
// baselines are within 1 pt form one line.
func join(runs []Run) []string {
	ps := append([]Run(nil), runs...)
	sort.SliceStable(ps, func(i, j int) bool {
		if math.Abs(ps[i].Y-ps[j].Y) > 1 {
			return ps[i].Y > ps[j].Y
		}
		return ps[i].X < ps[j].X
	})
	var lines []string
	prev := math.Inf(1)
	for _, pc := range ps {
		s := strings.TrimSpace(pc.Text)
		if s == "" {
			continue
		}
		if len(lines) > 0 && math.Abs(pc.Y-prev) <= 1 {
			lines[len(lines)-1] += " " + s
		} else {
			lines = append(lines, s)
		}
		prev = pc.Y
	}
	return lines
}

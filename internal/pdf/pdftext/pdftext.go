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
func Read(data []byte) (pages []Page, err error) {
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
		pg, err := page(r.Page(i))
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

type piece struct {
	x, y float64
	s    string
}

func page(p pdf.Page) (Page, error) {
	var pg Page
	box := attr(p, "MediaBox")
	if box.Len() != 4 {
		return pg, fmt.Errorf("no MediaBox")
	}
	pg.Width = math.Abs(box.Index(2).Float64() - box.Index(0).Float64())
	pg.Height = math.Abs(box.Index(3).Float64() - box.Index(1).Float64())
	fonts := p.Resources().Key("Font")
	for _, name := range fonts.Keys() {
		if enc := fonts.Key(name).Key("Encoding").Name(); enc != "Identity-H" {
			return pg, fmt.Errorf("font %s has encoding %q, not an fpdf UTF-8 font", name, enc)
		}
	}
	pg.Lines = join(pieces(p))
	return pg, nil
}

// pieces collects the strings shown with their text origins. fpdf sets
// positions with Td only, no scaling or rotation.
func pieces(p pdf.Page) []piece {
	var out []piece
	var x, y float64
	pdf.Interpret(p.V.Key("Contents"), func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		switch op {
		case "BT":
			x, y = 0, 0
		case "Td", "TD":
			if len(args) == 2 {
				x += args[0].Float64()
				y += args[1].Float64()
			}
		case "Tm":
			if len(args) == 6 {
				x, y = args[4].Float64(), args[5].Float64()
			}
		case "Tj":
			if len(args) == 1 {
				out = append(out, piece{x, y, decode(args[0].RawString())})
			}
		case "TJ":
			if len(args) == 1 {
				var b strings.Builder
				for i := 0; i < args[0].Len(); i++ {
					if e := args[0].Index(i); e.Kind() == pdf.String {
						b.WriteString(decode(e.RawString()))
					}
				}
				out = append(out, piece{x, y, b.String()})
			}
		}
	})
	return out
}

// decode reads 2-byte big-endian UTF-16 code units.
func decode(raw string) string {
	u := make([]uint16, 0, len(raw)/2)
	for i := 0; i+1 < len(raw); i += 2 {
		u = append(u, uint16(raw[i])<<8|uint16(raw[i+1]))
	}
	return string(utf16.Decode(u))
}

// join orders pieces top to bottom, then left to right; pieces whose
// baselines are within 1 pt form one line.
func join(ps []piece) []string {
	sort.SliceStable(ps, func(i, j int) bool {
		if math.Abs(ps[i].y-ps[j].y) > 1 {
			return ps[i].y > ps[j].y
		}
		return ps[i].x < ps[j].x
	})
	var lines []string
	prev := math.Inf(1)
	for _, pc := range ps {
		s := strings.TrimSpace(pc.s)
		if s == "" {
			continue
		}
		if len(lines) > 0 && math.Abs(pc.y-prev) <= 1 {
			lines[len(lines)-1] += " " + s
		} else {
			lines = append(lines, s)
		}
		prev = pc.y
	}
	return lines
}

package difftable

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/pdf"
	"github.com/kh-tools/kh/internal/vntext"
)

// PDF geometry, in mm.
const (
	family = "serif"
	ptMM   = 25.4 / 72
	// single is a single-spaced line in ems (Liberation Serif's ascent
	// plus descent), as the appendix tables are set.
	single = 1.15
	padX   = 1.5
	padY   = 1.0
	// minSplit is the fewest lines of a row worth leaving at a page's foot.
	minSplit = 3
)

// WritePDF writes the table on A4 landscape pages with the margins and the
// table font size of the layout template, the header row repeated on every
// page and page numbers from page 2, as NĐ 30 sets appendices.
func WritePDF(w io.Writer, t *Table, tmpl *layout.Template) error {
	if ds := tmpl.Validate(); len(ds) > 0 {
		return fmt.Errorf("pdf: layout template %s: %s", tmpl.Source, ds[0].Message.EN)
	}
	p := newPDF(t, tmpl)
	p.draw()
	if err := p.f.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return p.f.Output(w)
}

type pdfWriter struct {
	f      *fpdf.Fpdf
	t      *Table
	tmpl   *layout.Template
	widths []float64
	size   float64 // table font size, pt
	y      float64
	page   int
}

func newPDF(t *Table, tmpl *layout.Template) *pdfWriter {
	f := fpdf.New("L", "mm", "A4", "")
	for _, style := range []string{"", "B", "I", "BI"} {
		f.AddUTF8FontFromBytes(family, style, pdf.Fonts[style])
	}
	f.SetCreationDate(t.Date)
	f.SetModificationDate(t.Date)
	f.SetCatalogSort(true)
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(tmpl.Margins.Left, tmpl.Margins.Top, tmpl.Margins.Right)
	f.SetLineWidth(0.25)
	f.SetTitle(clean(t.Title+" — "+t.Subject), true)
	f.SetSubject(clean(t.Sides), true)
	f.SetCreator("kh", true)
	f.SetProducer("kh", true)
	p := &pdfWriter{f: f, t: t, tmpl: tmpl, size: tmpl.Sizes.Table}
	return p
}

func (p *pdfWriter) left() float64   { return p.tmpl.Margins.Left }
func (p *pdfWriter) bottom() float64 { return 210 - p.tmpl.Margins.Bottom }
func (p *pdfWriter) width() float64 {
	return 297 - p.tmpl.Margins.Left - p.tmpl.Margins.Right
}
func (p *pdfWriter) lineH(size float64) float64 { return size * ptMM * single }

func (p *pdfWriter) draw() {
	for _, c := range p.t.Columns {
		p.widths = append(p.widths, c.Share*p.width())
	}
	p.newPage()
	sz := p.tmpl.Sizes
	for _, l := range []struct {
		text, style string
		size        float64
	}{
		{p.t.Title, "B", sz.AppendixNum},
		{p.t.Subject, "B", sz.AppendixTitle},
		{p.t.Sides, "I", sz.AppendixRef},
		{p.t.Sources, "I", sz.AppendixRef},
		{p.t.Summary, "I", sz.AppendixRef},
	} {
		if l.text != "" {
			p.centred(l.text, l.style, l.size)
		}
	}
	p.y += p.lineH(p.size)
	hdr := p.headerRow()
	p.ensure(p.height(hdr) + 2*(p.lineH(p.size)+2*padY))
	p.drawRow(hdr, 0, lineCount(hdr))
	for i, r := range p.t.Rows {
		pr := p.place(r)
		if r.Heading != "" && i+1 < len(p.t.Rows) {
			next := p.place(p.t.Rows[i+1])
			p.tableBreak(hdr, p.height(pr)+min(p.height(next), 2*padY+2*p.lineH(p.size)))
		}
		p.row(hdr, pr)
	}
}

// newPage adds a landscape page, numbered from the second on.
func (p *pdfWriter) newPage() {
	p.f.AddPageFormat("L", fpdf.SizeType{Wd: 210, Ht: 297})
	p.page++
	p.y = p.tmpl.Margins.Top
	if p.page > 1 {
		size := p.tmpl.Sizes.PageNumber
		p.f.SetFont(family, "", size)
		s := fmt.Sprint(p.page)
		p.f.Text(p.left()+(p.width()-p.f.GetStringWidth(s))/2, p.tmpl.Margins.Top/2+size*ptMM/2, s)
	}
}

func (p *pdfWriter) ensure(h float64) {
	if p.y+h > p.bottom() && p.y > p.tmpl.Margins.Top {
		p.newPage()
	}
}

// centred draws a title line, wrapped, centred over the text width.
func (p *pdfWriter) centred(s, style string, size float64) {
	p.f.SetFont(family, style, size)
	lh := p.lineH(size)
	for _, l := range p.wrap(Cell{{s, Plain}}, p.width(), style, size) {
		p.drawLine(l, p.left(), p.width(), p.y, lh, true, style, size)
		p.y += lh
	}
}

// fragment is a piece of a wrapped line in one mark: a word or part of
// one, or the space between two words, which keeps the mark of the change
// it lies in (an inserted space is underlined).
type fragment struct {
	text  string
	mark  Mark
	space bool
}

type line []fragment

// atoms splits a cell into words, spaces and line breaks, keeping marks.
func atoms(c Cell) []fragment {
	var out []fragment
	for _, s := range c {
		text := clean(s.Text)
		for text != "" {
			r, n := utf8.DecodeRuneInString(text)
			switch {
			case r == '\n':
				out = append(out, fragment{text: "\n"})
			case unicode.IsSpace(r):
				out = append(out, fragment{mark: s.Mark, space: true})
			default:
				n = strings.IndexFunc(text, unicode.IsSpace)
				if n < 0 {
					n = len(text)
				}
				out = append(out, fragment{text: text[:n], mark: s.Mark})
			}
			text = text[n:]
		}
	}
	return out
}

// wrap breaks a cell into lines of at most width mm at size pt in style.
// Words are broken at spaces; a word wider than the line is cut.
func (p *pdfWriter) wrap(c Cell, width float64, style string, size float64) []line {
	p.f.SetFont(family, style, size)
	space := p.f.GetStringWidth(" ")
	var out []line
	var cur line
	used, pending := 0.0, false
	var pendingMark Mark
	word := func(fs []fragment) {
		ww := 0.0
		for _, f := range fs {
			ww += p.f.GetStringWidth(f.text)
		}
		gap := len(cur) > 0 && pending
		if gap && used+space+ww > width {
			out, cur, used, gap = append(out, cur), nil, 0, false
		}
		if gap {
			cur = append(cur, fragment{text: " ", mark: pendingMark})
			used += space
		}
		for _, f := range fs {
			for p.f.GetStringWidth(f.text) > width && len(cur) == 0 {
				head, tail := p.cut(f.text, width)
				out = append(out, line{{text: head, mark: f.mark}})
				f.text = tail
			}
			cur = append(cur, f)
		}
		used += ww
		pending, pendingMark = false, Plain
	}
	var buf []fragment
	flushWord := func() {
		if len(buf) > 0 {
			word(buf)
			buf = nil
		}
	}
	for _, a := range atoms(c) {
		switch {
		case a.text == "\n":
			flushWord()
			out, cur, used, pending = append(out, cur), nil, 0, false
		case a.space:
			flushWord()
			pending, pendingMark = true, a.mark
		default:
			if pending && len(buf) > 0 {
				flushWord()
			}
			buf = append(buf, a)
		}
	}
	flushWord()
	if len(cur) > 0 || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

// cut splits a word too long for a line at the last rune that fits,
// keeping at least one rune so wrapping ends.
func (p *pdfWriter) cut(w string, width float64) (string, string) {
	n := 0
	for i, r := range w {
		next := i + utf8.RuneLen(r)
		if n > 0 && p.f.GetStringWidth(w[:next]) > width {
			break
		}
		n = next
	}
	return w[:n], w[n:]
}

// drawLine draws a wrapped line at top y, left-aligned or centred.
func (p *pdfWriter) drawLine(l line, x, w, y, h float64, center bool, style string, size float64) {
	p.f.SetFont(family, style, size)
	if center {
		total := 0.0
		for _, f := range l {
			total += p.f.GetStringWidth(f.text)
		}
		x += (w - total) / 2
	}
	base := y + (h-size*ptMM*1.107)/2 + size*ptMM*0.891
	for _, f := range coalesce(l) {
		p.setMark(f.mark, style, size)
		p.f.Text(x, base, f.text)
		x += p.f.GetStringWidth(f.text)
	}
	p.setMark(Plain, style, size)
}

// coalesce joins neighbouring fragments of one mark, so each stretch is
// one string in the PDF and copies out as the words it shows.
func coalesce(l line) line {
	var out line
	for _, f := range l {
		if n := len(out); n > 0 && out[n-1].mark == f.mark {
			out[n-1].text += f.text
			continue
		}
		out = append(out, f)
	}
	return out
}

func (p *pdfWriter) setMark(m Mark, style string, size float64) {
	switch m {
	case Deleted:
		p.f.SetFont(family, style+"S", size)
		p.f.SetTextColor(0xC0, 0, 0)
	case Inserted:
		p.f.SetFont(family, style+"U", size)
		p.f.SetTextColor(0x1F, 0x4E, 0x79)
	default:
		p.f.SetFont(family, style, size)
		p.f.SetTextColor(0, 0, 0)
	}
}

// placed is one cell of a row wrapped to its column.
type placed struct {
	x, w   float64
	lines  []line
	style  string
	center bool
}

func (p *pdfWriter) headerRow() []placed {
	var cells []Cell
	for _, c := range p.t.Columns {
		cells = append(cells, Cell{{c.Label, Plain}})
	}
	return p.cells(cells, "B", true)
}

func (p *pdfWriter) place(r Row) []placed {
	if r.Heading != "" {
		inner := p.width() - 2*padX
		return []placed{{x: p.left(), w: p.width(), style: "B", lines: p.wrap(Cell{{r.Heading, Plain}}, inner, "B", p.size)}}
	}
	return p.cells(r.Cells, "", false)
}

func (p *pdfWriter) cells(cells []Cell, style string, allCentred bool) []placed {
	var out []placed
	x := p.left()
	for i, c := range cells {
		w := p.widths[i]
		center := allCentred || p.t.Columns[i].Center
		out = append(out, placed{x: x, w: w, style: style, center: center, lines: p.wrap(c, w-2*padX, style, p.size)})
		x += w
	}
	return out
}

func lineCount(pr []placed) int {
	n := 1
	for _, c := range pr {
		n = max(n, len(c.lines))
	}
	return n
}

func (p *pdfWriter) height(pr []placed) float64 {
	return float64(lineCount(pr))*p.lineH(p.size) + 2*padY
}

// tableBreak moves to a new page with the header row when h does not fit.
func (p *pdfWriter) tableBreak(hdr []placed, h float64) {
	if p.y+h <= p.bottom() {
		return
	}
	p.newPage()
	p.drawRow(hdr, 0, lineCount(hdr))
}

// row draws a row, moving it to the next page when it does not fit there
// and splitting it line by line when it is taller than a page.
func (p *pdfWriter) row(hdr, pr []placed) {
	lh := p.lineH(p.size)
	capacity := int((p.bottom() - p.tmpl.Margins.Top - p.height(hdr) - 2*padY) / lh)
	total := lineCount(pr)
	for from := 0; from < total; {
		avail := int((p.bottom() - p.y - 2*padY) / lh)
		rest := total - from
		if rest > avail && (rest <= capacity || avail < minSplit) && p.y > p.tmpl.Margins.Top+p.height(hdr)+0.01 {
			p.tableBreak(hdr, p.bottom())
			continue
		}
		n := min(rest, max(avail, 1))
		p.drawRow(pr, from, from+n)
		from += n
		if from < total {
			p.tableBreak(hdr, p.bottom())
		}
	}
}

// drawRow draws lines [from, to) of every cell, boxed.
func (p *pdfWriter) drawRow(pr []placed, from, to int) {
	lh := p.lineH(p.size)
	h := float64(to-from)*lh + 2*padY
	for _, c := range pr {
		p.f.Rect(c.x, p.y, c.w, h, "D")
		for i := from; i < to && i < len(c.lines); i++ {
			p.drawLine(c.lines[i], c.x+padX, c.w-2*padX, p.y+padY+float64(i-from)*lh, lh, c.center, c.style, p.size)
		}
	}
	p.y += h
}

// clean prepares text for fpdf: NFC (fpdf places no marks), astral runes
// replaced (its width tables end at U+FFFF), control characters but the
// line break made spaces.
func clean(s string) string {
	s = vntext.ReplaceAstral(vntext.NFC(s))
	return strings.Map(func(r rune) rune {
		switch {
		case r == utf8.RuneError:
			return '\u25A1'
		case r != '\n' && unicode.IsControl(r):
			return ' '
		}
		return r
	}, s)
}

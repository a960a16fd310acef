// Package pdf renders a plan as a PDF draft laid out per NĐ 30/2020 Phụ lục I
// (state documents) or HD 36-HD/VPTW (Party documents), with the parameters
// of a layout.Template. The output is byte-identical for the same input.
package pdf

import (
	"fmt"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"

	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// family is the name fpdf knows the embedded Liberation Serif by.
const family = "serif"

// ptMM converts points to millimetres, fpdf's unit here.
const ptMM = 25.4 / 72

// singleSpacing is the height of a single-spaced line in ems: Times New
// Roman's (and Liberation Serif's) ascent plus descent, what word
// processors call "single".
const singleSpacing = 1.15

// epoch dates drafts: with no issue date the metadata still must not come
// from the clock. It is the day NĐ 30/2020 took effect.
var epoch = time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)

// Fonts lists the embedded font files by fpdf style, for the coverage test.
var Fonts = map[string][]byte{
	"":   liberationserifregular.TTF,
	"B":  liberationserifbold.TTF,
	"I":  liberationserifitalic.TTF,
	"BI": liberationserifbolditalic.TTF,
}

// Write renders p with its appendices. A template with findings is refused:
// its values are what keep every box on the page, so out-of-range ones are
// not drawn "as well as possible".
func Write(w io.Writer, r *plan.Repo, p *plan.Plan, t *layout.Template) error {
	return WriteWith(w, r, p, t, Options{})
}

// Options adjust a rendering.
type Options struct {
	// Mark, when set, is printed in the top margin of every page and kept
	// in the document's keywords: a copy built with kh build --force from a
	// plan that still has errors, which must not pass for a checked one.
	Mark string
	// Creator names the program in the document properties, with its
	// version ("kh v1.2.0"); "kh" when empty.
	Creator string
}

// WriteWith is Write with options.
func WriteWith(w io.Writer, r *plan.Repo, p *plan.Plan, t *layout.Template, opt Options) error {
	if ds := t.Validate(); len(ds) > 0 {
		return fmt.Errorf("pdf: layout template %s: %s", t.Source, ds[0].Message.EN)
	}
	d := newDoc(r, p, t)
	props := d.v.Properties()
	if opt.Mark != "" {
		d.mark = opt.Mark
		props.Keywords = append(props.Keywords, opt.Mark)
	}
	d.metadata(props, opt.creator(), d.date())
	d.render()
	if err := d.f.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return d.output(w)
}

func (o Options) creator() string {
	if o.Creator == "" {
		return "kh"
	}
	return o.Creator
}

// doc is one document being drawn. y is the top of the next line; fpdf's
// automatic page breaks are off because only the renderer knows which lines
// belong together (a heading with its first line, a table's header row).
type doc struct {
	f     *fpdf.Fpdf
	t     *layout.Template
	r     *plan.Repo
	p     *plan.Plan
	party bool
	v     *view.Doc
	mark  string

	pageW, pageH float64
	y            float64
	// page counts pages of the current part: the body or one appendix,
	// since each appendix numbers its own pages.
	page      int
	landscape bool
	// style and size are the font last set, which newPage restores after
	// drawing the page number: a paragraph broken across pages measured
	// its lines in its own font and must go on printing in it.
	style string
	size  float64
}

func newDoc(r *plan.Repo, p *plan.Plan, t *layout.Template) *doc {
	f := fpdf.New("P", "mm", "A4", "")
	// A fixed order: map order would reorder the font objects.
	for _, style := range []string{"", "B", "I", "BI"} {
		f.AddUTF8FontFromBytes(family, style, Fonts[style])
	}
	f.SetCatalogSort(true)
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(t.Margins.Left, t.Margins.Top, t.Margins.Right)
	f.SetLineWidth(0.25)
	v := view.New(r, p)
	d := &doc{f: f, t: t, r: r, p: p, party: v.Party, v: v}
	f.SetCreationDate(d.date())
	f.SetModificationDate(d.date())
	return d
}

// date stamps the file: the plan's issue date, else epoch.
func (d *doc) date() time.Time {
	if d.p.Date.IsZero() {
		return epoch
	}
	return d.p.Date
}

func (d *doc) render() {
	d.newPart(false)
	d.header(true)
	d.titleBlock()
	d.body()
	d.signature()
	for _, a := range d.v.Appendices() {
		d.appendix(a)
	}
}

// newPart starts the body or an appendix: a new page numbered 1.
func (d *doc) newPart(landscape bool) {
	d.page = 0
	d.landscape = landscape
	d.newPage()
}

// newPage adds a page in the part's orientation and prints its number,
// centred in the top margin, from page 2 of the part on (NĐ 30 PL I, I.7).
func (d *doc) newPage() {
	if d.landscape {
		d.f.AddPageFormat("L", fpdf.SizeType{Wd: 210, Ht: 297})
	} else {
		d.f.AddPageFormat("P", fpdf.SizeType{Wd: 210, Ht: 297})
	}
	d.pageW, d.pageH = d.f.GetPageSize()
	d.page++
	d.y = d.t.Margins.Top
	if d.size > 0 {
		defer d.setFont(d.style, d.size)
	}
	if d.mark != "" {
		size := d.t.Sizes.PageNumber
		d.setFont("B", size)
		d.drawLine(d.mark, d.left(), d.width(), d.t.Margins.Top/4, size*ptMM*singleSpacing, alignRight)
	}
	if d.page > 1 {
		size := d.t.Sizes.PageNumber
		d.setFont("", size)
		d.drawLine(fmt.Sprint(d.page), d.left(), d.width(), d.t.Margins.Top/2-size*ptMM/2, size*ptMM*singleSpacing, alignCenter)
	}
}

// ensure starts a new page unless h millimetres fit above the bottom margin.
func (d *doc) ensure(h float64) {
	if d.y+h > d.bottom() && d.y > d.t.Margins.Top {
		d.newPage()
	}
}

func (d *doc) left() float64   { return d.t.Margins.Left }
func (d *doc) width() float64  { return d.pageW - d.t.Margins.Left - d.t.Margins.Right }
func (d *doc) bottom() float64 { return d.pageH - d.t.Margins.Bottom }

func (d *doc) setFont(style string, size float64) {
	d.style, d.size = style, size
	d.f.SetFont(family, style, size)
}

// lineHeight is the height of one body line of a size-pt font with the
// template's line spacing.
func (d *doc) lineHeight(size float64) float64 {
	return size * ptMM * singleSpacing * d.t.LineSpacing
}

// single is the height of a single-spaced line, used in the header and in
// tables where the decree asks for single spacing.
func single(size float64) float64 { return size * ptMM * singleSpacing }

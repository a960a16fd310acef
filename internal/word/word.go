// Package word renders a plan as its Word draft (.docx), laid out per NĐ
// 30/2020 (HD 36 for Party documents) from the resolved view, so it has
// the content, numbering and tables of the PDF. Opened in Word it reads
// like a document an officer typed: real paragraph styles, headings as
// styles, literal numbering, the header as a borderless table, page numbers
// as a PAGE field, each appendix in its own section. Every paragraph and
// table cell sits in a bookmark naming the item it prints (Units), so the
// comments and tracked changes that come back map to the YAML.
package word

import (
	"fmt"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/docx"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/vntext"
)

// Font is the typeface NĐ 30/2020 prescribes; Word on officers' machines
// has it and LibreOffice substitutes Liberation Serif, of equal metrics.
const Font = "Times New Roman"

// epoch dates drafts, so the package never takes the clock's date: the
// day NĐ 30/2020 took effect (as the PDF does).
var epoch = time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC)

// Draft is a rendered Word draft and its addressable units.
type Draft struct {
	Document *docx.Document
	Units    []Unit
}

// Options change what a draft carries besides the plan.
type Options struct {
	// Mark, when set, is printed in the header of every page and kept in
	// the document's keywords, as the PDF does for a plan built although
	// it has errors (kh build --force).
	Mark string
}

// Build renders the plan of d with the layout template t. A template with
// findings is refused, as for the PDF.
func Build(d *view.Doc, t *layout.Template, opt Options) (*Draft, error) {
	if ds := t.Validate(); len(ds) > 0 {
		return nil, fmt.Errorf("word: layout template %s: %s", t.Source, ds[0].Message.EN)
	}
	b := &builder{v: d, t: t, opt: opt, seen: map[string]Ref{}}
	doc := b.document()
	if b.err != nil {
		return nil, b.err
	}
	return &Draft{Document: doc, Units: b.units}, nil
}

// builder renders one plan; units collects the bookmarked paragraphs.
type builder struct {
	v     *view.Doc
	t     *layout.Template
	opt   Options
	units []Unit
	seen  map[string]Ref
	err   error
	// textW is the width between the margins of the current section.
	textW int
}

func (b *builder) document() *docx.Document {
	p := b.v.Plan
	created := epoch
	if !p.Date.IsZero() {
		created = p.Date
	}
	doc := &docx.Document{
		Props: docx.Props{
			Title: b.v.Name() + ": " + b.text(p.Title), Subject: b.text(p.Title),
			Creator: b.v.Issuer().Name, Keywords: strings.TrimSpace(p.ID + " " + b.opt.Mark), Created: created,
		},
		Font: Font, Size: b.t.Sizes.Body, Lang: "vi-VN",
		Styles: b.styles(),
	}
	doc.Sections = append(doc.Sections, b.bodySection())
	for _, a := range b.v.Appendices() {
		doc.Sections = append(doc.Sections, b.appendix(a))
	}
	return doc
}

// text prepares a string for Word: appendix mentions expanded and NFC, as
// the PDF prints it. Word draws any character, so nothing else changes.
func (b *builder) text(s string) string { return vntext.NFC(b.v.Text(s)) }

// page is the page set-up of a section: A4 in the template's margins, the
// page number centred in the top margin.
func (b *builder) page(landscape bool) docx.Page {
	m := b.t.Margins
	pg := docx.Page{Landscape: landscape, Margin: docx.Margin{
		Top: docx.MM(m.Top), Bottom: docx.MM(m.Bottom), Left: docx.MM(m.Left), Right: docx.MM(m.Right),
		Header: docx.MM(m.Top/2) - docx.Pt(b.t.Sizes.PageNumber)/2,
	}}
	w := docx.A4Width
	if landscape {
		w = docx.A4Height
	}
	b.textW = w - pg.Margin.Left - pg.Margin.Right
	return pg
}

// pageNumber is the header of every page but the first of a part: its
// number, centred (NĐ 30 PL I, I.7), under the mark of an unchecked build.
func (b *builder) pageNumber() []docx.Block {
	return append(b.mark(), &docx.Paragraph{Style: stylePageNumber, Runs: []docx.Inline{&docx.Field{Instr: "PAGE", Shown: "2"}}})
}

// mark is the header line of a draft built although the plan has errors.
func (b *builder) mark() []docx.Block {
	if b.opt.Mark == "" {
		return nil
	}
	return []docx.Block{para(styleDraftMark, b.opt.Mark, docx.RunProps{})}
}

// unit records a bookmarked unit and returns its bookmark name.
func (b *builder) unit(u Unit) string {
	name := Bookmark(u.Ref)
	if prev, dup := b.seen[name]; dup {
		if prev != u.Ref && b.err == nil {
			b.err = fmt.Errorf("word: %v and %v have the same bookmark %s", prev, u.Ref, name)
		}
		// The same field printed twice (a citation listed twice) keeps
		// the first bookmark; Word would drop the second anyway.
		return ""
	}
	b.seen[name] = u.Ref
	b.units = append(b.units, u)
	return name
}

// para is a paragraph of one run in a style.
func para(style string, s string, rp docx.RunProps) *docx.Paragraph {
	return &docx.Paragraph{Style: style, Runs: []docx.Inline{&docx.Run{Text: s, Props: rp}}}
}

// editable makes the unit of a field whose printed text is prefix and
// its value, when nothing else (an expanded mention) changes it.
func editable(ref Ref, number, prefix, raw, printed string) Unit {
	u := Unit{Ref: ref, Number: number, Text: printed, Main: true, Value: raw, Prefix: prefix}
	u.Editable = !strings.Contains(raw, "[[") && printed == prefix+vntext.NFC(raw)
	return u
}

// readOnly returns a unit whose printed text cannot be written back.
func readOnly(ref Ref, number, printed string, main bool) Unit {
	return Unit{Ref: ref, Number: number, Text: printed, Main: main}
}

func planRef(p *plan.Plan, field string) Ref { return Ref{ID: p.ID, Field: field} }

package pdf

import (
	"strings"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// body draws the căn cứ, the opening, the outline and the closing. A plan
// that opens with "Thực hiện …" states its basis there (171/KH-UBND,
// 16-NQ/TU), and one with a "CĂN CỨ" section lists it there; only otherwise
// are the căn cứ printed as italic lines under the title.
func (d *doc) body() {
	outline := d.v.Outline()
	if len(d.p.Preamble) == 0 && !listsCitations(outline) {
		d.citations(false)
	}
	d.blocks(d.p.Preamble)
	d.outline(outline)
	d.blocks(d.p.Closing)
}

func listsCitations(items []*view.Item) bool {
	found := false
	view.Walk(items, func(it *view.Item) { found = found || it.Citations })
	return found
}

// citations prints one căn cứ per line: italic "Căn cứ …" lines under the
// title, or dash items inside a "CĂN CỨ LẬP KẾ HOẠCH" section.
func (d *doc) citations(dash bool) {
	style := "I"
	if dash {
		style = ""
	}
	for _, s := range d.v.CitationLines(dash) {
		d.paragraph(s, d.bodyPara(style))
	}
}

// bodyPara is a body paragraph: justified, first-line indent, space after.
func (d *doc) bodyPara(style string) para {
	return para{style: style, size: d.t.Sizes.Body, align: alignJustify, indent: d.t.Indent, after: d.t.ParaAfter}
}

func (d *doc) blocks(bs []plan.Block) {
	for _, b := range bs {
		if b.Dash != "" {
			d.paragraph("- "+b.Dash, d.bodyPara(""))
		} else {
			d.paragraph(b.Text, d.bodyPara(""))
		}
	}
}

// outline draws numbered items as the view labels them, so the printed
// numbering is the one kh check and kh show use.
func (d *doc) outline(items []*view.Item) {
	for _, it := range items {
		if !it.RunIn && !it.RunInSteps() {
			d.heading(it)
		}
		d.blocks(it.Blocks)
		if it.Citations {
			d.citations(true)
		}
		d.steps(it.Steps)
		d.outline(it.Items)
		d.blocks(it.After)
	}
}

// heading draws an item's numbered heading.
func (d *doc) heading(it *view.Item) {
	d.headingLine(strings.TrimSpace(it.Label+" "+it.Heading), it.Style, len(it.Section.Blocks) == 0 && len(it.Items) > 0)
}

// headingLine draws a heading in the style the template gives its
// numbering, kept on one page with the first lines that follow it (those
// of a sub-heading too, when one comes straight after).
func (d *doc) headingLine(text, style string, subheading bool) {
	if text == "" {
		return
	}
	o := d.bodyPara(d.t.HeadingStyle(style))
	o.size = d.t.Sizes.Heading
	// The first two lines of the text, as a paragraph never leaves its
	// first line alone; a sub-heading and its first two lines after it.
	next := 2.0
	if subheading {
		next = 4
	}
	d.ensure(d.height(text, o) + next*d.lineHeight(d.t.Sizes.Body))
	d.paragraph(text, o)
}

// steps prints a section's tasks as the document writes them: a step with
// a title heads its text like a sub-heading, one without runs its label
// into its text; sub-items follow at the next level.
func (d *doc) steps(steps []view.Step) {
	for _, s := range steps {
		if s.Heading != "" {
			d.headingLine(strings.TrimSpace(s.Label+" "+s.Heading), s.Style, s.Text == "" && len(s.Blocks) == 0 && len(s.Steps) > 0)
			if s.Text != "" {
				d.paragraph(s.Text, d.bodyPara(""))
			}
		} else if text := strings.TrimSpace(s.Label + " " + s.Text); text != "" {
			d.paragraph(text, d.bodyPara(""))
		}
		d.blocks(s.Blocks)
		d.steps(s.Steps)
	}
}

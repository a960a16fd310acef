package word

import (
	"strings"

	"github.com/kh-tools/kh/internal/docx"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// bodySection is the document's first section: the header block, the
// title, the body and the signature, numbered from page 2 on.
func (b *builder) bodySection() *docx.Section {
	s := &docx.Section{Page: b.page(false), Header: b.pageNumber(), TitlePage: true, FirstHeader: b.draftMark()}
	s.Blocks = append(s.Blocks, b.header(true))
	s.Blocks = append(s.Blocks, b.titleBlock()...)
	s.Blocks = append(s.Blocks, b.body()...)
	s.Blocks = append(s.Blocks, b.signature())
	return s
}

// body is the căn cứ, the opening, the outline and the closing, as the PDF
// sets them: a plan that opens with "Thực hiện …" states its basis there,
// and one with a "CĂN CỨ" section lists it there; only otherwise are the
// căn cứ printed as italic lines under the title.
func (b *builder) body() []docx.Block {
	p := b.v.Plan
	outline := b.v.Outline()
	var out []docx.Block
	if len(p.Preamble) == 0 && !listsCitations(outline) {
		out = append(out, b.citations(false)...)
	}
	out = append(out, b.paragraphs(p.ID, "mo_dau", "Phần mở đầu", printed(b, p.Preamble), p.Preamble, "")...)
	out = append(out, b.outline(outline, "", "")...)
	out = append(out, b.paragraphs(p.ID, "ket_thuc", "Phần kết thúc", printed(b, p.Closing), p.Closing, "")...)
	return out
}

func listsCitations(items []*view.Item) bool {
	found := false
	view.Walk(items, func(it *view.Item) { found = found || it.Citations })
	return found
}

// printed expands the mentions of blocks the view does not resolve (the
// plan's opening and closing).
func printed(b *builder, bs []plan.Block) []plan.Block {
	out := make([]plan.Block, len(bs))
	for i, blk := range bs {
		blk.Text, blk.Dash = b.v.Text(blk.Text), b.v.Text(blk.Dash)
		out[i] = blk
	}
	return out
}

// citations prints one căn cứ per line: italic "Căn cứ …" lines under the
// title, or dash items inside a "CĂN CỨ LẬP KẾ HOẠCH" section.
func (b *builder) citations(dash bool) []docx.Block {
	style := styleCitation
	if dash {
		style = styleNormal
	}
	var out []docx.Block
	for i, s := range b.v.CitationLines(dash) {
		s = b.text(s)
		pa := para(style, s, docx.RunProps{})
		pa.Bookmark = b.unit(readOnly(Ref{ID: b.v.Plan.Citations[i].ID, Field: "can_cu"}, "Căn cứ", s, true))
		out = append(out, pa)
	}
	return out
}

// paragraphs sets the blocks of an item's field (doan, doan_cuoi, mo_dau,
// ket_thuc): shown are the blocks as printed, raw as written; runIn is the
// label a heading-less item's first paragraph starts with.
func (b *builder) paragraphs(id, field, number string, shown, raw []plan.Block, runIn string) []docx.Block {
	var out []docx.Block
	for i, blk := range shown {
		text, prefix := b.text(blk.Content()), ""
		if blk.Dash != "" {
			text, prefix = "- "+text, "- "
		}
		if i == 0 && runIn != "" {
			prefix = runIn + " "
		}
		where := paraNumber(number, i, len(shown))
		var u Unit
		if i < len(raw) {
			u = editable(Ref{ID: id, Field: field + "[" + itoa(i) + "]"}, where, prefix, raw[i].Content(), text)
		} else {
			// The targets a section states in its text, read out as one
			// sentence: each indicator holds its own clause.
			u = readOnly(Ref{ID: id, Field: "chi_tieu"}, where, text, true)
		}
		pa := para(styleNormal, text, docx.RunProps{})
		pa.Bookmark = b.unit(u)
		out = append(out, pa)
	}
	return out
}

// paraNumber cites paragraph i of n under number: "Mục II.1, đoạn 2".
func paraNumber(number string, i, n int) string {
	switch {
	case number == "":
		return "Đoạn " + itoa(i+1)
	case n == 1:
		return number
	}
	return number + ", đoạn " + itoa(i+1)
}

// outline sets numbered items as the view labels them; where prefixes the
// citation of an appendix's items ("Phụ lục 02, ").
func (b *builder) outline(items []*view.Item, path, where string) []docx.Block {
	var out []docx.Block
	for _, it := range items {
		here := itemPath(path, it)
		number := where + "Mục " + strings.TrimSuffix(here, ".")
		if here == "" {
			number = strings.TrimSuffix(where, ", ")
		}
		if !it.RunIn && !it.RunInSteps() {
			out = append(out, b.heading(it, number)...)
		}
		runIn := ""
		if it.RunIn {
			runIn = it.Label
		}
		out = append(out, b.paragraphs(it.Section.ID, "doan", number, it.Blocks, it.Section.Blocks, runIn)...)
		if it.Citations {
			out = append(out, b.citations(true)...)
		}
		out = append(out, b.steps(it.Steps, number)...)
		out = append(out, b.outline(it.Items, here, where)...)
		out = append(out, b.paragraphs(it.Section.ID, "doan_cuoi", number, it.After, it.Section.After, "")...)
	}
	return out
}

// itemPath is the item's full number as officers cite it ("II.1.a)"): the
// parent's path and the item's label, a "3.1." label already holding its
// parent's number, an unnumbered or dash item citing its parent's.
func itemPath(parent string, it *view.Item) string {
	switch it.Style {
	case plan.NumNone, plan.NumDash:
		return parent
	case plan.NumDecimal:
		top, _, _ := strings.Cut(parent, ".")
		if top == "" || !isRoman(top) {
			return it.Label
		}
		return top + "." + it.Label
	}
	if it.Label == "" {
		return parent
	}
	return parent + it.Label
}

func isRoman(s string) bool { return strings.Trim(s, "IVXLCDM") == "" }

// heading sets an item's heading in the heading style of its depth, in
// the font style the template gives its numbering.
func (b *builder) heading(it *view.Item, number string) []docx.Block {
	text := strings.TrimSpace(it.Label + " " + b.text(it.Heading))
	if text == "" {
		return nil
	}
	var rp docx.RunProps
	if own, def := b.t.HeadingStyle(it.Style), b.t.HeadingStyle(depthStyles[min(it.Depth, headingLevels)-1]); own != def {
		rp = flags(own)
	}
	prefix := ""
	if it.Label != "" && it.Heading != "" {
		prefix = it.Label + " "
	}
	pa := para(headingStyle(it.Depth), text, rp)
	pa.Bookmark = b.unit(editable(Ref{ID: it.Section.ID, Field: "tieu_de"}, number, prefix, it.Section.Heading, text))
	return []docx.Block{pa}
}

// steps sets a section's tasks as the PDF prints them, as the document
// writes them: a titled step heads its text, one without runs its label
// into its text; its paragraphs and its own items follow.
func (b *builder) steps(steps []view.Step, number string) []docx.Block {
	var out []docx.Block
	for _, s := range steps {
		where := number + ", bước " + itoa(s.Number)
		if s.Heading != "" {
			text := strings.TrimSpace(s.Label + " " + b.text(s.Heading))
			pa := para(styleNormal, text, docx.RunProps{Bold: docx.On})
			pa.Bookmark = b.unit(editable(Ref{ID: s.Task.ID, Field: "tieu_de"}, where, labelPrefix(s.Label), s.Task.Heading, text))
			out = append(out, pa)
		}
		if s.Text != "" {
			prefix := ""
			if s.Heading == "" {
				prefix = labelPrefix(s.Label)
			}
			text := prefix + b.text(s.Text)
			pa := para(styleNormal, text, docx.RunProps{})
			if len(s.RunOn) == 0 {
				pa.Bookmark = b.unit(editable(Ref{ID: s.Task.ID, Field: "noi_dung"}, where, prefix, s.Task.Text, text))
			} else {
				pa.Bookmark = b.unit(readOnly(Ref{ID: s.Task.ID, Field: "noi_dung"}, where, text, false))
			}
			out = append(out, pa)
		}
		for _, bl := range s.Blocks {
			text := b.text(bl.Content())
			if bl.Dash != "" {
				text = "- " + text
			}
			out = append(out, para(styleNormal, text, docx.RunProps{}))
		}
		out = append(out, b.steps(s.Steps, where)...)
	}
	return out
}

// labelPrefix is a label followed by its space, "" for an unnumbered item.
func labelPrefix(label string) string {
	if label == "" {
		return ""
	}
	return label + " "
}

// signatureRoom is the space left for the handwritten signature and the
// seal, as in the PDF.
const signatureRoom = 25.0

// signature is the signing block on the right and Nơi nhận on the left, in
// a borderless table with the header's columns, kept on one page.
func (b *builder) signature() *docx.Table {
	p := b.v.Plan
	left, right := b.columns()
	var rec []docx.Block
	if len(p.Recipients) > 0 {
		rec = append(rec, para(styleRecipHead, b.text(b.v.RecipientsHeading()), docx.RunProps{}))
		for i, r := range b.v.Recipients() {
			r = b.text(r)
			prefix := ""
			if !strings.HasPrefix(strings.TrimSpace(p.Recipients[i]), "-") {
				prefix = "- "
			}
			pa := para(styleRecipients, r, docx.RunProps{})
			pa.Bookmark = b.unit(editable(planRef(p, "noi_nhan["+itoa(i)+"]"), "Nơi nhận", prefix, strings.TrimSpace(p.Recipients[i]), r))
			rec = append(rec, pa)
		}
	}
	var sig []docx.Block
	for i, s := range b.v.Signature() {
		pa := para(styleSignature, b.text(s), docx.RunProps{})
		if i == 0 {
			pa.Bookmark = b.unit(readOnly(planRef(p, "ky"), "Chữ ký", b.text(s), false))
		}
		sig = append(sig, pa)
	}
	name := para(styleSignature, b.text(p.Signature.Name), docx.RunProps{})
	name.Props.Spacing = &docx.Spacing{Before: docx.MM(signatureRoom), Line: 240, Rule: docx.LineAuto}
	sig = append(sig, name)
	return &docx.Table{Grid: []int{left, right}, Padding: noPadding, Rows: []*docx.Row{
		{CantSplit: true, Cells: []*docx.Cell{{Blocks: rec}, {Blocks: sig}}},
	}}
}

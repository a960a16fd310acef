package word

import (
	"strings"

	"github.com/kh-tools/kh/internal/docx"
	"github.com/kh-tools/kh/internal/view"
)

// ptTwips converts a width in points to twips.
func ptTwips(pt float64) int { return docx.Pt(pt) }

// columns splits the text width between the agency column and the
// national (or Party) column, which grows to hold its title on one line,
// as the PDF does.
func (b *builder) columns() (left, right int) {
	left = int(float64(b.textW) * b.t.LeftColumn)
	right = b.textW - left
	if need := ptTwips(width(b.v.RightTitle(), true, b.t.Sizes.National)) + docx.MM(2); need > right {
		right, left = need, b.textW-need
	}
	return left, right
}

var noPadding = &docx.Padding{}

// header is the two-column block (NĐ 30 PL I, Mục II, ô 1–4; HD 36): the
// agency names with their short rule or asterisk | the Quốc hiệu and Tiêu
// ngữ (or the Party's name) with the rule under them; then, for the
// document itself, Số and the place and date (a schedule attached on its
// own page repeats the columns alone).
func (b *builder) header(numbered bool) *docx.Table {
	left, right := b.columns()
	parent, own := b.v.IssuerLines()
	var agency []docx.Block
	for _, s := range parent {
		agency = append(agency, para(styleHeader, b.text(s), docx.RunProps{Size: b.t.Sizes.ParentAgency}))
	}
	widest := 0.0
	for _, s := range own {
		agency = append(agency, para(styleHeader, b.text(s), docx.RunProps{Bold: docx.On, Size: b.t.Sizes.Agency}))
		widest = max(widest, width(b.text(s), true, b.t.Sizes.Agency))
	}
	if b.v.Party {
		agency = append(agency, para(styleHeader, "*", docx.RunProps{Size: b.t.Sizes.Agency}))
	} else {
		agency = append(agency, rule(left, int(float64(ptTwips(widest))*b.t.Rules.Agency)))
	}
	national := []docx.Block{para(styleHeader, b.v.RightTitle(), docx.RunProps{Bold: docx.On, Size: b.t.Sizes.National})}
	last := width(b.v.RightTitle(), true, b.t.Sizes.National)
	if !b.v.Party {
		national = append(national, para(styleHeader, view.Motto, docx.RunProps{Bold: docx.On, Size: b.t.Sizes.Motto}))
		last = width(view.Motto, true, b.t.Sizes.Motto)
	}
	national = append(national, rule(right, ptTwips(last)))
	// Số and the date line sit a millimetre below the rules.
	for _, r := range []docx.Block{agency[len(agency)-1], national[len(national)-1]} {
		r.(*docx.Paragraph).Props.Spacing = &docx.Spacing{Before: ruleGap, After: docx.MM(1), Line: 240, Rule: docx.LineAuto}
	}
	t := &docx.Table{Grid: []int{left, right}, Padding: noPadding, Rows: []*docx.Row{
		{CantSplit: true, Cells: []*docx.Cell{{Blocks: agency}, {Blocks: national}}},
	}}
	if numbered {
		number := para(styleHeader, b.text(b.v.NumberLine()), docx.RunProps{Size: b.t.Sizes.Number})
		date := para(styleHeader, b.text(b.v.DateLine()), docx.RunProps{Italic: docx.On, Size: b.t.Sizes.PlaceDate})
		t.Rows = append(t.Rows, &docx.Row{CantSplit: true, Cells: []*docx.Cell{{Blocks: []docx.Block{number}}, {Blocks: []docx.Block{date}}}})
	}
	return t
}

// rule is a short horizontal rule of length l centred in a width w: an
// empty paragraph in a one-point font whose bottom border the indents
// shorten; it sits a little below the text above, as the PDF's does.
func rule(w, l int) *docx.Paragraph {
	side := max((w-l)/2, 0)
	return &docx.Paragraph{Style: styleRule, Props: docx.ParaProps{
		Indent: &docx.Indent{Left: side, Right: side}, BorderBottom: &docx.Border{Size: 4},
	}}
}

// titleBlock is the type name, the sub-heading lines and the trích yếu
// with the short rule under it.
func (b *builder) titleBlock() []docx.Block {
	p := b.v.Plan
	out := []docx.Block{&docx.Paragraph{Style: styleDocType, Props: docx.ParaProps{Spacing: &docx.Spacing{Before: docx.Pt(b.t.Sizes.DocType * 1.15), Line: 240, Rule: docx.LineAuto}},
		Runs: []docx.Inline{&docx.Run{Text: strings.ToUpper(b.v.TypeName())}}}}
	for i, s := range p.Subheading {
		pa := para(styleTitle, b.text(s), docx.RunProps{})
		pa.Bookmark = b.unit(readOnly(planRef(p, "tieu_de_phu["+itoa(i)+"]"), "Tiêu đề", b.text(s), false))
		out = append(out, pa)
	}
	title := b.text(p.Title)
	inner := b.textW * 8 / 10
	t := para(styleTitle, title, docx.RunProps{})
	t.Props.Indent = &docx.Indent{Left: b.textW / 10, Right: b.textW / 10}
	t.Bookmark = b.unit(editable(planRef(p, "trich_yeu"), "Trích yếu", "", p.Title, title))
	widest := min(ptTwips(width(title, true, b.t.Sizes.Title)), inner)
	r := rule(b.textW, int(float64(widest)*b.t.Rules.Title))
	r.Props.Spacing = &docx.Spacing{Before: ruleGap, After: docx.Pt(b.t.Sizes.Body * 1.15), Line: 240, Rule: docx.LineAuto}
	return append(out, t, r)
}

// draftMark is the first page's header of a draft: "DỰ THẢO" boxed at the
// top right, where no page number is printed.
func (b *builder) draftMark() []docx.Block {
	mark := b.v.DraftMark()
	if mark == "" {
		return b.mark()
	}
	w := ptTwips(width(mark, true, b.t.Sizes.DraftMark)) + docx.MM(4)
	return append(b.mark(),
		&docx.Table{Grid: []int{w}, Borders: true, Align: docx.AlignRight, Padding: &docx.Padding{Top: docx.MM(0.5), Bottom: docx.MM(0.5)},
			Rows: []*docx.Row{{Cells: []*docx.Cell{{Blocks: []docx.Block{para(styleDraftMark, mark, docx.RunProps{})}}}}}})
}

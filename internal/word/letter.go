package word

import (
	"fmt"
	"strings"

	"github.com/kh-tools/kh/internal/docx"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/report"
	"github.com/kh-tools/kh/internal/view"
)

// subjectSize is the type size of a công văn's trích yếu (NĐ 30 PL I,
// II.5.b: 12 to 13, upright), as in the PDF.
const subjectSize = 12.0

// Letter renders a công văn issued as the document of d (its issuer,
// place, a draft's blank number and date, signing block and Nơi nhận) as a
// Word document in the plan's styles: the header with the trích yếu under
// Số, Kính gửi, the body, the table with its header row repeated, the
// closing, the signature — what pdf.WriteLetter prints.
func Letter(d *view.Doc, t *layout.Template, l report.Letter) (*docx.Document, error) {
	if ds := t.Validate(); len(ds) > 0 {
		return nil, fmt.Errorf("word: layout template %s: %s", t.Source, ds[0].Message.EN)
	}
	b := &builder{v: d, t: t, seen: map[string]Ref{}}
	s := &docx.Section{Page: b.page(false), Header: b.pageNumber(), TitlePage: true, FirstHeader: b.draftMark()}
	head := b.header(true)
	subject := para(styleHeader, b.text(l.Subject), docx.RunProps{Size: subjectSize})
	number := head.Rows[len(head.Rows)-1].Cells[0]
	number.Blocks = append(number.Blocks, subject)
	s.Blocks = append(s.Blocks, head, &docx.Paragraph{Style: styleRule})
	s.Blocks = append(s.Blocks, b.addressees(l.To)...)
	for _, p := range l.Body {
		s.Blocks = append(s.Blocks, para(styleNormal, b.text(p), docx.RunProps{}))
	}
	if len(l.Columns) > 0 {
		s.Blocks = append(s.Blocks, b.reportTable(l.Table()))
	}
	for _, p := range l.Closing {
		s.Blocks = append(s.Blocks, para(styleNormal, b.text(p), docx.RunProps{}))
	}
	s.Blocks = append(s.Blocks, b.signature())
	if b.err != nil {
		return nil, b.err
	}
	created := epoch
	if !d.Plan.Date.IsZero() {
		created = d.Plan.Date
	}
	return &docx.Document{
		Props: docx.Props{Title: b.text(l.Subject), Subject: b.text(l.Subject), Creator: d.Issuer().Name, Keywords: d.Plan.ID, Created: created},
		Font:  Font, Size: t.Sizes.Body, Lang: "vi-VN", Styles: b.styles(), Sections: []*docx.Section{s},
	}, nil
}

// addressees is "Kính gửi: …": one addressee on the line, centred; several
// as dash lines under it, as the PDF sets them.
func (b *builder) addressees(to []string) []docx.Block {
	if len(to) == 1 {
		p := para(styleNormal, "Kính gửi: "+b.text(strings.TrimSuffix(to[0], "."))+".", docx.RunProps{})
		p.Props.Align = docx.AlignCenter
		p.Props.Indent = &docx.Indent{}
		p.Props.Spacing = &docx.Spacing{Before: docx.Pt(b.t.Sizes.Body), After: docx.Pt(b.t.ParaAfter), Line: 240, Rule: docx.LineAuto}
		return []docx.Block{p}
	}
	head := para(styleNormal, "Kính gửi:", docx.RunProps{})
	head.Props.Indent = &docx.Indent{Left: b.textW / 4}
	out := []docx.Block{head}
	for i, s := range to {
		end := ";"
		if i == len(to)-1 {
			end = "."
		}
		p := para(styleNormal, "- "+b.text(strings.TrimRight(s, ".;"))+end, docx.RunProps{})
		p.Props.Indent = &docx.Indent{Left: b.textW * 35 / 100}
		out = append(out, p)
	}
	return out
}

package word

import (
	"strconv"

	"github.com/kh-tools/kh/internal/docx"
	"github.com/kh-tools/kh/internal/plan"
)

// Style ids. Headings use Word's built-in ids, so the navigation pane and
// a table of contents find them; the others are kh's own, named in
// Vietnamese in Word's style list.
const (
	styleNormal      = "Normal"
	styleCitation    = "KhCanCu"
	styleHeader      = "KhDauVanBan"
	styleDocType     = "KhTenLoai"
	styleTitle       = "KhTrichYeu"
	styleRule        = "KhDuongKe"
	styleCell        = "KhBang"
	styleCellHead    = "KhBangTieuDe"
	styleRecipHead   = "KhNoiNhan"
	styleRecipients  = "KhDanhSachNoiNhan"
	styleSignature   = "KhChuKy"
	styleAppendixNum = "KhPhuLuc"
	styleAppendixTtl = "KhTenPhuLuc"
	styleAttached    = "KhKemTheo"
	stylePageNumber  = "KhSoTrang"
	styleDraftMark   = "KhDuThao"
)

// ruleGap puts a rule about the PDF's 1.6 mm below the text above it.
var ruleGap = docx.MM(1.6) - docx.Pt(1.5)

// headingLevels is how many heading styles there are; deeper items use
// the last.
const headingLevels = 4

// depthStyles are the numbering styles of outline depths 1… by default
// (plan's I. / 1. / a) / - progression); a heading style's type follows
// its depth's default, and an item numbered otherwise sets its own.
var depthStyles = []string{plan.NumRoman, plan.NumArabic, plan.NumLetter, plan.NumDash}

func headingStyle(depth int) string {
	return "Heading" + itoa(min(max(depth, 1), headingLevels))
}

func itoa(i int) string { return strconv.Itoa(i) }

// flags turns a template font style ("B", "I", "BI", "") into run flags.
func flags(style string) docx.RunProps {
	rp := docx.RunProps{Bold: docx.Off, Italic: docx.Off}
	for _, c := range style {
		switch c {
		case 'B':
			rp.Bold = docx.On
		case 'I':
			rp.Italic = docx.On
		}
	}
	return rp
}

func (b *builder) styles() []docx.Style {
	s := b.t.Sizes
	single := &docx.Spacing{Line: 240, Rule: docx.LineAuto}
	noIndent := &docx.Indent{}
	centred := func(id, name string, size float64, style string) docx.Style {
		rp := flags(style)
		rp.Size = size
		return docx.Style{ID: id, Name: name, BasedOn: styleNormal,
			Para: docx.ParaProps{Align: docx.AlignCenter, Indent: noIndent, Spacing: single}, Run: rp}
	}
	out := []docx.Style{
		{ID: styleNormal, Name: "Normal", Default: true, Para: docx.ParaProps{
			Align: docx.AlignJustify, Indent: &docx.Indent{FirstLine: docx.MM(b.t.Indent)}, Widow: docx.On,
			Spacing: &docx.Spacing{After: docx.Pt(b.t.ParaAfter), Line: int(240*b.t.LineSpacing + 0.5), Rule: docx.LineAuto},
		}, Run: docx.RunProps{Size: s.Body}},
	}
	for depth := 1; depth <= headingLevels; depth++ {
		rp := flags(b.t.HeadingStyle(depthStyles[depth-1]))
		rp.Size = s.Heading
		out = append(out, docx.Style{ID: headingStyle(depth), Name: "heading " + itoa(depth), BasedOn: styleNormal, Next: styleNormal,
			Outline: depth, Para: docx.ParaProps{KeepNext: docx.On}, Run: rp})
	}
	out = append(out,
		docx.Style{ID: styleCitation, Name: "Căn cứ", BasedOn: styleNormal, Run: docx.RunProps{Italic: docx.On}},
		centred(styleHeader, "Đầu văn bản", 0, ""),
		centred(styleDocType, "Tên loại văn bản", s.DocType, "B"),
		centred(styleTitle, "Trích yếu", s.Title, "B"),
		docx.Style{ID: styleRule, Name: "Đường kẻ", BasedOn: styleNormal,
			Para: docx.ParaProps{Indent: noIndent, Spacing: &docx.Spacing{Before: ruleGap, Line: 240, Rule: docx.LineAuto}}, Run: docx.RunProps{Size: 1}},
		docx.Style{ID: styleCell, Name: "Chữ trong bảng", BasedOn: styleNormal,
			Para: docx.ParaProps{Align: docx.AlignLeft, Indent: noIndent, Spacing: single}, Run: docx.RunProps{Size: s.Table}},
		docx.Style{ID: styleCellHead, Name: "Tiêu đề cột", BasedOn: styleCell,
			Para: docx.ParaProps{Align: docx.AlignCenter}, Run: docx.RunProps{Bold: docx.On}},
		docx.Style{ID: styleRecipHead, Name: "Nơi nhận", BasedOn: styleNormal,
			Para: docx.ParaProps{Align: docx.AlignLeft, Indent: noIndent, Spacing: single}, Run: docx.RunProps{Bold: docx.On, Italic: docx.On, Size: s.RecipientHead}},
		docx.Style{ID: styleRecipients, Name: "Danh sách nơi nhận", BasedOn: styleNormal,
			Para: docx.ParaProps{Align: docx.AlignLeft, Indent: noIndent, Spacing: single}, Run: docx.RunProps{Size: s.Recipients}},
		centred(styleSignature, "Chức vụ, họ tên người ký", s.Signature, "B"),
		centred(styleAppendixNum, "Số phụ lục", s.AppendixNum, "B"),
		centred(styleAppendixTtl, "Tên phụ lục", s.AppendixTitle, "B"),
		centred(styleAttached, "Kèm theo", s.AppendixRef, "I"),
		centred(stylePageNumber, "Số trang", s.PageNumber, ""),
		centred(styleDraftMark, "Dự thảo", s.DraftMark, "B"),
	)
	return out
}

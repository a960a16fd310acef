package xlsx

import "github.com/xuri/excelize/v2"

// FontFamily is the font of every cell; Vietnamese administrative documents
// are set in Times New Roman.
const FontFamily = "Times New Roman"

// styles are the style ids of one workbook.
type styles struct {
	title, note                           int
	header                                int
	text, center, group, groupNum, subgrp int
	percent, percentDec, number, date     int
}

type styleDef struct {
	id *int
	s  excelize.Style
}

var thin = []excelize.Border{
	{Type: "left", Color: "000000", Style: 1},
	{Type: "top", Color: "000000", Style: 1},
	{Type: "right", Color: "000000", Style: 1},
	{Type: "bottom", Color: "000000", Style: 1},
}

func cellFont(size float64, bold, italic bool) *excelize.Font {
	return &excelize.Font{Family: FontFamily, Size: size, Bold: bold, Italic: italic, Color: "000000"}
}

func alignment(h string) *excelize.Alignment {
	return &excelize.Alignment{Horizontal: h, Vertical: "center", WrapText: true}
}

// newStyles also makes Times New Roman the workbook's default font: column
// widths are counted in digits of that font, and a reader lacking Calibri
// (LibreOffice without Carlito) would otherwise widen every column.
func newStyles(f *excelize.File) (*styles, error) {
	if err := f.SetDefaultFont(FontFamily); err != nil {
		return nil, err
	}
	pct, pctDec, date, num := "0%", "0.0%", "dd/mm/yyyy", "#,##0.##"
	var defs []styleDef
	s := &styles{}
	add := func(id *int, st excelize.Style) { defs = append(defs, styleDef{id, st}) }
	add(&s.title, excelize.Style{Font: cellFont(titleSize, true, false), Alignment: alignment("center")})
	add(&s.note, excelize.Style{Font: cellFont(bodySize, false, true), Alignment: alignment("center")})
	add(&s.header, excelize.Style{Font: cellFont(bodySize, true, false), Alignment: alignment("center"), Border: thin})
	add(&s.text, excelize.Style{Font: cellFont(bodySize, false, false), Alignment: alignment("left"), Border: thin})
	add(&s.center, excelize.Style{Font: cellFont(bodySize, false, false), Alignment: alignment("center"), Border: thin})
	add(&s.group, excelize.Style{Font: cellFont(bodySize, true, false), Alignment: alignment("left"), Border: thin})
	add(&s.groupNum, excelize.Style{Font: cellFont(bodySize, true, false), Alignment: alignment("center"), Border: thin})
	add(&s.subgrp, excelize.Style{Font: cellFont(bodySize, true, true), Alignment: alignment("left"), Border: thin})
	add(&s.percent, excelize.Style{Font: cellFont(bodySize, false, false), Alignment: alignment("center"), Border: thin, CustomNumFmt: &pct})
	add(&s.percentDec, excelize.Style{Font: cellFont(bodySize, false, false), Alignment: alignment("center"), Border: thin, CustomNumFmt: &pctDec})
	add(&s.number, excelize.Style{Font: cellFont(bodySize, false, false), Alignment: alignment("center"), Border: thin, CustomNumFmt: &num})
	add(&s.date, excelize.Style{Font: cellFont(bodySize, false, false), Alignment: alignment("center"), Border: thin, CustomNumFmt: &date})
	for _, d := range defs {
		id, err := f.NewStyle(&d.s)
		if err != nil {
			return nil, err
		}
		*d.id = id
	}
	return s, nil
}

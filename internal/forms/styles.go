package forms

import (
	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/xlsx"
)

type formStyles struct {
	title, note, header, text, center int
	// answer cells are the only unlocked ones.
	answer, answerCenter, answerDate, answerText int
}

var thin = []excelize.Border{
	{Type: "left", Color: "000000", Style: 1},
	{Type: "top", Color: "000000", Style: 1},
	{Type: "right", Color: "000000", Style: 1},
	{Type: "bottom", Color: "000000", Style: 1},
}

func newStyles(x *excelize.File) (*formStyles, error) {
	if err := x.SetDefaultFont(xlsx.FontFamily); err != nil {
		return nil, err
	}
	font := func(size float64, bold, italic bool) *excelize.Font {
		return &excelize.Font{Family: xlsx.FontFamily, Size: size, Bold: bold, Italic: italic, Color: "000000"}
	}
	al := func(h string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "center", WrapText: true}
	}
	open := &excelize.Protection{Locked: false}
	date, text := "dd/mm/yyyy", "@"
	st := &formStyles{}
	defs := []struct {
		id *int
		s  excelize.Style
	}{
		{&st.title, excelize.Style{Font: font(13, true, false), Alignment: al("center")}},
		{&st.note, excelize.Style{Font: font(12, false, true), Alignment: al("center")}},
		{&st.header, excelize.Style{Font: font(12, true, false), Alignment: al("center"), Border: thin}},
		{&st.text, excelize.Style{Font: font(12, false, false), Alignment: al("left"), Border: thin}},
		{&st.center, excelize.Style{Font: font(12, false, false), Alignment: al("center"), Border: thin}},
		{&st.answer, excelize.Style{Font: font(12, false, false), Alignment: al("left"), Border: thin, Protection: open}},
		{&st.answerCenter, excelize.Style{Font: font(12, false, false), Alignment: al("center"), Border: thin, Protection: open}},
		{&st.answerDate, excelize.Style{Font: font(12, false, false), Alignment: al("center"), Border: thin, Protection: open, CustomNumFmt: &date}},
		{&st.answerText, excelize.Style{Font: font(12, false, false), Alignment: al("center"), Border: thin, Protection: open, CustomNumFmt: &text}},
	}
	for _, d := range defs {
		id, err := x.NewStyle(&d.s)
		if err != nil {
			return nil, err
		}
		*d.id = id
	}
	return st, nil
}

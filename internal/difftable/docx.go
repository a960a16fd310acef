package difftable

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/docx"
	"github.com/kh-tools/kh/internal/layout"
)

// WriteDOCX writes the table as a Word document: A4 landscape with the
// template's margins, the header row repeated on every page, page numbers
// from page 2, the words taken out struck through in red and the words put
// in underlined in blue.
func WriteDOCX(w io.Writer, t *Table, tmpl *layout.Template) error {
	m := tmpl.Margins
	page := docx.Page{Width: docx.MM(297), Height: docx.MM(210), Landscape: true, Margin: docx.Margin{
		Top: docx.MM(m.Top), Bottom: docx.MM(m.Bottom), Left: docx.MM(m.Left), Right: docx.MM(m.Right),
		Header: docx.MM(m.Top / 2), Footer: docx.MM(m.Bottom / 2),
	}}
	size := tmpl.Sizes.Table
	var blocks []docx.Block
	for _, l := range []struct {
		text string
		run  docx.RunProps
	}{
		{t.Title, docx.RunProps{Bold: docx.On, Size: tmpl.Sizes.AppendixNum}},
		{t.Subject, docx.RunProps{Bold: docx.On, Size: tmpl.Sizes.AppendixTitle}},
		{t.Sides, docx.RunProps{Italic: docx.On, Size: tmpl.Sizes.AppendixRef}},
		{t.Sources, docx.RunProps{Italic: docx.On, Size: tmpl.Sizes.AppendixRef}},
		{t.Summary, docx.RunProps{Italic: docx.On, Size: tmpl.Sizes.AppendixRef}},
	} {
		if l.text != "" {
			blocks = append(blocks, &docx.Paragraph{Props: docx.ParaProps{Align: docx.AlignCenter}, Runs: []docx.Inline{&docx.Run{Text: l.text, Props: l.run}}})
		}
	}
	blocks = append(blocks, &docx.Paragraph{}, docxTable(t, docx.MM(297-m.Left-m.Right)))
	number := &docx.Paragraph{Props: docx.ParaProps{Align: docx.AlignCenter}, Runs: []docx.Inline{&docx.Field{Instr: "PAGE", Shown: "1", Props: docx.RunProps{Size: tmpl.Sizes.PageNumber}}}}
	d := &docx.Document{
		Props:    docx.Props{Title: t.Title + " — " + t.Subject, Subject: t.Sides, Creator: "kh", Created: t.Date},
		Custom:   []docx.Property{{Name: "kh_so_sanh", Value: t.Plan}},
		Font:     "Times New Roman",
		Size:     size,
		Lang:     "vi-VN",
		Sections: []*docx.Section{{Page: page, Header: []docx.Block{number}, FirstHeader: []docx.Block{}, TitlePage: true, Blocks: blocks}},
	}
	return d.Write(w)
}

func docxTable(t *Table, textWidth int) *docx.Table {
	tb := &docx.Table{Borders: true, Padding: &docx.Padding{Left: docx.MM(padX), Right: docx.MM(padX)}}
	for _, c := range t.Columns {
		tb.Grid = append(tb.Grid, int(c.Share*float64(textWidth)))
	}
	head := &docx.Row{Header: true, CantSplit: true}
	for _, c := range t.Columns {
		head.Cells = append(head.Cells, &docx.Cell{VAlign: docx.VCenter, Blocks: []docx.Block{para(Cell{{c.Label, Plain}}, true, docx.On)}})
	}
	tb.Rows = append(tb.Rows, head)
	for _, r := range t.Rows {
		if r.Heading != "" {
			tb.Rows = append(tb.Rows, &docx.Row{CantSplit: true, Cells: []*docx.Cell{{Span: len(t.Columns), Blocks: []docx.Block{para(Cell{{r.Heading, Plain}}, false, docx.On)}}}})
			continue
		}
		row := &docx.Row{CantSplit: fitsPage(r)}
		for i, c := range r.Cells {
			row.Cells = append(row.Cells, &docx.Cell{Blocks: paras(c, t.Columns[i].Center)})
		}
		tb.Rows = append(tb.Rows, row)
	}
	return tb
}

// keepWhole is the longest cell, in characters, of a row kept on one page:
// Word cuts a row that may not split and is taller than a page, so long
// rows are left to break.
const keepWhole = 1000

func fitsPage(r Row) bool {
	for _, c := range r.Cells {
		if utf8.RuneCountInString(c.Text()) > keepWhole {
			return false
		}
	}
	return true
}

// paras splits a cell at its line breaks into paragraphs.
func paras(c Cell, center bool) []docx.Block {
	var out []docx.Block
	var cur Cell
	for _, s := range c {
		parts := strings.Split(s.Text, "\n")
		for i, part := range parts {
			if i > 0 {
				out = append(out, para(cur, center, docx.Inherit))
				cur = nil
			}
			if part != "" {
				cur = append(cur, Span{part, s.Mark})
			}
		}
	}
	return append(out, para(cur, center, docx.Inherit))
}

func para(c Cell, center bool, bold docx.Flag) *docx.Paragraph {
	p := &docx.Paragraph{}
	if center {
		p.Props.Align = docx.AlignCenter
	}
	for _, s := range c {
		props := docx.RunProps{Bold: bold}
		switch s.Mark {
		case Deleted:
			props.Strike, props.Color = docx.On, deletedRGB
		case Inserted:
			props.Underline, props.Color = docx.On, insertedRGB
		}
		p.Runs = append(p.Runs, &docx.Run{Text: s.Text, Props: props})
	}
	return p
}

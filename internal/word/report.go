package word

import (
	"fmt"

	"github.com/kh-tools/kh/internal/docx"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/report"
	"github.com/kh-tools/kh/internal/view"
)

// Report renders a report that goes with the plan of d (the summary of its
// comment round) as a Word document in the plan's styles: centred bold
// title lines, the paragraphs, the table with its header row repeated on
// every page and group rows merged across it, the closing paragraphs.
func Report(d *view.Doc, t *layout.Template, rep report.Report) (*docx.Document, error) {
	if ds := t.Validate(); len(ds) > 0 {
		return nil, fmt.Errorf("word: layout template %s: %s", t.Source, ds[0].Message.EN)
	}
	b := &builder{v: d, t: t, seen: map[string]Ref{}}
	s := &docx.Section{Page: b.page(rep.Landscape), Header: b.pageNumber(), TitlePage: true}
	for i, line := range rep.Title {
		style := styleTitle
		if i == 0 {
			style = styleDocType
		}
		s.Blocks = append(s.Blocks, para(style, b.text(line), docx.RunProps{}))
	}
	if rep.Subtitle != "" {
		s.Blocks = append(s.Blocks, para(styleAttached, b.text(rep.Subtitle), docx.RunProps{}))
	}
	s.Blocks = append(s.Blocks, &docx.Paragraph{Style: styleRule})
	for _, p := range rep.Intro {
		s.Blocks = append(s.Blocks, para(styleNormal, b.text(p), docx.RunProps{}))
	}
	s.Blocks = append(s.Blocks, b.reportTable(rep))
	for _, p := range rep.Closing {
		s.Blocks = append(s.Blocks, para(styleNormal, b.text(p), docx.RunProps{}))
	}
	for _, part := range rep.Parts {
		s.Blocks = append(s.Blocks, para(styleTitle, b.text(part.Heading), docx.RunProps{}))
		s.Blocks = append(s.Blocks, b.reportTable(report.Report{Columns: part.Columns, Rows: part.Rows}))
		for _, p := range part.Closing {
			s.Blocks = append(s.Blocks, para(styleNormal, b.text(p), docx.RunProps{}))
		}
	}
	created := epoch
	if !d.Plan.Date.IsZero() {
		created = d.Plan.Date
	}
	title := ""
	if len(rep.Title) > 0 {
		title = b.text(rep.Title[0])
	}
	return &docx.Document{
		Props: docx.Props{Title: title, Subject: b.text(d.Plan.Title), Creator: d.Issuer().Name, Keywords: d.Plan.ID, Created: created},
		Font:  Font, Size: t.Sizes.Body, Lang: "vi-VN", Styles: b.styles(), Sections: []*docx.Section{s},
	}, nil
}

func (b *builder) reportTable(rep report.Report) *docx.Table {
	total := 0.0
	for _, c := range rep.Columns {
		total += c.Share
	}
	head := &docx.Row{Header: true, CantSplit: true}
	var grid []int
	used := 0
	for i, c := range rep.Columns {
		w := int(float64(b.textW) * c.Share / total)
		if i == len(rep.Columns)-1 {
			w = b.textW - used
		}
		used += w
		grid = append(grid, w)
		head.Cells = append(head.Cells, &docx.Cell{VAlign: docx.VCenter, Blocks: []docx.Block{para(styleCellHead, b.text(c.Label), docx.RunProps{})}})
	}
	t := &docx.Table{Grid: grid, Borders: true, Padding: padding, Rows: []*docx.Row{head}}
	for _, r := range rep.Rows {
		if r.Group {
			bold := docx.RunProps{Bold: docx.On}
			num := para(styleCell, b.text(r.Cells[0]), bold)
			num.Props = docx.ParaProps{Align: docx.AlignCenter, KeepNext: docx.On}
			heading := para(styleCell, b.text(r.Cells[1]), bold)
			heading.Props.KeepNext = docx.On
			t.Rows = append(t.Rows, &docx.Row{CantSplit: true, Cells: []*docx.Cell{
				{Blocks: []docx.Block{num}}, {Span: len(grid) - 1, Blocks: []docx.Block{heading}},
			}})
			continue
		}
		row := &docx.Row{CantSplit: true}
		for i, c := range r.Cells {
			pa := para(styleCell, b.text(c), docx.RunProps{})
			if rep.Columns[i].Center {
				pa.Props.Align = docx.AlignCenter
			}
			row.Cells = append(row.Cells, &docx.Cell{Blocks: []docx.Block{pa}})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

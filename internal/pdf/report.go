package pdf

import (
	"fmt"
	"io"

	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/report"
)

// WriteReport renders a report that goes with plan p (the summary of its
// comment round) in the plan's layout: centred bold title lines, the
// paragraphs, the table with its header row on every page and group rows
// across it, the closing paragraphs; pages numbered from 2 as in the plan.
func WriteReport(w io.Writer, r *plan.Repo, p *plan.Plan, t *layout.Template, rep report.Report) error {
	if ds := t.Validate(); len(ds) > 0 {
		return fmt.Errorf("pdf: layout template %s: %s", t.Source, ds[0].Message.EN)
	}
	d := newDoc(r, p, t)
	props := d.v.Properties()
	if len(rep.Title) > 0 {
		props.Title = rep.Title[0]
	}
	d.metadata(props, "kh", d.date())
	d.newPart(rep.Landscape)
	for _, s := range rep.Title {
		d.centred(s, "B", t.Sizes.Title, d.left(), d.width())
	}
	if rep.Subtitle != "" {
		d.centred(rep.Subtitle, "I", t.Sizes.AppendixRef, d.left(), d.width())
	}
	d.y += single(t.Sizes.Body)
	for _, s := range rep.Intro {
		d.paragraph(s, d.bodyPara(""))
	}
	labels, widths := d.shares(rep.Columns)
	d.grid(labels, widths, reportRows(rep))
	d.y += t.ParaAfter * ptMM
	for _, s := range rep.Closing {
		d.paragraph(s, d.bodyPara(""))
	}
	for _, part := range rep.Parts {
		d.y += single(t.Sizes.Body)
		d.ensure(3 * single(t.Sizes.Body))
		d.centred(part.Heading, "B", t.Sizes.Heading, d.left(), d.width())
		d.y += single(t.Sizes.Body) / 2
		sub := report.Report{Columns: part.Columns, Rows: part.Rows}
		labels, widths := d.shares(part.Columns)
		d.grid(labels, widths, reportRows(sub))
		d.y += t.ParaAfter * ptMM
		for _, s := range part.Closing {
			d.paragraph(s, d.bodyPara(""))
		}
		if part.Chart != nil {
			d.barChart(part.Chart)
		}
	}
	if err := d.f.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return d.output(w)
}

func reportRows(rep report.Report) []row {
	out := make([]row, 0, len(rep.Rows))
	for _, r := range rep.Rows {
		if r.Group {
			out = append(out, row{group: true, cells: []cell{
				{text: r.Cells[0], style: "B", align: alignCenter},
				{text: r.Cells[1], style: "B", align: alignLeft, span: true},
			}})
			continue
		}
		cells := make([]cell, len(r.Cells))
		for i, c := range r.Cells {
			a := alignLeft
			if i < len(rep.Columns) && rep.Columns[i].Center {
				a = alignCenter
			}
			cells[i] = cell{text: c, align: a}
		}
		out = append(out, row{cells: cells})
	}
	return out
}

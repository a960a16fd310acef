package xlsx

import (
	"fmt"
	"sort"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/report"
)

// chart writes c's figures under the sheet's table (category, then a
// column per series, as numbers) and a clustered bar chart of them below.
func (rw *reportWriter) chart(c *report.Chart) {
	// The figures go in the table's widest columns when it has room: the
	// labels in its third column, the values from its fifth.
	label, first := 0, 1
	if len(rw.widths) >= 4+len(c.Series) {
		label, first = 2, 4
	}
	rw.row += 2
	head := rw.row
	rw.cell(label, c.Title, rw.group)
	for j, s := range c.Series {
		rw.cell(first+j, s.Name, rw.head)
	}
	rw.do(rw.f.SetRowHeight(rw.sheet, head, RowHeight(3, 12)))
	for i, cat := range c.Categories {
		rw.row++
		rw.cell(label, cat, rw.text)
		for j, s := range c.Series {
			ref := rw.ref(first+j, rw.row)
			rw.do(rw.f.SetCellValue(rw.sheet, ref, s.Values[i]))
			rw.do(rw.f.SetCellStyle(rw.sheet, ref, ref, rw.center))
		}
	}
	if len(c.Categories) == 0 {
		return
	}
	ch := &excelize.Chart{
		Type:      excelize.Bar,
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.Title}}},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Format:    excelize.GraphicOptions{ScaleX: 1, ScaleY: 1},
		Dimension: excelize.ChartDimension{Width: 900, Height: uint(120 + 28*len(c.Categories)*len(c.Series))},
	}
	q := func(col, row int) string { return fmt.Sprintf("'%s'!%s", rw.sheet, absRef(rw.ref(col, row))) }
	for j := range c.Series {
		ch.Series = append(ch.Series, excelize.ChartSeries{
			Name:       q(first+j, head),
			Categories: q(label, head+1) + ":" + absRef(rw.ref(label, rw.row)),
			Values:     q(first+j, head+1) + ":" + absRef(rw.ref(first+j, rw.row)),
		})
	}
	rw.do(rw.f.AddChart(rw.sheet, rw.ref(0, rw.row+2), ch))
	// AddChart declares the image types from a map, in a random order:
	// sorted, the workbook is byte-identical from run to run.
	if ct := rw.f.ContentTypes; ct != nil {
		sort.SliceStable(ct.Defaults, func(i, j int) bool { return ct.Defaults[i].Extension < ct.Defaults[j].Extension })
	}
}

// absRef is a cell reference with both parts fixed: "B7" → "$B$7".
func absRef(ref string) string {
	col, row, err := excelize.SplitCellName(ref)
	if err != nil {
		return ref
	}
	return fmt.Sprintf("$%s$%d", col, row)
}

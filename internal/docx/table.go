package docx

import "fmt"

func (wr *writer) table(x *xb, t *Table) error {
	if len(t.Grid) == 0 {
		return fmt.Errorf("docx: a table needs column widths")
	}
	total := 0
	for _, w := range t.Grid {
		total += w
	}
	x.open("w:tbl")
	x.open("w:tblPr")
	x.empty("w:tblW", "w:w", itoa(total), "w:type", "dxa")
	if t.Align == AlignCenter || t.Align == AlignRight {
		x.empty("w:jc", "w:val", string(t.Align))
	}
	if t.Indent != 0 {
		x.empty("w:tblInd", "w:w", itoa(t.Indent), "w:type", "dxa")
	}
	borders(x, t.Borders)
	x.empty("w:tblLayout", "w:type", "fixed")
	if m := t.Padding; m != nil {
		x.open("w:tblCellMar")
		x.empty("w:top", "w:w", itoa(m.Top), "w:type", "dxa")
		x.empty("w:left", "w:w", itoa(m.Left), "w:type", "dxa")
		x.empty("w:bottom", "w:w", itoa(m.Bottom), "w:type", "dxa")
		x.empty("w:right", "w:w", itoa(m.Right), "w:type", "dxa")
		x.close("w:tblCellMar")
	}
	x.empty("w:tblLook", "w:val", "0000", "w:firstRow", "0", "w:lastRow", "0", "w:firstColumn", "0", "w:lastColumn", "0", "w:noHBand", "1", "w:noVBand", "1")
	x.close("w:tblPr")
	x.open("w:tblGrid")
	for _, w := range t.Grid {
		x.empty("w:gridCol", "w:w", itoa(w))
	}
	x.close("w:tblGrid")
	for i, r := range t.Rows {
		if err := wr.row(x, t, r, i); err != nil {
			return err
		}
	}
	x.close("w:tbl")
	return nil
}

func borders(x *xb, on bool) {
	val, sz := "nil", ""
	if on {
		val, sz = "single", "4"
	}
	x.open("w:tblBorders")
	for _, side := range []string{"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"} {
		if on {
			x.empty(side, "w:val", val, "w:sz", sz, "w:space", "0", "w:color", "000000")
		} else {
			x.empty(side, "w:val", val)
		}
	}
	x.close("w:tblBorders")
}

func (wr *writer) row(x *xb, t *Table, r *Row, n int) error {
	cols := 0
	for _, c := range r.Cells {
		cols += max(c.Span, 1)
	}
	if cols != len(t.Grid) {
		return fmt.Errorf("docx: table row %d spans %d columns, the grid has %d", n+1, cols, len(t.Grid))
	}
	x.open("w:tr")
	if r.CantSplit || r.Header {
		x.open("w:trPr")
		if r.CantSplit {
			x.empty("w:cantSplit")
		}
		if r.Header {
			x.empty("w:tblHeader")
		}
		x.close("w:trPr")
	}
	start, end := wr.bookmark(r.Bookmark)
	col := 0
	for i, c := range r.Cells {
		span := max(c.Span, 1)
		width := 0
		for _, w := range t.Grid[col : col+span] {
			width += w
		}
		col += span
		pre, post := "", ""
		if i == 0 {
			pre = start
		}
		if i == len(r.Cells)-1 {
			post = end
		}
		if err := wr.cell(x, c, width, pre, post); err != nil {
			return err
		}
	}
	x.close("w:tr")
	return nil
}

func (wr *writer) cell(x *xb, c *Cell, width int, pre, post string) error {
	x.open("w:tc")
	x.open("w:tcPr")
	x.empty("w:tcW", "w:w", itoa(width), "w:type", "dxa")
	if c.Span > 1 {
		x.empty("w:gridSpan", "w:val", itoa(c.Span))
	}
	switch c.Merge {
	case MergeStart:
		x.empty("w:vMerge", "w:val", "restart")
	case MergeContinue:
		x.empty("w:vMerge")
	}
	if c.VAlign != VTop {
		x.empty("w:vAlign", "w:val", string(c.VAlign))
	}
	x.close("w:tcPr")
	blocks := c.Blocks
	// A cell must end with a paragraph (ECMA-376 Part 1, 17.4.66).
	if n := len(blocks); n == 0 || !isParagraph(blocks[n-1]) {
		blocks = append(append([]Block(nil), blocks...), &Paragraph{})
	}
	for i, b := range blocks {
		p, isPara := b.(*Paragraph)
		switch {
		case isPara:
			bpre, bpost := "", ""
			if i == 0 {
				bpre = pre
			}
			if i == len(blocks)-1 {
				bpost = post
			}
			if err := wr.paragraphChecked(x, p, bpre, bpost, ""); err != nil {
				return err
			}
		default:
			if err := wr.block(x, b, ""); err != nil {
				return err
			}
		}
	}
	x.close("w:tc")
	return nil
}

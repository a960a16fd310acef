package xlsx

import (
	"math"
	"time"

	"github.com/xuri/excelize/v2"
)

// sheetWriter writes rows in order to a stream, keeping the first error.
type sheetWriter struct {
	sw  *excelize.StreamWriter
	st  *styles
	t   *table
	row int
	err error
	// height is the sum of the heights of the rows written, in points.
	height float64
}

func (s *sheetWriter) ref(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col+1, row)
	return name
}

func (s *sheetWriter) put(cells []any, ht float64) {
	if s.err == nil {
		s.err = s.sw.SetRow(s.ref(0, s.row), cells, excelize.RowOpts{Height: ht})
	}
	s.row++
	s.height += ht
}

func (s *sheetWriter) merge(c1, r1, c2, r2 int) {
	if s.err == nil && (c1 != c2 || r1 != r2) {
		s.err = s.sw.MergeCell(s.ref(c1, r1), s.ref(c2, r2))
	}
}

// blank is a row of empty cells in style, so merged ranges keep their
// borders on every side.
func (s *sheetWriter) blank(style int) []any {
	cells := make([]any, len(s.t.cols))
	for i := range cells {
		cells[i] = excelize.Cell{StyleID: style}
	}
	return cells
}

func (s *sheetWriter) titles(lines []string) {
	last, w := len(s.t.cols)-1, s.t.totalWidth()
	for i, text := range lines {
		style, size, bold := s.st.title, titleSize, true
		if i == len(lines)-1 {
			style, size, bold = s.st.note, bodySize, false
		}
		cells := s.blank(0)
		cells[0] = excelize.Cell{StyleID: style, Value: text}
		s.merge(0, s.row, last, s.row)
		s.put(cells, height(countLines(text, w, size, bold), size))
	}
	s.put(nil, bodySize)
}

// header writes the column headings: a run of columns sharing a super
// heading gets it merged above their own labels, or over both rows when
// they have none; other labels span all header rows.
func (s *sheetWriter) header(rows int) {
	cols, top := s.t.cols, s.row
	grid := [2][]any{s.blank(s.st.header), s.blank(s.st.header)}
	lines := [2]int{1, 1}
	tall := 1 // lines needed by labels spanning both rows
	for i := 0; i < len(cols); {
		j := i
		for cols[i].super != "" && j+1 < len(cols) && cols[j+1].super == cols[i].super {
			j++
		}
		text, r2 := cols[i].label, rows-1
		if cols[i].super != "" {
			text = cols[i].super
			if cols[i].label != "" {
				r2 = 0
				for k := i; k <= j; k++ {
					grid[1][k] = excelize.Cell{StyleID: s.st.header, Value: cols[k].label}
					lines[1] = max(lines[1], countLines(cols[k].label, cols[k].width, bodySize, true))
				}
			}
		}
		grid[0][i] = excelize.Cell{StyleID: s.st.header, Value: text}
		n := countLines(text, s.t.span(i, j), bodySize, true)
		if r2 == 0 {
			lines[0] = max(lines[0], n)
		} else {
			tall = max(tall, n)
		}
		s.merge(i, top, j, top+r2)
		i = j + 1
	}
	h0, h1 := height(lines[0], bodySize), height(lines[1], bodySize)
	if rows == 1 {
		s.put(grid[0], math.Max(h0, height(tall, bodySize)))
		return
	}
	h1 = math.Max(h1, height(tall, bodySize)-h0)
	s.put(grid[0], h0)
	s.put(grid[1], h1)
}

func (s *sheetWriter) data(rw *row) {
	if rw.group {
		s.group(rw)
		return
	}
	cells := make([]any, len(rw.cells))
	for i, c := range rw.cells {
		cells[i] = s.cell(c, s.t.cols[i])
	}
	s.put(cells, s.t.dataHeight(rw))
}

// group writes a group row: its number, the heading across the row, or
// up to the lead-unit column when the group names its lead.
func (s *sheetWriter) group(rw *row) {
	style := s.st.group
	if rw.depth > 1 {
		style = s.st.subgrp
	}
	last := len(s.t.cols) - 1
	cells := s.blank(style)
	cells[0] = excelize.Cell{StyleID: s.st.groupNum, Value: rw.number}
	if n, ok := plainNumber(rw.number); ok {
		cells[0] = excelize.Cell{StyleID: s.st.groupNum, Value: n}
	}
	cells[1] = excelize.Cell{StyleID: style, Value: rw.heading}
	end := last
	if lead := s.t.col("chu_tri"); rw.lead != "" && lead > 1 {
		end = lead - 1
		cells[lead] = excelize.Cell{StyleID: s.st.groupNum, Value: rw.lead}
	}
	s.merge(1, s.row, end, s.row)
	s.put(cells, height(countLines(rw.heading, s.t.span(1, end), bodySize, true), bodySize))
}

// excelEpoch is day 0 of Excel's 1900 date system (which counts the
// non-existent 29/2/1900, hence the 30th).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

func (s *sheetWriter) cell(c cell, col *column) excelize.Cell {
	switch c.kind {
	case kindPercent:
		style := s.st.percent
		if math.Abs(c.num*100-math.Round(c.num*100)) > 1e-9 {
			style = s.st.percentDec
		}
		return excelize.Cell{StyleID: style, Value: c.num}
	case kindNumber:
		return excelize.Cell{StyleID: s.st.number, Value: c.num}
	case kindInteger:
		return excelize.Cell{StyleID: s.st.center, Value: int(c.num)}
	case kindDate:
		if c.date.IsZero() {
			return excelize.Cell{StyleID: s.st.date}
		}
		return excelize.Cell{StyleID: s.st.date, Value: c.date.Sub(excelEpoch).Hours() / 24}
	}
	style := s.st.text
	if col.align == alignCenter {
		style = s.st.center
	}
	if c.text == "" {
		return excelize.Cell{StyleID: style}
	}
	return excelize.Cell{StyleID: style, Value: c.text}
}

package docimport

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/vntext"
	"github.com/kh-tools/kh/internal/workbook"
)

// ReadWorkbook reads an Excel workbook of appendix tables: each visible
// sheet gives the lines above its table (the "Phụ lục 01" heading, the
// title, the "(Kèm theo …)" line) and its table. A header cell merged over
// several columns makes them one column (kh's workbooks put a target's sign
// and value in two cells under "Mục tiêu 2026").
// It reads a regular file of at most MaxText bytes and opens it within the
// workbook limits.
func ReadWorkbook(path string) (*Source, error) {
	name := filepath.Base(path)
	data, err := readRegular(path)
	if err != nil {
		return nil, err
	}
	x, err := workbook.Open(data, workbook.Default)
	if le := (*workbook.LimitError)(nil); errors.As(err, &le) {
		return nil, msg.ImportWorkbookLimit.Error(name, le.Text)
	}
	if err != nil {
		return nil, msg.ImportNotWorkbook.Error(name)
	}
	defer x.Close()
	return fromWorkbook(path, x)
}

func fromWorkbook(path string, x *excelize.File) (*Source, error) {
	src := &Source{Name: path}
	for _, sh := range x.GetSheetList() {
		if visible, _ := x.GetSheetVisible(sh); !visible {
			continue
		}
		rows, err := x.GetRows(sh)
		if err != nil {
			return nil, err
		}
		merges, _ := x.GetMergeCells(sh)
		h := headerRow(rows)
		if h < 0 {
			continue
		}
		for i := 0; i < h; i++ {
			if line := strings.TrimSpace(strings.Join(rows[i], " ")); line != "" {
				src.Blocks = append(src.Blocks, &Para{Pos: Pos{Line: i + 1, Sheet: sh}, Text: src.clean(line)})
			}
		}
		// A header of two rows ("Cơ quan thực hiện" over "Chủ trì",
		// "Phối hợp") names each column by its lower row, so only the
		// merges of that row join columns.
		last := h
		if h+1 < len(rows) && subHeader(rows[h], rows[h+1]) {
			last = h + 1
		}
		groups := columnGroups(max(len(rows[h]), len(rows[last])), merges, last+1)
		t := &Table{Pos: Pos{Line: h + 1, Sheet: sh}, Header: last - h + 1}
		st := &sheetStyle{x: x, sheet: sh, bold: map[int]bool{}}
		for i, r := range rows[h:] {
			if allEmpty(r) {
				continue
			}
			t.Rows = append(t.Rows, src.joinColumns(r, groups))
			t.Bold = append(t.Bold, st.boldRow(h+i+1, r))
		}
		src.Blocks = append(src.Blocks, t)
	}
	return src, nil
}

// headerRow is the first row naming a number column and another field.
func headerRow(rows [][]string) int {
	for i, r := range rows {
		num, other := false, false
		for _, c := range r {
			switch columnField(c) {
			case colNum:
				num = true
			case "":
			default:
				other = true
			}
		}
		if num && other {
			return i
		}
	}
	return -1
}

// columnGroups lists, for each logical column, the sheet columns it spans
// (a header cell merged over several).
func columnGroups(width int, merges []excelize.MergeCell, row int) [][]int {
	span := map[int]int{}
	for _, m := range merges {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 == nil && err2 == nil && r1 == row && r2 == row {
			span[c1-1] = c2 - c1 + 1
		}
	}
	var out [][]int
	for c := 0; c < width; {
		n := max(span[c], 1)
		var g []int
		for k := c; k < c+n; k++ {
			g = append(g, k)
		}
		out = append(out, g)
		c += n
	}
	return out
}

// joinColumns gives a row's cells by logical column, the parts of a merged
// column joined by a space.
func (*Source) joinColumns(r []string, groups [][]int) []string {
	out := make([]string, len(groups))
	for i, g := range groups {
		var parts []string
		for _, c := range g {
			if c < len(r) {
				if v := strings.TrimSpace(r[c]); v != "" {
					parts = append(parts, v)
				}
			}
		}
		out[i] = vntext.NFC(strings.Join(parts, " "))
	}
	return out
}

// sheetStyle reads the bold of a sheet's cells, a style at a time.
type sheetStyle struct {
	x     *excelize.File
	sheet string
	bold  map[int]bool
}

// boldRow reports whether every filled cell of row n (1-based) is bold.
func (s *sheetStyle) boldRow(n int, r []string) bool {
	filled := false
	for c, v := range r {
		if strings.TrimSpace(v) == "" {
			continue
		}
		filled = true
		name, err := excelize.CoordinatesToCellName(c+1, n)
		if err != nil {
			return false
		}
		id, err := s.x.GetCellStyle(s.sheet, name)
		if err != nil {
			return false
		}
		bold, ok := s.bold[id]
		if !ok {
			st, err := s.x.GetStyle(id)
			bold = err == nil && st != nil && st.Font != nil && st.Font.Bold
			s.bold[id] = bold
		}
		if !bold {
			return false
		}
	}
	return filled
}

func allEmpty(r []string) bool {
	for _, c := range r {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

package docimport

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/vntext"
)

// ReadWorkbook reads an Excel workbook of appendix tables: each visible
// sheet gives the lines above its table (the "Phụ lục 01" heading, the
// title, the "(Kèm theo …)" line) and its table. A header cell merged over
// several columns makes them one column (kh's workbooks put a target's sign
// and value in two cells under "Mục tiêu 2026").
func ReadWorkbook(path string) (*Source, error) {
	x, err := excelize.OpenFile(path)
	if err != nil {
		return nil, err
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
		groups := columnGroups(rows[h], merges, h+1)
		t := &Table{Pos: Pos{Line: h + 1, Sheet: sh}, Header: 1}
		for _, r := range rows[h:] {
			if allEmpty(r) {
				continue
			}
			t.Rows = append(t.Rows, src.joinColumns(r, groups))
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
func columnGroups(header []string, merges []excelize.MergeCell, row int) [][]int {
	span := map[int]int{}
	for _, m := range merges {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 == nil && err2 == nil && r1 == row && r2 == row {
			span[c1-1] = c2 - c1 + 1
		}
	}
	var out [][]int
	for c := 0; c < len(header); {
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

func allEmpty(r []string) bool {
	for _, c := range r {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

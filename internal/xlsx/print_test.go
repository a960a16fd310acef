package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// sheetXML is the XML of the n-th worksheet of a workbook.
func sheetXML(t *testing.T, data []byte, n int) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open("xl/worksheets/sheet" + strconv.Itoa(n) + ".xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var colMin = regexp.MustCompile(`<col min="(\d+)"`)

// TestPrintedSheets: the 2026 workbook's columns are listed in ascending
// order, its plain row numbers are numbers, and no group row ends a
// printed page with its first row on the next.
func TestPrintedSheets(t *testing.T) {
	r, p := loadPlan(t, "../../plans", "na-kh-2026-cds")
	data := build(t, r, p)
	f := open(t, data)
	breaks := 0
	for n, name := range f.GetSheetList() {
		x := sheetXML(t, data, n+1)
		prev := 0
		for _, m := range colMin.FindAllStringSubmatch(x, -1) {
			c, _ := strconv.Atoi(m[1])
			if c <= prev {
				t.Errorf("%s: <col min=%d> after %d", name, c, prev)
			}
			prev = c
		}
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		numbers := 0
		for i, row := range rows {
			if len(row) == 0 || row[0] == "" {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(1, i+1)
			typ, _ := f.GetCellType(name, ref)
			if _, ok := plainNumber(row[0]); ok && i >= headerRow(3) {
				numbers++
				if typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString {
					t.Errorf("%s!%s: TT %q stored as text", name, ref, row[0])
				}
			}
		}
		if numbers == 0 {
			t.Errorf("%s: no numbered rows", name)
		}
		for _, b := range rowBreaks.FindAllStringSubmatch(x, -1) {
			breaks++
			id, _ := strconv.Atoi(b[1])
			// A break after row id: row id+1 starts the page, a group row.
			if first := rows[id]; len(first) < 2 || first[0] == "" || isDataNumber(first[0]) {
				t.Errorf("%s: page break before row %d %q, which is not a group row", name, id+1, first)
			}
		}
	}
	if breaks == 0 {
		t.Error("no page break kept a group row with its first row (PL02 of 2026 has group rows at page feet)")
	}
}

var rowBreaks = regexp.MustCompile(`<brk id="(\d+)"`)

func isDataNumber(s string) bool { _, ok := plainNumber(s); return ok }

// TestPager: a group row that fits at a page's foot while the row after
// it does not moves to the next page with it; elsewhere pages break by
// themselves.
func TestPager(t *testing.T) {
	p := &pager{avail: 100, header: 10, used: 10}
	steps := []struct {
		h     float64
		group bool
		brk   int
	}{
		{40, false, 0}, // row 1: 10 → 50
		{30, false, 0}, // row 2: → 80
		{10, true, 0},  // row 3, a group: → 90
		{20, false, 3}, // row 4 does not fit: break before the group row
		{40, false, 0}, // row 5: 10+10+20 → 40 → 80
		{30, false, 0}, // row 6 breaks by itself
		{10, true, 0},  // row 7: 10+30 → 50
		{10, false, 0}, // row 8 fits under it
	}
	for i, s := range steps {
		if got := p.row(i+1, s.h, s.group); got != s.brk {
			t.Errorf("row %d: break before %d, want %d", i+1, got, s.brk)
		}
	}
}

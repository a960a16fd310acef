package workbook

import (
	"testing"
)

// FuzzOpen: whatever Open accepts, excelize reads within the limits: no
// sheet yields more rows or cells than Limits allow.
func FuzzOpen(f *testing.F) {
	lim := Limits{Unzipped: 1 << 20, Parts: 50, Rows: 200, Cells: 2000}
	f.Add(small(f))
	f.Add(withParts(f, map[string]string{"xl/worksheets/sheet1.xml": sheet(`<row r="3"><c r="C3"><v>1</v></c><c/></row><row/>`)}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := Open(data, lim)
		if err != nil {
			return
		}
		defer x.Close()
		var cells int
		for _, sh := range x.GetSheetList() {
			rows, err := x.GetRows(sh)
			if err != nil {
				continue
			}
			if len(rows) > lim.Rows {
				t.Fatalf("sheet %q: %d rows accepted", sh, len(rows))
			}
			for _, r := range rows {
				cells += len(r)
			}
		}
		if int64(cells) > lim.Cells {
			t.Fatalf("%d cells accepted", cells)
		}
	})
}

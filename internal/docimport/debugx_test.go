package docimport

import (
	"fmt"
	"os"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestDebugXlsx(t *testing.T) {
	f := os.Getenv("XLSX")
	if f == "" {
		t.Skip()
	}
	x, err := excelize.OpenFile(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, sh := range x.GetSheetList() {
		rows, _ := x.GetRows(sh)
		m, _ := x.GetMergeCells(sh)
		fmt.Println("SHEET", sh, len(rows), "merges", len(m))
		for i, r := range rows {
			if i < 8 || i > len(rows)-3 {
				fmt.Printf("  %d %q\n", i+1, r)
			}
		}
		for _, mc := range m[:min(5, len(m))] {
			fmt.Println("  merge", mc.GetStartAxis(), mc.GetEndAxis(), mc.GetCellValue())
		}
	}
}

package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/view"
)

// TestRowNumbers: the TT column holds the numbers the resolved view gives,
// as the PDF and kh show print them: through the appendix, or from 1 in
// each group where the appendix asks (171/KH-UBND Phụ lục 04), as printed
// where the document reproduces its numbers ("1." in Phụ lục 01); a group
// the table prints no row for has none here either.
func TestRowNumbers(t *testing.T) {
	for _, id := range []string{"na-kh-2026-cds", "na-kh-171-2025"} {
		r, p := loadPlan(t, "../../plans", id)
		f := open(t, build(t, r, p))
		for _, a := range view.New(r, p).Appendices() {
			if a.Table == nil {
				continue
			}
			var want []string
			for row := range a.Table.Rows() {
				if !row.NoRow {
					want = append(want, row.Number)
				}
			}
			rows, err := f.GetRows(SheetName(atoi(a.Number)))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, row := range rows[headerRow(len(a.Heading)+1):] {
				if len(row) > 1 && row[1] != "" && !strings.HasPrefix(row[0], a.Table.Columns[0].Label) {
					got = append(got, row[0])
				}
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("%s %s numbers (-want +got):\n%s", id, a.Appendix.ID, d)
			}
		}
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// TestFormColumns: the report forms of 171/KH-UBND keep the headings of
// the published ones: Phụ lục 03 headed "Stt" with no lead column, Phụ lục
// 04 with "Đơn vị được giao chủ trì triển khai" after the task.
func TestFormColumns(t *testing.T) {
	r, p := loadPlan(t, "../../plans", "na-kh-171-2025")
	f := open(t, build(t, r, p))
	tests := []struct {
		appendix string
		want     []string
	}{
		{"pl03", []string{"Stt", "Nội dung công việc", "Kết quả thực hiện từ tháng 8 năm 2022 đến tháng 8 năm 2025 (ước tính)"}},
		{"pl04", []string{"TT", "Tên nhiệm vụ, dự án", "Đơn vị được giao chủ trì triển khai", "Kết quả thực hiện từ tháng 8 năm 2022 đến tháng 8 năm 2025 (ước tính)"}},
	}
	for _, tt := range tests {
		_, n := p.Appendix(tt.appendix)
		rows, err := f.GetRows(SheetName(n))
		if err != nil {
			t.Fatal(err)
		}
		header := rows[headerRow(2)-1]
		if d := cmp.Diff(tt.want, header[:len(tt.want)]); d != "" {
			t.Errorf("%s header (-want +got):\n%s", tt.appendix, d)
		}
	}
}

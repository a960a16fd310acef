package docimport

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/plan"
)

// sheetRows writes rows into a new workbook's first sheet: a cell "**x**"
// is bold, "A4:A5" entries of merges are merged.
func sheetRows(t *testing.T, rows [][]string, merges ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "phu-luc.xlsx")
	if err := os.WriteFile(path, sheetBytes(rows, merges...), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// sheetBytes is the workbook sheetRows writes.
func sheetBytes(rows [][]string, merges ...string) []byte {
	x := excelize.NewFile()
	bold, _ := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	for r, row := range rows {
		for c, v := range row {
			name, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if strings.HasPrefix(v, "**") {
				v = strings.Trim(v, "*")
				x.SetCellStyle("Sheet1", name, name, bold)
			}
			if v != "" {
				x.SetCellValue("Sheet1", name, v)
			}
		}
	}
	for _, m := range merges {
		from, to, _ := strings.Cut(m, ":")
		x.MergeCell("Sheet1", from, to)
	}
	b, err := x.WriteToBuffer()
	if err != nil {
		panic(err)
	}
	return b.Bytes()
}

// boldCell is a Word table cell in bold.
func boldCell(text string) string {
	return `<w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p></w:tc>`
}

// spanCell is a Word header cell spanning n columns.
func spanCell(text string, n int) string {
	return fmt.Sprintf(`<w:tc><w:tcPr><w:gridSpan w:val="%d"/></w:tcPr>%s</w:tc>`, n, wp(wr(text)))
}

// vCell is a Word header cell merged down over the next row (restart), or
// its continuation ("").
func vCell(text string) string {
	if text == "" {
		return `<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>`
	}
	return `<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>` + wp(wr(text)) + `</w:tc>`
}

var layoutTitle = [][]string{{"Phụ lục 01"}, {"DANH MỤC NHIỆM VỤ NĂM 2026"}, {"(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2026 của UBND tỉnh)"}}

// twoRowHeaderRows is a task table as a province types it in Excel: the
// title block, a header of two rows, the column-number row, bold group
// rows.
func twoRowHeaderRows() [][]string {
	return append(append([][]string{}, layoutTitle...),
		[]string{"STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian", "Ghi chú"},
		[]string{"", "", "Chủ trì", "Phối hợp", "Hoàn thành", ""},
		[]string{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)"},
		[]string{"", "**Hạ tầng số**", "**Sở KH&CN**"},
		[]string{"1", "Nâng cấp mạng truyền số liệu chuyên dùng", "Sở Khoa học và Công nghệ", "- Sở Tài chính;\n- Sở Nội vụ", "Quý II/2026"},
		[]string{"2", "Phủ sóng thôn bản", "Sở KH&CN", "", "Tháng 6-9/2026"},
		[]string{"", "**Dữ liệu số**"},
		[]string{"3", "Xây dựng kho dữ liệu", "Sở Tài chính", "", "31/12/2026", "Vốn ngân sách tỉnh"},
	)
}

// twoRowMerges are its header's merged cells.
var twoRowMerges = []string{"A4:A5", "B4:B5", "C4:D4", "F4:F5"}

// TestTableLayouts imports the tables provinces make by hand: a header of
// two rows (merged cells over sub-labels), a row numbering the columns,
// group rows in bold without a number (one with its lead agency beside
// it), from a workbook and from Word.
func TestTableLayouts(t *testing.T) {
	twoRowHeader := twoRowHeaderRows()
	wantTwoRow := []string{
		"labels chu_tri=Chủ trì ghi_chu=Ghi chú noi_dung=Nội dung nhiệm vụ phoi_hop=Phối hợp thoi_han=Thời gian hoàn thành tt=STT",
		"# Hạ tầng số [so-khcn]",
		"Nâng cấp mạng truyền số liệu chuyên dùng | so-khcn | so-tai-chinh,so-noi-vu | Quý II/2026 | ",
		"Phủ sóng thôn bản | so-khcn |  | Tháng 6–9/2026 | ",
		"# Dữ liệu số []",
		"Xây dựng kho dữ liệu | so-tai-chinh |  | Ngày 31/12/2026 | Vốn ngân sách tỉnh",
	}
	wordTable := `<w:tbl>` +
		wrow(vCell("STT"), vCell("Nội dung nhiệm vụ"), spanCell("Cơ quan thực hiện", 2), vCell("Thời gian"), vCell("Ghi chú")) +
		wrow(vCell(""), vCell(""), wcell(wr("Chủ trì")), wcell(wr("Phối hợp")), wcell(wr("Hoàn thành")), vCell("")) +
		wrow(wcell(wr("(1)")), wcell(wr("(2)")), wcell(wr("(3)")), wcell(wr("(4)")), wcell(wr("(5)")), wcell(wr("(6)"))) +
		wrow(wcell(), boldCell("Hạ tầng số"), boldCell("Sở KH&amp;CN"), wcell(), wcell(), wcell()) +
		wrow(wcell(wr("1")), wcell(wr("Nâng cấp mạng truyền số liệu chuyên dùng")), wcell(wr("Sở Khoa học và Công nghệ")), wcell(wr("- Sở Tài chính;"), wr("- Sở Nội vụ")), wcell(wr("Quý II/2026")), wcell()) +
		wrow(wcell(wr("2")), wcell(wr("Phủ sóng thôn bản")), wcell(wr("Sở KH&CN")), wcell(), wcell(wr("Tháng 6-9/2026")), wcell()) +
		wrow(wcell(), boldCell("Dữ liệu số"), wcell(), wcell(), wcell(), wcell()) +
		wrow(wcell(wr("3")), wcell(wr("Xây dựng kho dữ liệu")), wcell(wr("Sở Tài chính")), wcell(), wcell(wr("31/12/2026")), wcell(wr("Vốn ngân sách tỉnh"))) +
		`</w:tbl>`
	wordBody := wp(wr("Phụ lục 01")) + wp(wr("DANH MỤC NHIỆM VỤ NĂM 2026")) + wp(wr("(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2026 của UBND tỉnh)")) + wordTable
	for _, tt := range []struct {
		name string
		file func(t *testing.T) string
		want []string
	}{
		{"workbook, two-row header", func(t *testing.T) string {
			return sheetRows(t, twoRowHeader, twoRowMerges...)
		}, wantTwoRow},
		{"word, two-row header", func(t *testing.T) string { return wordDoc(t, wordBody, "") }, wantTwoRow},
		{"workbook, a header cell over two cells of one value", func(t *testing.T) string {
			return sheetRows(t, append(append([][]string{}, layoutTitle...),
				[]string{"TT", "Chỉ tiêu", "Mục tiêu 2026", "", "Đơn vị chủ trì"},
				[]string{"I", "Hạ tầng số"},
				[]string{"1", "Tỷ lệ thôn bản có sóng 4G", "≥", "98%", "Sở KH&CN"},
			), "C4:D4")
		}, []string{
			"labels chu_tri=Đơn vị chủ trì muc_tieu=Mục tiêu 2026 noi_dung=Chỉ tiêu",
			"# Hạ tầng số []",
			"Tỷ lệ thôn bản có sóng 4G | ≥ 98% | so-khcn",
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src, err := ReadFile(tt.file(t))
			if err != nil {
				t.Fatal(err)
			}
			repo := loadPlans(t)
			r, err := BuildAppendices(DetectAppendices(src), repo, repo.Plan("na-kh-171-2025"))
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Appendices) != 1 {
				t.Fatalf("%d appendices, want 1", len(r.Appendices))
			}
			if diff := cmp.Diff(tt.want, layoutRows(r.Appendices[0])); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}

// layoutRows is an appendix as its column labels, then its groups and rows.
func layoutRows(a *plan.Appendix) []string {
	var labels []string
	for k, v := range a.Labels {
		labels = append(labels, k+"="+v)
	}
	slices.Sort(labels)
	out := []string{"labels " + strings.Join(labels, " ")}
	var walk func([]*plan.Group)
	walk = func(gs []*plan.Group) {
		for _, g := range gs {
			if g.Heading != "" {
				out = append(out, "# "+g.Heading+" ["+strings.Join(g.Lead, ",")+"]")
			}
			for _, t := range g.Tasks {
				out = append(out, strings.Join([]string{t.Text, strings.Join(t.Lead, ","), strings.Join(t.Cooperate, ","), t.Deadline, t.Note}, " | "))
			}
			for _, i := range g.Indicators {
				out = append(out, strings.Join([]string{i.Text, i.Target, strings.Join(i.Lead, ",")}, " | "))
			}
			walk(g.Groups)
		}
	}
	walk(a.Groups)
	return out
}

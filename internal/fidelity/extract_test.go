package fidelity

import (
	"bytes"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationserifregular"
	"github.com/google/go-cmp/cmp"
)

// samplePDF draws what the extraction must undo: a page number, a
// two-column header, a table whose header row repeats on the next page and
// whose last row is split by the page break, and a two-column end block.
func samplePDF(t *testing.T) []byte {
	t.Helper()
	f := fpdf.New("P", "mm", "A4", "")
	f.AddUTF8FontFromBytes("serif", "", liberationserifregular.TTF)
	f.SetFont("serif", "", 12)
	f.SetAutoPageBreak(false, 0)
	text := func(x, y float64, s string) { f.Text(x, y, s) }
	cell := func(x, y, w, h float64, lines ...string) {
		f.Rect(x, y, w, h, "D")
		for i, l := range lines {
			text(x+1.5, y+5+float64(i)*5, l)
		}
	}
	header := func(y float64) {
		cell(30, y, 15, 8, "TT")
		cell(45, y, 100, 8, "Nhiệm vụ")
	}
	f.AddPage()
	text(40, 20, "ỦY BAN NHÂN DÂN")
	text(110, 20.2, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
	text(45, 26, "TỈNH NGHỆ AN")
	text(120, 26, "Độc lập - Tự do - Hạnh phúc")
	text(95, 45, "KẾ HOẠCH")
	text(30, 55, "Đoạn")
	text(42, 55, "văn")
	text(52, 55, "thân")
	header(70)
	cell(30, 78, 15, 8, "1")
	cell(45, 78, 100, 8, "Kiện toàn bộ máy")
	cell(30, 86, 15, 13, "2")
	cell(45, 86, 100, 13, "Bố trí cán bộ", "có đủ năng lực")
	f.AddPage()
	text(104, 12, "2")
	header(20)
	cell(30, 28, 15, 8, "")
	cell(45, 28, 100, 8, "và trình độ")
	cell(30, 36, 15, 8, "3")
	cell(45, 36, 100, 8, "Ban hành quy chế")
	text(30, 60, "Nơi nhận:")
	text(120, 60, "TM. ỦY BAN NHÂN DÂN")
	text(30, 65, "- Như trên;")
	text(125, 66, "CHỦ TỊCH")
	text(30, 70, "- Lưu: VT.")
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestFromPDF(t *testing.T) {
	got, err := FromPDF(samplePDF(t))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, b := range got.Blocks {
		if b.Cells != nil {
			s := "|"
			for _, c := range b.Cells {
				s += " " + c + " |"
			}
			lines = append(lines, s)
			continue
		}
		lines = append(lines, b.Text)
	}
	want := []string{
		"ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
		"KẾ HOẠCH", "Đoạn văn thân",
		"| TT | Nhiệm vụ |", "| 1 | Kiện toàn bộ máy |", "| 2 | Bố trí cán bộ có đủ năng lực và trình độ |", "| 3 | Ban hành quy chế |",
		"Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
	}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("extracted text (-want +got):\n%s", diff)
	}
	if _, err := FromPDF([]byte("%PDF-1.4 not a pdf")); err == nil {
		t.Error("FromPDF of garbage: no error")
	}
}

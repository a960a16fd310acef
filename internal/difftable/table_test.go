package difftable_test

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/difftable"
	"github.com/kh-tools/kh/internal/docxread"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/pdf/pdftext"
)

// sample is a table with the cases the writers must set: marks inside
// words and across spaces, line breaks, a heading row, and a cell longer
// than a page.
func sample() *difftable.Table {
	long := strings.Repeat("Tổ chức rà soát kế hoạch, dự án chuyển đổi số các đơn vị, yêu cầu đồng bộ, không trùng lặp nhiệm vụ. ", 60)
	cols := []difftable.Column{
		{Key: difftable.ColNumber, Label: "TT", Share: 0.05, Center: true},
		{Key: difftable.ColOld, Label: "Nội dung bản cũ", Share: 0.4},
		{Key: difftable.ColNew, Label: "Nội dung bản mới", Share: 0.4},
		{Key: difftable.ColChange, Label: "Nội dung thay đổi", Share: 0.15},
	}
	row := func(n string, old, new difftable.Cell, change string) difftable.Row {
		return difftable.Row{Cells: []difftable.Cell{{{Text: n}}, old, new, {{Text: change}}}}
	}
	return &difftable.Table{
		Plan: "kh-mau", Title: "BẢNG SO SÁNH", Subject: "Kế hoạch Chuyển đổi số", Sides: "(Dự thảo lần 2 so với dự thảo lần 1)",
		Summary: "2 khác biệt.", Columns: cols, Date: time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC),
		Rows: []difftable.Row{
			{Heading: "Nhiệm vụ"},
			row("1",
				difftable.Cell{{Text: "Bố trí "}, {Text: "tối thiểu một", Mark: difftable.Deleted}, {Text: " cán bộ"}},
				difftable.Cell{{Text: "Bố trí "}, {Text: "ít nhất hai", Mark: difftable.Inserted}, {Text: " cán bộ, trình độ"}, {Text: " chuyên môn", Mark: difftable.Inserted}, {Text: "\nGhi chú: mới"}},
				"Sửa nội dung"),
			row("2", difftable.Cell{{Text: long, Mark: difftable.Deleted}}, nil, "Bỏ"),
		},
	}
}

func template(t *testing.T) *layout.Template {
	t.Helper()
	tmpl, err := layout.Default(layout.StateName)
	if err != nil {
		t.Fatal(err)
	}
	return tmpl
}

// write renders the sample twice in a format and checks the bytes agree.
func write(t *testing.T, fill func(io.Writer) error) []byte {
	t.Helper()
	var a, b bytes.Buffer
	if err := fill(&a); err != nil {
		t.Fatal(err)
	}
	if err := fill(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two writes of one table differ")
	}
	return a.Bytes()
}

func TestXLSX(t *testing.T) {
	data := write(t, func(w io.Writer) error { return difftable.WriteXLSX(w, sample()) })
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	sheet := msg.TableSheet.In(msg.VI)
	if v, _ := f.GetCellValue(sheet, "A1"); v != "BẢNG SO SÁNH" {
		t.Errorf("A1 = %q", v)
	}
	runs, err := f.GetCellRichText(sheet, "C8")
	if err != nil {
		t.Fatal(err)
	}
	if got := marked(runs); got != "Bố trí {+ít nhất hai+} cán bộ, trình độ{+ chuyên môn+}\nGhi chú: mới" {
		t.Errorf("C8 rich text %q", got)
	}
	if v, _ := f.GetCellValue(sheet, "D8"); v != "Sửa nội dung" {
		t.Errorf("D8 = %q", v)
	}
	if v, _ := f.GetCellValue(sheet, "A7"); v != "Nhiệm vụ" {
		t.Errorf("heading row: A7 = %q", v)
	}
	titles := f.GetDefinedName()
	found := false
	for _, d := range titles {
		found = found || (d.Name == "_xlnm.Print_Titles" && strings.HasSuffix(d.RefersTo, "!$6:$6"))
	}
	if !found {
		t.Errorf("no repeated header row: %+v", titles)
	}
	if l, _ := f.GetPageLayout(sheet); l.Orientation == nil || *l.Orientation != "landscape" {
		t.Error("not landscape")
	}
}

// marked renders rich text runs with git's markers.
func marked(runs []excelize.RichTextRun) string {
	var b strings.Builder
	for _, r := range runs {
		switch {
		case r.Font != nil && r.Font.Strike:
			b.WriteString("[-" + r.Text + "-]")
		case r.Font != nil && r.Font.Underline != "":
			b.WriteString("{+" + r.Text + "+}")
		default:
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

func TestPDF(t *testing.T) {
	tmpl := template(t)
	data := write(t, func(w io.Writer) error { return difftable.WritePDF(w, sample(), tmpl) })
	pages, err := pdftext.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 2 {
		t.Fatalf("%d pages: the long row should run over", len(pages))
	}
	for i, p := range pages {
		if !p.Landscape() {
			t.Errorf("page %d is not landscape", i+1)
		}
		// The header row is repeated on every page.
		if !strings.Contains(p.Text(), "Nội dung bản cũ") {
			t.Errorf("page %d has no header row", i+1)
		}
	}
	first := pages[0].Text()
	for _, want := range []string{"BẢNG SO SÁNH", "Bố trí tối thiểu một cán bộ", "Bố trí ít nhất hai cán bộ, trình độ chuyên môn", "Ghi chú: mới", "Nhiệm vụ"} {
		if !strings.Contains(first, want) {
			t.Errorf("page 1 lacks %q:\n%s", want, first)
		}
	}
	if !strings.Contains(pages[1].Text(), "2") {
		t.Error("page 2 has no page number")
	}
	// Deleted words are red and struck, inserted ones blue and underlined.
	ops := contentOps(t, data)
	for _, want := range []string{"0.753 0.000 0.000 rg", "0.122 0.306 0.475 rg"} {
		if !strings.Contains(ops, want) {
			t.Errorf("no text coloured %s", want)
		}
	}
}

// contentOps inflates the PDF's streams, for the operators they hold.
func contentOps(t *testing.T, data []byte) string {
	t.Helper()
	var b strings.Builder
	for _, m := range regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`).FindAllSubmatch(data, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		out, _ := io.ReadAll(r)
		b.Write(out)
	}
	return b.String()
}

func TestDOCX(t *testing.T) {
	tmpl := template(t)
	data := write(t, func(w io.Writer) error { return difftable.WriteDOCX(w, sample(), tmpl) })
	f, err := docxread.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Sections) != 1 || !f.Sections[0].Landscape {
		t.Errorf("sections %+v", f.Sections)
	}
	var tb *docxread.Table
	for _, b := range f.Blocks {
		if x, ok := b.(*docxread.Table); ok {
			tb = x
		}
	}
	if tb == nil || len(tb.Rows) != 4 || !tb.Rows[0].Header || tb.Rows[1].Cells[0].Span != 4 {
		t.Fatalf("table %+v", tb)
	}
	var got []string
	for _, p := range tb.Rows[2].Cells[2].Paras() {
		var b strings.Builder
		for _, r := range p.Runs {
			switch {
			case r.Strike:
				b.WriteString("[-" + r.Text + "-]")
			case r.Underline:
				b.WriteString("{+" + r.Text + "+}")
			default:
				b.WriteString(r.Text)
			}
		}
		got = append(got, b.String())
	}
	if want := "Bố trí {+ít nhất hai+} cán bộ, trình độ{+ chuyên môn+}|Ghi chú: mới"; strings.Join(got, "|") != want {
		t.Errorf("new text %q", strings.Join(got, "|"))
	}
	if old := tb.Rows[2].Cells[1].Paras()[0]; !old.Runs[1].Strike || old.Runs[1].Text != "tối thiểu một" {
		t.Errorf("old text runs %+v", old.Runs)
	}
}

package workbook

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/msg"
)

// small is a workbook as excelize writes it, with one value.
func small(t testing.TB) []byte {
	t.Helper()
	x := excelize.NewFile()
	if err := x.SetCellStr("Sheet1", "B3", "Sở Tài chính"); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := x.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// withParts returns a zip of the given parts.
func withParts(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for name, body := range parts {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func sheet(rows string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + rows + `</sheetData></worksheet>`
}

func repeat(n int, f func(i int) string) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString(f(i))
	}
	return b.String()
}

func TestOpenReadsAWorkbook(t *testing.T) {
	x, err := Open(small(t), Default)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if v, _ := x.GetCellValue("Sheet1", "B3"); v != "Sở Tài chính" {
		t.Errorf("B3 = %q", v)
	}
}

// TestLimits: each hostile shape is refused by the limit it breaks, before
// excelize builds anything from it.
func TestLimits(t *testing.T) {
	lim := Limits{Unzipped: 1 << 20, Parts: 20, Rows: 1000, Cells: 5000}
	cases := []struct {
		name  string
		data  []byte
		limit *msg.Message
	}{
		{"a cell in the last column of every row", withParts(t, map[string]string{"xl/worksheets/sheet1.xml": sheet(repeat(10, func(i int) string {
			return fmt.Sprintf(`<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, i, i)
		}))}), msg.WorkbookCells},
		{"many narrow rows", withParts(t, map[string]string{"xl/worksheets/sheet1.xml": sheet(repeat(900, func(i int) string {
			return `<row><c/><c/><c/><c/><c/><c/></row>`
		}))}), msg.WorkbookCells},
		{"cells over two sheets", withParts(t, map[string]string{
			"xl/worksheets/sheet1.xml": sheet(`<row r="1"><c r="CV1"/></row>`),
			"xl/worksheets/sheet2.xml": sheet(repeat(50, func(i int) string { return fmt.Sprintf(`<row r="%d"><c r="CV%d"/></row>`, i, i) })),
		}), msg.WorkbookCells},
		{"a row numbered past the limit", withParts(t, map[string]string{"xl/worksheets/sheet1.xml": sheet(`<row r="1048576"><c r="A1048576"/></row>`)}), msg.WorkbookRows},
		{"a cell naming a far row", withParts(t, map[string]string{"xl/worksheets/sheet1.xml": sheet(`<row r="1"><c r="A5000"/></row>`)}), msg.WorkbookRows},
		{"rows without numbers", withParts(t, map[string]string{"xl/worksheets/sheet1.xml": sheet(strings.Repeat("<row/>", 1001))}), msg.WorkbookRows},
		{"a sheet under another name", withParts(t, map[string]string{"xl/x.bin": sheet(`<row r="2000"/>`)}), msg.WorkbookRows},
		{"a prefixed namespace", withParts(t, map[string]string{"xl/worksheets/sheet1.xml": `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="9999"/></x:sheetData></x:worksheet>`}), msg.WorkbookRows},
		{"a sheet in another encoding", withParts(t, map[string]string{"xl/worksheets/sheet1.xml": strings.Replace(sheet(""), "UTF-8", "ISO-8859-1", 1)}), msg.WorkbookCharset},
		{"parts inflating past the limit", withParts(t, map[string]string{"xl/sharedStrings.xml": strings.Repeat("<si><t>a</t></si>", 1<<17)}), msg.WorkbookUnzipped},
		{"too many parts", withParts(t, func() map[string]string {
			m := map[string]string{}
			for i := range 21 {
				m[fmt.Sprintf("p%d.xml", i)] = "<a/>"
			}
			return m
		}()), msg.WorkbookParts},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Open(c.data, lim)
			var le *LimitError
			if !errors.As(err, &le) || le.Msg != c.limit {
				t.Errorf("err = %v, want %q", err, c.limit.ID)
			}
		})
	}
}

func TestNotAWorkbook(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("PK\x03\x04"), []byte("Kế hoạch"), withParts(t, map[string]string{"a.txt": "x"})} {
		if _, err := Open(data, Default); !errors.Is(err, ErrNotWorkbook) {
			t.Errorf("%q: err = %v, want ErrNotWorkbook", data[:min(len(data), 8)], err)
		}
	}
}

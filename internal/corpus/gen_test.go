package corpus

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/cli"
)

// generatedCases are inputs built by code: too large, too deep or too
// binary to keep as text in testdata/bad.
func generatedCases() []Case {
	cases := append(formCases(), zipCases()...)
	return append(cases, []Case{
		gen("gen/deep-nesting", "A list nested 20,000 deep in an appendix.", "exit: 1\ndiag: plans/tinh-mau/kh-mau/pl01-nhiem-vu.yaml:3:1 KH001",
			func(t *testing.T, wd string) {
				writeTo(t, wd, "plans/tinh-mau/kh-mau/pl01-nhiem-vu.yaml", "id: pl\nloai: nhiem_vu\nnhom: "+strings.Repeat("[", 20000)+strings.Repeat("]", 20000)+"\n")
			}),
		gen("gen/plan-over-32mib", "A plan file of 33 MiB: a finding, never read into memory whole.", "exit: 1\ndiag: plans/tinh-mau/kh-mau/ke-hoach.yaml KH018",
			func(t *testing.T, wd string) {
				writeTo(t, wd, "plans/tinh-mau/kh-mau/ke-hoach.yaml", "id: kh-mau-2026\n"+strings.Repeat("# "+strings.Repeat("x", 1022)+"\n", 33<<10))
			}),
		gen("gen/long-word-build", "A task whose text is one 1 MB word with no break point: kh build once ran past 60 s breaking it into lines. The text is over an Excel cell (KH029), so only --force builds.",
			"args: build --force plans\nexit: 0\nwrites: out\ndiag: plans/tinh-mau/kh-mau/pl01-nhiem-vu.yaml:14:19 KH029",
			func(t *testing.T, wd string) {
				path := "plans/tinh-mau/kh-mau/pl01-nhiem-vu.yaml"
				data, err := os.ReadFile(filepath.Join(wd, path))
				must(t, err)
				long := strings.Repeat("Chuyểnđổisố", 1<<20/len("Chuyểnđổisố"))
				writeTo(t, wd, path, strings.Replace(string(data), "Kiểm tra việc thực hiện nhiệm vụ chuyển đổi số", long, 1))
			}),
	}...)
}

// gen builds a generated case from its header, written as a case file's.
func gen(name, desc, header string, build func(t *testing.T, wd string)) Case {
	c := Case{Name: name, Gen: build}
	if err := c.parseHeader(desc + "\n" + header); err != nil {
		panic(name + ": " + err.Error())
	}
	return c
}

func writeTo(t *testing.T, wd, name, content string) {
	t.Helper()
	p := filepath.Join(wd, filepath.FromSlash(name))
	must(t, os.MkdirAll(filepath.Dir(p), 0o755))
	must(t, os.WriteFile(p, []byte(content), 0o644))
}

// form paths of the base repository's so-khcn form, as kh forms writes it.
const (
	formQ1 = "out/forms/kh-mau-2026/2026-Q1/so-khcn.xlsx"
	formQ4 = "out/forms/kh-mau-2026/2025-Q4/so-khcn.xlsx"
)

// makeForm runs kh forms in wd for period and applies edit to the so-khcn
// form, as an agency (or an attacker) would in a spreadsheet program.
func makeForm(t *testing.T, wd, period string, edit func(t *testing.T, x *excelize.File)) {
	t.Helper()
	var out bytes.Buffer
	s := &cli.IO{In: strings.NewReader(""), Out: &out, Err: &out, Now: time.Now, Getwd: func() (string, error) { return wd, nil }}
	if code := cli.Main(s, []string{"forms", "plans/tinh-mau/kh-mau", "--period", period}); code != 0 {
		t.Fatalf("kh forms: %d\n%s", code, out.String())
	}
	path := filepath.Join(wd, "out", "forms", "kh-mau-2026", period, "so-khcn.xlsx")
	x, err := excelize.OpenFile(path)
	must(t, err)
	defer x.Close()
	edit(t, x)
	must(t, x.Save())
}

func setCell(t *testing.T, x *excelize.File, sheet, ref string, v any) {
	t.Helper()
	must(t, x.SetCellValue(sheet, ref, v))
}

// answer fills the form's one row: status, completion date, result,
// difficulty.
func answer(status string, date any, result, difficulty string) func(t *testing.T, x *excelize.File) {
	return func(t *testing.T, x *excelize.File) {
		for ref, v := range map[string]any{"E7": status, "F7": date, "G7": result, "H7": difficulty} {
			if v != "" && v != nil {
				setCell(t, x, "Báo cáo", ref, v)
			}
		}
	}
}

// formCase is an import of the so-khcn form made for period and edited.
func formCase(name, desc, period, header string, edit func(t *testing.T, x *excelize.File)) Case {
	form := formQ1
	if period == "2025-Q4" {
		form = formQ4
	}
	return gen(name, desc, "args: import "+form+"\n"+header, func(t *testing.T, wd string) { makeForm(t, wd, period, edit) })
}

// junkForm is an import of a file that is not a form at all.
func junkForm(name, desc, header string, build func(t *testing.T, path string)) Case {
	return gen(name, desc, "args: import inbox/so-khcn.xlsx\n"+header, func(t *testing.T, wd string) {
		path := filepath.Join(wd, "inbox", "so-khcn.xlsx")
		must(t, os.MkdirAll(filepath.Dir(path), 0o755))
		build(t, path)
	})
}

// formCases are hostile and impossible report forms for kh import.
func formCases() []Case {
	records := "writes: plans/tinh-mau/kh-mau/tien-do"
	edited := func(sheet, ref string, v any) func(t *testing.T, x *excelize.File) {
		return func(t *testing.T, x *excelize.File) { setCell(t, x, sheet, ref, v) }
	}
	return []Case{
		formCase("gen/form-ok", "A form filled as it should be imports.", "2026-Q1", "exit: 0\n"+records, answer("Hoàn thành", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), "Đã kiểm tra 12 sở", "")),
		formCase("gen/form-edited-deadline", "The locked deadline cell edited: once imported with exit 0.", "2026-Q1", "exit: 1\nstderr: D7", edited("Báo cáo", "D7", "Quý IV/2027")),
		formCase("gen/form-edited-title", "The locked title naming the reporting agency edited.", "2026-Q1", "exit: 1\nstderr: A3", edited("Báo cáo", "A3", "Đơn vị báo cáo: Sở Tài chính")),
		formCase("gen/form-edited-header", "A locked column heading edited.", "2026-Q1", "exit: 1\nstderr: F6", edited("Báo cáo", "F6", "Ngày")),
		formCase("gen/form-edited-text", "The task text edited.", "2026-Q1", "exit: 1\nstderr: khác với kế hoạch", edited("Báo cáo", "C7", "Kiểm tra qua loa")),
		formCase("gen/form-serial-1e308", "A completion date serial of 1e308 once became 30/12/1899.", "2026-Q1", "exit: 1\nstderr: không đọc được", answer("Hoàn thành", 1e308, "", "")),
		formCase("gen/form-serial-negative", "A negative date serial.", "2026-Q1", "exit: 1\nstderr: không đọc được", answer("Hoàn thành", -1.0, "", "")),
		formCase("gen/form-date-31-02", "The typed date 31/02/2026.", "2026-Q1", "exit: 1\nstderr: không đọc được", answer("Hoàn thành", "31/02/2026", "", "")),
		formCase("gen/form-date-year-1", "The typed date 01/01/0001.", "2026-Q1", "exit: 1\nstderr: không đọc được", answer("Hoàn thành", "01/01/0001", "", "")),
		formCase("gen/form-date-future", "A completion date after today (the injected clock: 15/3/2026).", "2026-Q1", "exit: 1\nstderr: sau hôm nay", answer("Hoàn thành", "20/03/2026", "Đã xong", "")),
		formCase("gen/form-date-after-period", "Done after the period (Quý IV/2025) with no reason given.", "2025-Q4", "exit: 1\nstderr: sau kỳ báo cáo", answer("Hoàn thành", "10/01/2026", "Đã xong", "")),
		formCase("gen/form-date-after-period-reason", "Done after the period, the reason given in the cause column: imported.", "2025-Q4", "exit: 0\n"+records, answer("Hoàn thành", "10/01/2026", "Đã xong", "Chờ kinh phí đến tháng 1")),
		formCase("gen/form-date-not-done", "A completion date with a status other than done.", "2026-Q1", "exit: 1\nstderr: không phải Hoàn thành", answer("Đang thực hiện", "10/03/2026", "", "")),
		formCase("gen/form-status-bad", "A status outside the drop-down.", "2026-Q1", "exit: 1\nstderr: tình trạng", answer("Xong rồi", nil, "", "")),
		formCase("gen/form-formula", "A result typed as a formula: stored as text, flagged.", "2026-Q1", "exit: 0\nstderr: công thức\n"+records,
			func(t *testing.T, x *excelize.File) {
				setCell(t, x, "Báo cáo", "E7", "Đang thực hiện")
				must(t, x.SetCellFormula("Báo cáo", "G7", `HYPERLINK("http://x.invalid","bấm")`))
			}),
		formCase("gen/form-dde", "A DDE payload as a result: stored as text, flagged.", "2026-Q1", "exit: 0\nstderr: công thức\n"+records, answer("Đang thực hiện", nil, `=cmd|' /C calc'!A0`, "")),
		formCase("gen/form-at", "A result starting with @.", "2026-Q1", "exit: 0\nstderr: công thức\n"+records, answer("Đang thực hiện", nil, "@SUM(A1:A9)", "")),
		formCase("gen/form-old-format", "A form of the old layout, whose checksum left deadlines out.", "2026-Q1", "exit: 1\nstderr: định dạng cũ", edited("kh", "B1", "kh-bieu-mau/1")),
		formCase("gen/form-meta-gone", "The hidden identification deleted.", "2026-Q1", "exit: 1\nstderr: không phải biểu mẫu do kh tạo",
			func(t *testing.T, x *excelize.File) { must(t, x.DeleteSheet("kh")) }),
		formCase("gen/form-meta-agency-swapped", "The hidden agency swapped for another.", "2026-Q1", "exit: 1\nstderr: không chủ trì", edited("kh", "B4", "so-noi-vu")),
		formCase("gen/form-meta-agency-path", "The hidden agency is a path trick.", "2026-Q1", "exit: 1\nstderr: không có trong danh mục", edited("kh", "B4", "../../../../pwn")),
		formCase("gen/form-meta-period-path", "The hidden period is a path trick.", "2026-Q1", "exit: 1\nstderr: không hợp lệ", edited("kh", "B3", "../../x")),
		formCase("gen/form-meta-plan-unknown", "The hidden plan id names no plan.", "2026-Q1", "exit: 1\nstderr: không có trong kho", edited("kh", "B2", "../x")),
		formCase("gen/form-extra-row", "A task row added under the listed ones.", "2026-Q1", "exit: 1\nstderr: không có trong kế hoạch",
			func(t *testing.T, x *excelize.File) {
				must(t, x.SetSheetRow("Báo cáo", "A8", &[]any{2, "nv-them", "Nhiệm vụ thêm"}))
			}),
		formCase("gen/form-too-many-rows", "Ten thousand and one task rows.", "2026-Q1", "exit: 1\nstderr: 10000",
			func(t *testing.T, x *excelize.File) {
				for row := 7; row <= 7+10000; row++ {
					must(t, x.SetSheetRow("Báo cáo", "A"+strconv.Itoa(row), &[]any{row, "nv-x", "x"}))
				}
			}),
		junkForm("gen/form-zip-bomb", "A workbook whose shared strings inflate past 64 MiB.", "exit: 1\nstderr: quá lớn", func(t *testing.T, path string) {
			f, err := os.Create(path)
			must(t, err)
			defer f.Close()
			z := zip.NewWriter(f)
			for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml"} {
				w, _ := z.Create(name)
				w.Write([]byte("<x/>"))
			}
			w, _ := z.Create("xl/sharedStrings.xml")
			chunk := bytes.Repeat([]byte("<si><t>a</t></si>"), 1<<16)
			for n := 0; n <= 64<<20/len(chunk); n++ {
				w.Write(chunk)
			}
			must(t, z.Close())
		}),
		junkForm("gen/form-random-bytes", "Random bytes named .xlsx.", "exit: 1\nstderr: không mở được", func(t *testing.T, path string) {
			data := make([]byte, 4096)
			for i := range data {
				data[i] = byte(i*7919 + i/13)
			}
			must(t, os.WriteFile(path, data, 0o644))
		}),
		junkForm("gen/form-empty", "An empty file named .xlsx.", "exit: 1\nstderr: không mở được", func(t *testing.T, path string) {
			must(t, os.WriteFile(path, nil, 0o644))
		}),
		junkForm("gen/form-docx", "A Word document named .xlsx.", "exit: 1", func(t *testing.T, path string) {
			f, err := os.Create(path)
			must(t, err)
			z := zip.NewWriter(f)
			w, _ := z.Create("word/document.xml")
			w.Write([]byte("<w:document/>"))
			must(t, z.Close())
			must(t, f.Close())
		}),
		junkForm("gen/form-folder", "A folder named .xlsx.", "exit: 1\nstderr: không phải tệp thường", func(t *testing.T, path string) {
			must(t, os.MkdirAll(path, 0o755))
		}),
		junkForm("gen/form-fifo", "A named pipe named .xlsx: it must not hang the import.", "exit: 1\nstderr: không phải tệp thường", func(t *testing.T, path string) {
			must(t, syscall.Mkfifo(path, 0o644))
		}),
		junkForm("gen/form-dev-zero", "A link to /dev/zero named .xlsx: it must not fill memory.", "exit: 1\nstderr: liên kết", func(t *testing.T, path string) {
			must(t, os.Symlink("/dev/zero", path))
		}),
	}
}

// inbox writes a file for a command to read, under inbox/.
func inbox(name, desc, args, header string, build func(t *testing.T, path string)) Case {
	return gen(name, desc, "args: "+args+"\n"+header, func(t *testing.T, wd string) {
		path := filepath.Join(wd, "inbox", filepath.FromSlash(name[strings.LastIndex(name, "/")+1:]))
		if i := strings.Index(args, "inbox/"); i >= 0 {
			path = filepath.Join(wd, filepath.FromSlash(strings.Fields(args[i:])[0]))
		}
		must(t, os.MkdirAll(filepath.Dir(path), 0o755))
		build(t, path)
	})
}

// wideRows returns rows that each hold one cell in the last column: a few
// kilobytes that once made excelize build gigabytes of empty cells.
func wideRows(from, n int) string {
	var b strings.Builder
	for r := from; r < from+n; r++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>`, r, r)
	}
	return b.String()
}

// rezip rewrites the zip archive at path with part changed by edit.
func rezip(t *testing.T, path, part string, edit func(string) string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	must(t, err)
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		rc, err := f.Open()
		must(t, err)
		body, err := io.ReadAll(rc)
		must(t, err)
		if f.Name == part {
			body = []byte(edit(string(body)))
		}
		w, err := zw.Create(f.Name)
		must(t, err)
		w.Write(body)
	}
	must(t, zw.Close())
	zr.Close()
	must(t, os.WriteFile(path, b.Bytes(), 0o644))
}

// workbookFile writes a small workbook of appendix rows, widened by extra
// sheet rows.
func workbookFile(t *testing.T, path, extra string) {
	t.Helper()
	x := excelize.NewFile()
	must(t, x.SetSheetRow("Sheet1", "A1", &[]any{"TT", "Nội dung", "Chủ trì"}))
	must(t, x.SetSheetRow("Sheet1", "A2", &[]any{1, "Kiện toàn bộ máy", "Sở Nội vụ"}))
	must(t, x.SaveAs(path))
	if extra != "" {
		rezip(t, path, "xl/worksheets/sheet1.xml", func(s string) string { return strings.Replace(s, "</sheetData>", extra+"</sheetData>", 1) })
	}
}

// bomb writes a zip whose part inflates to more than 64 MiB.
func bomb(t *testing.T, path, part, head, chunk, tail string, parts map[string]string) {
	t.Helper()
	f, err := os.Create(path)
	must(t, err)
	defer f.Close()
	z := zip.NewWriter(f)
	for name, body := range parts {
		w, _ := z.Create(name)
		w.Write([]byte(body))
	}
	w, _ := z.Create(part)
	w.Write([]byte(head))
	block := []byte(strings.Repeat(chunk, (1<<20)/len(chunk)))
	for n := 0; n <= 65; n++ {
		w.Write(block)
	}
	w.Write([]byte(tail))
	must(t, z.Close())
}

var docxParts = map[string]string{
	"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
	"_rels/.rels":         `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
}

// zipCases are hostile workbooks and Word files for every command that
// reads one: kh import (forms), kh gop-y nhan (comment forms, returned
// drafts) and kh import-doc.
func zipCases() []Case {
	const importDoc = "import-doc inbox/%s plans/tinh-mau/kh-moi"
	wideForm := func(part string) func(t *testing.T, wd string) {
		return func(t *testing.T, wd string) {
			makeForm(t, wd, "2026-Q1", func(*testing.T, *excelize.File) {})
			rezip(t, filepath.Join(wd, formQ1), part, func(s string) string {
				return strings.Replace(s, "</sheetData>", wideRows(100, 200)+"</sheetData>", 1)
			})
		}
	}
	docBomb := func(t *testing.T, path string) {
		bomb(t, path, "word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`,
			"<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>", "</w:body></w:document>", docxParts)
	}
	xlsxBomb := func(t *testing.T, path string) {
		bomb(t, path, "xl/sharedStrings.xml", "<sst>", "<si><t>a</t></si>", "</sst>", map[string]string{"[Content_Types].xml": "<x/>", "xl/workbook.xml": "<x/>"})
	}
	return []Case{
		gen("gen/form-wide-rows", "A form whose report sheet gets 200 rows with one cell in column XFD: 20 KB that made kh import build gigabytes and die.",
			"args: import "+formQ1+"\nexit: 1\nstderr: quá lớn", wideForm("xl/worksheets/sheet1.xml")),
		gen("gen/form-wide-meta", "The same rows in the form's hidden sheet.",
			"args: import "+formQ1+"\nexit: 1\nstderr: quá lớn", wideForm("xl/worksheets/sheet2.xml")),
		inbox("gen/import-doc-xlsx-wide", "A workbook to import whose rows each hold a cell in column XFD.", fmt.Sprintf(importDoc, "pl.xlsx"), "exit: 1\nstderr: vượt giới hạn",
			func(t *testing.T, path string) { workbookFile(t, path, wideRows(100, 200)) }),
		inbox("gen/import-doc-xlsx-tall", "A workbook to import with a row numbered 1,048,576.", fmt.Sprintf(importDoc, "pl.xlsx"), "exit: 1\nstderr: vượt giới hạn",
			func(t *testing.T, path string) { workbookFile(t, path, wideRows(1048576, 1)) }),
		inbox("gen/import-doc-xlsx-bomb", "A workbook to import whose shared strings inflate past 64 MiB (it once took minutes, spilling to the temporary folder).", fmt.Sprintf(importDoc, "pl.xlsx"), "exit: 1\nstderr: vượt giới hạn", xlsxBomb),
		inbox("gen/import-doc-docx-bomb", "A Word file to import whose document part inflates past its limit.", fmt.Sprintf(importDoc, "vb.docx"), "exit: 1\nstderr: vượt giới hạn", docBomb),
		inbox("gen/import-doc-xlsx-junk", "Random bytes named .xlsx for kh import-doc.", fmt.Sprintf(importDoc, "pl.xlsx"), "exit: 1\nstderr: không mở được",
			func(t *testing.T, path string) {
				must(t, os.WriteFile(path, []byte("PK\x03\x04 không phải bảng tính"), 0o644))
			}),
		inbox("gen/import-doc-fifo", "A named pipe given to kh import-doc: it must not hang.", fmt.Sprintf(importDoc, "vb.txt"), "exit: 1\nstderr: không phải tệp thông thường",
			func(t *testing.T, path string) { must(t, syscall.Mkfifo(path, 0o644)) }),
		inbox("gen/import-doc-dev-zero", "A link to /dev/zero given to kh import-doc.", fmt.Sprintf(importDoc, "vb.txt"), "exit: 1\nstderr: không phải tệp thông thường",
			func(t *testing.T, path string) { must(t, os.Symlink("/dev/zero", path)) }),
		inbox("gen/gopy-nhan-xlsx-wide", "A comment form whose rows each hold a cell in column XFD.", "gop-y nhan inbox/gop-y.xlsx", "exit: 1\nstderr: quá lớn",
			func(t *testing.T, path string) { workbookFile(t, path, wideRows(100, 200)) }),
		inbox("gen/gopy-nhan-xlsx-bomb", "A comment form whose shared strings inflate past 64 MiB.", "gop-y nhan inbox/gop-y.xlsx", "exit: 1\nstderr: quá lớn", xlsxBomb),
		inbox("gen/gopy-nhan-docx-bomb", "A returned Word draft whose document part inflates past its limit.", "gop-y nhan inbox/gop-y.docx", "exit: 1\nstderr: vượt giới hạn", docBomb),
		inbox("gen/gopy-nhan-fifo", "A named pipe given to kh gop-y nhan.", "gop-y nhan inbox/gop-y.docx", "exit: 1\nstderr: không phải tệp thông thường",
			func(t *testing.T, path string) { must(t, syscall.Mkfifo(path, 0o644)) }),
	}
}

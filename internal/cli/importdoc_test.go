package cli

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportDoc imports the text of 171/KH-UBND into a new plan folder:
// kh fmt accepts it, kh build renders it, and kh check finds only the
// published numbering defect (two sections "IV.", no "III."), kept as
// printed.
func TestImportDoc(t *testing.T) {
	dir := newRepoCopy(t)
	src, err := os.ReadFile("../../testdata/import/171-KH-UBND.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "171.txt"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, dir, "import-doc", "171.txt", "plans/nghe-an/kh-171-nhap", "--id", "na-kh-171-nhap")
	if code != ExitFindings || !strings.Contains(out, "Đã nhập vào plans/nghe-an/kh-171-nhap (6 tệp)") || !strings.Contains(out, "5 phụ lục") ||
		!strings.Contains(out+errs, "[KH040]") || !strings.Contains(out+errs, "[KH041]") || !strings.Contains(out+errs, ": 0 lỗi, 2 cảnh báo") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	for _, args := range [][]string{{"fmt", "--check", "plans"}, {"build", "--out", "out", "plans/nghe-an/kh-171-nhap"}} {
		if code, out, errs := run(t, dir, args...); code != ExitClean {
			t.Errorf("kh %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
		}
	}
	_, out, _ = run(t, dir, "--lang", "en", "import-doc", "171.txt", "plans/nghe-an/kh-171-lai", "--id", "na-kh-171-lai")
	if !strings.Contains(out, "Imported into plans/nghe-an/kh-171-lai") || !strings.Contains(out, "Agencies:") {
		t.Errorf("English report:\n%s", out)
	}
}

// TestImportDocWorkbook adds the tables of a workbook to an existing plan.
func TestImportDocWorkbook(t *testing.T) {
	dir := newRepoCopy(t)
	if code, out, errs := run(t, dir, "new", "ke-hoach-nam", "plans/nghe-an/kh-2027-cds", "--nam", "2027"); code != ExitClean {
		t.Fatalf("kh new: %d %s%s", code, out, errs)
	}
	if code, out, errs := run(t, dir, "build", "--xlsx", "--out", "out", "plans/nghe-an/kh-2026-cds"); code != ExitClean {
		t.Fatalf("kh build: %d %s%s", code, out, errs)
	}
	code, out, errs := run(t, dir, "import-doc", "out/na-kh-2026-cds.xlsx", "plans/nghe-an/kh-2027-cds")
	if code != ExitFindings && code != ExitClean || !strings.Contains(out, "2 phụ lục") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	plan := string(readFile(t, filepath.Join(dir, "plans/nghe-an/kh-2027-cds/ke-hoach.yaml")))
	if !strings.Contains(plan, "pl03-danh-muc-chi-tieu.yaml") || !strings.Contains(plan, "pl04-danh-muc-nhiem-vu.yaml") {
		t.Errorf("phu_luc not extended:\n%s", plan)
	}
	if code, out, errs := run(t, dir, "fmt", "--check", "plans/nghe-an/kh-2027-cds"); code != ExitClean {
		t.Errorf("kh fmt --check: %d %s%s", code, out, errs)
	}
}

func writeZip(t *testing.T, path string, entries map[string][]byte) {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for name, data := range entries {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	z.Close()
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestImportDocRefuses: bad input gets a clear message and writes nothing.
func TestImportDocRefuses(t *testing.T) {
	dir := newRepoCopy(t)
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("khong-phai.docx", []byte("đây là văn bản thường, không phải tệp Word"))
	// A zip bomb: a Word skeleton whose document part unpacks past the
	// 64 MiB part limit.
	writeZip(t, filepath.Join(dir, "bom.docx"), map[string][]byte{
		"_rels/.rels":       []byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
		"word/document.xml": bytes.Repeat([]byte("<w:p/>"), 12<<20),
	})
	// An encrypted package as Word saves a document with a password.
	write("mat-khau.docx", readFile(t, "../../testdata/import/mat-khau.docx"))
	write("khong-cau-truc.txt", []byte("Danh sách đi họp\n\nAnh Ba, chị Tư.\n"))
	write("nhi-phan.txt", []byte{0x00, 0x01, 0x02, 0xFF})
	tests := []struct {
		name, file string
		code       int
		stderr     string
	}{
		{"not a Word file", "khong-phai.docx", ExitFindings, "không phải tệp Word"},
		{"zip bomb", "bom.docx", ExitFindings, "vượt giới hạn"},
		{"password", "mat-khau.docx", ExitFindings, "mật khẩu"},
		{"no structure", "khong-cau-truc.txt", ExitFindings, "KH058"},
		{"binary", "nhi-phan.txt", ExitFindings, "không phải văn bản"},
		{"missing file", "khong-co.docx", ExitUsage, "không tìm thấy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, dir, "import-doc", tt.file, "plans/nghe-an/kh-moi")
			if code != tt.code || !strings.Contains(errs, tt.stderr) {
				t.Fatalf("exit %d (want %d), stderr lacks %q?\n%s%s", code, tt.code, tt.stderr, out, errs)
			}
			if _, err := os.Stat(filepath.Join(dir, "plans/nghe-an/kh-moi")); err == nil {
				t.Errorf("plans/nghe-an/kh-moi written by a refused import")
			}
		})
	}
	// An existing plan is never overwritten.
	write("171.txt", readFile(t, "../../testdata/import/171-KH-UBND.txt"))
	if code, _, errs := run(t, dir, "import-doc", "171.txt", "plans/nghe-an/kh-2026-cds", "--id", "na-kh-171-x"); code == ExitClean || !strings.Contains(errs, "") {
		t.Errorf("import into an existing plan folder: exit %d %s", code, errs)
	}
}

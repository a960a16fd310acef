package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/forms"
	"github.com/kh-tools/kh/internal/golden"
)

// formRepo copies testdata/repo-ok into a temporary folder, the working
// directory of the commands, so imports write there.
func formRepo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := "../../testdata/repo-ok"
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dir, "plans", rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, "plans", rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func runForm(t *testing.T, wd string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	s := &IO{
		In: strings.NewReader(""), Out: &out, Err: &errb,
		Now:   func() time.Time { return time.Date(2026, 4, 15, 9, 0, 0, 0, time.UTC) },
		Getwd: func() (string, error) { return wd, nil },
	}
	code := Main(s, args)
	return code, out.String(), errb.String()
}

const (
	planDir  = "plans/tinh-mau/kh-mau"
	formDir  = "out/forms/kh-mau-2026/2026-Q1"
	recordQ1 = planDir + "/tien-do/2026-Q1"
)

// fill writes answers into a form the way an officer would in Excel.
func fill(t *testing.T, path string, edit func(f *excelize.File)) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	edit(f)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

func set(t *testing.T, f *excelize.File, sheet, ref string, v any) {
	t.Helper()
	if err := f.SetCellValue(sheet, ref, v); err != nil {
		t.Fatal(err)
	}
}

func makeForms(t *testing.T) string {
	t.Helper()
	wd := formRepo(t)
	code, out, errs := runForm(t, wd, "forms", planDir, "--period", "2026-Q1")
	if code != 0 {
		t.Fatalf("forms: %d %s", code, errs)
	}
	for _, name := range []string{"cac-so-nganh.xlsx", "so-khcn.xlsx"} {
		if !strings.Contains(out, name) {
			t.Fatalf("forms output lacks %s:\n%s", name, out)
		}
	}
	fill(t, filepath.Join(wd, formDir, "so-khcn.xlsx"), func(f *excelize.File) {
		set(t, f, forms.ReportSheet, "E7", "Hoàn thành")
		set(t, f, forms.ReportSheet, "F7", time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC))
		set(t, f, forms.ReportSheet, "G7", "Đã kiểm tra 12 sở, ngành\nvà 20 xã")
	})
	fill(t, filepath.Join(wd, formDir, "cac-so-nganh.xlsx"), func(f *excelize.File) {
		set(t, f, forms.ReportSheet, "E7", "Đang thực hiện")
		set(t, f, forms.ReportSheet, "H7", "Thiếu biên chế")
		set(t, f, forms.ReportSheet, "I7", "Bổ sung biên chế chuyên trách")
	})
	return wd
}

func goldenFile(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join("..", "..", "testdata", "forms", name), got)
}

func TestFormsRoundTrip(t *testing.T) {
	wd := makeForms(t)
	code, _, errs := runForm(t, wd, "import", formDir+"/so-khcn.xlsx", formDir+"/cac-so-nganh.xlsx")
	if code != 0 {
		t.Fatalf("import: %d %s", code, errs)
	}
	for _, name := range []string{"so-khcn.yaml", "cac-so-nganh.yaml"} {
		data, err := os.ReadFile(filepath.Join(wd, recordQ1, name))
		if err != nil {
			t.Fatal(err)
		}
		goldenFile(t, name, string(data))
	}
	// Re-importing the same answers changes nothing and needs no --force.
	if code, out, errs := runForm(t, wd, "import", formDir+"/so-khcn.xlsx"); code != 0 || !strings.Contains(out, "không thay đổi") {
		t.Errorf("re-import: %d %q %q", code, out, errs)
	}
	// kh check-style validation of what import wrote.
	code, out, errs := runForm(t, wd, "status", planDir, "--as-of", "2026-04-15", "--format", "json")
	if code != 0 {
		t.Fatalf("status: %d %s", code, errs)
	}
	for _, want := range []string{`"id": "so-khcn"`, `"done": 1`, `"in_progress": 1`, `"overdue": 1`, `"overdue_tasks": [
        "nv-kien-toan"`} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
}

func TestFormFeatures(t *testing.T) {
	wd := formRepo(t)
	if code, _, errs := runForm(t, wd, "forms", planDir, "--period", "2026-Q1", "--out", "f"); code != 0 {
		t.Fatal(errs)
	}
	path := filepath.Join(wd, "f", "so-khcn.xlsx")
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue(forms.ReportSheet, "C7"); v != "Kiểm tra việc thực hiện nhiệm vụ chuyển đổi số" {
		t.Errorf("C7 = %q", v)
	}
	if v, _ := f.GetCellValue(forms.ReportSheet, "B8"); v != "" {
		t.Errorf("so-khcn leads one task; B8 = %q", v)
	}
	dvs, _ := f.GetDataValidations(forms.ReportSheet)
	if len(dvs) != 2 || dvs[0].Type != "list" || dvs[0].Formula1 != `"Đã hoàn thành đúng hạn,Đã hoàn thành quá hạn,Đang thực hiện trong hạn,Đang thực hiện quá hạn,Chưa thực hiện"` || dvs[1].Type != "date" {
		t.Errorf("validations = %+v", dvs)
	}
	sp, _ := f.GetSheetProtection(forms.ReportSheet)
	if sp.AlgorithmName != "" && sp.AlgorithmName != "SHA-512" {
		t.Errorf("protection = %+v", sp)
	}
	for ref, locked := range map[string]bool{"C7": true, "B7": true, "E7": false, "G7": false, "I7": false} {
		id, _ := f.GetCellStyle(forms.ReportSheet, ref)
		st, _ := f.GetStyle(id)
		isLocked := st.Protection == nil || st.Protection.Locked
		if isLocked != locked {
			t.Errorf("%s locked = %v, want %v", ref, isLocked, locked)
		}
	}
	xml := formZipPart(t, path, "xl/workbook.xml")
	if !strings.Contains(xml, `state="veryHidden"`) {
		t.Error("metadata sheet is not very hidden")
	}
	if !strings.Contains(formZipPart(t, path, "xl/worksheets/sheet1.xml"), `<sheetProtection`) {
		t.Error("report sheet is not protected")
	}
	// Deterministic: a second run gives the same bytes.
	first, _ := os.ReadFile(path)
	runForm(t, wd, "forms", planDir, "--period", "2026-Q1", "--out", "f")
	again, _ := os.ReadFile(path)
	if !bytes.Equal(first, again) {
		t.Error("forms differ between runs")
	}
}

func TestImportRefuses(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(t *testing.T, f *excelize.File)
		files []string
		want  string
	}{
		{"changed text", func(t *testing.T, f *excelize.File) {
			set(t, f, forms.ReportSheet, "C7", "Kiểm tra việc thực hiện")
		}, nil, "khác với kế hoạch"},
		{"changed id", func(t *testing.T, f *excelize.File) {
			set(t, f, forms.ReportSheet, "B7", "nv-khac")
		}, nil, "không có trong kế hoạch"},
		{"another agency's task", func(t *testing.T, f *excelize.File) {
			set(t, f, forms.ReportSheet, "B7", "nv-kien-toan")
			set(t, f, forms.ReportSheet, "C7", "Kiện toàn bộ máy tổ chức thực hiện chuyển đổi số")
		}, nil, "không chủ trì nhiệm vụ"},
		{"agency swapped", func(t *testing.T, f *excelize.File) {
			set(t, f, forms.MetaSheet, "B4", "so-noi-vu")
		}, nil, "Sở Nội vụ không chủ trì"},
		{"not a kh form", func(t *testing.T, f *excelize.File) {
			if err := f.DeleteSheet(forms.MetaSheet); err != nil {
				t.Fatal(err)
			}
		}, nil, "không phải biểu mẫu do kh tạo"},
		{"duplicate", nil, []string{formDir + "/so-khcn.xlsx", formDir + "/copy.xlsx"}, "trùng với"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wd := makeForms(t)
			src := filepath.Join(wd, formDir, "so-khcn.xlsx")
			copyFile(t, src, filepath.Join(wd, formDir, "copy.xlsx"))
			if tt.edit != nil {
				fill(t, filepath.Join(wd, formDir, "copy.xlsx"), func(f *excelize.File) { tt.edit(t, f) })
			}
			files := tt.files
			if files == nil {
				// A good form alongside: the batch is refused whole.
				files = []string{formDir + "/cac-so-nganh.xlsx", formDir + "/copy.xlsx"}
			}
			code, _, errs := runForm(t, wd, append([]string{"import"}, files...)...)
			if code != ExitFindings || !strings.Contains(errs, tt.want) || !strings.Contains(errs, "không ghi bản ghi nào") {
				t.Errorf("import = %d, stderr:\n%s\nwant %q", code, errs, tt.want)
			}
			if _, err := os.Stat(filepath.Join(wd, planDir, "tien-do")); !os.IsNotExist(err) {
				t.Error("a record was written")
			}
		})
	}
}

func TestImportEnglish(t *testing.T) {
	wd := makeForms(t)
	fill(t, filepath.Join(wd, formDir, "so-khcn.xlsx"), func(f *excelize.File) {
		set(t, f, forms.ReportSheet, "C7", "khác")
	})
	code, _, errs := runForm(t, wd, "import", "--lang", "en", formDir+"/so-khcn.xlsx")
	if code != ExitFindings || !strings.Contains(errs, "differs from the plan") || !strings.Contains(errs, "nothing was written") {
		t.Errorf("import = %d, stderr:\n%s", code, errs)
	}
}

func TestImportNeedsForce(t *testing.T) {
	wd := makeForms(t)
	form := formDir + "/so-khcn.xlsx"
	if code, _, errs := runForm(t, wd, "import", form); code != 0 {
		t.Fatal(errs)
	}
	record := filepath.Join(wd, recordQ1, "so-khcn.yaml")
	before, _ := os.ReadFile(record)
	fill(t, filepath.Join(wd, form), func(f *excelize.File) {
		set(t, f, forms.ReportSheet, "G7", "Đã kiểm tra 15 sở, ngành")
	})
	code, out, errs := runForm(t, wd, "import", form)
	if code != ExitFindings || !strings.Contains(out, `nv-kiem-tra.ket_qua: "Đã kiểm tra 12 sở, ngành\nvà 20 xã" → "Đã kiểm tra 15 sở, ngành"`) || !strings.Contains(errs, "--force") {
		t.Errorf("import without --force = %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if after, _ := os.ReadFile(record); !bytes.Equal(before, after) {
		t.Error("record overwritten without --force")
	}
	if code, _, errs := runForm(t, wd, "import", "--force", form); code != 0 {
		t.Fatal(errs)
	}
	if after, _ := os.ReadFile(record); !strings.Contains(string(after), "ket_qua: Đã kiểm tra 15 sở, ngành") {
		t.Errorf("record after --force:\n%s", after)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

package docimport

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/format"
	"github.com/kh-tools/kh/internal/plan"
)

var (
	fuzzRepoOnce sync.Once
	fuzzRepo     *plan.Repo
)

// FuzzImportText imports any text: it never panics, and whatever plan it
// makes is written as valid UTF-8 YAML that kh fmt leaves as it is.
func FuzzImportText(f *testing.F) {
	f.Add([]byte("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 12/KH-UBND\n\nNghệ An, ngày 5 tháng 3 năm 2026\n\nKẾ HOẠCH\n\nPhát triển hạ tầng số năm 2026\n\nI. MỤC ĐÍCH\n\n1. Mục đích\n\na) Đánh giá.\n\n- Gạch đầu dòng;\n\nNơi nhận:\n- Như trên;\n\nKT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n\nPhụ lục 01: DANH MỤC\n\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/3/2026 của UBND tỉnh)\n\nTT\tNhiệm vụ\tChủ trì\tThời hạn\n1\tViệc một\tSở Y tế, Sở GD&ĐT\tQuý II-III/2026\nI\tNhóm\n2.\tViệc hai\t- Sở A;\tTrước ngày 41/9/2026\n"))
	f.Add([]byte("KẾ HOẠCH\n\nx năm 2026\n\nCĂN CỨ LẬP KẾ HOẠCH\n\n- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về x;\n"))
	f.Add([]byte("Ch\xae\xed\xb5ng tr\xd7nh\n\xa7\xe3i m\xa5i"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkImport(t, FromText("f.txt", data))
	})
}

// checkImport builds a plan from src: when it makes one, its files are
// valid UTF-8 YAML that kh fmt leaves as they are.
func checkImport(t *testing.T, src *Source) {
	fuzzRepoOnce.Do(func() { fuzzRepo = loadPlans(t) })
	r, err := Build(Detect(src), fuzzRepo, Options{Dir: plansDir + "/nghe-an/kh-nhap"})
	if err != nil {
		return
	}
	files, err := r.Files("../../schema")
	if err != nil {
		t.Fatalf("files: %v", err)
	}
	for _, file := range files {
		if !utf8.Valid(file.Data) {
			t.Fatalf("%s is not UTF-8", file.Name)
		}
		out, err := format.Format(file.Data, format.Options{})
		if err != nil || string(out) != string(file.Data) {
			t.Fatalf("%s is not kh-fmt clean (%v):\n%s", file.Name, err, file.Data)
		}
	}
}

// FuzzReadFile reads any bytes as a document to import (a Word file, a
// workbook, a text): it fails with an error or gives a source, never
// panics, and the plan made of the source is kh-fmt clean.
func FuzzReadFile(f *testing.F) {
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte("KẾ HOẠCH\n"))
	if b, err := os.ReadFile("../../testdata/import/mat-khau.docx"); err == nil {
		f.Add(b)
	}
	f.Add(wordBytes(samplePlan(wr), outlineNumbering))
	f.Add(wordBytes(samplePlan(tcvnRun), outlineNumbering))
	f.Add(sheetBytes(twoRowHeaderRows(), twoRowMerges...))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f.docx")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if src, err := ReadFile(path); err == nil {
			checkImport(t, src)
		}
	})
}

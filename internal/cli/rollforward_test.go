package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNewFrom rolls the published 2026 plan (1174/KH-UBND) into a 2027
// draft: the new folder is kh-fmt clean, builds, and kh check finds no
// error in it (only the warnings the 2026 document's suppressions had
// hidden); the old plan is untouched; a second roll into the same folder
// is refused.
func TestNewFrom(t *testing.T) {
	dir := newRepoCopy(t)
	before, err := os.ReadFile(filepath.Join(dir, "plans/nghe-an/kh-2026-cds/ke-hoach.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, dir, "new", "--tu", "plans/nghe-an/kh-2026-cds", "plans/nghe-an/kh-2027-cds")
	if code == ExitUsage || code == ExitFailure {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{
		"Đã tạo plans/nghe-an/kh-2027-cds từ plans/nghe-an/kh-2026-cds: dự thảo năm 2027 (3 tệp).",
		"thời hạn sang năm 2027",
		"Thay so-tnmt bằng so-nn-mt",
		"kh check plans/nghe-an/kh-2027-cds: 0 lỗi",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s%s", want, out, errs)
		}
	}
	data, err := os.ReadFile(filepath.Join(dir, "plans/nghe-an/kh-2027-cds/ke-hoach.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"id: na-kh-2027-cds", "du_thao: 1", "thoi_ky: Năm 2027", "trich_yeu: Chuyển đổi số tỉnh Nghệ An năm 2027", "can_cu:"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("ke-hoach.yaml lacks %q", want)
		}
	}
	if strings.Contains(string(data), "\nso: ") || strings.Contains(string(data), "\nngay: ") || strings.Contains(string(data), "bo_qua:") {
		t.Errorf("number, date or suppressions carried into the draft:\n%s", data)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "plans/nghe-an/kh-2026-cds/ke-hoach.yaml")); string(after) != string(before) {
		t.Error("the old plan was changed")
	}
	for _, args := range [][]string{{"fmt", "--check", "plans"}, {"build", "--out", "out", "plans/nghe-an/kh-2027-cds"}} {
		if code, out, errs := run(t, dir, args...); code != ExitClean {
			t.Errorf("kh %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
		}
	}
	// By id, in English, into a folder whose id is given.
	code, out, _ = run(t, dir, "--lang", "en", "new", "--tu", "na-kh-171-2025", "plans/nghe-an/kh-so-ket-2026", "--id", "na-kh-so-ket-2026")
	if code == ExitUsage || code == ExitFailure || !strings.Contains(out, "Created plans/nghe-an/kh-so-ket-2026 from") || !strings.Contains(out, "Replaced ubnd-cap-huyen by ubnd-cap-xa") {
		t.Errorf("exit %d\n%s", code, out)
	}
	if code, out, errs := run(t, dir, "new", "--tu", "plans/nghe-an/kh-2026-cds", "plans/nghe-an/kh-2027-cds", "--id", "na-kh-2027-lai"); code != ExitUsage {
		t.Errorf("a second roll into the same folder: exit %d\n%s%s", code, out, errs)
	}
}

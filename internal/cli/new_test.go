package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newRepoCopy copies the real plans into a fresh repository, so kh new is
// tried against the registries officers actually use.
func newRepoCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "plans"), os.DirFS("../../plans")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestNewPlansPassCheck is the promise of kh new: every kind, in both
// provinces, starts a plan that kh check accepts and kh fmt leaves alone,
// and that kh build renders.
func TestNewPlansPassCheck(t *testing.T) {
	dir := newRepoCopy(t)
	made := [][]string{
		{"new", "ke-hoach-nam", "plans/nghe-an/kh-2027-cds"},
		{"new", "so-ket", "plans/nghe-an/kh-so-ket-2026"},
		{"new", "nghi-quyet", "plans/nghe-an/nq-2026-cds", "--nam", "2026"},
		{"new", "ke-hoach-nam", "plans/khanh-hoa/kh-2027-cds", "--id", "kh-2027-cds-khanh-hoa"},
		{"new", "so-ket", "plans/khanh-hoa/kh-so-ket-2030", "--nam", "2030"},
		{"new", "nghi-quyet", "plans/khanh-hoa/nq-2026-cds", "--id", "nq-2026-cds-khanh-hoa", "--trich-yeu", "về chuyển đổi số: giai đoạn mới"},
	}
	for _, args := range made {
		code, out, errs := run(t, dir, args...)
		if code != ExitClean || !strings.Contains(out, "Đã tạo") {
			t.Fatalf("kh %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
		}
	}
	for _, args := range [][]string{
		{"check", "--no-cache", "plans"},
		{"fmt", "--check", "plans"},
		{"build", "--out", "out", "plans/nghe-an/kh-2027-cds", "plans/nghe-an/kh-so-ket-2026", "plans/khanh-hoa/nq-2026-cds"},
	} {
		if code, out, errs := run(t, dir, args...); code != ExitClean {
			t.Errorf("kh %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
		}
	}
	_, out, _ := run(t, dir, "show", "plans/khanh-hoa/nq-2026-cds")
	for _, want := range []string{"DỰ THẢO", "Tỉnh ủy Khánh Hòa", "về chuyển đổi số: giai đoạn mới", "3.2. Đến năm 2035:"} {
		if !strings.Contains(out, want) {
			t.Errorf("kh show lacks %q:\n%s", want, out)
		}
	}
}

func TestNewRefuses(t *testing.T) {
	dir := newRepoCopy(t)
	if err := os.MkdirAll(filepath.Join(dir, "plans/nghe-an/co-tep"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "plans/nghe-an/co-tep/ghi-chu.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"unknown kind", []string{"new", "bao-cao", "plans/nghe-an/x"}, ExitUsage, "dùng một trong: ke-hoach-nam, so-ket, nghi-quyet"},
		{"id taken", []string{"new", "so-ket", "plans/nghe-an/na-kh-171-2025"}, ExitUsage, "đã là id của kế hoạch"},
		{"bad id", []string{"new", "so-ket", "plans/nghe-an/Kế-hoạch"}, ExitUsage, "--id"},
		{"outside a province", []string{"new", "so-ket", "plans/kh-moi"}, ExitUsage, "co-quan.yaml"},
		{"outside a repository", []string{"new", "so-ket", "khac/kh-moi"}, ExitUsage, "kho.yaml"},
		{"unknown lead", []string{"new", "so-ket", "plans/nghe-an/kh-moi", "--chu-tri", "so-khong-co"}, ExitUsage, "--chu-tri \"so-khong-co\""},
		{"folder with files", []string{"new", "so-ket", "plans/nghe-an/co-tep"}, ExitUsage, "đã có tệp"},
		{"missing args", []string{"new", "so-ket"}, ExitUsage, "kh new cần 2 tham số, nhận được 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, dir, tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.stderr) {
				t.Fatalf("exit %d (want %d), stderr lacks %q?\n%s%s", code, tt.code, tt.stderr, out, errs)
			}
		})
	}
	for _, p := range []string{"plans/nghe-an/x", "plans/nghe-an/kh-moi", "plans/kh-moi", "khac"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err == nil {
			t.Errorf("%s was created by a refused kh new", p)
		}
	}
}

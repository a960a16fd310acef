package cli

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInitNewCheckBuild is the promise of kh init: in an empty folder
// outside any repository, init, new (from a subfolder), check and build
// work, every schema line resolves inside the new repository, and a second
// init refuses without writing.
func TestInitNewCheckBuild(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := run(t, dir, "init", "kho", "--tinh", "Nghệ An", "--no-git", "--ci", "gitlab")
	if code != ExitClean || !strings.Contains(out, "Đã tạo kho kế hoạch tỉnh Nghệ An") {
		t.Fatalf("init: exit %d\n%s%s", code, out, errs)
	}
	repo := filepath.Join(dir, "kho")
	for _, f := range []string{"kho.yaml", "lich-lam-viec.yaml", "trung-uong/co-quan.yaml", "nghe-an/co-quan.yaml",
		"schema/ke-hoach.json", ".gitignore", ".githooks/pre-commit", ".gitlab-ci.yml", "README.md"} {
		if _, err := os.Stat(filepath.Join(repo, f)); err != nil {
			t.Error(err)
		}
	}
	province := filepath.Join(repo, "nghe-an")
	steps := [][]string{
		{"check"},
		{"new", "ke-hoach-nam", "kh-2027-cds", "--nam", "2027"},
		{"new", "so-ket", "kh-so-ket-2026", "--nam", "2026"},
		{"new", "nghi-quyet", "nq-2026-cds", "--nam", "2026"},
		{"check"},
		{"fmt", "--check"},
		{"build"},
	}
	for _, args := range steps {
		if code, out, errs := run(t, province, args...); code != ExitClean {
			t.Fatalf("kh %s (in nghe-an/): exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
		}
	}
	for _, f := range []string{"kh-2027-cds.pdf", "kh-2027-cds.xlsx"} {
		if _, err := os.Stat(filepath.Join(repo, "out", f)); err != nil {
			t.Errorf("build from a subfolder: %v", err)
		}
	}
	checkSchemaLines(t, repo)
	code, _, errs = run(t, dir, "init", "kho", "--tinh", "Nghệ An")
	if code != ExitUsage || !strings.Contains(errs, "kh init không ghi đè") {
		t.Errorf("second init: exit %d %s", code, errs)
	}
}

// checkSchemaLines: the editor finds every file's schema inside the repository.
func checkSchemaLines(t *testing.T, repo string) {
	t.Helper()
	const prefix = "# yaml-language-server: $schema="
	n := 0
	filepath.Walk(repo, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(p, ".yaml") || strings.Contains(p, string(filepath.Separator)+".") {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		if sc.Scan() && strings.HasPrefix(sc.Text(), prefix) {
			n++
			target := filepath.Join(filepath.Dir(p), filepath.FromSlash(strings.TrimPrefix(sc.Text(), prefix)))
			if rel, err := filepath.Rel(repo, target); err != nil || strings.HasPrefix(rel, "..") {
				t.Errorf("%s: schema %s is outside the repository", p, target)
			} else if _, err := os.Stat(target); err != nil {
				t.Errorf("%s: %v", p, err)
			}
		}
		return nil
	})
	if n < 5 {
		t.Errorf("only %d files have a schema line", n)
	}
}

func TestInitRefuses(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"init", "kho"}, "thiếu --tinh"},
		{[]string{"init", "kho", "--tinh", "!!"}, "không dùng được"},
		{[]string{"init", "kho", "--tinh", "Huế", "--ci", "jenkins"}, "--ci \"jenkins\" không có"},
		{[]string{"init", "a", "b", "--tinh", "Huế"}, "nhiều nhất 1 tham số"},
	} {
		code, _, errs := run(t, dir, tt.args...)
		if code != ExitUsage || !strings.Contains(errs, tt.want) {
			t.Errorf("kh %v: exit %d %q, want %q", tt.args, code, errs, tt.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("refused init wrote %d entries", len(entries))
	}
}

func TestShellArg(t *testing.T) {
	for in, want := range map[string]string{
		"kho-ke-hoach":                 "kho-ke-hoach",
		"ha-tinh/kh-2027-cds":          "ha-tinh/kh-2027-cds",
		`C:\kho\ha-tinh`:               `C:\kho\ha-tinh`,
		"Kế hoạch Hà Tĩnh":             `"Kế hoạch Hà Tĩnh"`,
		"ha-tinh/Chuyển đổi số (2027)": `"ha-tinh/Chuyển đổi số (2027)"`,
		"":                             `""`,
	} {
		if got := shellArg(in); got != want {
			t.Errorf("shellArg(%q) = %s, want %s", in, got, want)
		}
	}
}

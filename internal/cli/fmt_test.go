package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// testdata/repo-ok's appendix with a task's keys out of order, a deadline
// not spelled canonically and an agency alias instead of its id.
const messyAppendix = `id: pl-nhiem-vu
loai: nhiem_vu
tieu_de: Danh mục nhiệm vụ chuyển đổi số năm 2026
nhom:
  - id: lanh-dao
    tieu_de: Công tác lãnh đạo, chỉ đạo
    nhiem_vu:
      - noi_dung: Kiện toàn bộ máy tổ chức thực hiện chuyển đổi số
        id: nv-kien-toan
        chu_tri: [cac-so-nganh]
        phoi_hop: [so-noi-vu]
        thoi_han: Quý 1/2026
      - id: nv-kiem-tra
        noi_dung: Kiểm tra việc thực hiện nhiệm vụ chuyển đổi số
        chu_tri: Sở KHCN
        thoi_han: Quý IV/2026
        sau: [nv-kien-toan]
`

const brokenYAML = "id: [kh\nloai: KH\n"

// fmtRepo copies testdata/repo-ok to a temp dir, formats it, and returns it
// with the path of its appendix, then rewritten in a non-canonical way.
func fmtRepo(t *testing.T) (dir, appendix string) {
	t.Helper()
	dir = t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../testdata/repo-ok")); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, dir, "fmt", "."); code != ExitClean {
		t.Fatalf("formatting the copy: exit %d: %s", code, errs)
	}
	appendix = filepath.Join(dir, "tinh-mau", "kh-mau", "pl01-nhiem-vu.yaml")
	fmtWriteFile(t, appendix, messyAppendix)
	return dir, appendix
}

func fmtWriteFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func fmtReadFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fmtRunStdin is run with stdin.
func fmtRunStdin(t *testing.T, dir, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	s := &IO{
		In: strings.NewReader(stdin), Out: &out, Err: &errb,
		Now:   func() time.Time { return time.Date(2026, 3, 15, 9, 0, 0, 0, time.UTC) },
		Getwd: func() (string, error) { return filepath.Abs(dir) },
	}
	code = Main(s, args)
	return code, out.String(), errb.String()
}

func TestFmt(t *testing.T) {
	const rel = "tinh-mau/kh-mau/pl01-nhiem-vu.yaml"
	tests := []struct {
		name      string
		args      []string
		code      int
		stdout    []string
		stderr    string
		rewritten bool
	}{
		{"check lists the file", []string{"fmt", "--check", "."}, ExitFindings, []string{rel + "\n"}, "1 tệp cần định dạng", false},
		{"check in english", []string{"--lang", "en", "fmt", "--check", "."}, ExitFindings, []string{rel}, "1 files need formatting", false},
		{"diff", []string{"fmt", "--diff", "tinh-mau"}, ExitFindings, []string{"--- " + rel + ".orig", "+++ " + rel, "-        thoi_han: Quý 1/2026", "+        thoi_han: Quý I/2026", "+        chu_tri: so-khcn"}, "1 tệp cần định dạng", false},
		{"write", []string{"fmt", "."}, ExitClean, []string{rel}, "", true},
		{"one file", []string{"fmt", rel}, ExitClean, []string{rel}, "", true},
		{"stdin with a path", []string{"fmt", "-", "."}, ExitUsage, nil, "đầu vào chuẩn", false},
		{"missing path", []string{"fmt", "khong-co"}, ExitUsage, nil, "không tìm thấy khong-co", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, appendix := fmtRepo(t)
			code, out, errs := run(t, dir, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errs)
			}
			for _, want := range tt.stdout {
				if !strings.Contains(out, want) {
					t.Errorf("stdout lacks %q:\n%s", want, out)
				}
			}
			if !strings.Contains(errs, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, errs)
			}
			if got := fmtReadFile(t, appendix) != messyAppendix; got != tt.rewritten {
				t.Errorf("file rewritten = %v, want %v", got, tt.rewritten)
			}
		})
	}
}

func TestFmtWriteThenClean(t *testing.T) {
	dir, appendix := fmtRepo(t)
	if code, _, errs := run(t, dir, "fmt", "."); code != ExitClean {
		t.Fatalf("fmt: exit %d: %s", code, errs)
	}
	got := fmtReadFile(t, appendix)
	if !strings.Contains(got, "      - id: nv-kien-toan\n        noi_dung: Kiện toàn bộ máy tổ chức thực hiện chuyển đổi số\n") || !strings.Contains(got, "chu_tri: so-khcn\n") {
		t.Errorf("not formatted:\n%s", got)
	}
	if code, out, _ := run(t, dir, "fmt", "--check", "."); code != ExitClean || out != "" {
		t.Errorf("second run: exit %d, stdout %q", code, out)
	}
	if code, _, errs := run(t, dir, "check", "."); code != ExitClean {
		t.Errorf("kh check after fmt: exit %d: %s", code, errs)
	}
}

func TestFmtRefusesBrokenInput(t *testing.T) {
	dir, appendix := fmtRepo(t)
	broken := filepath.Join(dir, "tinh-mau", "hong.yaml")
	fmtWriteFile(t, broken, brokenYAML)
	code, out, errs := run(t, dir, "fmt", ".")
	if code != ExitFindings {
		t.Fatalf("exit %d, want %d\n%s%s", code, ExitFindings, out, errs)
	}
	if !strings.Contains(out, "tinh-mau/hong.yaml:") || !strings.Contains(out, ": lỗi: ") || !strings.Contains(out, "[KH001]") {
		t.Errorf("no KH001 diagnostic:\n%s", out)
	}
	if !strings.Contains(errs, "không ghi tệp nào") {
		t.Errorf("stderr: %s", errs)
	}
	if fmtReadFile(t, broken) != brokenYAML || fmtReadFile(t, appendix) != messyAppendix {
		t.Error("a file was written although the input did not parse")
	}
}

func TestFmtStdin(t *testing.T) {
	dir, _ := fmtRepo(t)
	tests := []struct {
		name   string
		args   []string
		in     string
		code   int
		stdout string
	}{
		{"formats to stdout", []string{"fmt", "-"}, messyAppendix, ExitClean, "      - id: nv-kien-toan\n        noi_dung: Kiện toàn bộ máy tổ chức thực hiện chuyển đổi số\n"},
		{"check", []string{"fmt", "--check", "-"}, messyAppendix, ExitFindings, stdinName},
		{"diff", []string{"fmt", "--diff", "-"}, messyAppendix, ExitFindings, "+++ " + stdinName},
		{"broken", []string{"fmt", "-"}, brokenYAML, ExitFindings, stdinName + ":1:5: lỗi: không đọc được YAML"},
		{"agency names resolved in a repository", []string{"fmt", "-"}, "tinh: X\nco_quan:\n  - id: a\n    ten: A\n    truc_thuoc: Sở KHCN\n", ExitClean, "truc_thuoc: so-khcn\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := fmtRunStdin(t, dir, tt.in, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errs)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, out)
			}
		})
	}
}

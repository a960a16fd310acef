package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kh-tools/kh/internal/cache"
)

// run executes kh in-process in dir with a fixed clock.
func run(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	s := &IO{
		In: strings.NewReader(""), Out: &out, Err: &errb,
		Now:   func() time.Time { return time.Date(2026, 3, 15, 9, 0, 0, 0, time.UTC) },
		Getwd: func() (string, error) { return filepath.Abs(dir) },
	}
	code = Main(s, args)
	return code, out.String(), errb.String()
}

func TestCheckExitCodes(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		inOut    string
		inStderr string
	}{
		{"real plans are clean", []string{"check", "plans"}, ExitClean, "", ""},
		{"defects shown without suppressions", []string{"check", "--no-suppress", "plans/nghe-an/kh-2026-cds"}, ExitFindings, "[KH108]", "4 lỗi"},
		{"english", []string{"check", "--no-suppress", "--lang", "en", "plans/nghe-an/kh-2026-cds"}, ExitFindings, "is dated 26/3/2026", "4 errors"},
		{"bad format", []string{"check", "--format", "xml"}, ExitUsage, "", "--format"},
		{"bad flag", []string{"check", "--nope"}, ExitUsage, "", "không có tùy chọn --nope trong kh check"},
		{"bad date", []string{"check", "--as-of", "15/3/2026"}, ExitUsage, "", "NNNN-TT-NN"},
		{"missing path", []string{"check", "plans/khong-co"}, ExitUsage, "", "không tìm thấy plans/khong-co"},
		{"agenda", []string{"check", "--as-of", "2026-03-15", "plans/nghe-an/kh-2026-cds"}, ExitClean, "Các sở, ban, ngành\n    TT 1 (Phụ lục 02) · hạn 31/3/2026 (còn 16 ngày) · na-kh-2026-cds/nv-kien-toan-bo-may\n      Kiện toàn bộ máy tổ chức thực hiện với yêu cầu người đứng đầu chịu trách nhiệm toàn diện…\n      17 thành viên: 0 đã báo cáo, 0 đã hoàn thành\n", ""},
		{"agenda in full", []string{"check", "--as-of", "2026-03-15", "--full", "plans/nghe-an/kh-2026-cds"}, ExitClean, "chịu trách nhiệm toàn diện đối với nhiệm vụ chuyển đổi số của cơ quan, đơn vị\n", ""},
		{"overdue", []string{"check", "--as-of", "2026-04-15", "plans/nghe-an/kh-2026-cds"}, ExitFindings, "quá hạn 15 ngày", "cảnh báo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, "../..", tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errs)
			}
			if !strings.Contains(out, tt.inOut) {
				t.Errorf("stdout lacks %q:\n%s", tt.inOut, out)
			}
			if !strings.Contains(errs, tt.inStderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.inStderr, errs)
			}
		})
	}
}

func TestCheckJSONShape(t *testing.T) {
	code, out, _ := run(t, "../..", "check", "--format", "json", "plans")
	if code != ExitClean {
		t.Fatalf("exit %d", code)
	}
	var rep struct {
		FormatVersion int `json:"format_version"`
		Diagnostics   []struct {
			Rule, Severity, File, Path, Message string
			Line, Column                        int
			Suppressed                          bool
		} `json:"diagnostics"`
		Summary struct {
			Files, Plans, Errors, Suppressed int
		} `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.FormatVersion != 1 || rep.Summary.Plans != 4 || rep.Summary.Errors != 0 || rep.Summary.Suppressed == 0 {
		t.Fatalf("unexpected summary: %+v", rep)
	}
	for _, d := range rep.Diagnostics {
		if !d.Suppressed || d.Line < 1 || d.Column < 1 || !strings.HasPrefix(d.File, "plans/") {
			t.Errorf("bad diagnostic %+v", d)
		}
	}
}

func TestShow(t *testing.T) {
	code, out, errs := run(t, "../..", "show", "na-kh-2026-cds")
	if code != ExitClean {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"1174/KH-UBND", "ngày 31 tháng 12 năm 2025", "I. CĂN CỨ LẬP KẾ HOẠCH", "Phụ lục 02:", "TM. ỦY BAN NHÂN DÂN"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q", want)
		}
	}
	code, out, _ = run(t, "../..", "show", "--format", "json", "plans/nghe-an/kh-171-2025-so-ket")
	var r struct {
		Ref     string `json:"number_symbol"`
		Outline []struct{ Number string }
	}
	if code != ExitClean || json.Unmarshal([]byte(out), &r) != nil || r.Ref != "171/KH-UBND" {
		t.Fatalf("json show: exit %d, %+v", code, r)
	}
	// The published plan numbers two sections "IV."; generated numbering cannot.
	seen := map[string]bool{}
	for _, h := range r.Outline {
		if strings.HasSuffix(h.Number, ".") && !strings.ContainsAny(h.Number, "0123456789") {
			if seen[h.Number] {
				t.Errorf("top-level number %s repeated", h.Number)
			}
			seen[h.Number] = true
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := run(t, ".", "version")
	if code != ExitClean || !strings.HasPrefix(out, "kh ") {
		t.Fatalf("version: %d %q", code, out)
	}
}

// TestSARIFSuppressed: the SARIF file uploaded to code scanning leaves the
// reviewed published defects out (code scanning ignores SARIF suppressions
// and would open an alert for each); --show-suppressed puts them in as
// accepted, for viewers that read suppressions.
func TestSARIFSuppressed(t *testing.T) {
	results := func(args ...string) []map[string]any {
		t.Helper()
		code, out, errs := run(t, "../..", append([]string{"check", "--format", "sarif", "plans/nghe-an/kh-2026-cds"}, args...)...)
		if code != ExitClean {
			t.Fatalf("check %v: exit %d\n%s", args, code, errs)
		}
		var log struct {
			Runs []struct {
				Results []map[string]any `json:"results"`
			} `json:"runs"`
		}
		if err := json.Unmarshal([]byte(out), &log); err != nil {
			t.Fatal(err)
		}
		return log.Runs[0].Results
	}
	if got := results(); len(got) != 0 {
		t.Errorf("the upload carries %d accepted findings: %v", len(got), got)
	}
	shown := results("--show-suppressed")
	if len(shown) < 6 {
		t.Fatalf("--show-suppressed: %d results", len(shown))
	}
	for _, r := range shown {
		s, _ := r["suppressions"].([]any)
		if len(s) != 1 || s[0].(map[string]any)["status"] != "accepted" {
			t.Errorf("%v: suppressions %v", r["ruleId"], r["suppressions"])
		}
	}
}

func TestCheckOutputs(t *testing.T) {
	dir := t.TempDir()
	sarif, text := filepath.Join(dir, "kh.sarif"), filepath.Join(dir, "kh.txt")
	code, out, _ := run(t, "../..", "check", "--no-suppress", "--format", "github",
		"--output", "sarif="+sarif, "--output", "text="+text, "plans/nghe-an/kh-2026-cds")
	if code != ExitFindings {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, ",col=11,title=KH108::văn bản căn cứ \"66/NQ-CP\"") {
		t.Errorf("github annotation:\n%s", out)
	}
	var rep struct {
		Version string `json:"version"`
		Runs    []struct {
			ColumnKind string            `json:"columnKind"`
			Results    []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	data := readFile(t, sarif)
	report := string(readFile(t, text))
	findings := len(regexp.MustCompile(`(?m)\[KH\d{3}\]$`).FindAllString(report, -1))
	if err := json.Unmarshal(data, &rep); err != nil || rep.Version != "2.1.0" || rep.Runs[0].ColumnKind != "unicodeCodePoints" || len(rep.Runs[0].Results) != findings || findings < 6 {
		t.Errorf("sarif: %v, %d results for %d findings", err, len(rep.Runs[0].Results), findings)
	}
	if !strings.Contains(report, "[KH112]") {
		t.Error("text report lacks KH112")
	}
	for _, bad := range []string{"bad", "xml=a.txt", "sarif="} {
		if code, _, _ := run(t, "../..", "check", "--output", bad); code != ExitUsage {
			t.Errorf("--output %q: exit %d, want 2", bad, code)
		}
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestMain keeps the check cache of these tests in a folder of their own,
// never the user's.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "kh-cli-cache-")
	if err != nil {
		panic(err)
	}
	os.Setenv(cache.EnvDir, dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestCheckCachedMatchesLoaded: the cached path (default) and the loaded
// path (--no-cache) print the same report, cold and warm.
func TestCheckCachedMatchesLoaded(t *testing.T) {
	for _, args := range [][]string{{"plans"}, {"--no-suppress", "plans"}, {"--format", "json", "--no-suppress", "plans/nghe-an"}} {
		_, want, wantErr := run(t, "../..", append([]string{"check", "--no-cache"}, args...)...)
		for _, pass := range []string{"cold", "warm"} {
			_, got, gotErr := run(t, "../..", append([]string{"check"}, args...)...)
			if got != want || gotErr != wantErr {
				t.Errorf("%v (%s): cached output differs\n--- cached\n%s%s\n--- loaded\n%s%s", args, pass, got, gotErr, want, wantErr)
			}
		}
	}
}

func TestBuild(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := run(t, "../..", "build", "--out", out, "plans/nghe-an/kh-549-2021-xay-dung-nq", "na-kh-2026-cds")
	if code != ExitClean {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, f := range []string{"na-kh-549-2021.pdf", "na-kh-2026-cds.pdf", "na-kh-2026-cds.xlsx"} {
		if !strings.Contains(stdout, f) {
			t.Errorf("stdout lacks %s:\n%s", f, stdout)
		}
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Error(err)
		}
	}
	if !strings.Contains(stderr, "na-kh-549-2021 không có phụ lục dạng bảng") {
		t.Errorf("stderr: %s", stderr)
	}
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, nil, 0o644)
	if code, _, stderr := run(t, "../..", "build", "--out", blocker, "na-kh-2026-cds"); code != ExitFailure || !strings.Contains(stderr, "không") {
		t.Errorf("unwritable output: exit %d, %s", code, stderr)
	}
}

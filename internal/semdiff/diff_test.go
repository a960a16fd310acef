package semdiff_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/kh-tools/kh/internal/cli"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/golden"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/semdiff"
)

const casesDir = "../../testdata/diff"

// outputs are the renderings pinned for every case, by golden suffix.
var outputs = []struct {
	suffix string
	flags  []string
}{
	{".txt", nil},
	{".en.txt", []string{"--lang", "en"}},
	{".md", []string{"--format", "markdown"}},
	{".json", []string{"--format", "json"}},
}

// TestCases runs every testdata/diff/*.txtar: the base repository copied to
// old/ and new/, the case's files laid over them, then `kh diff` in every
// format against the goldens.
func TestCases(t *testing.T) {
	cases, _ := filepath.Glob(filepath.Join(casesDir, "*.txtar"))
	if len(cases) == 0 {
		t.Fatal("no diff cases")
	}
	for _, c := range cases {
		name := strings.TrimSuffix(filepath.Base(c), ".txtar")
		t.Run(name, func(t *testing.T) {
			dir, args := materialise(t, c)
			golden := strings.TrimSuffix(c, ".txtar")
			for _, o := range outputs {
				code, out, errOut := run(t, dir, append(append([]string{"diff"}, args...), o.flags...)...)
				if code != cli.ExitClean || errOut != "" {
					t.Fatalf("%s: exit %d, stderr %q", o.suffix, code, errOut)
				}
				compare(t, golden+o.suffix, out)
			}
			code, _, _ := run(t, dir, append([]string{"diff", "--exit-code"}, args...)...)
			want := cli.ExitFindings
			if name == "identical" {
				want = cli.ExitClean
			}
			if code != want {
				t.Errorf("--exit-code: exit %d, want %d", code, want)
			}
		})
	}
}

// TestGitRevisions commits the base and then the slip case in a fresh git
// repository and diffs the two commits from git objects, with and without a
// path, from the top level and from a subfolder.
func TestGitRevisions(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir, _ := materialise(t, filepath.Join(casesDir, "slip.txtar"))
	repo := filepath.Join(dir, "repo")
	copyTree(t, filepath.Join(dir, "old"), repo)
	git(t, repo, "init", "-q", "-b", "main")
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "base")
	copyTree(t, filepath.Join(dir, "new"), repo)
	git(t, repo, "commit", "-q", "-a", "-m", "slip")
	// A working-tree edit must not leak into a diff of commits.
	os.WriteFile(filepath.Join(repo, "tinh-mau", "kh-mau", "pl02-chi-tieu.yaml"), []byte("id: [broken"), 0o644)

	for _, tc := range []struct {
		wd   string
		args []string
	}{
		{repo, []string{"HEAD~1..HEAD"}},
		{repo, []string{"main~1..", "tinh-mau/kh-mau"}},
		{filepath.Join(repo, "tinh-mau"), []string{"HEAD~1..HEAD", "kh-mau/pl01-nhiem-vu.yaml"}},
	} {
		code, out, errOut := run(t, tc.wd, append([]string{"diff", "--exit-code"}, tc.args...)...)
		if code != cli.ExitFindings || errOut != "" {
			t.Fatalf("%v: exit %d, stderr %q", tc.args, code, errOut)
		}
		compare(t, filepath.Join(casesDir, "git-slip.txt"), strings.Replace(out, "main~1", "HEAD~1", 1))
	}
}

// TestErrors pins the exit codes and the one-line messages of failures.
func TestErrors(t *testing.T) {
	dir, _ := materialise(t, filepath.Join(casesDir, "identical.txtar"))
	os.WriteFile(filepath.Join(dir, "new", "tinh-mau", "kh-mau", "pl01-nhiem-vu.yaml"), []byte("nhom: [\n"), 0o644)
	os.Remove(filepath.Join(dir, "old", "tinh-mau", "kh-mau", "pl02-chi-tieu.yaml"))
	os.Mkdir(filepath.Join(dir, "empty"), 0o755)
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"diff", "old"}, cli.ExitUsage, "kh: cần hai đường dẫn CŨ MỚI, hoặc một phiên bản, PB1..PB2 hay A...B rồi đến đường dẫn hoặc mã kế hoạch nếu cần\n"},
		{[]string{"diff", "old", "new", "--format", "xml"}, cli.ExitUsage, "kh: --format \"xml\" không có; dùng một trong: text, markdown, json, xlsx, pdf, docx\n"},
		{[]string{"diff", "khong-co", "new"}, cli.ExitUsage, "kh: không có tệp hay thư mục khong-co; thư mục hiện tại không nằm trong kho git nên \"khong-co\" cũng không thể là phiên bản git\n"},
		{[]string{"diff", "old/tinh-mau/kh-mau", "old/tinh-mau/kh-mau"}, cli.ExitFindings,
			"kh: không đọc được old/tinh-mau/kh-mau/ke-hoach.yaml:52:5: không tìm thấy tệp \"old/tinh-mau/kh-mau/pl02-chi-tieu.yaml\"; kiểm tra tên tệp trong danh sách phu_luc\n"},
		{[]string{"diff", "new", "new"}, cli.ExitFindings, "kh: không đọc được new/tinh-mau/kh-mau/pl01-nhiem-vu.yaml:1:7: không đọc được YAML: danh sách trong ngoặc vuông chưa đóng, hoặc một mục có dấu hai chấm; thêm \"]\" hoặc đặt mục đó trong dấu nháy kép\n"},
		{[]string{"diff", "empty", "empty"}, cli.ExitUsage, "kh: empty không nằm trong kho kế hoạch nào (không thấy tệp kho.yaml ở thư mục này hay thư mục cha); chạy kh trong kho kế hoạch, hoặc tạo kho.yaml ở gốc kho\n"},
		{[]string{"diff", "HEAD~1..HEAD"}, cli.ExitFailure, ""},
	} {
		code, _, errOut := run(t, dir, tc.args...)
		if code != tc.code {
			t.Errorf("%v: exit %d, want %d (%s)", tc.args, code, tc.code, errOut)
		}
		if tc.msg != "" && errOut != tc.msg {
			t.Errorf("%v: stderr\n%s", tc.args, cmp.Diff(tc.msg, errOut))
		}
		if strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: want one line on stderr, got %q", tc.args, errOut)
		}
	}
}

// TestColor checks that colour appears only when asked for, and that the
// coloured text is the plain text with colour in place of the word markers.
func TestColor(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, "../../plans", filepath.Join(dir, "old"))
	copyTree(t, "../../plans", filepath.Join(dir, "new"))
	revise(t, filepath.Join(dir, "new"))
	_, plain, _ := run(t, dir, "diff", "old", "new")
	if strings.Contains(plain, "\x1b[") {
		t.Fatal("colour without a terminal")
	}
	r := semdiff.Compare(side(t, dir, "old"), side(t, dir, "new"))
	var b bytes.Buffer
	if err := semdiff.WriteText(&b, r, semdiff.TextOptions{Lang: diag.VI, Color: true}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\x1b[31m", "\x1b[31m\x1b[9mtối thiểu một\x1b[0m", "\x1b[32m\x1b[4mít nhất hai\x1b[0m"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %q on a terminal", want)
		}
	}
	unmarked := strings.NewReplacer("[-", "", "-]", "", "{+", "", "+}", "").Replace(plain)
	if stripped := ansi(b.String()); stripped != unmarked {
		t.Errorf("coloured text differs from plain text:\n%s", cmp.Diff(unmarked, stripped))
	}
}

func side(t testing.TB, dir, name string) semdiff.Side {
	t.Helper()
	targets, err := load.Targets([]string{filepath.Join(dir, name)}, load.Options{Base: dir})
	if err != nil {
		t.Fatal(err)
	}
	return semdiff.Side{Label: name, Repo: targets[0].Repo, Plans: targets[0].Repo.Plans}
}

func ansi(s string) string {
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], 'm')
		s = s[:i] + s[i+j+1:]
	}
}

func testIO(dir string, out, errOut *bytes.Buffer) *cli.IO {
	return &cli.IO{
		In: strings.NewReader(""), Out: out, Err: errOut,
		Now:   func() time.Time { return time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC) },
		Getwd: func() (string, error) { return dir, nil },
	}
}

func run(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := cli.Main(testIO(dir, &out, &errOut), args)
	return code, out.String(), errOut.String()
}

// materialise lays out old/ and new/ from the base and the case archive and
// returns the folder and the arguments the case names ("args:" in its
// comment; default "old new").
func materialise(t *testing.T, archive string) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	copyTree(t, filepath.Join(casesDir, "base"), filepath.Join(dir, "old"))
	copyTree(t, filepath.Join(casesDir, "base"), filepath.Join(dir, "new"))
	a, err := txtar.ParseFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range a.Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{"old", "new"}
	for _, line := range strings.Split(string(a.Comment), "\n") {
		if rest, ok := strings.CutPrefix(line, "args:"); ok {
			args = strings.Fields(rest)
		}
	}
	return dir, args
}

func copyTree(t testing.TB, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func edit(t testing.TB, file, old, new string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s: %q not found", file, old)
	}
	os.WriteFile(file, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644)
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=kh", "GIT_AUTHOR_EMAIL=kh@example.invalid", "GIT_AUTHOR_DATE=2026-01-05T08:00:00+07:00",
		"GIT_COMMITTER_NAME=kh", "GIT_COMMITTER_EMAIL=kh@example.invalid", "GIT_COMMITTER_DATE=2026-01-05T08:00:00+07:00")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func compare(t *testing.T, path, got string) {
	t.Helper()
	golden.Check(t, path, got)
}

// TestRevisionsUseTheirCalendar: a deadline counted in working days from
// the signing is dated with each revision's own calendar, so the slip kh
// diff REV1..REV2 reports depends on the day swaps in lich-lam-viec.yaml
// at those revisions: 3 working days from Monday 05/01/2026 end on
// Thursday 08/01; 5 working days end on Monday 12/01 by the statutory
// calendar, on Tuesday 13/01 once the newer revision gives Friday 09/01
// off. The diff must say 5 days, not 4.
func TestRevisionsUseTheirCalendar(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	repo := t.TempDir()
	copyTree(t, "../../testdata/rules/base", repo)
	tasks := filepath.Join(repo, "tinh-mau", "kh-mau", "pl01-nhiem-vu.yaml")
	setDeadline := func(text string) {
		data, err := os.ReadFile(tasks)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		for i, l := range lines {
			if strings.Contains(l, "thoi_han:") {
				lines[i] = l[:strings.Index(l, "thoi_han:")] + "thoi_han: " + text
				break
			}
		}
		os.WriteFile(tasks, []byte(strings.Join(lines, "\n")), 0o644)
	}
	setDeadline("Trong 3 ngày làm việc kể từ ngày ký")
	git(t, repo, "init", "-q", "-b", "main")
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "base")
	setDeadline("Trong 5 ngày làm việc kể từ ngày ký")
	os.WriteFile(filepath.Join(repo, load.CalendarFile), []byte(`nam:
  - nam: 2026
    nghi:
      - ngay: 2026-01-09
        ly_do: Nghỉ thử
        nguon: Thông báo thử
`), 0o644)
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "five days, a day off")

	code, out, errOut := run(t, repo, "diff", "HEAD~1..HEAD", "--format", "json")
	if code != cli.ExitClean || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var r semdiff.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	var slips []semdiff.Slip
	for _, p := range r.Plans {
		for _, tc := range p.Tasks {
			for _, f := range tc.Fields {
				if f.Field == "thoi_han" && f.Slip != nil {
					slips = append(slips, *f.Slip)
				}
			}
		}
	}
	if want := []semdiff.Slip{{Days: 5}}; !cmp.Equal(slips, want) {
		t.Errorf("slips %+v, want %+v (the newer revision's day off counted)\n%s", slips, want, out)
	}
}

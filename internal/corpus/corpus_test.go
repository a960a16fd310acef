package corpus

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/kh-tools/kh/internal/cli"
	"github.com/kh-tools/kh/internal/golden"
)

const casesDir = "../../testdata/bad"

// caseTimeout is far above what any case needs (well under a second); a
// case that runs into it is a hang.
const caseTimeout = 60 * time.Second

// depth is how far below the sandbox root a case's working directory lies,
// so a write that climbs out of it with "../" still lands inside the
// sandbox, where the snapshot sees it.
var depth = []string{"a", "b", "c", "d", "e", "w"}

func TestMain(m *testing.M) {
	// One cache folder for the run, outside every sandbox.
	cache, err := os.MkdirTemp("", "kh-corpus-cache-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	os.Setenv("KH_CACHE_DIR", cache)
	code := m.Run()
	os.RemoveAll(cache)
	os.Exit(code)
}

// Case is one bad input: a repository (the base with files laid over it),
// a command line and what must come out.
type Case struct {
	Name string
	// Path is the case's .txtar file; generated cases have none.
	Path   string
	Header []string
	Args   []string
	Exit   int
	// Diags are the diagnostics printed, "file:line:col KHnnn", in output
	// order; the list is exhaustive.
	Diags          []string
	Stdout, Stderr []string
	// Writes are the folders (relative to the working directory) the
	// command may write into; by default out/ when the exit code is 0 and
	// nothing otherwise.
	Writes []string
	Setup  []string // symlink:, mkdir:, fifo:, delete: lines, in order
	Files  []txtar.File
	Stdin  []byte
	// Gen, for generated cases, builds inputs too large or too binary for
	// a text file.
	Gen func(t *testing.T, wd string)
}

func TestCorpus(t *testing.T) {
	cases := fileCases(t)
	cases = append(cases, generatedCases()...)
	names := map[string]bool{}
	for _, c := range cases {
		if names[c.Name] {
			t.Fatalf("two cases named %s", c.Name)
		}
		names[c.Name] = true
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			runCase(t, c)
		})
	}
}

// TestCorpusSize keeps the corpus at the size issue 12 asks for.
func TestCorpusSize(t *testing.T) {
	if n := len(fileCases(t)) + len(generatedCases()); n < 200 {
		t.Errorf("the corpus has %d cases, want at least 200", n)
	}
}

func fileCases(t *testing.T) []Case {
	t.Helper()
	var out []Case
	err := filepath.WalkDir(casesDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txtar") {
			return err
		}
		c, err := parseCase(p)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		out = append(out, c)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func parseCase(path string) (Case, error) {
	a, err := txtar.ParseFile(path)
	if err != nil {
		return Case{}, err
	}
	rel, _ := filepath.Rel(casesDir, path)
	c := Case{Name: strings.TrimSuffix(filepath.ToSlash(rel), ".txtar"), Path: path}
	for _, f := range a.Files {
		if f.Name == ">stdin" {
			c.Stdin = f.Data
			continue
		}
		c.Files = append(c.Files, f)
	}
	return c, c.parseHeader(string(a.Comment))
}

// parseHeader reads "key: value" lines; other lines describe the case.
func (c *Case) parseHeader(h string) error {
	c.Exit = -1
	c.Args = []string{"check", "plans"}
	for _, line := range strings.Split(strings.TrimRight(h, "\n"), "\n") {
		key, val, ok := strings.Cut(line, ": ")
		if !ok {
			key, val = strings.TrimSuffix(line, ":"), ""
		}
		switch key {
		case "args":
			args, err := splitArgs(val)
			if err != nil {
				return err
			}
			c.Args = args
		case "exit":
			n, err := strconv.Atoi(val)
			if err != nil {
				return fmt.Errorf("exit: %w", err)
			}
			c.Exit = n
		case "diag":
			c.Diags = append(c.Diags, val)
		case "stdout":
			c.Stdout = append(c.Stdout, val)
		case "stderr":
			c.Stderr = append(c.Stderr, val)
		case "writes":
			c.Writes = append(c.Writes, val)
		case "symlink", "mkdir", "fifo", "delete":
			c.Setup = append(c.Setup, key+": "+val)
		default:
			c.Header = append(c.Header, line)
		}
	}
	if c.Exit < 0 && !golden.Updating() {
		return fmt.Errorf("no exit: line")
	}
	return nil
}

// splitArgs splits a command line on spaces; double quotes keep spaces and
// \" is a quote.
func splitArgs(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inArg, quoted := false, false
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == '\\' && quoted && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
		case ch == '"':
			quoted, inArg = !quoted, true
		case ch == ' ' && !quoted:
			if inArg {
				out = append(out, cur.String())
				cur.Reset()
				inArg = false
			}
		default:
			cur.WriteByte(ch)
			inArg = true
		}
	}
	if quoted {
		return nil, fmt.Errorf("args: unclosed quote in %q", s)
	}
	if inArg {
		out = append(out, cur.String())
	}
	return out, nil
}

// result is what one run of kh printed and returned.
type result struct {
	code        int
	stdout, err string
	diags       []string
}

func runCase(t *testing.T, c Case) {
	vi := runIn(t, c, c.Args)
	if golden.Updating() && c.Path != "" {
		rewrite(t, c, vi)
		return
	}
	if vi.code != c.Exit {
		t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", vi.code, c.Exit, vi.stdout, vi.err)
	}
	if !slices.Equal(vi.diags, c.Diags) {
		t.Errorf("diagnostics differ\ngot:\n%s\nwant:\n%s\nstdout:\n%s\nstderr:\n%s",
			lines("diag: ", vi.diags), lines("diag: ", c.Diags), vi.stdout, vi.err)
	}
	for _, s := range c.Stdout {
		if !strings.Contains(vi.stdout, s) {
			t.Errorf("stdout lacks %q:\n%s", s, vi.stdout)
		}
	}
	for _, s := range c.Stderr {
		if !strings.Contains(vi.err, s) {
			t.Errorf("stderr lacks %q:\n%s", s, vi.err)
		}
	}
	// The same case in English: same outcome, same findings.
	en := runIn(t, c, append([]string{"--lang", "en"}, c.Args...))
	if en.code != vi.code || !slices.Equal(en.diags, vi.diags) {
		t.Errorf("--lang en: exit %d and %d diagnostics, Vietnamese run: exit %d and %d\nstdout:\n%s\nstderr:\n%s",
			en.code, len(en.diags), vi.code, len(vi.diags), en.stdout, en.err)
	}
}

func lines(prefix string, ss []string) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(prefix + s + "\n")
	}
	return b.String()
}

// runIn runs args in a fresh sandbox and checks the invariants every case
// shares: no panic, no hang, no write outside the allowed folders, no
// temporary file left behind, no unformatted message.
func runIn(t *testing.T, c Case, args []string) result {
	t.Helper()
	root := t.TempDir()
	wd := filepath.Join(append([]string{root}, depth...)...)
	materialise(t, c, wd)
	before := snapshot(t, root)
	res := invoke(t, wd, args, c.Stdin)
	after := snapshot(t, root)
	allowed := c.Writes
	if len(allowed) == 0 && res.code == 0 {
		allowed = []string{"out"}
	}
	prefixes := make([]string, len(allowed))
	for i, w := range allowed {
		prefixes[i] = filepath.ToSlash(filepath.Join(append(depth, w)...))
	}
	for _, p := range changes(before, after) {
		if !under(p, prefixes) {
			t.Errorf("%v: %s changed or written (allowed: %v)", args, p, allowed)
		}
		if strings.Contains(filepath.Base(p), ".tmp-") {
			t.Errorf("%v: temporary file %s left behind", args, p)
		}
	}
	for _, s := range []string{res.stdout, res.err} {
		if strings.Contains(s, "%!") {
			t.Errorf("%v: badly formatted message:\n%s", args, s)
		}
	}
	return res
}

func under(p string, prefixes []string) bool {
	for _, pre := range prefixes {
		if p == pre || strings.HasPrefix(p, pre+"/") {
			return true
		}
	}
	return false
}

// invoke runs kh in-process in wd with a fixed clock, failing the test on a
// panic or a hang.
func invoke(t *testing.T, wd string, args []string, stdin []byte) result {
	t.Helper()
	var out, errb bytes.Buffer
	s := &cli.IO{
		In: bytes.NewReader(stdin), Out: &out, Err: &errb,
		Now:   func() time.Time { return time.Date(2026, 3, 15, 9, 0, 0, 0, time.UTC) },
		Getwd: func() (string, error) { return wd, nil },
	}
	done := make(chan int, 1)
	panicked := make(chan string, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				panicked <- fmt.Sprintf("%v\n%s", r, debug.Stack())
			}
		}()
		done <- cli.Main(s, args)
	}()
	var code int
	select {
	case code = <-done:
	case p := <-panicked:
		t.Fatalf("%v: panic: %s", args, p)
	case <-time.After(caseTimeout):
		t.Fatalf("%v: no answer after %v (a hang)", args, caseTimeout)
	}
	res := result{code: code, stdout: out.String(), err: errb.String()}
	res.diags = diagLines(res.stdout + "\n" + res.err)
	return res
}

// diagRe matches a diagnostic line of the text format.
var diagRe = regexp.MustCompile(`^(\S.*?(?::\d+:\d+)?): (?:lỗi|cảnh báo|thông tin|error|warning|info): .*\[(KH\d{3})\]$`)

func diagLines(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if m := diagRe.FindStringSubmatch(line); m != nil {
			out = append(out, m[1]+" "+m[2])
		}
	}
	return out
}

// materialise lays the base repository, the case's files and its setup
// into wd. An empty .yaml section deletes the base file.
func materialise(t *testing.T, c Case, wd string) {
	t.Helper()
	if err := os.CopyFS(wd, os.DirFS(filepath.Join(casesDir, "base"))); err != nil {
		t.Fatal(err)
	}
	for _, f := range c.Files {
		p := filepath.Join(wd, filepath.FromSlash(f.Name))
		if len(bytes.TrimSpace(f.Data)) == 0 && strings.HasSuffix(f.Name, ".yaml") {
			os.Remove(p)
			continue
		}
		must(t, os.MkdirAll(filepath.Dir(p), 0o755))
		must(t, os.WriteFile(p, f.Data, 0o644))
	}
	for _, s := range c.Setup {
		key, val, _ := strings.Cut(s, ": ")
		switch key {
		case "symlink":
			link, target, ok := strings.Cut(val, " -> ")
			if !ok {
				t.Fatalf("symlink: want LINK -> TARGET, got %q", val)
			}
			p := filepath.Join(wd, filepath.FromSlash(link))
			os.Remove(p)
			must(t, os.MkdirAll(filepath.Dir(p), 0o755))
			must(t, os.Symlink(target, p))
		case "mkdir":
			p := filepath.Join(wd, filepath.FromSlash(val))
			os.Remove(p)
			must(t, os.MkdirAll(p, 0o755))
		case "fifo":
			p := filepath.Join(wd, filepath.FromSlash(val))
			os.Remove(p)
			must(t, syscall.Mkfifo(p, 0o644))
		case "delete":
			must(t, os.RemoveAll(filepath.Join(wd, filepath.FromSlash(val))))
		}
	}
	if c.Gen != nil {
		c.Gen(t, wd)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// entry is what the snapshot keeps of one path: its type and content hash
// (regular files), its target (links), or just its type.
type entry struct {
	mode fs.FileMode
	sum  [32]byte
	link string
}

func snapshot(t *testing.T, root string) map[string]entry {
	t.Helper()
	out := map[string]entry{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		e := entry{mode: d.Type()}
		switch {
		case d.Type().IsRegular():
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			e.sum = sha256.Sum256(data)
		case d.Type()&fs.ModeSymlink != 0:
			e.link, _ = os.Readlink(p)
		}
		out[filepath.ToSlash(rel)] = e
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// changes lists paths added, removed or changed between two snapshots.
func changes(before, after map[string]entry) []string {
	var out []string
	for p, e := range after {
		if b, ok := before[p]; !ok || b != e {
			out = append(out, p)
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// rewrite records the exit code and diagnostics of a run in the case file
// (KH_UPDATE_GOLDEN=1); the rest of the header and the files stay.
func rewrite(t *testing.T, c Case, r result) {
	t.Helper()
	a, err := txtar.ParseFile(c.Path)
	if err != nil {
		t.Fatal(err)
	}
	var h []string
	for _, line := range strings.Split(strings.TrimRight(string(a.Comment), "\n"), "\n") {
		if !strings.HasPrefix(line, "exit: ") && !strings.HasPrefix(line, "diag: ") {
			h = append(h, line)
		}
	}
	h = append(h, "exit: "+strconv.Itoa(r.code))
	for _, d := range r.diags {
		h = append(h, "diag: "+d)
	}
	a.Comment = []byte(strings.Join(h, "\n") + "\n")
	must(t, os.WriteFile(c.Path, txtar.Format(a), 0o644))
}

package check_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/checkrun"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/golden"
	"github.com/kh-tools/kh/internal/load"
)

const casesDir = "../../testdata/rules"

// TestRules runs every case of testdata/rules: the base repository with the
// case's files laid over it. The findings must equal the case's .want file
// (Vietnamese) and .want.en file (English).
func TestRules(t *testing.T) {
	cases, _ := filepath.Glob(filepath.Join(casesDir, "*.txtar"))
	if len(cases) == 0 {
		t.Fatal("no rule cases")
	}
	for _, c := range cases {
		name := strings.TrimSuffix(filepath.Base(c), ".txtar")
		t.Run(name, func(t *testing.T) {
			dir := materialise(t, c)
			got := runCase(t, dir, unreadable(t, c), caseOptions(t, c))
			golden.Check(t, strings.TrimSuffix(c, ".txtar")+".want", got)
		})
	}
}

// TestEveryRuleHasAFailingCase keeps the catalogue and the cases in step.
// The findings of kh import-doc (KH050–KH059) have their cases in
// testdata/import/rules, run by the docimport package.
func TestEveryRuleHasAFailingCase(t *testing.T) {
	wants, _ := filepath.Glob(filepath.Join(casesDir, "*.want"))
	imports, _ := filepath.Glob(filepath.Join(casesDir, "..", "import", "rules", "*.want"))
	wants = append(wants, imports...)
	seen := map[string]bool{}
	for _, w := range wants {
		data, _ := os.ReadFile(w)
		for _, r := range diag.Rules() {
			if bytes.Contains(data, []byte("["+r.Code+"]")) {
				seen[r.Code] = true
			}
		}
	}
	var missing []string
	for _, r := range diag.Rules() {
		if !seen[r.Code] {
			missing = append(missing, r.Code)
		}
	}
	if len(missing) > 0 {
		t.Errorf("rules without a failing golden case: %s", strings.Join(missing, " "))
	}
}

func materialise(t *testing.T, archive string) string {
	t.Helper()
	dir := t.TempDir()
	copyTree(t, filepath.Join(casesDir, "base"), dir)
	a, err := txtar.ParseFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range a.Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if len(bytes.TrimSpace(f.Data)) == 0 && strings.HasSuffix(f.Name, ".yaml") {
			os.Remove(p) // an empty section deletes a base file
			continue
		}
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, line := range strings.Split(string(a.Comment), "\n") {
		fileDirective(t, dir, strings.TrimSpace(line))
	}
	return dir
}

// fileDirective applies a comment line that makes a file no archive can
// hold: "dir: NAME" (a folder), "symlink: NAME -> TARGET", "fifo: NAME",
// "big: NAME" (a file over the loader's size limit).
func fileDirective(t *testing.T, dir, line string) {
	kind, arg, ok := strings.Cut(line, ": ")
	if !ok {
		return
	}
	p := filepath.Join(dir, filepath.FromSlash(strings.Fields(arg)[0]))
	var err error
	switch kind {
	case "dir":
		os.Remove(p)
		err = os.MkdirAll(p, 0o755)
	case "symlink":
		name, target, _ := strings.Cut(arg, " -> ")
		p = filepath.Join(dir, filepath.FromSlash(name))
		os.Remove(p)
		err = os.Symlink(target, p)
	case "fifo":
		os.Remove(p)
		err = syscall.Mkfifo(p, 0o644)
	case "big":
		err = os.WriteFile(p, bytes.Repeat([]byte("# dòng chú thích dài để tệp vượt giới hạn kích thước\n"), load.MaxFileSize/40), 0o644)
	default:
		return
	}
	if err != nil {
		t.Fatal(err)
	}
}

// unreadable lists the files the case's comment marks "unreadable: NAME":
// the loader gets a permission error for them, which no file mode gives a
// test running as root.
func unreadable(t *testing.T, archive string) map[string]bool {
	a, err := txtar.ParseFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(a.Comment), "\n") {
		if name, ok := strings.CutPrefix(strings.TrimSpace(line), "unreadable: "); ok {
			out[name] = true
		}
	}
	return out
}

// deniedFS refuses to read the named files.
type deniedFS struct {
	fs.FS
	denied map[string]bool
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if d.denied[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.FS.Open(name)
}

func (d deniedFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(d.FS, name) }

func (d deniedFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.FS, name) }

// caseOptions reads flags from the archive comment, e.g. "no-suppress".
func caseOptions(t *testing.T, archive string) check.Options {
	a, err := txtar.ParseFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	var opt check.Options
	for _, line := range strings.Split(string(a.Comment), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "flag: no-suppress":
			opt.NoSuppress = true
		case strings.HasPrefix(line, "flag: today "):
			day, err := time.Parse(time.DateOnly, strings.TrimPrefix(line, "flag: today "))
			if err != nil {
				t.Fatal(err)
			}
			opt.Today = day
		case strings.HasPrefix(line, "flag: as-of "):
			day, err := time.Parse(time.DateOnly, strings.TrimPrefix(line, "flag: as-of "))
			if err != nil {
				t.Fatal(err)
			}
			opt.AsOf = day
		}
	}
	return opt
}

func runCase(t *testing.T, dir string, denied map[string]bool, opt check.Options) string {
	t.Helper()
	fsys, err := load.DirFS(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := load.FS(deniedFS{fsys, denied}, load.Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	opt.TemplatesDir = filepath.Join(dir, "templates")
	opt.Base = dir
	opt = opt.InRepo(res.Calendar, res.Repo.Config)
	ds := check.Run(res.Repo, res.Diags, opt)
	wholeOpt := opt
	wholeOpt.Whole = true
	if diff := cmp.Diff(check.Run(res.Repo, res.Diags, wholeOpt), ds); diff != "" {
		t.Errorf("with every rule seeing the whole repository the findings differ: a rule reads what its Reads in internal/check/rules.go do not declare, or reads another plan outside the index (-whole +declared):\n%s", diff)
	}
	if len(denied) == 0 {
		streamed(t, dir, opt, ds)
	}
	return render(t, ds)
}

// streamed checks the case as kh check does, plan by plan, without the
// cache, with an empty one and with a full one: each must give ds.
func streamed(t *testing.T, dir string, opt check.Options, ds []diag.Diagnostic) {
	t.Helper()
	cacheDir := t.TempDir()
	for _, run := range []struct {
		name  string
		cache bool
	}{{"without the cache", false}, {"with an empty cache", true}, {"with a full cache", true}} {
		rep, err := checkrun.Run([]string{dir}, checkrun.Options{
			Check: check.Options{NoSuppress: opt.NoSuppress, AsOf: opt.AsOf, Today: opt.Today}, Base: dir,
			Cache: run.cache, CacheDir: cacheDir, Version: "test",
			TemplatesDir: func(string) string { return opt.TemplatesDir },
		})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(render(t, ds), render(t, rep.Diags)); diff != "" {
			t.Errorf("kh check %s differs from the whole check (-whole +streamed):\n%s", run.name, diff)
		}
	}
}

func render(t *testing.T, ds []diag.Diagnostic) string {
	t.Helper()
	var b bytes.Buffer
	for _, lang := range []diag.Lang{diag.VI, diag.EN} {
		if err := diag.WriteText(&b, ds, lang, true); err != nil {
			t.Fatal(err)
		}
		b.WriteString("--\n")
	}
	return b.String()
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	var files []string
	filepath.Walk(from, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			files = append(files, p)
		}
		return err
	})
	sort.Strings(files)
	for _, f := range files {
		rel, _ := filepath.Rel(from, f)
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(to, rel)
		os.MkdirAll(filepath.Dir(dst), 0o755)
		os.WriteFile(dst, data, 0o644)
	}
}

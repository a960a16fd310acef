package checkrun

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/benchdata"
	"github.com/kh-tools/kh/internal/cache"
	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
)

func synthetic(t *testing.T, plans int) string {
	t.Helper()
	root := filepath.Join(t.TempDir(), "kho")
	if _, err := benchdata.Generate(root, benchdata.Options{Plans: plans}); err != nil {
		t.Fatal(err)
	}
	return root
}

// run checks root; dir "" means without the cache.
func run(t *testing.T, root, dir string, opt Options) *Report {
	t.Helper()
	opt.Base = filepath.Dir(root)
	opt.Cache, opt.CacheDir = dir != "", dir
	if opt.Version == "" {
		opt.Version = "test"
	}
	rep, err := Run([]string{root}, opt)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// whole is the oracle: the repository loaded at once and checked with
// every rule seeing everything.
func whole(t *testing.T, root string, opt check.Options) []diag.Diagnostic {
	t.Helper()
	res, err := load.Repo(root, load.Options{Base: filepath.Dir(root)})
	if err != nil {
		t.Fatal(err)
	}
	opt = opt.InRepo(res.Calendar, res.Repo.Config)
	opt.Base, opt.Whole = filepath.Dir(root), true
	return check.Run(res.Repo, res.Diags, opt)
}

func same(t *testing.T, what string, want, got []diag.Diagnostic) {
	t.Helper()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("%s differs (-want +got):\n%s", what, diff)
	}
}

var asOf = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

// TestCachedMatchesUncached: streamed without the cache, with an empty
// cache and with a full one, the findings, the counts and the agenda are
// those of the whole repository checked at once.
func TestCachedMatchesUncached(t *testing.T) {
	real, err := filepath.Abs("../../plans")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		root func(t *testing.T) string
		opt  check.Options
	}{
		{"synthetic", func(t *testing.T) string { return synthetic(t, 30) }, check.Options{}},
		{"synthetic no-suppress", func(t *testing.T) string { return synthetic(t, 30) }, check.Options{NoSuppress: true}},
		{"synthetic as-of", func(t *testing.T) string { return synthetic(t, 30) }, check.Options{AsOf: asOf}},
		{"plans", func(*testing.T) string { return real }, check.Options{}},
		{"plans as-of", func(*testing.T) string { return real }, check.Options{AsOf: asOf}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, dir := tc.root(t), t.TempDir()
			want := whole(t, root, tc.opt)
			bare := run(t, root, "", Options{Check: tc.opt})
			same(t, "no cache", want, bare.Diags)
			cold := run(t, root, dir, Options{Check: tc.opt})
			same(t, "empty cache", want, cold.Diags)
			warm := run(t, root, dir, Options{Check: tc.opt})
			same(t, "full cache", want, warm.Diags)
			if warm.Stats.Hits != warm.Stats.Plans || cold.Stats.Hits != 0 {
				t.Errorf("cold %+v, warm %+v: want every plan from the cache when warm, none when cold", cold.Stats, warm.Stats)
			}
			for _, r := range []*Report{cold, warm} {
				if r.Files != bare.Files || r.Plans != bare.Plans || !cmp.Equal(r.Agenda, bare.Agenda) {
					t.Errorf("counts or agenda differ: %d files %d plans vs %d %d", r.Files, r.Plans, bare.Files, bare.Plans)
				}
			}
		})
	}
}

// Plans of the synthetic repository: a framework plan that yearly plans
// implement and cite, a yearly plan the next one cites, and one present
// from ten plans on.
const (
	framework = "nghe-an/na-kh-100-2025"
	yearly    = "nghe-an/na-kh-135-2025"
	small     = "nghe-an/na-kh-107-2025"
)

// record is a progress record of the yearly plan with one unknown task.
const record = `ke_hoach: na-kh-135-2025
ky: 2026-Q1
co_quan: so-khcn-na
nhiem_vu:
  - id: nv-01
    tinh_trang: hoan_thanh
    ngay_hoan_thanh: 2026-03-02
  - id: nv-99
    tinh_trang: dang_thuc_hien
`

// TestInvalidation edits the repository between two cached runs: the
// second must report what the whole check reports, re-checking only the
// plans whose own files or declared reads changed (the rules across plans
// run on every check, so the plans depending on an edited one need no
// re-check).
func TestInvalidation(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(t *testing.T, root string, opt *Options)
		// misses is how many plans must be re-checked; -1 means all.
		misses int
	}{
		{"comment in a yearly plan", func(t *testing.T, root string, _ *Options) {
			appendTo(t, filepath.Join(root, yearly, "ke-hoach.yaml"), "# đã rà soát\n")
		}, 1},
		{"deadline slips in a yearly plan", func(t *testing.T, root string, _ *Options) {
			replaceIn(t, filepath.Join(root, yearly, "pl02-nhiem-vu.yaml"), "thoi_han: Quý", "thoi_han: Năm 2027 # Quý")
		}, 1},
		{"framework task deadline read by the yearly plans", func(t *testing.T, root string, _ *Options) {
			replaceIn(t, filepath.Join(root, framework, "pl02-nhiem-vu.yaml"), "thoi_han: ", "thoi_han: Quý I/2026 # ")
		}, 1},
		{"appendix removed", func(t *testing.T, root string, _ *Options) {
			if err := os.Remove(filepath.Join(root, yearly, "pl01-chi-tieu.yaml")); err != nil {
				t.Fatal(err)
			}
		}, 1},
		{"progress record added", func(t *testing.T, root string, _ *Options) { writeRecord(t, root) }, 1},
		{"progress record with as-of", func(t *testing.T, root string, opt *Options) {
			opt.Check.AsOf = asOf
			run(t, root, opt.CacheDir, *opt)
			writeRecord(t, root)
		}, 1},
		{"registry", func(t *testing.T, root string, _ *Options) {
			appendTo(t, filepath.Join(root, "nghe-an", "co-quan.yaml"), "  - id: so-moi-na\n    ten: Sở Mới\n")
		}, -1},
		{"kho.yaml", func(t *testing.T, root string, _ *Options) {
			replaceIn(t, filepath.Join(root, "kho.yaml"), "bao_cao_truoc_ngay_lam_viec: 5", "bao_cao_truoc_ngay_lam_viec: 9")
		}, -1},
		{"calendar", func(t *testing.T, root string, _ *Options) {
			writeFile(t, filepath.Join(root, load.CalendarFile), "nam:\n  - nam: 2026\n    nghi_bu:\n      - ngay: 2026-05-04\n        nguon: Thông báo thử\n")
		}, -1},
		{"version", func(_ *testing.T, _ string, opt *Options) { opt.Version = "test-2" }, -1},
		{"options that reach the findings before suppression", func(_ *testing.T, _ string, opt *Options) { opt.Check.AsOf = asOf }, -1},
		{"options applied after the cache", func(_ *testing.T, _ string, opt *Options) { opt.Check.NoSuppress = true }, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, dir := synthetic(t, 30), t.TempDir()
			opt := Options{CacheDir: dir}
			run(t, root, dir, opt)
			tc.change(t, root, &opt)
			got := run(t, root, dir, opt)
			same(t, "after the change", whole(t, root, opt.Check), got.Diags)
			want := tc.misses
			if want < 0 {
				want = got.Stats.Plans
			}
			if misses := got.Stats.Plans - got.Stats.Hits; misses != want {
				t.Errorf("stats %+v: %d plans re-checked, want %d", got.Stats, misses, want)
			}
		})
	}
}

// TestAlteredEntryIsAMiss edits findings inside the cache entries, as
// someone might by hand: an entry whose checksum fails is recomputed, and
// the report is what it would be. The snapshot is altered too, so the
// units are read.
func TestAlteredEntryIsAMiss(t *testing.T) {
	root, dir := synthetic(t, 10), t.TempDir()
	run(t, root, dir, Options{})
	edited := 0
	err := filepath.WalkDir(filepath.Join(dir), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(filepath.ToSlash(p), "/snap/") {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(p, append(data[:len(data)-1], data[len(data)-1]^1), 0o644)
		}
		if err != nil || d.IsDir() || !strings.Contains(filepath.ToSlash(p), "/unit/") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if s := string(data); strings.Contains(s, `"Rule":"KH`) {
			edited++
			return os.WriteFile(p, []byte(strings.Replace(s, `"Rule":"KH`, `"Rule":"KX`, 1)), 0o644)
		}
		return nil
	})
	if err != nil || edited == 0 {
		t.Fatalf("edited %d entries: %v", edited, err)
	}
	got := run(t, root, dir, Options{})
	same(t, "with altered entries", whole(t, root, check.Options{}), got.Diags)
	if misses := got.Stats.Plans - got.Stats.Hits; misses != edited {
		t.Errorf("%d plans re-checked, want the %d altered", misses, edited)
	}
}

// TestEditKeepingSizeAndTime: within the racy window (the seconds after a
// run started) a file is read again even when its size and time did not
// change, as git's index does.
func TestEditKeepingSizeAndTime(t *testing.T) {
	root, dir := synthetic(t, 10), t.TempDir()
	p := filepath.Join(root, small, "pl02-nhiem-vu.yaml")
	info, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	os.Chtimes(p, now, now)
	run(t, root, dir, Options{})
	replaceIn(t, p, "thoi_han: Năm 2027", "thoi_han: Năm 2029")
	os.Chtimes(p, now, now)
	if after, _ := os.Stat(p); after.Size() != info.Size() || !after.ModTime().Equal(now) {
		t.Fatalf("size %d, time %v: the edit must keep both", after.Size(), after.ModTime())
	}
	got := run(t, root, dir, Options{})
	same(t, "after a same-second edit", whole(t, root, check.Options{}), got.Diags)
}

// TestConcurrentRuns runs four cached checks at once on one cache, cold,
// then after a change, then over deliberately damaged entries: every run
// must still report what the whole check reports.
func TestConcurrentRuns(t *testing.T) {
	root, dir := synthetic(t, 30), t.TempDir()
	for _, step := range []struct {
		name   string
		before func(t *testing.T)
	}{
		{"cold", func(*testing.T) {}},
		{"after a change", func(t *testing.T) {
			replaceIn(t, filepath.Join(root, yearly, "pl02-nhiem-vu.yaml"), "thoi_han: Quý", "thoi_han: Năm 2027 # Quý")
		}},
		{"damaged entries", func(t *testing.T) { damage(t, dir) }},
	} {
		t.Run(step.name, func(t *testing.T) {
			step.before(t)
			want := whole(t, root, check.Options{})
			var wg sync.WaitGroup
			reports := make([]*Report, 4)
			for i := range reports {
				wg.Add(1)
				go func() {
					defer wg.Done()
					rep, err := Run([]string{root}, Options{Base: filepath.Dir(root), Cache: true, CacheDir: dir, Version: "test"})
					if err != nil {
						t.Error(err)
						return
					}
					reports[i] = rep
				}()
			}
			wg.Wait()
			for _, rep := range reports {
				if rep != nil {
					same(t, "concurrent run", want, rep.Diags)
				}
			}
		})
	}
}

// damage truncates every cache entry to half, as a crash of a writer
// without rename would leave it.
func damage(t *testing.T, dir string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(p, data[:len(data)/2], 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestTwoProcesses runs the check in two processes at once on one cache:
// the test binary re-executes itself as the helper below.
func TestTwoProcesses(t *testing.T) {
	root, dir := synthetic(t, 20), t.TempDir()
	cmds := make([]*exec.Cmd, 2)
	for i := range cmds {
		cmds[i] = exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
		cmds[i].Env = append(os.Environ(), "KH_CHECKRUN_HELPER_ROOT="+root, cache.EnvDir+"="+dir)
		if err := cmds[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("helper process: %v", err)
		}
	}
	rep := run(t, root, dir, Options{})
	same(t, "after two processes", whole(t, root, check.Options{}), rep.Diags)
	if rep.Stats.Hits != rep.Stats.Plans {
		t.Errorf("after two processes filled the cache: %+v", rep.Stats)
	}
}

func TestHelperProcess(t *testing.T) {
	root := os.Getenv("KH_CHECKRUN_HELPER_ROOT")
	if root == "" {
		t.Skip("only run by TestTwoProcesses")
	}
	dir, err := cache.Dir()
	if err != nil {
		t.Fatal(err)
	}
	rep := run(t, root, dir, Options{})
	same(t, "helper", whole(t, root, check.Options{}), rep.Diags)
}

// TestNamedPaths: only the findings and counts of the named plan are
// reported, though the whole repository is checked.
func TestNamedPaths(t *testing.T) {
	root := synthetic(t, 10)
	all := run(t, root, "", Options{})
	rep, err := Run([]string{filepath.Join(root, small)}, Options{Base: filepath.Dir(root)})
	if err != nil {
		t.Fatal(err)
	}
	var want []diag.Diagnostic
	for _, d := range all.Diags {
		if strings.HasPrefix(d.Pos.File, "kho/"+small+"/") {
			want = append(want, d)
		}
	}
	same(t, "named plan", want, rep.Diags)
	if rep.Plans != 1 || rep.Files < 2 {
		t.Errorf("counts %d plans, %d files", rep.Plans, rep.Files)
	}
}

func TestOutsideRepository(t *testing.T) {
	_, err := Run([]string{t.TempDir()}, Options{})
	if _, ok := err.(*load.PathError); !ok {
		t.Fatalf("err = %v, want a *load.PathError", err)
	}
}

func writeRecord(t *testing.T, root string) {
	t.Helper()
	writeFile(t, filepath.Join(root, yearly, "tien-do", "2026-Q1", "so-khcn-na.yaml"), record)
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func appendTo(t *testing.T, path, text string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, string(data)+text)
}

func replaceIn(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s lacks %q", path, old)
	}
	writeFile(t, path, strings.Replace(string(data), old, new, 1))
}

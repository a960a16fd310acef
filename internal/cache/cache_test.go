package cache

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
	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
)

// uncached is what kh check reports without a cache.
func uncached(t *testing.T, root string, opt check.Options) []diag.Diagnostic {
	t.Helper()
	res, err := load.Repo(root, load.Options{Base: filepath.Dir(root)})
	if err != nil {
		t.Fatal(err)
	}
	// The options kh check derives from the repository (cli.withRepoSettings).
	opt.Calendar, opt.Base = res.Calendar, filepath.Dir(root)
	if gap := res.Repo.Config.ReportGap; gap > 0 {
		opt.ReportGap = gap
	}
	return check.Run(res.Repo, res.Diags, opt)
}

func cached(t *testing.T, root, dir string, opt Options) *Result {
	t.Helper()
	opt.Dir, opt.Base = dir, filepath.Dir(root)
	if opt.Version == "" {
		opt.Version = "test"
	}
	res, err := Check(root, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func synthetic(t *testing.T, plans int) string {
	t.Helper()
	root := filepath.Join(t.TempDir(), "kho")
	if _, err := benchdata.Generate(root, benchdata.Options{Plans: plans}); err != nil {
		t.Fatal(err)
	}
	return root
}

func sameDiags(t *testing.T, want, got []diag.Diagnostic) {
	t.Helper()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("cached findings differ from an uncached run (-want +got):\n%s", diff)
	}
}

func TestMatchesUncached(t *testing.T) {
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
		{"plans", func(*testing.T) string { return real }, check.Options{}},
		{"plans no-suppress", func(*testing.T) string { return real }, check.Options{NoSuppress: true}},
		{"plans as-of", func(*testing.T) string { return real }, check.Options{AsOf: asOf}},
		{"plans templates", func(*testing.T) string { return real }, check.Options{TemplatesDir: filepath.Join(filepath.Dir(real), "templates")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, dir := tc.root(t), t.TempDir()
			want := uncached(t, root, tc.opt)
			cold := cached(t, root, dir, Options{Check: tc.opt})
			sameDiags(t, want, cold.Diags)
			warm := cached(t, root, dir, Options{Check: tc.opt})
			sameDiags(t, want, warm.Diags)
			if warm.Stats.Hits != warm.Stats.Plans || warm.Stats.Whole {
				t.Errorf("warm run stats %+v, want every plan from the cache", warm.Stats)
			}
			if len(warm.Files) != len(cold.Files) || len(warm.PlanFiles) != len(cold.PlanFiles) {
				t.Errorf("warm run counts %d files, %d plans; cold %d, %d", len(warm.Files), len(warm.PlanFiles), len(cold.Files), len(cold.PlanFiles))
			}
		})
	}
}

var asOf = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

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

// Plans of the synthetic repository: a framework plan that yearly plans
// implement and cite, and a yearly plan the next one cites.
const (
	framework = "nghe-an/na-kh-100-2025"
	yearly    = "nghe-an/na-kh-135-2025"
)

func TestInvalidation(t *testing.T) {
	for _, tc := range []struct {
		name string
		// change edits the repository or the options of the second run.
		change func(t *testing.T, root string, opt *Options)
		// plan is the changed plan, whose dependents must be re-checked
		// too; "" means everything must be.
		plan string
	}{
		{"comment in a yearly plan", func(t *testing.T, root string, _ *Options) {
			appendTo(t, filepath.Join(root, yearly, "ke-hoach.yaml"), "# đã rà soát\n")
		}, yearly},
		{"deadline slips in a yearly plan", func(t *testing.T, root string, _ *Options) {
			replaceIn(t, filepath.Join(root, yearly, "pl02-nhiem-vu.yaml"), "thoi_han: Quý", "thoi_han: Năm 2027 # Quý")
		}, yearly},
		{"framework task deadline", func(t *testing.T, root string, _ *Options) {
			replaceIn(t, filepath.Join(root, framework, "pl02-nhiem-vu.yaml"), "thoi_han: ", "thoi_han: Quý I/2026 # ")
		}, framework},
		{"appendix removed", func(t *testing.T, root string, _ *Options) {
			if err := os.Remove(filepath.Join(root, yearly, "pl01-chi-tieu.yaml")); err != nil {
				t.Fatal(err)
			}
		}, yearly},
		{"progress record", func(t *testing.T, root string, _ *Options) {
			writeRecord(t, root)
		}, yearly},
		{"progress record with as-of", func(t *testing.T, root string, opt *Options) {
			opt.Check.AsOf = asOf
			cached(t, root, opt.Dir, *opt)
			writeRecord(t, root)
		}, ""},
		{"registry", func(t *testing.T, root string, _ *Options) {
			appendTo(t, filepath.Join(root, "nghe-an", "co-quan.yaml"), "  - id: so-moi-na\n    ten: Sở Mới\n")
		}, ""},
		{"version", func(_ *testing.T, _ string, opt *Options) { opt.Version = "test-2" }, ""},
		{"rules", func(t *testing.T, _ string, _ *Options) {
			saved := rulesHash
			rulesHash = func() string { return "changed" }
			t.Cleanup(func() { rulesHash = saved })
		}, ""},
		{"options", func(_ *testing.T, _ string, opt *Options) { opt.Check.NoSuppress = true }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, dir := synthetic(t, 30), t.TempDir()
			opt := Options{Dir: dir}
			cached(t, root, dir, opt)
			tc.change(t, root, &opt)
			got := cached(t, root, dir, opt)
			sameDiags(t, uncached(t, root, opt.Check), got.Diags)
			want := got.Stats.Plans
			if tc.plan != "" {
				want = 1 + mentions(t, root, filepath.Base(tc.plan))
			}
			if got.Stats.Misses != want || got.Stats.Whole != (tc.plan == "") {
				t.Errorf("stats %+v, want %d plans re-checked (whole: %v)", got.Stats, want, tc.plan == "")
			}
		})
	}
}

// mentions counts the other plans whose files name plan id: the plans that
// depend on it in the synthetic repository.
func mentions(t *testing.T, root, id string) int {
	t.Helper()
	dirs := map[string]bool{}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(p, string(filepath.Separator)+id+string(filepath.Separator)) {
			return err
		}
		data, err := os.ReadFile(p)
		if strings.Contains(string(data), id) {
			dirs[filepath.Dir(p)] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return len(dirs)
}

func writeRecord(t *testing.T, root string) {
	t.Helper()
	path := filepath.Join(root, yearly, "tien-do", "2026-Q1", "so-khcn-na.yaml")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(record), 0o644); err != nil {
		t.Fatal(err)
	}
}

func appendTo(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func replaceIn(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s has no %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestConcurrentRuns runs checks side by side on one cache, first cold,
// then after a change, then over deliberately corrupted entries: every run
// must still report what an uncached run reports.
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
		{"corrupt entries", func(t *testing.T) { corrupt(t, dir) }},
	} {
		t.Run(step.name, func(t *testing.T) {
			step.before(t)
			want := uncached(t, root, check.Options{})
			var wg sync.WaitGroup
			results := make([]*Result, 4)
			for i := range results {
				wg.Add(1)
				go func() {
					defer wg.Done()
					res, err := Check(root, Options{Version: "test", Dir: dir, Base: filepath.Dir(root)})
					if err != nil {
						t.Error(err)
						return
					}
					results[i] = res
				}()
			}
			wg.Wait()
			for _, res := range results {
				if res != nil {
					sameDiags(t, want, res.Diags)
				}
			}
		})
	}
}

// corrupt truncates every cache entry to half, as a crash of a writer
// without rename would leave it.
func corrupt(t *testing.T, dir string) {
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
	want := uncached(t, root, check.Options{})
	cmds := make([]*exec.Cmd, 2)
	for i := range cmds {
		cmds[i] = exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
		cmds[i].Env = append(os.Environ(), "KH_CACHE_HELPER_ROOT="+root, EnvDir+"="+dir)
		if err := cmds[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("helper process: %v", err)
		}
	}
	res := cached(t, root, dir, Options{})
	sameDiags(t, want, res.Diags)
	if res.Stats.Hits != res.Stats.Plans {
		t.Errorf("after two processes filled the cache: %+v", res.Stats)
	}
}

func TestHelperProcess(t *testing.T) {
	root := os.Getenv("KH_CACHE_HELPER_ROOT")
	if root == "" {
		t.Skip("only run by TestTwoProcesses")
	}
	dir, err := Dir()
	if err != nil {
		t.Fatal(err)
	}
	res := cached(t, root, dir, Options{})
	sameDiags(t, uncached(t, root, check.Options{}), res.Diags)
}

package changed

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
)

// extra plans laid beside testdata/repo-ok's kh-mau-2026, one per kind of
// link a plan can have to another plan or to an agency.
var extra = map[string]string{
	"tinh-mau/kh-con/ke-hoach.yaml":   "id: kh-con\nloai: KH\nco_quan: ubnd-tinh\nke_hoach_cha: kh-mau-2026\n",
	"tinh-mau/kh-chau/ke-hoach.yaml":  "id: kh-chau\nloai: KH\nco_quan: ubnd-tinh\nthuc_hien: [kh-con]\n",
	"tinh-mau/kh-le/ke-hoach.yaml":    "id: kh-le\nloai: KH\nco_quan: ubnd-tinh\n",
	"tinh-mau/kh-task/ke-hoach.yaml":  "id: kh-task\nloai: KH\nco_quan: ubnd-tinh\nnoi_dung:\n  - id: a\n    nhiem_vu:\n      - id: t1\n        noi_dung: x\n        thuc_hien: kh-le/t9\n",
	"tinh-mau/kh-cite/ke-hoach.yaml":  "id: kh-cite\nloai: KH\nco_quan: ubnd-tinh\ncan_cu:\n  - id: c1\n    ke_hoach: kh-le\n",
	"tinh-khac/co-quan.yaml":          "tinh: Tỉnh khác\nco_quan:\n  - id: so-khac\n    ten: Sở Khác\n    bi_danh: [Sở Khác Tỉnh]\n  - id: so-hai\n    ten: Sở Hai\n",
	"tinh-khac/kh-khac/ke-hoach.yaml": "id: kh-khac\nloai: KH\nco_quan: so-hai\n",
	// Names an agency of the other province by an alias, in an appendix.
	"tinh-mau/kh-ten/ke-hoach.yaml": "id: kh-ten\nloai: KH\nco_quan: ubnd-tinh\nphu_luc: [pl.yaml]\n",
	"tinh-mau/kh-ten/pl.yaml":       "id: pl\nloai: nhiem_vu\nnhom:\n  - id: g\n    nhiem_vu:\n      - id: t\n        noi_dung: x\n        chu_tri: [sở khác  tỉnh]\n",
}

var allPlans = []string{"kh-chau", "kh-cite", "kh-con", "kh-khac", "kh-le", "kh-mau-2026", "kh-task", "kh-ten"}

func TestPlans(t *testing.T) {
	tinhMau := []string{"kh-chau", "kh-cite", "kh-con", "kh-le", "kh-mau-2026", "kh-task", "kh-ten"}
	tests := []struct {
		name   string
		change func(t *testing.T, top string)
		rev    string
		want   []string
	}{
		{name: "nothing changed", change: func(*testing.T, string) {}, want: nil},
		{name: "appendix touches its plan and the plans below it", change: edit("plans/tinh-mau/kh-mau/pl01-nhiem-vu.yaml"),
			want: []string{"kh-chau", "kh-con", "kh-mau-2026"}},
		{name: "task and citation links", change: edit("plans/tinh-mau/kh-le/ke-hoach.yaml"),
			want: []string{"kh-cite", "kh-le", "kh-task"}},
		{name: "staged changes count", change: func(t *testing.T, top string) {
			edit("plans/tinh-mau/kh-chau/ke-hoach.yaml")(t, top)
			run(t, top, "git", "add", "-A")
		}, want: []string{"kh-chau"}},
		{name: "registry touches its folder and plans naming its agencies", change: edit("plans/tinh-khac/co-quan.yaml"),
			want: []string{"kh-khac", "kh-ten"}},
		{name: "agency removed from a registry still finds its users", change: write("plans/tinh-khac/co-quan.yaml", "tinh: Tỉnh khác\nco_quan:\n  - id: so-hai\n    ten: Sở Hai\n"),
			want: []string{"kh-khac", "kh-ten"}},
		{name: "province registry touches its province", change: edit("plans/tinh-mau/co-quan.yaml"), want: tinhMau},
		{name: "kho.yaml touches every plan", change: edit("plans/kho.yaml"), want: allPlans},
		{name: "untracked calendar touches every plan", change: write("plans/lich-lam-viec.yaml", "nam: []\n"), want: allPlans},
		{name: "untracked new plan", change: write("plans/tinh-mau/kh-moi/ke-hoach.yaml", "id: kh-moi\nloai: KH\n"), want: []string{"kh-moi"}},
		{name: "ignored file does not count", change: func(t *testing.T, top string) {
			write(".gitignore", "*.bak\n")(t, top)
			write("plans/tinh-mau/kh-le/ke-hoach.yaml.bak", "x")(t, top)
		}, want: nil},
		{name: "deleted plan touches the plans naming it", change: func(t *testing.T, top string) {
			if err := os.RemoveAll(filepath.Join(top, "plans/tinh-mau/kh-le")); err != nil {
				t.Fatal(err)
			}
		}, want: []string{"kh-cite", "kh-task"}},
		{name: "renamed id touches the plans naming the old id", change: func(t *testing.T, top string) {
			write("plans/tinh-mau/kh-le/ke-hoach.yaml", "id: kh-le-moi\nloai: KH\n")(t, top)
		}, want: []string{"kh-cite", "kh-le-moi", "kh-task"}},
		{name: "moved plan folder", change: func(t *testing.T, top string) {
			run(t, top, "git", "mv", "plans/tinh-mau/kh-chau", "plans/tinh-khac/kh-chau")
		}, want: []string{"kh-chau"}},
		{name: "files outside the plans root are ignored", change: write("README.md", "x"), want: nil},
		{name: "committed changes since an older revision", rev: "HEAD~1", change: func(t *testing.T, top string) {
			edit("plans/tinh-mau/kh-con/ke-hoach.yaml")(t, top)
			run(t, top, "git", "commit", "-qam", "sửa kh-con")
		}, want: []string{"kh-chau", "kh-con"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			top := newRepo(t)
			tt.change(t, top)
			rev := tt.rev
			if rev == "" {
				rev = "HEAD"
			}
			got, err := Plans(top, rev, "plans")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPlansFromSubdirectory(t *testing.T) {
	top := newRepo(t)
	edit("plans/tinh-mau/kh-chau/ke-hoach.yaml")(t, top)
	got, err := Plans(filepath.Join(top, "plans", "tinh-mau"), "HEAD", "..")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"kh-chau"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestPlansErrors(t *testing.T) {
	top := newRepo(t)
	tests := []struct {
		name, dir, rev, root, want string
	}{
		{"unknown revision", top, "khong-co", "plans", "khong-co"},
		{"plans root outside the work tree", top, "HEAD", t.TempDir(), "nằm ngoài kho git"},
		{"not a git repository", t.TempDir(), "HEAD", ".", "không nằm trong một kho git"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Plans(tt.dir, tt.rev, tt.root)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestFilter(t *testing.T) {
	top := newRepo(t)
	edit("plans/tinh-khac/co-quan.yaml")(t, top)
	c, err := Since(top, "HEAD", "plans")
	if err != nil {
		t.Fatal(err)
	}
	res, err := load.Repo(filepath.Join(top, "plans"), load.Options{Base: top})
	if err != nil {
		t.Fatal(err)
	}
	env := check.NewEnv(res.Repo, check.Options{Calendar: res.Calendar})
	var plans []Plan
	for _, p := range res.Repo.Plans {
		plans = append(plans, FromUnit(&check.Unit{File: p.Pos.File, Index: env.Summary(p)}))
	}
	touched := c.Touched(plans, res.Repo.Registries, top)
	at := func(file string) diag.Diagnostic {
		return diag.Diagnostic{Rule: "KH001", Pos: diag.Pos{File: file, Line: 1}}
	}
	ds := []diag.Diagnostic{
		at("plans/tinh-khac/co-quan.yaml"),       // changed registry: kept
		at("plans/tinh-mau/co-quan.yaml"),        // unchanged registry: dropped
		at("plans/tinh-mau/kh-ten/pl.yaml"),      // appendix of a touched plan: kept
		at("plans/tinh-mau/kh-le/ke-hoach.yaml"), // untouched plan: dropped
		at("plans/tinh-khac/kh-khac/ke-hoach.yaml"),
		at(""),
	}
	var got []string
	for _, d := range c.Filter(plans, top, touched, ds) {
		got = append(got, d.Pos.File)
	}
	want := []string{"plans/tinh-khac/co-quan.yaml", "plans/tinh-mau/kh-ten/pl.yaml", "plans/tinh-khac/kh-khac/ke-hoach.yaml", ""}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// newRepo makes a git repository holding a copy of testdata/repo-ok and the
// extra plans under plans/, committed once with a fixed identity and date so
// nothing depends on the machine's git configuration or clock.
func newRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	for k, v := range map[string]string{
		"GIT_CONFIG_GLOBAL": os.DevNull, "GIT_CONFIG_NOSYSTEM": "1",
		"GIT_AUTHOR_NAME": "kh", "GIT_AUTHOR_EMAIL": "kh@example.invalid", "GIT_AUTHOR_DATE": "2026-01-05T08:00:00+07:00",
		"GIT_COMMITTER_NAME": "kh", "GIT_COMMITTER_EMAIL": "kh@example.invalid", "GIT_COMMITTER_DATE": "2026-01-05T08:00:00+07:00",
	} {
		t.Setenv(k, v)
	}
	top := t.TempDir()
	plans := filepath.Join(top, "plans")
	if err := os.CopyFS(plans, os.DirFS("../../testdata/repo-ok")); err != nil {
		t.Fatal(err)
	}
	for name, content := range extra {
		write("plans/"+name, content)(t, top)
	}
	run(t, top, "git", "init", "-q", "-b", "main")
	run(t, top, "git", "add", "-A")
	run(t, top, "git", "commit", "-qm", "kho ban đầu")
	return top
}

func run(t *testing.T, dir string, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

func write(name, content string) func(*testing.T, string) {
	return func(t *testing.T, top string) {
		t.Helper()
		p := filepath.Join(top, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// edit appends a comment, a change git sees and the model does not.
func edit(name string) func(*testing.T, string) {
	return func(t *testing.T, top string) {
		t.Helper()
		p := filepath.Join(top, filepath.FromSlash(name))
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		write(name, string(data)+"# sửa\n")(t, top)
	}
}

// TestRevisionIsNeverAnOption: a revision that looks like an option reaches
// git only after --end-of-options, so git creates no file.
func TestRevisionIsNeverAnOption(t *testing.T) {
	top := newRepo(t)
	for _, rev := range []string{"--output=../injected", "--output=injected", "-oinjected"} {
		if _, err := Since(top, rev, "plans"); err == nil {
			t.Errorf("Since(%q) succeeded", rev)
		}
		for _, p := range []string{filepath.Join(top, "injected"), filepath.Join(filepath.Dir(top), "injected"), filepath.Join(top, "oinjected")} {
			if _, err := os.Stat(p); err == nil {
				t.Errorf("rev %q: git created %s", rev, p)
			}
		}
	}
}

// Plans returns the sorted ids of the plans under plansRoot affected by the
// changes since rev: see Since for which files count and Changes.Touched
// for which plans they affect. git runs in repoRoot; plansRoot is absolute
// or relative to repoRoot.
func Plans(repoRoot, rev, plansRoot string) ([]string, error) {
	c, err := Since(repoRoot, rev, plansRoot)
	if err != nil {
		return nil, err
	}
	if !filepath.IsAbs(plansRoot) {
		plansRoot = filepath.Join(repoRoot, plansRoot)
	}
	res, err := load.Repo(plansRoot, load.Options{Base: repoRoot})
	if err != nil {
		return nil, err
	}
	env := check.NewEnv(res.Repo, check.Options{Calendar: res.Calendar})
	var plans []Plan
	for _, p := range res.Repo.Plans {
		plans = append(plans, FromUnit(&check.Unit{File: p.Pos.File, Index: env.Summary(p)}))
	}
	return IDs(plans, c.Touched(plans, res.Repo.Registries, repoRoot)), nil
}

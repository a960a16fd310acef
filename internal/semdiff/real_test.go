package semdiff_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/cli"
	"github.com/kh-tools/kh/internal/difftable"
	"github.com/kh-tools/kh/internal/semdiff"
)

// The real plan under review: Kế hoạch 1174/KH-UBND as transcribed.
const realPlan = "nghe-an/kh-2026-cds"

// revise makes, in the plans folder dir, the changes a second draft of the
// Nghệ An 2026 plan could make: a slipped deadline, a deadline brought
// forward, a reworded task, a task removed, a task moved to another group,
// a task added, a lead agency replaced, a target lowered and one raised.
func revise(t testing.TB, dir string) {
	t.Helper()
	pl02 := filepath.Join(dir, realPlan, "pl02-nhiem-vu.yaml")
	edit(t, pl02, "theo_doi: [so-noi-vu]\n        thoi_han: Quý I/2026\n      # 2", "theo_doi: [so-noi-vu]\n        thoi_han: Quý II/2026\n      # 2")
	edit(t, pl02, "Bố trí tối thiểu một cán bộ có đủ năng lực, trình độ; được đào tạo", "Bố trí ít nhất hai cán bộ có đủ năng lực, trình độ chuyên môn; được đào tạo")
	edit(t, pl02, "khách quan, có định lượng\n        chu_tri: [cac-so-nganh, cac-dia-phuong]\n        chu_tri_in: Các Sở, ban, ngành; các địa phương\n        theo_doi: [so-khcn]\n        theo_doi_in: Sở Khoa học và Công nghệ\n        thoi_han: Năm 2026\n        thoi_han_in: \"2026\"",
		"khách quan, có định lượng\n        chu_tri: [cac-so-nganh, cac-dia-phuong]\n        chu_tri_in: Các Sở, ban, ngành; các địa phương\n        theo_doi: [so-khcn]\n        theo_doi_in: Sở Khoa học và Công nghệ\n        thoi_han: Quý III/2026")
	removed := "      # 6\n      - id: nv-kiem-tra-giam-sat\n        noi_dung: Ban hành kế hoạch và tổ chức kiểm tra, giám sát việc thực hiện nhiệm vụ chuyển đổi số\n" +
		"        chu_tri: [cac-so-nganh, cac-dia-phuong]\n        chu_tri_in: Các Sở, ban, ngành; các địa phương\n        theo_doi: [so-khcn]\n        theo_doi_in: Sở Khoa học và Công nghệ\n" +
		"        thoi_han: Năm 2026\n        thoi_han_in: \"2026\"\n"
	moved := "      # 7\n      - id: nv-cong-cu-bao-cao\n        noi_dung: Xây dựng công cụ báo cáo, kiểm tra, giám sát trực tuyến tiến độ các nhiệm vụ thực hiện; " +
		"phân cấp, phân quyền truy cập cho các cơ quan, tổ chức, địa phương thực hiện\n        chu_tri: [so-khcn]\n        chu_tri_in: Sở Khoa học và Công nghệ\n" +
		"        theo_doi: [so-khcn]\n        theo_doi_in: Sở Khoa học và Công nghệ\n        thoi_han: Năm 2026\n        thoi_han_in: \"2026\"\n"
	edit(t, pl02, removed+moved, "")
	edit(t, pl02, "theo_doi: [co-quan-theo-nganh-linh-vuc]\n        thoi_han: Năm 2026\n        thoi_han_in: \"2026\"\n",
		"theo_doi: [co-quan-theo-nganh-linh-vuc]\n        thoi_han: Năm 2026\n        thoi_han_in: \"2026\"\n"+moved+
			"      - id: nv-so-tay-cds\n        noi_dung: Biên soạn Sổ tay chuyển đổi số cho cán bộ, công chức cấp xã\n"+
			"        chu_tri: [so-khcn]\n        phoi_hop: [so-noi-vu]\n        theo_doi: [so-khcn]\n        thoi_han: Quý III/2026\n")
	edit(t, pl02, "chu_tri: [so-khcn, cac-dia-phuong]\n        chu_tri_in: Sở Khoa học và Công nghệ; Các địa phương\n",
		"chu_tri: [so-vhttdl, cac-dia-phuong]\n")
	pl01 := filepath.Join(dir, realPlan, "pl01-chi-tieu.yaml")
	edit(t, pl01, "trục liên thông dữ liệu cấp tỉnh.\n        muc_tieu: ≥ 60%", "trục liên thông dữ liệu cấp tỉnh.\n        muc_tieu: ≥ 45%")
	edit(t, pl01, "trên đa nền tảng\n        muc_tieu: ≥60%", "trên đa nền tảng\n        muc_tieu: ≥ 70%")
}

// TestRealPlan diffs the published Nghệ An 2026 plan against the revised
// draft, in every format, and checks that the revision is itself a clean
// plan.
func TestRealPlan(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, "../../plans", filepath.Join(dir, "old"))
	copyTree(t, "../../plans", filepath.Join(dir, "new"))
	revise(t, filepath.Join(dir, "new"))
	if code, out, errOut := run(t, dir, "check", "new/"+realPlan); code != cli.ExitClean {
		t.Fatalf("the revised plan does not pass kh check (exit %d):\n%s%s", code, out, errOut)
	}
	for _, o := range append(outputs, struct {
		suffix string
		flags  []string
	}{".short.txt", []string{"--short"}}) {
		args := append([]string{"diff", "old/" + realPlan, "new/" + realPlan}, o.flags...)
		code, out, errOut := run(t, dir, args...)
		if code != cli.ExitClean || errOut != "" {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		compare(t, filepath.Join(casesDir, "real-2026"+o.suffix), out)
	}
	// The whole repositories give the same plan diff: the other plans match.
	_, whole, _ := run(t, dir, "diff", "old", "new")
	_, one, _ := run(t, dir, "diff", "old/"+realPlan, "new/"+realPlan)
	if whole != one {
		t.Errorf("repository diff differs from plan diff:\n%s", cmp.Diff(one, whole))
	}
}

// longDraft lays out the real plans as old/ and, revised, as new/, where
// the drafting officer also brings every task "Năm 2026" forward to the
// third quarter: a diff of many changes.
func longDraft(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	copyTree(t, "../../plans", filepath.Join(dir, "old"))
	copyTree(t, "../../plans", filepath.Join(dir, "new"))
	revise(t, filepath.Join(dir, "new"))
	pl02 := filepath.Join(dir, "new", realPlan, "pl02-nhiem-vu.yaml")
	data, err := os.ReadFile(pl02)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(pl02, bytes.ReplaceAll(data, []byte("thoi_han: Năm 2026\n"), []byte("thoi_han: Quý III/2026\n")), 0o644)
	return dir
}

// TestLongComment: a diff of many changes folds each plan's tables into
// <details> sections, keeping the slips and lowered targets on top.
func TestLongComment(t *testing.T) {
	dir := longDraft(t)
	code, out, errOut := run(t, dir, "diff", "old/"+realPlan, "new/"+realPlan, "--format", "markdown")
	if code != cli.ExitClean || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, "<details><summary><b>Nhiệm vụ</b>") {
		t.Error("long diff not folded")
	}
	compare(t, filepath.Join(casesDir, "real-2026-long.md"), out)
}

// TestGitStates builds a repository of the real plans with a branch for the
// second draft while main moves on, and compares every pair of states the
// reviewer asks for: a revision with the working tree, a branch with its
// merge base, two revisions; narrowed by path or plan id.
func TestGitStates(t *testing.T) {
	repo := gitRepo(t)
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"git-worktree", []string{"main"}},
		{"git-worktree", []string{"main", "--", "plans"}},
		{"git-merge-base", []string{"main...HEAD"}},
		{"git-merge-base", []string{"main...du-thao-2", "plans/" + realPlan + "/pl02-nhiem-vu.yaml", "na-kh-549-2021"}},
		{"git-merge-base-plan", []string{"main...", "na-kh-2026-cds"}},
		{"git-range", []string{"main..HEAD"}},
		{"git-range", []string{"main..du-thao-2", "plans"}},
	} {
		code, out, errOut := run(t, repo, append([]string{"diff", "--exit-code"}, tc.args...)...)
		if code != cli.ExitFindings || errOut != "" {
			t.Fatalf("%v: exit %d, stderr %q", tc.args, code, errOut)
		}
		compare(t, filepath.Join(casesDir, tc.golden+".txt"), out)
	}
	// The pull-request comment names the sides by revision and commit.
	_, md, _ := run(t, repo, "diff", "main...HEAD", "--format", "markdown")
	head, _, _ := strings.Cut(md, "\n")
	if want := regexp.MustCompile("^### kh diff `điểm rẽ nhánh với main \\([0-9a-f]{7}\\)` → `HEAD \\([0-9a-f]{7}\\)`$"); !want.MatchString(head) {
		t.Errorf("markdown header %q", head)
	}
	_, md, _ = run(t, repo, "diff", "main", "--format", "markdown", "--lang", "en")
	if head, _, _ := strings.Cut(md, "\n"); !strings.HasSuffix(head, "→ `working tree`") {
		t.Errorf("markdown header %q", head)
	}
	// From a subfolder, paths are relative to it, as in git.
	code, out, _ := run(t, filepath.Join(repo, "plans", "nghe-an"), "diff", "main...HEAD", "kh-549-2021-xay-dung-nq")
	if code != cli.ExitClean || out != "Không có khác biệt.\n" {
		t.Errorf("narrowed to an unchanged plan: exit %d\n%s", code, out)
	}
}

// TestGitRefused: revisions that look like options never reach git, and a
// revision git does not know is named.
func TestGitRefused(t *testing.T) {
	repo := gitRepo(t)
	git(t, repo, "checkout", "-q", "--orphan", "lone")
	git(t, repo, "commit", "-q", "-m", "no common history")
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"diff", "main..--output=x"}, cli.ExitUsage, "kh: main..--output=x \"--output=x\": phiên bản git không được bắt đầu bằng dấu \"-\"; ghi tên nhánh, thẻ hoặc mã commit, ví dụ main hoặc HEAD~1\n"},
		{[]string{"diff", "--", "-p...HEAD"}, cli.ExitUsage, ""},
		{[]string{"diff", "--output=x"}, cli.ExitUsage, ""},
		{[]string{"diff", "main", "--", "--output=x"}, cli.ExitUsage, ""},
		{[]string{"diff", "khong-co-nhanh"}, cli.ExitFailure, "kh: không có phiên bản git \"khong-co-nhanh\"; kiểm tra tên nhánh, thẻ hoặc mã commit (git log --oneline)\n"},
		{[]string{"diff", "main...khong-co"}, cli.ExitFailure, "kh: không có phiên bản git \"khong-co\"; kiểm tra tên nhánh, thẻ hoặc mã commit (git log --oneline)\n"},
		{[]string{"diff", "main...lone"}, cli.ExitFailure, "kh: \"main\" và \"lone\" không có commit chung; so sánh trực tiếp bằng main..lone\n"},
		{[]string{"diff", "main", "khong-co-ke-hoach"}, cli.ExitUsage, "kh: không tìm thấy kế hoạch nào ở main, khong-co-ke-hoach\n"},
		{[]string{"diff", "main", "../ngoai"}, cli.ExitUsage, ""},
		{[]string{"diff", "main", "Tên sai"}, cli.ExitUsage, "kh: \"Tên sai\" không phải là đường dẫn hay mã kế hoạch; ghi đường dẫn thư mục kế hoạch hoặc mã (id) của kế hoạch\n"},
	} {
		code, _, errOut := run(t, repo, tc.args...)
		if code != tc.code {
			t.Errorf("%v: exit %d, want %d (%s)", tc.args, code, tc.code, errOut)
		}
		if tc.msg != "" && errOut != tc.msg {
			t.Errorf("%v: stderr\n%s", tc.args, cmp.Diff(tc.msg, errOut))
		}
	}
	for _, name := range []string{"x", "--output=x"} {
		if _, err := os.Lstat(filepath.Join(repo, name)); err == nil {
			t.Errorf("%s was written", name)
		}
	}
}

// gitRepo commits the real plans on main, branches du-thao-2 off it with
// the revision, moves main on with an edit to another plan, and leaves an
// uncommitted edit in the working tree of du-thao-2.
func gitRepo(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds a git repository")
	}
	repo := t.TempDir()
	plans := filepath.Join(repo, "plans")
	copyTree(t, "../../plans", plans)
	git(t, repo, "init", "-q", "-b", "main")
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "Kế hoạch 1174/KH-UBND như đã ký")
	git(t, repo, "checkout", "-q", "-b", "du-thao-2")
	revise(t, plans)
	git(t, repo, "commit", "-q", "-a", "-m", "Dự thảo 2")
	git(t, repo, "checkout", "-q", "main")
	edit(t, filepath.Join(plans, "nghe-an/kh-549-2021-xay-dung-nq/ke-hoach.yaml"), "trich_yeu: Xây dựng Nghị quyết", "trich_yeu: Xây dựng dự thảo Nghị quyết")
	git(t, repo, "commit", "-q", "-a", "-m", "549: trích yếu")
	git(t, repo, "checkout", "-q", "du-thao-2")
	edit(t, filepath.Join(plans, realPlan, "pl02-nhiem-vu.yaml"), "chương trình công tác năm của đơn vị trên cơ sở kế hoạch chuyển đổi số của tỉnh\n        chu_tri: [cac-so-nganh, cac-dia-phuong]\n        chu_tri_in: Các Sở, ban, ngành; các địa phương\n        theo_doi: [so-khcn]\n        theo_doi_in: Sở Khoa học và Công nghệ\n        thoi_han: Quý I/2026",
		"chương trình công tác năm của đơn vị trên cơ sở kế hoạch chuyển đổi số của tỉnh\n        chu_tri: [cac-so-nganh, cac-dia-phuong]\n        chu_tri_in: Các Sở, ban, ngành; các địa phương\n        theo_doi: [so-khcn, so-noi-vu]\n        thoi_han: Tháng 4/2026")
	return repo
}

// BenchmarkRealPlan compares the signed 1174/KH-UBND with its revision
// (loaded once) and renders the report and the comparison table's rows.
func BenchmarkRealPlan(b *testing.B) {
	dir := b.TempDir()
	copyTree(b, "../../plans", filepath.Join(dir, "old"))
	copyTree(b, "../../plans", filepath.Join(dir, "new"))
	revise(b, filepath.Join(dir, "new"))
	old, new := side(b, dir, "old"), side(b, dir, "new")
	for b.Loop() {
		r := semdiff.Compare(old, new)
		if err := semdiff.WriteText(io.Discard, r, semdiff.TextOptions{}); err != nil {
			b.Fatal(err)
		}
		for i := range r.Plans {
			difftable.Build(r, &r.Plans[i])
		}
	}
}

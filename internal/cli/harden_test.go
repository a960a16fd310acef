package cli

import (
	"bytes"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/forms"
	"github.com/kh-tools/kh/internal/gopy"
	"github.com/kh-tools/kh/internal/pdf/pdftext"
)

// writeFile replaces a file of a test repository.
func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// editFile applies a textual replacement that must match.
func editFile(t *testing.T, path, old, new string) {
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

// filesOutside lists the files under root that are not under keep.
func filesOutside(t *testing.T, root string, keep ...string) []string {
	t.Helper()
	var out []string
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		for _, k := range keep {
			if rel == k || strings.HasPrefix(rel, k+string(filepath.Separator)) {
				return nil
			}
		}
		out = append(out, rel)
		return nil
	})
	return out
}

// TestFormsAgencyIDCannotLeaveOut: an agency id used as chu_tri becomes a
// form's file name; "../../../../pwn" must not write outside out/forms.
func TestFormsAgencyIDCannotLeaveOut(t *testing.T) {
	wd := formRepo(t)
	editFile(t, filepath.Join(wd, planDir, "pl01-nhiem-vu.yaml"), "chu_tri: so-khcn", `chu_tri: "../../../../pwn"`)
	before := filesOutside(t, wd, "out")
	code, out, errs := runForm(t, wd, "forms", planDir, "--period", "2026-Q1")
	if code != ExitFindings {
		t.Errorf("forms = %d, want %d\nstdout:\n%s\nstderr:\n%s", code, ExitFindings, out, errs)
	}
	if after := filesOutside(t, wd, "out"); len(after) != len(before) {
		t.Errorf("files written outside out/: %v", after)
	}
	if _, err := os.Stat(filepath.Join(wd, "pwn.xlsx")); err == nil {
		t.Error("pwn.xlsx written")
	}
}

// gitRepo turns the form test repository into a git work tree with one
// commit, independent of the machine's git configuration.
func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	wd := formRepo(t)
	env := append(os.Environ(), "GIT_CONFIG_GLOBAL="+os.DevNull, "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=kh", "GIT_AUTHOR_EMAIL=kh@example.invalid", "GIT_AUTHOR_DATE=2026-01-05T08:00:00+07:00",
		"GIT_COMMITTER_NAME=kh", "GIT_COMMITTER_EMAIL=kh@example.invalid", "GIT_COMMITTER_DATE=2026-01-05T08:00:00+07:00")
	for _, args := range [][]string{{"init", "-q", "-b", "main"}, {"add", "-A"}, {"commit", "-qm", "kho"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir, cmd.Env = wd, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	return wd
}

// TestGitRevisionsAreNotOptions: revisions from the command line never reach
// git as options; one that looks like an option is a usage error.
func TestGitRevisionsAreNotOptions(t *testing.T) {
	wd := gitRepo(t)
	tests := [][]string{
		{"check", "--changed=--output=../injected", "plans"},
		{"check", "--changed", "--output=injected", "plans"},
		{"check", "--changed=-oinjected", "plans"},
		{"diff", "--", "--output=../injected..HEAD"},
		{"diff", "--", "HEAD..--output=injected"},
		{"diff", "--", "-oinjected..HEAD", "plans"},
		{"--lang", "en", "diff", "--", "--output=injected.."},
	}
	for _, args := range tests {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errs := runForm(t, wd, args...)
			if code != ExitUsage {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, ExitUsage, out, errs)
			}
			if !strings.Contains(errs, `"-"`) {
				t.Errorf("stderr does not explain the refusal:\n%s", errs)
			}
			for _, p := range []string{filepath.Join(wd, "injected"), filepath.Join(filepath.Dir(wd), "injected"), filepath.Join(wd, "oinjected")} {
				if _, err := os.Stat(p); err == nil {
					t.Errorf("git created %s", p)
					os.Remove(p)
				}
			}
		})
	}
	// A real revision still works.
	if code, _, errs := runForm(t, wd, "check", "--changed", "HEAD", "plans"); code != ExitClean {
		t.Errorf("--changed HEAD = %d: %s", code, errs)
	}
}

// TestBuildChecksFirst: a mistyped chu_trii once built a PDF without the
// lead agency, exit 0. Now build refuses and writes nothing; --force builds
// and every page says the copy is not checked.
func TestBuildChecksFirst(t *testing.T) {
	wd := formRepo(t)
	editFile(t, filepath.Join(wd, planDir, "pl01-nhiem-vu.yaml"), "chu_tri: so-khcn", "chu_trii: so-khcn")
	code, out, errs := runForm(t, wd, "build", "plans")
	if code != ExitFindings || !strings.Contains(errs, "[KH002]") || !strings.Contains(errs, "--force") {
		t.Errorf("build = %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(wd, "out")); err == nil {
		t.Error("build wrote out/ although it refused")
	}
	code, _, errs = runForm(t, wd, "build", "--force", "plans")
	if code != ExitClean || !strings.Contains(errs, "CHƯA KIỂM TRA") {
		t.Fatalf("build --force = %d\nstderr:\n%s", code, errs)
	}
	data, err := os.ReadFile(filepath.Join(wd, "out", "kh-mau-2026.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range pages {
		if len(p.Lines) == 0 || p.Lines[0] != "CHƯA KIỂM TRA: còn 1 lỗi" {
			t.Errorf("page %d does not start with the mark: %q", i+1, p.Lines)
		}
	}
	if !strings.Contains(pdfKeywords(t, data), "CHƯA KIỂM TRA") {
		t.Error("the PDF's keywords lack the mark")
	}
	// A clean plan carries no mark.
	clean := formRepo(t)
	if code, _, errs := runForm(t, clean, "build", "plans"); code != ExitClean || errs != "" {
		t.Fatalf("clean build = %d: %s", code, errs)
	}
	data, _ = os.ReadFile(filepath.Join(clean, "out", "kh-mau-2026.pdf"))
	if k := pdfKeywords(t, data); strings.Contains(k, "CHƯA KIỂM TRA") {
		t.Errorf("a checked plan's PDF is marked: keywords %q", k)
	}
}

// pdfKeywords reads the Keywords of a PDF's document information.
func pdfKeywords(t *testing.T, data []byte) string {
	t.Helper()
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	return r.Trailer().Key("Info").Key("Keywords").Text()
}

// TestCommandsCheckFirst: show, forms and status refuse a plan with errors
// (exit 1, the diagnostics on stderr); show --force prints it anyway.
func TestCommandsCheckFirst(t *testing.T) {
	wd := formRepo(t)
	editFile(t, filepath.Join(wd, planDir, "pl01-nhiem-vu.yaml"), "chu_tri: so-khcn", "chu_trii: so-khcn")
	for _, args := range [][]string{
		{"show", planDir},
		{"forms", planDir, "--period", "2026-Q1"},
		{"status", planDir, "--as-of", "2026-04-15"},
		{"--lang", "en", "show", planDir},
	} {
		code, out, errs := runForm(t, wd, args...)
		if code != ExitFindings || out != "" || !strings.Contains(errs, "[KH002]") {
			t.Errorf("%v = %d\nstdout:\n%s\nstderr:\n%s", args, code, out, errs)
		}
	}
	code, out, errs := runForm(t, wd, "show", "--force", planDir)
	if code != ExitClean || !strings.Contains(out, "Kiểm tra việc thực hiện") || !strings.Contains(errs, "CHƯA KIỂM TRA") {
		t.Errorf("show --force = %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(wd, "out")); err == nil {
		t.Error("a refused command wrote out/")
	}
}

// TestConcurrentImports: four imports of two conflicting versions of one
// agency's form, run at once, once all "succeeded". Writers of a record are
// serialised: exactly one writes, every other run either finds the record
// busy, finds it changed (exit 1 without --force) or finds it unchanged.
func TestConcurrentImports(t *testing.T) {
	for round := range 5 {
		wd := makeForms(t)
		a := filepath.Join(wd, formDir, "so-khcn.xlsx")
		b := filepath.Join(wd, formDir, "so-khcn-b.xlsx")
		copyFile(t, a, b)
		fill(t, b, func(f *excelize.File) { set(t, f, forms.ReportSheet, "G7", "Phiên bản B") })
		files := []string{a, b, a, b}
		type result struct {
			code     int
			out, err string
		}
		results := make([]result, len(files))
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i, file := range files {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				code, out, errs := runForm(t, wd, "import", file)
				results[i] = result{code, out, errs}
			}()
		}
		close(start)
		wg.Wait()
		winners := 0
		winner := ""
		for i, r := range results {
			switch {
			case r.code == ExitClean && strings.Contains(r.out, "đã ghi"):
				winners++
				winner = files[i]
			case r.code == ExitClean && strings.Contains(r.out, "không thay đổi"):
			case r.code == ExitFindings && strings.Contains(r.err, "--force"):
			case r.code == ExitFailure && strings.Contains(r.err, "đang được một lần chạy kh import khác ghi"):
			default:
				t.Errorf("round %d, %s: exit %d\nstdout:\n%s\nstderr:\n%s", round, files[i], r.code, r.out, r.err)
			}
		}
		if winners != 1 {
			t.Fatalf("round %d: %d imports wrote the record, want exactly 1: %+v", round, winners, results)
		}
		data, err := os.ReadFile(filepath.Join(wd, recordQ1, "so-khcn.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), "Phiên bản B") != (winner == b) {
			t.Errorf("round %d: the record is not the winner's (%s):\n%s", round, winner, data)
		}
		if left, _ := filepath.Glob(filepath.Join(wd, recordQ1, ".*.lock")); len(left) > 0 {
			t.Errorf("lock files left: %v", left)
		}
	}
}

// TestImportBusy: a lock left by another run stops the import, which says
// which file to delete, and writes nothing.
func TestImportBusy(t *testing.T) {
	wd := makeForms(t)
	lock := filepath.Join(wd, recordQ1, ".so-khcn.yaml.lock")
	writeFile(t, lock, "kh import, pid 1\n")
	code, _, errs := runForm(t, wd, "import", formDir+"/so-khcn.xlsx")
	if code != ExitFailure || !strings.Contains(errs, ".so-khcn.yaml.lock") {
		t.Errorf("import with a lock held = %d\n%s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(wd, recordQ1, "so-khcn.yaml")); err == nil {
		t.Error("a record was written although the lock was held")
	}
	if _, err := os.Stat(lock); err != nil {
		t.Error("another run's lock was removed")
	}
}

// TestImportFlagsFormulas: an answer typed as a formula is stored as text
// and the import says so.
func TestImportFlagsFormulas(t *testing.T) {
	wd := makeForms(t)
	fill(t, filepath.Join(wd, formDir, "so-khcn.xlsx"), func(f *excelize.File) {
		set(t, f, forms.ReportSheet, "G7", `=cmd|' /C calc'!A0`)
	})
	code, _, errs := runForm(t, wd, "import", formDir+"/so-khcn.xlsx")
	if code != ExitClean || !strings.Contains(errs, "công thức") {
		t.Fatalf("import = %d\n%s", code, errs)
	}
	data, _ := os.ReadFile(filepath.Join(wd, recordQ1, "so-khcn.yaml"))
	if !strings.Contains(string(data), `ket_qua: =cmd|' /C calc'!A0`) && !strings.Contains(string(data), `ket_qua: "=cmd|' /C calc'!A0"`) {
		t.Errorf("record:\n%s", data)
	}
}

// TestNoFormulaInAnyWorkbook: text that a spreadsheet would run — a task
// written as a formula, a DDE payload typed into a comment form — goes
// through every workbook kh writes (appendix tables, report forms, comment
// forms, the comment summary, the comparison table) and comes out of each
// as text, never as a formula cell.
func TestNoFormulaInAnyWorkbook(t *testing.T) {
	const task = `=HYPERLINK("http://x.invalid","Kiện toàn bộ máy")`
	const comment = `=cmd|' /C calc'!A0`
	wd := roundRepo(t)
	copyTree(t, filepath.Join(wd, "plans"), filepath.Join(wd, "before/plans"))
	edit(t, filepath.Join(wd, roundPlan, "pl02-nhiem-vu.yaml"), func(s string) string {
		return regexp.MustCompile(`noi_dung: Kiện toàn bộ máy tổ chức thực hiện[^\n]*`).ReplaceAllString(s, "noi_dung: '"+task+" tổ chức thực hiện'")
	})
	steps := [][]string{
		{"build", "--xlsx", roundPlan},
		{"forms", roundPlan, "--period", "2026-Q1"},
		{"gop-y", "gui", roundPlan},
	}
	for _, args := range steps {
		if code, _, errs := runForm(t, wd, args...); code != 0 {
			t.Fatalf("%v: %d\n%s", args, code, errs)
		}
	}
	fill(t, filepath.Join(wd, roundOut, "so-noi-vu.xlsx"), func(f *excelize.File) {
		set(t, f, gopy.FormSheet, "E"+itoa(formRow(t, f, "na-kh-2026-cds")), comment)
	})
	for _, args := range [][]string{
		{"gop-y", "nhan", roundOut + "/so-noi-vu.xlsx", "--ngay-nhan", "2025-12-16"},
		{"gop-y", "bang", roundPlan},
		{"diff", "before/" + roundPlan, roundPlan, "--format", "xlsx", "--out", "out/so-sanh"},
	} {
		if code, _, errs := runForm(t, wd, args...); code != 0 {
			t.Fatalf("%v: %d\n%s", args, code, errs)
		}
	}
	kinds := map[string]bool{"out/na-kh-2026-cds.xlsx": false, "out/forms/": false, roundOut + "/so-": false, roundOut + "/bang-tong-hop": false, "out/so-sanh/": false}
	filepath.WalkDir(filepath.Join(wd, "out"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".xlsx") {
			return err
		}
		all := ""
		for name, body := range unzip(t, path) {
			all += body
			if strings.HasPrefix(name, "xl/worksheets/") && regexp.MustCompile(`<f[ >]`).MatchString(body) {
				t.Errorf("%s: %s holds a formula cell", path, name)
			}
		}
		rel, _ := filepath.Rel(wd, path)
		for k := range kinds {
			if strings.HasPrefix(filepath.ToSlash(rel), k) && (strings.Contains(all, "=HYPERLINK(") || strings.Contains(all, "=cmd|")) {
				kinds[k] = true
			}
		}
		return nil
	})
	for k, found := range kinds {
		if !found {
			t.Errorf("no workbook %s… holds the text as text", k)
		}
	}
}

// TestCommandsRefuseBrokenSources: commands that write or compare from a
// plan refuse it, with its errors and exit 1, when it does not load whole;
// once kh diff reported a plan that does not parse as removed, and kh new
// --tu rolled a mistyped key away.
func TestCommandsRefuseBrokenSources(t *testing.T) {
	const plan549 = "plans/nghe-an/kh-549-2021-xay-dung-nq"
	cases := []struct {
		name, file, from, to string
		args                 []string
		stderr               string
	}{
		{"diff of a plan that does not parse", plan549 + "/ke-hoach.yaml", "\nso: 549\n", "\nso: [549\n",
			[]string{"diff", "before/" + plan549, plan549}, "ke-hoach.yaml:8:5"},
		{"diff of an appendix that does not parse", roundPlan + "/pl02-nhiem-vu.yaml", "chu_tri: [cac-so-nganh, cac-dia-phuong]", "chu_tri: [cac-so-nganh",
			[]string{"diff", "before/" + roundPlan, roundPlan}, "pl02-nhiem-vu.yaml:26:18"},
		{"roll forward a mistyped key", roundPlan + "/pl02-nhiem-vu.yaml", "chu_tri: [cac-so-nganh, cac-dia-phuong]", "chu_trii: [cac-so-nganh, cac-dia-phuong]",
			[]string{"new", "--tu", roundPlan, "plans/nghe-an/kh-2027-cds"}, "KH002"},
		{"roll forward a plan that does not parse", plan549 + "/ke-hoach.yaml", "\nso: 549\n", "\nso: [549\n",
			[]string{"new", "--tu", plan549, "plans/nghe-an/kh-2022"}, "KH001"},
		{"import into a plan with errors", roundPlan + "/pl02-nhiem-vu.yaml", "chu_tri: [cac-so-nganh, cac-dia-phuong]", "chu_trii: [cac-so-nganh, cac-dia-phuong]",
			[]string{"import-doc", "inbox/pl.xlsx", roundPlan}, "KH002"},
		{"import beside a broken registry", "plans/nghe-an/co-quan.yaml", "tinh: Nghệ An", "tinh: [Nghệ An",
			[]string{"import-doc", "inbox/vb.txt", "plans/nghe-an/kh-moi"}, "co-quan.yaml"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wd := t.TempDir()
			copyTree(t, "../../plans", filepath.Join(wd, "plans"))
			copyTree(t, "../../plans", filepath.Join(wd, "before/plans"))
			os.MkdirAll(filepath.Join(wd, "inbox"), 0o755)
			os.WriteFile(filepath.Join(wd, "inbox/vb.txt"), []byte("KẾ HOẠCH\nChuyển đổi số năm 2027\n"), 0o644)
			x := excelize.NewFile()
			x.SetSheetRow("Sheet1", "A1", &[]any{"TT", "Nội dung", "Chủ trì"})
			x.SetSheetRow("Sheet1", "A2", &[]any{1, "Kiện toàn bộ máy", "Sở Nội vụ"})
			if err := x.SaveAs(filepath.Join(wd, "inbox/pl.xlsx")); err != nil {
				t.Fatal(err)
			}
			edit(t, filepath.Join(wd, c.file), func(s string) string {
				if !strings.Contains(s, c.from) {
					t.Fatalf("%s has no %q", c.file, c.from)
				}
				return strings.Replace(s, c.from, c.to, 1)
			})
			before := snapshot(t, filepath.Join(wd, "plans"))
			code, out, errs := runForm(t, wd, c.args...)
			if code != 1 || !strings.Contains(errs, c.stderr) {
				t.Errorf("exit %d, want 1 with %q on stderr\nstdout:\n%s\nstderr:\n%s", code, c.stderr, out, errs)
			}
			if after := snapshot(t, filepath.Join(wd, "plans")); !maps.Equal(after, before) {
				t.Errorf("the repository changed")
			}
		})
	}
}

// TestGopyReceiveRefusesBrokenPlan: answers to a draft whose plan now has
// errors are not filed (nor applied) until the plan checks clean.
func TestGopyReceiveRefusesBrokenPlan(t *testing.T) {
	wd := roundRepo(t)
	if code, _, errs := runForm(t, wd, "gop-y", "gui", roundPlan); code != 0 {
		t.Fatalf("gui: %d\n%s", code, errs)
	}
	edit(t, filepath.Join(wd, roundPlan, "pl02-nhiem-vu.yaml"), func(s string) string {
		return strings.Replace(s, "chu_tri: [cac-so-nganh, cac-dia-phuong]", "chu_trii: [cac-so-nganh, cac-dia-phuong]", 1)
	})
	before := snapshot(t, filepath.Join(wd, "plans"))
	code, out, errs := runForm(t, wd, "gop-y", "nhan", roundOut+"/so-noi-vu.xlsx", "--ngay-nhan", "2025-12-16")
	if code != 1 || !strings.Contains(errs, "KH002") {
		t.Errorf("exit %d, want 1 with the plan's KH002\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if !maps.Equal(before, snapshot(t, filepath.Join(wd, "plans"))) {
		t.Errorf("answers were written for a plan with errors")
	}
}

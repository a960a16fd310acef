package build

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/pdf/pdfcheck"
	"github.com/kh-tools/kh/internal/plan"
)

func loadPlans(tb testing.TB) (*plan.Repo, []*plan.Plan) {
	tb.Helper()
	res, err := load.Repo("../../plans", load.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return res.Repo, res.Repo.Plans
}

func TestPlansWritesReadableOutputs(t *testing.T) {
	r, plans := loadPlans(t)
	out := t.TempDir()
	results := Plans(r, plans, Options{OutDir: out, PDF: true, XLSX: true, Templates: "../../templates"})
	wantXLSX := map[string]bool{"na-kh-2026-cds": true, "na-kh-171-2025": true}
	for _, o := range results {
		if o.Err != nil {
			t.Fatalf("%s: %v", o.PlanID, o.Err)
		}
		pdfPath := filepath.Join(out, o.PlanID+".pdf")
		checkPDF(t, o.PlanID, pdfPath)
		xlsxPath := filepath.Join(out, o.PlanID+".xlsx")
		_, err := os.Stat(xlsxPath)
		if wantXLSX[o.PlanID] != (err == nil) {
			t.Errorf("%s: xlsx present = %v, want %v", o.PlanID, err == nil, wantXLSX[o.PlanID])
		}
		if err == nil {
			f, err := excelize.OpenFile(xlsxPath)
			if err != nil {
				t.Fatalf("%s: %v", o.PlanID, err)
			}
			if got := f.GetSheetList(); len(got) == 0 || got[0] != "Phụ lục 01" {
				t.Errorf("%s: sheets %v", o.PlanID, got)
			}
			f.Close()
		}
	}
	assertNoTemp(t, out)
}

// checkPDF reads a built PDF's structure back: valid, every font
// embedded, titled and produced by kh.
func checkPDF(t *testing.T, id, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := pdfcheck.Check(data)
	if err != nil {
		t.Errorf("%s: invalid PDF: %v", id, err)
		return
	}
	for _, f := range rep.Fonts {
		if !f.Embedded {
			t.Errorf("%s: font %s is not embedded", id, f.BaseFont)
		}
	}
	if rep.Info["Title"] == "" || rep.Info["Producer"] != "kh" || len(rep.Pages) == 0 {
		t.Errorf("%s: title %q, producer %q, %d pages", id, rep.Info["Title"], rep.Info["Producer"], len(rep.Pages))
	}
}

// TestDeterministic: two builds in parallel runs give the same bytes.
func TestDeterministic(t *testing.T) {
	r, plans := loadPlans(t)
	a, b := t.TempDir(), t.TempDir()
	Plans(r, plans, Options{OutDir: a, PDF: true, XLSX: true, Templates: "../../templates", Workers: 2})
	Plans(r, plans, Options{OutDir: b, PDF: true, XLSX: true, Templates: "../../templates", Workers: 1})
	files, _ := filepath.Glob(filepath.Join(a, "*"))
	if len(files) < 6 {
		t.Fatalf("only %d outputs", len(files))
	}
	for _, f := range files {
		x, _ := os.ReadFile(f)
		y, _ := os.ReadFile(filepath.Join(b, filepath.Base(f)))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between builds", filepath.Base(f))
		}
	}
}

func TestUnwritableFolderLeavesNothing(t *testing.T) {
	r, plans := loadPlans(t)
	dir := t.TempDir()
	blocker := filepath.Join(dir, "out")
	if err := os.WriteFile(blocker, []byte("a file, not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, o := range Plans(r, plans, Options{OutDir: blocker, PDF: true, XLSX: true}) {
		if o.Err == nil {
			t.Errorf("%s: want an error for an output path that is a file", o.PlanID)
		}
	}
	assertNoTemp(t, dir)
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(dir, ".*tmp-*"))
	if len(matches) > 0 {
		t.Errorf("temporary files left behind: %v", matches)
	}
}

func plan2026(b *testing.B) (*plan.Repo, *plan.Plan) {
	r, plans := loadPlans(b)
	for _, p := range plans {
		if p.ID == "na-kh-2026-cds" {
			return r, p
		}
	}
	b.Fatal("2026 plan missing")
	return nil, nil
}

// BenchmarkBuild2026PDF times the PDF of the 2026 plan, written to disk.
func BenchmarkBuild2026PDF(b *testing.B) {
	r, p := plan2026(b)
	opt := Options{OutDir: b.TempDir(), PDF: true, Templates: "../../templates"}
	b.ReportAllocs()
	for b.Loop() {
		if o := One(r, p, opt); o.Err != nil {
			b.Fatal(o.Err)
		}
	}
}

// BenchmarkBuild2026All times kh build of the 2026 plan: PDF and xlsx.
func BenchmarkBuild2026All(b *testing.B) {
	r, p := plan2026(b)
	opt := Options{OutDir: b.TempDir(), PDF: true, XLSX: true, Templates: "../../templates"}
	b.ReportAllocs()
	for b.Loop() {
		if o := One(r, p, opt); o.Err != nil {
			b.Fatal(o.Err)
		}
	}
}

// TestIDsFromDataStayInOutDir: a plan id is data; one that is not a plain
// name is refused and nothing is written, inside or outside the folder.
func TestIDsFromDataStayInOutDir(t *testing.T) {
	res, err := load.Repo("../../testdata/repo-ok", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := res.Repo.Plans[0]
	for _, id := range []string{"../../x", "/", ".", "..", "", "../x", "/tmp/x", `..\x`} {
		t.Run(id, func(t *testing.T) {
			root := t.TempDir()
			out := filepath.Join(root, "a", "b", "out")
			if err := os.MkdirAll(out, 0o755); err != nil {
				t.Fatal(err)
			}
			p.ID = id
			o := One(res.Repo, p, Options{OutDir: out, PDF: true, XLSX: true, Templates: "../../templates"})
			if o.Err == nil {
				t.Fatalf("id %q: built %v, want a refusal", id, o.Files)
			}
			filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
				if err == nil && !info.IsDir() {
					t.Errorf("id %q: wrote %s", id, path)
				}
				return nil
			})
		})
	}
}

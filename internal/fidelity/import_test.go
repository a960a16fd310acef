package fidelity

import (
	gocontext "context"
	"html"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kh-tools/kh/internal/build"
	"github.com/kh-tools/kh/internal/docimport"
	"github.com/kh-tools/kh/internal/load"
)

// importDir holds the ratchets of the import measurement.
const importDir = refDir + "/import"

// keepEnv names a folder to keep the imported plans in, for reading them.
const keepEnv = "KH_IMPORT_KEEP"

// TestImportFidelity measures the importer against the signed texts: each
// reference, as a plain text document (Reference.Plain) and as a Word file
// LibreOffice makes of it (paragraphs and Word tables), is imported by kh
// import-doc's code into a plan folder beside the province's plans, and
// the PDF of that plan is compared with the reference like the hand
// transcriptions are. Each result is held to its own ratchet
// (testdata/fidelity/import/<plan>.text.diff, <plan>.docx.diff).
func TestImportFidelity(t *testing.T) {
	refs, err := filepath.Glob(filepath.Join(refDir, "*.txt"))
	if err != nil || len(refs) == 0 {
		t.Fatalf("no reference texts in %s (%v)", refDir, err)
	}
	orig, err := load.Repo(plansDir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range refs {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		ref := readReference(t, file)
		t.Run(name+"/text", func(t *testing.T) {
			src := docimport.FromText(name+".txt", []byte(ref.Plain()))
			measureImport(t, orig, name, ref, src, "text")
		})
		t.Run(name+"/docx", func(t *testing.T) {
			if testing.Short() {
				t.Skip("LibreOffice conversion in -short mode")
			}
			in := filepath.Join(t.TempDir(), name+".html")
			if err := os.WriteFile(in, []byte(referenceHTML(ref)), 0o644); err != nil {
				t.Fatal(err)
			}
			src, err := docimport.ReadFile(soffice(t, in))
			if err != nil {
				t.Fatal(err)
			}
			measureImport(t, orig, name, ref, src, "docx")
		})
	}
}

// measureImport imports src as a new plan beside the hand transcription's
// province, builds its PDF and holds the comparison to its ratchet.
func measureImport(t *testing.T, orig *load.Result, name string, ref *Reference, src *docimport.Source, kind string) {
	hand := orig.Repo.Plan(ref.Meta["plan"])
	if hand == nil {
		t.Fatalf("%s: plan %q not in %s", name, ref.Meta["plan"], plansDir)
	}
	root := copyTree(t, plansDir)
	province := path.Base(path.Dir(filepath.ToSlash(hand.Dir)))
	id := ref.Meta["plan"] + "-nhap"
	res, err := docimport.Build(docimport.Detect(src), orig.Repo, docimport.Options{ID: id, Dir: path.Join(plansDir, province, id)})
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	files, err := res.Files("../../schema")
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, province, id)
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	keep := os.Getenv(keepEnv)
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(out, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		if keep != "" {
			dir := filepath.Join(keep, kind, id)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	loaded, err := load.Repo(root, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := loaded.Repo.Plan(id)
	if p == nil {
		t.Fatalf("imported plan %s not loaded: %v", id, loaded.Diags)
	}
	data, err := build.PDF(loaded.Repo, p, templates)
	if err != nil {
		t.Fatal(err)
	}
	got, err := FromPDF(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		t.Logf("import: %s %s %s %s", f.Pos, f.Rule, f.Path, f.Message.VI)
	}
	r := Compare(ref, got, nil)
	t.Logf("%s imported from its %s: %.2f %% (%d of %d signed words given back, %d missing or changed, %d added; %d differences)",
		name, kind, r.Rate(), r.Matched, r.Words, r.Missing, r.Extra, open(r))
	what := "the PDF of the plan kh import-doc makes of its text"
	if kind == "docx" {
		what = "the PDF of the plan kh import-doc makes of a Word file LibreOffice made of its text"
	}
	ratchet(t, filepath.Join(importDir, name+"."+kind+".diff"), r, ReportOf(name, what, r))
}

// referenceHTML is a reference as an HTML page LibreOffice opens as a
// Word document: a paragraph per line, consecutive rows as one table.
func referenceHTML(ref *Reference) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n")
	in := false
	for _, s := range ref.Sections {
		for _, bl := range s.Blocks {
			if bl.Row() {
				if !in {
					b.WriteString("<table border=\"1\">\n")
					in = true
				}
				b.WriteString("<tr>")
				for _, c := range bl.Cells {
					b.WriteString("<td>" + html.EscapeString(plainText(c)) + "</td>")
				}
				b.WriteString("</tr>\n")
				continue
			}
			if in {
				b.WriteString("</table>\n")
				in = false
			}
			if t := plainText(bl.Text); t != "" {
				b.WriteString("<p>" + html.EscapeString(t) + "</p>\n")
			}
		}
	}
	if in {
		b.WriteString("</table>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// soffice converts an HTML page to a Word file with LibreOffice; skipped
// where LibreOffice is missing, failed there under KH_LIBREOFFICE=1.
func soffice(t *testing.T, in string) string {
	t.Helper()
	bin, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("KH_LIBREOFFICE") == "1" {
			t.Fatal("soffice not found, but KH_LIBREOFFICE=1: install libreoffice-writer-nogui")
		}
		t.Skip("LibreOffice (soffice) not installed (set KH_LIBREOFFICE=1 to require it)")
	}
	out := t.TempDir()
	ctx, cancel := gocontext.WithTimeout(gocontext.Background(), 2*time.Minute)
	defer cancel()
	// soffice takes no "--"; in is an absolute path, never an option.
	cmd := exec.CommandContext(ctx, bin, "--headless", "--norestore", "--infilter=HTML (StarWriter)",
		"--convert-to", "docx:MS Word 2007 XML", "--outdir", out, in)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	return filepath.Join(out, strings.TrimSuffix(filepath.Base(in), ".html")+".docx")
}

// copyTree copies the regular files under dir into a temporary folder.
func copyTree(t *testing.T, dir string) string {
	t.Helper()
	root := t.TempDir()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(root, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(root, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return root
}

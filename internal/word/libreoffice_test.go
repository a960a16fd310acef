package word

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/docxread"
	"github.com/kh-tools/kh/internal/pdf"
	"github.com/kh-tools/kh/internal/view"
)

// requireEnv makes the LibreOffice test mandatory: .ci/run sets it after
// installing LibreOffice, so CI cannot pass by skipping.
const requireEnv = "KH_LIBREOFFICE"

// tools finds LibreOffice and poppler, or skips (fails under requireEnv).
func tools(t *testing.T) {
	t.Helper()
	for _, name := range []string{"soffice", "pdfinfo", "pdftotext", "pdffonts"} {
		if _, err := exec.LookPath(name); err != nil {
			if os.Getenv(requireEnv) == "1" {
				t.Fatalf("%s not found, but %s=1: install libreoffice-writer-nogui and poppler-utils", name, requireEnv)
			}
			t.Skipf("%s not found (set %s=1 to require it)", name, requireEnv)
		}
	}
}

// TestLibreOffice converts the Word drafts of the 2026 plan and 171 with
// LibreOffice and compares them with kh's PDF: page count within one,
// the orientation of every page of every part, the same text, the same
// fonts, and, read back from LibreOffice's own .docx, the same tables
// with the bookmarks kh maps comments with.
func TestLibreOffice(t *testing.T) {
	tools(t)
	if testing.Short() {
		t.Skip("LibreOffice conversion in -short mode")
	}
	r := loadRepo(t, plansDir)
	ids := []string{"na-kh-2026-cds", "na-kh-171-2025"}
	dir := t.TempDir()
	var docs []string
	drafts := map[string]*Draft{}
	for _, id := range ids {
		p := r.Plan(id)
		if p == nil {
			t.Fatalf("plan %s not loaded", id)
		}
		d, data := build(t, r, p)
		drafts[id] = d
		write(t, filepath.Join(dir, id+".docx"), data)
		var b bytes.Buffer
		if err := pdf.Write(&b, r, p, template(t, r, p)); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, id+".pdf"), b.Bytes())
		docs = append(docs, filepath.Join(dir, id+".docx"))
	}
	soffice(t, dir, "pdf", filepath.Join(dir, "lo"), docs)
	soffice(t, dir, "docx:MS Word 2007 XML", filepath.Join(dir, "lo-docx"), docs)
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			p := r.Plan(id)
			v := view.New(r, p)
			kh := pdfPages(t, filepath.Join(dir, id+".pdf"))
			lo := pdfPages(t, filepath.Join(dir, "lo", id+".pdf"))
			t.Logf("kh PDF %d pages, LibreOffice %d pages", len(kh), len(lo))
			if d := len(lo) - len(kh); d < -1 || d > 1 {
				t.Errorf("LibreOffice prints %d pages, kh %d", len(lo), len(kh))
			}
			comparePartsLO(t, v, kh, lo)
			if d := pageText(v, kh).diff(pageText(v, lo)); d != "" {
				t.Errorf("LibreOffice's text differs from kh's PDF (PDF = kh, Word = LibreOffice):\n%s", d)
			}
			checkFonts(t, filepath.Join(dir, "lo", id+".pdf"))
			checkRoundTrip(t, v, drafts[id], filepath.Join(dir, "lo-docx", id+".docx"))
		})
	}
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// soffice converts files with a profile of its own, so a running
// LibreOffice or another test cannot lock it.
func soffice(t *testing.T, dir, format, out string, files []string) {
	t.Helper()
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", format, "--outdir", out}, files...)
	cmd := exec.Command("soffice", args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
}

// page is one page of a PDF as poppler reads it.
type page struct {
	landscape bool
	lines     []string
}

var pageSize = regexp.MustCompile(`(?m)^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)`)

func pdfPages(t *testing.T, path string) []page {
	t.Helper()
	info, err := exec.Command("pdfinfo", "-f", "1", "-l", "9999", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	var pages []page
	for _, m := range pageSize.FindAllStringSubmatch(string(info), -1) {
		w, _ := strconv.ParseFloat(m[2], 64)
		h, _ := strconv.ParseFloat(m[3], 64)
		pages = append(pages, page{landscape: w > h})
	}
	// Layout mode: the plain mode joins words hyphenated at line ends,
	// and the two documents break lines in different places.
	text, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	for i, pg := range strings.Split(string(text), "\f") {
		if i >= len(pages) {
			break
		}
		for _, l := range strings.Split(pg, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				pages[i].lines = append(pages[i].lines, l)
			}
		}
	}
	return pages
}

// parts splits pages at each appendix's first page (its title block, or
// the header it repeats).
func parts(v *view.Doc, pages []page) [][]page {
	out := [][]page{nil}
	apps := v.Appendices()
	for _, pg := range pages {
		if n := len(out) - 1; n < len(apps) && len(pg.lines) > 0 && startsAppendix(v, apps[n], pg.lines[0]) {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], pg)
	}
	return out
}

// comparePartsLO checks that both PDFs have the body and each appendix,
// every page in the part's orientation, each part within a page.
func comparePartsLO(t *testing.T, v *view.Doc, kh, lo []page) {
	t.Helper()
	khParts, loParts := parts(v, kh), parts(v, lo)
	apps := v.Appendices()
	if len(khParts) != 1+len(apps) || len(loParts) != len(khParts) {
		t.Fatalf("parts: kh %d, LibreOffice %d, want %d", len(khParts), len(loParts), 1+len(apps))
	}
	for i := range khParts {
		name, landscape := "body", false
		if i > 0 {
			name, landscape = apps[i-1].Label, apps[i-1].Table != nil && apps[i-1].Table.Landscape
		}
		if d := len(loParts[i]) - len(khParts[i]); d < -1 || d > 1 {
			t.Errorf("%s: LibreOffice %d pages, kh %d", name, len(loParts[i]), len(khParts[i]))
		}
		for j, pg := range loParts[i] {
			if pg.landscape != landscape {
				t.Errorf("%s page %d: landscape %v, want %v", name, j+1, pg.landscape, landscape)
			}
		}
	}
}

// pageText counts a PDF's characters as checkText does: page numbers and
// the table header rows repeated on following pages left out.
func pageText(v *view.Doc, pages []page) counts {
	c := counts{}
	apps := v.Appendices()
	for i, part := range parts(v, pages) {
		for j, pg := range part {
			for k, l := range pg.lines {
				if k == 0 && j > 0 && isNumber(l) {
					if i > 0 && apps[i-1].Table != nil {
						for _, col := range apps[i-1].Table.Columns {
							c.add(col.Label, -1)
						}
					}
					continue
				}
				if i == 0 && j == 0 && l == v.DraftMark() {
					continue
				}
				c.add(l, 1)
			}
		}
	}
	return c
}

// checkFonts fails when LibreOffice had to fall back to another font for
// some characters (Debian's fonts-liberation 1.x lacks Vietnamese; CI
// installs fonts-liberation2).
func checkFonts(t *testing.T, path string) {
	t.Helper()
	out, err := exec.Command("pdffonts", path).Output()
	if err != nil {
		t.Fatalf("pdffonts: %v", err)
	}
	for _, l := range strings.Split(string(out), "\n")[2:] {
		if f := strings.Fields(l); len(f) > 0 && !strings.Contains(f[0], "LiberationSerif") {
			t.Errorf("LibreOffice used the font %s: Times New Roman must map to Liberation Serif 2 (install fonts-liberation2)", f[0])
		}
	}
}

// checkRoundTrip reads the draft as LibreOffice saves it: the tables keep
// their rows and header rows, and every unit keeps its bookmark.
func checkRoundTrip(t *testing.T, v *view.Doc, d *Draft, path string) {
	t.Helper()
	f, err := docxread.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var tables []*docxread.Table
	for _, b := range f.Blocks {
		if tb, ok := b.(*docxread.Table); ok && len(tb.Rows) > 0 && tb.Rows[0].Header {
			tables = append(tables, tb)
		}
	}
	var want []int
	for _, a := range v.Appendices() {
		if a.Table != nil {
			n := 1
			for r := range a.Table.Rows() {
				if !r.NoRow {
					n++
				}
			}
			want = append(want, n)
		}
	}
	var got []int
	for _, tb := range tables {
		got = append(got, len(tb.Rows))
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("tables with a header row: %v rows, want %v", got, want)
	}
	marks := map[string]bool{}
	for _, p := range f.Paras() {
		for _, b := range p.Bookmarks {
			marks[b] = true
		}
	}
	lost := 0
	for _, u := range d.Units {
		if !marks[Bookmark(u.Ref)] {
			lost++
		}
	}
	if lost > 0 {
		t.Errorf("%d of %d units lost their bookmark in LibreOffice's .docx", lost, len(d.Units))
	}
}

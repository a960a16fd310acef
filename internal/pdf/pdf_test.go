package pdf

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/golden"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/pdf/pdfcheck"
	"github.com/kh-tools/kh/internal/pdf/pdftext"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/vntext"
)

const (
	goldenDir = "../../testdata/pdf"
	plansDir  = "../../plans"
	repoOK    = "../../testdata/repo-ok"
	repoParty = "../../testdata/pdf/repo-dang"
	main2026  = "na-kh-2026-cds"
)

func loadRepo(t testing.TB, root string) *plan.Repo {
	t.Helper()
	res, err := load.Repo(root, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Repo
}

func findPlan(t testing.TB, r *plan.Repo, id string) *plan.Plan {
	t.Helper()
	p := r.Plan(id)
	if p == nil {
		t.Fatalf("plan %s not loaded", id)
	}
	return p
}

func template(t testing.TB, r *plan.Repo, p *plan.Plan) *layout.Template {
	t.Helper()
	tpl, err := layout.Load("../../templates", layout.NameFor(r, p))
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

func render(t testing.TB, r *plan.Repo, p *plan.Plan) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, r, p, template(t, r, p)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// readBack checks the PDF's structure, then extracts its pages.
func readBack(t testing.TB, data []byte) []pdftext.Page {
	t.Helper()
	rep, err := pdfcheck.Check(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Fonts {
		if !f.Embedded {
			t.Errorf("font %s is not embedded", f.BaseFont)
		}
	}
	pages, err := pdftext.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Pages) != len(pages) {
		t.Fatalf("the page tree has %d pages, pdftext reads %d", len(rep.Pages), len(pages))
	}
	return pages
}

// structural marks the lines a golden pins: numbered headings, table
// group rows, appendix headings, the signing and Nơi nhận lines.
var structural = regexp.MustCompile(`^([IVXLC]+\. |\d+\.(\d+\.)* |[a-zđ]\) |[IVXLC]+ |Phụ lục |\(Kèm theo |TT |Nơi nhận|TM\. |T/M |KT\. |DỰ THẢO)`)

// summary is the golden form of a PDF: each page's size and orientation,
// the first lines of page 1 (header order), and the structural lines.
func summary(pages []pdftext.Page) string {
	var b strings.Builder
	fmt.Fprintf(&b, "pages: %d\n", len(pages))
	for i, pg := range pages {
		orient := "portrait"
		if pg.Landscape() {
			orient = "landscape"
		}
		fmt.Fprintf(&b, "--- page %d %.0fx%.0f %s\n", i+1, pg.Width, pg.Height, orient)
		head := 0
		if i == 0 {
			head = 8
		} else if len(pg.Lines) > 0 && strings.HasPrefix(pg.Lines[0], "Phụ lục ") {
			head = 3
		}
		for j, l := range pg.Lines {
			if j < head || structural.MatchString(l) || (j == 0 && isNumber(l)) {
				fmt.Fprintf(&b, "%s\n", l)
			}
		}
	}
	return b.String()
}

func isNumber(s string) bool { return regexp.MustCompile(`^\d+$`).MatchString(s) }

func goldenFile(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join(goldenDir, name+".golden"), got)
}

// TestGoldens pins header order, numbering, appendix headings, page count
// and orientation for the example repository, the Party example and every
// real plan in plans/.
func TestGoldens(t *testing.T) {
	for _, root := range []string{repoOK, repoParty, plansDir} {
		r := loadRepo(t, root)
		for _, p := range r.Plans {
			t.Run(p.ID, func(t *testing.T) {
				goldenFile(t, p.ID, summary(readBack(t, render(t, r, p))))
			})
		}
	}
}

func TestByteIdentical(t *testing.T) {
	a := render(t, loadRepo(t, plansDir), findPlan(t, loadRepo(t, plansDir), main2026))
	r := loadRepo(t, plansDir)
	b := render(t, r, findPlan(t, r, main2026))
	if !bytes.Equal(a, b) {
		t.Fatal("two builds of the same plan differ")
	}
}

// words splits normalised text into words, as the extracted text has them.
func words(s string) []string { return strings.Fields(vntext.NFC(s)) }

// bodyText is the body pages' text without page numbers, one string.
func bodyText(v *view.Doc, pages []pdftext.Page) string {
	var ws []string
	parts := partOf(v, pages)
	for i, pg := range pages {
		if parts[i] > 0 {
			break
		}
		for j, l := range pg.Lines {
			if j == 0 && i > 0 && isNumber(l) {
				continue
			}
			ws = append(ws, words(l)...)
		}
	}
	return strings.Join(ws, " ")
}

// TestWholeBody2026 checks every heading and paragraph of the 2026 plan is
// printed in full and in order, and both appendices hold every row.
func TestWholeBody2026(t *testing.T) {
	r := loadRepo(t, plansDir)
	p := findPlan(t, r, main2026)
	pages := readBack(t, render(t, r, p))
	v := view.New(r, p)
	body := bodyText(v, pages)
	at := 0
	for _, want := range expectedBody(v) {
		i := strings.Index(body[at:], want)
		if i < 0 {
			t.Fatalf("body lacks (in order) %q", want)
		}
		at += i + len(want)
	}
	if len(p.Appendices) != 2 {
		t.Fatalf("appendices = %d, want 2", len(p.Appendices))
	}
	for n, a := range p.Appendices {
		checkAppendix(t, v, pages, n+1, a)
	}
}

func expectedBody(v *view.Doc) []string {
	p := v.Plan
	var out []string
	add := func(s string) { out = append(out, strings.Join(words(p.ExpandRefs(s)), " ")) }
	blocks := func(bs []plan.Block) {
		for _, b := range bs {
			if b.Dash != "" {
				add("- " + b.Dash)
			} else {
				add(b.Text)
			}
		}
	}
	blocks(p.Preamble)
	var walk func(items []*view.Item)
	walk = func(items []*view.Item) {
		for _, it := range items {
			if !it.RunIn {
				add(it.Label + " " + it.Heading)
			}
			blocks(it.Blocks)
			walk(it.Items)
			blocks(it.After)
		}
	}
	walk(v.Outline())
	blocks(p.Closing)
	return out
}

// checkAppendix finds appendix n's pages and checks the words of every
// row appear in order: table cells share lines with their neighbours, but
// each cell's own words keep their order.
func checkAppendix(t *testing.T, v *view.Doc, pages []pdftext.Page, n int, a *plan.Appendix) {
	t.Helper()
	head := "Phụ lục " + plan.AppendixNumber(n)
	var ws []string
	parts := partOf(v, pages)
	for i, pg := range pages {
		if parts[i] != n {
			continue
		}
		if !pg.Landscape() {
			t.Errorf("%s is portrait", head)
		}
		for _, l := range pg.Lines {
			ws = append(ws, words(l)...)
		}
	}
	if len(ws) == 0 {
		t.Fatalf("no pages headed %q", head)
	}
	at := 0
	for _, row := range rowTexts(a) {
		for _, w := range words(row) {
			for at < len(ws) && ws[at] != w {
				at++
			}
			if at == len(ws) {
				t.Fatalf("%s: row %q missing or out of order at word %q", head, row, w)
			}
		}
	}
}

func rowTexts(a *plan.Appendix) []string {
	var out []string
	a.WalkGroups(func(g *plan.Group, _ string, _ int) {
		out = append(out, g.Heading)
		for _, t := range g.Tasks {
			out = append(out, t.Text)
		}
		for _, in := range g.Indicators {
			out = append(out, in.Text)
		}
	})
	return out
}

func TestDraft(t *testing.T) {
	r := loadRepo(t, repoOK)
	p := r.Plans[0]
	p.Number, p.Date, p.Draft = 0, time.Time{}, 2
	pages := readBack(t, render(t, r, p))
	first := pages[0].Text()
	for _, re := range []string{
		`DỰ THẢO LẦN 2`,
		`Số: +/KH-UBND`,
		`Nghệ An, ngày +tháng +năm\n`,
	} {
		if !regexp.MustCompile(re).MatchString(first + "\n") {
			t.Errorf("page 1 does not match %q:\n%s", re, first)
		}
	}
	app := pages[len(pages)-1].Text()
	if !regexp.MustCompile(`\(Kèm theo Kế hoạch số +/KH-UBND ngày +của UBND tỉnh\)`).MatchString(app) {
		t.Errorf("appendix reference line lacks the blanks:\n%s", app)
	}
}

func TestParty(t *testing.T) {
	r := loadRepo(t, repoParty)
	pages := readBack(t, render(t, r, r.Plans[0]))
	lines := pages[0].Lines
	want := []string{
		"ĐẢNG BỘ TỈNH MẪU ĐẢNG CỘNG SẢN VIỆT NAM",
		"TỈNH ỦY",
		"*",
		"Số 16-NQ/TU Tỉnh Mẫu, ngày 19 tháng 10 năm 2021",
		"NGHỊ QUYẾT",
		"HỘI NGHỊ LẦN THỨ 7",
	}
	if diff := cmp.Diff(want, lines[:len(want)]); diff != "" {
		t.Errorf("Party header (-want +got):\n%s", diff)
	}
	all := ""
	for _, pg := range pages {
		all += pg.Text() + "\n"
	}
	if !strings.Contains(all, "T/M TỈNH ỦY") || strings.Contains(all, "TM. ") {
		t.Errorf("Party signing must use T/M:\n%s", all)
	}
}

// TestUnsafeText feeds text fpdf cannot draw as is: emoji and other astral
// runes, decomposed marks, control characters, invalid UTF-8, a word
// wider than its column and a row taller than a page.
func TestUnsafeText(t *testing.T) {
	r := loadRepo(t, repoOK)
	p := r.Plans[0]
	task := p.Appendices[0].Groups[0].Tasks[0]
	decomposed := "Ke\u0302\u0301 hoa\u0323ch"
	task.Text = "Kế hoạch 😀 𝔸 " + decomposed + " \x07\xff " + strings.Repeat("x", 400)
	p.Appendices[0].Groups[0].Tasks[1].Text = strings.Repeat("từ ", 3000)
	pages := readBack(t, render(t, r, p))
	all := ""
	for _, pg := range pages {
		all += pg.Text() + "\n"
	}
	if !strings.Contains(all, "Kế hoạch □ □ Kế hoạch") {
		t.Errorf("emoji not replaced or marks not composed:\n%.500s", all)
	}
	if n := strings.Count(all, "từ"); n != 3000 {
		t.Errorf("tall row: %d of 3000 words printed", n)
	}
}

func BenchmarkWrite2026(b *testing.B) {
	r := loadRepo(b, plansDir)
	p := findPlan(b, r, main2026)
	tpl := template(b, r, p)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, r, p, tpl); err != nil {
			b.Fatal(err)
		}
	}
}

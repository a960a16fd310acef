package site

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/net/html"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/pdf/pdftext"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

func newView(l loaded, p *plan.Plan) *view.Doc { return view.New(l.res.Repo, p) }

// asOf is the reference day of the tests: the 2026 plan's first-quarter
// tasks are overdue, the year's are not.
var asOf = time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)

// loaded is a repository as kh site gets it.
type loaded struct {
	root string
	res  *load.Result
}

func loadRepo(tb testing.TB, root string) loaded {
	tb.Helper()
	res, err := load.Repo(root, load.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	for _, d := range res.Diags {
		tb.Logf("load: %s", d.Pos)
	}
	return loaded{root: root, res: res}
}

// options are the site options kh site passes for the repository.
func (l loaded) options(lang msg.Lang) Options {
	return Options{
		AsOf: asOf, Lang: lang, Templates: "../../templates",
		Check: check.Options{Calendar: l.res.Calendar},
	}
}

func render(tb testing.TB, l loaded, lang msg.Lang) *Site {
	tb.Helper()
	s, err := Render(l.res.Repo, l.options(lang))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// file finds a file of the site.
func file(tb testing.TB, s *Site, p string) []byte {
	tb.Helper()
	for _, f := range s.Files {
		if f.Path == p {
			return f.Data
		}
	}
	tb.Fatalf("the site has no %s", p)
	return nil
}

func TestRenderIsDeterministic(t *testing.T) {
	l := loadRepo(t, "../../plans")
	a, b := render(t, l, msg.VI), render(t, l, msg.VI)
	if len(a.Files) != len(b.Files) {
		t.Fatalf("%d files, then %d", len(a.Files), len(b.Files))
	}
	for i := range a.Files {
		if a.Files[i].Path != b.Files[i].Path || !bytes.Equal(a.Files[i].Data, b.Files[i].Data) {
			t.Errorf("%s differs between two builds", a.Files[i].Path)
		}
	}
}

// TestPages: every page the issue asks for is there, small, and links
// only to files and anchors inside the site.
func TestPages(t *testing.T) {
	l := loadRepo(t, "../../plans")
	for _, lang := range []msg.Lang{msg.VI, msg.EN} {
		s := render(t, l, lang)
		want := []string{"index.html", "co-quan/index.html", "co-quan/so-khcn.html", "assets/site.css", "assets/site.js"}
		for _, p := range l.res.Repo.Plans {
			dir := "ke-hoach/" + p.ID + "/"
			want = append(want, dir+"index.html", dir+"tien-do.html", dir+p.ID+".pdf", dir+p.ID+".docx")
			if len(p.Indicators()) > 0 {
				want = append(want, dir+"chi-tieu.html")
			}
		}
		for _, p := range want {
			file(t, s, p)
		}
		checkLinks(t, s)
		for _, f := range s.Files {
			if strings.HasSuffix(f.Path, ".html") && len(f.Data) > 300<<10 {
				t.Errorf("%s: %d KB, more than 300 KB", f.Path, len(f.Data)>>10)
			}
		}
		page := file(t, s, "ke-hoach/na-kh-2026-cds/index.html")
		t.Logf("%s: the 2026 plan's page is %d bytes; the site %d files", lang, len(page), len(s.Files))
		if !bytes.Contains(page, []byte(`<html lang="`+lang.String()+`">`)) {
			t.Errorf("%s: page language not set", lang)
		}
	}
}

// checkLinks parses every page and follows every href and src: no
// address outside the site, every file present, every #anchor defined.
func checkLinks(t *testing.T, s *Site) {
	t.Helper()
	files := map[string][]byte{}
	for _, f := range s.Files {
		files[f.Path] = f.Data
	}
	ids := map[string]map[string]bool{}
	idsOf := func(p string) map[string]bool {
		if m, ok := ids[p]; ok {
			return m
		}
		m := map[string]bool{}
		walk(t, p, files[p], func(n *html.Node) {
			if id := attr(n, "id"); id != "" {
				if m[id] {
					t.Errorf("%s: id %q twice", p, id)
				}
				m[id] = true
			}
		})
		ids[p] = m
		return m
	}
	for p, data := range files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		walk(t, p, data, func(n *html.Node) {
			for _, key := range []string{"href", "src"} {
				ref := attr(n, key)
				if ref == "" {
					continue
				}
				if strings.Contains(ref, ":") || strings.HasPrefix(ref, "/") {
					t.Errorf("%s: %s=%q leaves the site", p, key, ref)
					continue
				}
				target, frag, _ := strings.Cut(ref, "#")
				dest := p
				if target != "" {
					dest = path.Join(path.Dir(p), target)
				}
				if _, ok := files[dest]; !ok {
					t.Errorf("%s: %s=%q: no file %s", p, key, ref, dest)
					continue
				}
				if frag != "" && !idsOf(dest)[frag] {
					t.Errorf("%s: %s=%q: no id %q in %s", p, key, ref, frag, dest)
				}
			}
		})
	}
}

func walk(t *testing.T, name string, data []byte, visit func(*html.Node)) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.ElementNode {
			visit(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(doc)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// text is the text below n, nodes joined by a space.
func text(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

func TestWriteReplacesOnlyASite(t *testing.T) {
	s := &Site{Files: []File{{Path: "index.html", Data: []byte("<!DOCTYPE html><head>" + Generator + "</head>")}, {Path: "a/b.txt", Data: []byte("1")}}}
	dir := filepath.Join(t.TempDir(), "site")
	if err := Write(dir, s); err != nil {
		t.Fatal(err)
	}
	s.Files[1] = File{Path: "c.txt", Data: []byte("2")}
	if err := Write(dir, s); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "a")); err == nil {
		t.Error("the old site's files are still there")
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "c.txt")); string(data) != "2" {
		t.Errorf("c.txt = %q", data)
	}
	assertOnly(t, filepath.Dir(dir), "site")
	if sums, _ := os.ReadFile(filepath.Join(dir, Manifest)); !strings.Contains(string(sums), "d4735e3a265e16eee03f59718b9b5d03019c07d8b6c51f90da3a666eec13ab35  c.txt\n") {
		t.Errorf("the manifest lacks c.txt's SHA-256:\n%s", sums)
	}
	for name, change := range map[string]func(){
		"a file added":   func() { os.WriteFile(filepath.Join(dir, "ghi-chu.txt"), []byte("mine"), 0o644) },
		"a file changed": func() { os.WriteFile(filepath.Join(dir, "c.txt"), []byte("edited"), 0o644) },
		"a link added":   func() { os.Symlink("c.txt", filepath.Join(dir, "l.txt")) },
	} {
		if err := Write(dir, s); err != nil {
			t.Fatal(err)
		}
		change()
		before := tree(t, dir)
		if err := Write(dir, s); err == nil {
			t.Errorf("%s: the site was replaced", name)
		}
		if after := tree(t, dir); after != before {
			t.Errorf("%s: the refused folder changed", name)
		}
		os.RemoveAll(dir)
	}
	if err := Write(dir, s); err != nil {
		t.Fatal(err)
	}

	other := filepath.Join(t.TempDir(), "docs")
	os.MkdirAll(other, 0o755)
	os.WriteFile(filepath.Join(other, "index.html"), []byte("<html>mine</html>"), 0o644)
	if err := Write(other, s); err == nil {
		t.Error("a folder kh did not make was replaced")
	}
	if data, _ := os.ReadFile(filepath.Join(other, "index.html")); string(data) != "<html>mine</html>" {
		t.Error("the refused folder changed")
	}
	assertOnly(t, filepath.Dir(other), "docs")

	bad := &Site{Files: []File{{Path: "index.html", Data: []byte("x")}, {Path: "../escape.txt", Data: []byte("x")}}}
	out := filepath.Join(t.TempDir(), "site")
	if err := Write(out, bad); err == nil {
		t.Error("a path leaving the site was written")
	}
	assertOnly(t, filepath.Dir(out))
}

// tree lists dir's files with their contents.
func tree(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(p)
			fmt.Fprintf(&b, "%s %q\n", p, data)
		}
		return nil
	})
	return b.String()
}

// assertOnly fails unless dir holds exactly names (no temporary folder
// left behind).
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("%s holds %v, want %v", dir, got, names)
	}
}

func TestGeneratorTagInEveryPage(t *testing.T) {
	s := render(t, loadRepo(t, "../../plans"), msg.VI)
	for _, f := range s.Files {
		if strings.HasSuffix(f.Path, ".html") && !bytes.Contains(f.Data[:min(len(f.Data), 1024)], []byte(Generator)) {
			t.Errorf("%s lacks the generator tag in its head", f.Path)
		}
	}
}

// TestSameTextAsPDF: a plan's page prints the characters its PDF prints,
// the document and its appendices alike (line breaks and page furniture
// aside: page numbers, repeated table headers).
func TestSameTextAsPDF(t *testing.T) {
	l := loadRepo(t, "../../plans")
	s := render(t, l, msg.EN)
	for _, p := range l.res.Repo.Plans {
		t.Run(p.ID, func(t *testing.T) {
			dir := "ke-hoach/" + p.ID + "/"
			want := pdfChars(t, file(t, s, dir+p.ID+".pdf"), newDocument(newView(l, p)))
			got := counts{}
			walk(t, p.ID, file(t, s, dir+"index.html"), func(n *html.Node) {
				if attr(n, "id") == "kh_text" || attr(n, "class") == "appendix" {
					got.add(text(n), 1)
				}
			})
			if d := want.diff(got); d != "" {
				t.Errorf("the page's characters differ from the PDF's:\n%s", d)
			}
		})
	}
}

func pdfChars(t *testing.T, data []byte, d *document) counts {
	t.Helper()
	pages, err := pdftext.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	want := counts{}
	part := -1
	for i, pg := range pages {
		for j, line := range pg.Lines {
			switch {
			case j == 0 && strings.HasPrefix(line, "Phụ lục ") || j == 0 && part+1 < len(d.Appendices) && line == d.Appendices[part+1].Heading[0]:
				part++
			case j == 0 && i > 0 && strings.Trim(line, "0123456789") == "":
				if part >= 0 && d.Appendices[part].Table != nil {
					for _, c := range d.Appendices[part].Table.Columns {
						want.add(c.Label, -1)
					}
				}
				continue
			case i == 0 && line == d.DraftMark:
				continue
			}
			want.add(line, 1)
		}
	}
	return want
}

// counts is a multiset of characters, white space left out.
type counts map[rune]int

func (c counts) add(s string, n int) {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			c[r] += n
		}
	}
}

func (c counts) diff(got counts) string {
	var out []string
	for r, n := range c {
		if got[r] != n {
			out = append(out, fmt.Sprintf("%q: PDF %d, page %d", r, n, got[r]))
		}
	}
	for r, n := range got {
		if _, ok := c[r]; !ok {
			out = append(out, fmt.Sprintf("%q: PDF 0, page %d", r, n))
		}
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

// BenchmarkSite builds the site of plans/ as kh site does after its
// check: load the repository, render every page and download, write the
// folder.
func BenchmarkSite(b *testing.B) {
	out := filepath.Join(b.TempDir(), "site")
	for b.Loop() {
		l := loadRepo(b, "../../plans")
		s, err := Render(l.res.Repo, l.options(msg.VI))
		if err != nil {
			b.Fatal(err)
		}
		if err := Write(out, s); err != nil {
			b.Fatal(err)
		}
	}
}

package word

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/kh-tools/kh/internal/docx"
	"github.com/kh-tools/kh/internal/docxread"
	"github.com/kh-tools/kh/internal/golden"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/pdf"
	"github.com/kh-tools/kh/internal/pdf/pdftext"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

const (
	plansDir  = "../../plans"
	repoOK    = "../../testdata/repo-ok"
	repoParty = "../../testdata/pdf/repo-dang"
	goldenDir = "../../testdata/word"
)

func loadRepo(t testing.TB, root string) *plan.Repo {
	t.Helper()
	res, err := load.Repo(root, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Repo
}

func template(t testing.TB, r *plan.Repo, p *plan.Plan) *layout.Template {
	t.Helper()
	tpl, err := layout.Load("../../templates", layout.NameFor(r, p))
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

func build(t testing.TB, r *plan.Repo, p *plan.Plan) (*Draft, []byte) {
	t.Helper()
	d, err := Build(view.New(r, p), template(t, r, p), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := d.Document.Write(&b); err != nil {
		t.Fatal(err)
	}
	return d, b.Bytes()
}

// eachPlan runs check on the example repository, the Party example and
// every real plan.
func eachPlan(t *testing.T, check func(t *testing.T, r *plan.Repo, p *plan.Plan)) {
	for _, root := range []string{repoOK, repoParty, plansDir} {
		r := loadRepo(t, root)
		for _, p := range r.Plans {
			t.Run(p.ID, func(t *testing.T) { check(t, r, p) })
		}
	}
}

// TestDrafts reads every draft back and checks what Word would show:
// sections and orientation, tables row for row, bookmarks for every unit,
// and the same characters as the PDF.
func TestDrafts(t *testing.T) {
	eachPlan(t, func(t *testing.T, r *plan.Repo, p *plan.Plan) {
		d, data := build(t, r, p)
		if _, again := build(t, r, p); !bytes.Equal(data, again) {
			t.Fatal("two builds differ")
		}
		f, err := docxread.Read(data)
		if err != nil {
			t.Fatal(err)
		}
		v := view.New(r, p)
		checkSections(t, v, f)
		checkTables(t, v, f)
		checkUnits(t, d, f)
		checkText(t, r, p, v, f)
	})
}

func checkSections(t *testing.T, v *view.Doc, f *docxread.File) {
	t.Helper()
	apps := v.Appendices()
	if len(f.Sections) != 1+len(apps) {
		t.Fatalf("%d sections, want the body and %d appendices", len(f.Sections), len(apps))
	}
	if s := f.Sections[0]; s.Landscape || !s.TitlePage || s.PageStart != 0 {
		t.Errorf("body section %+v", s)
	}
	for i, a := range apps {
		s := f.Sections[i+1]
		if s.Landscape != (a.Table != nil && a.Table.Landscape) || !s.TitlePage || s.PageStart != 1 {
			t.Errorf("%s: section %+v", a.Label, s)
		}
		// The section opens with the document's title block (after the
		// repeated header table of a schedule printed with it).
		at := s.First
		if _, ok := f.Blocks[at].(*docxread.Table); ok && a.Header {
			at++
		}
		first, ok := f.Blocks[at].(*docxread.Para)
		if !ok || first.Text() != a.Heading[0] {
			t.Errorf("%s: section does not start with %q", a.Label, a.Heading[0])
		}
	}
}

func checkTables(t *testing.T, v *view.Doc, f *docxread.File) {
	t.Helper()
	for i, a := range v.Appendices() {
		if a.Table == nil {
			continue
		}
		s := f.Sections[i+1]
		var tb *docxread.Table
		for _, b := range f.Blocks[s.First:s.End] {
			if x, ok := b.(*docxread.Table); ok {
				tb = x
			}
		}
		if tb == nil {
			t.Fatalf("%s: no table", a.Label)
		}
		var rows []*view.Row
		for r := range a.Table.Rows() {
			if r.NoRow {
				continue
			}
			c := *r
			c.Cells = append([]view.Cell(nil), r.Cells...)
			rows = append(rows, &c)
		}
		if len(tb.Rows) != 1+len(rows) {
			t.Fatalf("%s: %d rows, want a header and %d", a.Label, len(tb.Rows), len(rows))
		}
		if !tb.Rows[0].Header || tb.Rows[1].Header {
			t.Errorf("%s: only the first row repeats as the header", a.Label)
		}
		for j, want := range rows {
			got := tb.Rows[j+1]
			if !got.CantSplit {
				t.Errorf("%s row %d splits across pages", a.Label, j+1)
			}
			if want.Group != nil {
				if want.Lead != "" {
					if len(got.Cells) < 3 || got.Cells[1].Text() != want.Heading || got.Cells[2].Text() != want.Lead {
						t.Errorf("%s: group row %d lacks its heading or lead %q", a.Label, j+1, want.Lead)
					}
					continue
				}
				if len(got.Cells) != 2 || got.Cells[1].Span != len(a.Table.Columns)-1 || got.Cells[1].Text() != want.Heading {
					t.Errorf("%s: group row %d: %d cells, %q", a.Label, j+1, len(got.Cells), got.Cells[len(got.Cells)-1].Text())
				}
				continue
			}
			for k, c := range want.Cells {
				if got.Cells[k].Text() != c.Text {
					t.Errorf("%s row %d column %s: %q, want %q", a.Label, j+1, a.Table.Columns[k].Key, got.Cells[k].Text(), c.Text)
				}
			}
		}
	}
}

// checkUnits: every unit's bookmark is in the file around its text, and
// every kh bookmark of the file is a unit.
func checkUnits(t *testing.T, d *Draft, f *docxread.File) {
	t.Helper()
	byName := map[string]Unit{}
	for _, u := range d.Units {
		byName[Bookmark(u.Ref)] = u
		if u.Editable && u.Text != u.Prefix+u.Value {
			t.Errorf("%v: editable, but %q is not %q + %q", u.Ref, u.Text, u.Prefix, u.Value)
		}
	}
	found := map[string]bool{}
	for _, p := range f.Paras() {
		for _, name := range p.Bookmarks {
			u, ok := byName[name]
			if !ok {
				t.Errorf("bookmark %s is no unit", name)
				continue
			}
			found[name] = true
			if p.Text() != u.Text {
				t.Errorf("%v: paragraph %q, unit %q", u.Ref, p.Text(), u.Text)
			}
		}
	}
	for name, u := range byName {
		if !found[name] {
			t.Errorf("%v (%s) has no paragraph", u.Ref, name)
		}
	}
}

// checkText compares the characters of the draft with those of the PDF,
// page numbers, the draft mark (a header in Word) and the table header
// rows the PDF repeats on each page aside: the two print the same words,
// whatever order their layouts read in.
func checkText(t *testing.T, r *plan.Repo, p *plan.Plan, v *view.Doc, f *docxread.File) {
	t.Helper()
	var b bytes.Buffer
	if err := pdf.Write(&b, r, p, template(t, r, p)); err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Read(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := counts{}
	part, apps := -1, v.Appendices()
	for i, pg := range pages {
		for j, l := range pg.Lines {
			switch {
			case j == 0 && part+1 < len(apps) && startsAppendix(v, apps[part+1], l):
				part++
			case j == 0 && i > 0 && isNumber(l):
				// The page number; a table's header row follows it.
				if part >= 0 && apps[part].Table != nil {
					for _, c := range apps[part].Table.Columns {
						want.add(c.Label, -1)
					}
				}
				continue
			case i == 0 && l == v.DraftMark():
				continue
			}
			want.add(l, 1)
		}
	}
	got := counts{}
	for _, p := range f.Paras() {
		got.add(p.Text(), 1)
	}
	if d := want.diff(got); d != "" {
		t.Errorf("the draft's characters differ from the PDF's:\n%s", d)
	}
}

// startsAppendix reports whether l, the first line of a page, opens
// appendix a: its title block's first line, or the header it repeats.
func startsAppendix(v *view.Doc, a *view.Appendix, l string) bool {
	first := a.Heading[0]
	if a.Header {
		_, own := v.IssuerLines()
		first = own[0]
	}
	return strings.HasPrefix(first, l) || strings.HasPrefix(l, first)
}

func isNumber(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// counts is a multiset of characters, white space left out: a text's
// fingerprint independent of line breaks and reading order.
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
			out = append(out, fmt.Sprintf("%q: PDF %d, Word %d", r, n, got[r]))
		}
	}
	for r, n := range got {
		if _, ok := c[r]; !ok {
			out = append(out, fmt.Sprintf("%q: PDF 0, Word %d", r, n))
		}
	}
	slices.Sort(out)
	return strings.Join(out, "\n")
}

// TestUnits pins the addressable units of the example plan: what the
// comment form lists and what comments and tracked changes map to.
func TestUnits(t *testing.T) {
	for _, root := range []string{repoOK, repoParty} {
		r := loadRepo(t, root)
		for _, p := range r.Plans {
			d, _ := build(t, r, p)
			var b strings.Builder
			for _, u := range d.Units {
				mark := " "
				switch {
				case u.Editable:
					mark = "E"
				case u.Main:
					mark = "M"
				}
				fmt.Fprintf(&b, "%s %-28s %-32s %s | %s\n", mark, u.Ref.ID, u.Ref.Field, u.Number, u.Text)
			}
			golden.Check(t, filepath.Join(goldenDir, p.ID+".units"), b.String())
		}
	}
}

func TestBookmark(t *testing.T) {
	long := Ref{ID: strings.Repeat("nhiem-vu-", 7) + "x", Field: "noi_dung"}
	for _, r := range []Ref{{"nv-ioc", "noi_dung"}, {"nv-ioc", "thoi_han"}, long} {
		name := Bookmark(r)
		if len(name) > 40 || !IsBookmark(name) || strings.Trim(name, "abcdefghijklmnopqrstuvwxyz0123456789_") != "" {
			t.Errorf("%v: bookmark %q", r, name)
		}
	}
	if Bookmark(Ref{"nv-ioc", "noi_dung"}) == Bookmark(Ref{"nv-ioc", "thoi_han"}) {
		t.Error("two fields of one item share a bookmark")
	}
	for _, s := range []string{"kh_doan", "_GoBack", "kh_x_1234567", "kh_x_1234567g"} {
		if IsBookmark(s) {
			t.Errorf("%q taken for a kh bookmark", s)
		}
	}
}

// TestMark: a draft built although its plan has errors says so on every
// page, as the PDF does.
func TestMark(t *testing.T) {
	r := loadRepo(t, repoOK)
	p := r.Plans[0]
	const mark = "CHƯA KIỂM TRA: còn 2 lỗi"
	d, err := Build(view.New(r, p), template(t, r, p), Options{Mark: mark})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range d.Document.Sections {
		for _, h := range [][]docx.Block{s.Header, s.FirstHeader} {
			pa, ok := h[0].(*docx.Paragraph)
			if !ok || pa.Runs[0].(*docx.Run).Text != mark {
				t.Errorf("section %d: a header does not start with the mark", i+1)
			}
		}
	}
	if !strings.Contains(d.Document.Props.Keywords, mark) {
		t.Errorf("keywords %q", d.Document.Props.Keywords)
	}
}

// BenchmarkDraft builds and writes the Word draft of the 2026 plan.
func BenchmarkDraft(b *testing.B) {
	r := loadRepo(b, plansDir)
	p := r.Plan("na-kh-2026-cds")
	tpl := template(b, r, p)
	for b.Loop() {
		d, err := Build(view.New(r, p), tpl, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := d.Document.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

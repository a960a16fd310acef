package build

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/pdf/pdftext"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/xlsx"
)

// TestSameColumns: the PDF and the workbook of every table appendix head
// the same columns with the same words, those of the resolved view.
func TestSameColumns(t *testing.T) {
	for _, root := range []string{"../../plans", "../../testdata/repo-ok"} {
		res, err := load.Repo(root, load.Options{})
		if err != nil {
			t.Fatal(err)
		}
		r := res.Repo
		for _, p := range r.Plans {
			if !view.HasTables(p) {
				continue
			}
			pdfData, err := PDF(r, p, "../../templates")
			if err != nil {
				t.Fatal(err)
			}
			pages, err := pdftext.Read(pdfData)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := xlsx.Write(&b, r, p); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&b)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range view.New(r, p).Appendices() {
				if a.Table == nil {
					continue
				}
				var labels []string
				for _, c := range a.Table.Columns {
					labels = append(labels, c.Label)
				}
				want := words(labels...)
				if got := words(xlsxHeader(t, f, xlsx.SheetName(atoi(a.Number)), len(a.Heading)+1)...); !cmp.Equal(want, got) {
					t.Errorf("%s %s workbook header (-view +xlsx):\n%s", p.ID, a.Appendix.ID, cmp.Diff(want, got))
				}
				if got := words(pdfHeader(pages, a)...); !cmp.Equal(want, got) {
					t.Errorf("%s %s PDF header (-view +pdf):\n%s", p.ID, a.Appendix.ID, cmp.Diff(want, got))
				}
			}
		}
	}
}

// words is the sorted words of texts, so cells wrapped side by side
// compare equal to the labels they hold.
func words(texts ...string) []string {
	var out []string
	for _, s := range texts {
		out = append(out, strings.Fields(s)...)
	}
	slices.Sort(out)
	return out
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// xlsxHeader is the non-empty header cells of a sheet: the one or two
// rows after its titles lines and a blank row.
func xlsxHeader(t *testing.T, f *excelize.File, sheet string, titles int) []string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	first := titles + 1
	for i := first; i < len(rows) && i < first+2; i++ {
		if i == first+1 && len(rows[i]) > 0 && rows[i][0] != "" {
			break // the first data or group row
		}
		for _, c := range rows[i] {
			if c != "" {
				out = append(out, c)
			}
		}
	}
	return out
}

// pdfHeader is the lines of the appendix's first page between the
// "(Kèm theo …)" line and the first row.
func pdfHeader(pages []pdftext.Page, a *view.Appendix) []string {
	var first string
	for r := range a.Table.Rows() {
		if !r.NoRow {
			first = r.Number + " "
			break
		}
	}
	for _, pg := range pages {
		text := strings.Join(strings.Fields(pg.Text()), " ")
		if !strings.Contains(text, a.AttachedTo) || !strings.Contains(text, strings.Join(strings.Fields(a.Heading[0]), " ")) {
			continue
		}
		var out []string
		in := false
		for _, l := range pg.Lines {
			switch {
			case strings.HasSuffix(l, ")") && strings.Contains(a.AttachedTo, l):
				in = true
			case in && strings.HasPrefix(l, first):
				return out
			case in:
				out = append(out, l)
			}
		}
	}
	return nil
}

package word

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/docxread"
	"github.com/kh-tools/kh/internal/fidelity"
	"github.com/kh-tools/kh/internal/pdf"
)

// asPrinted reads a Word draft as the fidelity harness reads a PDF: lines in
// reading order, the two-column blocks (header, Nơi nhận beside the
// signature: tables without a header row) a column at a time, appendix
// tables row by row.
func asPrinted(f *docxread.File) *fidelity.Printed {
	var out fidelity.Printed
	line := func(p *docxread.Para) {
		for _, l := range strings.Split(p.Text(), "\n") {
			if strings.TrimSpace(l) != "" {
				out.Blocks = append(out.Blocks, fidelity.PrintedBlock{Text: l})
			}
		}
	}
	for _, b := range f.Blocks {
		switch b := b.(type) {
		case *docxread.Para:
			line(b)
		case *docxread.Table:
			if len(b.Rows) > 0 && !b.Rows[0].Header {
				for col := 0; col < len(b.Grid); col++ {
					for _, r := range b.Rows {
						if col < len(r.Cells) {
							for _, p := range r.Cells[col].Paras() {
								line(p)
							}
						}
					}
				}
				continue
			}
			for _, r := range b.Rows {
				var cells []string
				for _, c := range r.Cells {
					// A line break in a cell reads as a space, as in the PDF.
					cells = append(cells, strings.ReplaceAll(c.Text(), "\n", " "))
				}
				out.Blocks = append(out.Blocks, fidelity.PrintedBlock{Cells: cells})
			}
		}
	}
	return &out
}

// TestFidelity compares the Word draft of every plan with a reference
// text (testdata/fidelity, the signed documents restored) as the PDF is
// compared: the draft must give back at least as many signed words as the
// PDF and differ from the signed text nowhere the PDF does not.
func TestFidelity(t *testing.T) {
	refs, _ := filepath.Glob("../../testdata/fidelity/*.txt")
	if len(refs) == 0 {
		t.Fatal("no reference texts")
	}
	r := loadRepo(t, plansDir)
	for _, path := range refs {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			fh, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			ref, err := fidelity.ParseReference(fh)
			fh.Close()
			if err != nil {
				t.Fatal(err)
			}
			p := r.Plan(ref.Meta["plan"])
			if p == nil {
				t.Fatalf("no plan %q", ref.Meta["plan"])
			}
			_, data := build(t, r, p)
			f, err := docxread.Read(data)
			if err != nil {
				t.Fatal(err)
			}
			fromWord := fidelity.Compare(ref, asPrinted(f), nil)
			var b bytes.Buffer
			if err := pdf.Write(&b, r, p, template(t, r, p)); err != nil {
				t.Fatal(err)
			}
			fromPDF, err := fidelity.FromPDF(b.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			viaPDF := fidelity.Compare(ref, fromPDF, nil)
			t.Logf("%s: Word %.2f %% (%d/%d words), PDF %.2f %%", name, fromWord.Rate(), fromWord.Matched, fromWord.Words, viaPDF.Rate())
			pdfHunks := map[string]bool{}
			for _, h := range viaPDF.Hunks {
				pdfHunks[h.Key()] = true
			}
			var extra []string
			for _, h := range fromWord.Hunks {
				if !pdfHunks[h.Key()] {
					extra = append(extra, h.Section+": signed "+h.Signed+" | Word "+h.Printed)
				}
			}
			slices.Sort(extra)
			if fromWord.Matched < viaPDF.Matched || len(extra) > 0 {
				t.Errorf("the Word draft gives back %d signed words (the PDF %d); differences the PDF does not have:\n%s",
					fromWord.Matched, viaPDF.Matched, strings.Join(extra, "\n"))
			}
		})
	}
}

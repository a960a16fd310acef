package semdiff_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/cli"
	"github.com/kh-tools/kh/internal/docxread"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/pdf/pdftext"
)

// tableReaders read a comparison table back into text: each row's cells
// with the words struck through as [-…-] and the words underlined as
// {+…+} (the PDF's marks are drawn, so its text is plain).
var tableReaders = map[string]func(*testing.T, []byte) string{
	"xlsx": xlsxText, "pdf": pdfText, "docx": docxText,
}

// TestTable writes the comparison table of the revised 1174/KH-UBND in
// every format, twice, and reads each back against its golden.
func TestTable(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, "../../plans", filepath.Join(dir, "old"))
	copyTree(t, "../../plans", filepath.Join(dir, "new"))
	revise(t, filepath.Join(dir, "new"))
	for _, format := range []string{"xlsx", "pdf", "docx"} {
		var first []byte
		for range 2 {
			code, out, errOut := run(t, dir, "diff", "old/"+realPlan, "new/"+realPlan, "--format", format, "--out", "bang")
			if code != cli.ExitClean || errOut != "" || out != "bang/na-kh-2026-cds-so-sanh."+format+"\n" {
				t.Fatalf("%s: exit %d, stdout %q, stderr %q", format, code, out, errOut)
			}
			data, err := os.ReadFile(filepath.Join(dir, "bang", "na-kh-2026-cds-so-sanh."+format))
			if err != nil {
				t.Fatal(err)
			}
			if first != nil && !bytes.Equal(first, data) {
				t.Errorf("%s: a rebuild gives other bytes", format)
			}
			first = data
		}
		compare(t, filepath.Join(casesDir, "real-2026.table-"+format+".txt"), tableReaders[format](t, first))
	}
	// No difference, no table.
	code, out, _ := run(t, dir, "diff", "old/"+realPlan, "old/"+realPlan, "--format", "pdf", "--out", "none")
	if _, err := os.Stat(filepath.Join(dir, "none")); code != cli.ExitClean || out != "" || err == nil {
		t.Errorf("identical sides: exit %d, stdout %q, folder written: %v", code, out, err == nil)
	}
}

// TestTableRevisions: the table of a pull request names its two drafts
// by revision, commit and date.
func TestTableRevisions(t *testing.T) {
	repo := gitRepo(t)
	code, _, errOut := run(t, repo, "diff", "main...HEAD", "--format", "pdf", "--out", "bang")
	if code != cli.ExitClean {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(filepath.Join(repo, "bang", "na-kh-2026-cds-so-sanh.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(pdfText(t, data), "\n", " ")
	for _, want := range []string{"Bản cũ: điểm rẽ nhánh với main (", ") ngày 05/01/2026; bản mới: phiên bản HEAD (", "Lùi thời hạn"} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, text)
		}
	}
}

func xlsxText(t *testing.T, data []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	sheet := msg.TableSheet.In(msg.VI)
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i, r := range rows {
		cells := make([]string, len(r))
		for j := range r {
			ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
			runs, _ := f.GetCellRichText(sheet, ref)
			cells[j] = r[j]
			if len(runs) > 0 {
				cells[j] = markRuns(len(runs), func(k int) (string, bool, bool) {
					fnt := runs[k].Font
					return runs[k].Text, fnt != nil && fnt.Strike, fnt != nil && fnt.Underline != ""
				})
			}
		}
		fmt.Fprintf(&b, "%d: %s\n", i+1, strings.Join(cells, " | "))
	}
	return b.String()
}

func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	pages, err := pdftext.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i, p := range pages {
		fmt.Fprintf(&b, "--- trang %d (%s) ---\n%s\n", i+1, orientation(p), p.Text())
	}
	return b.String()
}

func orientation(p pdftext.Page) string {
	if p.Landscape() {
		return "ngang"
	}
	return "dọc"
}

func docxText(t *testing.T, data []byte) string {
	t.Helper()
	f, err := docxread.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	para := func(p *docxread.Para) string {
		return markRuns(len(p.Runs), func(k int) (string, bool, bool) { return p.Runs[k].Text, p.Runs[k].Strike, p.Runs[k].Underline })
	}
	for _, blk := range f.Blocks {
		switch x := blk.(type) {
		case *docxread.Para:
			fmt.Fprintln(&b, para(x))
		case *docxread.Table:
			for _, r := range x.Rows {
				var cells []string
				for _, c := range r.Cells {
					var ps []string
					for _, p := range c.Paras() {
						ps = append(ps, para(p))
					}
					cells = append(cells, strings.Join(ps, "⏎"))
				}
				head := ""
				if r.Header {
					head = "(tiêu đề lặp lại) "
				}
				fmt.Fprintf(&b, "%s%s\n", head, strings.Join(cells, " | "))
			}
		}
	}
	return b.String()
}

// markRuns writes n runs with git's word-diff markers.
func markRuns(n int, run func(int) (text string, strike, under bool)) string {
	var b strings.Builder
	for k := range n {
		text, strike, under := run(k)
		switch {
		case strike:
			b.WriteString("[-" + text + "-]")
		case under:
			b.WriteString("{+" + text + "+}")
		default:
			b.WriteString(text)
		}
	}
	return strings.ReplaceAll(b.String(), "\n", "⏎")
}

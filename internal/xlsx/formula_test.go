package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/load"
)

// TestNoFormulaFromData: text from a plan that looks like a formula (or a
// DDE call) is written as a string cell, never as a formula, whatever
// column it lands in.
func TestNoFormulaFromData(t *testing.T) {
	res, err := load.Repo("../../testdata/repo-ok", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := res.Repo.Plan("kh-mau-2026")
	texts := []string{`=HYPERLINK("http://x.invalid","bấm")`, `=cmd|' /C calc'!A0`, "@SUM(A1:A9)", "+84 912 345 678"}
	tasks := p.Tasks()
	for i, tr := range tasks {
		tr.Task.Text = texts[i%len(texts)]
		tr.Task.Deadline = texts[(i+1)%len(texts)]
	}
	var b bytes.Buffer
	if err := Write(&b, res.Repo, p); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, sheet := range x.GetSheetList() {
		rows, _ := x.GetRows(sheet)
		for r, row := range rows {
			for c, v := range row {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if f, _ := x.GetCellFormula(sheet, ref); f != "" {
					t.Errorf("%s!%s holds the formula %q", sheet, ref, f)
				}
				for _, want := range texts {
					if v == want {
						found++
					}
				}
			}
		}
	}
	if found < len(tasks) {
		t.Errorf("found %d of the texts written as text, want at least %d", found, len(tasks))
	}
}

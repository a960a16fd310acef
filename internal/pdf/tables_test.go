package pdf

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/kh-tools/kh/internal/pdf/pdftext"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// partOf maps each page to the appendix it belongs to (1, 2, …), 0 for
// the body: an appendix starts on the page whose first line opens its
// title block as the document sets it (or the header it repeats).
func partOf(v *view.Doc, pages []pdftext.Page) []int {
	apps := v.Appendices()
	out := make([]int, len(pages))
	part := 0
	for i, pg := range pages {
		if part < len(apps) && len(pg.Lines) > 0 && opens(v, apps[part], pg.Lines[0]) {
			part++
		}
		out[i] = part
	}
	return out
}

func opens(v *view.Doc, a *view.Appendix, line string) bool {
	first := a.Heading[0]
	if a.Header {
		_, own := v.IssuerLines()
		first = own[0]
	}
	return strings.HasPrefix(first, line) || strings.HasPrefix(line, first)
}

// appendixLines are the lines of appendix n's pages, page numbers left out.
func appendixLines(v *view.Doc, pages []pdftext.Page, n int) []string {
	var out []string
	parts := partOf(v, pages)
	for i, pg := range pages {
		if parts[i] != n {
			continue
		}
		for j, l := range pg.Lines {
			if !(j == 0 && isNumber(l)) {
				out = append(out, l)
			}
		}
	}
	return out
}

// findLine returns the index of the first line from at that starts with
// prefix, or -1.
func findLine(lines []string, at int, prefix string) int {
	for i := at; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], prefix) {
			return i
		}
	}
	return -1
}

// TestTableRowNumbers: every row is printed with the number the view gives
// it (plan.WalkRows, or as printed where the document reproduces its
// numbers), so the PDF agrees with the workbook: through the
// whole appendix (1174 Phụ lục 02) or from 1 again in each group, as
// 171/KH-UBND Phụ lục 04 is published.
func TestTableRowNumbers(t *testing.T) {
	r := loadRepo(t, plansDir)
	tests := []struct {
		plan, appendix string
		perGroup       bool
		firstOfGroupII int
	}{
		{main2026, "pl02", false, 8},
		{"na-kh-171-2025", "pl03", false, 0},
		{"na-kh-171-2025", "pl04", true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.plan+"/"+tt.appendix, func(t *testing.T) {
			p := findPlan(t, r, tt.plan)
			a, n := p.Appendix(tt.appendix)
			if a == nil || a.GroupNumbering != tt.perGroup {
				t.Fatalf("appendix %s: want danh_so_theo_nhom %v", tt.appendix, tt.perGroup)
			}
			v := view.New(r, p)
			lines := appendixLines(v, readBack(t, render(t, r, p)), n)
			at := 0
			group, first := "", false
			for row := range v.Appendices()[n-1].Table.Rows() {
				if row.Group != nil {
					group, first = row.Number, true
					continue
				}
				if group == "II" && first && row.Number != fmt.Sprint(tt.firstOfGroupII) {
					t.Errorf("first row of group II is %s, want %d", row.Number, tt.firstOfGroupII)
				}
				want := fmt.Sprintf("%s %s", row.Number, words(row.Cells[1].Text)[0])
				i := findLine(lines, at, want)
				if i < 0 {
					t.Fatalf("no row %q (task %s) after line %d", want, row.Task.ID, at)
				}
				at, first = i+1, false
			}
		})
	}
}

// TestFormLeadColumn: a report form has the lead-unit column when it names
// leads (171/KH-UBND Phụ lục 04, "Đơn vị được giao chủ trì triển khai"),
// and none when its rows are blanks for units to fill in (Phụ lục 03).
func TestFormLeadColumn(t *testing.T) {
	r := loadRepo(t, plansDir)
	p := findPlan(t, r, "na-kh-171-2025")
	pages := readBack(t, render(t, r, p))
	tests := []struct {
		appendix, header string
		lead             bool
	}{
		{"pl03", "Stt Nội dung công việc Kết quả", false},
		{"pl04", "TT Tên nhiệm vụ, dự án Đơn vị được giao Kết quả", true},
	}
	for _, tt := range tests {
		a, n := p.Appendix(tt.appendix)
		if got := a.FormLead(); got != tt.lead {
			t.Fatalf("%s: FormLead = %v, want %v", tt.appendix, got, tt.lead)
		}
		lines := appendixLines(view.New(r, p), pages, n)
		if findLine(lines, 0, tt.header) < 0 {
			t.Errorf("%s: no header line %q in\n%s", tt.appendix, tt.header, strings.Join(lines[:min(8, len(lines))], "\n"))
		}
		a.WalkRows(func(g *plan.Group, _ string, _ int, next func() int) {
			for _, tk := range g.Tasks {
				i := findLine(lines, 0, fmt.Sprintf("%d %s", next(), words(tk.Text)[0]))
				if i < 0 || !tt.lead {
					continue
				}
				// The lead cell is top-aligned, so its first words share
				// the row's first line.
				lead := strings.Join(words(leadName(r, tk))[:2], " ")
				if !strings.Contains(lines[i], lead) {
					t.Errorf("%s: row of %s lacks its lead %q: %q", tt.appendix, tk.ID, lead, lines[i])
				}
			}
		})
	}
}

func leadName(r *plan.Repo, tk *plan.Task) string {
	if tk.LeadWritten != "" {
		return tk.LeadWritten
	}
	return view.AgencyIn(r, tk.Lead[0]).Short
}

// bareNumber is an outline number printed alone on its line.
var bareNumber = regexp.MustCompile(`^([IVXLC]+\.|\d+\.|[a-zđ]\))$`)

// TestRunInTask: a numbered item with no heading or text of its own prints
// its task run in after its number (171/KH-UBND II.2.c), never a bare "c)".
func TestRunInTask(t *testing.T) {
	r := loadRepo(t, plansDir)
	seen := 0
	for _, p := range r.Plans {
		pages := readBack(t, render(t, r, p))
		var lines []string
		for _, pg := range pages {
			lines = append(lines, pg.Lines...)
		}
		for _, l := range lines {
			if bareNumber.MatchString(l) {
				t.Errorf("%s: bare outline number %q", p.ID, l)
			}
		}
		plan.WalkSections(p.Sections, func(s *plan.Section, num string, _ int) {
			if !s.RunInTask(num) {
				return
			}
			seen++
			want := num + " " + strings.Join(words(s.Tasks[0].Text)[:3], " ")
			if findLine(lines, 0, want) < 0 {
				t.Errorf("%s: %s does not start a line %q", p.ID, s.ID, want)
			}
		})
	}
	if seen == 0 {
		t.Error("no run-in task item in plans/; 171/KH-UBND II.2.c should be one")
	}
}

package xlsx

import (
	"bytes"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/golden"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

func loadPlan(t testing.TB, root, id string) (*plan.Repo, *plan.Plan) {
	t.Helper()
	res, err := load.Repo(root, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := res.Repo.Plan(id)
	if p == nil {
		t.Fatalf("plan %s not in %s", id, root)
	}
	return res.Repo, p
}

func build(t testing.TB, r *plan.Repo, p *plan.Plan) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, r, p); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func open(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// dump renders what a reader sees of a workbook: sheets, column widths,
// merged ranges, defined names and every row with its height and values.
func dump(t *testing.T, f *excelize.File) string {
	t.Helper()
	var b strings.Builder
	for _, dn := range f.GetDefinedName() {
		fmt.Fprintf(&b, "name %s = %s (%s)\n", dn.Name, dn.RefersTo, dn.Scope)
	}
	for _, sh := range f.GetSheetList() {
		fmt.Fprintf(&b, "== %s\n", sh)
		cols, _ := f.GetCols(sh)
		for i := range cols {
			name, _ := excelize.ColumnNumberToName(i + 1)
			w, _ := f.GetColWidth(sh, name)
			fmt.Fprintf(&b, "col %s %.0f\n", name, w)
		}
		mc, _ := f.GetMergeCells(sh)
		for _, m := range mc {
			fmt.Fprintf(&b, "merge %s:%s\n", m.GetStartAxis(), m.GetEndAxis())
		}
		rows, _ := f.GetRows(sh)
		for i, r := range rows {
			h, _ := f.GetRowHeight(sh, i+1)
			fmt.Fprintf(&b, "%d [%.2f] %s\n", i+1, h, strings.Join(r, " | "))
		}
	}
	return b.String()
}

func goldenFile(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join("..", "..", "testdata", "xlsx", name), got)
}

func TestWriteRepoOK(t *testing.T) {
	r, p := loadPlan(t, "../../testdata/repo-ok", "kh-mau-2026")
	f := open(t, build(t, r, p))
	const sh = "Phụ lục 01"
	if got := f.GetSheetList(); !cmp.Equal(got, []string{sh}) {
		t.Fatalf("sheets = %v", got)
	}
	goldenFile(t, "repo-ok.txt", dump(t, f))

	cells := map[string]string{
		"A1": "Phụ lục 01",
		"A2": "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026",
		"A3": "(Kèm theo Kế hoạch số 12/KH-UBND ngày " + plan.ShortDate(p.Date) + " của UBND tỉnh)",
		// The PDF's headings, from the resolved view.
		"A5": "TT", "B5": "Nhiệm vụ", "C5": "Đơn vị chủ trì", "D5": "Đơn vị phối hợp", "E5": "Thời hạn",
		"A6": "I", "B6": "Công tác lãnh đạo, chỉ đạo",
		"A7": "1", "B7": "Kiện toàn bộ máy tổ chức thực hiện chuyển đổi số", "C7": "Các sở, ban, ngành", "D7": "Sở Nội vụ", "E7": "Quý I/2026",
		"A8": "2", "C8": "Sở KH&CN", "E8": "Quý IV/2026",
	}
	for ref, want := range cells {
		if got, _ := f.GetCellValue(sh, ref); got != want {
			t.Errorf("%s = %q, want %q", ref, got, want)
		}
	}
	wantMerges := []string{"A1:E1", "A2:E2", "A3:E3", "B6:E6"}
	var merges []string
	mc, _ := f.GetMergeCells(sh)
	for _, m := range mc {
		merges = append(merges, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	if d := cmp.Diff(wantMerges, merges); d != "" {
		t.Errorf("merges (-want +got):\n%s", d)
	}
	styles := []struct {
		ref          string
		size         float64
		bold, italic bool
		borders      int
		wrap         bool
	}{
		{"A1", 13, true, false, 0, true},
		{"A3", 12, false, true, 0, true},
		{"C5", 12, true, false, 4, true},
		{"D5", 12, true, false, 4, true},
		{"B6", 12, true, false, 4, true},
		{"B7", 12, false, false, 4, true},
	}
	for _, c := range styles {
		id, _ := f.GetCellStyle(sh, c.ref)
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.Font.Family != FontFamily || st.Font.Size != c.size || st.Font.Bold != c.bold || st.Font.Italic != c.italic || len(st.Border) != c.borders || st.Alignment == nil || st.Alignment.WrapText != c.wrap {
			t.Errorf("%s style = font %+v, %d borders, alignment %+v", c.ref, st.Font, len(st.Border), st.Alignment)
		}
	}
	checkPage(t, f, sh, "'Phụ lục 01'!$5:$5")
}

func checkPage(t *testing.T, f *excelize.File, sh, titles string) {
	t.Helper()
	found := false
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && dn.Scope == sh {
			found = true
			if dn.RefersTo != titles {
				t.Errorf("print titles = %q, want %q", dn.RefersTo, titles)
			}
		}
	}
	if !found {
		t.Errorf("%s: no print titles", sh)
	}
	pl, err := f.GetPageLayout(sh)
	if err != nil {
		t.Fatal(err)
	}
	if *pl.Orientation != "landscape" || *pl.Size != 9 || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
		t.Errorf("page layout = %s size %d fit %d×%d", *pl.Orientation, *pl.Size, *pl.FitToWidth, *pl.FitToHeight)
	}
	props, _ := f.GetSheetProps(sh)
	if props.FitToPage == nil || !*props.FitToPage {
		t.Error("FitToPage not set")
	}
	if pl.FirstPageNumber == nil || *pl.FirstPageNumber != 1 {
		t.Error("the sheet does not number its pages from 1")
	}
	hf, _ := f.GetHeaderFooter(sh)
	if hf.OddHeader != pageNumber || !hf.DifferentFirst || hf.FirstHeader != "" || hf.OddFooter != "" {
		t.Errorf("header and footer = %+v, want the page number at the top from page 2", hf)
	}
	m, _ := f.GetPageMargins(sh)
	for _, c := range []struct {
		name    string
		got, mm float64
	}{{"top", *m.Top, 20}, {"bottom", *m.Bottom, 20}, {"left", *m.Left, 30}, {"right", *m.Right, 15}} {
		if math.Abs(c.got*25.4-c.mm) > 0.1 {
			t.Errorf("%s margin %.1f mm, want %.0f (NĐ 30)", c.name, c.got*25.4, c.mm)
		}
	}
	panes, _ := f.GetPanes(sh)
	if !panes.Freeze || panes.YSplit == 0 {
		t.Errorf("panes = %+v", panes)
	}
}

// The 2026 plan's appendices must come out complete: every indicator and
// task, in plan order, under its group.
func TestWritePlan2026(t *testing.T) {
	r, p := loadPlan(t, "../../plans", "na-kh-2026-cds")
	f := open(t, build(t, r, p))
	for n, a := range p.Appendices {
		if !isTable(a) {
			continue
		}
		sh := SheetName(n + 1)
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		a.WalkGroups(func(g *plan.Group, num string, _ int) {
			want = append(want, num+" | "+g.Heading)
			for _, in := range g.Indicators {
				want = append(want, in.Text)
			}
			for _, tk := range g.Tasks {
				want = append(want, tk.Text)
			}
		})
		first := headerRow(3) + 1
		if rows[headerRow(3)-1][0] != "TT" || len(rows[headerRow(3)]) > 0 && rows[headerRow(3)][0] == "" {
			first++
		}
		var got []string
		for _, row := range rows[first-1:] {
			if len(row) > 0 && row[0] != "" && strings.Trim(row[0], "0123456789") == "" {
				got = append(got, row[1])
			} else {
				got = append(got, strings.Join(row[:2], " | "))
			}
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s rows (-want +got):\n%s", sh, d)
		}
		checkPage(t, f, sh, fmt.Sprintf("'%s'!$%d:$%d", sh, headerRow(3), first-1))
	}
}

func TestIndicatorTargets(t *testing.T) {
	r, p := loadPlan(t, "../../plans", "na-kh-2026-cds")
	f := open(t, build(t, r, p))
	const sh = "Phụ lục 01"
	rows, _ := f.GetRows(sh, excelize.Options{RawCellValue: true})
	var sawPct, sawOp, sawText bool
	for i, row := range rows {
		if len(row) < 4 || row[3] == "" || i < headerRow(3)+1 {
			continue
		}
		ref := fmt.Sprintf("D%d", i+1)
		typ, _ := f.GetCellType(sh, ref)
		id, _ := f.GetCellStyle(sh, ref)
		st, _ := f.GetStyle(id)
		if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			t.Errorf("%s = %q is stored as %v, want a number", ref, row[3], typ)
		}
		if st.CustomNumFmt == nil || !strings.HasSuffix(*st.CustomNumFmt, "%") {
			t.Errorf("%s has no percent format", ref)
		}
		sawPct = true
		sawOp = sawOp || row[2] == "≥"
	}
	for _, row := range rows {
		sawText = sawText || len(row) > 2 && row[2] == "Hoàn thành"
	}
	if !sawPct || !sawOp || !sawText {
		t.Errorf("percent %v, operator %v, text target %v", sawPct, sawOp, sawText)
	}
}

// Rebuilding must give the same bytes, also with several stream-written
// sheets, whose zip order excelize leaves to map iteration.
func TestByteIdentical(t *testing.T) {
	r, p := loadPlan(t, "../../plans", "na-kh-2026-cds")
	first := build(t, r, p)
	for range 5 {
		if !bytes.Equal(first, build(t, r, p)) {
			t.Fatal("rebuild differs")
		}
	}
	f := open(t, first)
	props, _ := f.GetDocProps()
	if props.Creator != "kh" || props.Created != "2025-12-31T00:00:00Z" || props.Modified != props.Created || props.Title == "" || props.Subject != p.Title {
		t.Errorf("doc props = %+v", props)
	}
}

func TestSplitTarget(t *testing.T) {
	tests := []struct {
		in   string
		text string
		kind cellKind
		num  float64
	}{
		{"100%", "", kindPercent, 1},
		{"≥ 50%", "≥", kindPercent, 0.5},
		{"≥80%", "≥", kindPercent, 0.8},
		{">= 2,5%", "≥", kindPercent, 0.025},
		{"70%", "", kindPercent, 0.7},
		{"1000", "", kindNumber, 1000},
		{"Hoàn thành", "Hoàn thành", kindText, 0},
		{"50-80%", "50-80%", kindText, 0},
		{"100% đối với các thủ tục đủ điều kiện", "100% đối với các thủ tục đủ điều kiện", kindText, 0},
		{"", "", kindText, 0},
	}
	for _, tt := range tests {
		text, num := splitTarget(tt.in)
		if text.text != tt.text || num.kind != tt.kind || num.num != tt.num {
			t.Errorf("splitTarget(%q) = %q, %v %v; want %q, %v %v", tt.in, text.text, num.kind, num.num, tt.text, tt.kind, tt.num)
		}
	}
}

func TestTextLines(t *testing.T) {
	long := strings.Repeat("chuyển đổi số ", 20)
	tests := []struct {
		text  string
		width float64
		want  int
	}{
		{"", 20, 1},
		{"Quý I/2026", 12, 1},
		{"Quý I/2026", 6, 3},
		{"dòng một\ndòng hai", 40, 2},
		{long, 40, 7},
		{long, 130, 3},
	}
	for _, tt := range tests {
		if got := TextLines(tt.text, tt.width, 12, false); got != tt.want {
			t.Errorf("TextLines(%.20q, %v) = %d, want %d", tt.text, tt.width, got, tt.want)
		}
	}
}

func TestSheetNameLimits(t *testing.T) {
	for n := 1; n <= 120; n++ {
		name := SheetName(n)
		if len([]rune(name)) > 31 || strings.ContainsAny(name, `:\/?*[]`) {
			t.Errorf("SheetName(%d) = %q", n, name)
		}
	}
}

func TestHasTables(t *testing.T) {
	p := &plan.Plan{Appendices: []*plan.Appendix{{Kind: plan.AppendixOutline}}}
	if HasTables(p) {
		t.Error("an outline is not a table")
	}
	if err := Write(&bytes.Buffer{}, &plan.Repo{}, p); err != ErrNoTables {
		t.Errorf("Write = %v, want ErrNoTables", err)
	}
	p.Appendices = append(p.Appendices, &plan.Appendix{Kind: plan.AppendixRegistry})
	if !HasTables(p) {
		t.Error("a registry is a table")
	}
}

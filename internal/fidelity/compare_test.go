package fidelity

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestGlobMatch(t *testing.T) {
	tests := []struct {
		pattern, word string
		want          bool
	}{
		{"21", "21", true},
		{"⟨?⟩1", "21", true},
		{"⟨?⟩1", "41", true},
		{"⟨?⟩1", "1", true},
		{"⟨?⟩1", "12", false},
		{"thị", "thị", true},
		{"⟨xã:|xã;⟩", "xã;", true},
		{"⟨xã:|xã;⟩", "xã:", true},
		{"⟨xã:|xã;⟩", "xã,", false},
		{"hiện./⟨.|⟩", "hiện./", true},
		{"hiện./⟨.|⟩", "hiện./.", true},
		{"hiện./⟨.|⟩", "hiện.", false},
		{"(⟨?⟩).", "(T.", false},
		{"(⟨?⟩).", "(T.Anh).", true},
		{"⟨Lê⟩", "Lê", true},
		{"⟨Lê⟩", "Lý", false},
		{"⟨unclosed", "⟨unclosed", true},
	}
	for _, tt := range tests {
		if got := match(fold(tt.pattern), fold(tt.word)); got != tt.want {
			t.Errorf("match(%q, %q) = %v, want %v", tt.pattern, tt.word, got, tt.want)
		}
	}
}

func TestParseReference(t *testing.T) {
	src := "# plan: p1\n# seed: s.txt\n# a note: with spaces is not meta\n\n§ Header\nỦY BAN NHÂN DÂN\n# a comment\n§ Phụ lục 01\n| TT | Chỉ tiêu |  |\n| 1 | Tỷ lệ |  |\n"
	ref, err := ParseReference(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"plan": "p1", "seed": "s.txt"}, ref.Meta); diff != "" {
		t.Errorf("meta (-want +got):\n%s", diff)
	}
	want := []Section{
		{Name: "Header", Line: 5, Blocks: []Block{{Line: 6, Text: "ỦY BAN NHÂN DÂN"}}},
		{Name: "Phụ lục 01", Line: 8, Blocks: []Block{{Line: 9, Cells: []string{"TT", "Chỉ tiêu", ""}}, {Line: 10, Cells: []string{"1", "Tỷ lệ", ""}}}},
	}
	if diff := cmp.Diff(want, ref.Sections); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"", "text first\n§ A\n", "§\n", "§ A\n| open\n"} {
		if _, err := ParseReference(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseReference(%q): no error", bad)
		}
	}
}

func ref(t *testing.T, src string) *Reference {
	t.Helper()
	r, err := ParseReference(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func printed(blocks ...PrintedBlock) *Printed { return &Printed{Blocks: blocks} }

func TestCompare(t *testing.T) {
	doc := "§ I\nI. MỤC ĐÍCH\n1. Đánh giá kết quả “nổi bật” của tỉnh…\n§ Phụ lục\n| TT | Nhiệm vụ |\n| 1 | Kiện toàn bộ máy |\n"
	tests := []struct {
		name                    string
		ref                     string
		got                     *Printed
		allow                   []Allowance
		matched, missing, extra int
		hunks                   []string // section: signed → printed
	}{
		{
			name: "exact, quotes and ellipsis folded",
			ref:  doc,
			got: printed(PrintedBlock{Text: "I. MỤC ĐÍCH"}, PrintedBlock{Text: `1. Đánh giá kết quả "nổi bật" của`}, PrintedBlock{Text: "tỉnh..."},
				PrintedBlock{Cells: []string{"TT", "Nhiệm vụ"}}, PrintedBlock{Cells: []string{"1", "Kiện toàn bộ máy"}}),
			matched: 20,
		},
		{
			name: "renumbered, added column",
			ref:  doc,
			got: printed(PrintedBlock{Text: "I. MỤC ĐÍCH"}, PrintedBlock{Text: "a) Đánh giá kết quả “nổi bật” của tỉnh…"},
				PrintedBlock{Cells: []string{"TT", "Nhiệm vụ", "Cơ quan"}}, PrintedBlock{Cells: []string{"1", "Kiện toàn bộ máy", "Sở"}}),
			matched: 19, missing: 1, extra: 4,
			hunks: []string{"I: 1. → a)", "Phụ lục: → | Cơ quan", "Phụ lục: → | Sở"},
		},
		{
			name: "allowed",
			ref:  doc,
			got: printed(PrintedBlock{Text: "I. MỤC ĐÍCH"}, PrintedBlock{Text: "a) Đánh giá kết quả “nổi bật” của tỉnh…"},
				PrintedBlock{Cells: []string{"TT", "Nhiệm vụ"}}, PrintedBlock{Cells: []string{"1", "Kiện toàn bộ máy"}}),
			allow:   []Allowance{{Section: "I", Signed: "1.", Printed: "a)", Reason: "test"}},
			matched: 19,
			hunks:   []string{"I: 1. → a) (allowed)"},
		},
		{
			name:    "unreadable passage takes any printed words, readable ones still count",
			ref:     "§ A\nBIỂU KẾ HOẠCH\n⟨…⟩\n§ B\nHết\n",
			got:     printed(PrintedBlock{Text: "BIỂU"}, PrintedBlock{Cells: []string{"1", "Bước một"}}, PrintedBlock{Text: "Hết"}),
			matched: 2, missing: 2,
			hunks: []string{"A: KẾ HOẠCH ⟨…⟩ → [row] | 1 | Bước một"},
		},
		{
			name:    "unreadable characters",
			ref:     "§ A\nngày ⟨?⟩1 tháng 9\n",
			got:     printed(PrintedBlock{Text: "ngày 21 tháng 9"}),
			matched: 4,
		},
		{
			name:    "missing row",
			ref:     "§ A\n| 1 | Một |\n| 2 | Hai |\n| 3 | Ba |\n",
			got:     printed(PrintedBlock{Cells: []string{"1", "Một"}}, PrintedBlock{Cells: []string{"3", "Ba"}}),
			matched: 4, missing: 2,
			hunks: []string{"A: [row] | 2 | Hai →"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare(ref(t, tt.ref), tt.got, tt.allow)
			if r.Matched != tt.matched || r.Missing != tt.missing || r.Extra != tt.extra {
				t.Errorf("matched %d, missing %d, extra %d; want %d, %d, %d\n%s", r.Matched, r.Missing, r.Extra, tt.matched, tt.missing, tt.extra, Report("t", r))
			}
			var hunks []string
			for _, h := range r.Hunks {
				s := strings.Join(strings.Fields(h.Section+": "+h.Signed+" → "+h.Printed), " ")
				if h.Allowed != "" {
					s += " (allowed)"
				}
				hunks = append(hunks, s)
			}
			if diff := cmp.Diff(tt.hunks, hunks); diff != "" {
				t.Errorf("hunks (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCompareTables(t *testing.T) {
	r := Compare(ref(t, "§ A\n| 1 | Một |\n| 2 | Hai |\nlời\n| 3 | Ba |\n"), printed(
		PrintedBlock{Cells: []string{"1", "Một"}}, PrintedBlock{Cells: []string{"2", "Hai", "thêm"}}, PrintedBlock{Text: "lời"}, PrintedBlock{Cells: []string{"3", "Ba"}},
	), nil)
	want := []TableResult{{Section: "A", Rows: 2, Exact: 1}, {Section: "A", Rows: 1, Exact: 1}}
	if diff := cmp.Diff(want, r.Tables); diff != "" {
		t.Errorf("tables (-want +got):\n%s", diff)
	}
	if got := r.Hunks[0].Where; got != `row "2", cell 2` {
		t.Errorf("where = %q", got)
	}
}

func TestRatchet(t *testing.T) {
	reference := ref(t, "§ A\nmột hai ba bốn\n§ B\nnăm sáu\n")
	base := Compare(reference, printed(PrintedBlock{Text: "một hai BA bốn năm sáu bảy"}), nil)
	rt, err := ParseRatchet(Report("t", base))
	if err != nil {
		t.Fatal(err)
	}
	if f, raise := rt.Check(base); len(f) > 0 || raise {
		t.Fatalf("same result: failures %q, raise %v", f, raise)
	}
	better := Compare(reference, printed(PrintedBlock{Text: "một hai ba bốn năm sáu bảy"}), nil)
	if f, raise := rt.Check(better); len(f) > 0 || !raise {
		t.Errorf("better result: failures %q, raise %v", f, raise)
	}
	worse := Compare(reference, printed(PrintedBlock{Text: "một hai BA bốn năm bảy"}), nil)
	if f, _ := rt.Check(worse); len(f) != 2 {
		t.Errorf("worse result: failures %q, want the rate and one new difference", f)
	}
	if _, err := ParseRatchet("no rate\n"); err == nil {
		t.Error("ParseRatchet without a rate: no error")
	}
}

func TestSplitRowMarks(t *testing.T) {
	r := ref(t, "§ A\n| 12 | ⟨≥|>⟩ 50% | Sở |\n")
	if diff := cmp.Diff([]string{"12", "⟨≥|>⟩ 50%", "Sở"}, r.Sections[0].Blocks[0].Cells); diff != "" {
		t.Errorf("cells (-want +got):\n%s", diff)
	}
}

package plan

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestRomanAndLetter(t *testing.T) {
	for n, want := range map[int]string{1: "I", 4: "IV", 9: "IX", 14: "XIV", 40: "XL", 1999: "MCMXCIX"} {
		if got := Roman(n); got != want {
			t.Errorf("Roman(%d) = %q, want %q", n, got, want)
		}
	}
	for n, want := range map[int]string{1: "a", 2: "b", 26: "z", 27: "aa", 28: "ab"} {
		if got := Letter(n); got != want {
			t.Errorf("Letter(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestWalkSectionsNumbering: numbers come from the structure, so two
// sections can never both be "IV." (the 171/KH-UBND defect); "3.1." style and
// unnumbered headings do not disturb the count.
func TestWalkSectionsNumbering(t *testing.T) {
	outline := []*Section{
		{ID: "muc-dich"},
		{ID: "nhiem-vu", Sections: []*Section{
			{ID: "ha-tang", Sections: []*Section{
				{ID: "vien-thong", Numbering: NumDecimal, Sections: []*Section{{ID: "di-dong"}, {ID: "co-dinh"}}},
				{ID: "co-quan", Numbering: NumDecimal},
			}},
			{ID: "ghi-chu", Numbering: NumNone},
			{ID: "du-lieu", Sections: []*Section{{ID: "a"}, {ID: "b", Sections: []*Section{{ID: "gach"}}}}},
		}},
		{ID: "kinh-phi"},
		{ID: "to-chuc"},
	}
	var got []string
	WalkSections(outline, func(s *Section, num string, depth int) {
		got = append(got, strings.Repeat(" ", depth-1)+num+" "+s.ID)
	})
	want := []string{
		"I. muc-dich",
		"II. nhiem-vu",
		" 1. ha-tang",
		"  1.1. vien-thong",
		"   a) di-dong",
		"   b) co-dinh",
		"  1.2. co-quan",
		"  ghi-chu",
		" 2. du-lieu",
		"  a) a",
		"  b) b",
		"   - gach",
		"III. kinh-phi",
		"IV. to-chuc",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("numbering (-want +got):\n%s", d)
	}
}

func TestDatesAndRefs(t *testing.T) {
	d := func(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		t           time.Time
		short, long string
	}{
		{d(2025, 3, 17), "17/3/2025", "ngày 17 tháng 3 năm 2025"},
		{d(2026, 1, 5), "05/01/2026", "ngày 05 tháng 01 năm 2026"},
		{d(2025, 12, 31), "31/12/2025", "ngày 31 tháng 12 năm 2025"},
	}
	for _, tt := range tests {
		if got := ShortDate(tt.t); got != tt.short {
			t.Errorf("ShortDate = %q, want %q", got, tt.short)
		}
		if got := LongDate(tt.t); got != tt.long {
			t.Errorf("LongDate = %q, want %q", got, tt.long)
		}
	}
	p := &Plan{Number: 171, Symbol: "KH-UBND"}
	if got := p.DocumentRef(false); got != "171/KH-UBND" {
		t.Errorf("state ref %q", got)
	}
	if got := (&Plan{Number: 16, Symbol: "NQ/TU"}).DocumentRef(true); got != "16-NQ/TU" {
		t.Errorf("party ref %q", got)
	}
	if got := (&Plan{Symbol: "KH-UBND"}).DocumentRef(false); got != "/KH-UBND" {
		t.Errorf("draft ref %q", got)
	}
	if got := ASCIIFold("Sở Khoa học và Công nghệ Đà"); got != "So Khoa hoc va Cong nghe Da" {
		t.Errorf("ASCIIFold %q", got)
	}
}

func TestRunIn(t *testing.T) {
	tests := []struct {
		s     Section
		num   string
		first string
		runIn bool
	}{
		{Section{Blocks: []Block{{Text: "Đánh giá kết quả."}}}, "1.", "1. Đánh giá kết quả.", true},
		{Section{Heading: "Mục đích", Blocks: []Block{{Text: "Đánh giá."}}}, "1.", "Đánh giá.", false},
		{Section{Blocks: []Block{{Dash: "Hướng dẫn."}}}, "a)", "Hướng dẫn.", false},
		{Section{Blocks: []Block{{Text: "Không số."}}}, "", "Không số.", false},
	}
	for _, tt := range tests {
		blocks, runIn := tt.s.RunIn(tt.num)
		if runIn != tt.runIn || blocks[0].Content() != tt.first {
			t.Errorf("RunIn(%q) = %q, %v; want %q, %v", tt.num, blocks[0].Content(), runIn, tt.first, tt.runIn)
		}
	}
	s := Section{Blocks: []Block{{Text: "Gốc."}}}
	s.RunIn("1.")
	if s.Blocks[0].Text != "Gốc." {
		t.Error("RunIn changed the section's own blocks")
	}
}

func TestProse(t *testing.T) {
	inds := []*Indicator{
		{ID: "a", Text: "Dịch vụ công mức độ 4", Target: "100%", Wording: "100% dịch vụ công mức độ 4;"},
		{ID: "b", Text: "Tỷ trọng kinh tế số trong GRDP", Target: "Tối thiểu 10%"},
	}
	tests := []struct {
		name string
		s    Section
		want []string
	}{
		{"no indicators", Section{Blocks: []Block{{Text: "Đoạn."}}}, []string{"Đoạn."}},
		{"lead-in paragraph", Section{Blocks: []Block{{Text: "Về kinh tế số:"}}, Indicators: inds},
			[]string{"Về kinh tế số: 100% dịch vụ công mức độ 4; Tỷ trọng kinh tế số trong GRDP: Tối thiểu 10%."}},
		{"paragraph of its own", Section{Blocks: []Block{{Text: "Mục tiêu chung."}}, Indicators: inds[:1]},
			[]string{"Mục tiêu chung.", "100% dịch vụ công mức độ 4."}},
		{"no paragraphs", Section{Indicators: inds[1:]}, []string{"Tỷ trọng kinh tế số trong GRDP: Tối thiểu 10%."}},
	}
	for _, tt := range tests {
		var got []string
		for _, b := range tt.s.Prose() {
			got = append(got, b.Text)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Prose (-want +got):\n%s", tt.name, diff)
		}
	}
}

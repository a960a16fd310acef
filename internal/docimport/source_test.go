package docimport

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitLabel(t *testing.T) {
	tests := []struct{ in, label, text string }{
		{"I. MỤC ĐÍCH, YÊU CẦU", "I.", "MỤC ĐÍCH, YÊU CẦU"},
		{"IV. KINH PHÍ", "IV.", "KINH PHÍ"},
		{"A. TÌNH HÌNH", "A.", "TÌNH HÌNH"},
		{"1. Mục đích", "1.", "Mục đích"},
		{"3.1. Hạ tầng viễn thông", "3.1.", "Hạ tầng viễn thông"},
		{"8.1 Phát triển kinh tế số", "8.1", "Phát triển kinh tế số"},
		{"a) Đánh giá kết quả", "a)", "Đánh giá kết quả"},
		{"đ) Khác", "đ)", "Khác"},
		{"- Sở Y tế;", "-", "Sở Y tế;"},
		{"– Sở Y tế;", "-", "Sở Y tế;"},
		{"+ Triển khai", "+", "Triển khai"},
		{"2026 là năm bản lề", "", "2026 là năm bản lề"},
		{"1 Công tác lãnh đạo", "", "1 Công tác lãnh đạo"},
		{"Số: 171/KH-UBND", "", "Số: 171/KH-UBND"},
		{"Thực hiện Nghị quyết", "", "Thực hiện Nghị quyết"},
	}
	for _, tt := range tests {
		l, x := splitLabel(tt.in)
		if l != tt.label || x != tt.text {
			t.Errorf("splitLabel(%q) = %q, %q; want %q, %q", tt.in, l, x, tt.label, tt.text)
		}
	}
}

// paras lists a source's paragraphs as "label|text" and its tables as
// "TABLE n".
func paras(src *Source) []string {
	var out []string
	for _, b := range src.Blocks {
		switch v := b.(type) {
		case *Para:
			out = append(out, v.Label+"|"+v.Text)
		case *Table:
			out = append(out, "TABLE "+v.Rows[0][0])
		}
	}
	return out
}

func TestFromText(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"wrapped lines join, labels and finished sentences start paragraphs",
			"1. Mục đích của kế hoạch là\nđánh giá kết quả.\nTiếp theo là đoạn khác\n- gạch một;\n- gạch hai.",
			[]string{"1.|Mục đích của kế hoạch là đánh giá kết quả.", "|Tiếp theo là đoạn khác", "-|gạch một;", "-|gạch hai."}},
		{"a page break inside a paragraph (blank line, lower case)",
			"a) Bám sát các nội dung để đánh giá khách\n\nquan, đầy đủ kết quả.",
			[]string{"a)|Bám sát các nội dung để đánh giá khách quan, đầy đủ kết quả."}},
		{"a signature block stays line by line",
			"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nBùi Đình Long",
			[]string{"|TM. ỦY BAN NHÂN DÂN", "|KT. CHỦ TỊCH", "|PHÓ CHỦ TỊCH", "|Bùi Đình Long"}},
		{"a title in capitals, then its sub-title",
			"Phụ lục 05: ĐỀ CƯƠNG BÁO CÁO DÀNH CHO UBND CẤP XÃ\nSơ kết 03 năm thực hiện Nghị quyết",
			[]string{"|Phụ lục 05: ĐỀ CƯƠNG BÁO CÁO DÀNH CHO UBND CẤP XÃ", "|Sơ kết 03 năm thực hiện Nghị quyết"}},
		{"bold markers and tab rows",
			"**Phụ lục 01: DANH SÁCH**\n\nTT\tSỐ KÝ HIỆU\n1.\t605/KH-UBND",
			[]string{"|Phụ lục 01: DANH SÁCH", "TABLE TT"}},
		{"decomposed text becomes NFC",
			"Ke\u0302\u0301 hoa\u0323ch",
			[]string{"|Kế hoạch"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, paras(FromText("t.txt", []byte(tt.in)))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestFromTextLegacy(t *testing.T) {
	tcvn := []byte("KÕ ho¹ch chuyÓn ®æi sè tØnh NghÖ An")
	src := FromText("t.txt", tcvn)
	if src.Converted != "TCVN3" || paras(src)[0] != "|Kế hoạch chuyển đổi số tỉnh Nghệ An" {
		t.Errorf("TCVN3 text: %q converted %q", paras(src), src.Converted)
	}
	raw := []byte{'K', 0xD5, ' ', 'h', 'o', 0xB9, 'c', 'h', ' ', 's', 0xE8}
	if got := paras(FromText("t.txt", raw)); got[0] != "|Kế hoạch số" {
		t.Errorf("TCVN3 bytes: %q", got)
	}
	vni := []byte("Keá hoaïch chuyeån ñoåi soá")
	if got := paras(FromText("t.txt", vni)); got[0] != "|Kế hoạch chuyển đổi số" {
		t.Errorf("VNI: %q", got)
	}
}

func TestOutline(t *testing.T) {
	src := FromText("t.txt", []byte("Mở đầu.\n\nI. MỤC TIÊU\n\n1. Chung\n\nĐoạn của mục 1.\n\n- gạch.\n\n3.1. Con\n\na) Ý một.\n\na) Ý lại.\n\n2. Cụ thể\n\nII. NHIỆM VỤ\n\n1. Một"))
	lead, items := buildOutline(src.Blocks)
	var got []string
	var walk func([]*Item, string)
	walk = func(is []*Item, indent string) {
		for _, it := range is {
			got = append(got, indent+it.Label+" "+firstNonEmpty(it.Heading, "«"+firstText(it)))
			walk(it.Items, indent+"  ")
		}
	}
	walk(items, "")
	want := []string{"I. MỤC TIÊU", "  1. Chung", "    3.1. Con", "      a) «Ý một.", "      a) «Ý lại.", "  2. Cụ thể", "II. NHIỆM VỤ", "  1. Một"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outline (-want +got):\n%s", diff)
	}
	if len(lead) != 1 || len(items[0].Items[0].Paras) != 2 {
		t.Errorf("lead %d, paragraphs of 1. %d", len(lead), len(items[0].Items[0].Paras))
	}
}

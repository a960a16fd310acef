package vntext

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestMojibake(t *testing.T) {
	tests := []struct {
		in, enc string
	}{
		{"Kế hoạch chuyển đổi số", ""},
		{"Uû ban nh©n d©n tØnh", TCVN3},
		{"KÕ ho¹ch", TCVN3},
		{"Keá hoaïch chuyeån ñoåi soá", VNI},
		{"Ñoäc laäp - Töï do", VNI},
		{"Káº¿ hoáº¡ch", UTF8},
		{"Café crème", ""},
		{"ĐỀ CƯƠNG BÁO CÁO DÀNH CHO UBND CẤP XÃ", ""},
		{"nhÃ¢n dÃ¢n", UTF8},
		{"MỤC TIÊU, VÕ, HÒA, tôi, cá, hoà", ""},
		{"≥ 50% – Hoàn thành", ""},
	}
	for _, tt := range tests {
		enc, _ := Mojibake(tt.in)
		if enc != tt.enc {
			t.Errorf("Mojibake(%q) = %q, want %q", tt.in, enc, tt.enc)
		}
	}
}

func TestNotNFC(t *testing.T) {
	if w := NotNFC("Nghệ An"); w != "" {
		t.Errorf("NFC text flagged: %q", w)
	}
	if w := NotNFC("Nghe\u0323\u0302 An"); w != "Nghe\u0323\u0302" {
		t.Errorf("NFD word = %q", w)
	}
}

func TestAstral(t *testing.T) {
	if r, ok := Astral("Kế hoạch 😀"); !ok || r != '😀' {
		t.Errorf("Astral missed emoji: %q %v", r, ok)
	}
	if got := ReplaceAstral("a😀b"); got != "a\uFFFDb" {
		t.Errorf("ReplaceAstral = %q", got)
	}
}

// TestPlainNFCRanges proves the fast path's ranges: every rune in them is NFC
// on its own and after any other rune of the ranges, so no string of them
// can need composing.
func TestPlainNFCRanges(t *testing.T) {
	var rs []rune
	for r := rune(0); r <= 0x206F; r++ {
		if r < 0x300 || r >= 0x1E00 && r <= 0x1EFF || r >= 0x2010 {
			if utf8.ValidRune(r) {
				rs = append(rs, r)
			}
		}
	}
	for _, r := range rs {
		if !plainNFC(string(r)) || !norm.NFC.IsNormalString(string(r)) {
			t.Fatalf("U+%04X: not NFC", r)
		}
		if norm.NFC.PropertiesString(string(r)).CCC() != 0 {
			t.Fatalf("U+%04X: combining class %d", r, norm.NFC.PropertiesString(string(r)).CCC())
		}
	}
	// A pair composes only if the second rune can start a composition
	// with something before it; check every pair with a second rune that
	// composes at all.
	for _, b := range rs {
		if norm.NFC.PropertiesString(string(b)).BoundaryBefore() {
			continue
		}
		for _, a := range rs {
			if s := string([]rune{a, b}); !norm.NFC.IsNormalString(s) {
				t.Fatalf("U+%04X U+%04X is not NFC", a, b)
			}
		}
	}
}

func TestHidden(t *testing.T) {
	tests := []struct {
		s    string
		r    rune
		kind int
	}{
		{"Chuyển đổi số tỉnh Nghệ An", 0, NotHidden},
		{"Sở Tài chính", 0, NotHidden},
		{"abc\u202Edcb", 0x202E, Bidi},
		{"Quý I/2026\u2066", 0x2066, Bidi},
		{"\u200Fx", 0x200F, Bidi},
		{"chuyển\u200Bđổi", 0x200B, Invisible},
		{"a\u200Db", 0x200D, Invisible},
		{"so\u00ADkhcn", 0x00AD, Invisible},
		{"x\uFEFF", 0xFEFF, Invisible},
		{"\U000E0041\U000E0042", 0xE0041, Invisible},
		{"ký hiệu \uE000", 0xE000, PrivateUse},
		{"\U000F0001", 0xF0001, PrivateUse},
		{"\uFDD0", 0xFDD0, PrivateUse},
		{"\uFFFE", 0xFFFE, PrivateUse},
		{"😀", 0, NotHidden},
	}
	for _, tt := range tests {
		r, k, name := Hidden(tt.s)
		if r != tt.r || k != tt.kind || (k != NotHidden) != (name != "") {
			t.Errorf("Hidden(%q) = %U, %d, %q; want %U, %d", tt.s, r, k, name, tt.r, tt.kind)
		}
	}
}

func BenchmarkHidden(b *testing.B) {
	s := strings.Repeat("Kiện toàn bộ máy tổ chức thực hiện chuyển đổi số, ", 20)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Hidden(s)
	}
}

// FuzzClean: Clean never clears a string a detailed check would flag.
func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"Chuyển đổi số tỉnh Nghệ An năm 2026", "Chuyªn ®æi sè", "Chuyeån ñoåi soá", "ChuyÃªn", "a\tb", "a\u00a0b",
		"x\u200by", "😀", "e\u0301", "các", "Ñaây", "", " ", "\r\n", "Uû", "\xff", "so\u00adkhcn", "a\u202eb", "x\u2060y",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !Clean(s) {
			return
		}
		enc, _ := Mojibake(s)
		_, astral := Astral(s)
		_, hidden, _ := Hidden(s)
		if NotNFC(s) != "" || enc != "" || astral || StrayWhitespace(s) != "" || hidden != NotHidden {
			t.Fatalf("Clean(%q) but a check flags it", s)
		}
	})
}

func TestCleanOnRealText(t *testing.T) {
	for _, s := range []string{"Chuyển đổi số tỉnh Nghệ An năm 2026", "Sở Khoa học và Công nghệ; các sở, ban, ngành", "Lưu: VT, TH."} {
		if !Clean(s) {
			t.Errorf("Clean(%q) = false", s)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Nghệ An":           "nghe-an",
		"Khánh Hòa":         "khanh-hoa",
		"Bà Rịa - Vũng Tàu": "ba-ria-vung-tau",
		"Đắk Lắk":           "dak-lak",
		"  Huế ":            "hue",
		"Cần Thơ 2":         "can-tho-2",
		"!!":                "",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFormulaLike(t *testing.T) {
	for s, want := range map[string]bool{
		"=1+1": true, "  =A1": true, "\t=cmd": true, "@SUM(A1)": true, "+84 912 345 678": true, "-2+3": true,
		`=cmd|' /C calc'!A0`: true, "=DDE(\"a\")": true, `x =cmd|' /C calc'!A0`: false,
		"- Đã kiện toàn": false, "+ Triển khai bệnh án điện tử": false, "Đã hoàn thành": false, "": false, "-": false, "a = b": false,
	} {
		if got := FormulaLike(s); got != want {
			t.Errorf("FormulaLike(%q) = %v, want %v", s, got, want)
		}
	}
}

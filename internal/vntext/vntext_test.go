package vntext

import "testing"

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

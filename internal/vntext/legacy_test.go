package vntext

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestFromLegacy(t *testing.T) {
	tests := []struct {
		in, enc string
		capital bool
		want    string
	}{
		{"KÕ ho¹ch", TCVN3, false, "Kế hoạch"},
		{"Uû ban nh©n d©n tØnh NghÖ An", TCVN3, false, "Uỷ ban nhân dân tỉnh Nghệ An"},
		{"§éc lËp - Tù do - H¹nh phóc", TCVN3, false, "Độc lập - Tự do - Hạnh phúc"},
		{"M\u00adêng Kh\u00ad¬ng", TCVN3, false, "Mường Khương"},
		{"kÕ ho¹ch", TCVN3, true, "KẾ HOẠCH"},
		{"Keá hoaïch", VNI, false, "Kế hoạch"},
		{"UÛy ban nhaân daân", VNI, false, "Ủy ban nhân dân"},
		{"Ñoäc laäp - Töï do - Haïnh phuùc", VNI, false, "Độc lập - Tự do - Hạnh phúc"},
		{"Sôû Khoa hoïc vaø Coâng ngheä", VNI, false, "Sở Khoa học và Công nghệ"},
		{"chuyeån ñoåi soá", VNI, false, "chuyển đổi số"},
		{"tæ leä, khoâng ít", VNI, false, "tỉ lệ, không ít"},
		{"Káº¿ hoáº¡ch sá»‘", UTF8, false, "Kế hoạch số"},
		{"Ke\u0302\u0301 hoa\u0323ch", "", false, "Kế hoạch"},
	}
	for _, tt := range tests {
		if got := FromLegacy(tt.in, tt.enc, tt.capital); got != tt.want {
			t.Errorf("FromLegacy(%q, %s) = %q, want %q", tt.in, tt.enc, got, tt.want)
		}
	}
}

func TestFromBytes(t *testing.T) {
	if got := FromBytes([]byte("Kế hoạch")); got != "Kế hoạch" {
		t.Errorf("UTF-8 changed: %q", got)
	}
	tcvn := []byte{'K', 0xD5, ' ', 'h', 'o', 0xB9, 'c', 'h'}
	s := FromBytes(tcvn)
	enc, _ := Mojibake(s)
	if enc != TCVN3 || FromLegacy(s, enc, false) != "Kế hoạch" {
		t.Errorf("TCVN3 bytes: %q detected %q", s, enc)
	}
}

// FuzzFromLegacy converts any text from each legacy encoding: never a
// panic, always valid UTF-8 in NFC.
func FuzzFromLegacy(f *testing.F) {
	for _, s := range []string{"Ch\u00aen\u00b5ng tr\u00d7nh", "Chöông trình", "ChuyÃªn", "\xff\xfe", "", "e\u0301"} {
		f.Add(s, uint8(0))
	}
	encs := []string{TCVN3, VNI, UTF8, ""}
	f.Fuzz(func(t *testing.T, s string, which uint8) {
		enc := encs[int(which)%len(encs)]
		out := FromLegacy(s, enc, which&4 != 0)
		if !utf8.ValidString(out) && utf8.ValidString(s) {
			t.Fatalf("FromLegacy(%q, %s) = %q, not UTF-8", s, enc, out)
		}
		if !norm.NFC.IsNormalString(out) && utf8.ValidString(out) {
			t.Fatalf("FromLegacy(%q, %s) = %q, not NFC", s, enc, out)
		}
	})
}

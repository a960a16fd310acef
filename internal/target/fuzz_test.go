package target

import (
	"math"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, keeps the source, gives Number
// and Rank targets finite values, and that a plain numeric target reads
// back from its String form.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"≥ 50%", "100%", "Hoàn thành", "Tối thiểu 02 hệ thống", "Top 20", "550%", "50-80%",
		"Cấp tỉnh 90%, cấp huyện 80%, cấp xã 60%", "Trên 80% hộ gia đình; 100% xã, phường", "64,06%", "1.000.000 người", "từ 50% trở lên"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tg := Parse(s)
		if tg.Source != s {
			t.Fatalf("Source = %q, want %q", tg.Source, s)
		}
		for _, p := range tg.Parts {
			if math.IsInf(p.Value, 0) || math.IsNaN(p.Value) || p.Value < 0 {
				t.Fatalf("Parse(%q): value %v", s, p.Value)
			}
		}
		_ = tg.String()
		_, _ = tg.Problem()
		if p, ok := tg.Numeric(); ok && p.Subject == "" && !strings.ContainsAny(p.Unit, "()") {
			back, ok := Parse(p.String()).Numeric()
			if !ok || back.Value != p.Value || back.Op != p.Op || back.Unit != p.Unit {
				t.Fatalf("Parse(%q) = %#v; its String %q reads back as %#v", s, p, p.String(), back)
			}
		}
	})
}

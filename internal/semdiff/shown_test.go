package semdiff_test

import (
	"testing"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/semdiff"
)

// TestShown: a flag reads có/không (yes/no) on both sides, whichever side
// holds it; other values their reader's text.
func TestShown(t *testing.T) {
	for _, tt := range []struct {
		name     string
		f        semdiff.FieldChange
		lang     diag.Lang
		old, new string
	}{
		{"flag set", semdiff.FieldChange{Field: "bao_cao", To: true, ToText: "true"}, diag.VI, "không", "có"},
		{"flag cleared", semdiff.FieldChange{Field: "trinh_bay.nhu_ban_in", From: true, FromText: "true"}, diag.EN, "yes", "no"},
		{"flag written false", semdiff.FieldChange{Field: "bao_cao", From: false, To: true}, diag.VI, "không", "có"},
		{"text", semdiff.FieldChange{Field: "thoi_han", From: "Quý I/2026", To: "Quý II/2026", FromText: "Quý I/2026", ToText: "Quý II/2026"}, diag.EN, "Quý I/2026", "Quý II/2026"},
		{"text added", semdiff.FieldChange{Field: "san_pham", To: "Báo cáo", ToText: "Báo cáo"}, diag.VI, "", "Báo cáo"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Shown(true, tt.lang); got != tt.old {
				t.Errorf("old side %q, want %q", got, tt.old)
			}
			if got := tt.f.Shown(false, tt.lang); got != tt.new {
				t.Errorf("new side %q, want %q", got, tt.new)
			}
		})
	}
	for _, tt := range []struct {
		v    semdiff.FieldValue
		lang diag.Lang
		want string
	}{
		{semdiff.FieldValue{Field: "bao_cao", Value: true, Text: "true"}, diag.VI, "có"},
		{semdiff.FieldValue{Field: "bao_cao", Value: true, Text: "true"}, diag.EN, "yes"},
		{semdiff.FieldValue{Field: "thoi_han", Value: "Quý I/2026", Text: "Quý I/2026"}, diag.VI, "Quý I/2026"},
	} {
		if got := tt.v.Shown(tt.lang); got != tt.want {
			t.Errorf("%s %v in %s: %q, want %q", tt.v.Field, tt.v.Value, tt.lang, got, tt.want)
		}
	}
}

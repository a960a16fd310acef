package suggest

import "testing"

func TestNearest(t *testing.T) {
	tests := []struct {
		word  string
		cands []string
		want  string
		ok    bool
	}{
		{"thoi_hn", []string{"thoi_han", "chu_tri"}, "thoi_han", true},
		{"so-khc", []string{"so-khcn", "so-noi-vu"}, "so-khcn", true},
		{"hoan-toan-khac", []string{"so-khcn"}, "so-khcn", false},
		{"x", nil, "", false},
	}
	for _, tt := range tests {
		got, ok := Nearest(tt.word, tt.cands)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Nearest(%q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
}

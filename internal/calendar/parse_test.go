package calendar

import (
	"errors"
	"os"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/msg"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown root key", "nam: []\nyear: 1\n", "f.yaml:2:1: unknown key \"year\" in the file (allowed: nam)"},
		{"unknown year key", "nam:\n  - nam: 2025\n    nghi_bu: []\n", "f.yaml:3:5: unknown key \"nghi_bu\" in a year (allowed: nam, tet, quoc_khanh, nghi, lam_bu)"},
		{"unknown entry key, column in runes", "nam:\n  - nam: 2025\n    nghi:\n      - {ly_do: Tết, ngày: 2025-01-27}\n", "f.yaml:4:22: unknown key \"ngày\" in an entry of nghi (allowed: ngay, ly_do, nguon)"},
		{"bad date", "nam:\n  - nam: 2025\n    nghi:\n      - ngay: 2025-02-30\n        ly_do: x\n        nguon: y\n", "f.yaml:4:15: ngay must be a date YYYY-MM-DD, not \"2025-02-30\""},
		{"date outside year", "nam:\n  - nam: 2025\n    lam_bu:\n      - ngay: 2026-02-14\n        ly_do: x\n        nguon: y\n", "f.yaml:4:15: ngay 2026-02-14 is not in year 2025"},
		{"missing source", "nam:\n  - nam: 2025\n    nghi:\n      - ngay: 2025-01-27\n        ly_do: x\n", "f.yaml:4:9: missing key \"nguon\""},
		{"empty reason", "nam:\n  - nam: 2025\n    nghi:\n      - ngay: 2025-01-27\n        ly_do: \"\"\n        nguon: y\n", "f.yaml:5:16: ly_do must be a non-empty text"},
		{"year out of range", "nam:\n  - nam: 1800\n", "f.yaml:2:10: nam must be a year from 1900 to 2100, not \"1800\""},
		{"duplicate year", "nam:\n  - nam: 2025\n  - nam: 2025\n", "f.yaml:3:10: year 2025 is listed twice"},
		{"duplicate key", "nam:\n  - nam: 2025\n    nam: 2026\n", "f.yaml:3:5: duplicate key \"nam\" in a year"},
		{"missing year", "nam:\n  - nghi: []\n", "f.yaml:2:5: missing key \"nam\""},
		{"tet before", "nam:\n  - nam: 2025\n    tet: {truoc: 3, nguon: x}\n", "f.yaml:3:18: truoc must be 1 or 2 (days off before the lunar New Year's Day), not \"3\""},
		{"national day", "nam:\n  - nam: 2025\n    quoc_khanh: {ngay: 2025-09-04, nguon: x}\n", "f.yaml:3:24: quoc_khanh ngay must be 2025-09-01 or 2025-09-03"},
		{"not a list", "nam: 2025\n", "f.yaml:1:6: nam must be a list of years"},
		{"alias", "x: &a {nam: 2025}\n", "f.yaml:1:1: unknown key \"x\" in the file (allowed: nam)"},
		{"alias value", "nam:\n  - &y {nam: 2025}\n  - *y\n", "f.yaml:3:5: a year must be a mapping of keys to values"},
		{"syntax", "nam:\n  - nam: 2025\n   nghi: [\n", "f.yaml:1: YAML syntax error (\"did not find expected '-' indicator\")"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src), "f.yaml")
			var ce *Error
			if !errors.As(err, &ce) || ce.In(msg.EN) != tt.want {
				t.Errorf("Parse error\n got: %v\nwant: %s", err, tt.want)
			}
		})
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# chỉ có chú thích\n", "nam:\n", "nam: []\n", "nam:\n  - nam: 2026\n    nghi:\n"} {
		c, err := Parse([]byte(src), "f.yaml")
		if err != nil {
			t.Fatalf("Parse(%q): %v", src, err)
		}
		if got, want := len(c.Holidays(2026)), len(New().Holidays(2026)); got != want {
			t.Errorf("Parse(%q): %d holidays in 2026, want %d", src, got, want)
		}
	}
}

// yearSeeds splits a calendar file into one small document per year,
// comments dropped.
func yearSeeds(f *testing.F, data []byte) [][]byte {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 || len(doc.Content[0].Content) < 2 {
		f.Fatalf("cannot split the repository calendar: %v", err)
	}
	var out [][]byte
	for _, y := range doc.Content[0].Content[1].Content {
		dropComments(y)
		b, err := yaml.Marshal(map[string][]*yaml.Node{"nam": {y}})
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

func dropComments(n *yaml.Node) {
	n.HeadComment, n.LineComment, n.FootComment = "", "", ""
	for _, c := range n.Content {
		dropComments(c)
	}
}

func TestParseRepositoryData(t *testing.T) {
	data, err := os.ReadFile("../../plans/lich-lam-viec.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse(data, "plans/lich-lam-viec.yaml"); err != nil {
		t.Fatal(err)
	}
}

// FuzzParse checks that Parse never panics, that every error carries the
// file position and that no holiday it computes is a working day.
//
// The seeds are small on purpose: the fuzzing engine minimises every new
// interesting input by trying to remove each of its byte ranges, which is
// quadratic in its length. Seeded with the whole repository file (3 KB), a
// worker spent up to a minute minimising each finding and the target ran
// at about 10 executions per second; seeded with one year each, without the
// comments, it runs at thousands per second. TestParseRepositoryData covers
// the whole file.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("../../plans/lich-lam-viec.yaml"); err == nil {
		for _, seed := range yearSeeds(f, data) {
			f.Add(seed)
		}
	}
	f.Add([]byte("nam:\n  - nam: 2025\n    tet: {truoc: 2, nguon: x}\n    quoc_khanh: {ngay: 2025-09-03, nguon: x}\n    nghi: [{ngay: 2025-01-27, ly_do: a, nguon: b}]\n    lam_bu: [{ngay: 2025-02-15, ly_do: a, nguon: b}]\n"))
	f.Add([]byte("nam: [&a {nam: 2030}, *a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse(data, "f.yaml")
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) || ce.File != "f.yaml" || ce.Line < 1 {
				t.Fatalf("error without file position: %v", err)
			}
			return
		}
		for y := range c.rules {
			for _, h := range c.Holidays(y) {
				if c.IsWorkingDay(h.Date) {
					t.Fatalf("holiday %s %q is a working day", h.Date.Format(time.DateOnly), h.Name)
				}
			}
		}
	})
}

package pdf

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// longWord is a word with no break point, as pasted from a broken export:
// 1 MB once kept kh build running past 60 s, because the line breaker
// measured the rest of the word again for every line it cut off.
var longWord = strings.Repeat("Chuyểnđổisố", 1<<20/len("Chuyểnđổisố"))

func wrapDoc(t testing.TB) *doc {
	r := loadRepo(t, repoOK)
	p := findPlan(t, r, "kh-mau-2026")
	d := newDoc(r, p, template(t, r, p))
	d.setFont("", 14)
	return d
}

// TestWrapLongWord: the word is cut into lines that each fit and together
// give the word back.
func TestWrapLongWord(t *testing.T) {
	d := wrapDoc(t)
	width := 160.0
	lines := d.wrap(longWord, width-10, width)
	var b strings.Builder
	for i, l := range lines {
		if len(l.words) != 1 {
			t.Fatalf("line %d has %d words", i, len(l.words))
		}
		limit := width
		if i == 0 {
			limit = width - 10
		}
		if w := d.f.GetStringWidth(l.words[0]); w > limit+1e-9 {
			t.Fatalf("line %d is %.2f mm wide, over %.2f", i, w, limit)
		}
		b.WriteString(l.words[0])
	}
	if b.String() != longWord {
		t.Fatal("the lines do not give the word back")
	}
	if len(lines) < 1000 {
		t.Fatalf("only %d lines", len(lines))
	}
}

// BenchmarkWrapLongWord measures the line breaker on a 1 MB word; it is
// linear in the word's length.
func BenchmarkWrapLongWord(b *testing.B) {
	d := wrapDoc(b)
	b.SetBytes(int64(len(longWord)))
	for b.Loop() {
		d.wrap(longWord, 150, 160)
	}
}

// TestBalancedTitles: a centred title takes as many lines as plain
// wrapping would, of even length, broken after its comma and before the
// words that open a phrase, never inside "định hướng" or after "năm"; a
// newline written in the YAML forces a break.
func TestBalancedTitles(t *testing.T) {
	d := wrapDoc(t)
	d.setFont("B", 14)
	width := 132.0
	cases := []struct {
		title string
		want  []string
		width float64 // 0: the trích yếu's 132 mm
	}{
		{"về chuyển đổi số tỉnh Khánh Hòa giai đoạn 2021 - 2025, định hướng đến năm 2030", []string{
			"về chuyển đổi số tỉnh Khánh Hòa giai đoạn 2021 - 2025,",
			"định hướng đến năm 2030",
		}, 0},
		{"Xây dựng Nghị quyết của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch của UBND tỉnh triển khai Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Nghệ An đến năm 2025, định hướng đến năm 2030", []string{
			"Xây dựng Nghị quyết của Ban Chấp hành Đảng bộ tỉnh",
			"và Kế hoạch của UBND tỉnh triển khai Nghị quyết",
			"của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số",
			"tỉnh Nghệ An đến năm 2025, định hướng đến năm 2030",
		}, 0},
		{"Chuyển đổi số tỉnh Nghệ An năm 2026", []string{"Chuyển đổi số tỉnh Nghệ An năm 2026"}, 0},
		// "số" leads into a number, not after "chuyển đổi".
		{"Phụ lục 01: DANH SÁCH CÁC KẾ HOẠCH CHUYỂN ĐỔI SỐ ĐẾN NĂM 2025 DO UBND TỈNH BAN HÀNH", []string{
			"Phụ lục 01: DANH SÁCH CÁC KẾ HOẠCH CHUYỂN ĐỔI SỐ",
			"ĐẾN NĂM 2025 DO UBND TỈNH BAN HÀNH",
		}, 165},
		{"Kế hoạch thực hiện\nNghị quyết số 09-NQ/TU", []string{"Kế hoạch thực hiện", "Nghị quyết số 09-NQ/TU"}, 0},
	}
	for _, c := range cases {
		width := width
		if c.width > 0 {
			width = c.width
		}
		var got []string
		for _, l := range d.balanced(c.title, width) {
			if w := d.f.GetStringWidth(l.String()); w > width {
				t.Errorf("%q is %.1f mm wide, over %.0f", l, w, width)
			}
			got = append(got, l.String())
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.title, diff)
		}
	}
}

// TestOrphansAndWidows: a paragraph broken across pages leaves at least
// two of its lines on each side of the break, unless it starts on an
// empty page.
func TestOrphansAndWidows(t *testing.T) {
	d := wrapDoc(t)
	d.newPart(false)
	lh := d.lineHeight(14)
	cases := []struct {
		name               string
		avail, from, total int
		want               int
	}{
		{"everything fits", 5, 0, 5, 5},
		{"break in the middle", 3, 0, 6, 3},
		{"only the last line would go over", 4, 0, 5, 3},
		{"only the first line would stay", 1, 0, 4, 0},
		{"two lines, room for one", 1, 0, 2, 0},
		{"three lines, room for two", 2, 0, 3, 0},
		{"one-line paragraph", 1, 0, 1, 1},
		{"continuation, last line over", 3, 4, 8, 2},
	}
	for _, c := range cases {
		d.y = d.bottom() - float64(c.avail)*lh - 0.01
		if got := d.fitLines(c.from, c.total, lh); got != c.want {
			t.Errorf("%s: %d lines on the page, want %d", c.name, got, c.want)
		}
	}
	d.y = d.t.Margins.Top
	avail := int((d.bottom() - d.y) / lh)
	if got := d.fitLines(0, avail+5, lh); got != avail {
		t.Errorf("a paragraph taller than a page, on an empty page: %d lines, want %d", got, avail)
	}
	if got := d.fitLines(0, avail+1, lh); got != avail-1 {
		t.Errorf("a page and one line, on an empty page: %d lines, want %d", got, avail-1)
	}
}

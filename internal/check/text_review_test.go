package check

import (
	"strings"
	"testing"
)

func TestRepeated(t *testing.T) {
	var buf []word
	for _, tc := range []struct{ in, want string }{
		{"tạo đột phá phát triển phát triển khoa học", "phát triển phát triển"},
		{"Góp phần thực hiện  Thực hiện các mục tiêu", "thực hiện Thực hiện"},
		{"Chỉ đạo, định hướng các cơ quan Chỉ đạo các cơ quan báo chí", "các cơ quan Chỉ đạo các cơ quan"},
		{"người người, nhà nhà tham gia", ""},                                          // one word repeats by design
		{"tài nguyên và môi trường trên môi trường mạng", ""},                          // around another word
		{"giai đoạn 2026 2026 2027", ""},                                               // figures, not words
		{"phát triển, phát triển hạ tầng", ""},                                         // list items
		{"an toàn thông tin an toàn thông tin", "an toàn thông tin an toàn thông tin"}, // a long phrase
		{"", ""},
	} {
		if got := repeated(tc.in, &buf); got != tc.want {
			t.Errorf("repeated(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func BenchmarkRepeated(b *testing.B) {
	s := "Triển khai hiệu quả các nhiệm vụ, giải pháp về phát triển hạ tầng số, dữ liệu số, nền tảng số và bảo đảm an toàn thông tin mạng trên địa bàn tỉnh theo chỉ đạo của Trung ương và của Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh trong năm 2026 và những năm tiếp theo"
	var buf []word
	b.ReportAllocs()
	for b.Loop() {
		repeated(s, &buf)
	}
}

func TestSameIndicator(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Tỷ lệ  hồ sơ (trực tuyến); TOÀN TRÌNH.", "tỷ lệ hồ sơ trực tuyến toàn trình"},
		{" ,Xây dựng\tkho dữ liệu ", "xây dựng\tkho dữ liệu"},
		{"", ""},
	} {
		if got := sameIndicator(tc.in); got != tc.want {
			t.Errorf("sameIndicator(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got, want := wordCount(tc.want), len(strings.Fields(tc.want)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", tc.want, got, want)
		}
	}
}

package pdf

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// balanced breaks a centred title into as few lines as greedy wrapping
// needs, but chooses where: lines of even length, breaks after a comma or
// a semicolon and before a word that opens a phrase ("về", "của", "đến",
// "giai đoạn"), never inside a two-syllable word the titles use ("kế /
// hoạch", "định / hướng") nor after a word that leads into the next ("năm
// / 2025", "số / 09-NQ/TU"). A newline in the text forces a break.
func (d *doc) balanced(s string, w float64) []line {
	var out []line
	for _, seg := range strings.Split(s, "\n") {
		out = append(out, d.balance(strings.Fields(seg), w)...)
	}
	return out
}

func (d *doc) balance(words []string, w float64) []line {
	greedy := d.wrapSegment(words, w, w)
	// Past a title's length the search (lines × words²) is not worth it.
	if len(greedy) < 2 || len(words) > maxBalanced {
		return greedy
	}
	for _, word := range words {
		if d.f.GetStringWidth(word) > w {
			return greedy
		}
	}
	widths := make([]float64, len(words))
	for i, word := range words {
		widths[i] = d.f.GetStringWidth(word)
	}
	space := d.f.GetStringWidth(" ")
	width := func(i, j int) float64 {
		t := float64(j-i-1) * space
		for _, x := range widths[i:j] {
			t += x
		}
		return t
	}
	n := len(words)
	lines := len(greedy)
	// cost[k][j]: the best way to set words[:j] in k lines.
	inf := math.Inf(1)
	cost := make([][]float64, lines+1)
	from := make([][]int, lines+1)
	for k := range cost {
		cost[k] = make([]float64, n+1)
		from[k] = make([]int, n+1)
		for j := range cost[k] {
			cost[k][j] = inf
		}
	}
	cost[0][0] = 0
	for k := 1; k <= lines; k++ {
		for j := 1; j <= n; j++ {
			for i := j - 1; i >= 0; i-- {
				lw := width(i, j)
				if lw > w {
					break
				}
				if math.IsInf(cost[k-1][i], 1) {
					continue
				}
				c := cost[k-1][i] + (w-lw)*(w-lw)
				if j < n {
					c += breakPenalty(words[j-1], words[j]) * w * w / 16
				}
				if c < cost[k][j] {
					cost[k][j], from[k][j] = c, i
				}
			}
		}
	}
	if math.IsInf(cost[lines][n], 1) {
		return greedy
	}
	out := make([]line, lines)
	for k, j := lines, n; k > 0; k-- {
		i := from[k][j]
		out[k-1] = line{words: words[i:j]}
		j = i
	}
	out[lines-1].last = true
	return out
}

// maxBalanced is the longest centred text, in words, whose lines are
// balanced; longer ones are wrapped greedily.
const maxBalanced = 120

// breakPenalty weighs a line break between words a and b: negative where
// a title reads well broken, positive where it splits what belongs
// together.
func breakPenalty(a, b string) float64 {
	la, lb := strings.ToLower(a), strings.ToLower(strings.TrimFunc(b, unicode.IsPunct))
	switch {
	case strings.HasSuffix(a, ",") || strings.HasSuffix(a, ";") || strings.HasSuffix(a, ":"):
		return -4
	case compounds[la+" "+lb]:
		return 6
	case leading[la], counting[la] && startsNumber(b):
		return 5
	case opening[lb]:
		return -1
	}
	return 0
}

// opening words begin a phrase a title can start a line with.
var opening = set("về", "của", "đến", "giai", "và", "trên", "tại", "theo", "trong", "nhằm", "để", "giữa", "cho")

// leading words lead into the next one and never end a line.
var leading = set("giai", "các", "những", "của", "về", "đến", "ban", "sở", "ủy", "bch")

// counting words lead into the number after them ("năm / 2025", "số /
// 09-NQ/TU"); "chuyển đổi số" may end a line.
var counting = set("năm", "số", "ngày", "tháng", "quý", "khóa", "lần", "đợt", "giai đoạn")

// startsNumber reports whether w is a number, a date, a symbol or a Roman
// numeral ("2025", "05/8/2022", "09-NQ/TU", "XVIII").
func startsNumber(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || strings.Trim(w, "IVXLC,.;:") == "" && w != ""
}

// compounds are two-syllable words of plan titles a break must not split.
var compounds = set(
	"kế hoạch", "định hướng", "chuyển đổi", "đổi số", "nghị quyết", "triển khai", "thực hiện",
	"nhiệm vụ", "đảng bộ", "chấp hành", "công nghệ", "thông tin", "giai đoạn", "sơ kết",
	"tổng kết", "nghệ an", "khánh hòa", "nhân dân", "phát triển", "khoa học", "đổi mới",
	"sáng tạo", "kinh tế", "xã hội", "chính quyền", "điện tử", "hội thảo", "chỉ tiêu",
	"nội dung", "xây dựng", "tổ chức", "hoạt động", "dữ liệu", "an toàn", "an ninh",
	"chương trình", "đề án", "ứng dụng", "hạ tầng", "dịch vụ", "trực tuyến", "thủ tục",
	"hành chính", "cải cách", "đô thị", "thông minh", "nông thôn", "truyền thông",
	"tỉnh nghệ", "tỉnh khánh", "nhân dân", "thường vụ", "chính trị", "quốc gia",
	"cụ thể", "dự thảo", "báo cáo", "tình hình", "đánh giá", "giải pháp", "đề cương",
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

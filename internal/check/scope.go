package check

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/diag"
)

// scopePatterns find a scope of several years stated in a task's text: a
// span ("giai đoạn 2026-2030", "2026 – 2030"), an end ("đến năm 2030",
// "đến hết năm 2030", "đến 2030"), two years ("năm 2026 và 2027") or a
// duration ("trong 3 năm", "lộ trình 5 năm", "05 năm tới"). A review of
// past years ("sơ kết 03 năm") states no scope and matches none.
var scopePatterns = []struct {
	re *regexp.Regexp
	// years marks a pattern whose group is a number of years, not an end year.
	years bool
}{
	{regexp.MustCompile(`(?i)(?:giai đoạn\s*)?20\d\d\s*[-–—]\s*(20\d\d)`), false},
	{regexp.MustCompile(`(?i)đến\s+(?:hết\s+)?(?:năm\s+)?(20\d\d)`), false},
	{regexp.MustCompile(`(?i)(?:năm\s+)?20\d\d\s*(?:và|,)\s*(?:năm\s+)?(20\d\d)`), false},
	{regexp.MustCompile(`(?i)(?:trong\s+(?:vòng\s+)?|lộ trình\s+)(\d{1,2})\s+năm`), true},
	{regexp.MustCompile(`(?i)(\d{1,2})\s+năm\s+(?:tới|tiếp theo)`), true},
}

// recurringRe finds work that repeats: "hằng năm", "mỗi năm một đợt",
// "định kỳ", "hằng quý".
var recurringRe = regexp.MustCompile(`(?i)(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng)|định kỳ`)

// recurring is recurringRe's match in text. Every pattern names a period
// or "định kỳ", which most task texts lack, and the regexp is slow to say
// so.
func recurring(text string) string {
	lower := strings.ToLower(text)
	for _, w := range []string{"năm", "quý", "tháng", "định kỳ"} {
		if strings.Contains(lower, w) {
			return recurringRe.FindString(text)
		}
	}
	return ""
}

// checkScope: a task whose own text spans more years than its deadline
// allows is probably mis-dated (KH113); one whose text repeats with a
// single deadline is too (KH150), though in an annual plan a deadline of
// the plan's year is this year's round, worth a look only.
func (c *ctx) checkScope(pd *planDeadlines) {
	for _, t := range pd.tasks {
		if !t.ok || !t.d.Dated() || t.d.Kind == deadline.OpenStart || t.d.Kind == deadline.Recurring {
			continue
		}
		text := t.ref.Task.Text
		if m := scopeBeyond(text, t.d, pd); m != "" {
			c.add("KH113", t.loc(), m, t.ref.Task.Deadline)
		}
		if m := recurring(text); m != "" {
			d := c.add("KH150", t.loc(), m, t.ref.Task.Deadline)
			if pd.hasPer && t.d.Kind == deadline.Year && t.d.From.Equal(pd.period.From) && t.d.To.Equal(pd.period.To) {
				d.Severity = diag.Info
			}
		}
	}
}

// scopeBeyond returns the first phrase of text whose scope ends after d:
// an end year after its last day, or more years than it spans.
func scopeBeyond(text string, d deadline.Deadline, pd *planDeadlines) string {
	start := d.From
	if start.IsZero() {
		start = pd.p.Date
	}
	if !strings.ContainsAny(text, "0123456789") {
		return "" // every pattern needs a figure; most texts have none
	}
	for _, sp := range scopePatterns {
		for _, m := range sp.re.FindAllStringSubmatch(text, -1) {
			n, _ := strconv.Atoi(m[1])
			switch {
			case !sp.years && n > d.To.Year(),
				sp.years && n >= 2 && !start.IsZero() && d.To.Year()-start.Year()+1 < n:
				return strings.TrimSpace(m[0])
			}
		}
	}
	return ""
}

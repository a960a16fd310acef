package rollforward

import (
	"testing"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/deadline"
)

// FuzzShift moves any deadline by a year: it never panics, a deadline the
// grammar reads gives one it still reads, and one it cannot read is kept.
func FuzzShift(f *testing.F) {
	for _, s := range []string{"Quý I/2026", "Trước ngày 15/3/2026", "Tháng 6-9/2026", "Năm 2026-2028", "6 tháng đầu năm", "Thường xuyên", "Chậm nhất ngày 29/02/2028", "Từ năm 2026", "x"} {
		f.Add(s)
	}
	cal := calendar.New()
	f.Fuzz(func(t *testing.T, s string) {
		r := &roller{cal: cal, year: 2026, res: &Result{}}
		got := r.shift(s, "t", nil)
		if _, err := deadline.ParseIn(s, deadline.Context{Year: 2026}); err != nil {
			if got != s {
				t.Fatalf("unread %q changed to %q", s, got)
			}
			return
		}
		if _, err := deadline.ParseIn(got, deadline.Context{Year: 2027}); err != nil {
			t.Fatalf("%q → %q, which does not parse: %v", s, got, err)
		}
	})
}

package deadline

import (
	"testing"
	"time"
)

type window struct {
	covers   string
	from, to time.Time
}

func windows(rs []Report) []window {
	var w []window
	for _, r := range rs {
		w = append(w, window{r.Covers.String(), r.DataFrom, r.DataTo})
	}
	return w
}

func equalWindows(a, b []window) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestOccurrencesND09 checks the worked 2025 example of reference §2.2.
func TestOccurrencesND09(t *testing.T) {
	d := mustParse(t, "hằng quý, 6 tháng, hằng năm")
	got := windows(Occurrences(d, day(2025, 1, 1), day(2025, 12, 31), DefaultCutOff))
	want := []window{
		{"Quý I/2025", day(2024, 12, 15), day(2025, 3, 14)},
		{"Quý II/2025", day(2025, 3, 15), day(2025, 6, 14)},
		{"6 tháng đầu năm 2025", day(2024, 12, 15), day(2025, 6, 14)},
		{"Quý III/2025", day(2025, 6, 15), day(2025, 9, 14)},
		{"Quý IV/2025", day(2025, 9, 15), day(2025, 12, 14)},
		{"6 tháng cuối năm 2025", day(2025, 6, 15), day(2025, 12, 14)},
		{"Năm 2025", day(2024, 12, 15), day(2025, 12, 14)},
	}
	if !equalWindows(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func TestOccurrencesMonthly(t *testing.T) {
	d := mustParse(t, "Hằng tháng")
	got := windows(Occurrences(d, day(2025, 5, 20), day(2025, 7, 31), DefaultCutOff))
	want := []window{
		{"Tháng 5/2025", day(2025, 4, 15), day(2025, 5, 14)},
		{"Tháng 6/2025", day(2025, 5, 15), day(2025, 6, 14)},
		{"Tháng 7/2025", day(2025, 6, 15), day(2025, 7, 14)},
	}
	if !equalWindows(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
	rs := Occurrences(d, day(2025, 5, 1), day(2025, 5, 31), DefaultCutOff)
	if len(rs) != 1 || rs[0].Cycle != Monthly || rs[0].Covers.Kind != Month {
		t.Errorf("report = %+v", rs)
	}
}

func TestOccurrencesRules(t *testing.T) {
	d := mustParse(t, "định kỳ 6 tháng")
	calendar := windows(Occurrences(d, day(2026, 1, 1), day(2026, 6, 30), CutOff{Day: 1}))
	if want := []window{{"6 tháng đầu năm 2026", day(2026, 1, 1), day(2026, 6, 30)}}; !equalWindows(calendar, want) {
		t.Errorf("calendar rule: %v", calendar)
	}
	inspection := windows(Occurrences(mustParse(t, "Hằng quý"), day(2026, 1, 1), day(2026, 3, 31), CutOff{Day: 16}))
	if want := []window{{"Quý I/2026", day(2025, 12, 16), day(2026, 3, 15)}}; !equalWindows(inspection, want) {
		t.Errorf("16 → 15 rule: %v", inspection)
	}
	for _, s := range []string{"Thường xuyên", "Quý I/2026", "Theo Đề án 06"} {
		if rs := Occurrences(mustParse(t, s), day(2026, 1, 1), day(2026, 12, 31), DefaultCutOff); rs != nil {
			t.Errorf("%q has reports %v", s, rs)
		}
	}
	if rs := Occurrences(mustParse(t, "Hằng năm"), day(2026, 12, 31), day(2026, 1, 1), DefaultCutOff); rs != nil {
		t.Errorf("reversed range has reports %v", rs)
	}
}

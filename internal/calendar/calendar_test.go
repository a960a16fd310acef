package calendar

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func repoCalendar(t testing.TB) *Calendar {
	t.Helper()
	data, err := os.ReadFile("../../plans/lich-lam-viec.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse(data, "plans/lich-lam-viec.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// offRange checks that exactly the days from first to last are off among
// the days from first-1 to last+1.
func offRange(t *testing.T, c *Calendar, first, last time.Time) {
	t.Helper()
	for d := first.AddDate(0, 0, -1); !d.After(last.AddDate(0, 0, 1)); d = d.AddDate(0, 0, 1) {
		want := !d.Before(first) && !d.After(last)
		if reason, off := c.DayOff(d); off != want {
			t.Errorf("DayOff(%s) = %q, %v; want off=%v", d.Format(time.DateOnly), reason, off, want)
		}
	}
}

// Thông báo 6150/TB-BLĐTBXH: off 25/01–02/02/2025, work Saturday 15/02.
func TestTet2025(t *testing.T) {
	c := repoCalendar(t)
	offRange(t, c, day(2025, 1, 25), day(2025, 2, 2))
	if !c.IsWorkingDay(day(2025, 2, 15)) {
		t.Error("Saturday 2025-02-15 (làm bù) is not a working day")
	}
}

// Thông báo 9441/TB-BNV: off 14/02–22/02/2026, Tết days Monday to Friday.
func TestTet2026(t *testing.T) {
	for name, c := range map[string]*Calendar{"data": repoCalendar(t), "statutory": New()} {
		t.Run(name, func(t *testing.T) {
			offRange(t, c, day(2026, 2, 14), day(2026, 2, 22))
			for d := day(2026, 2, 16); !d.After(day(2026, 2, 20)); d = d.AddDate(0, 0, 1) {
				if reason, _ := c.DayOff(d); reason != nameTet {
					t.Errorf("DayOff(%s) = %q, want %q", d.Format(time.DateOnly), reason, nameTet)
				}
			}
		})
	}
}

func TestDayOff(t *testing.T) {
	c := New()
	tests := []struct {
		date   time.Time
		reason string
		off    bool
	}{
		{day(2026, 3, 7), "Thứ Bảy", true},
		{day(2026, 3, 8), "Chủ nhật", true},
		{day(2026, 3, 9), "", false},
		{day(2026, 1, 1), "Tết Dương lịch", true},
		{day(2026, 4, 26), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", true},
		{day(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)", true},
		{day(2026, 4, 28), "", false},
		{day(2026, 4, 30), "Ngày Chiến thắng 30/4", true},
		{day(2026, 5, 1), "Ngày Quốc tế Lao động 1/5", true},
		{day(2026, 9, 1), "Quốc khánh 2/9", true},
		{day(2026, 9, 2), "Quốc khánh 2/9", true},
		{day(2026, 9, 3), "", false},
		// 1/5/2027 is a Saturday: made up on Monday 3/5.
		{day(2027, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động 1/5", true},
		// Tết 2027 is a Saturday: Saturday and Sunday made up after mùng 4.
		{day(2027, 2, 10), "Nghỉ bù Tết Nguyên đán", true},
		{day(2027, 2, 11), "Nghỉ bù Tết Nguyên đán", true},
		{day(2027, 2, 12), "", false},
		// 2/9/2023 was a Saturday: made up on Monday 4/9.
		{day(2023, 9, 4), "Nghỉ bù Quốc khánh 2/9", true},
		// Only the date counts, not the clock or the zone.
		{time.Date(2026, 4, 27, 23, 30, 0, 0, time.FixedZone("ICT", 7*3600)), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)", true},
	}
	for _, tt := range tests {
		reason, off := c.DayOff(tt.date)
		if reason != tt.reason || off != tt.off {
			t.Errorf("DayOff(%s) = %q, %v; want %q, %v", tt.date.Format(time.DateOnly), reason, off, tt.reason, tt.off)
		}
	}
}

func TestSwapsHonoured(t *testing.T) {
	data, statutory := repoCalendar(t), New()
	tests := []struct {
		date               time.Time
		dataOff, lawOff    bool
		dataReasonContains string
	}{
		{day(2025, 1, 27), true, false, "hoán đổi"},
		{day(2025, 2, 15), false, true, ""},
		{day(2025, 5, 2), true, false, "hoán đổi"},
		{day(2025, 4, 26), false, true, ""},
	}
	for _, tt := range tests {
		reason, off := data.DayOff(tt.date)
		if off != tt.dataOff || !strings.Contains(reason, tt.dataReasonContains) {
			t.Errorf("data DayOff(%s) = %q, %v", tt.date.Format(time.DateOnly), reason, off)
		}
		if _, off := statutory.DayOff(tt.date); off != tt.lawOff {
			t.Errorf("statutory DayOff(%s) off = %v, want %v", tt.date.Format(time.DateOnly), off, tt.lawOff)
		}
	}
}

func TestNextWorkingDay(t *testing.T) {
	c := repoCalendar(t)
	tests := []struct{ in, want time.Time }{
		{day(2025, 6, 15), day(2025, 6, 16)}, // agencies-and-reporting.md §3.3 example
		{day(2025, 6, 16), day(2025, 6, 16)},
		{day(2026, 2, 14), day(2026, 2, 23)},
		{day(2025, 1, 25), day(2025, 2, 3)},
		{day(2025, 2, 15), day(2025, 2, 15)},
	}
	for _, tt := range tests {
		if got := c.NextWorkingDay(tt.in); !got.Equal(tt.want) {
			t.Errorf("NextWorkingDay(%s) = %s, want %s", tt.in.Format(time.DateOnly), got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
		}
	}
}

func TestAddWorkingDays(t *testing.T) {
	c := repoCalendar(t)
	tests := []struct {
		from time.Time
		n    int
		want time.Time
	}{
		{day(2026, 2, 12), 0, day(2026, 2, 12)},
		{day(2026, 2, 12), 1, day(2026, 2, 13)},
		{day(2026, 2, 12), 2, day(2026, 2, 23)},
		{day(2026, 2, 14), 1, day(2026, 2, 23)},
		{day(2025, 2, 14), 1, day(2025, 2, 15)}, // Saturday worked in exchange
		{day(2026, 3, 2), 15, day(2026, 3, 23)},
	}
	for _, tt := range tests {
		if got := c.AddWorkingDays(tt.from, tt.n); !got.Equal(tt.want) {
			t.Errorf("AddWorkingDays(%s, %d) = %s, want %s", tt.from.Format(time.DateOnly), tt.n, got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
		}
	}
}

func TestAddWorkingDaysNegativePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic for n < 0")
		}
	}()
	New().AddWorkingDays(day(2026, 1, 1), -1)
}

func TestWorkingDaysBetweenInvertsAdd(t *testing.T) {
	c := repoCalendar(t)
	for d := day(2024, 12, 1); d.Before(day(2027, 1, 1)); d = d.AddDate(0, 0, 3) {
		for _, n := range []int{0, 1, 5, 15, 40} {
			end := c.AddWorkingDays(d, n)
			if got := c.WorkingDaysBetween(d, end); got != n {
				t.Fatalf("WorkingDaysBetween(%s, %s) = %d, want %d", d.Format(time.DateOnly), end.Format(time.DateOnly), got, n)
			}
			if got := c.WorkingDaysBetween(end, d); got != -n {
				t.Fatalf("WorkingDaysBetween reversed = %d, want %d", got, -n)
			}
		}
	}
}

func TestHolidays(t *testing.T) {
	hs := New().Holidays(2026)
	want := []string{
		"2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
		"2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02",
	}
	if len(hs) != len(want) {
		t.Fatalf("Holidays(2026) has %d days, want %d: %v", len(hs), len(want), hs)
	}
	for i, h := range hs {
		if got := h.Date.Format(time.DateOnly); got != want[i] || h.Name == "" {
			t.Errorf("Holidays(2026)[%d] = %s %q, want %s", i, got, h.Name, want[i])
		}
	}
}

// Eleven statutory days every year, whatever their weekdays.
func TestElevenHolidaysEachYear(t *testing.T) {
	c := New()
	for y := 1950; y <= 2100; y++ {
		n := 0
		for _, h := range c.Holidays(y) {
			if !strings.HasPrefix(h.Name, inLieuPrefix) {
				n++
			}
		}
		if n != 11 {
			t.Fatalf("%d: %d statutory holidays, want 11", y, n)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	c := repoCalendar(t)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for d := day(2020+g%3, 1, 1); d.Year() < 2030; d = d.AddDate(0, 0, 1) {
				c.IsWorkingDay(d)
			}
		})
	}
	wg.Wait()
}

func BenchmarkAddWorkingDays(b *testing.B) {
	c := repoCalendar(b)
	start := day(2025, 1, 1)
	for i := 0; b.Loop(); i++ {
		c.AddWorkingDays(start.AddDate(0, 0, i%3650), 15)
	}
}

func BenchmarkIsWorkingDayTenYears(b *testing.B) {
	c := repoCalendar(b)
	for b.Loop() {
		for d := day(2020, 1, 1); d.Year() < 2030; d = d.AddDate(0, 0, 1) {
			c.IsWorkingDay(d)
		}
	}
}

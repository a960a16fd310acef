package lunar

import (
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Vectors from ../shared/reference/document-format.md §3.3 and §2.
func TestFromSolarReference(t *testing.T) {
	tests := []struct {
		name  string
		solar time.Time
		want  Date
	}{
		{"Tết 2021", day(2021, 2, 12), Date{2021, 1, 1, false}},
		{"Tết 2022", day(2022, 2, 1), Date{2022, 1, 1, false}},
		{"Tết 2023", day(2023, 1, 22), Date{2023, 1, 1, false}},
		{"Tết 2024", day(2024, 2, 10), Date{2024, 1, 1, false}},
		{"Tết 2025", day(2025, 1, 29), Date{2025, 1, 1, false}},
		{"Tết 2026", day(2026, 2, 17), Date{2026, 1, 1, false}},
		{"Tết 2027", day(2027, 2, 6), Date{2027, 1, 1, false}},
		{"Tết 2028", day(2028, 1, 26), Date{2028, 1, 1, false}},
		{"Tết 2029", day(2029, 2, 13), Date{2029, 1, 1, false}},
		{"Tết 2030, a day before China", day(2030, 2, 2), Date{2030, 1, 1, false}},
		{"Tết 1985, a month before China", day(1985, 1, 21), Date{1985, 1, 1, false}},
		{"Tết 2007", day(2007, 2, 17), Date{2007, 1, 1, false}},
		{"Tết 1968", day(1968, 1, 29), Date{1968, 1, 1, false}},
		{"Tết 2053", day(2053, 2, 18), Date{2053, 1, 1, false}},
		{"leap 4/2020", day(2020, 5, 23), Date{2020, 4, 1, true}},
		{"leap 2/2023", day(2023, 3, 22), Date{2023, 2, 1, true}},
		{"eve of leap 2/2023", day(2023, 3, 21), Date{2023, 2, 30, false}},
		{"leap 6/2025", day(2025, 7, 25), Date{2025, 6, 1, true}},
		{"eve of leap 6/2025", day(2025, 7, 24), Date{2025, 6, 30, false}},
		{"hungtrd vector 10/8/2025", day(2025, 8, 10), Date{2025, 6, 17, true}},
		{"leap 5/2028", day(2028, 6, 23), Date{2028, 5, 1, true}},
		{"leap 3/2031, China differs", day(2031, 4, 21), Date{2031, 3, 1, true}},
		{"leap 11/2033", day(2033, 12, 22), Date{2033, 11, 1, true}},
		{"leap 7/2006", day(2006, 9, 12), Date{2006, 7, 20, true}},
		{"misc 2014", day(2014, 9, 23), Date{2014, 8, 30, false}},
		{"misc 2014 next", day(2014, 9, 24), Date{2014, 9, 1, false}},
		{"misc 2025", day(2025, 3, 17), Date{2025, 2, 18, false}},
		{"misc 2026", day(2026, 1, 1), Date{2025, 11, 13, false}},
		{"Tết eve 2026, no day 30", day(2026, 2, 16), Date{2025, 12, 29, false}},
		{"Giỗ Tổ 2025", day(2025, 4, 7), Date{2025, 3, 10, false}},
		{"Giỗ Tổ 2026", day(2026, 4, 26), Date{2026, 3, 10, false}},
		{"first supported day", day(1900, 1, 1), Date{1899, 12, 1, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromSolar(tt.solar); got != tt.want {
				t.Errorf("FromSolar(%s) = %v, want %v", tt.solar.Format(time.DateOnly), got, tt.want)
			}
		})
	}
}

func TestNewYear(t *testing.T) {
	want := map[int]time.Time{
		2021: day(2021, 2, 12), 2022: day(2022, 2, 1), 2023: day(2023, 1, 22),
		2024: day(2024, 2, 10), 2025: day(2025, 1, 29), 2026: day(2026, 2, 17),
		2027: day(2027, 2, 6), 2028: day(2028, 1, 26), 2029: day(2029, 2, 13),
		2030: day(2030, 2, 2), 1985: day(1985, 1, 21), 2053: day(2053, 2, 18),
	}
	for y, w := range want {
		if got := NewYear(y); !got.Equal(w) {
			t.Errorf("NewYear(%d) = %s, want %s", y, got.Format(time.DateOnly), w.Format(time.DateOnly))
		}
	}
}

func TestLeapMonth(t *testing.T) {
	want := map[int]int{
		2020: 4, 2021: 0, 2022: 0, 2023: 2, 2024: 0, 2025: 6, 2026: 0,
		2027: 0, 2028: 5, 2029: 0, 2030: 0, 2031: 3, 2033: 11, 2006: 7,
	}
	for y, w := range want {
		if got := LeapMonth(y); got != w {
			t.Errorf("LeapMonth(%d) = %d, want %d", y, got, w)
		}
	}
}

// The last month of each lunar year, per the "Last day of year" column of
// document-format.md §2: the day before Tết of year y+1 is 29 or 30 Chạp.
func TestTwelfthMonthLength(t *testing.T) {
	want := map[int]int{
		2020: 30, 2021: 29, 2022: 30, 2023: 30, 2024: 29,
		2025: 29, 2026: 29, 2027: 29, 2028: 29, 2029: 29,
	}
	for y, w := range want {
		if got := MonthLength(y, 12, false); got != w {
			t.Errorf("MonthLength(%d, 12) = %d, want %d", y, got, w)
		}
	}
}

func TestMonthLengthMissing(t *testing.T) {
	tests := []struct {
		year, month int
		leap        bool
	}{
		{2024, 6, true}, {2025, 5, true}, {2025, 13, false}, {2025, 0, false}, {MaxYear + 1, 1, false},
	}
	for _, tt := range tests {
		if got := MonthLength(tt.year, tt.month, tt.leap); got != 0 {
			t.Errorf("MonthLength(%d, %d, %v) = %d, want 0", tt.year, tt.month, tt.leap, got)
		}
	}
}

func TestToSolar(t *testing.T) {
	tests := []struct {
		in      Date
		want    time.Time
		wantErr string
	}{
		{in: Date{2025, 6, 1, true}, want: day(2025, 7, 25)},
		{in: Date{2025, 6, 30, false}, want: day(2025, 7, 24)},
		{in: Date{2025, 12, 29, false}, want: day(2026, 2, 16)},
		{in: Date{2026, 3, 10, false}, want: day(2026, 4, 26)},
		{in: Date{2033, 11, 1, true}, want: day(2033, 12, 22)},
		{in: Date{2024, 6, 1, true}, wantErr: "lunar: no leap month 6 in year 2024"},
		{in: Date{2025, 12, 30, false}, wantErr: "lunar: month 12 of 2025 has 29 days, no day 30"},
		{in: Date{2025, 1, 0, false}, wantErr: "lunar: month 1 of 2025 has 30 days, no day 0"},
		{in: Date{2025, 13, 1, false}, wantErr: "lunar: no month 13 in year 2025"},
		{in: Date{1899, 1, 1, false}, wantErr: "lunar: no month 1 in year 1899"},
	}
	for _, tt := range tests {
		t.Run(tt.in.String(), func(t *testing.T) {
			got, err := ToSolar(tt.in)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("ToSolar(%v) error = %v, want %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil || !got.Equal(tt.want) {
				t.Errorf("ToSolar(%v) = %s, %v; want %s", tt.in, got.Format(time.DateOnly), err, tt.want.Format(time.DateOnly))
			}
		})
	}
}

func TestOutOfRange(t *testing.T) {
	if got := FromSolar(day(1899, 12, 31)); got != (Date{}) {
		t.Errorf("FromSolar(1899-12-31) = %v, want zero Date", got)
	}
	if got := FromSolar(day(MaxYear+1, 1, 1)); got != (Date{}) {
		t.Errorf("FromSolar(%d-01-01) = %v, want zero Date", MaxYear+1, got)
	}
	if !NewYear(MinYear-1).IsZero() || LeapMonth(MaxYear+1) != 0 {
		t.Error("out-of-range year gave a non-zero result")
	}
}

// Every day converts back to itself, days advance one at a time inside a
// month, and months hold 29 or 30 days.
func TestRoundTripEveryDay(t *testing.T) {
	prev := FromSolar(day(1949, 12, 31))
	for d := day(1950, 1, 1); d.Year() <= 2100; d = d.AddDate(0, 0, 1) {
		ld := FromSolar(d)
		back, err := ToSolar(ld)
		if err != nil || !back.Equal(d) {
			t.Fatalf("%s → %v → %s, %v", d.Format(time.DateOnly), ld, back.Format(time.DateOnly), err)
		}
		if ld.Day == 1 {
			if prev.Day != 29 && prev.Day != 30 {
				t.Fatalf("%s: month before %v ended on day %d", d.Format(time.DateOnly), ld, prev.Day)
			}
		} else if ld.Day != prev.Day+1 || ld.Month != prev.Month || ld.Leap != prev.Leap || ld.Year != prev.Year {
			t.Fatalf("%s: %v does not follow %v", d.Format(time.DateOnly), ld, prev)
		}
		prev = ld
	}
}

// Every lunar year has 12 ordinary months and a leap month only when
// LeapMonth says so.
func TestYearStructure(t *testing.T) {
	for y := MinYear; y <= MaxYear; y++ {
		days := 0
		for m := 1; m <= 12; m++ {
			n := MonthLength(y, m, false)
			if n != 29 && n != 30 {
				t.Fatalf("MonthLength(%d, %d) = %d", y, m, n)
			}
			days += n
		}
		if lm := LeapMonth(y); lm != 0 {
			days += MonthLength(y, lm, true)
		}
		if y < MaxYear {
			if span := int(NewYear(y+1).Sub(NewYear(y)).Hours() / 24); span != days {
				t.Fatalf("lunar year %d: %d days between Tết, months sum to %d", y, span, days)
			}
		}
	}
}

func BenchmarkFromSolar(b *testing.B) {
	start := day(2000, 1, 1)
	for i := 0; b.Loop(); i++ {
		FromSolar(start.AddDate(0, 0, i%36500))
	}
}

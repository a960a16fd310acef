package lunar

// Inspection helpers the tests use to compare kh's calendar with published
// tables; kh itself only converts lunar dates to civil ones.

import (
	"fmt"
	"sort"
	"time"
)

// String formats d as "d/m/yyyy", with " nhuận" for a leap month.
func (d Date) String() string {
	s := fmt.Sprintf("%d/%d/%d", d.Day, d.Month, d.Year)
	if d.Leap {
		s += " nhuận"
	}
	return s
}

// FromSolar returns the lunar date of the civil date of t (its year, month
// and day in its own location; UTC midnight is the convention). It returns
// the zero Date when t's year is outside MinYear..MaxYear.
func FromSolar(t time.Time) Date {
	y, m, d := t.Date()
	if !validYear(y) {
		return Date{}
	}
	jdn := julianDay(y, m, d)
	s := suiOf(y)
	if jdn < s.months[0].start {
		s = suiOf(y - 1)
	}
	i := sort.Search(len(s.months), func(i int) bool { return s.months[i].start > jdn }) - 1
	mo := s.months[i]
	return Date{Year: mo.year, Month: mo.number, Day: jdn - mo.start + 1, Leap: mo.leap}
}

// LeapMonth returns the number of the leap month of lunar year y, or 0 if
// the year has none (or is outside MinYear..MaxYear).
func LeapMonth(y int) int {
	if !validYear(y) {
		return 0
	}
	for _, m := range yearMonths(y) {
		if m.leap {
			return m.number
		}
	}
	return 0
}

// MonthLength returns the number of days (29 or 30) of the given month of
// lunar year y, or 0 if that month does not exist.
func MonthLength(y, number int, leap bool) int {
	m, _ := findMonth(y, number, leap)
	return m.length
}

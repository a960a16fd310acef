// Package lunar converts between the Gregorian calendar and the Vietnamese
// lunar calendar (âm lịch).
//
// The calendar is computed from astronomy, not from tables: a month begins
// on the civil day, at the meridian 105° E (UTC+7), that contains the new
// moon; the month containing the winter solstice is month 11; in a span of
// 13 months between two such months, the first month without a principal
// solar term (a multiple of 30° of solar longitude) is the leap month and
// repeats the number of the month before it. The same rules at UTC+8 give
// the Chinese calendar, which is why Tết differs in some years (e.g. 2030).
//
// Results are supported for MinYear to MaxYear; outside that range the
// functions return zero values.
package lunar

import (
	"fmt"
	"sync"
	"time"
)

// MinYear and MaxYear bound the supported years, solar for FromSolar and
// lunar for the other functions.
const (
	MinYear = 1900
	MaxYear = 2100
)

// Date is a Vietnamese lunar date. Leap marks a day of the leap month
// (tháng nhuận), which repeats the number of the month before it.
type Date struct {
	Year, Month, Day int
	Leap             bool
}

// month is one lunar month: its first day as a Julian Day Number, its
// length in days, and its place in the lunar calendar.
type month struct {
	start, length int
	year, number  int
	leap          bool
}

// sui is the run of lunar months from the month containing the winter
// solstice of one solar year up to the next such month (12 or 13 months).
type sui struct {
	months []month
}

// Each cache entry is filled once and never changed, so concurrent readers
// need no lock after the sync.Once.
var (
	suiCache [MaxYear - MinYear + 2]struct {
		once sync.Once
		s    *sui
	}
	yearCache [MaxYear - MinYear + 1]struct {
		once   sync.Once
		months []month
	}
)

// suiOf returns the months from month 11 of solar year y (MinYear-1 ≤ y ≤
// MaxYear) to the month before the next month 11.
func suiOf(y int) *sui {
	e := &suiCache[y-MinYear+1]
	e.once.Do(func() { e.s = computeSui(y) })
	return e.s
}

// month11 returns the lunation number of the month that contains the
// winter solstice (solar longitude 270°) of solar year y.
func month11(y int) int {
	// Start from a new moon in October, well before the solstice, and
	// advance while the next month still starts before the solstice.
	k := lunationBefore(julianDay(y, time.October, 15))
	for sunLongitudeAtDayStart(newMoonDay(k+1)) < 270 {
		k++
	}
	return k
}

func computeSui(y int) *sui {
	k0, k1 := month11(y), month11(y+1)
	starts := make([]int, 0, 14)
	for k := k0; k <= k1; k++ {
		starts = append(starts, newMoonDay(k))
	}
	leap := 0
	if k1-k0 == 13 {
		leap = firstMonthWithoutTerm(starts)
	}
	s := &sui{months: make([]month, 0, 13)}
	year := y
	for i := 0; i < len(starts)-1; i++ {
		n := 11 + i
		if leap != 0 && i >= leap {
			n--
		}
		n = (n-1)%12 + 1
		isLeap := leap != 0 && i == leap
		if n == 1 && !isLeap {
			year = y + 1
		}
		s.months = append(s.months, month{
			start: starts[i], length: starts[i+1] - starts[i],
			year: year, number: n, leap: isLeap,
		})
	}
	return s
}

// firstMonthWithoutTerm returns the index (from 1, month 11 being 0) of the
// first month in which the Sun does not enter a new 30° sector.
func firstMonthWithoutTerm(starts []int) int {
	sector := func(jdn int) int { return int(sunLongitudeAtDayStart(jdn) / 30) }
	for i := 1; i < len(starts)-1; i++ {
		if sector(starts[i]) == sector(starts[i+1]) {
			return i
		}
	}
	// Unreachable for real ephemerides: 13 lunations hold only 12 terms.
	return 0
}

// yearMonths returns the months of lunar year y in calendar order.
func yearMonths(y int) []month {
	e := &yearCache[y-MinYear]
	e.once.Do(func() {
		for _, s := range []*sui{suiOf(y - 1), suiOf(y)} {
			for _, m := range s.months {
				if m.year == y {
					e.months = append(e.months, m)
				}
			}
		}
	})
	return e.months
}

func validYear(y int) bool { return y >= MinYear && y <= MaxYear }

// ToSolar returns the civil date (UTC midnight) of lunar date d. It fails
// for a date that does not exist: a leap month the year does not have, a
// day 30 in a 29-day month, or a year outside MinYear..MaxYear.
func ToSolar(d Date) (time.Time, error) {
	m, ok := findMonth(d.Year, d.Month, d.Leap)
	if !ok {
		return time.Time{}, fmt.Errorf("lunar: no %s in year %d", monthName(d.Month, d.Leap), d.Year)
	}
	if d.Day < 1 || d.Day > m.length {
		return time.Time{}, fmt.Errorf("lunar: %s of %d has %d days, no day %d", monthName(d.Month, d.Leap), d.Year, m.length, d.Day)
	}
	return fromJulianDay(m.start + d.Day - 1), nil
}

func monthName(n int, leap bool) string {
	if leap {
		return fmt.Sprintf("leap month %d", n)
	}
	return fmt.Sprintf("month %d", n)
}

func findMonth(year, number int, leap bool) (month, bool) {
	if !validYear(year) {
		return month{}, false
	}
	for _, m := range yearMonths(year) {
		if m.number == number && m.leap == leap {
			return m, true
		}
	}
	return month{}, false
}

// NewYear returns the civil date (UTC midnight) of Tết Nguyên đán, the
// first day of lunar year y, or the zero Time outside MinYear..MaxYear.
func NewYear(y int) time.Time {
	m, ok := findMonth(y, 1, false)
	if !ok {
		return time.Time{}
	}
	return fromJulianDay(m.start)
}

// Package calendar is the working-day calendar of Vietnamese civil
// servants (cán bộ, công chức, viên chức): Saturday and Sunday off, the
// public holidays of Bộ luật Lao động 2019 Art. 112(1), days off in lieu
// when a holiday falls on a weekly rest day (Art. 111(3)), and the yearly
// day swaps and extra days off that the Government announces, read as data
// (see Parse).
//
// All dates are civil dates: only the year, month and day of a time.Time
// are used, and results are at UTC midnight.
package calendar

import (
	"slices"
	"sync"
	"time"
)

// Calendar answers working-day questions. It is safe for concurrent use.
type Calendar struct {
	rules map[int]yearRules
	// years caches the computed days of each solar year (int → *yearEntry).
	years sync.Map
}

type yearEntry struct {
	once sync.Once
	days *yearDays
}

// Holiday is a day off other than an ordinary weekend: a public holiday
// (even when it falls on a weekend), a day off in lieu, or an extra day off
// from the yearly data.
type Holiday struct {
	Date time.Time
	Name string
}

// New returns a calendar with the statutory rules only, without any of the
// yearly swaps.
func New() *Calendar {
	return &Calendar{rules: map[int]yearRules{}}
}

// Years lists, in order, the years for which the yearly data (day swaps,
// extra days off) was read; other years follow the statutory rules only.
func (c *Calendar) Years() []int {
	years := make([]int, 0, len(c.rules))
	for y := range c.rules {
		years = append(years, y)
	}
	slices.Sort(years)
	return years
}

func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func (c *Calendar) year(y int) *yearDays {
	v, ok := c.years.Load(y)
	if !ok {
		v, _ = c.years.LoadOrStore(y, &yearEntry{})
	}
	e := v.(*yearEntry)
	e.once.Do(func() { e.days = computeYear(y, c.rules[y]) })
	return e.days
}

// DayOff reports whether the civil date of t is a day off and why, in
// Vietnamese: "Thứ Bảy", "Chủ nhật", the holiday's name, "Nghỉ bù …" for a
// day off in lieu, or the reason given in the yearly data.
func (c *Calendar) DayOff(t time.Time) (reason string, off bool) {
	d := civil(t)
	yd := c.year(d.Year())
	i := d.YearDay()
	switch {
	case yd.work[i]:
		return "", false
	case yd.off[i] != "":
		return yd.off[i], true
	case d.Weekday() == time.Saturday:
		return "Thứ Bảy", true
	case d.Weekday() == time.Sunday:
		return "Chủ nhật", true
	}
	return "", false
}

// IsWorkingDay reports whether the civil date of t is a working day.
func (c *Calendar) IsWorkingDay(t time.Time) bool {
	_, off := c.DayOff(t)
	return !off
}

// NextWorkingDay returns the civil date of t if it is a working day, else
// the first working day after it: by Bộ luật Dân sự 2015 Art. 148(5) a
// period whose last day is a weekend or public holiday ends at the end of
// the next working day.
func (c *Calendar) NextWorkingDay(t time.Time) time.Time {
	d := civil(t)
	for !c.IsWorkingDay(d) {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

// AddWorkingDays returns the n-th working day after the civil date of t,
// so "trong 15 ngày làm việc kể từ ngày ký" is AddWorkingDays(signed, 15).
// Counting starts the day after t, as Bộ luật Dân sự 2015 Art. 147 has it
// for periods in days (document-format.md §1.13, agencies-and-reporting.md
// §3.3). The result is always a working day; n = 0 returns t's date
// unchanged. It panics if n is negative.
func (c *Calendar) AddWorkingDays(t time.Time, n int) time.Time {
	if n < 0 {
		panic("calendar: AddWorkingDays with negative n")
	}
	d := civil(t)
	for n > 0 {
		d = d.AddDate(0, 0, 1)
		if c.IsWorkingDay(d) {
			n--
		}
	}
	return d
}

// WorkingDaysBetween counts the working days after a up to and including
// b, the inverse of AddWorkingDays: WorkingDaysBetween(t,
// AddWorkingDays(t, n)) == n. It is negative when b is before a.
func (c *Calendar) WorkingDaysBetween(a, b time.Time) int {
	from, to := civil(a), civil(b)
	if to.Before(from) {
		return -c.WorkingDaysBetween(to, from)
	}
	n := 0
	for d := from.AddDate(0, 0, 1); !d.After(to); d = d.AddDate(0, 0, 1) {
		if c.IsWorkingDay(d) {
			n++
		}
	}
	return n
}

// Holidays returns the days off of solar year y other than ordinary
// weekends, in date order.
func (c *Calendar) Holidays(y int) []Holiday {
	yd := c.year(y)
	var hs []Holiday
	for d := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == y; d = d.AddDate(0, 0, 1) {
		if i := d.YearDay(); yd.off[i] != "" && !yd.work[i] {
			hs = append(hs, Holiday{Date: d, Name: yd.off[i]})
		}
	}
	return hs
}

package calendar

import (
	"slices"
	"time"

	"github.com/kh-tools/kh/internal/lunar"
)

// Holiday names, as DayOff reports them.
const (
	nameNewYear  = "Tết Dương lịch"
	nameTet      = "Tết Nguyên đán"
	nameHung     = "Giỗ Tổ Hùng Vương (10/3 âm lịch)"
	nameVictory  = "Ngày Chiến thắng 30/4"
	nameLabour   = "Ngày Quốc tế Lao động 1/5"
	nameNational = "Quốc khánh 2/9"
	inLieuPrefix = "Nghỉ bù "
)

// defaultTetBefore is how many of the 5 Tết days precede mùng 1 when the
// yearly data does not say.
const defaultTetBefore = 1

// yearRules is one year of the yearly data (see Parse).
type yearRules struct {
	// tetBefore is how many of the 5 Tết days come before mùng 1; 0 means
	// the default.
	tetBefore int
	// nationalExtra is the day of September added to 2/9; 0 means 1/9.
	nationalExtra int
	off           []dayNote
	work          []dayNote
}

type dayNote struct {
	date   time.Time
	reason string
}

// yearDays is a solar year resolved day by day, indexed by YearDay.
type yearDays struct {
	off  [367]string
	work [367]bool
}

func computeYear(y int, r yearRules) *yearDays {
	yd := &yearDays{}
	hs := statutoryHolidays(y, r)
	for _, h := range hs {
		yd.off[h.Date.YearDay()] = h.Name
	}
	addDaysInLieu(yd, hs)
	for _, n := range r.off {
		yd.off[n.date.YearDay()] = n.reason
	}
	for _, n := range r.work {
		yd.work[n.date.YearDay()] = true
	}
	return yd
}

// statutoryHolidays lists the 11 days of BLLĐ 2019 Art. 112(1) that fall
// in solar year y, in date order. Lunar holidays are left out for years the
// lunar package does not cover.
func statutoryHolidays(y int, r yearRules) []Holiday {
	date := func(m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	hs := []Holiday{{date(time.January, 1), nameNewYear}}
	if tet := lunar.NewYear(y); !tet.IsZero() {
		// The Prime Minister places the 5 days each year (Art. 112(3));
		// the default of 1 day before and 4 after is the 2026 placement
		// (Thông báo 9441/TB-BNV, document-format.md §2).
		before := r.tetBefore
		if before == 0 {
			before = defaultTetBefore
		}
		for i := -before; i < 5-before; i++ {
			hs = append(hs, Holiday{tet.AddDate(0, 0, i), nameTet})
		}
	}
	if hung, err := lunar.ToSolar(lunar.Date{Year: y, Month: 3, Day: 10}); err == nil {
		hs = append(hs, Holiday{hung, nameHung})
	}
	extra := r.nationalExtra
	if extra == 0 {
		extra = 1
	}
	hs = append(hs,
		Holiday{date(time.April, 30), nameVictory},
		Holiday{date(time.May, 1), nameLabour},
		Holiday{date(time.September, 2), nameNational},
		Holiday{date(time.September, extra), nameNational},
	)
	slices.SortStableFunc(hs, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
	return hs
}

func isWeekend(d time.Time) bool {
	return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
}

// addDaysInLieu gives each holiday that falls on a Saturday or Sunday a day
// off on the next day that is neither a weekend, a holiday nor already a
// day in lieu (BLLĐ 2019 Art. 111(3)). Holidays come in date order, so a
// run of holidays over a weekend is made up after the run.
func addDaysInLieu(yd *yearDays, hs []Holiday) {
	for _, h := range hs {
		if !isWeekend(h.Date) {
			continue
		}
		d := h.Date.AddDate(0, 0, 1)
		for isWeekend(d) || yd.off[d.YearDay()] != "" {
			d = d.AddDate(0, 0, 1)
		}
		if d.Year() == h.Date.Year() {
			yd.off[d.YearDay()] = inLieuPrefix + h.Name
		}
	}
}

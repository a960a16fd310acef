package deadline

import (
	"strconv"
	"strings"
	"time"
)

var romans = [...]string{"I", "II", "III", "IV"}

var conditionPrefix = [...]string{
	Following:  "Theo",
	ProgressOf: "Theo tiến độ",
	RequestOf:  "Theo yêu cầu của",
	RoadmapOf:  "Theo lộ trình của",
	PlanOf:     "Theo kế hoạch của",
	GuidanceOf: "Theo hướng dẫn của",
	OnRequest:  "Khi có yêu cầu",
	AfterEvent: "Sau khi",
	WhenEvent:  "Khi",
}

// String renders d in canonical Vietnamese, with dates in the NĐ 30/2020
// style (leading zero for days below 10 and for months 1 and 2). Parse reads
// the result back to an equal Deadline, Source aside; forms with the same
// interval collapse to one spelling, e.g. "Từ Quý I/2026" becomes "Từ năm
// 2026". A year the text left out stays out ("Trước ngày 15/6").
func (d Deadline) String() string {
	ny := d.NoYear
	switch d.Kind {
	case Date:
		return d.dateString()
	case Month:
		return "Tháng " + monthYear(d.From, ny)
	case Quarter:
		return "Quý " + quarterOf(d.From) + yearSuffix(d.From, ny)
	case Half:
		if d.From.Month() == time.January {
			return "6 tháng đầu năm" + spacedYear(d.From, ny)
		}
		return "6 tháng cuối năm" + spacedYear(d.From, ny)
	case Year:
		return "Năm " + strconv.Itoa(d.From.Year())
	case Period:
		if d.Range != NoUnit {
			return d.rangeString()
		}
		return span(d.From, d.To, ny)
	case OpenStart:
		return "Từ " + startOf(d.From, startGrain(d.From), ny)
	case Recurring:
		return d.Recurrence.vietnamese()
	case Conditional:
		return d.conditionString()
	case Relative:
		return d.relativeString()
	}
	return ""
}

func quarterOf(t time.Time) string { return romans[(t.Month()-1)/3] }

// yearSuffix is "/2026", or nothing for a deadline written without its year.
func yearSuffix(t time.Time, noYear bool) string {
	if noYear {
		return ""
	}
	return "/" + strconv.Itoa(t.Year())
}

func spacedYear(t time.Time, noYear bool) string {
	if noYear {
		return ""
	}
	return " " + strconv.Itoa(t.Year())
}

// rangeString writes a compact range with the year once when both ends
// share it: "Quý II–III/2027", "Tháng 6–9/2027", "Năm 2027–2028".
func (d Deadline) rangeString() string {
	ny, same := d.NoYear, d.From.Year() == d.To.Year()
	switch d.Range {
	case ByQuarter:
		if same {
			return "Quý " + quarterOf(d.From) + "–" + quarterOf(d.To) + yearSuffix(d.To, ny)
		}
		return "Quý " + quarterOf(d.From) + yearSuffix(d.From, ny) + "–Quý " + quarterOf(d.To) + yearSuffix(d.To, ny)
	case ByMonth:
		if same {
			return "Tháng " + string(pad(nil, int(d.From.Month()), d.From.Month() <= 2)) + "–" + monthYear(d.To, ny)
		}
		return "Tháng " + monthYear(d.From, ny) + "–tháng " + monthYear(d.To, ny)
	}
	return "Năm " + strconv.Itoa(d.From.Year()) + "–" + strconv.Itoa(d.To.Year())
}

func (d Deadline) dateString() string {
	switch {
	case d.Before:
		return "Trước ngày " + dayMonthYear(d.To.AddDate(0, 0, 1), d.NoYear)
	case d.From.IsZero():
		return "Chậm nhất ngày " + dayMonthYear(d.To, d.NoYear)
	}
	return "Ngày " + dayMonthYear(d.To, d.NoYear)
}

func (d Deadline) conditionString() string {
	if d.Condition <= NoCondition || int(d.Condition) >= len(conditionPrefix) {
		return d.Ref
	}
	p := conditionPrefix[d.Condition]
	if d.Ref == "" && (d.Condition == RequestOf || d.Condition == RoadmapOf) {
		// Only these read "của" as optional, so only these may drop it.
		return strings.TrimSuffix(p, " của")
	}
	if d.Ref == "" {
		return p
	}
	return p + " " + d.Ref
}

func (d Deadline) relativeString() string {
	var b strings.Builder
	if d.Before {
		b.WriteString("Trong ")
	} else {
		b.WriteString("Sau ")
	}
	b.WriteString(strconv.Itoa(d.N))
	b.WriteString(" ngày")
	if d.WorkingDays {
		b.WriteString(" làm việc")
	}
	switch d.Anchor {
	case Signing:
		b.WriteString(" kể từ ngày ký")
	case Issuance:
		b.WriteString(" kể từ ngày ban hành")
	case OtherAnchor:
		b.WriteString(" kể từ " + d.Ref)
	}
	return b.String()
}

// granularity of an interval's bounds, coarsest first.
const (
	byYear = iota
	byQuarter
	byMonth
	byDay
)

// grain returns the coarsest unit on whose boundaries from starts and to ends,
// so a period is rendered in the words an officer would use.
func grain(from, to time.Time) int {
	if from.Day() != 1 || to.Day() != daysIn(to.Year(), int(to.Month())) {
		return byDay
	}
	switch {
	case from.Month() == time.January && to.Month() == time.December:
		return byYear
	case from.Month()%3 == 1 && to.Month()%3 == 0:
		return byQuarter
	}
	return byMonth
}

func startGrain(t time.Time) int {
	switch {
	case t.Day() != 1:
		return byDay
	case t.Month() == time.January:
		return byYear
	case t.Month()%3 == 1:
		return byQuarter
	}
	return byMonth
}

func span(from, to time.Time, noYear bool) string {
	g := grain(from, to)
	if g == byYear && !noYear {
		return "Giai đoạn " + strconv.Itoa(from.Year()) + "–" + strconv.Itoa(to.Year())
	}
	if g == byYear {
		g = byQuarter // a year without its number reads as its quarters
	}
	return "Từ " + startOf(from, g, noYear) + " đến " + endOf(to, g, noYear)
}

func startOf(t time.Time, g int, noYear bool) string {
	if noYear && g == byYear {
		g = byQuarter
	}
	switch g {
	case byYear:
		return "năm " + strconv.Itoa(t.Year())
	case byQuarter:
		return "Quý " + quarterOf(t) + yearSuffix(t, noYear)
	case byMonth:
		return "tháng " + monthYear(t, noYear)
	}
	return "ngày " + dayMonthYear(t, noYear)
}

func endOf(t time.Time, g int, noYear bool) string {
	if g == byDay {
		return "ngày " + dayMonthYear(t, noYear)
	}
	return startOf(t, g, noYear)
}

// dayMonthYear writes "05/01/2020", "29/6/2019" (NĐ 30/2020 PL I II.4), or
// "29/6" for a date written without its year.
func dayMonthYear(t time.Time, noYear bool) string {
	b := make([]byte, 0, 10)
	b = pad(b, t.Day(), t.Day() < 10)
	b = append(b, '/')
	b = pad(b, int(t.Month()), t.Month() <= 2)
	if noYear {
		return string(b)
	}
	b = append(b, '/')
	return string(strconv.AppendInt(b, int64(t.Year()), 10))
}

func monthYear(t time.Time, noYear bool) string {
	b := pad(make([]byte, 0, 7), int(t.Month()), t.Month() <= 2)
	if noYear {
		return string(b)
	}
	b = append(b, '/')
	return string(strconv.AppendInt(b, int64(t.Year()), 10))
}

func pad(b []byte, n int, zero bool) []byte {
	if zero && n < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

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
}

// String renders d in canonical Vietnamese, with dates in the NĐ 30/2020
// style (leading zero for days below 10 and for months 1 and 2). Parse reads
// the result back to an equal Deadline, Source aside; forms with the same
// interval collapse to one spelling, e.g. "Từ Quý I/2026" becomes "Từ năm 2026".
func (d Deadline) String() string {
	switch d.Kind {
	case Date:
		return d.dateString()
	case Month:
		return "Tháng " + monthYear(d.From)
	case Quarter:
		return "Quý " + romans[(d.From.Month()-1)/3] + "/" + strconv.Itoa(d.From.Year())
	case Half:
		if d.From.Month() == time.January {
			return "6 tháng đầu năm " + strconv.Itoa(d.From.Year())
		}
		return "6 tháng cuối năm " + strconv.Itoa(d.From.Year())
	case Year:
		return "Năm " + strconv.Itoa(d.From.Year())
	case Period:
		return span(d.From, d.To)
	case OpenStart:
		return "Từ " + startOf(d.From, startGrain(d.From))
	case Recurring:
		return d.Recurrence.vietnamese()
	case Conditional:
		return d.conditionString()
	case Relative:
		return d.relativeString()
	}
	return ""
}

func (d Deadline) dateString() string {
	switch {
	case d.Before:
		return "Trước ngày " + dayMonthYear(d.To.AddDate(0, 0, 1))
	case d.From.IsZero():
		return "Chậm nhất ngày " + dayMonthYear(d.To)
	}
	return "Ngày " + dayMonthYear(d.To)
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

func span(from, to time.Time) string {
	g := grain(from, to)
	if g == byYear {
		return "Giai đoạn " + strconv.Itoa(from.Year()) + "–" + strconv.Itoa(to.Year())
	}
	return "Từ " + startOf(from, g) + " đến " + endOf(to, g)
}

func startOf(t time.Time, g int) string {
	switch g {
	case byYear:
		return "năm " + strconv.Itoa(t.Year())
	case byQuarter:
		return "Quý " + romans[(t.Month()-1)/3] + "/" + strconv.Itoa(t.Year())
	case byMonth:
		return "tháng " + monthYear(t)
	}
	return "ngày " + dayMonthYear(t)
}

func endOf(t time.Time, g int) string {
	if g == byDay {
		return "ngày " + dayMonthYear(t)
	}
	return startOf(t, g)
}

// dayMonthYear writes "05/01/2020", "29/6/2019": NĐ 30/2020 PL I II.4.
func dayMonthYear(t time.Time) string {
	b := make([]byte, 0, 10)
	b = pad(b, t.Day(), t.Day() < 10)
	b = append(b, '/')
	b = pad(b, int(t.Month()), t.Month() <= 2)
	b = append(b, '/')
	return string(strconv.AppendInt(b, int64(t.Year()), 10))
}

func monthYear(t time.Time) string {
	b := pad(make([]byte, 0, 7), int(t.Month()), t.Month() <= 2)
	b = append(b, '/')
	return string(strconv.AppendInt(b, int64(t.Year()), 10))
}

func pad(b []byte, n int, zero bool) []byte {
	if zero && n < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// Package deadline parses the deadline column of provincial plans (Kế hoạch
// của UBND tỉnh) into typed values and renders them back in canonical
// Vietnamese.
//
// A dated deadline is an interval [From, To] of civil dates, each a
// time.Time at UTC midnight; the task is on time when it is done on any day
// of the interval. Semantics chosen where the sources leave room:
//
//   - "trước ngày X" is exclusive: To is the day before X. No official
//     reading exists (reference §4.1); the literal one is the strict one, so a
//     checker never calls a late task on time. Before stays set so callers
//     with an inclusive policy can add the day back.
//   - "chậm nhất ngày X" is inclusive (NĐ 09/2019 Art. 13 wording): To is X.
//   - Months, quarters, halves and years are calendar periods: "6 tháng đầu
//     năm" is 01/01–30/6 (BLDS 2015 Art. 146: giữa năm = 30/6). The NĐ 09
//     data windows (15th → 14th) belong to reports, see Occurrences.
//   - A period "giai đoạn 2026–2030" runs from 01/01/2026 to 31/12/2030; a
//     compact range "Quý II–III/2027" from the first day of its first unit to
//     the last day of its last.
//   - A deadline written without its year ("Trước ngày 15/6", "6 tháng đầu
//     năm", "Quý II") takes the year of the plan (ParseIn); without one it is
//     kept, printed as written, and not dated.
package deadline

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a deadline by how the officer wrote it.
type Kind int

// The kinds of deadline; their String names are stable and used in JSON.
const (
	Date Kind = iota
	Month
	Quarter
	Half
	Year
	Period
	OpenStart
	Recurring
	Conditional
	Relative
)

// Cycle is a set of reporting periods of a recurring deadline; "hằng quý, 6
// tháng, hằng năm" sets three bits.
type Cycle uint8

// The reporting periods; Continuous is work without a fixed period ("thường xuyên").
const (
	Continuous Cycle = 1 << iota
	Monthly
	Quarterly
	HalfYearly
	Yearly
)

var cycleNames = [...]struct{ en, vi string }{
	{"continuous", "thường xuyên"},
	{"monthly", "hằng tháng"},
	{"quarterly", "hằng quý"},
	{"half_yearly", "6 tháng"},
	{"yearly", "hằng năm"},
}

// vietnamese renders c as officers write it; a lone half-year needs "định kỳ"
// because "6 tháng" alone reads as a duration.
func (c Cycle) vietnamese() string {
	if c == HalfYearly {
		return "Định kỳ 6 tháng"
	}
	var b strings.Builder
	for i, n := range cycleNames {
		if c&(1<<i) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(n.vi)
	}
	return capitalize(b.String())
}

// Condition says how a conditional deadline depends on its reference.
type Condition int

// The wordings of conditional deadlines; each renders as the phrase in its comment.
const (
	NoCondition Condition = iota
	Following             // "Theo <Ref>"
	ProgressOf            // "Theo tiến độ <Ref>"
	RequestOf             // "Theo yêu cầu của <Ref>"
	RoadmapOf             // "Theo lộ trình của <Ref>"
	PlanOf                // "Theo kế hoạch của <Ref>"
	GuidanceOf            // "Theo hướng dẫn của <Ref>"
	OnRequest             // "Khi có yêu cầu <Ref>"
	AfterEvent            // "Sau khi <Ref>": "Sau khi có hướng dẫn của Bộ KH&CN"
	WhenEvent             // "Khi <Ref>", Ref starting "có" or "được": "Khi được phê duyệt"
)

// Unit is what a compact range counts in: "Tháng 6–9/2027" (ByMonth),
// "Quý II–III/2027" (ByQuarter), "Năm 2027–2028" (ByYear).
type Unit uint8

// The units of compact ranges; NoUnit marks every other deadline.
const (
	NoUnit Unit = iota
	ByMonth
	ByQuarter
	ByYear
)

// Anchor is the event a relative deadline counts from.
type Anchor int

// The anchors; OtherAnchor keeps the event's wording in Deadline.Ref.
const (
	NoAnchor Anchor = iota
	Signing
	Issuance
	OtherAnchor
)

// Deadline is a parsed deadline. Only the fields relevant to Kind are set.
type Deadline struct {
	Kind Kind
	// From and To bound the dated interval, both inclusive; zero when unknown.
	From, To time.Time
	// Before marks a limit stated with "trước" (Date, To is the day before the
	// stated date) or "trong" (Relative, as opposed to "sau").
	Before bool
	// Range is set on a Period written as a compact range of two units.
	Range Unit
	// NoYear marks a deadline written without its year. The dates are in
	// the year of ParseIn's Context, or in year 0 (and not Dated) without one.
	NoYear bool
	// Recurrence holds the reporting periods of a Recurring deadline.
	Recurrence Cycle
	// Ref names what a Conditional deadline depends on ("Quy hoạch tỉnh",
	// "Đề án 06", "Bộ KH&CN") or the event of a Relative one with OtherAnchor.
	Ref       string
	Condition Condition
	// N, WorkingDays and Anchor describe a Relative deadline: N (working) days from Anchor.
	N           int
	WorkingDays bool
	Anchor      Anchor
	// Source is the text as written, before normalisation.
	Source string
}

// Dated reports whether d has a latest date, so it can be checked against a
// calendar. A deadline without its year is dated only once the year is known.
func (d Deadline) Dated() bool { return !d.To.IsZero() && !d.yearUnknown() }

func (d Deadline) yearUnknown() bool {
	b := d.To
	if b.IsZero() {
		b = d.From
	}
	return d.NoYear && b.Year() < 1
}

// Latest returns the last day on which d is met, or the zero time when d is not dated.
func (d Deadline) Latest() time.Time {
	if !d.Dated() {
		return time.Time{}
	}
	return d.To
}

// InYear returns d with the year the text left out set to y, as ParseIn
// with Context{Year: y} would give it; other deadlines are returned as they
// are. It fails for a day the year lacks (29/02 in a common year).
func (d Deadline) InYear(y int) (Deadline, error) {
	if !d.NoYear {
		return d, nil
	}
	r, err := ParseIn(d.String(), Context{Year: y})
	if err != nil {
		return Deadline{}, err
	}
	r.Source = d.Source
	return r, nil
}

// Slip reports how much later (positive) or earlier (negative) next's latest
// date is than old's, in whole months plus days. Months follow BLDS 2015 Art.
// 148: a month-end maps to the month-end, so Quý I → Quý II is 3 months. ok is
// false unless both deadlines are dated.
func Slip(old, next Deadline) (months, days int, ok bool) {
	if !old.Dated() || !next.Dated() {
		return 0, 0, false
	}
	a, b, sign := old.To, next.To, 1
	if b.Before(a) {
		a, b, sign = b, a, -1
	}
	months = (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
	for months > 0 && addMonths(a, months).After(b) {
		months--
	}
	days = int(b.Sub(addMonths(a, months)).Hours() / 24)
	return sign * months, sign * days, true
}

// addMonths moves t by n months, keeping month-ends at month-ends and clamping
// days the target month lacks (BLDS 2015 Art. 148(2)).
func addMonths(t time.Time, n int) time.Time {
	y, m := t.Year(), int(t.Month())+n
	last := daysIn(y, m)
	if t.Day() == daysIn(t.Year(), int(t.Month())) || t.Day() > last {
		return civil(y, m, last)
	}
	return civil(y, m, t.Day())
}

// WorkCalendar adds working days; internal/calendar implements it with the
// official holidays. AddWorkingDays(t, 1) must return the first working day after t.
type WorkCalendar interface {
	AddWorkingDays(t time.Time, n int) time.Time
}

// Resolve turns a Relative deadline into a dated one counted from anchor
// (BLDS 2015 Art. 147: the anchor day itself is not counted). "Trong N ngày"
// gives a latest date, "sau N ngày" a single day. When cal is non-nil a
// calendar-day period ending on a day off moves to the next working day (Art.
// 148(5)). Working days cannot be counted without cal, so d is returned
// unchanged, as it is for other kinds or a zero anchor.
func (d Deadline) Resolve(anchor time.Time, cal WorkCalendar) Deadline {
	if d.Kind != Relative || anchor.IsZero() || (d.WorkingDays && cal == nil) {
		return d
	}
	start := civil(anchor.Year(), int(anchor.Month()), anchor.Day())
	var end time.Time
	switch {
	case d.WorkingDays:
		end = cal.AddWorkingDays(start, d.N)
	case cal != nil:
		end = cal.AddWorkingDays(start.AddDate(0, 0, d.N-1), 1)
	default:
		end = start.AddDate(0, 0, d.N)
	}
	r := Deadline{Kind: Date, To: end, Source: d.Source}
	if !d.Before {
		r.From = end
	}
	return r
}

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return civil(y, m+1, 0).Day() }

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

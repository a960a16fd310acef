package deadline

import "time"

// CutOff is a province's rule for the data window (thời gian chốt số liệu) of
// periodic reports. NĐ 09/2019/NĐ-CP Art. 12 uses Day 15: a window opens on
// the 15th of the month before the period and closes on the 14th of the
// period's last month. Sector regimes differ (TT 03/2013/TT-TTCP used 16 → 15;
// statistical regimes use calendar periods), hence the struct.
type CutOff struct {
	// Day is the day of the month a window opens; it closes the day before in
	// the period's last month. Day 1, or any value outside 2..28, means
	// calendar periods (01/01–30/6 for a half-year).
	Day int
}

// DefaultCutOff is the NĐ 09/2019 Art. 12 rule.
var DefaultCutOff = CutOff{Day: 15}

// Report is one periodic report a recurring deadline asks for.
type Report struct {
	// Cycle is the single period this report covers: Monthly, Quarterly, HalfYearly or Yearly.
	Cycle Cycle
	// Covers is the calendar period reported on, e.g. "Quý I/2026".
	Covers Deadline
	// DataFrom and DataTo bound the data window, both inclusive.
	DataFrom, DataTo time.Time
}

// Occurrences lists the reports a Recurring deadline asks for whose calendar
// period ends within [from, to], in order of period end, shorter periods first
// when two end together (the March report before the Quý I report).
// Continuous work and other kinds have no periodic reports and yield nil.
func Occurrences(d Deadline, from, to time.Time, rule CutOff) []Report {
	if d.Kind != Recurring || to.Before(from) {
		return nil
	}
	var out []Report
	for m := civil(from.Year(), int(from.Month()), 1); !m.After(to); m = m.AddDate(0, 1, 0) {
		y, mon := m.Year(), int(m.Month())
		end := civil(y, mon, daysIn(y, mon))
		if end.Before(from) || end.After(to) {
			continue
		}
		for _, p := range periodsEnding(d.Recurrence, mon) {
			start := civil(y, mon-p.months+1, 1)
			r := Report{Cycle: p.cycle, Covers: Deadline{Kind: p.kind, From: start, To: end}}
			r.DataFrom, r.DataTo = rule.window(start, end)
			out = append(out, r)
		}
	}
	return out
}

type periodShape struct {
	cycle  Cycle
	kind   Kind
	months int
}

var shapes = [...]periodShape{
	{Monthly, Month, 1},
	{Quarterly, Quarter, 3},
	{HalfYearly, Half, 6},
	{Yearly, Year, 12},
}

// periodsEnding returns the periods of c that end with month m, shortest first.
func periodsEnding(c Cycle, m int) []periodShape {
	var ps []periodShape
	for _, s := range shapes {
		if c&s.cycle != 0 && m%s.months == 0 {
			ps = append(ps, s)
		}
	}
	return ps
}

// window returns the data window of the calendar period [start, end].
func (c CutOff) window(start, end time.Time) (time.Time, time.Time) {
	if c.Day < 2 || c.Day > 28 {
		return start, end
	}
	return civil(start.Year(), int(start.Month())-1, c.Day), civil(end.Year(), int(end.Month()), c.Day-1)
}

// Window is the data window of the calendar period start–end under c:
// 15/12/2025–14/3/2026 for Quý I/2026 under NĐ 09/2019 Art. 12.
func (c CutOff) Window(start, end time.Time) (from, to time.Time) { return c.window(start, end) }

package deadline

// Helpers the tests use to look at parsed deadlines; kh's rules use Latest,
// Dated and Slip.

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// kindNames are the stable names of the kinds, in their order.
var kindNames = [...]string{"date", "month", "quarter", "half", "year", "period", "open_start", "recurring", "conditional", "relative"}

// String returns the stable lowercase English name of k.
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "kind(" + strconv.Itoa(int(k)) + ")"
	}
	return kindNames[k]
}

// MarshalText encodes k by its String name so JSON output survives reordering of the constants.
func (k Kind) MarshalText() ([]byte, error) {
	if k < 0 || int(k) >= len(kindNames) {
		return nil, errors.New("deadline: unknown kind " + strconv.Itoa(int(k)))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText decodes a name produced by MarshalText.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return errors.New("deadline: unknown kind " + strconv.Quote(string(b)))
}

// String returns the English names of the periods in c joined by "+".
func (c Cycle) String() string {
	var parts []string
	for i, n := range cycleNames {
		if c&(1<<i) != 0 {
			parts = append(parts, n.en)
		}
	}
	return strings.Join(parts, "+")
}

// Earliest returns the first day of d's interval, or the zero time when the
// start is open or the year unknown.
func (d Deadline) Earliest() time.Time {
	if d.yearUnknown() {
		return time.Time{}
	}
	return d.From
}

// Within reports whether d falls due inside [from, to]: its latest date, and
// its earliest date when known, lie in the range.
func (d Deadline) Within(from, to time.Time) bool {
	if !d.Dated() || d.To.Before(from) || d.To.After(to) {
		return false
	}
	return d.From.IsZero() || !d.From.Before(from)
}

package progress

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// Period is a reporting period: a year, a half, a quarter or a month.
type Period struct {
	// ID is the canonical form used in folder names: 2026, 2026-H1,
	// 2026-Q1, 2026-03.
	ID       string
	From, To time.Time
	label    string
}

var periodRe = regexp.MustCompile(`^(\d{4})(?:-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$`)

var roman = []string{"", "I", "II", "III", "IV"}

// ParsePeriod reads "2026", "2026-H1", "2026-Q1" or "2026-03".
func ParsePeriod(s string) (Period, error) {
	m := periodRe.FindStringSubmatch(s)
	if m == nil {
		return Period{}, msg.PeriodUnreadable.Error(s)
	}
	y, _ := strconv.Atoi(m[1])
	if !plan.ValidYear(y) {
		return Period{}, msg.YearOutOfRange.Error(y, plan.MinYear, plan.MaxYear)
	}
	first, months := 1, 12
	label := fmt.Sprintf("Năm %d", y)
	switch part := m[2]; {
	case part == "":
	case part[0] == 'Q':
		q := int(part[1] - '0')
		first, months = 3*q-2, 3
		label = fmt.Sprintf("Quý %s/%d", roman[q], y)
	case part[0] == 'H':
		h := int(part[1] - '0')
		first, months = 6*h-5, 6
		label = fmt.Sprintf("6 tháng cuối năm %d", y)
		if h == 1 {
			label = fmt.Sprintf("6 tháng đầu năm %d", y)
		}
	default:
		first, months = int((part[0]-'0')*10+part[1]-'0'), 1
		label = fmt.Sprintf("Tháng %d/%d", first, y)
	}
	from := time.Date(y, time.Month(first), 1, 0, 0, 0, 0, time.UTC)
	return Period{ID: s, From: from, To: from.AddDate(0, months, -1), label: label}, nil
}

// Label is the period as printed on a form: "Quý I/2026".
func (p Period) Label() string { return p.label }

// DataWindow is the period's data window (thời gian chốt số liệu) under
// NĐ 09/2019/NĐ-CP Art. 12: from the 15th of the month before the period
// to the 14th of its last month.
func (p Period) DataWindow() (from, to time.Time) {
	return deadline.DefaultCutOff.Window(p.From, p.To)
}

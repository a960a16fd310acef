package deadline

import (
	"encoding/json"
	"testing"
	"time"
)

func mustParse(t *testing.T, s string) Deadline {
	t.Helper()
	d, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return d
}

func TestKindJSON(t *testing.T) {
	b, err := json.Marshal(map[string]Kind{"k": OpenStart})
	if err != nil || string(b) != `{"k":"open_start"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var back map[string]Kind
	if err := json.Unmarshal(b, &back); err != nil || back["k"] != OpenStart {
		t.Fatalf("Unmarshal = %v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`"weekly"`), new(Kind)); err == nil {
		t.Error("Unmarshal accepted an unknown kind")
	}
	if got := Kind(42).String(); got != "kind(42)" {
		t.Errorf("Kind(42).String() = %q", got)
	}
}

func TestCycleString(t *testing.T) {
	if got := (Quarterly | Yearly).String(); got != "quarterly+yearly" {
		t.Errorf("got %q", got)
	}
}

func TestCanonical(t *testing.T) {
	if s, ok := Canonical("quý 2 năm 2026"); !ok || s != "Quý II/2026" {
		t.Errorf("Canonical = %q, %v", s, ok)
	}
	if s, ok := Canonical("Quy 2/2026"); ok || s != "" {
		t.Errorf("Canonical of a misspelling = %q, %v", s, ok)
	}
}

func TestErrorString(t *testing.T) {
	_, err := Parse("Quy I/2026")
	want := "thời hạn, cột 1: không nhận ra “Quy” (gợi ý: Quý I/2026)"
	if err == nil || err.Error() != want {
		t.Errorf("Error() = %v, want %q", err, want)
	}
}

func TestDatedWithin(t *testing.T) {
	q2 := day(2026, 4, 1)
	end := day(2026, 6, 30)
	tests := []struct {
		in            string
		dated, within bool
		earliest      time.Time
	}{
		{"Quý II/2026", true, true, day(2026, 4, 1)},
		{"Tháng 5/2026", true, true, day(2026, 5, 1)},
		{"trước ngày 15/6/2026", true, true, time.Time{}},
		{"trước ngày 01/4/2026", true, false, time.Time{}},
		{"6 tháng đầu năm 2026", true, false, day(2026, 1, 1)},
		{"Năm 2026", true, false, day(2026, 1, 1)},
		{"Từ Quý II/2026", false, false, day(2026, 4, 1)},
		{"Hằng quý", false, false, time.Time{}},
		{"Theo Đề án 06", false, false, time.Time{}},
		{"trong 15 ngày kể từ ngày ký", false, false, time.Time{}},
	}
	for _, tc := range tests {
		d := mustParse(t, tc.in)
		if d.Dated() != tc.dated || d.Within(q2, end) != tc.within || !d.Earliest().Equal(tc.earliest) || !d.Latest().Equal(d.To) {
			t.Errorf("%q: Dated %v Within(Q2) %v Earliest %v; want %v %v %v",
				tc.in, d.Dated(), d.Within(q2, end), d.Earliest(), tc.dated, tc.within, tc.earliest)
		}
	}
}

func TestSlip(t *testing.T) {
	tests := []struct {
		old, next    string
		months, days int
		ok           bool
	}{
		{"Quý I/2026", "Quý II/2026", 3, 0, true},
		{"Quý II/2026", "Quý IV/2026", 6, 0, true},
		{"Quý II/2026", "Quý I/2026", -3, 0, true},
		{"Tháng 01/2026", "Tháng 02/2026", 1, 0, true},
		{"ngày 31/01/2026", "ngày 28/02/2026", 1, 0, true},
		{"ngày 30/01/2026", "ngày 15/3/2026", 1, 15, true},
		{"trước ngày 15/6/2025", "ngày 30/6/2025", 0, 16, true},
		{"Năm 2025", "Năm 2026", 12, 0, true},
		{"ngày 01/7/2025", "ngày 01/7/2025", 0, 0, true},
		{"Hằng quý", "Quý I/2026", 0, 0, false},
	}
	for _, tc := range tests {
		m, d, ok := Slip(mustParse(t, tc.old), mustParse(t, tc.next))
		if m != tc.months || d != tc.days || ok != tc.ok {
			t.Errorf("Slip(%q, %q) = %d, %d, %v; want %d, %d, %v", tc.old, tc.next, m, d, ok, tc.months, tc.days, tc.ok)
		}
	}
}

// weekdays is a WorkCalendar without holidays, enough to test Resolve.
type weekdays struct{}

func (weekdays) AddWorkingDays(t time.Time, n int) time.Time {
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	return t
}

func TestResolve(t *testing.T) {
	signed := day(2025, 6, 13) // a Friday
	tests := []struct {
		in   string
		cal  WorkCalendar
		want Deadline
	}{
		{"trong 15 ngày làm việc kể từ ngày ký", weekdays{}, Deadline{Kind: Date, To: day(2025, 7, 4)}},
		{"trong 10 ngày kể từ ngày ký", nil, Deadline{Kind: Date, To: day(2025, 6, 23)}},
		// 14/6/2025 + 1 day is Sunday 15/6; BLDS Art. 148(5) moves it to Monday.
		{"trong 2 ngày kể từ ngày ký", weekdays{}, Deadline{Kind: Date, To: day(2025, 6, 16)}},
		{"sau 30 ngày kể từ ngày ban hành", nil, Deadline{Kind: Date, From: day(2025, 7, 13), To: day(2025, 7, 13)}},
	}
	for _, tc := range tests {
		d := mustParse(t, tc.in)
		got := d.Resolve(signed, tc.cal)
		tc.want.Source = tc.in
		if got != tc.want {
			t.Errorf("%q.Resolve = %#v, want %#v", tc.in, got, tc.want)
		}
	}
	wd := mustParse(t, "trong 15 ngày làm việc kể từ ngày ký")
	if got := wd.Resolve(signed, nil); got != wd {
		t.Errorf("working days without a calendar resolved to %v", got)
	}
	q := mustParse(t, "Quý I/2026")
	if got := q.Resolve(signed, weekdays{}); got != q {
		t.Errorf("Resolve changed a dated deadline: %v", got)
	}
	if got := mustParse(t, "trong 2 ngày kể từ ngày ký").Resolve(signed, weekdays{}).String(); got != "Chậm nhất ngày 16/6/2025" {
		t.Errorf("resolved String = %q", got)
	}
}

package rollforward

import (
	"strings"
	"testing"
	"time"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

const plansDir = "../../plans"

func TestShift(t *testing.T) {
	r := &roller{cal: calendar.New(), year: 2026, res: &Result{}}
	tests := []struct{ in, want string }{
		{"Quý I/2026", "Quý I/2027"},
		{"Quý II-III/2026", "Quý II–III/2027"},
		{"Tháng 6-9/2026", "Tháng 6–9/2027"},
		{"Năm 2026", "Năm 2027"},
		{"Năm 2026-2027", "Năm 2027–2028"},
		{"6 tháng đầu năm 2026", "6 tháng đầu năm 2027"},
		{"Tháng 02/2026", "Tháng 02/2027"},
		// A fixed date keeps its day; one that falls on a day off moves to
		// the next working day (14/3/2027 is a Sunday).
		{"Trước ngày 15/6/2026", "Trước ngày 15/6/2027"},
		{"Ngày 14/3/2026", "Ngày 15/3/2027"},
		{"Chậm nhất ngày 28/02/2026", "Chậm nhất ngày 01/3/2027"},
		// "Trước ngày X": the day before X is the last one, and must be a
		// working day (14/3/2027 is a Sunday, so X moves to 16/3).
		{"Trước ngày 15/3/2026", "Trước ngày 16/3/2027"},
		// Without a date, or without a year: kept as written.
		{"Thường xuyên", "Thường xuyên"},
		{"Theo tiến độ Quy hoạch tỉnh", "Theo tiến độ Quy hoạch tỉnh"},
		{"Trong 15 ngày kể từ ngày ký", "Trong 15 ngày kể từ ngày ký"},
		{"6 tháng đầu năm", "6 tháng đầu năm"},
		{"Từ năm 2026", "Từ năm 2027"},
		{"Khi có yêu cầu xây dựng", "Khi có yêu cầu xây dựng"},
		{"chưa rõ lúc nào", "chưa rõ lúc nào"},
	}
	for _, tt := range tests {
		if got := r.shift(tt.in, "t", nil); got != tt.want {
			t.Errorf("shift(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNextYear(t *testing.T) {
	if got := nextYear(day(2027, 2, 28)); !got.Equal(day(2028, 2, 29)) {
		t.Errorf("a month's last day stays its month's last day: got %v", got)
	}
	if got := sameDay(day(2028, 2, 29)); !got.Equal(day(2029, 2, 28)) {
		t.Errorf("29/02 becomes 28/02: got %v", got)
	}
}

func TestShiftID(t *testing.T) {
	for in, want := range map[string]string{"na-kh-2026-cds": "na-kh-2027-cds", "kh-cds": "", "kh-12026": ""} {
		if got := shiftID(in, 2026); got != want {
			t.Errorf("shiftID(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRoll2026 rolls 1174/KH-UBND (2026) into the 2027 draft.
func TestRoll2026(t *testing.T) {
	res, err := load.Repo(plansDir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	old := res.Repo.Plan("na-kh-2026-cds")
	if old == nil {
		t.Fatal("na-kh-2026-cds not loaded")
	}
	deadlines := map[string]string{}
	for _, tr := range old.Tasks() {
		deadlines[tr.Task.ID] = tr.Task.Deadline
	}
	citations := len(old.Citations)
	r, err := Roll(res.Repo, old, Options{Calendar: res.Calendar})
	if err != nil {
		t.Fatal(err)
	}
	p := r.Plan
	if p.ID != "na-kh-2027-cds" || p.Draft != 1 || p.Number != 0 || !p.Date.IsZero() || p.Period != "Năm 2027" || !strings.HasSuffix(p.Title, "năm 2027") {
		t.Errorf("plan: id %s, draft %d, number %d, date %v, period %q, title %q", p.ID, p.Draft, p.Number, p.Date, p.Period, p.Title)
	}
	if len(p.Citations) != citations {
		t.Errorf("citations: %d, want %d kept", len(p.Citations), citations)
	}
	if p.Presentation.AsPrinted || len(p.Suppress) > 0 {
		t.Errorf("the signed document's printed values and suppressions stay behind")
	}
	for _, tr := range p.Tasks() {
		was := deadlines[tr.Task.ID]
		if strings.Contains(was, "2026") && !strings.Contains(tr.Task.Deadline, "2027") {
			t.Errorf("%s: deadline %q → %q", tr.Task.ID, was, tr.Task.Deadline)
		}
		if tr.Task.Printed != "" || len(tr.Task.Suppress) > 0 {
			t.Errorf("%s: printed number or suppression kept", tr.Task.ID)
		}
		for _, id := range append(append(tr.Task.Lead, tr.Task.Cooperate...), tr.Task.Monitor...) {
			if a := res.Repo.Agency(id); a != nil && !a.ExistedOn(day(2027, 1, 1)) && len(a.Successors) == 1 {
				t.Errorf("%s: ended agency %s kept", tr.Task.ID, id)
			}
		}
	}
	found := false
	for _, rp := range r.Report.Replaced {
		found = found || rp.Old == "so-tnmt" && rp.New == "so-nn-mt"
	}
	if !found {
		t.Errorf("so-tnmt (ended 2025) not replaced by so-nn-mt: %+v", r.Report.Replaced)
	}
	if r.Report.Deadlines == 0 || r.Report.Suppressions == 0 {
		t.Errorf("report: %+v", r.Report)
	}
	for _, a := range p.Appendices {
		if strings.Contains(a.Title, "2026") {
			t.Errorf("appendix title still names 2026: %s", a.Title)
		}
	}
	files, err := r.Files("../../../schema")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1+len(p.Appendices) || files[0].Name != "ke-hoach.yaml" {
		t.Errorf("files: %d", len(files))
	}
}

func TestNoPeriod(t *testing.T) {
	p := &plan.Plan{ID: "x", Period: "không rõ"}
	if _, err := Roll(&plan.Repo{}, p, Options{}); err == nil {
		t.Error("a plan whose period cannot be read was rolled")
	}
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

package forms

import (
	"bytes"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

func plan2026(t *testing.T) (*plan.Repo, *plan.Plan) {
	t.Helper()
	res, err := load.Repo("../../plans", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := res.Repo.Plan("na-kh-2026-cds")
	if p == nil {
		t.Fatal("na-kh-2026-cds not loaded")
	}
	return res.Repo, p
}

func period(t *testing.T, s string) progress.Period {
	t.Helper()
	per, err := progress.ParsePeriod(s)
	if err != nil {
		t.Fatal(err)
	}
	return per
}

// TestBuild: one form per lead agency, sorted by id, each with exactly the
// tasks the agency leads in plan order.
func TestBuild(t *testing.T) {
	_, p := plan2026(t)
	fs := Build(p, period(t, "2026-Q1"))
	seen := map[string]int{}
	for i, f := range fs {
		if i > 0 && fs[i-1].Agency >= f.Agency {
			t.Errorf("forms not sorted: %s before %s", fs[i-1].Agency, f.Agency)
		}
		if len(f.Tasks) == 0 {
			t.Errorf("%s: empty form", f.Agency)
		}
		if f.FileName() != f.Agency+".xlsx" {
			t.Errorf("file name %q", f.FileName())
		}
		for _, tk := range f.Tasks {
			seen[tk.ID]++
		}
	}
	for _, tr := range p.Tasks() {
		if got := seen[tr.Task.ID]; got != len(tr.Task.Lead) {
			t.Errorf("task %s is on %d forms, has %d leads", tr.Task.ID, got, len(tr.Task.Lead))
		}
	}
}

func TestCellChecksum(t *testing.T) {
	a := CellChecksum([]string{"a", "b", "x", "y"})
	for _, other := range [][]string{
		{"a", "b", "x", "z"},
		{"b", "a", "y", "x"},
		{"ab", "xy"},
		{"a", "b", "xy", ""},
		{"a", "b", "x", "y", ""},
	} {
		if CellChecksum(other) == a {
			t.Errorf("CellChecksum(%q) collides", other)
		}
	}
	if CellChecksum([]string{"a", "b", "x", "y"}) != a {
		t.Error("CellChecksum is not deterministic")
	}
}

func form(t *testing.T, agency string) (*plan.Repo, Form) {
	t.Helper()
	r, p := plan2026(t)
	for _, f := range Build(p, period(t, "2026-Q1")) {
		if f.Agency == agency {
			return r, f
		}
	}
	t.Fatalf("no form for %s", agency)
	return nil, Form{}
}

func write(t *testing.T, r *plan.Repo, f Form) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := f.Write(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestWriteLayout reads a written form back: the titles name the plan as
// the resolved view does and the agency by its full name; one row per
// task; the metadata sheet is very hidden; the sheet is protected.
func TestWriteLayout(t *testing.T) {
	r, f := form(t, "so-noi-vu")
	data := write(t, r, f)
	if !bytes.Equal(data, write(t, r, f)) {
		t.Error("two writes differ")
	}
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	cells := map[string]string{
		"A1": "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
		"A2": "Thực hiện Kế hoạch số 1174/KH-UBND: Chuyển đổi số tỉnh Nghệ An năm 2026",
		"A3": "Đơn vị báo cáo: Sở Nội vụ",
		"A4": "Kỳ báo cáo: Quý I/2026",
		"A6": "TT", "B6": "Mã nhiệm vụ", "C6": "Nội dung nhiệm vụ", "D6": "Thời hạn",
		// The deadline in its canonical spelling ("Năm 2026" where the
		// plan prints "2026"), the one agencies answer to.
		"A7": "1", "B7": f.Tasks[0].ID, "C7": f.Tasks[0].Text, "D7": f.Tasks[0].Deadline,
	}
	for ref, want := range cells {
		if got, _ := x.GetCellValue(ReportSheet, ref); got != want {
			t.Errorf("%s = %q, want %q", ref, got, want)
		}
	}
	rows, _ := x.GetRows(ReportSheet)
	if got := len(rows) - headerRow; got != len(f.Tasks) {
		t.Errorf("%d task rows, want %d", got, len(f.Tasks))
	}
	if v, _ := x.GetSheetVisible(MetaSheet); v {
		t.Error("metadata sheet visible")
	}
	meta, _ := readMeta(x)
	locked, err := f.Locked(r)
	if err != nil {
		t.Fatal(err)
	}
	if len(locked) != len(lockedRefs(len(f.Tasks))) || locked[len(locked)-1] != f.Tasks[len(f.Tasks)-1].Deadline && locked[len(locked)-1] == "" {
		t.Errorf("locked cells %q", locked)
	}
	want := map[string]string{"dinh_dang": Format, "ke_hoach": "na-kh-2026-cds", "ky": "2026-Q1", "co_quan": "so-noi-vu",
		"tong_kiem": CellChecksum(locked), "so_nhiem_vu": itoa(len(f.Tasks))}
	if d := cmp.Diff(want, meta); d != "" {
		t.Errorf("metadata (-want +got):\n%s", d)
	}
	props, _ := x.GetDocProps()
	if props.Created != "2025-12-31T00:00:00Z" || props.Identifier != "na-kh-2026-cds/2026-Q1/so-noi-vu" {
		t.Errorf("props = %+v", props)
	}
	dv, _ := x.GetDataValidations(ReportSheet)
	if len(dv) != 2 {
		t.Errorf("%d data validations, want status and date", len(dv))
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestRoundTrip: a form filled in Excel reads back into the record kh
// import writes.
func TestRoundTrip(t *testing.T) {
	r, f := form(t, "so-noi-vu")
	x, err := excelize.OpenReader(bytes.NewReader(write(t, r, f)))
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(x.SetCellValue(ReportSheet, cellRef(colStatus, firstRow), "Hoàn thành"))
	must(x.SetCellValue(ReportSheet, cellRef(colDoneOn, firstRow), time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)))
	must(x.SetCellValue(ReportSheet, cellRef(colResult, firstRow), "Đã kiện toàn"))
	must(x.SetCellValue(ReportSheet, cellRef(colStatus, firstRow+1), "Đang thực hiện"))
	var b bytes.Buffer
	must(x.Write(&b))
	fl, err := Read("so-noi-vu.xlsx", &b)
	must(err)
	p, rec, err := fl.Record(r, time.Date(2026, 4, 15, 0, 0, 0, 0, time.UTC))
	must(err)
	if p.ID != "na-kh-2026-cds" || rec.Agency != "so-noi-vu" || rec.Period != "2026-Q1" {
		t.Fatalf("record of %s, %s, %s", p.ID, rec.Agency, rec.Period)
	}
	want := []progress.Entry{
		{ID: f.Tasks[0].ID, Status: progress.Done, DoneOn: time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC), Result: "Đã kiện toàn"},
		{ID: f.Tasks[1].ID, Status: progress.InProgress},
	}
	var got []progress.Entry
	for _, e := range rec.Tasks {
		got = append(got, *e)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("entries (-want +got):\n%s", d)
	}
}

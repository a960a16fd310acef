package forms

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/members"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

func plan2026(t testing.TB) (*plan.Repo, *plan.Plan) {
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

func period(t testing.TB, s string) progress.Period {
	t.Helper()
	per, err := progress.ParsePeriod(s)
	if err != nil {
		t.Fatal(err)
	}
	return per
}

// TestBuild: one form per reporting agency, sorted by id, each with
// exactly the tasks the agency reports on in plan order: the sở one each,
// the communes one each, "các sở, ban, ngành" none of its own.
func TestBuild(t *testing.T) {
	r, p := plan2026(t)
	fs := Build(r, p, period(t, "2026-Q1"))
	as := members.Assign(r, p, period(t, "2026-Q1").To)
	seen := map[string]int{}
	for i, f := range fs {
		if i > 0 && fs[i-1].Agency >= f.Agency {
			t.Errorf("forms not sorted: %s before %s", fs[i-1].Agency, f.Agency)
		}
		if len(f.Tasks)+len(f.Indicators) == 0 {
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
		if got := seen[tr.Task.ID]; got != len(as.Tasks[tr.Task.ID]) {
			t.Errorf("task %s is on %d forms, has %d reporters", tr.Task.ID, got, len(as.Tasks[tr.Task.ID]))
		}
	}
	byAgency := map[string]Form{}
	for _, f := range fs {
		byAgency[f.Agency] = f
	}
	if _, ok := byAgency["cac-so-nganh"]; ok {
		t.Error("a group with members got a form of its own")
	}
	if f, ok := byAgency["xa-anh-son"]; !ok || len(f.Tasks) == 0 || len(f.Indicators) == 0 || f.Via[f.Tasks[0].ID] != "cac-dia-phuong" {
		t.Errorf("xa-anh-son's form: %+v", f.Via)
	}
	if _, ok := byAgency["co-quan-bao-chi"]; !ok {
		t.Error("a group without members must get its form")
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

func form(t testing.TB, agency string) (*plan.Repo, Form) {
	t.Helper()
	r, p := plan2026(t)
	for _, f := range Build(r, p, period(t, "2026-Q1")) {
		if f.Agency == agency {
			return r, f
		}
	}
	t.Fatalf("no form for %s", agency)
	return nil, Form{}
}

func write(t testing.TB, r *plan.Repo, f Form) []byte {
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
		"A3": "Đơn vị báo cáo: Sở Nội vụ (thành viên của Các sở, ban, ngành cấp tỉnh)",
		"A4": "Kỳ báo cáo: Quý I/2026 (số liệu từ ngày 15/12/2025 đến ngày 14/3/2026, Điều 12 Nghị định số 09/2019/NĐ-CP)",
		"A6": "TT", "B6": "Mã nhiệm vụ", "C6": "Nội dung nhiệm vụ", "D6": "Thời hạn",
		// The deadline in its canonical spelling ("Năm 2026" where the
		// plan prints "2026"), the one agencies answer to.
		"A7": "1 (Phụ lục 02)", "B7": f.Tasks[0].ID, "C7": f.Tasks[0].Text, "D7": f.Tasks[0].Deadline,
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
	if len(locked) != len(lockedCells(len(f.Tasks), len(f.Indicators))) || locked[len(locked)-1] != f.Tasks[len(f.Tasks)-1].Deadline && locked[len(locked)-1] == "" {
		t.Errorf("locked cells %q", locked)
	}
	want := map[string]string{"dinh_dang": Format, "ke_hoach": "na-kh-2026-cds", "ky": "2026-Q1", "co_quan": "so-noi-vu",
		"tong_kiem": CellChecksum(locked), "so_nhiem_vu": itoa(len(f.Tasks)), "so_chi_tieu": itoa(len(f.Indicators))}
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
	in := f.Indicators[0]
	for ref, want := range map[string]string{"A1": "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU", "F6": "Kết quả thực hiện",
		"B7": in.ID, "C7": in.Text, "D7": in.Target, "E7": progress.Unit(in)} {
		if got, _ := x.GetCellValue(IndicatorSheet, ref); got != want {
			t.Errorf("%s!%s = %q, want %q", IndicatorSheet, ref, got, want)
		}
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
	must(x.SetCellValue(ReportSheet, cellRef(colStatus, firstRow), "Đã hoàn thành đúng hạn"))
	must(x.SetCellValue(ReportSheet, cellRef(colDoneOn, firstRow), time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)))
	must(x.SetCellValue(ReportSheet, cellRef(colResult, firstRow), "Đã kiện toàn"))
	must(x.SetCellValue(ReportSheet, cellRef(colStatus, firstRow+1), "Đang thực hiện trong hạn"))
	must(x.SetCellValue(IndicatorSheet, cellRef(icolResult, firstRow), "Hoàn thành"))
	must(x.SetCellValue(IndicatorSheet, cellRef(icolNote, firstRow), "Theo báo cáo của Sở KH&CN"))
	var b bytes.Buffer
	must(x.Write(&b))
	fl, err := Read("so-noi-vu.xlsx", &b)
	must(err)
	p, rec, err := fl.Record(r, time.Date(2026, 4, 15, 0, 0, 0, 0, time.UTC), noDeadlines)
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
	if len(rec.Indicators) != 1 || *rec.Indicators[0] != (plan.RecordResult{ID: f.Indicators[0].ID, Result: "Hoàn thành", Note: "Theo báo cáo của Sở KH&CN"}) {
		t.Errorf("results = %+v", rec.Indicators)
	}
}

func noDeadlines(*plan.Plan) map[string]time.Time { return nil }

// Excel splits a list validation's answers on commas, so no answer may
// hold one.
func TestChoicesHaveNoComma(t *testing.T) {
	for _, c := range Choices {
		if strings.Contains(c.Label, ",") {
			t.Errorf("choice %q holds a comma", c.Label)
		}
		if got, ok := choice(strings.ToUpper(c.Label)); !ok || got.Status != c.Status {
			t.Errorf("choice %q does not read back", c.Label)
		}
	}
}

package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/docxread"
	"github.com/kh-tools/kh/internal/fidelity"
	"github.com/kh-tools/kh/internal/forms"
)

const (
	cdsPlan  = "plans/nghe-an/kh-2026-cds"
	cdsForms = "out/forms/na-kh-2026-cds/2026-Q2"
)

// runOn runs kh with the clock on day.
func runOn(t *testing.T, wd, day string, args ...string) (int, string, string) {
	t.Helper()
	now, err := time.Parse(time.DateOnly, day)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	s := &IO{In: strings.NewReader(""), Out: &out, Err: &errb, Now: func() time.Time { return now.Add(9 * time.Hour) },
		Getwd: func() (string, error) { return wd, nil }}
	code := Main(s, args)
	return code, out.String(), errb.String()
}

// rowOf is the row of a form sheet whose column B holds id.
func rowOf(t *testing.T, f *excelize.File, sheet, id string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 1 && r[1] == id {
			return itoa(i + 1)
		}
	}
	t.Fatalf("sheet %q has no row %s", sheet, id)
	return ""
}

// firstPercent is the id of the first indicator of a form whose target is a
// percentage.
func firstPercent(t *testing.T, f *excelize.File) string {
	t.Helper()
	rows, _ := f.GetRows(forms.IndicatorSheet)
	for _, r := range rows {
		if len(r) > 3 && strings.HasSuffix(r[3], "%") && strings.HasPrefix(r[1], "ct-") {
			return r[1]
		}
	}
	t.Fatal("no percentage target")
	return ""
}

// TestQuarterlyFollowUp is the office's quarter on the 2026 plan: forms go
// to members (each sở, each commune), three come back filled with task and
// indicator results and are imported; status, the non-reporters list, the
// reminder letters and the implementation report are built and read back.
func TestQuarterlyFollowUp(t *testing.T) {
	wd := t.TempDir()
	copyTree(t, "../../plans", filepath.Join(wd, "plans"))
	code, out, errs := runOn(t, wd, "2026-06-01", "forms", cdsPlan, "--period", "2026-Q2")
	if code != 0 {
		t.Fatalf("forms: %d %s", code, errs)
	}
	for _, want := range []string{"so-noi-vu.xlsx", "so-khcn.xlsx", "xa-anh-son.xlsx", "phuong-cua-lo.xlsx"} {
		if !strings.Contains(out, want) {
			t.Errorf("no form %s", want)
		}
	}
	for _, group := range []string{"cac-so-nganh.xlsx", "cac-dia-phuong.xlsx", "ubnd-cap-xa.xlsx"} {
		if strings.Contains(out, "/"+group) {
			t.Errorf("a group got a form of its own: %s", group)
		}
	}
	form := func(id string) string { return filepath.Join(wd, cdsForms, id+".xlsx") }
	fill(t, form("so-noi-vu"), func(f *excelize.File) {
		r := rowOf(t, f, forms.ReportSheet, "nv-kien-toan-bo-may")
		set(t, f, forms.ReportSheet, "E"+r, "Đã hoàn thành đúng hạn")
		set(t, f, forms.ReportSheet, "F"+r, time.Date(2026, 3, 25, 0, 0, 0, 0, time.UTC))
		set(t, f, forms.ReportSheet, "G"+r, "Đã kiện toàn Ban Chỉ đạo chuyển đổi số của Sở")
		r = rowOf(t, f, forms.ReportSheet, "nv-quy-che-hoat-dong")
		set(t, f, forms.ReportSheet, "E"+r, "Đang thực hiện")
		set(t, f, forms.ReportSheet, "H"+r, "Chờ hướng dẫn mẫu quy chế")
		set(t, f, forms.ReportSheet, "I"+r, "Đề nghị Sở KH&CN ban hành quy chế mẫu")
	})
	fill(t, form("xa-anh-son"), func(f *excelize.File) {
		r := rowOf(t, f, forms.ReportSheet, "nv-kien-toan-bo-may")
		set(t, f, forms.ReportSheet, "E"+r, "Đang thực hiện")
		set(t, f, forms.ReportSheet, "G"+r, "Đã có quyết định thành lập Tổ công nghệ số cộng đồng")
		set(t, f, forms.IndicatorSheet, "F"+rowOf(t, f, forms.IndicatorSheet, "ct-trung-tam-hcc-xa"), "100%")
	})
	var khcnIndicator string
	fill(t, form("so-khcn"), func(f *excelize.File) {
		r := rowOf(t, f, forms.ReportSheet, "nv-ioc")
		set(t, f, forms.ReportSheet, "E"+r, "Đang thực hiện")
		set(t, f, forms.ReportSheet, "G"+r, "Đã phê duyệt chủ trương đầu tư")
		set(t, f, forms.ReportSheet, "H"+r, "Chưa bố trí đủ vốn")
		khcnIndicator = firstPercent(t, f)
		set(t, f, forms.IndicatorSheet, "F"+rowOf(t, f, forms.IndicatorSheet, khcnIndicator), "40%")
	})
	code, out, errs = runOn(t, wd, "2026-07-01", "import", form("so-noi-vu"), form("xa-anh-son"), form("so-khcn"))
	if code != 0 {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	for _, id := range []string{"so-noi-vu", "xa-anh-son", "so-khcn"} {
		if _, err := os.Stat(filepath.Join(wd, cdsPlan, "tien-do/2026-Q2", id+".yaml")); err != nil {
			t.Errorf("no record of %s: %v", id, err)
		}
	}
	if code, out, errs := runOn(t, wd, "2026-07-01", "check", "plans"); code != 0 {
		t.Fatalf("check after import: %d %s %s", code, out, errs)
	}

	// Status: the sở's own record counts for itself only.
	code, out, errs = runOn(t, wd, "2026-07-20", "status", cdsPlan, "--format", "json")
	if code != 0 {
		t.Fatalf("status: %d %s", code, errs)
	}
	var st struct {
		Leads []struct {
			ID       string   `json:"id"`
			Reported []string `json:"reported"`
			Members  int      `json:"members"`
		} `json:"leads"`
		Indicators []struct {
			ID, Agency, Result, Verdict string
		} `json:"indicators"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	reported := map[string]int{}
	for _, l := range st.Leads {
		reported[l.ID] = len(l.Reported)
	}
	if reported["cac-so-nganh"] != 1 || reported["cac-dia-phuong"] != 1 {
		t.Errorf("members reported: %v", reported)
	}
	verdicts := map[string]string{}
	for _, x := range st.Indicators {
		if x.Result != "" {
			verdicts[x.Agency+"/"+x.ID] = x.Result + " " + x.Verdict
		}
	}
	if verdicts["xa-anh-son/ct-trung-tam-hcc-xa"] != "100% dat" || verdicts["so-khcn/"+khcnIndicator] == "" {
		t.Errorf("indicator results: %v", verdicts)
	}

	// Who has not reported, after the deadline of 18/6/2026.
	code, out, _ = runOn(t, wd, "2026-07-01", "theo-doi", "chua-bao-cao", cdsPlan, "--period", "2026-Q2")
	for _, want := range []string{"Hạn gửi 18/6/2026; tính đến ngày 01/7/2026 đã quá hạn 13 ngày.", "Đã gửi 3/160 cơ quan, đơn vị; chưa gửi 157:",
		"Các sở, ban, ngành cấp tỉnh: chưa gửi 15/17", "Các địa phương: chưa gửi 129/130", "- Sở Tư pháp ("} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("chua-bao-cao (%d) lacks %q:\n%s", code, want, out)
		}
	}
	if code, _, errs := runOn(t, wd, "2026-07-01", "theo-doi", "chua-bao-cao", cdsPlan, "--period", "2026-Q2", "--format", "xlsx"); code != 0 {
		t.Fatalf("chua-bao-cao xlsx: %s", errs)
	}
	x, err := excelize.OpenFile(filepath.Join(wd, "out/theo-doi/na-kh-2026-cds/2026-Q2/chua-bao-cao.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if all := sheetText(t, x, "Chưa báo cáo"); !strings.Contains(all, "Đã gửi báo cáo: 3/160 cơ quan, đơn vị; chưa gửi: 157.") ||
		strings.Contains(all, "|so-noi-vu|") || !strings.Contains(all, "|so-tu-phap|") {
		t.Errorf("non-reporters workbook:\n%s", all)
	}

	// Reminder letters to the sở and a commune that have not finished.
	code, out, errs = runOn(t, wd, "2026-07-20", "theo-doi", "don-doc", cdsPlan, "--co-quan", "so-noi-vu,xa-anh-son,so-tu-phap", "--tong-hop", "so-khcn")
	if code != 0 {
		t.Fatalf("don-doc: %d %s", code, errs)
	}
	dir := filepath.Join(wd, "out/theo-doi/na-kh-2026-cds/don-doc-2026-07-20")
	for _, name := range []string{"so-noi-vu.pdf", "so-noi-vu.docx", "xa-anh-son.pdf", "so-tu-phap.docx", "danh-sach-don-doc.xlsx"} {
		if !strings.Contains(out, name) {
			t.Errorf("don-doc did not write %s:\n%s", name, out)
		}
	}
	data, err := os.ReadFile(filepath.Join(dir, "xa-anh-son.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	printed, err := fidelity.FromPDF(data)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, b := range printed.Blocks {
		lines = append(lines, b.Text+strings.Join(b.Cells, " | "))
	}
	letter := strings.Join(strings.Fields(strings.Join(lines, "\n")), " ")
	for _, want := range []string{"V/v đôn đốc thực hiện nhiệm vụ tại Kế hoạch số 1174/KH-UBND", "Kính gửi: Ủy ban nhân dân xã Anh Sơn.",
		"1 (Phụ lục 02)", "Quý II/2026: Đang thực hiện — Đã có quyết định thành lập Tổ công nghệ số cộng đồng", "Quá hạn 111 ngày"} {
		if !strings.Contains(letter, want) {
			t.Errorf("letter to xa-anh-son lacks %q:\n%s", want, letter)
		}
	}
	doc, err := docxread.ReadFile(filepath.Join(dir, "so-noi-vu.docx"))
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, p := range doc.Paras() {
		paras = append(paras, p.Text())
	}
	if w := strings.Join(paras, "\n"); !strings.Contains(w, "Kính gửi: Sở Nội vụ.") || !strings.Contains(w, "Chờ hướng dẫn mẫu quy chế") ||
		strings.Contains(w, "Kiện toàn bộ máy tổ chức") {
		t.Errorf("letter to so-noi-vu (done with nv-kien-toan-bo-may):\n%s", w)
	}

	// The implementation report of the quarter.
	if code, _, errs := runOn(t, wd, "2026-07-20", "theo-doi", "bao-cao", cdsPlan, "--period", "2026-Q2"); code != 0 {
		t.Fatalf("bao-cao: %s", errs)
	}
	x, err = excelize.OpenFile(filepath.Join(wd, "out/theo-doi/na-kh-2026-cds/2026-Q2/bao-cao.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	tasks := sheetText(t, x, "Nhiệm vụ")
	for _, want := range []string{"Đã nhận báo cáo của 3/160 cơ quan, đơn vị", "đã hoàn thành đúng hạn 1;",
		"|Sở Nội vụ|Quý I/2026|Đã hoàn thành đúng hạn|Đã kiện toàn Ban Chỉ đạo chuyển đổi số của Sở",
		"|Sở KH&CN|Quý II/2026|Đang thực hiện trong hạn|Đã phê duyệt chủ trương đầu tư|Chưa bố trí đủ vốn"} {
		if !strings.Contains(tasks, want) {
			t.Errorf("report lacks %q:\n%s", want, tasks[:min(3000, len(tasks))])
		}
	}
	if inds := sheetText(t, x, "Chỉ tiêu"); !strings.Contains(inds, "|100%|Đạt") || !strings.Contains(inds, "|40%|") {
		t.Errorf("report indicators:\n%s", inds)
	}
	if _, err := os.Stat(filepath.Join(wd, "out/theo-doi/na-kh-2026-cds/2026-Q2/bao-cao.pdf")); err != nil {
		t.Error(err)
	}
}

func sheetText(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rows {
		out = append(out, strings.Join(r, "|"))
	}
	return strings.Join(out, "\n")
}

package followdoc

import (
	"archive/zip"
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/docx"
	"github.com/kh-tools/kh/internal/docxread"
	"github.com/kh-tools/kh/internal/fidelity"
	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/pdf"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/report"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/word"
	"github.com/kh-tools/kh/internal/xlsx"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// plan2026 is the 2026 plan with three Q2 records: a sở, a commune and a
// sở that only reported for Q1.
func plan2026(t *testing.T, on string) (*plan.Repo, *followup.Status) {
	t.Helper()
	res, err := load.Repo("../../plans", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := res.Repo
	p := r.Plan("na-kh-2026-cds")
	set := &progress.Set{Records: []*progress.Record{
		{Plan: p.ID, Period: "2026-Q2", Agency: "so-noi-vu", Tasks: []*progress.Entry{
			{ID: "nv-kien-toan-bo-may", Status: progress.Done, DoneOn: day("2026-03-20"), Result: "Đã kiện toàn Ban chỉ đạo"},
			{ID: "nv-quy-che-hoat-dong", Status: progress.InProgress, Difficulty: "Chưa có hướng dẫn", Proposal: "Đề nghị Sở KH&CN hướng dẫn"}}},
		{Plan: p.ID, Period: "2026-Q2", Agency: "xa-anh-son", Tasks: []*progress.Entry{{ID: "nv-kien-toan-bo-may", Status: progress.InProgress}},
			Indicators: []*plan.RecordResult{{ID: "ct-trung-tam-hcc-xa", Result: "100%"}}},
		{Plan: p.ID, Period: "2026-Q1", Agency: "so-tu-phap", Tasks: []*progress.Entry{{ID: "nv-kien-toan-bo-may", Status: progress.NotStarted}}},
	}}
	return r, followup.Build(r, p, set, day(on), check.Options{})
}

func TestMissingList(t *testing.T) {
	r, s := plan2026(t, "2026-07-01")
	per, _ := progress.ParsePeriod("2026-Q2")
	l := Missing(view.New(r, s.Plan), s.Missing(per, day("2026-06-18")))
	if !l.Late || l.DaysLate != 13 || l.Sent != 2 || l.Absent() != l.Asked-2 {
		t.Fatalf("late %v (%d days), %d sent of %d", l.Late, l.DaysLate, l.Sent, l.Asked)
	}
	var text bytes.Buffer
	if err := l.WriteText(&text, msg.VI); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Chưa gửi báo cáo Quý II/2026 — Kế hoạch số 1174/KH-UBND", "quá hạn 13 ngày",
		"Các sở, ban, ngành cấp tỉnh: chưa gửi 16/17", "Các địa phương: chưa gửi 129/130", "- Sở Tư pháp ("} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, text.String())
		}
	}
	if strings.Contains(text.String(), "Sở Nội vụ") {
		t.Error("Sở Nội vụ sent its report but is listed")
	}
	var b bytes.Buffer
	if err := xlsx.WriteReport(&b, l.Report()); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := x.GetRows("Chưa báo cáo")
	if err != nil {
		t.Fatal(err)
	}
	var cells []string
	for _, row := range rows {
		cells = append(cells, strings.Join(row, "|"))
	}
	all := strings.Join(cells, "\n")
	for _, want := range []string{"DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO QUÝ II/2026", "thực hiện Kế hoạch số 1174/KH-UBND",
		"Hạn gửi báo cáo: 18/6/2026; tính đến ngày 01/7/2026 đã quá hạn 13 ngày.",
		"TT|Cơ quan, đơn vị|Mã|Số nhiệm vụ phải báo cáo|Số chỉ tiêu phải báo cáo",
		"I|Các địa phương (chưa gửi 129/130)", "Sở Tư pháp|so-tu-phap|"} {
		if !strings.Contains(all, want) {
			t.Errorf("workbook lacks %q", want)
		}
	}
	if strings.Contains(all, "|so-noi-vu|") || strings.Contains(all, "|xa-anh-son|") {
		t.Error("an agency that sent is listed")
	}
}

// paragraphs is every paragraph of a Word file, tables' cells included.
func paragraphs(t *testing.T, d *docx.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := d.Write(&b); err != nil {
		t.Fatal(err)
	}
	f, err := docxread.Read(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range f.Paras() {
		out = append(out, p.Text())
	}
	return strings.Join(out, "\n")
}

func pdfText(t *testing.T, write func(w *bytes.Buffer) error) string {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	printed, err := fidelity.FromPDF(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, bl := range printed.Blocks {
		if bl.Cells != nil {
			out = append(out, strings.Join(bl.Cells, " | "))
		} else {
			out = append(out, bl.Text)
		}
	}
	return strings.Join(out, "\n")
}

// oneLine folds the white space of extracted text, where the PDF breaks
// lines.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestLetters(t *testing.T) {
	r, s := plan2026(t, "2026-07-20")
	v := view.New(r, s.Plan)
	ls := Letters(v, s, LetterOptions{Soon: 30, Compiler: "so-khcn", Only: map[string]bool{"so-noi-vu": true, "so-khcn": true, "xa-anh-son": true}})
	if len(ls) != 3 {
		t.Fatalf("%d letters, want 3", len(ls))
	}
	byID := map[string]*Letter{}
	for _, l := range ls {
		byID[l.Agency] = l
	}
	noivu := byID["so-noi-vu"]
	// Sở Nội vụ finished nv-kien-toan-bo-may: it is reminded of the other
	// task only, with what it last reported.
	if len(noivu.Overdue) != 1 || noivu.Overdue[0].Task.ID != "nv-quy-che-hoat-dong" {
		t.Errorf("Sở Nội vụ overdue: %v", noivu.Overdue)
	}
	if noivu.Doc.Number != 0 || !noivu.Doc.Date.IsZero() || noivu.Doc.Signature.Name != "" {
		t.Error("a draft letter has no number, date or signer's name")
	}
	tpl, err := layout.Load("../../templates", layout.NameFor(r, s.Plan))
	if err != nil {
		t.Fatal(err)
	}
	text := oneLine(pdfText(t, func(w *bytes.Buffer) error { return pdf.WriteLetter(w, r, noivu.Doc, tpl, noivu.Letter) }))
	wordText := oneLine(paragraphs(t, mustLetter(t, view.New(r, noivu.Doc), tpl, noivu.Letter)))
	for _, want := range []string{
		"ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DỰ THẢO",
		"/UBND-", "V/v đôn đốc thực hiện nhiệm vụ tại Kế hoạch số 1174/KH-UBND", "Kính gửi: Sở Nội vụ.",
		"Thực hiện Kế hoạch số 1174/KH-UBND ngày 31/12/2025 của Ủy ban nhân dân tỉnh Nghệ An về Chuyển đổi số tỉnh Nghệ An năm 2026, theo dõi đến ngày 20/7/2026, Sở Nội vụ còn 1 nhiệm vụ đã quá thời hạn nhưng chưa hoàn thành",
		"Nhiệm vụ quá hạn chưa hoàn thành", "3 (Phụ lục 02)", "Quý I/2026 (31/3/2026)", "Quá hạn 111 ngày",
		"Quý II/2026: Đang thực hiện; khó khăn: Chưa có hướng dẫn",
		"(qua Sở Khoa học và Công nghệ)", "TM. ỦY BAN NHÂN DÂN", "Nơi nhận:", "- Như trên;", "- Sở KH&CN (để tổng hợp);", "- Lưu: VT.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF letter lacks %q:\n%s", want, text)
		}
		if !strings.Contains(wordText, want) && want != "DỰ THẢO" {
			t.Errorf("Word letter lacks %q:\n%s", want, wordText)
		}
	}
	if !strings.Contains(headers(t, mustLetter(t, view.New(r, noivu.Doc), tpl, noivu.Letter)), "DỰ THẢO") {
		t.Error("the Word letter's first-page header lacks the DỰ THẢO mark")
	}
	if strings.Contains(text, "…") {
		t.Error("a letter cuts a text with …")
	}
	// The workbook lists every letter's tasks under its agency.
	var b bytes.Buffer
	if err := xlsx.WriteReport(&b, LettersReport(v, s, ls)); err != nil {
		t.Fatal(err)
	}
	all := workbookText(t, &b, "Đôn đốc")
	for _, want := range []string{"DANH SÁCH CÔNG VĂN ĐÔN ĐỐC THỰC HIỆN NHIỆM VỤ", "|Sở Nội vụ (1 quá hạn, 0 sắp đến hạn)",
		"1|Sở Nội vụ|3 (Phụ lục 02)|Ban hành quy chế hoạt động", "|Ủy ban nhân dân xã Anh Sơn ("} {
		if !strings.Contains(all, want) {
			t.Errorf("letters workbook lacks %q:\n%s", want, all)
		}
	}
}

func mustLetter(t *testing.T, v *view.Doc, tpl *layout.Template, l report.Letter) *docx.Document {
	t.Helper()
	d, err := word.Letter(v, tpl, l)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func workbookText(t *testing.T, b *bytes.Buffer, sheet string) string {
	t.Helper()
	x, err := excelize.OpenReader(b)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := x.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var cells []string
	for _, row := range rows {
		cells = append(cells, strings.Join(row, "|"))
	}
	return strings.Join(cells, "\n")
}

// headers is the XML of a Word file's page headers.
func headers(t *testing.T, d *docx.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := d.Write(&b); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, f := range z.File {
		if strings.HasPrefix(f.Name, "word/header") {
			rc, _ := f.Open()
			data, _ := io.ReadAll(rc)
			rc.Close()
			out.Write(data)
		}
	}
	return out.String()
}

func TestImplementation(t *testing.T) {
	r, s := plan2026(t, "2026-06-30")
	v := view.New(r, s.Plan)
	per, _ := progress.ParsePeriod("2026-Q2")
	rep := Implementation(v, s, per, s.Missing(per, day("2026-06-18")))
	var b bytes.Buffer
	if err := xlsx.WriteReport(&b, rep); err != nil {
		t.Fatal(err)
	}
	data := b.Bytes()
	tasks := workbookText(t, bytes.NewBuffer(data), "Nhiệm vụ")
	n := s.Totals()
	for _, want := range []string{"BÁO CÁO", "Kết quả thực hiện Kế hoạch số 1174/KH-UBND ngày 31/12/2025 của Ủy ban nhân dân tỉnh Nghệ An về Chuyển đổi số tỉnh Nghệ An năm 2026",
		"(Kỳ báo cáo: Quý II/2026; số liệu từ ngày 15/3/2026 đến ngày 14/6/2026)",
		"Đã nhận báo cáo của 2/",
		"đã hoàn thành đúng hạn 1; đã hoàn thành quá hạn 0; đang thực hiện trong hạn 0; chưa hoàn thành, quá hạn " + itoa(n.Overdue),
		"I|Các sở, ban, ngành cấp tỉnh (đã báo cáo 2/17 thành viên)",
		"1|1 (Phụ lục 02)|Kiện toàn bộ máy tổ chức thực hiện với yêu cầu người đứng đầu chịu trách nhiệm toàn diện đối với nhiệm vụ chuyển đổi số của cơ quan, đơn vị|Sở Nội vụ|Quý I/2026|Đã hoàn thành đúng hạn|Đã kiện toàn Ban chỉ đạo",
		"|Sở Nội vụ|Quý I/2026|Chưa hoàn thành quá hạn||Chưa có hướng dẫn|Đề nghị Sở KH&CN hướng dẫn",
		"Các cơ quan, đơn vị chưa gửi báo cáo (",
	} {
		if !strings.Contains(tasks, want) {
			t.Errorf("report workbook lacks %q:\n%s", want, tasks[:min(len(tasks), 3000)])
		}
	}
	inds := workbookText(t, bytes.NewBuffer(data), "Chỉ tiêu")
	if !strings.Contains(inds, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU") || !strings.Contains(inds, "|Xã Anh Sơn|") && !strings.Contains(inds, "|100%|Đạt") {
		t.Errorf("indicator sheet:\n%s", inds)
	}
	// The indicator sheet carries the chart of percentages and its figures.
	if !strings.Contains(inds, "Kết quả so với mục tiêu (chỉ tiêu tính bằng %)|") || !strings.Contains(inds, "TT 8 (Phụ lục 01)||100|100") {
		t.Errorf("chart figures:\n%s", inds)
	}
	if !hasPart(t, data, "xl/charts/chart1.xml") {
		t.Error("the workbook has no chart")
	}
	var again bytes.Buffer
	if err := xlsx.WriteReport(&again, rep); err != nil || !bytes.Equal(again.Bytes(), data) {
		t.Errorf("the report workbook is not byte-identical when rebuilt (%v)", err)
	}
	tpl, err := layout.Load("../../templates", layout.NameFor(r, s.Plan))
	if err != nil {
		t.Fatal(err)
	}
	text := oneLine(pdfText(t, func(w *bytes.Buffer) error { return pdf.WriteReport(w, r, s.Plan, tpl, rep) }))
	for _, want := range []string{"Kết quả so với mục tiêu (chỉ tiêu tính bằng %)", "Kết quả (bình quân các đơn vị đã báo cáo)", "TT 8 (Phụ lục 01)"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF chart lacks %q:\n%s", want, text)
		}
	}
	d, err := word.Report(v, tpl, rep)
	if err != nil {
		t.Fatal(err)
	}
	wordText := oneLine(paragraphs(t, d))
	for _, want := range []string{"BÁO CÁO", "Kỳ báo cáo: Quý II/2026", "Các sở, ban, ngành cấp tỉnh (đã báo cáo 2/17 thành viên)",
		"Đã kiện toàn Ban chỉ đạo", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "100%"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF report lacks %q", want)
		}
		if !strings.Contains(wordText, want) {
			t.Errorf("Word report lacks %q", want)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func hasPart(t *testing.T, data []byte, name string) bool {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name == name {
			return true
		}
	}
	return false
}

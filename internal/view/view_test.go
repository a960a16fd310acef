package view

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

func loadRepo(t testing.TB, root string) *plan.Repo {
	t.Helper()
	res, err := load.Repo(root, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res.Repo
}

func realDoc(t *testing.T, id string) *Doc {
	t.Helper()
	r := loadRepo(t, "../../plans")
	p := r.Plan(id)
	if p == nil {
		t.Fatalf("plan %s not loaded", id)
	}
	return New(r, p)
}

// draft is the 2026 plan without its number and date, as it was drafted.
func draft(t *testing.T) *Doc {
	d := realDoc(t, "na-kh-2026-cds")
	p := *d.Plan
	p.Number, p.Date, p.Draft = 0, time.Time{}, 2
	return New(d.Repo, &p)
}

func TestHeaderWording(t *testing.T) {
	tests := []struct {
		name string
		doc  func(*testing.T) *Doc
		want []string
	}{
		{"state", func(t *testing.T) *Doc { return realDoc(t, "na-kh-171-2025") }, []string{
			"Kế hoạch", "Kế hoạch số 171/KH-UBND", "Số: 171/KH-UBND", "Nghệ An, ngày 17 tháng 3 năm 2025",
			// 171/KH-UBND's own wording, "số:" (trinh_bay.kem_theo).
			"(Kèm theo Kế hoạch số: 171/KH-UBND ngày 17/3/2025 của UBND tỉnh)", "", NationalName,
		}},
		{"party", func(t *testing.T) *Doc { return realDoc(t, "kh-nq-16-2021") }, []string{
			"Nghị quyết", "Nghị quyết số 16-NQ/TU", "Số 16-NQ/TU", "Khánh Hòa, ngày 19 tháng 10 năm 2021",
			"(Kèm theo Nghị quyết số 16-NQ/TU ngày 19/10/2021 của Tỉnh ủy Khánh Hòa)", "", PartyName,
		}},
		// A draft leaves the number and the date blank everywhere, the
		// "(Ban hành kèm theo …)" line in the document's wording included.
		{"draft", draft, []string{
			"Kế hoạch", "Kế hoạch số " + Blank + "/KH-UBND", "Số: " + Blank + "/KH-UBND",
			"Nghệ An, ngày" + Blank + "tháng" + Blank + "năm" + Blank,
			"(Ban hành kèm theo Kế hoạch số " + Blank + "/KH-UBND ngày" + Blank + "tháng" + Blank + "năm" + Blank + " của UBND tỉnh Nghệ An)", "DỰ THẢO LẦN 2", NationalName,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.doc(t)
			got := []string{d.TypeName(), d.Name(), d.NumberLine(), d.DateLine(), d.AttachedTo(), d.DraftMark(), d.RightTitle()}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestTypeName(t *testing.T) {
	for kind, want := range map[string]string{"KH": "Kế hoạch", "NQ": "Nghị quyết", "CTr": "Chương trình", "ĐA": "Đề án", "XY": "XY"} {
		if got := TypeName(kind); got != want {
			t.Errorf("TypeName(%q) = %q, want %q", kind, got, want)
		}
	}
}

func TestAgency(t *testing.T) {
	d := realDoc(t, "na-kh-2026-cds")
	tests := []struct {
		id   string
		want Agency
	}{
		{"so-khcn", Agency{ID: "so-khcn", Name: "Sở Khoa học và Công nghệ", Short: "Sở KH&CN", Known: true, Existed: true}},
		// No short form: the full name in tables too.
		{"so-noi-vu", Agency{ID: "so-noi-vu", Name: "Sở Nội vụ", Short: "Sở Nội vụ", Known: true, Existed: true}},
		// Merged on 01/3/2025, before the plan's date.
		{"so-tttt", Agency{ID: "so-tttt", Name: "Sở Thông tin và Truyền thông", Short: "Sở TT&TT", Known: true, Existed: false}},
		// Unknown ids print as written.
		{"so-khong-co", Agency{ID: "so-khong-co", Name: "so-khong-co", Short: "so-khong-co", Existed: true}},
	}
	for _, tt := range tests {
		if got := d.Agency(tt.id); got != tt.want {
			t.Errorf("Agency(%s) = %+v, want %+v", tt.id, got, tt.want)
		}
	}
	ids := []string{"cac-so-nganh", "so-khcn"}
	if got, want := d.Names(ids, Full), "Các sở, ban, ngành cấp tỉnh, Sở Khoa học và Công nghệ"; got != want {
		t.Errorf("Names(Full) = %q, want %q", got, want)
	}
	if got, want := d.Names(ids, Short), "Các sở, ban, ngành; Sở KH&CN"; got != want {
		t.Errorf("Names(Short) = %q, want %q", got, want)
	}
}

func TestCitations(t *testing.T) {
	d := realDoc(t, "na-kh-171-2025")
	want := []string{
		"Căn cứ Nghị quyết số 09-NQ/TU ngày 05/8/2022 của Ban Chấp hành Đảng bộ tỉnh Nghệ An về chuyển đổi số tỉnh Nghệ An đến năm 2025, định hướng đến năm 2030;",
		"Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.",
	}
	if diff := cmp.Diff(want, d.CitationLines(false)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := d.CitationLines(true)[0]; !strings.HasPrefix(got, "- Nghị quyết số 09-NQ/TU") {
		t.Errorf("dash form = %q", got)
	}
}

// TestOutlineLabels: 171/KH-UBND's numbering as the view gives it to every
// renderer, run-in items included.
func TestOutlineLabels(t *testing.T) {
	d := realDoc(t, "na-kh-171-2025")
	var got []string
	Walk(d.Outline(), func(it *Item) {
		s := it.Label
		if it.RunIn {
			s += " (run-in)"
		}
		if it.RunInSteps() {
			s += " (run-in step: " + it.Steps[0].Label + ")"
		}
		got = append(got, strings.Repeat(" ", it.Depth-1)+s)
	})
	want := []string{
		"I.", " 1.", "  a) (run-in)", "  b) (run-in)", "  c) (run-in)", " 2.", "  a) (run-in)", "  b) (run-in)",
		"II.", " 1.", "  a) (run-in)", "  b) (run-in)", "  c) (run-in)", "  d) (run-in)", " 2.", "  a) (run-in)", "  b) (run-in)", "  c) (run-in step: c))",
		// Printed as published: two sections "IV." (KH040, KH041).
		"IV.", "IV.", " 1.", " 2.", " 3.", " 4.", " 5.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// columns renders a table's columns as "key=label".
func columns(tb *Table) string {
	var out []string
	for _, c := range tb.Columns {
		out = append(out, c.Key+"="+c.Label)
	}
	return strings.Join(out, " | ")
}

// TestColumns pins the columns of every real appendix table: what both
// the PDF and the workbook print.
func TestColumns(t *testing.T) {
	tests := []struct {
		plan, appendix, want string
		landscape            bool
	}{
		{"na-kh-2026-cds", "pl01", "tt=TT | noi_dung=Chỉ tiêu | muc_tieu=Mục tiêu 2026 | chu_tri=Đơn vị chủ trì tham mưu", true},
		{"na-kh-2026-cds", "pl02", "tt=TT | noi_dung=Nhiệm vụ | chu_tri=Đơn vị chủ trì | theo_doi=Đơn vị theo dõi, tham mưu tổng hợp | thoi_han=Thời gian hoàn thành", true},
		// As published: no issuer column (cot_in).
		{"na-kh-171-2025", "pl01", "tt=TT | so_ky_hieu=SỐ KÝ HIỆU | ngay=NGÀY BAN HÀNH | trich_yeu=TRÍCH YẾU", false},
		{"na-kh-171-2025", "pl03", "tt=Stt | noi_dung=Nội dung công việc | cot1=Kết quả thực hiện từ tháng 8 năm 2022 đến tháng 8 năm 2025 (ước tính) | cot2=Khó khăn, vướng mắc, nguyên nhân | cot3=Đề xuất phương hướng khắc phục | cot4=Ghi chú (Đề nghị cơ quan, đơn vị, địa phương báo cáo đầy đủ các nhiệm vụ được giao tại Nghị quyết số 09-NQ/TU và các kế hoạch triển khai nhiệm vụ chuyển đổi số đến năm 2025)", true},
		{"na-kh-171-2025", "pl04", "tt=TT | noi_dung=Tên nhiệm vụ, dự án | chu_tri=Đơn vị được giao chủ trì triển khai | cot1=Kết quả thực hiện từ tháng 8 năm 2022 đến tháng 8 năm 2025 (ước tính) | cot2=Khó khăn, vướng mắc, nguyên nhân | cot3=Đề xuất phương hướng khắc phục", true},
	}
	for _, tt := range tests {
		d := realDoc(t, tt.plan)
		for _, a := range d.Appendices() {
			if a.Appendix.ID != tt.appendix {
				continue
			}
			if got := columns(a.Table); got != tt.want {
				t.Errorf("%s %s columns:\n got %s\nwant %s", tt.plan, tt.appendix, got, tt.want)
			}
			if a.Table.Landscape != tt.landscape {
				t.Errorf("%s %s landscape = %v", tt.plan, tt.appendix, a.Table.Landscape)
			}
		}
	}
}

// TestMonitorColumn: cooperating and monitoring units are two columns, in
// the PDF as in the workbook (the PDF used to print both under "Đơn vị
// phối hợp").
func TestMonitorColumn(t *testing.T) {
	a := &plan.Appendix{ID: "pl01", Kind: plan.AppendixTasks, Title: "Nhiệm vụ", Groups: []*plan.Group{{ID: "g", Heading: "Nhóm", Tasks: []*plan.Task{
		{ID: "a", Text: "Một", Lead: []string{"x"}, Cooperate: []string{"y"}, Monitor: []string{"z"}, Deadline: "Quý I/2026"},
		{ID: "b", Text: "Hai", Product: "Báo cáo", Note: "ghi"},
	}}}}
	p := &plan.Plan{Kind: "KH", Appendices: []*plan.Appendix{a}}
	tb := New(&plan.Repo{}, p).Appendices()[0].Table
	want := "tt=TT | noi_dung=Nhiệm vụ | chu_tri=Đơn vị chủ trì | phoi_hop=Đơn vị phối hợp | theo_doi=Đơn vị theo dõi | thoi_han=Thời hạn | san_pham=Sản phẩm | ghi_chu=Ghi chú"
	if got := columns(tb); got != want {
		t.Errorf("columns:\n got %s\nwant %s", got, want)
	}
	var rows []string
	for r := range tb.Rows() {
		if r.Group != nil {
			rows = append(rows, r.Number+" "+r.Heading)
			continue
		}
		var cells []string
		for _, c := range r.Cells {
			cells = append(cells, c.Text)
		}
		rows = append(rows, strings.Join(cells, "|"))
	}
	wantRows := []string{"I Nhóm", "1|Một|x|y|z|Quý I/2026||", "2|Hai|||||Báo cáo|ghi"}
	if diff := cmp.Diff(wantRows, rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

// TestRows: row numbers and cells of real tables, per group where the
// appendix asks, dates as printed.
func TestRows(t *testing.T) {
	tests := []struct {
		plan, appendix string
		n              int // the n-th row of the table, groups counted
		want           string
	}{
		{"na-kh-171-2025", "pl04", 0, "I Chính quyền số"},
		{"na-kh-171-2025", "pl04", 20, "1|Mua sắm, cài đặt hệ thống phòng chống virus, mã độc tập trung tỉnh Nghệ An|Sở KH&CN|||"},
		// "1." and "31/08/2022" as the table prints them (kieu_tt, kieu_ngay).
		{"na-kh-171-2025", "pl01", 1, "1.|605/KH-UBND|31/08/2022|Kế hoạch thực hiện Chương trình chuyển đổi số trong giáo dục nghề nghiệp đến năm 2025, định hướng đến năm 2030 trên địa bàn tỉnh Nghệ An"},
		// The cells as the document writes them (chu_tri_in, theo_doi_in,
		// thoi_han_in).
		{"na-kh-2026-cds", "pl02", 9, "8|Tổ chức rà soát kế hoạch, dự án chuyển đổi số các đơn vị, yêu cầu đồng bộ, không trùng lặp nhiệm vụ bảo đảm khả thi, “rõ việc, rõ người chịu trách nhiệm, rõ tiến độ, rõ kết quả, rõ nguồn lực”, định lượng được khối lượng thực hiện theo tiến độ|Các Sở, ban, ngành; các địa phương|Sở Khoa học và Công nghệ|2026"},
	}
	for _, tt := range tests {
		d := realDoc(t, tt.plan)
		for _, a := range d.Appendices() {
			if a.Appendix.ID != tt.appendix {
				continue
			}
			i := 0
			for r := range a.Table.Rows() {
				if i == tt.n {
					got := r.Number + " " + r.Heading
					if r.Group == nil {
						var cells []string
						for _, c := range r.Cells {
							cells = append(cells, c.Text)
						}
						got = strings.Join(cells, "|")
					}
					if got != tt.want {
						t.Errorf("%s %s row %d:\n got %s\nwant %s", tt.plan, tt.appendix, tt.n, got, tt.want)
					}
					break
				}
				i++
			}
		}
	}
}

func TestDeadline(t *testing.T) {
	d := realDoc(t, "na-kh-2026-cds")
	day := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		text string
		last time.Time
	}{
		{"Quý I/2026", day(2026, 3, 31)},
		{"Năm 2026", day(2026, 12, 31)},
		{"Thường xuyên", time.Time{}},
		{"", time.Time{}},
	}
	for _, tt := range tests {
		got := d.Deadline(&plan.Task{Deadline: tt.text})
		if got.Text != tt.text || !got.Last.Equal(tt.last) {
			t.Errorf("Deadline(%q) = %q %v, want %v", tt.text, got.Text, got.Last, tt.last)
		}
	}
}

func TestSignatureAndRecipients(t *testing.T) {
	d := realDoc(t, "na-kh-171-2025")
	if got, want := d.Signature(), []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}; !cmp.Equal(got, want) {
		t.Errorf("Signature = %v", got)
	}
	rec := d.Recipients()
	if rec[0] != "- Thường trực Tỉnh ủy (b/c);" || rec[len(rec)-1] != "- Lưu: VT, TH (T. Anh)." {
		t.Errorf("Recipients = %q", rec)
	}
	if got := realDoc(t, "kh-nq-16-2021").Signature()[0]; !strings.HasPrefix(got, "T/M ") {
		t.Errorf("Party signature = %q", got)
	}
}

// TestAppendixMentions: "[[pl01]]" reads "Phụ lục 01" in every text the
// view hands out.
func TestAppendixMentions(t *testing.T) {
	d := realDoc(t, "na-kh-171-2025")
	found := false
	Walk(d.Outline(), func(it *Item) {
		for _, b := range it.Blocks {
			if strings.Contains(b.Text, "[[") {
				t.Errorf("%s: unexpanded mention in %q", it.Section.ID, b.Text)
			}
			found = found || strings.Contains(b.Text, "Phụ lục 01")
		}
	})
	if !found {
		t.Error("no Phụ lục 01 in the outline")
	}
}

func ExampleDoc_Names() {
	r := &plan.Repo{Registries: []*plan.Registry{{Agencies: []*plan.Agency{
		{ID: "so-khcn", Name: "Sở Khoa học và Công nghệ", Short: []string{"Sở KH&CN"}},
	}}}}
	r.Index()
	d := New(r, &plan.Plan{Kind: "KH"})
	fmt.Println(d.Names([]string{"so-khcn", "so-la"}, Short))
	fmt.Println(d.Names([]string{"so-khcn"}, Full))
	// Output:
	// Sở KH&CN; so-la
	// Sở Khoa học và Công nghệ
}

// TestComputed: kh show's view numbers the outline itself even where the
// document reproduces printed labels.
func TestComputed(t *testing.T) {
	d := realDoc(t, "na-kh-171-2025")
	var printed, computed []string
	for _, it := range d.Outline() {
		printed = append(printed, it.Label)
	}
	for _, it := range d.Computed().Outline() {
		computed = append(computed, it.Label)
	}
	if want := []string{"I.", "II.", "IV.", "IV."}; !cmp.Equal(printed, want) {
		t.Errorf("printed labels %v, want %v", printed, want)
	}
	if want := []string{"I.", "II.", "III.", "IV."}; !cmp.Equal(computed, want) {
		t.Errorf("computed labels %v, want %v", computed, want)
	}
}

// TestSteps: 549/KH-UBND's titled steps, with the a), b) items of steps 1
// and 2 and the dashes of 1 b).
func TestSteps(t *testing.T) {
	d := realDoc(t, "na-kh-549-2021")
	var got []string
	var walk func(steps []Step, depth int)
	walk = func(steps []Step, depth int) {
		for _, s := range steps {
			line := strings.Repeat(" ", depth) + s.Label
			if s.Heading != "" {
				line += " [" + firstWords(s.Heading) + "]"
			}
			if s.Text != "" {
				line += " " + firstWords(s.Text)
			}
			for _, b := range s.Blocks {
				line += " / - " + firstWords(b.Dash)
			}
			got = append(got, line)
			walk(s.Steps, depth+1)
		}
	}
	Walk(d.Outline(), func(it *Item) {
		if it.Section.ID == "noi-dung-thuc-hien" {
			walk(it.Steps, 0)
		}
	})
	want := []string{
		"1. [Khảo sát hiện]",
		" a) Các sở, ban,",
		" b) Sở Thông tin / - Đánh giá một / - Phân tích những / - Báo cáo tổng",
		"2. [Xây dựng dự]",
		" a) Sở Thông tin",
		" b) Các sở, ban,",
		"3. [Tổ chức Hội] Sở Thông tin",
		"4. [Tổ chức làm] Sở Thông tin",
		"5. [Báo cáo UBND] Sở Thông tin",
		"6. [Báo cáo Thường] Văn phòng UBND",
		"7. [Báo cáo Ban] Văn phòng UBND",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func firstWords(s string) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(len(w), 3)], " ")
}

// TestRunOnAndLoneTask: 171/KH-UBND II.2.a) prints its report steps as
// dashes, the third in the second's paragraph; IV.2 prints its lone task
// as a paragraph with no label.
func TestRunOnAndLoneTask(t *testing.T) {
	d := realDoc(t, "na-kh-171-2025")
	found := 0
	Walk(d.Outline(), func(it *Item) {
		switch it.Section.ID {
		case "hinh-thuc-cac-cap":
			found++
			if len(it.Steps) != 2 || it.Steps[0].Label != "-" || it.Steps[1].Label != "-" || len(it.Steps[1].RunOn) != 1 {
				t.Errorf("II.2.a) steps = %+v", it.Steps)
			}
			if !strings.HasSuffix(it.Steps[1].Text, "trước ngày 01/07/2025.") {
				t.Errorf("run-on text %q", it.Steps[1].Text)
			}
		case "tc-van-phong-ubnd":
			found++
			if len(it.Steps) != 1 || it.Steps[0].Label != "" {
				t.Errorf("IV.2 steps = %+v", it.Steps)
			}
		}
	})
	if found != 2 {
		t.Errorf("found %d of 2 sections", found)
	}
}

// TestAppendixHeading: each document's title block (trinh_bay.phu_luc).
func TestAppendixHeading(t *testing.T) {
	tests := []struct {
		plan   string
		n      int
		want   []string
		labels int
	}{
		{"na-kh-171-2025", 1, []string{"Phụ lục 02: ĐỀ CƯƠNG BÁO CÁO DÀNH CHO CÁC SỞ, BAN, NGÀNH CẤP TỈNH VÀ UBND CẤP HUYỆN", "Sơ kết 03 năm thực hiện Nghị quyết số 09-NQ/TU và các kế hoạch triển khai nhiệm vụ chuyển đổi số đến năm 2025"}, 0},
		{"na-kh-549-2021", 0, []string{"BIỂU KẾ HOẠCH THỰC HIỆN XÂY DỰNG DỰ THẢO NGHỊ QUYẾT CỦA BCH ĐẢNG BỘ TỈNH VÀ KẾ HOẠCH CỦA UBND TỈNH TRIỂN KHAI NGHỊ QUYẾT"}, 0},
	}
	for _, tt := range tests {
		a := realDoc(t, tt.plan).Appendices()[tt.n]
		if !cmp.Equal(a.Heading, tt.want) || a.LabelLines != tt.labels {
			t.Errorf("%s %s heading = %q (%d label lines)", tt.plan, a.Label, a.Heading, a.LabelLines)
		}
	}
	p := &plan.Plan{Kind: "KH", Symbol: "KH-UBND", Issuer: "ubnd-x", Appendices: []*plan.Appendix{{Title: "Danh mục"}}}
	a := New(&plan.Repo{}, p).Appendices()[0]
	if want := []string{"Phụ lục 01", "DANH MỤC"}; !cmp.Equal(a.Heading, want) || a.LabelLines != 1 {
		t.Errorf("default heading = %q (%d)", a.Heading, a.LabelLines)
	}
	// The default wording, blanks for a draft's number and date.
	if want := "(Kèm theo Kế hoạch số " + Blank + "/KH-UBND ngày " + Blank + " của ubnd-x)"; a.AttachedTo != want {
		t.Errorf("default attached-to line = %q, want %q", a.AttachedTo, want)
	}
}

package site

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/msg"
)

// hostile is plan text that must reach the page as text: markup, a
// script, an attribute breaker, an entity.
const hostile = `<script>window.khPwned=1</script><img src=x onerror="window.khPwned=2"> "q" &amp;`

const fixturePlan = "plans/nghe-an/kh-2026-cds"

// fixture copies plans/ and gives the 2026 plan what plans/ lacks: first
// quarter progress records (one task done on time, one late, one in
// progress), the comment round of its second draft with answers, and
// hostile text in a task, the title and a comment.
func fixture(t *testing.T) string {
	t.Helper()
	wd := t.TempDir()
	copyTree(t, "../../plans", filepath.Join(wd, "plans"))
	plan := filepath.Join(wd, fixturePlan)
	edit(t, filepath.Join(plan, "ke-hoach.yaml"), func(s string) string {
		s = regexp.MustCompile(`(?m)^so: 1174\n`).ReplaceAllString(s, "")
		s = strings.Replace(s, "ngay: 2025-12-31\n", "du_thao: 2\n", 1)
		s = strings.Replace(s, "trich_yeu: Chuyển đổi số tỉnh Nghệ An năm 2026\n", "trich_yeu: 'Chuyển đổi số tỉnh Nghệ An năm 2026 "+strings.ReplaceAll(hostile, "'", "''")+"'\n", 1)
		return strings.Replace(s, "thoi_ky: Năm 2026\n", `thoi_ky: Năm 2026
lay_y_kien:
  - du_thao: 2
    ngay_gui: 2025-12-10
    han: trong 05 ngày làm việc
    gui: [cac-so-nganh, van-phong-ubnd-tinh]
    soan_thao: so-khcn
    van_ban: 1234/SKHCN-CĐS
`, 1)
	})
	edit(t, filepath.Join(plan, "pl02-nhiem-vu.yaml"), func(s string) string {
		return strings.Replace(s, "noi_dung: Xây dựng, cập nhật, duy trì các Kiến trúc,", "noi_dung: '"+strings.ReplaceAll(hostile, "'", "''")+" Xây dựng, cập nhật, duy trì các Kiến trúc,", 1) + ""
	})
	edit(t, filepath.Join(plan, "pl02-nhiem-vu.yaml"), func(s string) string {
		// The edited line now opens a quoted scalar; close it at its end.
		return regexp.MustCompile(`(?m)^(\s+noi_dung: '<script>.*)$`).ReplaceAllString(s, "$1'")
	})
	write(t, filepath.Join(plan, "tien-do/2026-Q1/so-khcn.yaml"), `ke_hoach: na-kh-2026-cds
ky: 2026-Q1
co_quan: so-khcn
nhiem_vu:
  - id: nv-cong-cu-bao-cao
    tinh_trang: hoan_thanh
    ngay_hoan_thanh: 2026-03-20
    ket_qua: Đã đưa công cụ báo cáo trực tuyến vào vận hành
  - id: nv-kien-truc-so
    tinh_trang: dang_thuc_hien
    ket_qua: Đang cập nhật Kiến trúc số phiên bản 4.0
`)
	write(t, filepath.Join(plan, "tien-do/2026-Q3/so-khcn.yaml"), `ke_hoach: na-kh-2026-cds
ky: 2026-Q3
co_quan: so-khcn
nhiem_vu:
  - id: nv-ioc
    tinh_trang: hoan_thanh
    ngay_hoan_thanh: 2026-07-10
    ket_qua: Trung tâm giám sát, điều hành thông minh đã vận hành
chi_tieu:
  - id: ct-ioc-tinh
    ket_qua: Hoàn thành
`)
	write(t, filepath.Join(plan, "tien-do/2026-Q2/bao-ptth.yaml"), `ke_hoach: na-kh-2026-cds
ky: 2026-Q2
co_quan: bao-ptth
chi_tieu:
  - id: ct-bao-chi-cds
    ket_qua: 45%
`)
	// One member of the provincial departments' group reports on a task
	// the group leads; the other sixteen have not.
	write(t, filepath.Join(plan, "tien-do/2026-Q1/so-noi-vu.yaml"), `ke_hoach: na-kh-2026-cds
ky: 2026-Q1
co_quan: so-noi-vu
nhiem_vu:
  - id: nv-kien-toan-bo-may
    tinh_trang: dang_thuc_hien
    ket_qua: Đã trình phương án kiện toàn
`)
	write(t, filepath.Join(plan, "gop-y/du-thao-2/so-noi-vu.yaml"), `ke_hoach: na-kh-2026-cds
du_thao: 2
co_quan: so-noi-vu
ngay_nhan: 2025-12-15
nguon: phieu
y_kien:
  - muc: nv-kien-toan-bo-may
    truong: noi_dung
    noi_dung: 'Đề nghị nêu rõ người đứng đầu cơ quan nào. `+strings.ReplaceAll(hostile, "'", "''")+`'
    tra_loi: tiep_thu
    ly_do: Đã bổ sung.
`)
	write(t, filepath.Join(plan, "gop-y/du-thao-2/so-tai-chinh.yaml"), `ke_hoach: na-kh-2026-cds
du_thao: 2
co_quan: so-tai-chinh
ngay_nhan: 2025-12-16
nguon: phieu
nhat_tri: true
`)
	return filepath.Join(wd, "plans")
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func edit(t *testing.T, path string, change func(string) string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := change(string(data))
	if out == string(data) {
		t.Fatalf("%s: the edit changed nothing", path)
	}
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
}

// loadFixture loads the fixture and fails on any finding that would make
// kh site refuse it.
func loadFixture(t *testing.T) loaded {
	t.Helper()
	l := loadRepo(t, fixture(t))
	if len(l.res.Diags) > 0 {
		t.Fatalf("the fixture does not load cleanly: %s %s", l.res.Diags[0].Pos, l.res.Diags[0].Message.EN)
	}
	return l
}

// TestEscaping: hostile plan text shows as text on every page that
// prints it; no markup of it survives.
func TestEscaping(t *testing.T) {
	l := loadFixture(t)
	s := render(t, l, msg.VI)
	seen := 0
	for _, f := range s.Files {
		if !strings.HasSuffix(f.Path, ".html") {
			continue
		}
		for _, raw := range []string{"<script>window", "<img src=x", `onerror="window`} {
			if bytes.Contains(f.Data, []byte(raw)) {
				t.Errorf("%s: %q reached the page as markup", f.Path, raw)
			}
		}
		if bytes.Contains(f.Data, []byte("&lt;script&gt;window.khPwned=1&lt;/script&gt;")) {
			seen++
		}
	}
	if seen < 4 {
		t.Errorf("the hostile text shows on %d pages, want the document, progress, agency and comment pages at least", seen)
	}
	checkLinks(t, s)
}

// TestProgressFromRecords: reports give the national categories and what
// was done, on 01/8/2026; a group's task is counted through its members.
func TestProgressFromRecords(t *testing.T) {
	l := loadFixture(t)
	opt := l.options(msg.VI)
	opt.AsOf = time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)
	b := &builder{repo: l.res.Repo, opt: opt, lang: msg.VI}
	if err := b.collect(); err != nil {
		t.Fatal(err)
	}
	var sp *sitePlan
	for _, p := range b.plans {
		if p.Plan.ID == "na-kh-2026-cds" {
			sp = p
		}
	}
	for _, want := range []struct {
		task, lead   string
		cat          followup.Category
		note, report string
	}{
		{"nv-cong-cu-bao-cao", "so-khcn", followup.DoneOnTime, "hoàn thành ngày 20/3/2026", "Đã đưa công cụ báo cáo trực tuyến vào vận hành"},
		{"nv-ioc", "so-khcn", followup.DoneLate, "quá 10 ngày; hoàn thành ngày 10/7/2026", "Trung tâm giám sát, điều hành thông minh đã vận hành"},
		{"nv-kien-truc-so", "so-khcn", followup.OnTrack, "đang thực hiện", "Đang cập nhật Kiến trúc số phiên bản 4.0"},
		{"nv-kien-toan-bo-may", "cac-so-nganh", followup.Overdue, "quá 123 ngày; 1/17 thành viên đã báo cáo; đang thực hiện", "Đã trình phương án kiện toàn"},
		{"nv-kien-toan-bo-may", "cac-dia-phuong", followup.Overdue, "quá 123 ngày; 0/130 thành viên đã báo cáo", ""},
		{"nv-bo-tri-can-bo", "cac-so-nganh", followup.NotStarted, "0/17 thành viên đã báo cáo", ""},
	} {
		row := sp.byID[want.task]
		var lt *leadTask
		for _, x := range row.Leads {
			if x.Lead == want.lead {
				lt = x
			}
		}
		if lt == nil {
			t.Errorf("%s: no row under %s", want.task, want.lead)
			continue
		}
		if lt.State.Category != want.cat || lt.Status.Note != want.note || lt.Report != want.report {
			t.Errorf("%s under %s: %s %q %q, want %s %q %q", want.task, want.lead, lt.State.Category, lt.Status.Note, lt.Report, want.cat, want.note, want.report)
		}
	}
	if got := sp.byID["nv-kien-toan-bo-may"].State.Category; got != followup.Overdue {
		t.Errorf("nv-kien-toan-bo-may as a whole: %s, want overdue", got)
	}
	s, err := Render(l.res.Repo, opt)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string][2]string{"ct-ioc-tinh": {"Hoàn thành", "dat"}, "ct-bao-chi-cds": {"45%", "dung-tien-do"}} {
		var in *indicatorRow
		for _, x := range sp.Indicators {
			if x.Indicator.ID == id {
				in = x
			}
		}
		if in == nil || in.Result != want[0] || in.Verdict.Key != want[1] {
			t.Errorf("%s: %+v, want result %q assessed %s", id, in, want[0], want[1])
		}
	}
	page := string(file(t, s, "ke-hoach/na-kh-2026-cds/tien-do.html"))
	for _, want := range []string{"1/17 thành viên đã báo cáo", "Chưa báo cáo (16 thành viên): Văn phòng UBND tỉnh, Sở Tư pháp, Sở Tài chính"} {
		if !strings.Contains(page, want) {
			t.Errorf("the progress page lacks %q", want)
		}
	}
	// The indicator page shows the result, its assessment and the result's
	// bar in the chart.
	page = string(file(t, s, "ke-hoach/na-kh-2026-cds/chi-tieu.html"))
	for _, want := range []string{`<td class="c" lang="vi">45%</td>`, `<span class="badge s-dung-tien-do">Đúng tiến độ</span>`, `class="b-ket-qua"`, "kết quả 45%"} {
		if !strings.Contains(page, want) {
			t.Errorf("the indicator page lacks %q", want)
		}
	}
}

// TestRoundsPage: the comment round with its answers and summary tables.
func TestRoundsPage(t *testing.T) {
	l := loadFixture(t)
	s := render(t, l, msg.VI)
	dir := "ke-hoach/na-kh-2026-cds/"
	page := string(file(t, s, dir+"gop-y.html"))
	for _, want := range []string{
		"Dự thảo lần 2", "10/12/2025", "trong 05 ngày làm việc (17/12/2025)", "1234/SKHCN-CĐS", "Sở Khoa học và Công nghệ",
		"2/17 cơ quan, đơn vị đã có ý kiến (1 nhất trí); 1 ý kiến góp ý: tiếp thu 1",
		"Sở Tài chính", "Đề nghị nêu rõ người đứng đầu cơ quan nào.", "Tiếp thu: Đã bổ sung.",
		`href="gop-y/du-thao-2/bang-tong-hop.xlsx"`, `href="gop-y/du-thao-2/bang-tong-hop.pdf"`, `href="gop-y/du-thao-2/bang-tong-hop.docx"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the comment page lacks %q", want)
		}
	}
	for _, ext := range []string{"xlsx", "pdf", "docx"} {
		if len(file(t, s, dir+"gop-y/du-thao-2/bang-tong-hop."+ext)) == 0 {
			t.Errorf("empty summary table .%s", ext)
		}
	}
	if !strings.Contains(string(file(t, s, dir+"index.html")), `href="gop-y.html"`) {
		t.Error("the plan's page does not link its comment page")
	}
}

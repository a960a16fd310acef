package benchdata

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/deadline"
)

// Shape of every plan. Together with the vocabulary they give plans of
// about 80 KB, close to the real 2026 plan (~90 KB in three files).
const (
	frameworks       = 4  // the first plans of a province span 2026–2030; later ones implement them
	taskGroups       = 6  // groups of the tasks appendix
	tasksPerGroup    = 10 // → 60 tasks
	indicatorGroups  = 5
	indicatorsPerGrp = 10 // → 50 indicators
	actionSections   = 8  // sub-sections of NHIỆM VỤ, GIẢI PHÁP
	crossRefs        = 3  // tasks implementing a framework plan's task
)

// planGen builds the three files of plan k of a province. Everything another
// plan may refer to (id, number, date, task ids) is a function of the
// province and k alone, so plans can cite each other without a second pass.
type planGen struct {
	r         *rand.Rand
	pr        province
	k         int
	perProv   int
	id        string
	defect    int
	framework bool
	parent    string
	deadlines []string
	// used holds the task texts given out, so no task repeats another (KH167).
	used map[string]bool
}

func newPlanGen(i, perProvince int, r *rand.Rand) *planGen {
	pr := provinces[i%len(provinces)]
	k := i / len(provinces)
	g := &planGen{r: r, pr: pr, k: k, perProv: perProvince, id: planID(pr, k), defect: i % DefectEvery, framework: k < frameworks}
	if !g.framework && r.IntN(2) == 0 {
		g.parent = planID(pr, k%frameworks)
	}
	g.deadlines = g.pickDeadlines()
	return g
}

func planID(pr province, k int) string { return fmt.Sprintf("%s-kh-%d-2025", pr.code, planNumber(k)) }

// planNumber grows with the date, as an issuer numbers its documents
// through the year (rule KH110).
func planNumber(k int) int { return 100 + 7*k }

// planDate spreads a province's plans over March–December 2025, after the
// reorganisation, so no plan names an agency that had ended.
func planDate(k, perProvince int) time.Time {
	start := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	return start.AddDate(0, 0, k*290/max(perProvince, 1))
}

var topics = []string{
	"Chuyển đổi số", "Phát triển chính quyền số", "Bảo đảm an toàn thông tin mạng",
	"Phát triển kinh tế số và xã hội số", "Phát triển hạ tầng số", "Phát triển nhân lực số",
	"Phát triển dữ liệu số", "Cải cách hành chính gắn với chuyển đổi số",
}

func (g *planGen) title(k int) string {
	topic := topics[k%len(topics)]
	if k < frameworks {
		return fmt.Sprintf("%s tỉnh %s giai đoạn 2026–2030", topic, g.pr.name)
	}
	return fmt.Sprintf("%s tỉnh %s năm 2026", topic, g.pr.name)
}

func (g *planGen) period() string {
	if g.framework {
		return "Giai đoạn 2026–2030"
	}
	return "Năm 2026"
}

func (g *planGen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// taskText picks a task text the plan has not used yet.
func (g *planGen) taskText() string {
	if g.used == nil {
		g.used = map[string]bool{}
	}
	for {
		t := g.pick(oneOffTaskTexts)
		if !g.used[t] || len(g.used) >= len(oneOffTaskTexts) {
			g.used[t] = true
			return t
		}
	}
}

// statedPercent is the figure an indicator text states as its result.
var statedPercent = regexp.MustCompile(`\d+(?:,\d+)?%`)

// oneOffTaskTexts are the task texts without recurring wording ("hằng
// năm", "định kỳ"), since the generated deadlines are one-off (KH150).
var oneOffTaskTexts = func() []string {
	recurring := regexp.MustCompile(`(?i)(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng)|định kỳ`)
	var out []string
	for _, t := range taskTexts {
		if !recurring.MatchString(t) {
			out = append(out, t)
		}
	}
	return out
}()

// paragraph joins a few clauses into one sentence the way plans do.
func (g *planGen) paragraph() string {
	n := 2 + g.r.IntN(3)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = g.pick(clauses)
	}
	return strings.Join(parts, "; ") + "."
}

func (g *planGen) agencies(n int) []string {
	out := make([]string, 0, n)
	for len(out) < n {
		id := localID(g.pick(workers), g.pr)
		if !contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// citation is a document a plan cites; central ones predate every plan.
type citation struct {
	id, kind, ref, date, issuer, subject, plan string
}

var centralCitations = []citation{
	{"nq-57-tw", "Nghị quyết", "57-NQ/TW", "2024-12-22", "bo-chinh-tri", "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", ""},
	{"nq-52-tw", "Nghị quyết", "52-NQ/TW", "2019-09-27", "bo-chinh-tri", "về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư", ""},
	{"nq-193-qh15", "Nghị quyết", "193/2025/QH15", "2025-02-19", "quoc-hoi", "về thí điểm một số cơ chế, chính sách đặc biệt tạo đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", ""},
	{"qd-749-ttg", "Quyết định", "749/QĐ-TTg", "2020-06-03", "thu-tuong", "phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng năm 2030", ""},
	{"qd-06-ttg", "Quyết định", "06/QĐ-TTg", "2022-01-06", "thu-tuong", "phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia", ""},
	{"qd-411-ttg", "Quyết định", "411/QĐ-TTg", "2022-03-31", "thu-tuong", "phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030", ""},
	{"qd-942-ttg", "Quyết định", "942/QĐ-TTg", "2021-06-15", "thu-tuong", "phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021–2025, định hướng đến năm 2030", ""},
	{"nq-175-cp", "Nghị quyết", "175/NQ-CP", "2023-10-30", "chinh-phu", "phê duyệt Đề án Trung tâm dữ liệu quốc gia", ""},
}

func (g *planGen) citations() []citation {
	out := append([]citation(nil), centralCitations...)
	out = append(out,
		citation{"nq-09-tu", "Nghị quyết", "09-NQ/TU", "2022-08-05", localID("tinh-uy", g.pr), "về chuyển đổi số tỉnh " + g.pr.name + " đến năm 2025, định hướng đến năm 2030", ""},
		citation{"qd-3050-ubnd", "Quyết định", "3050/QĐ-UBND", "2024-11-12", localID("ubnd-tinh", g.pr), "phê duyệt Đề án chuyển đổi số tỉnh " + g.pr.name + " đến năm 2030", ""})
	// Earlier plans of the province are cited by id, as a plan cites the
	// framework it carries out.
	for _, k := range []int{g.k - 1, g.k % frameworks} {
		if k < 0 || k >= g.k {
			continue
		}
		n := planNumber(k)
		out = append(out, citation{fmt.Sprintf("kh-%d-ubnd", n), "Kế hoạch", fmt.Sprintf("%d/KH-UBND", n),
			planDate(k, g.perProv).Format(time.DateOnly), localID("ubnd-tinh", g.pr), "về " + lowerFirst(g.title(k)), planID(g.pr, k)})
	}
	return out
}

func lowerFirst(s string) string {
	r := []rune(s)
	return strings.ToLower(string(r[0])) + string(r[1:])
}

// body renders ke-hoach.yaml.
func (g *planGen) body() string {
	var b yamlBuf
	b.line(0, "# Kế hoạch tổng hợp số %d của tỉnh %s (dữ liệu đo hiệu năng).", g.k, g.pr.name)
	b.line(0, "id: %s", g.id)
	b.line(0, "loai: KH")
	b.line(0, "co_quan: %s", localID("ubnd-tinh", g.pr))
	b.line(0, "so: %d", planNumber(g.k))
	b.line(0, "ky_hieu: KH-UBND")
	b.line(0, "dia_danh: %s", g.pr.name)
	b.line(0, "ngay: %s", planDate(g.k, g.perProv).Format(time.DateOnly))
	b.line(0, "trich_yeu: %s", scalar(g.title(g.k)))
	b.line(0, "thoi_ky: %s", g.period())
	b.line(0, "thuc_hien: [nq-57-tw, nq-09-tu]")
	if g.parent != "" {
		b.line(0, "ke_hoach_cha: %s", g.parent)
	}
	g.writeCitations(&b)
	b.line(0, "mo_dau:")
	b.line(1, "- %s", scalar(g.paragraph()))
	b.line(0, "noi_dung:")
	g.writeOutline(&b)
	b.line(0, "ket_thuc:")
	b.line(1, "- %s", scalar("Trên đây là Kế hoạch "+lowerFirst(g.title(g.k))+"; yêu cầu các cơ quan, đơn vị, địa phương có liên quan triển khai thực hiện nghiêm túc./."))
	b.line(0, "ky:")
	b.line(1, "thay_mat: ỦY BAN NHÂN DÂN")
	b.line(1, "ky_thay: CHỦ TỊCH")
	b.line(1, "chuc_vu: PHÓ CHỦ TỊCH")
	b.line(1, "ho_ten: %s", g.pick(signers))
	b.line(0, "noi_nhan:")
	for _, r := range recipients {
		b.line(1, "- %s", scalar(r))
	}
	b.line(0, "phu_luc:")
	b.line(1, "- pl01-chi-tieu.yaml")
	b.line(1, "- pl02-nhiem-vu.yaml")
	return b.String()
}

var signers = []string{"Nguyễn Văn Đệ", "Lê Hồng Vinh", "Bùi Đình Long", "Trần Thị Hương", "Phạm Minh Tuấn", "Hoàng Nghĩa Hiếu"}

var recipients = []string{
	"Bộ Khoa học và Công nghệ;", "TT TU; TT HĐND tỉnh;", "Chủ tịch UBND tỉnh;", "Các PCT UBND tỉnh;",
	"Các Sở, ban, ngành cấp tỉnh;", "UBND các xã, phường;", "Lưu: VT, TH.",
}

func (g *planGen) writeCitations(b *yamlBuf) {
	b.line(0, "can_cu:")
	for _, c := range g.citations() {
		b.line(1, "- id: %s", c.id)
		b.line(2, "loai: %s", c.kind)
		b.line(2, "so_ky_hieu: %s", scalar(c.ref))
		b.line(2, "ngay: %s", c.date)
		b.line(2, "co_quan: %s", c.issuer)
		b.line(2, "trich_yeu: %s", scalar(c.subject))
		if c.plan != "" {
			b.line(2, "ke_hoach: %s", c.plan)
		}
	}
}

// writeOutline renders the body: the usual top-level parts of a plan with
// sub-sections of dash paragraphs.
func (g *planGen) writeOutline(b *yamlBuf) {
	section := func(id, heading string) {
		b.line(1, "- id: %s", id)
		b.line(2, "tieu_de: %s", scalar(heading))
	}
	sub := func(id string, paras int) {
		b.line(3, "- id: %s", id)
		b.line(4, "tieu_de: %s", scalar(g.pick(subHeadings)))
		b.line(4, "doan:")
		for range paras {
			b.line(5, "- gach: %s", scalar(g.paragraph()))
		}
	}
	section("can-cu", "CĂN CỨ LẬP KẾ HOẠCH")
	b.line(2, "liet_ke_can_cu: true")
	section("muc-dich-yeu-cau", "MỤC ĐÍCH, YÊU CẦU")
	b.line(2, "muc:")
	sub("muc-dich", 3)
	sub("yeu-cau", 3)
	section("muc-tieu", "MỤC TIÊU")
	b.line(2, "muc:")
	sub("muc-tieu-chung", 3)
	b.line(3, "- id: muc-tieu-cu-the")
	b.line(4, "tieu_de: Mục tiêu, chỉ tiêu cụ thể")
	b.line(4, "doan:")
	b.line(5, "- %s", scalar("([[pl01]] gửi kèm theo)"))
	section("nhiem-vu-giai-phap", "NHIỆM VỤ, GIẢI PHÁP")
	b.line(2, "muc:")
	for i := range actionSections {
		sub(fmt.Sprintf("giai-phap-%d", i+1), 4+g.r.IntN(3))
	}
	section("danh-muc-nhiem-vu", "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM")
	b.line(2, "doan:")
	b.line(3, "- %s", scalar("([[pl02]] gửi kèm theo)"))
	section("to-chuc-thuc-hien", "TỔ CHỨC THỰC HIỆN")
	b.line(2, "muc:")
	for i := range 4 {
		sub(fmt.Sprintf("to-chuc-%d", i+1), 3)
	}
}

// subHeadings are the vocabulary's headings that are not top-level capitals.
var subHeadings = func() []string {
	var out []string
	for _, h := range headings {
		if h != strings.ToUpper(h) {
			out = append(out, h)
		}
	}
	return out
}()

var indicatorGroupHeadings = []string{"Hạ tầng số", "Nhận thức số, nhân lực số", "Chính quyền số", "Kinh tế số", "Xã hội số"}

var targets = []string{"100%", "≥ 50%", "≥ 60%", "≥ 80%", "≥ 90%", "Hoàn thành", "Ứng dụng", "70%", "40%"}

// indicators renders pl01-chi-tieu.yaml.
func (g *planGen) indicators() string {
	var b yamlBuf
	b.line(0, "id: pl01")
	b.line(0, "loai: chi_tieu")
	b.line(0, "tieu_de: %s", scalar("Danh mục các chỉ tiêu cơ bản "+lowerFirst(g.title(g.k))))
	b.line(0, "nhan_cot:")
	b.line(1, "noi_dung: Chỉ tiêu")
	b.line(1, "muc_tieu: Mục tiêu")
	b.line(1, "chu_tri: Đơn vị chủ trì tham mưu")
	b.line(0, "nhom:")
	n := 0
	for gi := range indicatorGroups {
		b.line(1, "- id: pl01-nhom-%d", gi+1)
		b.line(2, "tieu_de: %s", scalar(indicatorGroupHeadings[gi%len(indicatorGroupHeadings)]))
		b.line(2, "chi_tieu:")
		for range indicatorsPerGrp {
			n++
			b.line(3, "- id: ct-%02d", n)
			text, goal := g.pick(indicatorTexts), g.pick(targets)
			if m := statedPercent.FindString(text); m != "" && !strings.HasPrefix(text, "Tỷ lệ") {
				goal = m // a text that states its result has that result as target (KH152)
			}
			b.line(4, "noi_dung: %s", scalar(text))
			b.line(4, "muc_tieu: %s", scalar(goal))
			b.line(4, "chu_tri: %s", list(g.agencies(1+g.r.IntN(2))))
			if g.r.IntN(4) == 0 {
				b.line(4, "ghi_chu: %s", scalar(g.pick(clauses)))
			}
		}
	}
	return b.String()
}

var products = []string{"Kế hoạch", "Báo cáo", "Quyết định phê duyệt", "Hệ thống được đưa vào vận hành", "Cơ sở dữ liệu được cập nhật", "Văn bản hướng dẫn"}

var taskGroupHeadings = []string{"Công tác lãnh đạo, chỉ đạo", "Hoàn thiện thể chế", "Phát triển hạ tầng số", "Phát triển chính quyền số", "Phát triển kinh tế số, xã hội số", "Bảo đảm an toàn thông tin mạng"}

func taskID(n int) string { return fmt.Sprintf("nv-%02d", n) }

// tasks renders pl02-nhiem-vu.yaml.
func (g *planGen) tasks() string {
	var b yamlBuf
	b.line(0, "id: pl02")
	b.line(0, "loai: nhiem_vu")
	b.line(0, "tieu_de: %s", scalar("Danh mục các nhiệm vụ "+lowerFirst(g.title(g.k))))
	b.line(0, "nhan_cot:")
	b.line(1, "theo_doi: %s", scalar("Đơn vị theo dõi, tham mưu tổng hợp"))
	b.line(1, "thoi_han: Thời gian hoàn thành")
	b.line(0, "nhom:")
	after := g.dependencies()
	for gi := range taskGroups {
		b.line(1, "- id: pl02-nhom-%d", gi+1)
		b.line(2, "tieu_de: %s", scalar(taskGroupHeadings[gi]))
		b.line(2, "nhiem_vu:")
		for t := range tasksPerGroup {
			g.writeTask(&b, gi*tasksPerGroup+t+1, after)
		}
	}
	return b.String()
}

func (g *planGen) writeTask(b *yamlBuf, n int, after map[int]int) {
	last := taskGroups * tasksPerGroup
	text := g.taskText()
	if n >= last-1 {
		text = reportTexts[n-(last-1)]
	}
	b.line(3, "- id: %s", taskID(n))
	b.line(4, "noi_dung: %s", scalar(text))
	lead := g.agencies(1 + g.r.IntN(2))
	if n == 5 && g.defect == defectAgency {
		lead[0] = localID("so-thong-tin-truyen-thong", g.pr)
	}
	b.line(4, "chu_tri: %s", list(lead))
	if g.r.IntN(3) > 0 {
		b.line(4, "phoi_hop: %s", list(g.agencies(1+g.r.IntN(3))))
	}
	b.line(4, "theo_doi: [%s]", localID("so-khcn", g.pr))
	b.line(4, "thoi_han: %s", scalar(g.deadlines[n-1]))
	if g.r.IntN(3) == 0 {
		b.line(4, "san_pham: %s", g.pick(products))
	}
	if dep, ok := after[n]; ok {
		b.line(4, "sau: [%s]", taskID(dep))
	}
	if n >= last-1 {
		b.line(4, "bao_cao: true")
	}
	if impl := g.implements(n); impl != "" {
		b.line(4, "thuc_hien: %s", impl)
	}
}

// The last two tasks form a reporting chain: departments report, then the
// lead department sums up for the UBND at least five working days later.
var reportTexts = []string{
	"Báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số năm 2026 của cơ quan, đơn vị",
	"Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2026",
}

// implements links a few tasks of a yearly plan to tasks of a framework
// plan: its parent, or another framework plan of the province.
func (g *planGen) implements(n int) string {
	first := 40
	if g.framework || n < first || n >= first+crossRefs {
		return ""
	}
	target := g.parent
	if target == "" {
		target = planID(g.pr, (g.k+1)%frameworks)
	}
	// Tasks 41–58 of a framework plan carry no defect and are due in 2026
	// or later, so the link itself is sound.
	return target + "/" + taskID(41+g.r.IntN(18))
}

// pickDeadlines chooses every task's deadline up front, so dependencies can
// be drawn between tasks whose deadlines agree.
func (g *planGen) pickDeadlines() []string {
	n := taskGroups * tasksPerGroup
	out := make([]string, n)
	for i := range out {
		out[i] = g.deadline()
	}
	out[n-2], out[n-1] = "Trước ngày 05/12/2026", "Trước ngày 16/12/2026"
	switch g.defect {
	case defectPeriod:
		out[9] = "Quý II/2031"
		if !g.framework {
			out[9] = "Quý II/2027"
		}
	case defectSlipping:
		out[29], out[30] = "Quý I/2026", "Quý III/2026"
	}
	return out
}

var frameworkDeadlines = []string{"Năm 2026", "Năm 2027", "Năm 2028", "Giai đoạn 2026–2030", "Thường xuyên", "Hằng năm"}

var romans = []string{"I", "II", "III", "IV"}

func (g *planGen) deadline() string {
	if g.framework {
		return g.pick(frameworkDeadlines)
	}
	switch g.r.IntN(7) {
	case 0, 1:
		return fmt.Sprintf("Quý %s/2026", romans[g.r.IntN(4)])
	case 2:
		return fmt.Sprintf("Tháng %d/2026", 1+g.r.IntN(12))
	case 3:
		return "Thường xuyên"
	case 4:
		return g.beforeDay()
	case 5:
		return "6 tháng đầu năm 2026"
	}
	return "Năm 2026"
}

var statutory = calendar.New()

// beforeDay writes "Trước ngày D/M/2026" whose last day (the day before D) is
// a working day, so rule KH114 stays quiet.
func (g *planGen) beforeDay() string {
	day := time.Date(2026, time.Month(1+g.r.IntN(12)), 1+g.r.IntN(28), 0, 0, 0, 0, time.UTC)
	for !statutory.IsWorkingDay(day.AddDate(0, 0, -1)) {
		day = day.AddDate(0, 0, 1)
	}
	return fmt.Sprintf("Trước ngày %d/%d/2026", day.Day(), int(day.Month()))
}

// dependencies draws "sau" links from some tasks to earlier ones due no
// later, plus the reporting chain and, in a defective plan, one slip.
func (g *planGen) dependencies() map[int]int {
	n := len(g.deadlines)
	ends := make([]time.Time, n)
	for i, s := range g.deadlines {
		if d, err := deadline.Parse(s); err == nil && d.Dated() {
			ends[i] = d.To
		}
	}
	out := map[int]int{n: n - 1}
	for i := 1; i < n-2; i++ {
		if g.r.IntN(6) != 0 || ends[i].IsZero() {
			continue
		}
		j := g.r.IntN(i)
		if !ends[j].IsZero() && !ends[j].After(ends[i]) {
			out[i+1] = j + 1
		}
	}
	if g.defect == defectSlipping {
		out[30] = 31
		delete(out, 31)
	}
	return out
}

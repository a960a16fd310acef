package benchdata

import (
	"strings"
)

type province struct {
	slug, code, name string
}

var provinces = []province{
	{"nghe-an", "na", "Nghệ An"},
	{"thanh-hoa", "th", "Thanh Hóa"},
	{"ha-tinh", "ht", "Hà Tĩnh"},
	{"quang-tri", "qt", "Quảng Trị"},
	{"gia-lai", "gl", "Gia Lai"},
}

// agency is a registry entry before the province suffix is added to its
// ids: agency ids are one namespace across all registries.
type agency struct {
	id, name, short string
	kind, bloc      string
	from            string
	successor       string // set for agencies that ended on endDate
}

// endDate is when the 2025 reorganisation ended the old departments.
const endDate = "2025-02-28"

var provinceAgencies = []agency{
	{id: "ubnd-tinh", name: "Ủy ban nhân dân tỉnh %s", short: "UBND tỉnh"},
	{id: "chu-tich-ubnd-tinh", name: "Chủ tịch UBND tỉnh"},
	{id: "hdnd-tinh", name: "Hội đồng nhân dân tỉnh %s", short: "HĐND tỉnh"},
	{id: "tinh-uy", name: "Tỉnh ủy %s", bloc: "dang"},
	{id: "van-phong-ubnd-tinh", name: "Văn phòng Ủy ban nhân dân tỉnh", short: "Văn phòng UBND tỉnh"},
	{id: "so-noi-vu", name: "Sở Nội vụ"},
	{id: "so-tu-phap", name: "Sở Tư pháp"},
	{id: "so-tai-chinh", name: "Sở Tài chính"},
	{id: "so-cong-thuong", name: "Sở Công Thương"},
	{id: "so-nn-mt", name: "Sở Nông nghiệp và Môi trường", short: "Sở NN&MT", from: "2025-03-01"},
	{id: "so-xay-dung", name: "Sở Xây dựng"},
	{id: "so-khcn", name: "Sở Khoa học và Công nghệ", short: "Sở KH&CN"},
	{id: "so-vhttdl", name: "Sở Văn hóa, Thể thao và Du lịch", short: "Sở VHTTDL", from: "2025-03-01"},
	{id: "so-gddt", name: "Sở Giáo dục và Đào tạo", short: "Sở GD&ĐT"},
	{id: "so-y-te", name: "Sở Y tế"},
	{id: "thanh-tra-tinh", name: "Thanh tra tỉnh"},
	{id: "so-ngoai-vu", name: "Sở Ngoại vụ"},
	{id: "so-dan-toc-ton-giao", name: "Sở Dân tộc và Tôn giáo", short: "Sở DT&TG", from: "2025-03-01"},
	{id: "cong-an-tinh", name: "Công an tỉnh"},
	{id: "bo-chi-huy-quan-su", name: "Bộ Chỉ huy Quân sự tỉnh"},
	{id: "bao-ptth", name: "Báo và Phát thanh, Truyền hình %s", short: "Báo và PTTH tỉnh"},
	{id: "cong-ttdt-tinh", name: "Cổng Thông tin điện tử tỉnh", short: "Cổng TTĐT tỉnh"},
	{id: "trung-tam-hcc", name: "Trung tâm Phục vụ hành chính công tỉnh"},
	{id: "vnpt-tinh", name: "VNPT %s", kind: "doanh_nghiep", bloc: "khac"},
	{id: "viettel-tinh", name: "Viettel %s", kind: "doanh_nghiep", bloc: "khac"},
	{id: "buu-dien-tinh", name: "Bưu điện tỉnh %s", kind: "doanh_nghiep", bloc: "khac"},
	{id: "cac-so-nganh", name: "Các sở, ban, ngành cấp tỉnh", kind: "nhom"},
	{id: "ubnd-cap-xa", name: "UBND các xã, phường", kind: "nhom"},
	{id: "cac-dia-phuong", name: "Các địa phương", kind: "nhom"},
	{id: "doanh-nghiep-cntt", name: "Các doanh nghiệp công nghệ thông tin", kind: "nhom", bloc: "khac"},
	{id: "so-tttt", name: "Sở Thông tin và Truyền thông", short: "Sở TT&TT", successor: "so-khcn"},
	{id: "so-khdt", name: "Sở Kế hoạch và Đầu tư", short: "Sở KH&ĐT", successor: "so-tai-chinh"},
	{id: "so-tnmt", name: "Sở Tài nguyên và Môi trường", short: "Sở TN&MT", successor: "so-nn-mt"},
	{id: "so-nn-ptnt", name: "Sở Nông nghiệp và Phát triển nông thôn", short: "Sở NN&PTNT", successor: "so-nn-mt"},
	{id: "so-gtvt", name: "Sở Giao thông vận tải", short: "Sở GTVT", successor: "so-xay-dung"},
	{id: "so-ldtbxh", name: "Sở Lao động - Thương binh và Xã hội", short: "Sở LĐ-TB&XH", successor: "so-noi-vu"},
	{id: "so-vhtt", name: "Sở Văn hóa và Thể thao", successor: "so-vhttdl"},
	{id: "so-du-lich", name: "Sở Du lịch", successor: "so-vhttdl"},
	{id: "ban-dan-toc", name: "Ban Dân tộc tỉnh", successor: "so-dan-toc-ton-giao"},
}

// workers are the agencies tasks and indicators are given to: those that
// exist through 2026, bodies and groups alike.
var workers = func() []string {
	var out []string
	for _, a := range provinceAgencies {
		// A UBND plan assigns work to UBND agencies: no Party body, no
		// HĐND (KH170), no former agency.
		if a.successor == "" && a.bloc != "dang" && !strings.HasPrefix(a.id, "chu-tich") && a.id != "hdnd-tinh" {
			out = append(out, a.id)
		}
	}
	return out
}()

var centralAgencies = []agency{
	{id: "bo-chinh-tri", name: "Bộ Chính trị", bloc: "dang"},
	{id: "ban-chi-dao-tw", name: "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", short: "Ban Chỉ đạo Trung ương", bloc: "dang"},
	{id: "quoc-hoi", name: "Quốc hội"},
	{id: "chinh-phu", name: "Chính phủ"},
	{id: "thu-tuong", name: "Thủ tướng Chính phủ"},
	{id: "bo-khcn", name: "Bộ Khoa học và Công nghệ", short: "Bộ KH&CN"},
	{id: "bo-noi-vu", name: "Bộ Nội vụ"},
	{id: "bo-tai-chinh", name: "Bộ Tài chính"},
	{id: "bo-cong-an", name: "Bộ Công an"},
}

func centralRegistry() string {
	var b yamlBuf
	b.line(0, "tinh: Trung ương")
	b.line(0, "co_quan:")
	for _, a := range centralAgencies {
		writeAgency(&b, a, a.id, a.name, nil)
	}
	return b.String()
}

func provinceRegistry(pr province) string {
	var b yamlBuf
	b.line(0, "# Danh mục cơ quan, đơn vị tỉnh %s (dữ liệu tổng hợp).", pr.name)
	b.line(0, "tinh: %s", pr.name)
	b.line(0, "co_quan:")
	for _, a := range provinceAgencies {
		name := strings.Replace(a.name, "%s", pr.name, 1)
		var header []string
		if a.id == "ubnd-tinh" {
			header = []string{"ỦY BAN NHÂN DÂN", "TỈNH " + strings.ToUpper(pr.name)}
		}
		writeAgency(&b, a, localID(a.id, pr), name, header)
		if a.successor != "" {
			b.line(2, "den_ngay: %s", endDate)
			b.line(2, "ke_thua: [%s]", localID(a.successor, pr))
		}
	}
	return b.String()
}

func writeAgency(b *yamlBuf, a agency, id, name string, header []string) {
	b.line(1, "- id: %s", id)
	b.line(2, "ten: %s", scalar(name))
	if a.short != "" {
		b.line(2, "ten_ngan: [%s]", scalar(a.short))
	}
	if a.kind != "" {
		b.line(2, "loai: %s", a.kind)
	}
	if a.bloc != "" {
		b.line(2, "khoi: %s", a.bloc)
	}
	if len(header) > 0 {
		b.line(2, "tieu_de: [%s]", strings.Join(header, ", "))
	}
	if a.from != "" {
		b.line(2, "tu_ngay: %s", a.from)
	}
}

// localID is a province agency's id in the shared namespace.
func localID(id string, pr province) string { return id + "-" + pr.code }

package msg

// kh diff: the labels of the semantic diff (text and markdown).
var (
	DiffHeader = New("diff.header",
		"Thông tin chung",
		"Header")
	DiffCitations = New("diff.citations",
		"Căn cứ",
		"Citations")
	DiffSections = New("diff.sections",
		"Mục",
		"Sections")
	DiffAppendices = New("diff.appendices",
		"Phụ lục",
		"Appendices")
	DiffGroups = New("diff.groups",
		"Nhóm",
		"Groups")
	DiffTasks = New("diff.tasks",
		"Nhiệm vụ",
		"Tasks")
	DiffIndicators = New("diff.indicators",
		"Chỉ tiêu",
		"Indicators")
	DiffDocuments = New("diff.documents",
		"Văn bản",
		"Documents")
	DiffPlan = New("diff.plan",
		"Kế hoạch",
		"Plan")
	DiffPlanAdded = New("diff.plan-added",
		"kế hoạch mới",
		"new plan")
	DiffPlanGone = New("diff.plan-gone",
		"kế hoạch bị bỏ",
		"plan removed")
	DiffEmpty = New("diff.empty",
		"(trống)",
		"(empty)")
	DiffCut = New("diff.cut",
		"_… còn %d dòng không hiện: bình luận trên GitHub dài tối đa 65.536 ký tự. Xem đủ bằng %s (hoặc bảng so sánh, thêm `--format xlsx`)._",
		"_… %d more rows left out: a GitHub comment holds at most 65,536 characters. See them all with %s (or the comparison table, add `--format xlsx`)._")
	DiffYes = New("diff.yes",
		"có",
		"yes")
	DiffNo = New("diff.no",
		"không",
		"no")
	DiffMovedGroup = New("diff.moved-group",
		"chuyển nhóm",
		"moved to another group")
	DiffMovedSect = New("diff.moved-sect",
		"chuyển mục",
		"moved to another section")
	DiffOrder = New("diff.order",
		"đổi thứ tự trong nhóm",
		"reordered in its group")
	DiffNoDiff = New("diff.no-diff",
		"Không có khác biệt.",
		"No differences.")
	DiffWorktree = New("diff.worktree",
		"thư mục làm việc",
		"working tree")
	DiffMergeBase = New("diff.merge-base",
		"điểm rẽ nhánh với %s (%s)",
		"merge base with %s (%s)")
	DiffContainer = New("diff.container",
		"mục ",
		"section ")
	DiffId = New("diff.id",
		"mã",
		"id")
	DiffLoai = New("diff.loai",
		"loại",
		"kind")
	DiffCoQuan = New("diff.co-quan",
		"cơ quan",
		"agency")
	DiffSo = New("diff.so",
		"số",
		"number")
	DiffKyHieu = New("diff.ky-hieu",
		"ký hiệu",
		"symbol")
	DiffDiaDanh = New("diff.dia-danh",
		"địa danh",
		"place")
	DiffNgay = New("diff.ngay",
		"ngày",
		"date")
	DiffDuThao = New("diff.du-thao",
		"dự thảo",
		"draft")
	DiffTrichYeu = New("diff.trich-yeu",
		"trích yếu",
		"title")
	DiffTieuDePhu = New("diff.tieu-de-phu",
		"tiêu đề phụ",
		"subheading")
	DiffThoiKy = New("diff.thoi-ky",
		"thời kỳ",
		"period")
	DiffThucHien = New("diff.thuc-hien",
		"thực hiện",
		"implements")
	DiffKeHoachCha = New("diff.ke-hoach-cha",
		"kế hoạch cha",
		"parent plan")
	DiffMoDau = New("diff.mo-dau",
		"phần mở đầu",
		"preamble")
	DiffKetThuc = New("diff.ket-thuc",
		"phần kết thúc",
		"closing")
	DiffKyThayMat = New("diff.ky-thay-mat",
		"ký thay mặt (TM.)",
		"signed on behalf of (TM.)")
	DiffKyKyThay = New("diff.ky-ky-thay",
		"ký thay (KT.)",
		"signed for (KT.)")
	DiffKyChucVu = New("diff.ky-chuc-vu",
		"chức vụ người ký",
		"signer's title")
	DiffKyHoTen = New("diff.ky-ho-ten",
		"người ký",
		"signer")
	DiffNoiNhan = New("diff.noi-nhan",
		"nơi nhận",
		"recipients")
	DiffMau = New("diff.mau",
		"mẫu trình bày",
		"template")
	DiffSoKyHieu = New("diff.so-ky-hieu",
		"số, ký hiệu",
		"number and symbol")
	DiffKeHoach = New("diff.ke-hoach",
		"kế hoạch trong kho",
		"repository plan")
	DiffTieuDe = New("diff.tieu-de",
		"tiêu đề",
		"heading")
	DiffDanhSo = New("diff.danh-so",
		"kiểu đánh số",
		"numbering")
	DiffDoan = New("diff.doan",
		"đoạn văn",
		"paragraphs")
	DiffLietKeCanCu = New("diff.liet-ke-can-cu",
		"liệt kê căn cứ",
		"lists citations")
	DiffTuanTu = New("diff.tuan-tu",
		"tuần tự",
		"sequential")
	DiffDoanCuoi = New("diff.doan-cuoi",
		"đoạn cuối",
		"closing paragraphs")
	DiffCot = New("diff.cot",
		"cột thêm",
		"extra columns")
	DiffNoiDung = New("diff.noi-dung",
		"nội dung",
		"text")
	DiffChuTri = New("diff.chu-tri",
		"chủ trì",
		"lead")
	DiffPhoiHop = New("diff.phoi-hop",
		"phối hợp",
		"cooperating")
	DiffTheoDoi = New("diff.theo-doi",
		"theo dõi",
		"monitoring")
	DiffThoiHan = New("diff.thoi-han",
		"thời hạn",
		"deadline")
	DiffSanPham = New("diff.san-pham",
		"sản phẩm",
		"product")
	DiffSau = New("diff.sau",
		"làm sau",
		"after")
	DiffBaoCao = New("diff.bao-cao",
		"báo cáo",
		"report")
	DiffGhiChu = New("diff.ghi-chu",
		"ghi chú",
		"note")
	DiffMucTieu = New("diff.muc-tieu",
		"mục tiêu",
		"target")
	DiffNguyenVan = New("diff.nguyen-van",
		"nguyên văn",
		"wording")
	DiffNam = New("diff.nam",
		"năm",
		"year")
	DiffCoSo = New("diff.co-so",
		"mức cơ sở",
		"baseline")
	DiffDonVi = New("diff.don-vi",
		"đơn vị tính",
		"unit")
	DiffHuong = New("diff.huong",
		"hướng",
		"direction")
	DiffChuanBi = New("diff.chuan-bi",
		"văn bản chuẩn bị",
		"documents prepared")
	DiffKyDanhGiaThoiGian = New("diff.ky-danh-gia-thoi-gian",
		"thời gian đánh giá",
		"period assessed")
	DiffKyDanhGiaVanBan = New("diff.ky-danh-gia-van-ban",
		"văn bản được đánh giá",
		"document assessed")
	DiffDanhSoTheoNhom = New("diff.danh-so-theo-nhom",
		"đánh số lại theo nhóm",
		"rows numbered per group")
	DiffItem = New("diff.item",
		"Nhiệm vụ, chỉ tiêu",
		"Task or indicator")
	DiffFieldCol = New("diff.field-col",
		"Trường",
		"Field")
	DiffOld = New("diff.old",
		"Cũ",
		"Old")
	DiffNew = New("diff.new",
		"Mới",
		"New")
	DiffShift = New("diff.shift",
		"Thay đổi",
		"Change")
	DiffID = New("diff.i-d",
		"Mã",
		"Id")
	DiffWhere = New("diff.where",
		"Số thứ tự",
		"Printed as")
	DiffContent = New("diff.content",
		"Nội dung",
		"Content")
	DiffDetails = New("diff.details",
		"Chi tiết",
		"Details")
	DiffAdded = New("diff.added",
		"thêm",
		"added")
	DiffRemoved = New("diff.removed",
		"bỏ",
		"removed")
	DiffChanged = New("diff.changed",
		"sửa",
		"changed")
	DiffAppendixN = New("diff.appendix-n",
		"Phụ lục ",
		"Appendix ")
	DiffSectionN = New("diff.section-n",
		"mục ",
		"section ")
	DiffNumberN = New("diff.number-n",
		"số ",
		"no. ")
	DiffAgencyAdd = New("diff.agency-add",
		"thêm ",
		"added ")
	DiffAgencyDrop = New("diff.agency-drop",
		"bỏ ",
		"removed ")
	DiffReordered = New("diff.reordered",
		"đổi thứ tự",
		"reordered")
	DiffWeakened = New("diff.weakened",
		"chỉ tiêu giảm",
		"target weakened")
	DiffStrengthened = New("diff.strengthened",
		"chỉ tiêu tăng",
		"target strengthened")
	DiffUnitChanged = New("diff.unitchanged",
		"đổi đơn vị",
		"unit changed")
	DiffNotComparable = New("diff.notcomparable",
		"không so sánh được",
		"not comparable")
	DiffEquivalent = New("diff.equivalent",
		"như cũ, viết khác",
		"same target, written differently")
	DiffAttention = New("diff.attention",
		"Chậm hạn và chỉ tiêu giảm",
		"Slipped deadlines and weakened targets")

	DiffMonths        = New("diff.months", "%d tháng", "%d months")
	DiffMonth         = New("diff.month", "1 tháng", "1 month")
	DiffDays          = New("diff.days", "%d ngày", "%d days")
	DiffDay           = New("diff.day", "1 ngày", "1 day")
	DiffLater         = New("diff.later", "chậm %s", "%s later")
	DiffEarlier       = New("diff.earlier", "sớm hơn %s", "%s earlier")
	DiffDifferences   = New("diff.differences", "%d khác biệt", "%d differences")
	DiffDifference    = New("diff.difference", "1 khác biệt", "1 difference")
	DiffSlips         = New("diff.slips", "%d chậm hạn", "%d slips")
	DiffSlip          = New("diff.slip", "1 chậm hạn", "1 slip")
	DiffWeakenedN     = New("diff.weakened-n", "%d chỉ tiêu giảm", "%d weakened targets")
	DiffWeakened1     = New("diff.weakened-1", "1 chỉ tiêu giảm", "1 weakened target")
	DiffStrengthenedN = New("diff.strengthened-n", "%d chỉ tiêu tăng", "%d strengthened targets")
	DiffStrengthened1 = New("diff.strengthened-1", "1 chỉ tiêu tăng", "1 strengthened target")
	DiffAdvances      = New("diff.advances", "%d sớm hơn", "%d earlier")
)

package msg

// Output paths built from data (internal/outpath).
var (
	OutNameRefused = New("outpath.refused",
		"không dùng %q làm tên tệp: %s; sửa mã (id) trong dữ liệu (chữ thường không dấu, số, dấu gạch ngang, tối đa 64 ký tự) rồi chạy lại",
		"%q cannot be used as a file name: %s; fix the id in the data (lowercase ASCII letters, digits, hyphens, at most 64 characters) and run again")
	OutNameEmpty = New("outpath.empty",
		"tên rỗng",
		"the name is empty")
	OutNameTooLong = New("outpath.too-long",
		"dài %d byte, quá %d",
		"it is %d bytes long, over %d")
	OutNameLeadingDot = New("outpath.leading-dot",
		"tên bắt đầu bằng dấu chấm hoặc dấu gạch",
		"it starts with a dot or a dash")
	OutNameTrailingDot = New("outpath.trailing-dot",
		"tên kết thúc bằng dấu chấm",
		"it ends with a dot")
	OutNameDotDot = New("outpath.dot-dot",
		"tên chứa \"..\"",
		"it contains \"..\"")
	OutNameChar = New("outpath.char",
		"tên chứa ký tự %q",
		"it contains the character %q")
	OutNameDevice = New("outpath.device",
		"đây là tên thiết bị dành riêng của Windows",
		"it is a device name reserved by Windows")
	OutNameLeaves = New("outpath.leaves",
		"đường dẫn ra ngoài thư mục kết quả",
		"the path leaves the output folder")
	OutSymlink = New("outpath.symlink",
		"%s là liên kết tượng trưng; kh không ghi qua liên kết trong thư mục kết quả, hãy xóa liên kết đó",
		"%s is a symbolic link; kh does not write through links inside its output folder, remove the link")
)

// Git revisions from the command line.
var GitRevOption = New("git.rev-option",
	"%s %q: phiên bản git không được bắt đầu bằng dấu \"-\"; ghi tên nhánh, thẻ hoặc mã commit, ví dụ main hoặc HEAD~1",
	"%s %q: a git revision cannot start with \"-\"; give a branch, tag or commit, e.g. main or HEAD~1")

// Commands that write from plans check them first.
var (
	PlanHasErrors = New("validate.refused",
		"kh %s: %s có %d lỗi (xem ở trên); sửa rồi chạy lại kh check, hoặc thêm --force để vẫn tạo bản có dấu CHƯA KIỂM TRA",
		"kh %s: %s has %d errors (shown above); fix them and run kh check again, or add --force to produce a copy marked as not checked")
	PlanHasErrorsNoForce = New("validate.refused-no-force",
		"kh %s: %s có %d lỗi (xem ở trên); sửa rồi chạy lại kh check",
		"kh %s: %s has %d errors (shown above); fix them and run kh check again")
	PlanForced = New("validate.forced",
		"kh %s: %s có %d lỗi chưa sửa; kết quả được đánh dấu CHƯA KIỂM TRA và không dùng để ban hành",
		"kh %s: %s has %d unfixed errors; the output is marked as not checked and is not fit for issue")
	FlagBuildForce = New("flag.build.force",
		"vẫn dựng khi kế hoạch còn lỗi; mỗi trang PDF và bản Word mang dấu CHƯA KIỂM TRA",
		"build even though the plan has errors; every page of the PDF and the Word draft carries a not-checked mark")
	FlagShowForce = New("flag.show.force",
		"vẫn in khi kế hoạch còn lỗi (kèm cảnh báo trên stderr)",
		"print even though the plan has errors (with a warning on stderr)")
	// UncheckedMark is printed on every page of a PDF built with --force.
	UncheckedMark = New("validate.mark",
		"CHƯA KIỂM TRA: còn %d lỗi",
		"NOT CHECKED: %d errors left")
)

// Years and report periods given on the command line or in a form.
var (
	YearOutOfRange = New("year.range",
		"năm %d nằm ngoài khoảng %d–%d của một kế hoạch; kiểm tra lại năm",
		"year %d is outside the range %d–%d of a plan; check the year")
)

// Outputs aimed at what kh reads.
var (
	OutputIsSource = New("output.is-source",
		"%s là tệp kh đọc (%s); kh không ghi kết quả đè lên tệp nguồn: chọn tệp khác, ví dụ trong out/",
		"%s is a file kh reads (%s); kh never writes an output over a source: choose another file, e.g. in out/")
	OutputInPlan = New("output.in-plan",
		"%s nằm trong thư mục %s mà kh đọc; ghi kết quả ra ngoài, ví dụ out/",
		"%s lies inside %s, a folder kh reads; write outputs elsewhere, e.g. out/")
	OutputYAMLInRepo = New("output.yaml-in-repo",
		"%s là tệp .yaml trong kho kế hoạch %s, nơi kh đọc mọi tệp .yaml; đặt tên khác hoặc ghi ra ngoài kho",
		"%s is a .yaml file inside the plans repository %s, where kh reads .yaml files; pick another name or write it outside the repository")
	OutputTwice = New("output.twice",
		"--output ghi hai lần vào %s; mỗi báo cáo một tệp",
		"--output writes %s twice; one file per report")
	RoleConfigName   = New("role.config", "cấu hình kho", "the repository settings")
	RoleCalendarName = New("role.calendar", "lịch làm việc", "the working-day calendar")
	RoleRegistryName = New("role.registry", "danh mục cơ quan", "an agency registry")
	RolePlanName     = New("role.plan", "tệp kế hoạch", "a plan file")
	RoleRecordName   = New("role.record", "bản ghi tiến độ", "a progress record")
	RoleTemplateName = New("role.template", "mẫu thể thức", "a layout template")
	RoleAppendixName = New("role.appendix", "phụ lục", "an appendix")
)

// What a number counts, for KH025.
var (
	CountWorkingDays = New("count.working-days", "số ngày làm việc", "a number of working days")
	CountDocNumber   = New("count.doc-number", "số văn bản", "a document number")
	CountDraft       = New("count.draft", "số lần dự thảo", "a draft number")
)

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
		"vẫn in khi kế hoạch còn lỗi (kèm cảnh báo ở luồng báo lỗi)",
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

// Report forms read back by kh import: hostile or impossible content.
var (
	FormTooLarge = New("form.too-large",
		"tệp quá lớn để là biểu mẫu báo cáo (%s); chỉ nhập biểu mẫu tạo bằng kh forms",
		"the file is too large to be a report form (%s); import only forms made by kh forms")
	FormTooManyRows = New("form.too-many-rows",
		"biểu mẫu có hơn %d dòng nhiệm vụ; biểu mẫu do kh forms tạo không dài như vậy",
		"the form has more than %d task rows; no form made by kh forms is that long")
	FormOldFormat = New("form.old-format",
		"biểu mẫu theo định dạng cũ %s (nay là %s), mã kiểm tra không bao quát mọi ô bị khóa; tạo lại biểu mẫu bằng kh forms",
		"the form has the old layout %s (now %s), whose checksum does not cover every locked cell; make a new one with kh forms")
	FormEdited = New("form.edited",
		"các ô bị khóa của biểu mẫu đã bị sửa (mã kiểm tra khác); không nhập biểu mẫu đã sửa, tạo lại bằng kh forms",
		"the form's locked cells were edited (checksum differs); an edited form is not imported, make a new one with kh forms")
	FormCellEdited = New("form.cell-edited",
		"ô %s (%s) bị khóa nhưng đã bị sửa: ghi %q, biểu mẫu gốc ghi %q; không nhập biểu mẫu đã sửa, tạo lại bằng kh forms",
		"cell %s (%s) is locked yet was edited: it holds %q, the form as made holds %q; an edited form is not imported, make a new one with kh forms")
	FormPlanChanged = New("form.plan-changed",
		"kế hoạch đã thay đổi từ khi tạo biểu mẫu: ô %s (%s) ghi %q, nay là %q; tạo lại biểu mẫu bằng kh forms và gửi lại cho cơ quan",
		"the plan changed since the form was made: cell %s (%s) holds %q, now %q; make a new form with kh forms and send it again")
	FormDateFuture = New("form.date-future",
		"dòng %d (%s): ngày hoàn thành %s sau hôm nay (%s); một việc chưa thể hoàn thành trong tương lai, sửa lại ngày",
		"row %d (%s): the completion date %s is after today (%s); nothing is completed in the future, fix the date")
	FormDateAfterPeriod = New("form.date-after-period",
		"dòng %d (%s): ngày hoàn thành %s sau kỳ báo cáo %s (hết ngày %s); báo cáo việc này ở kỳ sau, hoặc ghi lý do ở cột %q",
		"row %d (%s): the completion date %s is after the report period %s (ending %s); report it in the next period, or give the reason in the column %q")
	FormFormulaText = New("form.formula-text",
		"dòng %d, cột %q: ô bắt đầu bằng %q như một công thức; kh lưu nguyên văn bản, không bao giờ thành công thức — xem lại nội dung",
		"row %d, column %q: the cell starts with %q like a formula; kh keeps it as plain text, never as a formula — review it")
)

// RecordBusy refuses a second concurrent writer of a progress record.
var RecordBusy = New("record.busy",
	"%s đang được một lần chạy kh import khác ghi; chờ lần đó xong rồi chạy lại (nếu không còn kh import nào chạy, xóa tệp khóa %s)",
	"%s is being written by another kh import run; wait for it to finish and run again (if no kh import is running, delete the lock file %s)")

// A form file kh import will not open.
var (
	ImportNotRegular = New("import.not-regular",
		"%s: không phải tệp thường (thư mục, ống dẫn hay thiết bị); chỉ nhập tệp biểu mẫu .xlsx",
		"%s: not a regular file (a folder, a pipe or a device); import only .xlsx form files")
	ImportLink = New("import.link",
		"%s: là liên kết tới nơi khác; chép tệp biểu mẫu vào đây rồi nhập",
		"%s: is a link to elsewhere; copy the form file here and import the copy")
	FormFileTooLarge = New("import.form-too-large",
		"%s: tệp quá lớn để là biểu mẫu báo cáo (quá %d MiB)",
		"%s: the file is too large to be a report form (over %d MiB)")
)

// DiffInWorktree prefixes why the working tree's side of kh diff cannot be
// compared (DiffAtRevision does it for a revision).
var DiffInWorktree = New("diff.in-worktree",
	"thư mục làm việc: %v",
	"working tree: %v")

// Workbooks kh did not write, opened within limits (internal/workbook).
var (
	WorkbookParts = New("workbook.parts",
		"tệp có %d phần, quá %d",
		"the file has %d parts, over %d")
	WorkbookUnzipped = New("workbook.unzipped",
		"giải nén vượt %d MiB",
		"over %d MiB unzipped")
	WorkbookRows = New("workbook.rows",
		"một trang có dòng số %d, quá %d dòng",
		"a sheet has a row numbered %d, over %d rows")
	WorkbookCells = New("workbook.cells",
		"các trang có quá %d ô",
		"the sheets hold over %d cells")
	WorkbookCharset = New("workbook.charset",
		"phần %s không mã hóa UTF-8",
		"part %s is not encoded in UTF-8")
)

// GopyFormTooLarge refuses a returned comment form over the workbook limits.
var GopyFormTooLarge = New("gopy.form-too-large",
	"%s quá lớn để là phiếu góp ý (%s); dùng phiếu do kh gop-y gui tạo",
	"%s is too large to be a comment form (%s); use the form kh gop-y gui made")

// Workbooks given to kh import-doc.
var (
	ImportWorkbookLimit = New("import.workbook-limit",
		"%s vượt giới hạn của một bảng tính (%s); văn bản kế hoạch không lớn như vậy, kiểm tra lại tệp",
		"%s is over a workbook's limits (%s); a plan document is never that large, check the file")
	ImportNotWorkbook = New("import.not-workbook",
		"không mở được %s như tệp Excel .xlsx; lưu lại tệp bằng Excel hoặc LibreOffice dưới dạng .xlsx",
		"cannot open %s as an Excel .xlsx file; save it again as .xlsx with Excel or LibreOffice")
)

// RepoHasErrors refuses a command that builds a new plan from a repository
// whose shared files have errors.
var RepoHasErrors = New("validate.repo-refused",
	"kh %s: các tệp chung của kho (kho.yaml, lịch, danh mục cơ quan) có %d lỗi (xem ở trên); sửa rồi chạy lại kh check",
	"kh %s: the repository's shared files (kho.yaml, calendar, agency registries) have %d errors (shown above); fix them and run kh check again")

package msg

// Rolling a plan forward into next year's draft (internal/rollforward,
// kh new --tu).
var (
	RollNoPeriod = New("roll.no-period",
		"kế hoạch %s có thời kỳ %q không đọc được nên không chuyển sang năm sau được; sửa thoi_ky (ví dụ \"Năm 2026\")",
		"plan %s has a period %q that cannot be read, so it cannot be rolled into next year; fix thoi_ky (e.g. \"Năm 2026\")")
	RollNotAPlan = New("roll.not-a-plan",
		"%s không phải kế hoạch trong kho (cần thư mục có ke-hoach.yaml hoặc id của kế hoạch)",
		"%s is not a plan in the repository (give a folder with ke-hoach.yaml or a plan id)")
	RollKindAndFrom = New("roll.kind-and-from",
		"kh new --tu chỉ nhận THƯ-MỤC: khung là kế hoạch cũ, không dùng LOẠI",
		"kh new --tu takes only DIR: the old plan is the skeleton, there is no KIND")
	RollFlagConflict = New("roll.flag-conflict",
		"--%s không dùng với --tu: kế hoạch mới giữ theo kế hoạch cũ",
		"--%s cannot be used with --tu: the new plan follows the old one")
	RollNoteUnread = New("roll.note-unread",
		"Thời hạn %q không đọc được nên giữ nguyên; sửa cho năm mới.",
		"Deadline %q cannot be read, so it is kept as it is; set it for the new year.")
	RollNoteReplaced = New("roll.note-replaced",
		"%s đã không còn; thay bằng đơn vị kế thừa %s.",
		"%s no longer exists; replaced by its successor %s.")
	RollNoteWritten = New("roll.note-written",
		"Bỏ cách ghi cũ %q (nêu đơn vị đã không còn).",
		"Dropped the old wording %q (it named the agency that no longer exists).")
	RollNoteYear = New("roll.note-year",
		"Đoạn này còn nhắc năm %s; sửa nếu cần.",
		"This text still names %s; change it if needed.")
	RollDone = New("roll.done",
		"Đã tạo %s từ %s: dự thảo năm %d (%d tệp).",
		"Created %s from %s: the draft for %d (%d files).")
	RollCounts = New("roll.counts",
		"Dời %d thời hạn sang năm %d; giữ nguyên %d thời hạn không có ngày; %d đoạn còn nhắc năm %d (có ghi chú trong tệp).",
		"Moved %d deadlines to %d; kept %d deadlines without a date; %d texts still name %d (noted in the files).")
	RollReplaced = New("roll.replaced",
		"Thay %s bằng %s (%d chỗ).",
		"Replaced %s by %s (%d places).")
	RollEnded = New("roll.ended",
		"%s đã không còn và không có một đơn vị kế thừa duy nhất; giữ nguyên, kh check sẽ báo.",
		"%s no longer exists and has no single successor; kept, kh check reports it.")
	RollLeft = New("roll.left",
		"Để lại ở kế hoạch cũ: %d bỏ qua quy tắc, %d giá trị ghi theo bản in, %d đợt lấy ý kiến, %d bản ghi tiến độ, %d ý kiến góp ý.",
		"Left with the old plan: %d suppressions, %d values recorded as printed, %d comment rounds, %d progress records, %d comment answers.")
	RollChecked = New("roll.checked",
		"kh check %s: %d lỗi, %d cảnh báo.",
		"kh check %s: %d errors, %d warnings.")
	FlagNewFrom = New("flag.new.tu",
		"bắt đầu từ kế hoạch `KẾ-HOẠCH` năm trước (thư mục hoặc id): cùng cấu trúc và id, thời kỳ và thời hạn dời một năm; khi đó chỉ cần THƯ-MỤC",
		"start from last year's plan `PLAN` (folder or id): same structure and ids, period and deadlines moved by a year; then only DIR is given")
)

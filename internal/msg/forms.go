package msg

// Report forms read back by kh import, progress records, report periods.
var (
	PeriodUnreadable = New("period.unreadable",
		"kỳ báo cáo %q không đọc được; viết 2026 (năm), 2026-H1 (6 tháng), 2026-Q1 (quý) hoặc 2026-03 (tháng)",
		"report period %q cannot be read; write 2026 (year), 2026-H1 (half), 2026-Q1 (quarter) or 2026-03 (month)")

	FormNotXLSX = New("form.not-xlsx",
		"không mở được như tệp Excel .xlsx; chỉ nhập biểu mẫu .xlsx tạo bằng kh forms",
		"cannot be opened as an Excel .xlsx file; import only .xlsx forms made by kh forms")
	FormNotKh = New("form.not-kh",
		"không phải biểu mẫu do kh tạo (thiếu thông tin nhận dạng ẩn); chỉ nhập biểu mẫu tạo bằng lệnh kh forms",
		"not a form made by kh (its hidden identification is missing); import only forms made by kh forms")
	FormNoSheet = New("form.no-sheet",
		"không có trang %q của biểu mẫu; biểu mẫu đã bị sửa cấu trúc",
		"the form's sheet %q is missing; the form's structure was changed")
	FormUnknownPlan = New("form.unknown-plan",
		"biểu mẫu thuộc kế hoạch %q không có trong kho",
		"the form belongs to plan %q, which is not in the repository")
	FormBadPeriod = New("form.bad-period",
		"kỳ báo cáo %q của biểu mẫu không hợp lệ; biểu mẫu đã bị sửa",
		"the form's period %q is invalid; the form was altered")
	FormUnknownAgency = New("form.unknown-agency",
		"cơ quan %q của biểu mẫu không có trong danh mục",
		"the form's agency %q is not in the registry")
	FormUnknownTask = New("form.unknown-task",
		"dòng %d: mã nhiệm vụ %q không có trong kế hoạch %s — biểu mẫu đã bị sửa; tạo lại biểu mẫu bằng kh forms",
		"row %d: task id %q is not in plan %s — the form was altered; make a new one with kh forms")
	FormNotLead = New("form.not-lead",
		"dòng %d: %s không chủ trì nhiệm vụ %q; biểu mẫu chỉ được chứa nhiệm vụ do cơ quan báo cáo chủ trì",
		"row %d: %s does not lead task %q; a form may only list tasks its agency leads")
	FormTextChanged = New("form.text-changed",
		"dòng %d: nội dung nhiệm vụ %q khác với kế hoạch — biểu mẫu đã bị sửa hoặc kế hoạch đã thay đổi; tạo lại biểu mẫu bằng kh forms",
		"row %d: the text of task %q differs from the plan — the form was altered or the plan changed; make a new one with kh forms")
	FormChecksum = New("form.checksum",
		"danh sách nhiệm vụ (%d dòng) không khớp %d nhiệm vụ %s chủ trì trong kế hoạch (mã kiểm tra khác) — tạo lại biểu mẫu bằng kh forms",
		"the task list (%d rows) does not match the %d tasks %s leads in the plan (checksum differs) — make a new form with kh forms")
	FormBadStatus = New("form.bad-status",
		"dòng %d (%s): tình trạng %q không hợp lệ; chọn một trong: %s",
		"row %d (%s): status %q is invalid; choose one of: %s")
	FormChoiceLate = New("form.choice-late",
		"dòng %d (%s): chọn %q nhưng ngày hoàn thành %s sau thời hạn %s; chọn \"Đã hoàn thành quá hạn\" hoặc sửa ngày",
		"row %d (%s): %q is chosen but the completion date %s is after the deadline %s; choose \"Đã hoàn thành quá hạn\" (done late) or fix the date")
	FormChoiceOnTime = New("form.choice-on-time",
		"dòng %d (%s): chọn %q nhưng ngày hoàn thành %s không sau thời hạn %s; chọn \"Đã hoàn thành đúng hạn\" hoặc sửa ngày",
		"row %d (%s): %q is chosen but the completion date %s is not after the deadline %s; choose \"Đã hoàn thành đúng hạn\" (done on time) or fix the date")
	FormIndicatorCount = New("form.indicator-count",
		"trang %q: %d dòng chỉ tiêu, kế hoạch giao %d chỉ tiêu cho %s — biểu mẫu đã bị sửa hoặc kế hoạch đã thay đổi; tạo lại biểu mẫu bằng kh forms",
		"sheet %q: %d indicator rows, the plan gives %d indicators to %s — the form was altered or the plan changed; make a new one with kh forms")
	FormResultUnit = New("form.result-unit",
		"trang %q, dòng %d (%s): kết quả %q tính bằng %q, mục tiêu %q tính bằng %q; ghi cùng đơn vị, ví dụ %s",
		"sheet %q, row %d (%s): result %q is in %q, the target %q in %q; give it in the same unit, for example %s")
	FormResultUnreadable = New("form.result-unreadable",
		"trang %q, dòng %d (%s): kết quả %q không so được với mục tiêu %q; %s",
		"sheet %q, row %d (%s): result %q cannot be compared with the target %q; %s")
	FormBadDate = New("form.bad-date",
		"dòng %d (%s): ngày hoàn thành %q không đọc được; nhập dạng dd/mm/yyyy",
		"row %d (%s): completion date %q cannot be read; enter it as dd/mm/yyyy")
	FormDateNotDone = New("form.date-not-done",
		"dòng %d (%s): có ngày hoàn thành nhưng tình trạng không phải Hoàn thành; sửa một trong hai",
		"row %d (%s): a completion date is given but the status is not Hoàn thành (done); fix one of them")
)

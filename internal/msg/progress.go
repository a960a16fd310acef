package msg

// Progress records (tien-do/<kỳ>/<cơ quan>.yaml) and kh fmt's refusals.
var (
	ProgressWrongPlan = New("progress.wrong-plan",
		"bản ghi ghi kế hoạch %q nhưng nằm trong thư mục của kế hoạch %q",
		"the record names plan %q but lies in the folder of plan %q")
	ProgressDuplicateTask = New("progress.duplicate-task",
		"nhiệm vụ %q đã có ở một mục trước; gộp hai mục làm một",
		"task %q already has an entry above; merge the two")
	ProgressWrongPlace = New("progress.wrong-place",
		"kỳ %s và cơ quan %s không khớp đường dẫn %s",
		"period %s and agency %s do not match the path %s")
	ProgressDateNotDone = New("progress.date-not-done",
		"chỉ ghi khi tình trạng là hoan_thanh; xóa ngày hoặc sửa tình trạng",
		"is only given with status hoan_thanh; remove the date or fix the status")
	ProgressDateBeforeIssue = New("progress.date-before-issue",
		"trước ngày ban hành kế hoạch %s; kiểm tra lại ngày",
		"is before the plan's issue date %s; check the date")

	FmtEmpty    = New("fmt.empty", "tệp rỗng", "the file is empty")
	FmtMultiDoc = New("fmt.multi-doc",
		"tệp có nhiều tài liệu YAML (---), kh fmt chỉ giữ được tài liệu đầu",
		"the file holds several YAML documents (---); kh fmt would keep only the first")
)

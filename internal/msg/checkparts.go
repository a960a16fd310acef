package msg

import "time"

// Parts of kh check's findings: related positions, hints and the pieces
// rule templates are filled with.
var (
	CheckRelIssueDate    = New("check.rel.issue-date", "ngày ban hành kế hoạch", "the plan's issue date")
	CheckRelPeriod       = New("check.rel.period", "thời kỳ kế hoạch", "the plan's period")
	CheckRelParentPeriod = New("check.rel.parent-period", "thời kỳ kế hoạch cấp trên", "the parent plan's period")
	CheckRelDeadlineOf   = New("check.rel.deadline-of", "thời hạn của %s", "deadline of %s")
	CheckRelNextReport   = New("check.rel.next-report", "báo cáo cấp trên %s", "next-level report %s")
	CheckRelStep         = New("check.rel.step", "bước %s", "step %s")
	CheckRelParentTask   = New("check.rel.parent-task", "nhiệm vụ cấp trên %s", "parent task %s")

	CheckWriteAs     = New("check.write-as", "; viết là %q", "; write %q")
	CheckDidYouMean  = New("check.did-you-mean", " (có phải %q?)", " (did you mean %q?)")
	CheckInPlan      = New("check.in-plan", " trong kế hoạch %s", " in plan %s")
	CheckLowerNumber = New("check.lower-number",
		"số nhỏ hơn %s đã mang ngày %s",
		"the lower number %s is dated %s")
	CheckNoSuccessor = New("check.no-successor",
		"cơ quan kế thừa (thêm ke_thua vào danh mục)",
		"the successor agency (add ke_thua to the registry)")
	CheckOr = New("check.or", " hoặc ", " or ")

	CheckSymbolParty = New("check.symbol.party",
		"văn bản của Đảng ghi dạng \"NQ/TU\"",
		"Party documents write it as \"NQ/TU\"")
	CheckSymbolState = New("check.symbol.state",
		"văn bản nhà nước ghi dạng \"KH-UBND\"",
		"state documents write it as \"KH-UBND\"")
	CheckSymbolKind = New("check.symbol.kind",
		"phần đầu phải là loại văn bản %s",
		"it must start with the document type %s")
	CheckSignatureTM = New("check.signature.tm",
		"dòng \"TM.\" (thay_mat) phía trên \"KT.\"",
		"the \"TM.\" line (thay_mat) above \"KT.\"")
	CheckSignatureName = New("check.signature.name",
		"họ tên người ký (ho_ten) của văn bản đã ban hành",
		"the signer's name (ho_ten) of an issued document")
	CheckUnknownRule = New("check.unknown-rule",
		"dùng mã quy tắc không tồn tại; xem danh sách quy tắc trong README",
		"names a rule that does not exist; see the rule list in the README")

	CheckReviewMid    = New("check.review.mid", "sơ kết", "mid-term review (sơ kết)")
	CheckReviewFinal  = New("check.review.final", "tổng kết", "final review (tổng kết)")
	CheckReviewReport = New("check.review.report", "báo cáo", "report (báo cáo)")

	CheckWeekdayDate = New("check.weekday-date", "%s %s", "%s %s")
)

// weekdays are the days' names, Sunday first as time.Weekday counts.
var weekdays = [...]*Message{
	New("weekday.sunday", "Chủ nhật", "Sunday"),
	New("weekday.monday", "thứ Hai", "Monday"),
	New("weekday.tuesday", "thứ Ba", "Tuesday"),
	New("weekday.wednesday", "thứ Tư", "Wednesday"),
	New("weekday.thursday", "thứ Năm", "Thursday"),
	New("weekday.friday", "thứ Sáu", "Friday"),
	New("weekday.saturday", "thứ Bảy", "Saturday"),
}

// Weekday names d in both languages.
func Weekday(d time.Weekday) Text { return weekdays[d].Text() }

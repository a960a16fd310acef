package msg

// Fragments of the review rules' findings (internal/check, KH140–KH179).
var (
	CheckDayOffBefore = New("check.day-off-before",
		"thời hạn trước ngày %s: ngày cuối %s là %s, nên việc phải xong trong ngày làm việc %s; không phải lỗi, chỉ cần các cơ quan biết",
		"deadline before %s: its last day %s is a day off (%s), so the work is due on the working day %s; not a defect, only worth telling the agencies")
	CheckDue = New("check.due",
		"%s, hết ngày %s",
		"%s, ending %s")
	CheckAssessedPeriod = New("check.assessed-period",
		"khoảng thời gian được đánh giá",
		"the assessed period")
	CheckChainEnd = New("check.chain-end",
		"bước cuối của chuỗi báo cáo: %s",
		"last step of the reporting chain: %s")
	CheckAlsoDue = New("check.also-due",
		"cũng giao nhiệm vụ %s (hạn %s)",
		"also named on task %s (due %s)")
)

package diag

// reviewRules read a plan as an experienced reviewer at the provincial
// office does (issue 17): over time, against its own targets, against the
// other plans of the repository. Codes KH140–KH179.
var reviewRules = []Rule{
	// Agency lifetimes across the task.
	{"KH140", Warning, "agency-ends-before-deadline", Text{VI: "Cơ quan chấm dứt hoạt động trước hạn nhiệm vụ", EN: "Agency ceases before the task is due"},
		"%s chấm dứt hoạt động từ %s, trước hạn %s của %d nhiệm vụ; giao %s hoặc ghi cơ quan tiếp nhận nhiệm vụ",
		"%s ceases on %s, before the deadline %s of %d task(s); assign %s or name the agency that takes the task over"},
	{"KH141", Warning, "agency-ends-in-report-chain", Text{VI: "Cơ quan chấm dứt hoạt động giữa chuỗi báo cáo", EN: "Agency ceases while its reporting chain runs"},
		"%s chấm dứt hoạt động từ %s, trước khi chuỗi báo cáo kết thúc (%s, bước %q); cấp trên không còn nơi hỏi lại: giao %s hoặc đặt hạn cả chuỗi sớm hơn",
		"%s ceases on %s, before its reporting chain ends (%s, step %q), so the next level has nowhere to go back to; assign %s or bring the chain forward"},
	{"KH142", Warning, "agency-ends-in-assessed-period", Text{VI: "Cơ quan báo cáo chấm dứt hoạt động trong kỳ được đánh giá", EN: "Reporting agency ceases inside the assessed period"},
		"%s chấm dứt hoạt động từ %s, trong khoảng thời gian được đánh giá (%s): báo cáo của cơ quan này không bao quát phần sau ngày đó; giao %s báo cáo tiếp phần còn lại",
		"%s ceases on %s, inside the assessed period (%s): its report cannot cover what follows; have %s report the rest"},
	// Periods and deadlines.
	{"KH143", Info, "report-before-period-end", Text{VI: "Báo cáo đến hạn trước khi kỳ được đánh giá kết thúc", EN: "Reports due before the assessed period ends"},
		"%d báo cáo đến hạn trước khi kỳ được đánh giá kết thúc (%s): %s; số liệu của phần còn lại sẽ phải ước tính, ghi rõ điều đó hoặc lùi hạn",
		"%d report(s) fall due before the assessed period ends (%s): %s; the rest of the period will have to be estimated, say so or move the deadlines"},
	{"KH144", Warning, "final-report-before-period-end", Text{VI: "Báo cáo cuối cùng đến hạn trước khi kỳ được đánh giá kết thúc", EN: "Final report due before the assessed period ends"},
		"báo cáo cuối cùng %q (hạn %s) đến hạn trước khi kỳ được đánh giá kết thúc (%s); lùi hạn báo cáo hoặc rút kỳ đánh giá về ngày số liệu được chốt",
		"the final report %q (due %s) falls due before the assessed period ends (%s); move the report or end the assessed period when the figures are closed"},
	{"KH145", Warning, "assessed-period-mismatch", Text{VI: "Kỳ được đánh giá không khớp văn bản được sơ kết", EN: "Assessed period does not match the reviewed document"},
		"kỳ được đánh giá %q %s; sửa kỳ đánh giá hoặc văn bản được sơ kết",
		"the assessed period %q %s; fix the period or the reviewed document"},
	{"KH146", Info, "review-without-period", Text{VI: "Kế hoạch sơ kết, tổng kết chưa ghi kỳ được đánh giá", EN: "Review plan without its assessed period"},
		"kế hoạch %s nhưng chưa ghi kỳ được đánh giá; thêm ky_danh_gia (thoi_gian, van_ban) để kh kiểm tra hạn báo cáo và cơ quan báo cáo",
		"the plan is a %s but states no assessed period; add ky_danh_gia (thoi_gian, van_ban) so kh can check report deadlines and reporting agencies"},
	{"KH147", Info, "open-deadlines", Text{VI: "Nhiệm vụ không có ngày kết thúc", EN: "Tasks without an end date"},
		"%d trong %d nhiệm vụ không có ngày kết thúc: %s; xem có nhiệm vụ nào cần hạn cụ thể",
		"%d of %d tasks have no end date: %s; see whether some need a definite deadline"},
	{"KH148", Warning, "missing-deadline-in-table", Text{VI: "Dòng thiếu thời hạn trong bảng có thời hạn", EN: "Row without a deadline in a table that has them"},
		"nhiệm vụ %q không có thời hạn, trong khi %d/%d dòng khác của bảng có; ghi thời hạn (hoặc \"Thường xuyên\")",
		"task %q has no deadline while %d of the %d other rows of the table have one; add it (or \"Thường xuyên\")"},
	{"KH149", Warning, "missing-target-in-table", Text{VI: "Chỉ tiêu thiếu mục tiêu trong bảng có mục tiêu", EN: "Indicator without a target in a table that has them"},
		"chỉ tiêu %q không có mục tiêu, trong khi %d/%d chỉ tiêu khác của bảng có; ghi mục tiêu",
		"indicator %q has no target while %d of the %d other rows of the table have one; add it"},
	// Scope words.
	{"KH150", Warning, "recurring-scope-one-off-deadline", Text{VI: "Nội dung lặp lại định kỳ nhưng thời hạn chỉ một lần", EN: "Recurring work with a one-off deadline"},
		"nội dung nêu việc lặp lại (%q) nhưng thời hạn %q chỉ một lần; ghi thời hạn định kỳ (\"Hằng năm\", \"Hằng quý\"…) nếu nhiệm vụ lặp lại, hoặc ghi rõ đợt của kỳ này",
		"the text describes recurring work (%q) but the deadline %q is a single one; write a recurring deadline (\"Hằng năm\", \"Hằng quý\"…) if the task recurs, or name this period's round"},
}

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
}

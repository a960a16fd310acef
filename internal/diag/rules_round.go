package diag

// roundRules check the comment rounds of a draft and the answers kept with
// the plan (issue 15). Codes KH130–KH139.
var roundRules = []Rule{
	{"KH130", Error, "round-agency", Text{VI: "Vòng lấy ý kiến hỏi cơ quan không rõ", EN: "Comment round asks an unclear agency"},
		"vòng lấy ý kiến dự thảo lần %d hỏi %q: %s", "the comment round on draft %d asks %q: %s"},
	{"KH131", Error, "round-deadline", Text{VI: "Hạn trả lời của vòng lấy ý kiến không đọc được", EN: "Comment round deadline cannot be read"},
		"hạn %q không đọc được; viết \"trong 05 ngày làm việc\" (tính từ ngày gửi) hoặc \"Trước ngày 20/12/2025\"",
		"deadline %q cannot be read; write \"trong 05 ngày làm việc\" (counted from the day sent) or \"Trước ngày 20/12/2025\""},
	{"KH132", Error, "round-draft", Text{VI: "Vòng lấy ý kiến ghi sai bản dự thảo", EN: "Comment round on the wrong draft"},
		"vòng lấy ý kiến ghi dự thảo lần %d %s", "the comment round is on draft %d %s"},
	{"KH133", Error, "answer-place", Text{VI: "Ý kiến góp ý nằm sai chỗ hoặc không thuộc vòng nào", EN: "Answer misplaced or of no declared round"},
		"%s", "%s"},
	{"KH134", Warning, "answer-not-asked", Text{VI: "Ý kiến của cơ quan không được hỏi", EN: "Answer from an agency not asked"},
		"%s không được hỏi ý kiến về dự thảo lần %d; kiểm tra co_quan hoặc thêm cơ quan vào lay_y_kien.gui",
		"%s was not asked about draft %d; check co_quan or add the agency to lay_y_kien.gui"},
	{"KH135", Error, "answer-deleted-item", Text{VI: "Ý kiến nói về mục không còn trong kế hoạch", EN: "Comment on an item no longer in the plan"},
		"ý kiến nói về mục %q, không còn trong kế hoạch; sửa mã (muc) cho đúng mục, hoặc ghi ý kiến về cả dự thảo (muc: %s)",
		"the comment is on item %q, which is no longer in the plan; fix the id (muc), or record it on the whole draft (muc: %s)"},
	{"KH136", Warning, "response-missing", Text{VI: "Ý kiến góp ý chưa có ý kiến tiếp thu, giải trình", EN: "Comment without a response"},
		"ý kiến của %s chưa được trả lời (tra_loi: tiep_thu, giai_trinh hoặc khong_tiep_thu) mà %s",
		"the comment of %s has no response (tra_loi: tiep_thu, giai_trinh or khong_tiep_thu) although %s"},
	{"KH137", Error, "response-reason", Text{VI: "Giải trình, không tiếp thu mà không nêu lý do", EN: "Explanation or rejection without a reason"},
		"ý kiến của %s được trả lời %s nhưng không nêu lý do (ly_do)", "the comment of %s is answered %s without a reason (ly_do)"},
	{"KH138", Info, "no-answer", Text{VI: "Cơ quan được hỏi không có ý kiến đúng hạn", EN: "Asked agency did not answer by the deadline"},
		"%s chưa có ý kiến về dự thảo lần %d, đã quá hạn %s; theo quy định, không có ý kiến được coi là thống nhất với dự thảo (bảng tổng hợp ghi như vậy)",
		"%s has not answered on draft %d and the deadline %s has passed; by the rules, silence is usually taken as agreement (the summary table says so)"},
}

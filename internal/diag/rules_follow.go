package diag

// followRules are the findings of the follow-up (issue 19): members of
// groups, who reports on what, indicator results. Codes KH126–KH129,
// KH180–KH189.
var followRules = []Rule{
	{"KH126", Error, "result-unit", Text{VI: "Kết quả chỉ tiêu khác đơn vị của mục tiêu", EN: "Indicator result in another unit than its target"},
		"kết quả %q của chỉ tiêu %q tính bằng %q, mục tiêu %q tính bằng %q; ghi kết quả cùng đơn vị (ví dụ %s)",
		"result %q of indicator %q is in %q, its target %q in %q; give the result in the same unit (for example %s)"},
	{"KH127", Error, "result-not-lead", Text{VI: "Kết quả của chỉ tiêu cơ quan không theo dõi", EN: "Result of an indicator the agency does not lead"},
		"%s", "%s"},
	{"KH128", Warning, "result-unreadable", Text{VI: "Kết quả chỉ tiêu không so được với mục tiêu", EN: "Indicator result cannot be compared with its target"},
		"kết quả %q của chỉ tiêu %q không so được với mục tiêu %q; %s",
		"result %q of indicator %q cannot be compared with its target %q; %s"},
	{"KH129", Warning, "group-record", Text{VI: "Nhóm báo cáo thay cho các thành viên", EN: "A group reports instead of its members"},
		"%s là nhóm có thành viên; mỗi thành viên tự báo cáo phần việc của mình (biểu mẫu kh forms gửi từng thành viên), tách bản ghi này theo thành viên",
		"%s is a group with members; each member reports on its own share (kh forms sends each member a form), split this record by member"},
	{"KH180", Error, "group-members", Text{VI: "Danh sách thành viên của nhóm sai", EN: "A group's member list is wrong"},
		"%s", "%s"},
	{"KH181", Error, "item-members", Text{VI: "Thành viên được giao không thuộc nhóm chủ trì", EN: "Members named are not in the lead group"},
		"%s không thuộc nhóm chủ trì nào của %q (%s); sửa chu_tri_thanh_vien hoặc thêm cơ quan vào chu_tri",
		"%s is in none of the lead groups of %q (%s); fix chu_tri_thanh_vien or add the agency to chu_tri"},
	{"KH182", Error, "item-unchosen", Text{VI: "Nhóm chọn theo nhiệm vụ chưa được chỉ thành viên", EN: "A per-item group without its members"},
		"%q giao cho %s nhưng không ghi chu_tri_thanh_vien: nhóm này chọn thành viên theo từng nhiệm vụ, nên không biết gửi biểu mẫu và đôn đốc ai; ghi mã các cơ quan được giao",
		"%q is led by %s but names no chu_tri_thanh_vien: that group's members are chosen per item, so kh cannot tell whom to send the form and the reminders; list the agencies concerned"},
}

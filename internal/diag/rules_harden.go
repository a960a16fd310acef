package diag

// hardenRules catch input that is well-formed YAML yet would mislead a
// reader or break an output (issue 12). Codes KH025–KH029, KH036–KH039.
var hardenRules = []Rule{
	{"KH025", Error, "negative-number", Text{VI: "Số âm ở trường chỉ nhận số không âm", EN: "Negative number where none is allowed"},
		"%q = %d: %s không thể âm; sửa lại số", "%q = %d: %s cannot be negative; fix the number"},
	{"KH026", Error, "bidi-control", Text{VI: "Ký tự điều khiển hướng chữ (bidi)", EN: "Bidirectional control character"},
		"văn bản có ký tự điều khiển hướng chữ %s (%s): trình xem và bản so sánh hiển thị khác với nội dung thật; xóa ký tự này",
		"text holds the bidirectional control %s (%s): viewers and diffs display it differently from what it says; remove it"},
	{"KH027", Error, "invisible-char", Text{VI: "Ký tự vô hình trong văn bản", EN: "Invisible character in text"},
		"văn bản có ký tự vô hình %s (%s): chữ trông giống nhau nhưng khác nhau khi tìm, so sánh và ghép mã; xóa ký tự này",
		"text holds the invisible character %s (%s): words look the same yet differ when searched, compared or matched; remove it"},
	{"KH028", Error, "private-use-char", Text{VI: "Ký tự dùng riêng hoặc phi ký tự", EN: "Private-use character or noncharacter"},
		"văn bản có ký tự %s (%s) không có nghĩa chung: mỗi phông chữ hiển thị một kiểu; gõ lại bằng chữ Unicode thông thường",
		"text holds %s (%s), which has no shared meaning: every font shows something else; type it again in ordinary Unicode"},
	{"KH029", Error, "text-too-long", Text{VI: "Văn bản dài quá một ô Excel", EN: "Text longer than an Excel cell holds"},
		"văn bản dài %d ký tự, quá %d ký tự một ô Excel chứa được (phần thừa sẽ mất trong bảng Excel và biểu mẫu); chia nhỏ nội dung",
		"the text is %d characters long, over the %d an Excel cell holds (the rest would be lost in the workbook and the forms); split it"},
	{"KH036", Error, "empty-value", Text{VI: "Giá trị để trống", EN: "Empty value"},
		"%q để trống; ghi giá trị hoặc xóa khóa này", "%q is empty; give a value or remove the key"},
	{"KH037", Error, "self-link", Text{VI: "Kế hoạch tham chiếu chính nó", EN: "Plan refers to itself"},
		"liên kết tới chính kế hoạch %s: một kế hoạch không thực hiện, tiếp nối hay căn cứ vào chính nó; ghi mã kế hoạch khác (thứ tự giữa các nhiệm vụ ghi bằng sau)",
		"a link to plan %s itself: a plan does not implement, continue or cite itself; give another plan's id (order tasks with sau)"},
	{"KH038", Warning, "flow-list-split", Text{VI: "Tên cơ quan bị tách thành nhiều mục danh sách", EN: "Agency name split into list items"},
		"các mục %s ghép lại thành tên cơ quan %q: dấu phẩy trong [ … ] tách một tên thành nhiều mục; ghi mã %q (hoặc đặt tên trong dấu nháy)",
		"the items %s join into the agency name %q: commas inside [ … ] split one name into several items; write the id %q (or quote the name)"},
	{"KH039", Warning, "formula-like-text", Text{VI: "Văn bản bắt đầu như một công thức bảng tính", EN: "Text that starts like a spreadsheet formula"},
		"văn bản bắt đầu bằng %q: bảng tính coi đó là công thức khi ô được sửa lại hoặc xuất ra CSV; kh luôn ghi thành văn bản thường, nhưng nên viết lại (ví dụ thêm chữ trước)",
		"the text starts with %q: a spreadsheet takes it for a formula when the cell is edited again or exported to CSV; kh always writes it as plain text, but rewrite it (put a word first)"},
}

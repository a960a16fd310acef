package msg

// Output paths built from data (internal/outpath).
var (
	OutNameRefused = New("outpath.refused",
		"không dùng %q làm tên tệp: %s; sửa mã (id) trong dữ liệu (chữ thường không dấu, số, dấu gạch ngang, tối đa 64 ký tự) rồi chạy lại",
		"%q cannot be used as a file name: %s; fix the id in the data (lowercase ASCII letters, digits, hyphens, at most 64 characters) and run again")
	OutNameEmpty = New("outpath.empty",
		"tên rỗng",
		"the name is empty")
	OutNameTooLong = New("outpath.too-long",
		"dài %d byte, quá %d",
		"it is %d bytes long, over %d")
	OutNameLeadingDot = New("outpath.leading-dot",
		"tên bắt đầu bằng dấu chấm hoặc dấu gạch",
		"it starts with a dot or a dash")
	OutNameTrailingDot = New("outpath.trailing-dot",
		"tên kết thúc bằng dấu chấm",
		"it ends with a dot")
	OutNameDotDot = New("outpath.dot-dot",
		"tên chứa \"..\"",
		"it contains \"..\"")
	OutNameChar = New("outpath.char",
		"tên chứa ký tự %q",
		"it contains the character %q")
	OutNameDevice = New("outpath.device",
		"đây là tên thiết bị dành riêng của Windows",
		"it is a device name reserved by Windows")
	OutNameLeaves = New("outpath.leaves",
		"đường dẫn ra ngoài thư mục kết quả",
		"the path leaves the output folder")
	OutSymlink = New("outpath.symlink",
		"%s là liên kết tượng trưng; kh không ghi qua liên kết trong thư mục kết quả, hãy xóa liên kết đó",
		"%s is a symbolic link; kh does not write through links inside its output folder, remove the link")
)

// Git revisions from the command line.
var GitRevOption = New("git.rev-option",
	"%s %q: phiên bản git không được bắt đầu bằng dấu \"-\"; ghi tên nhánh, thẻ hoặc mã commit, ví dụ main hoặc HEAD~1",
	"%s %q: a git revision cannot start with \"-\"; give a branch, tag or commit, e.g. main or HEAD~1")

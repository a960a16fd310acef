package msg

// Languages and the file system.
var (
	UnknownLang = New("lang.unknown",
		"ngôn ngữ %q không có; dùng vi hoặc en",
		"unknown language %q; use vi or en")

	PathProblem = New("fs.path",
		"%s: %s",
		"%s: %s")
	FSNotExist = New("fs.not-exist",
		"không tìm thấy tệp hay thư mục",
		"no such file or folder")
	FSPermission = New("fs.permission",
		"không có quyền truy cập",
		"permission denied")
	FSExist = New("fs.exist",
		"đã có tệp hay thư mục này",
		"the file or folder already exists")
	FSNoSpace = New("fs.no-space",
		"đĩa đã đầy",
		"no space left on the disk")
	FSNotDir = New("fs.not-dir",
		"một phần của đường dẫn không phải là thư mục",
		"a part of the path is not a folder")
	FSIsDir = New("fs.is-dir",
		"đây là thư mục, không phải tệp",
		"this is a folder, not a file")
)

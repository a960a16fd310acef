package msg

// Reading git revisions and the working tree for kh diff (internal/gitfs).
var (
	GitNoMergeBase = New("git.no-merge-base",
		"%q và %q không có commit chung; so sánh trực tiếp bằng %[1]s..%[2]s",
		"%q and %q have no common commit; compare them directly with %[1]s..%[2]s")
)

// kh diff.
var (
	DiffNoSuchPath = New("diff.no-such-path",
		"%q không phải là đường dẫn hay mã kế hoạch; ghi đường dẫn thư mục kế hoạch hoặc mã (id) của kế hoạch",
		"%q is neither a path nor a plan id; give a plan folder or the plan's id")
	// DiffNotPathNorRepo is a first argument that is no path while the
	// working folder is not in a git repository, so it cannot be a
	// revision either.
	DiffNotPathNorRepo = New("diff.not-path-nor-repo",
		"không có tệp hay thư mục %s; thư mục hiện tại không nằm trong kho git nên %[1]q cũng không thể là phiên bản git",
		"no file or folder %s; the current folder is not in a git repository, so %[1]q cannot be a git revision either")
)

// kh diff help.
var FlagDiffShort = New("flag.diff.short",
	"bản tóm tắt cho màn hình: cắt ngắn nội dung dài (chỉ với --format text)",
	"a quick look for the terminal: long texts shortened (--format text only)")

package msg

// git, read for kh diff REV1..REV2 and kh check --changed. git's own words
// are quoted as git printed them.
var (
	GitNotRepo = New("git.not-repo",
		"%s không nằm trong một kho git; kh diff PB1..PB2 và kh check --changed cần kho git",
		"%s is not inside a git repository; kh diff REV1..REV2 and kh check --changed need one")
	GitFailed = New("git.failed",
		"lệnh git %s không chạy được: %q",
		"git %s failed: %q")
	GitNoRevision = New("git.no-revision",
		"không có phiên bản git %q; kiểm tra tên nhánh, thẻ hoặc mã commit (git log --oneline)",
		"no git revision %q; check the branch, tag or commit name (git log --oneline)")
	GitNoFile = New("git.no-file",
		"không có tệp %s trong phiên bản git",
		"no file %s in the git revision")
	GitBadBatch = New("git.bad-batch",
		"kết quả của git cat-file không đọc được ở %s",
		"cannot read git cat-file's output at %s")
	GitOutsideTree = New("git.outside-tree",
		"%s nằm ngoài kho git %s",
		"%s is outside the git repository %s")
)

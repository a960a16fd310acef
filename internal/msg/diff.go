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
var (
	FlagDiffShort = New("flag.diff.short",
		"bản tóm tắt cho màn hình: cắt ngắn nội dung dài (chỉ với --format text)",
		"a quick look for the terminal: long texts shortened (--format text only)")
	FlagDiffOut = New("flag.diff.out",
		"thư mục `THƯ-MỤC` ghi bảng so sánh (--format xlsx, pdf, docx)",
		"`FOLDER` for the comparison tables (--format xlsx, pdf, docx)")
	FlagDiffTemplates = New("flag.diff.templates",
		"thư mục mẫu thể thức `THƯ-MỤC` cho lề và cỡ chữ của bảng so sánh (mặc định: templates/ của kho; thiếu tệp thì dùng mẫu có sẵn)",
		"layout templates `FOLDER` for the comparison table's margins and font sizes (default: the repository's templates/; built-in templates fill the gaps)")
)

// The comparison table (bảng so sánh) of kh diff --format xlsx|pdf|docx. The
// table is a document of the file, printed in Vietnamese whatever --lang
// says; the English texts serve readers of the catalogue.
var (
	TableTitle = New("difftable.title", "BẢNG SO SÁNH", "COMPARISON TABLE")
	TableSides = New("difftable.sides",
		"(%s so với %s)",
		"(%s compared with %s)")
	TableSources = New("difftable.sources",
		"Bản cũ: %s; bản mới: %s",
		"Old: %s; new: %s")
	TableRevision = New("difftable.revision",
		"phiên bản %s (%s) ngày %s",
		"revision %s (%s) of %s")
	TableMergeBase = New("difftable.merge-base",
		"điểm rẽ nhánh với %s (%s) ngày %s",
		"merge base with %s (%s) of %s")
	TableWorktree = New("difftable.worktree", "thư mục làm việc", "working tree")
	TableOldSide  = New("difftable.old", "bản cũ", "old version")
	TableNewSide  = New("difftable.new", "bản mới", "new version")
	TableEmpty    = New("difftable.empty", "(trống)", "(empty)")
	TableContent  = New("difftable.content", "Nội dung %s", "Text of %s")
	TableSheet    = New("difftable.sheet", "Bảng so sánh", "Comparison")

	TableColNumber   = New("difftable.col.tt", "TT", "No.")
	TableColWhere    = New("difftable.col.where", "Vị trí (số thứ tự)", "Printed as")
	TableColDeadline = New("difftable.col.deadline", "Thời hạn", "Deadline")
	TableColAgencies = New("difftable.col.agencies", "Cơ quan chủ trì, phối hợp", "Lead and cooperating agencies")
	TableColTarget   = New("difftable.col.target", "Mục tiêu", "Target")
	TableColChange   = New("difftable.col.change", "Nội dung thay đổi", "Change")

	TableAdded        = New("difftable.added", "Thêm mới", "Added")
	TableRemoved      = New("difftable.removed", "Bỏ", "Removed")
	TableEdited       = New("difftable.edited", "Sửa %s", "Changed %s")
	TableSlipped      = New("difftable.slipped", "Lùi thời hạn (%s)", "Deadline later (%s)")
	TableAdvanced     = New("difftable.advanced", "Đưa thời hạn lên (%s)", "Deadline earlier (%s)")
	TableLeadChanged  = New("difftable.lead", "Thay đổi cơ quan chủ trì", "Lead agency changed")
	TableAgencyChange = New("difftable.agency", "Thay đổi %s", "Changed %s")
	TableMoved        = New("difftable.moved", "Chuyển từ %s sang %s", "Moved from %s to %s")
	TableReordered    = New("difftable.reordered", "Đổi thứ tự trong nhóm", "Reordered within its group")
)

// Field labels of the semantic diff for the as-printed fields of issue 14.
var (
	DiffNgayIn    = New("diff.ngay-in", "ngày như bản in", "date as printed")
	DiffSoIn      = New("diff.so-in", "số như bản in", "number as printed")
	DiffChuTriIn  = New("diff.chu-tri-in", "chủ trì như bản in", "lead as printed")
	DiffPhoiHopIn = New("diff.phoi-hop-in", "phối hợp như bản in", "cooperating as printed")
	DiffTheoDoiIn = New("diff.theo-doi-in", "theo dõi như bản in", "monitoring as printed")
	DiffCungDoan  = New("diff.cung-doan", "viết liền đoạn trước", "run on into the previous step")

	DiffCapDanhSo    = New("diff.cap-danh-so", "kiểu đánh số các cấp", "numbering of the outline levels")
	DiffNhuBanIn     = New("diff.nhu-ban-in", "in số và ngày như bản đã ký", "numbers and dates as signed")
	DiffTieuDePhuLuc = New("diff.tieu-de-phu-luc", "dòng tiêu đề phụ lục", "appendix title lines")
	DiffKemTheo      = New("diff.kem-theo", "dòng \"Kèm theo\"", "the \"Kèm theo\" line")
)

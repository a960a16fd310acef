package msg

// What the commands print and the mistakes they report.
var (
	// The repository and paths.
	NoRepo = New("repo.none",
		"không tìm thấy kho kế hoạch (kho.yaml) ở thư mục này hay các thư mục cha; tạo bằng kh init",
		"no plans repository (kho.yaml) in this folder or any folder above it; create one with kh init")
	NotInRepo = New("repo.outside",
		"%s không nằm trong kho kế hoạch nào (thư mục có kho.yaml ở nó hay ở thư mục cha); tạo kho bằng kh init",
		"%s is not inside a plans repository (a folder with kho.yaml in it or above it); create one with kh init")
	PathNotFound = New("path.not-found",
		"không tìm thấy %s",
		"%s not found")
	NoPlansAt = New("plans.none-at",
		"không tìm thấy kế hoạch nào ở %s",
		"no plan found at %s")
	ManyPlansAt = New("plans.many-at",
		"%q chứa %d kế hoạch; chỉ rõ một thư mục kế hoạch hoặc mã kế hoạch",
		"%q holds %d plans; name one plan folder or plan id")

	// Flags with a fixed set of values, dates.
	FormatUnknown = New("flag.format-unknown",
		"--format %q không có; dùng một trong: %s",
		"--format %q is not known; use one of: %s")
	BadDateFlag = New("flag.bad-date",
		"%s %q: viết ngày dạng NNNN-TT-NN, ví dụ 2026-05-01",
		"%s %q: write the date as YYYY-MM-DD, e.g. 2026-05-01")
	BadOutput = New("flag.bad-output",
		"--output %q: viết ĐỊNH-DẠNG=TỆP với ĐỊNH-DẠNG là một trong: %s",
		"--output %q: write FORMAT=FILE with FORMAT one of: %s")

	// kh check.
	AgendaHead = New("check.agenda.head",
		"\nĐến ngày %s, theo đơn vị chủ trì:",
		"\nAs of %s, by lead agency:")
	AgendaNone    = New("check.agenda.none", "  (không có)", "  (none)")
	AgendaOverdue = New("check.agenda.overdue", "quá hạn %d ngày", "%d days overdue")
	AgendaSoon    = New("check.agenda.soon", "còn %d ngày", "due in %d days")
	ProgressLoad  = New("check.progress", "đọc %d/%d kế hoạch và danh mục", "reading %d/%d plans and registries")

	// kh build.
	BuildNoTables = New("build.no-tables",
		"%s không có phụ lục dạng bảng nên không có tệp .xlsx",
		"%s has no table appendix, so no .xlsx")
	BuildFailed = New("build.failed",
		"%d kế hoạch không dựng được",
		"%d plans could not be built")
	ProgressBuild = New("build.progress", "dựng %d/%d kế hoạch", "building %d/%d plans")

	// kh diff.
	DiffArgs = New("diff.args",
		"cần hai đường dẫn CŨ MỚI, hoặc một phiên bản, PB1..PB2 hay A...B rồi đến đường dẫn hoặc mã kế hoạch nếu cần",
		"give two paths OLD NEW, or a revision REV, REV1..REV2 or A...B followed by PATH or plan ids if needed")
	DiffOutsideGit = New("diff.outside-git",
		"%s nằm ngoài kho git %s",
		"%s is outside the git repository %s")
	DiffUnreadable = New("diff.unreadable",
		"không đọc được %s: %s",
		"cannot read %s: %s")
	DiffAtRevision = New("diff.at-revision",
		"phiên bản %s: %v",
		"revision %s: %v")

	// kh fmt.
	FmtStdinAlone = New("fmt.stdin-alone",
		"- (đầu vào chuẩn) không dùng cùng đường dẫn khác",
		"- (standard input) cannot be combined with other paths")
	FmtUnparsed = New("fmt.unparsed",
		"%d tệp không đọc được; không ghi tệp nào",
		"%d files do not parse; nothing was written")
	FmtNeeded = New("fmt.needed",
		"%d tệp cần định dạng",
		"%d files need formatting")

	// kh forms, kh import, kh status.
	FormsNoPeriod = New("forms.no-period",
		"thiếu --period, ví dụ --period 2026-Q1",
		"--period is missing, e.g. --period 2026-Q1")
	FormsNoLeads = New("forms.no-leads",
		"kế hoạch %s không có nhiệm vụ nào ghi cơ quan chủ trì",
		"plan %s has no task with a lead agency")
	FormsWritten = New("forms.written",
		"%s (%d nhiệm vụ)",
		"%s (%d tasks)")
	ImportDuplicate = New("import.duplicate",
		"%s: trùng với %s (cùng kế hoạch, kỳ %s và cơ quan %s); chỉ nhập một biểu mẫu cho mỗi cơ quan trong một kỳ",
		"%s: duplicates %s (same plan, period %s and agency %s); import one form per agency and period")
	ImportNothingWritten = New("import.nothing-written",
		"không ghi bản ghi nào",
		"nothing was written")
	ImportUnchanged   = New("import.unchanged", "%s: không thay đổi", "%s: unchanged")
	ImportWouldChange = New("import.would-change", "%s: sẽ thay đổi:", "%s: would change:")
	ImportNeedsForce  = New("import.needs-force",
		"bản ghi tiến độ đã có sẽ bị thay đổi; xem lại rồi chạy lại với --force để ghi đè. Không ghi bản ghi nào.",
		"existing progress records would change; review and run again with --force to overwrite. Nothing was written.")
	ImportWritten = New("import.written", "%s: đã ghi (%d)", "%s: written (%d)")
	FileProblem   = New("file.problem", "%s: %v", "%s: %v")

	// kh schema, kh new, kh version.
	SchemaKindUnknown = New("schema.kind-unknown",
		"--kind %q không có; dùng một trong: %s",
		"--kind %q is not known; use one of: %s")
	NewKindUnknown = New("new.kind-unknown",
		"loại %q không có; dùng một trong: %s",
		"kind %q is not known; use one of: %s")
	NewBadID = New("new.bad-id",
		"id %q không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu -, tối đa 64 ký tự, ví dụ kh-2027-cds; chỉ định bằng --id",
		"id %q is invalid: use lowercase ASCII letters, digits and -, at most 64 characters, e.g. kh-2027-cds; choose one with --id")
	NewIDTaken = New("new.id-taken",
		"id %q đã là id của kế hoạch %s; chọn id khác bằng --id",
		"id %q is already the id of the plan in %s; choose another with --id")
	NewCreated = New("new.created",
		"Đã tạo %s (%s, %d tệp). Sửa nội dung rồi chạy: kh check %s",
		"Created %s (%s, %d files). Edit it, then run: kh check %s")
)

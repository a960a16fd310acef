package msg

// kh new and kh init: starting plans and repositories.
var (
	NewOutsideProvince = New("new.outside-province",
		"%s không nằm trong thư mục của một tỉnh (thư mục có co-quan.yaml); tạo kế hoạch trong thư mục của tỉnh, ví dụ nghe-an/kh-moi",
		"%s is not inside a province folder (one with co-quan.yaml); create the plan in a province's folder, e.g. nghe-an/kh-moi")
	NewRoleMissing = New("new.role-missing",
		"không tìm thấy %s trong danh mục cơ quan của %s; chỉ định bằng %s ID",
		"no %s in the agency registry of %s; choose one with %s ID")
	RoleIssuer       = New("new.role.issuer", "cơ quan ban hành", "issuing body")
	RoleLead         = New("new.role.lead", "cơ quan chủ trì tham mưu", "lead advising agency")
	NewUnknownAgency = New("new.unknown-agency",
		"%s %q: không có cơ quan này trong các tệp co-quan.yaml",
		"%s %q: no such agency in the co-quan.yaml files")
	NewDirNotEmpty = New("new.dir-not-empty",
		"%s: thư mục đã có tệp; chọn thư mục mới",
		"%s: the folder already holds files; choose a new one")
	TemplateEmpty = New("template.empty",
		"mẫu %s: không có tệp *.tmpl",
		"template %s: no *.tmpl file")
	TemplateBroken = New("template.broken",
		"mẫu %s không dùng được: %q",
		"template %s cannot be used: %q")
	TemplateNotYAML = New("template.not-yaml",
		"mẫu %s: nội dung sau khi điền không phải YAML hợp lệ: %v",
		"template %s does not fill to valid YAML: %v")

	KindAnnual = New("new.kind.annual",
		"kế hoạch năm của UBND tỉnh, có phụ lục chỉ tiêu và nhiệm vụ (như 1174/KH-UBND)",
		"annual plan of the provincial People's Committee with indicator and task appendices (like 1174/KH-UBND)")
	KindReview = New("new.kind.review",
		"kế hoạch sơ kết, tổng kết có chuỗi báo cáo, đề cương và biểu mẫu (như 171/KH-UBND)",
		"review plan with a report chain, outline and report form (like 171/KH-UBND)")
	KindResolution = New("new.kind.resolution",
		"nghị quyết của Tỉnh ủy, văn bản của Đảng, có chỉ tiêu 5 năm và 10 năm (như 16-NQ/TU)",
		"Party resolution of the provincial Party Committee with 5- and 10-year targets (like 16-NQ/TU)")

	InitBadProvince = New("init.bad-province",
		"tên tỉnh %q không dùng được; ghi tên tỉnh bằng chữ, ví dụ --tinh \"Nghệ An\"",
		"province name %q cannot be used; write the province's name as documents write it")
	InitExists = New("init.exists",
		"đã có %s; kh init không ghi đè tệp nào, chọn thư mục khác hoặc xóa tệp đó",
		"%s already exists; kh init overwrites nothing, choose another folder or remove it")
	InitNoProvince = New("init.no-province",
		"thiếu --tinh, tên tỉnh của kho, ví dụ: kh init kho-ke-hoach --tinh \"Nghệ An\"",
		"--tinh is missing: the province of the repository, as documents write it")
	InitCIUnknown = New("init.ci-unknown",
		"--ci %q không có; dùng một trong: %s",
		"--ci %q is not known; use one of: %s")
	InitDone = New("init.done",
		"Đã tạo kho kế hoạch tỉnh %s ở %s (%d tệp).",
		"Created the plans repository of %s in %s (%d files).")
	InitNext = New("init.next",
		"Tiếp theo:\n  cd %s\n  kh new ke-hoach-nam %s/kh-%d-cds --nam %d\n  kh check\n  kh build",
		"Next:\n  cd %s\n  kh new ke-hoach-nam %s/kh-%d-cds --nam %d\n  kh check\n  kh build")
	InitGit = New("init.git",
		"Đã tạo kho git và bật móc pre-commit (core.hooksPath = .githooks).",
		"Created a git repository and turned on the pre-commit hook (core.hooksPath = .githooks).")
	InitGitHook = New("init.git-hook",
		"Bật móc pre-commit: git config core.hooksPath .githooks",
		"Turn on the pre-commit hook: git config core.hooksPath .githooks")
)

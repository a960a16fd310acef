package msg

// The follow-up of a plan (issue 19): members of groups, indicator
// results, status by the national categories, the non-reporters list, the
// reminder letters and the implementation report.
var (
	ResultNeedsNumber = New("follow.result.number",
		"ghi một số theo đơn vị của mục tiêu, ví dụ %s",
		"give a figure in the target's unit, for example %s")
	ResultNeedsRank = New("follow.result.rank",
		"ghi thứ hạng, ví dụ \"Top 15\" hoặc \"15\"",
		"give the rank, for example \"Top 15\" or \"15\"")
	ResultNeedsWords = New("follow.result.words",
		"mục tiêu là %q: ghi \"Hoàn thành\" khi đã đạt, hoặc ghi việc đang làm",
		"the target is %q: write \"Hoàn thành\" once reached, or say what is under way")
	ResultUnknownIndicator = New("follow.result.unknown",
		"không có chỉ tiêu mã %q trong kế hoạch %q; sửa mã hoặc xóa mục này",
		"plan %[2]q has no indicator with id %[1]q; fix the id or remove the entry")
	ResultNotLead = New("follow.result.not-lead",
		"%s không theo dõi chỉ tiêu %q; chỉ cơ quan chủ trì chỉ tiêu báo cáo kết quả, chuyển mục này sang bản ghi của cơ quan đó",
		"%s does not lead indicator %q; only its lead agency reports its result, move the entry to that agency's record")
	ResultDuplicate = New("follow.result.duplicate",
		"chỉ tiêu %q đã có ở một mục trước; gộp hai mục làm một",
		"indicator %q already has an entry above; merge the two")
)

// The national status categories (QĐ 42/2014/QĐ-TTg, QĐ 23/2018/QĐ-TTg:
// "đã hoàn thành đúng hạn / quá hạn", "chưa hoàn thành trong hạn / quá
// hạn") and the indicator verdicts.
var (
	CatDoneOnTime = New("follow.cat.done-on-time", "Đã hoàn thành đúng hạn", "Done on time")
	CatDoneLate   = New("follow.cat.done-late", "Đã hoàn thành quá hạn", "Done late")
	CatOnTrack    = New("follow.cat.on-track", "Đang thực hiện trong hạn", "In progress, within the deadline")
	CatOverdue    = New("follow.cat.overdue", "Chưa hoàn thành quá hạn", "Not done, past the deadline")
	CatNotStarted = New("follow.cat.not-started", "Chưa thực hiện trong hạn", "Not started, within the deadline")

	VerdictMet         = New("follow.verdict.met", "Đạt", "Met")
	VerdictOnPath      = New("follow.verdict.on-path", "Đúng tiến độ", "On track")
	VerdictAtRisk      = New("follow.verdict.at-risk", "Có nguy cơ không đạt", "At risk")
	VerdictMissed      = New("follow.verdict.missed", "Không đạt", "Missed")
	VerdictNotAssessed = New("follow.verdict.not-assessed", "Chưa đánh giá được", "Cannot be assessed")
	VerdictNoResult    = New("follow.verdict.no-result", "Chưa có kết quả", "No result yet")
)

// kh status.
var (
	StatusTitle = New("follow.status.title",
		"Tiến độ %s tính đến ngày %s", "Progress of %s as of %s")
	StatusBasis = New("follow.status.basis",
		"(tình trạng nhiệm vụ theo Quy chế ban hành kèm Quyết định số 42/2014/QĐ-TTg, sửa đổi bởi Quyết định số 23/2018/QĐ-TTg)",
		"(task status in the categories of the Prime Minister's rules on tracking assigned tasks, Decision 42/2014, amended by Decision 23/2018)")
	StatusHead = New("follow.status.head",
		"Cơ quan chủ trì\tTổng\tHT đúng hạn\tHT quá hạn\tĐang TH trong hạn\tChưa HT quá hạn\tChưa TH trong hạn\tChưa báo cáo\tĐã báo cáo",
		"Lead agency\tTotal\tDone on time\tDone late\tIn progress\tOverdue\tNot started\tNo report\tReported")
	StatusLegend = New("follow.status.legend",
		"HT: hoàn thành; TH: thực hiện. Một nhóm tính các thành viên của nhóm, mỗi thành viên một lượt; \"Đã báo cáo\": số thành viên đã gửi báo cáo trên tổng số.",
		"A group counts each of its members once; \"Reported\": members who sent a report, of all members.")
	StatusTotal   = New("follow.status.total", "Tổng cộng", "Total")
	StatusOverdue = New("follow.status.overdue", "Quá hạn chưa hoàn thành: %d nhiệm vụ", "Overdue and not done: %d tasks")
	StatusLateRow = New("follow.status.late-row",
		"TT %s · hạn %s · quá %d ngày · %s", "no. %s · due %s · %d days overdue · %s")
	StatusLateGroup = New("follow.status.late-group",
		"%s: %d/%d thành viên quá hạn, %d đã báo cáo", "%s: %d of %d members overdue, %d reported")
	StatusLateNone = New("follow.status.late-none",
		"%s: chưa báo cáo", "%s: no report")
	StatusLast = New("follow.status.last",
		"%s: %s báo cáo %s", "%s: %s reported %s")
	StatusNoOverdue  = New("follow.status.no-overdue", "Không có nhiệm vụ quá hạn.", "No overdue task.")
	StatusIndicators = New("follow.status.indicators",
		"Chỉ tiêu: %d/%d kết quả đã báo cáo", "Indicators: %d of %d results reported")
	StatusIndicatorRow = New("follow.status.indicator-row",
		"TT %s · %s · mục tiêu %s", "no. %s · %s · target %s")
	StatusResult = New("follow.status.result",
		"%s: %s %q → %s", "%s: %s %q → %s")
	StatusNoResults = New("follow.status.no-results",
		"%d đơn vị chưa có kết quả", "%d agencies have no result yet")
	StatusMore = New("follow.status.more",
		"(còn %d chỉ tiêu chưa có kết quả nào; --full để xem hết)", "(%d more indicators without any result; --full lists them)")

	StatusDone       = New("follow.status.done", "Hoàn thành", "Done")
	StatusDoneOn     = New("follow.status.done-on", "Hoàn thành ngày %s", "Done on %s")
	StatusInProgress = New("follow.status.in-progress", "Đang thực hiện", "In progress")
	StatusNotStarted = New("follow.status.not-started", "Chưa thực hiện", "Not started")
)

// Members of groups (KH180, KH181).
var (
	MembersNotGroup = New("follow.members.not-group",
		"%q không phải một nhóm (loai: nhom) nên không có thành viên; ghi loai: nhom hoặc bỏ thanh_vien",
		"%q is not a group (loai: nhom), so it has no members; set loai: nhom or remove thanh_vien")
	PerTaskNotGroup = New("follow.members.per-task-not-group",
		"%q không phải một nhóm (loai: nhom); theo_nhiem_vu chỉ dùng cho nhóm",
		"%q is not a group (loai: nhom); theo_nhiem_vu is for groups only")
	MembersLoop = New("follow.members.loop",
		"nhóm %q nằm trong chính danh sách thành viên của nó (trực tiếp hoặc qua nhóm khác); bỏ vòng lặp",
		"group %q is among its own members (directly or through another group); break the loop")
	MembersNoGroup = New("follow.members.no-group",
		"nhiệm vụ không giao cho nhóm nào", "no lead is a group")
)

// The non-reporters list (kh theo-doi chua-bao-cao).
var (
	MissingTitle = New("follow.missing.title",
		"Chưa gửi báo cáo %s — %s", "Reports for %s not sent — %s")
	MissingLate = New("follow.missing.late",
		"Hạn gửi %s; tính đến ngày %s đã quá hạn %d ngày.", "Due %s; as of %s, %[3]d days overdue.")
	MissingNotYet = New("follow.missing.not-yet",
		"Hạn gửi %s; tính đến ngày %s chưa đến hạn.", "Due %s; as of %s, not yet due.")
	MissingCounts = New("follow.missing.counts",
		"Đã gửi %d/%d cơ quan, đơn vị; chưa gửi %d:", "%d of %d agencies sent their report; %d have not:")
	MissingDirect = New("follow.missing.direct",
		"Cơ quan, đơn vị được giao trực tiếp", "Agencies the plan names")
	MissingGroupHead = New("follow.missing.group",
		"%s: chưa gửi %d/%d", "%s: %d of %d not sent")
	MissingRow = New("follow.missing.row",
		"%s (%d nhiệm vụ, %d chỉ tiêu)", "%s (%d tasks, %d indicators)")
)

// kh theo-doi.
var (
	CmdFollow = New("cmd.follow.short",
		"Theo dõi, đôn đốc thực hiện kế hoạch: đơn vị chưa báo cáo, công văn đôn đốc, báo cáo kết quả thực hiện",
		"Follow a plan up: agencies that have not reported, reminder letters, the implementation report")
	CmdMissing = New("cmd.follow.missing.short",
		"Danh sách cơ quan, đơn vị chưa gửi báo cáo của một kỳ",
		"The agencies that have not sent their report for a period")
	CmdMissingLong = New("cmd.follow.missing.long",
		`Liệt kê các cơ quan, đơn vị phải báo cáo trong kỳ (mỗi thành viên của nhóm một đơn vị) mà chưa có bản ghi tiến độ của kỳ đó.
Hạn gửi mặc định: ngày 25 tháng cuối kỳ (Điều 13 Nghị định số 09/2019/NĐ-CP) lùi lại bao_cao_truoc_ngay_lam_viec ngày làm việc (kho.yaml, mặc định 5), không sớm hơn ngày làm việc sau ngày chốt số liệu (Điều 12); --han để ghi hạn khác.`,
		`Lists the agencies asked for the period's report (each member of a group for itself) that have no progress record for it.
Default deadline: the 25th of the period's last month (Decree 09/2019 Art. 13) less bao_cao_truoc_ngay_lam_viec working days (kho.yaml, default 5), never before the working day after the data cut-off (Art. 12); --han gives another.`)
	FlagFollowPeriod = New("flag.follow.period",
		"kỳ báo cáo `KỲ`: 2026, 2026-H1, 2026-Q2 hoặc 2026-06", "reporting `PERIOD`: 2026, 2026-H1, 2026-Q2 or 2026-06")
	FlagMissingDue = New("flag.follow.due",
		"hạn gửi báo cáo `NGÀY` (NNNN-TT-NN) thay cho hạn tính theo Nghị định số 09/2019/NĐ-CP",
		"report deadline `DATE` (YYYY-MM-DD) instead of the one reckoned under Decree 09/2019")
	FlagMissingFormat = New("flag.follow.format",
		"định dạng `ĐỊNH-DẠNG`: text, json hoặc xlsx (ghi tệp vào --out)", "output `FORMAT`: text, json or xlsx (a file in --out)")
	FlagFollowOut = New("flag.follow.out",
		"thư mục ghi tệp `THƯ-MỤC` (mặc định out/theo-doi/<kế hoạch>/<kỳ>)", "output `FOLDER` (default out/theo-doi/<plan>/<period>)")
	FollowNoPeriod = New("follow.no-period",
		"thiếu --period: ghi kỳ báo cáo, ví dụ --period 2026-Q2", "--period is missing: give the reporting period, for example --period 2026-Q2")
)

// The as-of agenda of kh check.
var (
	AgendaRow = New("check.agenda.row",
		"TT %s · hạn %s (%s) · %s", "no. %s · due %s (%s) · %s")
	AgendaMembers = New("check.agenda.members",
		"%d thành viên: %d đã báo cáo, %d đã hoàn thành", "%d members: %d reported, %d done")
	AgendaNoReport = New("check.agenda.no-report", "chưa báo cáo", "no report yet")
	AgendaLast     = New("check.agenda.last", "báo cáo gần nhất: %s", "last report: %s")
	FlagCheckFull  = New("flag.check.full",
		"với --as-of: in đầy đủ nội dung nhiệm vụ", "with --as-of: print task texts whole")
)

// kh theo-doi don-doc.
var (
	CmdLetters = New("cmd.follow.letters.short",
		"Dự thảo công văn đôn đốc (PDF và Word) cho từng cơ quan, đơn vị có nhiệm vụ quá hạn hoặc sắp đến hạn, kèm bảng tổng hợp",
		"Draft reminder letters (PDF and Word) to each agency with overdue or soon-due tasks, with a workbook listing them")
	CmdLettersLong = New("cmd.follow.letters.long",
		`Mỗi cơ quan, đơn vị (mỗi thành viên của nhóm một công văn) có nhiệm vụ quá hạn chưa hoàn thành hoặc đến hạn trong --sap-han ngày nhận một dự thảo công văn theo thể thức Nghị định số 30/2020/NĐ-CP: "V/v đôn đốc thực hiện nhiệm vụ tại Kế hoạch số …", Kính gửi, bảng nhiệm vụ với số thứ tự tại Kế hoạch, thời hạn, số ngày quá hạn và báo cáo gần nhất, chữ ký và Nơi nhận.
Số, ngày của công văn và hạn báo cáo để trống: văn thư và người ký ghi vào.`,
		`Each agency (each member of a group for itself) with tasks overdue or due within --sap-han days gets a draft letter laid out per Decree 30/2020: the subject line (reminder to carry out the tasks of the plan), the addressee, a table of the tasks with their numbers in the plan, deadlines, days overdue and last report, signature and recipients.
The letter's number and date and the answer's deadline are left blank for the office and the signer to fill.`)
	FlagLettersSoon = New("flag.follow.letters.soon",
		"số `NGÀY` tới coi là sắp đến hạn", "`DAYS` ahead a task counts as soon due")
	FlagLettersOnly = New("flag.follow.letters.only",
		"chỉ các cơ quan `MÃ` (một nhóm: các thành viên), cách nhau dấu phẩy", "only these agency `IDS` (a group: its members), comma-separated")
	FlagLettersCompiler = New("flag.follow.letters.compiler",
		"cơ quan `MÃ` tổng hợp báo cáo (\"qua …\" và Nơi nhận)", "agency `ID` that compiles the answers (named in the letter and among its recipients)")
	FlagLettersOut = New("flag.follow.letters.out",
		"thư mục ghi tệp `THƯ-MỤC` (mặc định out/theo-doi/<kế hoạch>/don-doc-<ngày>)", "output `FOLDER` (default out/theo-doi/<plan>/don-doc-<date>)")
	LettersSoonRange = New("follow.letters.soon-range",
		"--sap-han %d: ghi từ 0 đến 366 ngày", "--sap-han %d: give 0 to 366 days")
	LettersNone = New("follow.letters.none",
		"đến ngày %s không có nhiệm vụ quá hạn hoặc sắp đến hạn: không có công văn nào", "as of %s no task is overdue or due soon: no letter")
	LettersWritten = New("follow.letters.written",
		"đã soạn %d công văn đôn đốc (theo dõi đến ngày %s)", "%d reminder letters drafted (as of %s)")
	FollowUnknownAgency = New("follow.unknown-agency",
		"không có cơ quan mã %q trong danh mục cơ quan", "no agency with id %q in the registry")
)

// kh theo-doi bao-cao.
var (
	CmdImplReport = New("cmd.follow.report.short",
		"Báo cáo kết quả thực hiện kế hoạch của một kỳ (Excel, PDF, Word): số liệu theo tình trạng, từng nhiệm vụ đã báo cáo, kết quả chỉ tiêu",
		"The period's implementation report (Excel, PDF, Word): counts by category, each task reported on, indicator results")
	CmdImplReportLong = New("cmd.follow.report.long",
		`Tổng hợp các bản ghi tiến độ của kỳ thành "Báo cáo kết quả thực hiện Kế hoạch số …": số lượt nhiệm vụ theo tình trạng (Quyết định số 42/2014/QĐ-TTg, sửa đổi bởi Quyết định số 23/2018/QĐ-TTg) tính đến ngày cuối kỳ, số đơn vị đã báo cáo; theo từng cơ quan chủ trì và nhóm, mỗi nhiệm vụ đã báo cáo trong kỳ với tình trạng, kết quả, khó khăn, đề xuất; bảng chỉ tiêu với kết quả và đánh giá; các đơn vị chưa gửi báo cáo.`,
		`Compiles the period's progress records into the implementation report: task counts by the Government's tracking categories (Decision 42/2014, amended by 23/2018) on the period's last day, how many agencies reported; per lead agency and group, each task reported on in the period with its status, result, difficulties and proposals; the indicator table with results and verdicts; the agencies that have not reported.`)
)

// The usage lines of kh theo-doi's commands.
var (
	UseMissing = New("use.theo-doi.chua-bao-cao",
		"chua-bao-cao KẾ-HOẠCH --period 2026-Q2 [--as-of NGÀY] [--han NGÀY] [--format text|json|xlsx] [--out THƯ-MỤC]",
		"chua-bao-cao PLAN --period 2026-Q2 [--as-of DATE] [--han DATE] [--format text|json|xlsx] [--out DIR]")
	UseLetters = New("use.theo-doi.don-doc",
		"don-doc KẾ-HOẠCH [--as-of NGÀY] [--sap-han N] [--co-quan MÃ,...] [--tong-hop MÃ] [--out THƯ-MỤC]",
		"don-doc PLAN [--as-of DATE] [--sap-han N] [--co-quan ID,...] [--tong-hop ID] [--out DIR]")
	UseImplReport = New("use.theo-doi.bao-cao",
		"bao-cao KẾ-HOẠCH --period 2026-Q2 [--han NGÀY] [--pdf|--docx|--xlsx] [--out THƯ-MỤC]",
		"bao-cao PLAN --period 2026-Q2 [--han DATE] [--pdf|--docx|--xlsx] [--out DIR]")
)

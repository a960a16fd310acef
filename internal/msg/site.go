package msg

// The static site (kh site): its command, its refusals and every word of
// its pages other than the plans' own text.
var (
	CmdSite = New("cmd.site.short",
		"Dựng trang web tĩnh của kho kế hoạch: văn bản, tiến độ, chỉ tiêu, cơ quan, góp ý",
		"Build the static website of the plans repository: documents, progress, indicators, agencies, comments")
	CmdSiteLong = New("cmd.site.long",
		"Dựng trang web tĩnh của kho kế hoạch vào một thư mục: danh sách kế hoạch theo tỉnh và năm; mỗi kế hoạch với toàn văn và phụ lục (cùng nội dung với bản PDF), tệp PDF, Word và Excel để tải về; tiến độ nhiệm vụ theo cơ quan chủ trì tính đến ngày xét, có bộ lọc; chỉ tiêu với biểu đồ; các vòng lấy ý kiến góp ý; trang của từng cơ quan. Trang không cần máy chủ, không tải gì từ Internet: mở index.html hoặc đặt thư mục lên bất kỳ máy chủ web tĩnh nào. Thư mục được ghi trọn vẹn một lần; chạy lại sẽ thay thư mục do kh site tạo trước đó.",
		"Build the static website of the plans repository into a folder: the plans by province and year; each plan with its full text and appendices (the same text as the PDF) and its PDF, Word and Excel files to download; task progress by lead agency as of the reference date, with filters; indicators with charts; the comment rounds; a page per agency. The site needs no server and loads nothing from the Internet: open index.html or put the folder on any static web server. The folder is written whole in one step; running again replaces a folder kh site made before.")
	FlagSiteOut = New("flag.site.out",
		"thư mục `THƯ-MỤC` ghi trang web (mặc định out/site trong kho)",
		"output `FOLDER` of the site (default out/site in the repository)")
	FlagSiteAsOf = New("flag.site.as-of",
		"ngày xét tiến độ `NGÀY` (NNNN-TT-NN; mặc định hôm nay)",
		"reference `DATE` of the progress figures (YYYY-MM-DD; default today)")
	FlagSiteForce = New("flag.site.force",
		"vẫn dựng kế hoạch còn lỗi, ghi dấu CHƯA KIỂM TRA trên trang và tệp",
		"build plans that still have errors, marked UNCHECKED on their pages and files")

	SiteManyRepos = New("site.many-repos",
		"các đường dẫn thuộc %d kho kế hoạch khác nhau; trang web dựng cho một kho, chạy kh site cho từng kho",
		"the paths belong to %d different plan repositories; a site is built for one repository, run kh site for each")
	SiteNotSite = New("site.not-site",
		"thư mục %s đã có và không phải trang do kh site tạo (không có tệp %s); chọn thư mục khác hoặc thư mục trống",
		"folder %s exists and is not a site made by kh site (it has no %s file); choose another or an empty folder")
	SiteForeign = New("site.foreign",
		"thư mục %s có tệp %s không do kh site tạo hoặc đã bị sửa sau khi tạo; kh site thay cả thư mục nên sẽ làm mất tệp đó: chuyển tệp ra ngoài hoặc chọn thư mục khác",
		"folder %s holds %s, which kh site did not make or which was changed since; kh site replaces the whole folder and would lose it: move the file out or choose another folder")
	SiteHoldsRepo = New("site.holds-repo",
		"thư mục %s chứa kho kế hoạch %s; kh site thay cả thư mục, hãy chọn thư mục ngoài kho (mặc định out/site)",
		"folder %s holds the plans repository %s; kh site replaces the whole folder, choose one outside the repository (default out/site)")
	SiteWrite = New("site.write",
		"không ghi được trang web vào %s: %v",
		"cannot write the site into %s: %v")
	SiteTemplate = New("site.template",
		"lỗi dựng trang %s: %v",
		"cannot render page %s: %v")
	SiteDone = New("site.done",
		"Đã dựng trang web: %s (%d trang, %d tệp tải về; tiến độ tính đến ngày %s). Mở %s hoặc đặt thư mục lên máy chủ web.",
		"Site built: %s (%d pages, %d downloads; progress as of %s). Open %s or put the folder on a web server.")
	ProgressSite = New("progress.site",
		"dựng trang web: %d/%d kế hoạch",
		"building the site: %d/%d plans")

	// Shared page parts.
	SiteTitle = New("site.title",
		"Kế hoạch và tiến độ thực hiện",
		"Plans and their progress")
	SiteSkip = New("site.skip",
		"Bỏ qua, đến nội dung chính",
		"Skip to main content")
	SiteNavLabel = New("site.nav-label",
		"Điều hướng chính",
		"Main navigation")
	SiteNavHome = New("site.nav-home",
		"Kế hoạch",
		"Plans")
	SiteNavAgencies = New("site.nav-agencies",
		"Cơ quan",
		"Agencies")
	SitePlanNavLabel = New("site.plan-nav-label",
		"Các trang của kế hoạch",
		"Pages of the plan")
	SiteNavDocument = New("site.nav-document",
		"Văn bản",
		"Document")
	SiteNavProgress = New("site.nav-progress",
		"Tiến độ",
		"Progress")
	SiteNavIndicators = New("site.nav-indicators",
		"Chỉ tiêu",
		"Indicators")
	SiteNavRounds = New("site.nav-rounds",
		"Góp ý dự thảo",
		"Comments on drafts")
	SiteAsOf = New("site.as-of",
		"Tình hình tính đến ngày %s",
		"Status as of %s")
	SiteFooter = New("site.footer",
		"Trang được dựng bằng kh từ kho kế hoạch; số liệu tiến độ tính đến ngày %s. Văn bản chính thức là bản đã ký.",
		"Built by kh from the plans repository; progress figures as of %s. The official text is the signed document.")
	SiteUnchecked = New("site.unchecked",
		"Kế hoạch này còn lỗi chưa sửa (kh check): nội dung có thể chưa đúng.",
		"This plan still has errors (kh check): its content may be wrong.")
	SiteDraft = New("site.draft",
		"Dự thảo",
		"Draft")
	SiteAll = New("site.all",
		"Tất cả",
		"All")
	SiteNone = New("site.none",
		"Không có",
		"None")
	SiteNumber = New("site.number",
		"TT",
		"No.")

	// The index.
	SiteIndexIntro = New("site.index-intro",
		"%d văn bản, %d tỉnh, thành phố; %d nhiệm vụ, trong đó %d quá hạn; %d chỉ tiêu.",
		"%d documents, %d provinces; %d tasks, %d of them overdue; %d indicators.")
	SiteYear = New("site.year",
		"Ban hành năm %d",
		"Issued in %d")
	SiteDrafts = New("site.drafts",
		"Dự thảo chưa ban hành",
		"Drafts not yet issued")
	SiteColDocument = New("site.col-document",
		"Văn bản",
		"Document")
	SiteColTitle = New("site.col-title",
		"Trích yếu",
		"Subject")
	SiteColDate = New("site.col-date",
		"Ngày ban hành",
		"Date")
	SiteColPeriod = New("site.col-period",
		"Thời kỳ",
		"Period")
	SiteColTasks = New("site.col-tasks",
		"Nhiệm vụ",
		"Tasks")
	SiteColOverdue = New("site.col-overdue",
		"Quá hạn",
		"Overdue")
	SiteColIndicators = New("site.col-indicators",
		"Chỉ tiêu",
		"Indicators")

	// The plan's document page.
	SiteDownloads = New("site.downloads",
		"Tải về",
		"Download")
	SiteDownloadPDF = New("site.download-pdf",
		"Văn bản PDF",
		"PDF document")
	SiteDownloadDOCX = New("site.download-docx",
		"Văn bản Word (.docx)",
		"Word document (.docx)")
	SiteDownloadXLSX = New("site.download-xlsx",
		"Phụ lục dạng bảng Excel (.xlsx)",
		"Appendix tables as Excel (.xlsx)")
	SiteSize = New("site.size",
		"%s KB",
		"%s KB")
	SiteContents = New("site.contents",
		"Trên trang này",
		"On this page")
	SiteFullText = New("site.full-text",
		"Toàn văn",
		"Full text")
	SiteSummary = New("site.summary",
		"%d nhiệm vụ: %s.",
		"%d tasks: %s.")
	SiteSummaryLink = New("site.summary-link",
		"Xem tiến độ theo cơ quan chủ trì",
		"See progress by lead agency")

	// Progress.
	SiteProgressTitle = New("site.progress-title",
		"Tiến độ thực hiện %s",
		"Progress of %s")
	SiteFilters = New("site.filters",
		"Lọc nhiệm vụ",
		"Filter the tasks")
	SiteFilterAgency = New("site.filter-agency",
		"Cơ quan chủ trì",
		"Lead agency")
	SiteFilterGroup = New("site.filter-group",
		"Nhóm nhiệm vụ",
		"Task group")
	SiteFilterStatus = New("site.filter-status",
		"Tình trạng",
		"Status")
	SiteFilterQuarter = New("site.filter-quarter",
		"Hạn trong quý",
		"Due in quarter")
	SiteNoQuarter = New("site.no-quarter",
		"Không có hạn cụ thể",
		"No set deadline")
	SiteQuarter = New("site.quarter",
		"Quý %s/%s",
		"Quarter %s, %s")
	SiteFilterReset = New("site.filter-reset",
		"Bỏ lọc",
		"Clear filters")
	SiteShown = New("site.shown",
		"Đang hiển thị {n}/{total} dòng nhiệm vụ.",
		"Showing {n} of {total} task rows.")
	SiteNoJS = New("site.no-js",
		"Chọn cơ quan trong danh sách dưới đây để xem nhiệm vụ của cơ quan đó; bộ lọc cần JavaScript.",
		"Pick an agency in the list below to see its tasks; the filters need JavaScript.")
	SiteByAgency = New("site.by-agency",
		"Tổng hợp theo cơ quan chủ trì",
		"Summary by lead agency")
	SiteColAgency = New("site.col-agency",
		"Cơ quan chủ trì",
		"Lead agency")
	SiteColTotal = New("site.col-total",
		"Tổng",
		"Total")
	SiteColTask = New("site.col-task",
		"Nhiệm vụ",
		"Task")
	SiteColWhere = New("site.col-where",
		"Vị trí trong văn bản",
		"Place in the document")
	SiteColDeadline = New("site.col-deadline",
		"Thời hạn",
		"Deadline")
	SiteColStatus = New("site.col-status",
		"Tình trạng",
		"Status")
	SiteColReport = New("site.col-report",
		"Báo cáo gần nhất",
		"Latest report")
	SiteColPlan = New("site.col-plan",
		"Kế hoạch",
		"Plan")
	SiteCategories = New("site.categories",
		"Tình trạng theo cách phân loại của công tác theo dõi, đôn đốc nhiệm vụ (Quyết định số 42/2014/QĐ-TTg, sửa đổi bởi Quyết định số 23/2018/QĐ-TTg): đã hoàn thành đúng hạn hoặc quá hạn; đang thực hiện trong hạn; chưa hoàn thành quá hạn; chưa thực hiện trong hạn. Một nhóm cơ quan báo cáo qua từng thành viên: nhiệm vụ hoàn thành khi mọi thành viên đã hoàn thành, quá hạn khi có thành viên quá hạn. Quá hạn tính theo ngày làm việc như kh check --as-of.",
		"Status in the categories of task follow-up (Decision 42/2014/QĐ-TTg as amended by Decision 23/2018/QĐ-TTg): done on time or late; in progress within the deadline; not done past the deadline; not started within the deadline. A group of agencies reports through each member: a task is done when every member has done it, overdue when one member is. Overdue is reckoned in working days as kh check --as-of does.")
	SiteMembersReported = New("site.members-reported",
		"%d/%d thành viên đã báo cáo",
		"%d of %d members reported")
	SiteColReported = New("site.col-reported",
		"Báo cáo",
		"Reports")
	SiteReported = New("site.reported",
		"đã báo cáo",
		"reported")
	SiteMissing = New("site.missing",
		"Chưa báo cáo (%d thành viên): %s",
		"No report yet (%d members): %s")
	SiteColVerdict = New("site.col-verdict",
		"Đánh giá",
		"Assessment")
	SiteDoneOnTime = New("site.done-on-time",
		"Hoàn thành đúng hạn",
		"Done on time")
	SiteDoneLate = New("site.done-late",
		"Hoàn thành quá hạn",
		"Done late")
	SiteOnTrack = New("site.on-track",
		"Trong hạn",
		"Within deadline")
	SiteOverdue = New("site.overdue",
		"Quá hạn",
		"Overdue")
	SiteDaysLate = New("site.days-late",
		"quá %d ngày",
		"%d days late")
	SiteDaysLeft = New("site.days-left",
		"còn %d ngày",
		"%d days left")
	SiteDoneOn = New("site.done-on",
		"hoàn thành ngày %s",
		"done on %s")
	SiteNoReport = New("site.no-report",
		"chưa có báo cáo",
		"no report yet")
	SiteInProgress = New("site.in-progress",
		"đang thực hiện",
		"in progress")
	SiteNotStarted = New("site.not-started",
		"chưa thực hiện",
		"not started")
	SiteNoTasks = New("site.no-tasks",
		"Kế hoạch không giao nhiệm vụ có cơ quan chủ trì.",
		"The plan assigns no task to a lead agency.")
	SitePlaceSection = New("site.place-section",
		"Mục %s",
		"Section %s")
	SitePlaceRow = New("site.place-row",
		"%s, số %s",
		"%s, no. %s")
	SitePlaceGroupRow = New("site.place-group-row",
		"%s, mục %s, số %s",
		"%s, part %s, no. %s")

	// Indicators.
	SiteIndicatorsTitle = New("site.indicators-title",
		"Chỉ tiêu của %s",
		"Indicators of %s")
	SiteIndicatorsIntro = New("site.indicators-intro",
		"Mục tiêu như văn bản ghi; kết quả theo báo cáo gần nhất của cơ quan chủ trì tính đến ngày xét. Biểu đồ so sánh mức cơ sở, mục tiêu và kết quả của các chỉ tiêu tính bằng số.",
		"Targets as the document states them; results from the lead agency's latest report as of the reference date. The charts compare baseline, target and result of the indicators stated as figures.")
	SiteColIndicator = New("site.col-indicator",
		"Chỉ tiêu",
		"Indicator")
	SiteColTarget = New("site.col-target",
		"Mục tiêu",
		"Target")
	SiteColBaseline = New("site.col-baseline",
		"Cơ sở",
		"Baseline")
	SiteColResult = New("site.col-result",
		"Kết quả",
		"Result")
	SiteColChart = New("site.col-chart",
		"Biểu đồ",
		"Chart")
	SiteColYear = New("site.col-year",
		"Năm",
		"Year")
	SiteChartLabel = New("site.chart-label",
		"%s: cơ sở %s, mục tiêu %s, kết quả %s",
		"%s: baseline %s, target %s, result %s")
	SiteChartBaseline = New("site.chart-baseline",
		"cơ sở",
		"baseline")
	SiteChartTarget = New("site.chart-target",
		"mục tiêu",
		"target")
	SiteChartResult = New("site.chart-result",
		"kết quả",
		"result")
	SiteNoValue = New("site.no-value",
		"chưa có",
		"none yet")

	// Comment rounds.
	SiteRoundsTitle = New("site.rounds-title",
		"Lấy ý kiến góp ý dự thảo %s",
		"Comments on the drafts of %s")
	SiteRound = New("site.round",
		"Dự thảo lần %d",
		"Draft %d")
	SiteRoundSent = New("site.round-sent",
		"Ngày gửi xin ý kiến",
		"Sent for comments on")
	SiteRoundDeadline = New("site.round-deadline",
		"Hạn góp ý",
		"Comments due")
	SiteRoundDrafter = New("site.round-drafter",
		"Cơ quan soạn thảo",
		"Drafting agency")
	SiteRoundLetter = New("site.round-letter",
		"Văn bản xin ý kiến",
		"Cover letter")
	SiteRoundCounts = New("site.round-counts",
		"Kết quả",
		"Outcome")
	SiteRoundCountsText = New("site.round-counts-text",
		"%d/%d cơ quan, đơn vị đã có ý kiến (%d nhất trí); %d ý kiến góp ý: tiếp thu %d, giải trình %d, không tiếp thu %d, chưa trả lời %d.",
		"%d of %d agencies answered (%d agreed); %d comments: %d accepted, %d explained, %d not accepted, %d not yet answered.")
	SiteRoundSilent = New("site.round-silent",
		"Chưa có ý kiến",
		"Not answered")
	SiteRoundAgreed = New("site.round-agreed",
		"Nhất trí với dự thảo",
		"Agreed with the draft")
	SiteRoundTables = New("site.round-tables",
		"Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý",
		"Summary table of the comments and responses")
	SiteColCommenter = New("site.col-commenter",
		"Cơ quan, đơn vị góp ý",
		"Commenting agency")
	SiteColComment = New("site.col-comment",
		"Nội dung góp ý",
		"Comment")
	SiteColResponse = New("site.col-response",
		"Ý kiến tiếp thu, giải trình",
		"Response")
	SiteNoComments = New("site.no-comments",
		"Không có ý kiến góp ý.",
		"No comments.")

	// Agencies.
	SiteAgenciesTitle = New("site.agencies-title",
		"Cơ quan chủ trì",
		"Lead agencies")
	SiteAgenciesIntro = New("site.agencies-intro",
		"Các cơ quan, đơn vị chủ trì nhiệm vụ hoặc chỉ tiêu trong các kế hoạch, với số nhiệm vụ quá hạn tính đến ngày xét.",
		"The agencies leading tasks or indicators in the plans, with their overdue tasks as of the reference date.")
	SiteAgencyLate = New("site.agency-late",
		"Nhiệm vụ quá hạn",
		"Overdue tasks")
	SiteAgencyNoLate = New("site.agency-no-late",
		"Không có nhiệm vụ quá hạn.",
		"No overdue tasks.")
	SiteAgencyLeads = New("site.agency-leads",
		"Chủ trì %d nhiệm vụ và %d chỉ tiêu trong %d kế hoạch.",
		"Leads %d tasks and %d indicators in %d plans.")
	SiteAgencyIndicators = New("site.agency-indicators",
		"Chỉ tiêu chủ trì",
		"Indicators led")
	SiteAgencyGroup = New("site.agency-group",
		"Nhóm gồm: %s.",
		"A group of: %s.")
	SiteAgencyEnded = New("site.agency-ended",
		"Không còn hoạt động từ ngày %s.",
		"Ceased to exist on %s.")
)

// UseSite is kh site's usage line.
var UseSite = New("use.site", "site [ĐƯỜNG-DẪN...] [--out THƯ-MỤC] [--as-of NGÀY]", "site [PATH...] [--out DIR] [--as-of DATE]")

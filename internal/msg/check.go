package msg

// Fragments of the review rules' findings (internal/check, KH140–KH179).
var (
	CheckDayOffBefore = New("check.day-off-before",
		"thời hạn trước ngày %s: ngày cuối %s là %s, nên việc phải xong trong ngày làm việc %s; không phải lỗi, chỉ cần các cơ quan biết",
		"deadline before %s: its last day %s is a day off (%s), so the work is due on the working day %s; not a defect, only worth telling the agencies")
	CheckDue = New("check.due",
		"%s, hết ngày %s",
		"%s, ending %s")
	CheckAssessedPeriod = New("check.assessed-period",
		"khoảng thời gian được đánh giá",
		"the assessed period")
	CheckChainEnd = New("check.chain-end",
		"bước cuối của chuỗi báo cáo: %s",
		"last step of the reporting chain: %s")
	CheckAlsoDue = New("check.also-due",
		"cũng giao nhiệm vụ %s (hạn %s)",
		"also named on task %s (due %s)")
	CheckReviewed = New("check.reviewed",
		"văn bản được sơ kết",
		"the reviewed document")
	CheckTitle = New("check.title",
		"trích yếu",
		"the title")
	CheckPeriodStart = New("check.period-start",
		"bắt đầu %s nhưng văn bản được sơ kết %s đề ngày %s",
		"starts %s but the reviewed document %s is dated %s")
	CheckPeriodLength = New("check.period-length",
		"dài %d tháng, không khớp \"%s\" trong trích yếu",
		"lasts %d months, which does not match \"%s\" in the title")
	CheckOpenMissing = New("check.open-missing",
		"không ghi thời hạn %d (%s)",
		"no deadline %d (%s)")
	CheckOpenOngoing = New("check.open-ongoing",
		"thường xuyên %d (%s)",
		"ongoing %d (%s)")
	CheckOpenFrom = New("check.open-from",
		"chỉ có thời điểm bắt đầu %d (%s)",
		"a start only %d (%s)")
	CheckOpenConditional = New("check.open-conditional",
		"theo điều kiện, sự việc %d (%s)",
		"conditional on an event %d (%s)")
	CheckBaseline = New("check.baseline",
		"mức đã đạt (co_so)",
		"the baseline (co_so)")
	CheckWording = New("check.wording",
		"câu in trong văn bản (nguyen_van)",
		"printed clause (nguyen_van)")
	CheckIndicatorText = New("check.indicator-text",
		"nội dung chỉ tiêu",
		"text")
	CheckEarlierTarget = New("check.earlier-target",
		"mục tiêu trước: %s, năm %d",
		"earlier target: %s, for %d")
	CheckOfParent = New("check.of-parent",
		" của kế hoạch cấp trên %s",
		" of the parent plan %s")
	CheckWriteSymbol = New("check.write-symbol",
		"viết %q",
		"write %q")
	CheckIssuerSymbols = New("check.issuer-symbols",
		"kiểm tra lại cơ quan ban hành hoặc ký hiệu (ký hiệu của cơ quan: %s)",
		"check the issuer or the symbol (the issuer's symbols: %s)")
	CheckCitationDate = New("check.citation-date",
		"căn cứ %s",
		"the citation %s")
	CheckEarlierMention = New("check.earlier-mention",
		"lần nhắc trước",
		"an earlier mention")
	CheckCitedHere = New("check.cited-here",
		"căn cứ",
		"the citation")
	CheckElectedBody = New("check.elected-body",
		"cơ quan dân cử",
		"an elected body")
	CheckPartyBody = New("check.party-body",
		"cơ quan của Đảng",
		"a Party body")
	CheckOtherProvince = New("check.other-province",
		"danh mục cơ quan của tỉnh khác",
		"another province's registry")
	CheckCentralLevel = New("check.central-level",
		"cấp trung ương",
		"the central level")
	CheckOtherPlan = New("check.other-plan",
		"kế hoạch %s (ngày %s)",
		"plan %s (of %s)")
	CheckOtherPlanCites = New("check.other-plan-cites",
		"căn cứ của kế hoạch %s",
		"the citation in plan %s")
	CheckSlipLater = New("check.slip-later",
		"chậm %d tháng %d ngày",
		"%d months %d days late")
	CheckSlipEarlier = New("check.slip-earlier",
		"sớm %d tháng %d ngày",
		"%d months %d days early")
	CheckAdopted = New("check.adopted",
		"văn bản %s ngày %s",
		"document %s of %s")
	CheckSameTask = New("check.same-task",
		"nhiệm vụ %s của kế hoạch %s",
		"task %s of plan %s")
)

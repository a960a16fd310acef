package msg

// The deadline parser (internal/deadline): why a text is not a deadline,
// said at the column where reading stopped.
var (
	DeadlineAt = New("deadline.at",
		"thời hạn, cột %d: %s",
		"deadline, column %d: %s")
	DeadlineAtHint = New("deadline.at-hint",
		"thời hạn, cột %d: %s (gợi ý: %s)",
		"deadline, column %d: %s (suggestion: %s)")

	DeadlineEmpty = New("deadline.empty",
		"không có nội dung thời hạn",
		"empty deadline")
	DeadlineTrailing = New("deadline.trailing",
		"thừa nội dung sau thời hạn",
		"unexpected text after the deadline")
	DeadlineExpected = New("deadline.expected",
		"cần %s",
		"expected %s")
	DeadlineUnknownWord = New("deadline.unknown-word",
		"không nhận ra “%s”",
		"unrecognised word “%s”")
	DeadlineDiacritics = New("deadline.diacritics",
		"thiếu hoặc sai dấu: “%s”",
		"missing or wrong diacritics: “%s”")

	// What DeadlineExpected expects.
	DeadlineWantAfter = New("deadline.want-after",
		"“%s” sau “%s”",
		"“%s” after “%s”")
	DeadlineWantWord = New("deadline.want-word",
		"“%s”",
		"“%s”")
	DeadlineWantYearDash = New("deadline.want-year-dash",
		"dấu gạch ngang giữa hai năm",
		"a dash between the two years")
	DeadlineWantAny = New("deadline.want-any",
		"thời hạn (ngày, tháng, quý, năm)",
		"a deadline (date, month, quarter or year)")
	DeadlineWantQuarter = New("deadline.want-quarter",
		"số quý (I–IV)",
		"a quarter number (I–IV)")
	DeadlineWantDate = New("deadline.want-date",
		"ngày dạng dd/mm/yyyy",
		"a date as dd/mm/yyyy")
	DeadlineWantSlash = New("deadline.want-slash",
		"dấu “/” sau ngày",
		"“/” after the day")
	DeadlineWantEvent = New("deadline.want-event",
		"sự việc sau %s",
		"an event after %s")
	DeadlineWantReference = New("deadline.want-reference",
		"tên văn bản hoặc cơ quan sau “Theo”",
		"a document or agency after “Theo”")
	DeadlineWantDays = New("deadline.want-days",
		"số ngày",
		"a number of days")

	DeadlineEndYearBefore = New("deadline.end-year-before",
		"năm kết thúc trước năm bắt đầu",
		"the end year is before the start year")
	DeadlineEndBefore = New("deadline.end-before",
		"thời điểm kết thúc trước thời điểm bắt đầu",
		"the end is before the start")
	DeadlineYearMissing = New("deadline.year-missing",
		"thiếu năm (4 chữ số)",
		"expected a 4-digit year")
	DeadlineYearDigits = New("deadline.year-digits",
		"năm phải có 4 chữ số, từ %d đến %d",
		"the year must have 4 digits, from %d to %d")
	DeadlineMonthMissing = New("deadline.month-missing",
		"thiếu số tháng",
		"expected a month number")
	DeadlineMonthInvalid = New("deadline.month-invalid",
		"tháng không hợp lệ: %s (chỉ có tháng 1–12)",
		"invalid month %s (months are 1–12)")
	DeadlineQuarterInvalid = New("deadline.quarter-invalid",
		"quý không hợp lệ: %s (chỉ có quý I–IV)",
		"invalid quarter %s (quarters are I–IV)")
	DeadlineNoSuchDay = New("deadline.no-such-day",
		"ngày %s không có trong tháng %s",
		"day %s does not exist in %s")
	DeadlineEachUnit = New("deadline.each-unit",
		"sau “hằng” cần “tháng”, “quý” hoặc “năm”",
		"“hằng” must be followed by “tháng”, “quý” or “năm”")
	DeadlinePeriodUnknown = New("deadline.period-unknown",
		"không nhận ra kỳ báo cáo",
		"unrecognised reporting period")
	DeadlineDaysRange = New("deadline.days-range",
		"số ngày phải từ %d đến %d",
		"the number of days must be %d to %d")
)

package msg

// The working-day calendar, lich-lam-viec.yaml.
var (
	CalWhatFile  = New("cal.what.file", "tệp", "the file")
	CalWhatYear  = New("cal.what.year", "một năm", "a year")
	CalWhatEntry = New("cal.what.entry", "một mục của %s", "an entry of %s")
	CalWhatKey   = New("cal.what.key", "%s", "%s")

	CalMapping = New("cal.mapping",
		"%s phải là một khối khóa: giá trị",
		"%s must be a mapping of keys to values")
	CalUnknownKey = New("cal.unknown-key",
		"khóa %q không có trong %s (các khóa được phép: %s)",
		"unknown key %q in %s (allowed: %s)")
	CalDuplicateKey = New("cal.duplicate-key",
		"khóa %q lặp lại trong %s",
		"duplicate key %q in %s")
	CalYears = New("cal.years",
		"nam phải là danh sách các năm",
		"nam must be a list of years")
	CalMissingKey = New("cal.missing-key",
		"thiếu khóa %q",
		"missing key %q")
	CalYearRange = New("cal.year-range",
		"nam phải là một năm từ %d đến %d, không phải %q",
		"nam must be a year from %d to %d, not %q")
	CalYearTwice = New("cal.year-twice",
		"năm %d được ghi hai lần",
		"year %d is listed twice")
	CalTetBefore = New("cal.tet-before",
		"truoc phải là 1 hoặc 2 (số ngày nghỉ Tết trước mùng 1), không phải %q",
		"truoc must be 1 or 2 (days off before the lunar New Year's Day), not %q")
	CalNationalDay = New("cal.national-day",
		"ngay của quoc_khanh phải là %d-09-01 hoặc %d-09-03",
		"quoc_khanh ngay must be %d-09-01 or %d-09-03")
	CalList = New("cal.list",
		"%s phải là một danh sách",
		"%s must be a list")
	CalDate = New("cal.date",
		"ngay phải là ngày dạng NNNN-TT-NN, không phải %q",
		"ngay must be a date YYYY-MM-DD, not %q")
	CalDateYear = New("cal.date-year",
		"ngày %s không thuộc năm %d",
		"ngay %s is not in year %d")
	CalText = New("cal.text",
		"%s phải có nội dung, không được để trống",
		"%s must be a non-empty text")
	CalSyntax = New("cal.syntax",
		"cú pháp YAML sai (%q)",
		"YAML syntax error (%q)")
)

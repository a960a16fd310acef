package msg

// Indicator targets (internal/target).
var (
	TargetOver100 = New("target.over-100",
		"tỷ lệ %s vượt quá 100%%; kiểm tra lại số (bản quét thường đọc “≥50%%” thành “550%%”)",
		"the percentage %s is over 100%%; check the figure (scans often read “≥50%%” as “550%%”)")
)

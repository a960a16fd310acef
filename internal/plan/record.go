package plan

import "time"

// Record is one agency's progress report for one period, kept with its
// plan as tien-do/<period>/<agency-id>.yaml. The progress package gives it
// its meaning; it lives here so the loader can fill it with the plan.
type Record struct {
	Loc `yaml:"-"`
	// Plan is the id of the plan reported on.
	Plan   string `yaml:"ke_hoach" kh:"required"`
	Period string `yaml:"ky" kh:"required"`
	// Agency is the reporting (lead) agency's id.
	Agency string         `yaml:"co_quan" kh:"required"`
	Tasks  []*RecordEntry `yaml:"nhiem_vu"`
	// Indicators are the results of the indicators the agency leads.
	Indicators []*RecordResult `yaml:"chi_tieu"`
}

// RecordResult is the reported result of one indicator: a figure with its
// unit ("65%", "12 hệ thống") or words for a milestone ("Hoàn thành"), as
// the agency wrote it.
type RecordResult struct {
	Loc    `yaml:"-"`
	ID     string `yaml:"id" kh:"required"`
	Result string `yaml:"ket_qua" kh:"required"`
	Note   string `yaml:"ghi_chu"`
}

// RecordEntry is the report on one task.
type RecordEntry struct {
	Loc    `yaml:"-"`
	ID     string `yaml:"id" kh:"required"`
	Status string `yaml:"tinh_trang" kh:"required,enum=hoan_thanh|dang_thuc_hien|chua_thuc_hien"`
	// DoneOn is the completion date, given with hoan_thanh.
	DoneOn     time.Time `yaml:"ngay_hoan_thanh"`
	Result     string    `yaml:"ket_qua"`
	Difficulty string    `yaml:"kho_khan"`
	Proposal   string    `yaml:"de_xuat"`
}

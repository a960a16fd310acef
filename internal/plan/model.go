// Package plan is the data model of a plan document (a Kế hoạch of a UBND
// tỉnh, a Nghị quyết of a Tỉnh ủy) and of the repository of plans around it.
// It knows nothing about files or YAML syntax: the load package fills it, and
// the yaml tags here are the keys officers write.
package plan

import (
	"regexp"
	"time"
)

// Suppression is a reviewed decision to accept a finding, such as a defect
// that the published document really has. The reason is mandatory.
type Suppression struct {
	Loc    `yaml:"-"`
	Rule   string `yaml:"quy_tac" kh:"required"`
	Reason string `yaml:"ly_do" kh:"required"`
}

// Registry lists the agencies of one province (or of the central level) with
// every name they go by and the dates they existed.
type Registry struct {
	Loc      `yaml:"-"`
	Province string    `yaml:"tinh" kh:"required"`
	Agencies []*Agency `yaml:"co_quan"`
}

// Agency kinds.
const (
	AgencyBody  = "co_quan" // a single body: a sở, UBND tỉnh, Tỉnh ủy
	AgencyGroup = "nhom"    // a collective: "Các sở, ban, ngành", "UBND cấp xã"
	AgencyFirm  = "doanh_nghiep"
)

// Agency blocs decide the document form (state or Party).
const (
	BlocState = "nha_nuoc"
	BlocParty = "dang"
	BlocOther = "khac"
)

// Agency is one entry of a registry.
type Agency struct {
	Loc  `yaml:"-"`
	ID   string `yaml:"id" kh:"required,id"`
	Name string `yaml:"ten" kh:"required"`
	// Short forms are printed in tables ("Sở KH&CN").
	Short []string `yaml:"ten_ngan"`
	// Aliases are other spellings found in documents; they are accepted for
	// matching but never where an id is expected.
	Aliases []string `yaml:"bi_danh"`
	Kind    string   `yaml:"loai" kh:"enum=co_quan|nhom|doanh_nghiep"`
	Bloc    string   `yaml:"khoi" kh:"enum=nha_nuoc|dang|khac"`
	Parent  string   `yaml:"truc_thuoc"`
	// Header is the issuing-agency block as printed at the top left of its
	// documents, one line each ("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN").
	Header []string  `yaml:"tieu_de"`
	From   time.Time `yaml:"tu_ngay"`
	// Until is the last day the agency existed.
	Until      time.Time `yaml:"den_ngay"`
	Successors []string  `yaml:"ke_thua"`
	// Symbols are the issuer parts of the agency's document symbols
	// ("BKHCN" in 5511/BKHCN-CĐSQG, "TTg" in 749/QĐ-TTg, "QH" for QH15):
	// a citation of the agency must use one of them.
	Symbols []string `yaml:"ky_hieu"`
	// Members are the agencies a group (loai: nhom) stands for, so that
	// asking "các sở, ban, ngành" for comments asks each of them and each
	// of them reports on the group's tasks for itself.
	Members []string `yaml:"thanh_vien"`
	// PerTask marks a group whose members each task names ("các địa
	// phương liên quan"): its tasks list them in chu_tri_thanh_vien, and
	// Members, if given, is the pool they come from.
	PerTask bool   `yaml:"theo_nhiem_vu"`
	Note    string `yaml:"ghi_chu"`
}

// ExistedOn reports whether the agency existed on day t.
func (a *Agency) ExistedOn(t time.Time) bool {
	if !a.From.IsZero() && t.Before(a.From) {
		return false
	}
	return a.Until.IsZero() || !t.After(a.Until)
}

// DisplayName is the short form if one is given, otherwise the full name.
func (a *Agency) DisplayName() string {
	if len(a.Short) > 0 {
		return a.Short[0]
	}
	return a.Name
}

// Plan is one plan document with its appendices.
type Plan struct {
	Loc `yaml:"-"`
	// Dir is the plan's folder as shown to users.
	Dir string `yaml:"-"`

	ID   string `yaml:"id" kh:"required,id"`
	Kind string `yaml:"loai" kh:"required,enum=KH|NQ|CTr|QĐ|BC|CT|ĐA|KL"`
	// Issuer is the agency id of the issuing body.
	Issuer string `yaml:"co_quan" kh:"required"`
	// Number is 0 while the plan is a draft.
	Number int    `yaml:"so"`
	Symbol string `yaml:"ky_hieu" kh:"required"`
	Place  string `yaml:"dia_danh" kh:"required"`
	// Date is the issue date, zero while a draft.
	Date time.Time `yaml:"ngay"`
	// DatePrinted is the issue date as the signed document prints it
	// ("41/9/2021"), kept where it is not a real date or differs from
	// Date; kh check reports it (KH043, KH044).
	DatePrinted string `yaml:"ngay_in"`
	// Draft is the draft version, printed in the "DỰ THẢO" mark.
	Draft int    `yaml:"du_thao"`
	Title string `yaml:"trich_yeu" kh:"required"`
	// Subheading holds lines printed between the document type and the
	// trích yếu, as Party resolutions do ("HỘI NGHỊ LẦN THỨ 7 …").
	Subheading []string `yaml:"tieu_de_phu"`
	// Period is a time expression: "Năm 2026", "Giai đoạn 2021–2025".
	Period string `yaml:"thoi_ky" kh:"required"`
	// Implements lists ids of cited documents or repository plans this
	// plan carries out.
	Implements []string `yaml:"thuc_hien"`
	// Parent is the id of a repository plan this plan implements; its
	// tasks may implement the parent's tasks.
	Parent string `yaml:"ke_hoach_cha"`
	// Assessed is the period a review or report plan (sơ kết, tổng kết, báo
	// cáo) assesses and the document whose implementation it reviews.
	Assessed *Assessment `yaml:"ky_danh_gia"`
	// Prepares lists the documents the plan's schedule prepares, by number
	// and symbol once adopted ("09-NQ/TU") or by plan id, so a schedule can
	// be compared with the date the document was adopted.
	Prepares   []string    `yaml:"chuan_bi"`
	Citations  []*Citation `yaml:"can_cu"`
	Preamble   []Block     `yaml:"mo_dau"`
	Sections   []*Section  `yaml:"noi_dung"`
	Closing    []Block     `yaml:"ket_thuc"`
	Signature  Signature   `yaml:"ky"`
	Recipients []string    `yaml:"noi_nhan"`
	// AppendixFiles lists the appendix files in order; the order gives
	// their numbers.
	AppendixFiles []string      `yaml:"phu_luc"`
	Suppress      []Suppression `yaml:"bo_qua"`
	// Template names the layout template in templates/ (default by bloc).
	Template string `yaml:"mau"`
	// Presentation holds how this document prints what the data says:
	// its numbering levels, its appendix headings, whether printed labels
	// are reproduced.
	Presentation Presentation `yaml:"trinh_bay"`
	// Rounds are the comment rounds on the plan's drafts (lấy ý kiến).
	Rounds []*Round `yaml:"lay_y_kien"`

	Appendices []*Appendix `yaml:"-"`
	// Records are the progress records kept in the plan's folder
	// (tien-do/), in path order.
	Records []*Record `yaml:"-"`
	// Answers are the answers of the comment rounds kept in the plan's
	// folder (gop-y/), in path order.
	Answers []*Answer `yaml:"-"`
}

// IDPattern is the form of every id: lower-case ASCII words joined by "-",
// "_" or ".", so ids are stable in URLs, file names and YAML keys.
const IDPattern = `^[a-z0-9]+(?:[-_.][a-z0-9]+)*$`

// MinYear and MaxYear bound the year of a plan, a period or a date a form
// reports: the state's documents start in 1945, and a plan's horizon
// ("tầm nhìn đến năm 2045") stays well below 2100. A year outside is a
// typing slip (0, 99999), never a plan.
const (
	MinYear = 1945
	MaxYear = 2100
)

// ValidYear reports whether y lies in [MinYear, MaxYear].
func ValidYear(y int) bool { return y >= MinYear && y <= MaxYear }

// MaxIDLen bounds an id: ids become file names (out/<plan id>.pdf,
// forms/<agency id>.xlsx), and the longest real one is far shorter.
const MaxIDLen = 64

var idRe = regexp.MustCompile(IDPattern)

// ValidID reports whether s has the form of an id and is at most MaxIDLen
// characters long.
func ValidID(s string) bool { return len(s) <= MaxIDLen && idRe.MatchString(s) }

// IsDraft reports whether the plan has no number or date yet.
func (p *Plan) IsDraft() bool { return p.Number == 0 || p.Date.IsZero() }

// Assessment is the period a review plan assesses: 171/KH-UBND reviews "03
// năm (từ tháng 8/2022 đến tháng 8/2025)" of Nghị quyết 09-NQ/TU.
type Assessment struct {
	Loc `yaml:"-"`
	// Period is a time expression: "Từ tháng 8/2022 đến tháng 8/2025".
	Period string `yaml:"thoi_gian" kh:"required"`
	// Reviews is the id of the citation (or repository plan) reviewed.
	Reviews string `yaml:"van_ban"`
}

// Presentation is a document's own way of printing: the data (tasks,
// agencies, dates) stays the same whatever these say.
type Presentation struct {
	Loc `yaml:"-"`
	// Levels are the numbering styles of the outline's levels, from the
	// top: [la_ma, so, chu, gach, cong] (I., 1., a), -, +) unless the
	// document numbers otherwise. A section's danh_so still overrides its
	// own level.
	Levels []string `yaml:"cap_danh_so"`
	// AsPrinted prints the labels, row numbers and dates recorded as
	// printed (so_in, ngay_in) instead of the computed ones, so a
	// transcription gives back the signed document, defects included.
	AsPrinted bool `yaml:"nhu_ban_in"`
	// AppendixHeading are the lines of an appendix's centred title block,
	// with {so} (01) and {tieu_de} (the title as written) or {TIEU_DE} (in
	// capitals, as NĐ 30 sets it): ["Phụ lục {so}", "{TIEU_DE}"] by
	// default, ["PHỤ LỤC {so}", "{tieu_de}"] in 1174/KH-UBND, ["Phụ lục
	// {so}: {tieu_de}"] in 171/KH-UBND. The appendix's tieu_de_phu lines
	// follow.
	AppendixHeading []string `yaml:"phu_luc"`
	// RecipientsHeading is the heading of the Nơi nhận list as the
	// document prints it ("Nơi nhận: (VBĐT)"); "Nơi nhận:" by default.
	RecipientsHeading string `yaml:"noi_nhan"`
	// AttachedTo is the "(Kèm theo …)" line under an appendix title, with
	// {loai}, {so_ky_hieu}, {ngay} (17/3/2025), {ngay_day_du} (ngày 31
	// tháng 12 năm 2025) and {co_quan} (the issuer's short name); default
	// "(Kèm theo {loai} số {so_ky_hieu} ngày {ngay} của {co_quan})".
	AttachedTo string `yaml:"kem_theo"`
}

// Citation is a document the plan cites as its basis (căn cứ).
type Citation struct {
	Loc  `yaml:"-"`
	ID   string `yaml:"id" kh:"required,id"`
	Type string `yaml:"loai" kh:"required"`
	// Ref is the number and symbol as published: "57-NQ/TW", "749/QĐ-TTg".
	Ref  string    `yaml:"so_ky_hieu" kh:"required"`
	Date time.Time `yaml:"ngay" kh:"required"`
	// Issuer is an agency id from a registry.
	Issuer  string `yaml:"co_quan" kh:"required"`
	Subject string `yaml:"trich_yeu"`
	// Plan is the id of the cited document in this repository, if it is there.
	Plan string `yaml:"ke_hoach"`
	// Wording is the citation as the document prints it, when it is not
	// the usual "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị
	// về …" ("Nghị quyết 193/2025/QH15 ngày 19/2/2025 của Quốc hội về
	// …"); kh check compares it with the fields (KH045).
	Wording  string        `yaml:"nguyen_van"`
	Suppress []Suppression `yaml:"bo_qua"`
}

// Block is a paragraph of text or a dash item ("- …"). In YAML a plain
// string is a paragraph and {gach: …} is a dash item.
type Block struct {
	Loc  `yaml:"-"`
	Text string `yaml:"doan" kh:"scalar"`
	Dash string `yaml:"gach"`
}

// Content returns the block's text whichever form it has.
func (b Block) Content() string {
	if b.Dash != "" {
		return b.Dash
	}
	return b.Text
}

// Numbering styles of outline headings.
const (
	NumRoman   = "la_ma"   // I.
	NumArabic  = "so"      // 1.
	NumDecimal = "so_cap"  // 3.1.
	NumLetter  = "chu"     // a)
	NumUpper   = "chu_hoa" // A.
	NumDash    = "gach"    // -
	NumPlus    = "cong"    // +
	NumNone    = "khong"
)

// Section is a heading of the body outline with its paragraphs, inline tasks
// and sub-sections. Its number is generated from its place in the outline.
type Section struct {
	Loc     `yaml:"-"`
	ID      string `yaml:"id" kh:"required,id"`
	Heading string `yaml:"tieu_de"`
	// Numbering overrides the default style for this section's depth.
	Numbering string `yaml:"danh_so" kh:"enum=la_ma|so|so_cap|chu|chu_hoa|gach|cong|khong"`
	// Printed is the label as the signed document prints it ("IV."),
	// kept where it differs from the computed one.
	Printed string  `yaml:"so_in"`
	Blocks  []Block `yaml:"doan"`
	// Citations asks for the plan's citations to be listed here as dash
	// items, for plans whose first section is "CĂN CỨ LẬP KẾ HOẠCH".
	Citations bool `yaml:"liet_ke_can_cu"`
	// Sequential marks Tasks as an ordered schedule: each step builds on
	// the one before it.
	Sequential bool `yaml:"tuan_tu"`
	// Tasks are tasks written inside the body: items of the next level
	// ("a)" under "1."), or the steps of a schedule. A lone task prints as
	// an unnumbered paragraph, as documents write it.
	Tasks []*Task `yaml:"nhiem_vu"`
	// TaskNumbering overrides the numbering style of Tasks.
	TaskNumbering string `yaml:"danh_so_nhiem_vu" kh:"enum=la_ma|so|so_cap|chu|chu_hoa|gach|cong|khong"`
	// Indicators are targets stated in the body, as a Party resolution
	// states them; they are tracked like those of an appendix table.
	Indicators []*Indicator  `yaml:"chi_tieu"`
	Sections   []*Section    `yaml:"muc"`
	After      []Block       `yaml:"doan_cuoi"`
	Suppress   []Suppression `yaml:"bo_qua"`
}

// Signature is the signing block: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
// PHÓ CHỦ TỊCH / name".
type Signature struct {
	Loc `yaml:"-"`
	// OnBehalf is the collective signed for (TM.), e.g. "ỦY BAN NHÂN DÂN".
	OnBehalf string `yaml:"thay_mat"`
	// Deputy is the head signed for (KT.), e.g. "CHỦ TỊCH".
	Deputy string `yaml:"ky_thay"`
	Title  string `yaml:"chuc_vu" kh:"required"`
	Name   string `yaml:"ho_ten"`
}

// Appendix kinds.
const (
	AppendixTasks      = "nhiem_vu"
	AppendixIndicators = "chi_tieu"
	AppendixRegistry   = "danh_muc"
	AppendixForm       = "bieu_mau"
	AppendixOutline    = "de_cuong"
)

// Appendix is one phụ lục, kept in a file of its own.
type Appendix struct {
	Loc   `yaml:"-"`
	ID    string `yaml:"id" kh:"required,id"`
	Kind  string `yaml:"loai" kh:"required,enum=nhiem_vu|chi_tieu|danh_muc|bieu_mau|de_cuong"`
	Title string `yaml:"tieu_de" kh:"required"`
	// Subtitle lines print in the centred title block under the title
	// ("Sơ kết 03 năm thực hiện Nghị quyết số 09-NQ/TU …").
	Subtitle []string `yaml:"tieu_de_phu"`
	// Header prints the agency and national header above the title, as a
	// schedule attached on its own page does (549/KH-UBND).
	Header bool `yaml:"quoc_hieu"`
	// Levels are the numbering styles of an outline appendix (đề cương):
	// [chu_hoa, la_ma, so, gach] for "A.", "I.", "1.", "-".
	Levels []string `yaml:"cap_danh_so"`
	// PrintedColumns are the fields the published table shows, in order
	// ([so_ky_hieu, ngay, trich_yeu]); by default a column for each field
	// some row fills. A report form's cot follow them.
	PrintedColumns []string `yaml:"cot_in"`
	// RowLabel is how the table writes its row numbers: "{so}" by
	// default, "{so}." where the document puts a full stop after them.
	RowLabel string `yaml:"kieu_tt"`
	// DateForm is how the table writes dates: "d/m/yyyy" (17/3/2025, the
	// form of running text, by default) or "dd/mm/yyyy" (17/03/2025).
	DateForm string `yaml:"kieu_ngay" kh:"enum=d/m/yyyy|dd/mm/yyyy"`
	// Labels override column headings, keyed by field ("phoi_hop").
	Labels map[string]string `yaml:"nhan_cot"`
	// Columns are extra empty columns of a report form.
	Columns []string `yaml:"cot"`
	// GroupNumbering restarts the row numbers at 1 under each numbered
	// group (I, II, …), as some published tables do (171/KH-UBND Phụ lục
	// 04); by default rows are numbered through the whole appendix.
	GroupNumbering bool          `yaml:"danh_so_theo_nhom"`
	Intro          []Block       `yaml:"doan"`
	Groups         []*Group      `yaml:"nhom"`
	Sections       []*Section    `yaml:"muc"`
	Suppress       []Suppression `yaml:"bo_qua"`

	// Plan is the plan the appendix belongs to.
	Plan *Plan `yaml:"-"`
}

// Group is a heading row of an appendix table (I, II, …) with its rows and
// sub-groups. Sub-groups are printed as unnumbered headings.
type Group struct {
	Loc `yaml:"-"`
	ID  string `yaml:"id" kh:"required,id"`
	// Heading is the group row's text; a group without one prints no
	// group row (a table published without groups).
	Heading string `yaml:"tieu_de"`
	// Printed is the group's number as printed ("II"), where it differs.
	Printed string `yaml:"so_in"`
	// Lead is the unit leading the whole group, printed in its row
	// (171/KH-UBND Phụ lục 04: "II Bảo đảm An toàn thông tin — Sở KH&CN").
	Lead        []string      `yaml:"chu_tri"`
	LeadWritten string        `yaml:"chu_tri_in"`
	Tasks       []*Task       `yaml:"nhiem_vu"`
	Indicators  []*Indicator  `yaml:"chi_tieu"`
	Documents   []*Document   `yaml:"van_ban"`
	Groups      []*Group      `yaml:"nhom"`
	Suppress    []Suppression `yaml:"bo_qua"`
}

// Task is one task: what, who leads, who cooperates or monitors, by when.
type Task struct {
	Loc `yaml:"-"`
	ID  string `yaml:"id" kh:"required,id"`
	// Heading is a step's title, printed on the step's numbered line with
	// its text below ("3. Tổ chức Hội thảo khoa học về chuyển đổi số").
	Heading string `yaml:"tieu_de"`
	// Text is what the task is, as printed; a titled step made only of
	// sub-items may leave it empty.
	Text string `yaml:"noi_dung"`
	// Blocks are paragraphs and dash items printed after Text.
	Blocks []Block `yaml:"doan"`
	// Subtasks are the step's own items ("a)", "b)" under "1."), each a
	// task with its lead and deadline.
	Subtasks []*Task `yaml:"nhiem_vu"`
	// RunOn prints the task in the same paragraph as the one before it, as
	// a document does that states two tasks in one sentence pair.
	RunOn bool `yaml:"cung_doan"`
	// Printed is the row number or label as printed ("12"), where it
	// differs from the computed one.
	Printed string `yaml:"so_in"`
	// Lead, Cooperate and Monitor are agency ids; the *Written fields keep
	// a cell's text as the document writes it ("Sở VHTT&DL", or a cell
	// with dashes), printed in tables instead of the registry's names.
	Lead        []string `yaml:"chu_tri"`
	LeadWritten string   `yaml:"chu_tri_in"`
	// LeadMembers narrows the lead groups to the members this task
	// concerns ("các xã biên giới"), or names them for a group chosen per
	// task; they report on it, the rest of the group does not.
	LeadMembers      []string `yaml:"chu_tri_thanh_vien"`
	Cooperate        []string `yaml:"phoi_hop"`
	CooperateWritten string   `yaml:"phoi_hop_in"`
	Monitor          []string `yaml:"theo_doi"`
	MonitorWritten   string   `yaml:"theo_doi_in"`
	// Deadline is written as officers write it ("Quý I/2026"), in kh fmt's
	// canonical spelling; DeadlineWritten keeps the cell as the document
	// prints it ("2026" for "Năm 2026"), compared by kh check (KH047).
	Deadline        string `yaml:"thoi_han"`
	DeadlineWritten string `yaml:"thoi_han_in"`
	Product         string `yaml:"san_pham"`
	// After lists ids of tasks of the same plan this task builds on.
	After []string `yaml:"sau"`
	// Implements is "plan-id/task-id" of a parent plan's task.
	Implements string `yaml:"thuc_hien"`
	// Report marks a report sent up a reporting chain.
	Report   bool          `yaml:"bao_cao"`
	Note     string        `yaml:"ghi_chu"`
	Suppress []Suppression `yaml:"bo_qua"`
}

// Indicator is one target of an indicator table.
type Indicator struct {
	Loc  `yaml:"-"`
	ID   string `yaml:"id" kh:"required,id"`
	Text string `yaml:"noi_dung" kh:"required"`
	// Target is written as officers write it ("≥ 50%", "Hoàn thành").
	Target string `yaml:"muc_tieu"`
	// Year is the year the target is for ("Đến năm 2025"); 0 means the end
	// of the plan's period.
	Year int `yaml:"nam"`
	// Baseline is the level already reached, written like a target
	// ("64,06%"), Unit the unit values are counted in ("%", "hệ thống"),
	// and Direction whether higher ("tang") or lower ("giam") is better.
	Baseline  string `yaml:"co_so"`
	Unit      string `yaml:"don_vi"`
	Direction string `yaml:"huong" kh:"enum=tang|giam"`
	// Printed is the row number as printed, where it differs.
	Printed     string   `yaml:"so_in"`
	Lead        []string `yaml:"chu_tri"`
	LeadWritten string   `yaml:"chu_tri_in"`
	// LeadMembers narrows the lead groups as a task's does.
	LeadMembers []string `yaml:"chu_tri_thanh_vien"`
	Note        string   `yaml:"ghi_chu"`
	// Wording is the indicator as a body section prints it, in the words of
	// the document ("100% dịch vụ công trực tuyến mức độ 4 được cung cấp …").
	Wording  string        `yaml:"nguyen_van"`
	Suppress []Suppression `yaml:"bo_qua"`
}

// Document is a row of a registry table (a list of documents).
type Document struct {
	Loc `yaml:"-"`
	ID  string `yaml:"id" kh:"required,id"`
	// Printed is the row number as printed, where it differs.
	Printed  string        `yaml:"so_in"`
	Ref      string        `yaml:"so_ky_hieu"`
	Date     time.Time     `yaml:"ngay"`
	Issuer   string        `yaml:"co_quan"`
	Subject  string        `yaml:"trich_yeu" kh:"required"`
	Note     string        `yaml:"ghi_chu"`
	Suppress []Suppression `yaml:"bo_qua"`
}

// Config is the repository's kho.yaml: settings shared by all its plans.
type Config struct {
	Loc  `yaml:"-"`
	Name string `yaml:"ten"`
	// ReportGap is the minimum number of working days a lower reporting
	// level must leave the next one to aggregate.
	ReportGap int `yaml:"bao_cao_truoc_ngay_lam_viec"`
}

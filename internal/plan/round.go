package plan

import "time"

// Round is one round of comments on a draft (lấy ý kiến góp ý): which draft
// went out, when, to whom and by when they answer.
type Round struct {
	Loc `yaml:"-"`
	// Draft is the draft version sent (du_thao of the plan then).
	Draft int       `yaml:"du_thao" kh:"required"`
	Sent  time.Time `yaml:"ngay_gui" kh:"required"`
	// Deadline is the answer deadline as the cover letter states it:
	// "trong 05 ngày làm việc" (counted from Sent), "Trước ngày 20/12/2025".
	Deadline string `yaml:"han" kh:"required"`
	// Asked are the agencies asked, by id; a group stands for its members.
	Asked []string `yaml:"gui" kh:"required"`
	// Drafter is the agency that drafts the plan and collects the answers.
	Drafter string `yaml:"soan_thao"`
	// Letter is the cover letter's number and symbol ("1234/SKHCN-CĐS").
	Letter   string        `yaml:"van_ban"`
	Suppress []Suppression `yaml:"bo_qua"`
}

// Answer sources: the comment form, the returned draft, or a letter typed
// in by hand.
const (
	FromForm     = "phieu"
	FromDocument = "van_ban"
	FromLetter   = "cong_van"
)

// Responses to a comment, as the summary table of a dossier records them.
const (
	Accepted  = "tiep_thu"       // tiếp thu: the draft is changed
	Explained = "giai_trinh"     // giải trình: kept as it is, with the reason
	Rejected  = "khong_tiep_thu" // không tiếp thu, with the reason
)

// Answer is one agency's answer in a round, kept with the plan as
// gop-y/<du_thao>/<agency-id>.yaml, with the drafting officer's response
// to each comment.
type Answer struct {
	Loc      `yaml:"-"`
	Plan     string    `yaml:"ke_hoach" kh:"required"`
	Draft    int       `yaml:"du_thao" kh:"required"`
	Agency   string    `yaml:"co_quan" kh:"required"`
	Received time.Time `yaml:"ngay_nhan"`
	Source   string    `yaml:"nguon" kh:"enum=phieu|van_ban|cong_van"`
	// Agrees records an answer of "nhất trí" (agrees, no comment).
	Agrees   bool       `yaml:"nhat_tri"`
	Comments []*Comment `yaml:"y_kien"`
}

// Comment is one comment of an answer, on an item of the draft.
type Comment struct {
	Loc `yaml:"-"`
	// Item is the id of the item commented on (a section, task,
	// indicator, group, document, citation or appendix), or the plan's id
	// for a comment on the whole draft; Field is the item's field
	// ("noi_dung", "doan[1]") when the comment is on one.
	Item  string `yaml:"muc" kh:"required"`
	Field string `yaml:"truong"`
	// Author is the reviewer named in the returned document.
	Author string `yaml:"nguoi_gop_y"`
	Text   string `yaml:"noi_dung"`
	// Before and Proposed are a proposed edit (a tracked change): the
	// field's text as sent and as the agency would have it.
	Before   string `yaml:"ban_dau"`
	Proposed string `yaml:"de_xuat"`
	// Response and Reason are the drafting officer's answer.
	Response string `yaml:"tra_loi" kh:"enum=tiep_thu|giai_trinh|khong_tiep_thu"`
	Reason   string `yaml:"ly_do"`
	// Applied records that the proposed edit was written into the plan.
	Applied bool `yaml:"da_sua"`
}

package semdiff

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/diag"
)

// fieldLabels names the YAML keys for readers.
var fieldLabels = map[string]diag.Text{
	"id":             {VI: "mã", EN: "id"},
	"loai":           {VI: "loại", EN: "kind"},
	"co_quan":        {VI: "cơ quan", EN: "agency"},
	"so":             {VI: "số", EN: "number"},
	"ky_hieu":        {VI: "ký hiệu", EN: "symbol"},
	"dia_danh":       {VI: "địa danh", EN: "place"},
	"ngay":           {VI: "ngày", EN: "date"},
	"du_thao":        {VI: "dự thảo", EN: "draft"},
	"trich_yeu":      {VI: "trích yếu", EN: "title"},
	"tieu_de_phu":    {VI: "tiêu đề phụ", EN: "subheading"},
	"thoi_ky":        {VI: "thời kỳ", EN: "period"},
	"thuc_hien":      {VI: "thực hiện", EN: "implements"},
	"ke_hoach_cha":   {VI: "kế hoạch cha", EN: "parent plan"},
	"mo_dau":         {VI: "phần mở đầu", EN: "preamble"},
	"ket_thuc":       {VI: "phần kết thúc", EN: "closing"},
	"ky.thay_mat":    {VI: "ký thay mặt (TM.)", EN: "signed on behalf of (TM.)"},
	"ky.ky_thay":     {VI: "ký thay (KT.)", EN: "signed for (KT.)"},
	"ky.chuc_vu":     {VI: "chức vụ người ký", EN: "signer's title"},
	"ky.ho_ten":      {VI: "người ký", EN: "signer"},
	"noi_nhan":       {VI: "nơi nhận", EN: "recipients"},
	"mau":            {VI: "mẫu trình bày", EN: "template"},
	"so_ky_hieu":     {VI: "số, ký hiệu", EN: "number and symbol"},
	"ke_hoach":       {VI: "kế hoạch trong kho", EN: "repository plan"},
	"tieu_de":        {VI: "tiêu đề", EN: "heading"},
	"danh_so":        {VI: "kiểu đánh số", EN: "numbering"},
	"doan":           {VI: "đoạn văn", EN: "paragraphs"},
	"liet_ke_can_cu": {VI: "liệt kê căn cứ", EN: "lists citations"},
	"tuan_tu":        {VI: "tuần tự", EN: "sequential"},
	"doan_cuoi":      {VI: "đoạn cuối", EN: "closing paragraphs"},
	"cot":            {VI: "cột thêm", EN: "extra columns"},
	"noi_dung":       {VI: "nội dung", EN: "text"},
	"chu_tri":        {VI: "chủ trì", EN: "lead"},
	"phoi_hop":       {VI: "phối hợp", EN: "cooperating"},
	"theo_doi":       {VI: "theo dõi", EN: "monitoring"},
	"thoi_han":       {VI: "thời hạn", EN: "deadline"},
	"san_pham":       {VI: "sản phẩm", EN: "product"},
	"sau":            {VI: "làm sau", EN: "after"},
	"bao_cao":        {VI: "báo cáo", EN: "report"},
	"ghi_chu":        {VI: "ghi chú", EN: "note"},
	"muc_tieu":       {VI: "mục tiêu", EN: "target"},
	"nguyen_van":     {VI: "nguyên văn", EN: "wording"},
	"nam":            {VI: "năm", EN: "year"},
	"co_so":          {VI: "mức cơ sở", EN: "baseline"},
	"don_vi":         {VI: "đơn vị tính", EN: "unit"},
	"huong":          {VI: "hướng", EN: "direction"},
	"chuan_bi":       {VI: "văn bản chuẩn bị", EN: "documents prepared"},

	"ky_danh_gia.thoi_gian": {VI: "thời gian đánh giá", EN: "period assessed"},
	"ky_danh_gia.van_ban":   {VI: "văn bản được đánh giá", EN: "document assessed"},

	// The row numbering of an appendix table.
	"danh_so_theo_nhom": {VI: "đánh số lại theo nhóm", EN: "rows numbered per group"},
}

// prose fields hold whole paragraphs, always shown word by word.
var prose = map[string]bool{"mo_dau": true, "ket_thuc": true, "doan": true, "doan_cuoi": true}

var (
	lblHeader     = diag.Text{VI: "Thông tin chung", EN: "Header"}
	lblCitations  = diag.Text{VI: "Căn cứ", EN: "Citations"}
	lblSections   = diag.Text{VI: "Mục", EN: "Sections"}
	lblAppendices = diag.Text{VI: "Phụ lục", EN: "Appendices"}
	lblGroups     = diag.Text{VI: "Nhóm", EN: "Groups"}
	lblTasks      = diag.Text{VI: "Nhiệm vụ", EN: "Tasks"}
	lblIndicators = diag.Text{VI: "Chỉ tiêu", EN: "Indicators"}
	lblPlan       = diag.Text{VI: "Kế hoạch", EN: "Plan"}
	lblPlanAdded  = diag.Text{VI: "kế hoạch mới", EN: "new plan"}
	lblPlanGone   = diag.Text{VI: "kế hoạch bị bỏ", EN: "plan removed"}
	lblEmpty      = diag.Text{VI: "(trống)", EN: "(empty)"}
	lblMovedGroup = diag.Text{VI: "chuyển nhóm", EN: "moved to another group"}
	lblMovedSect  = diag.Text{VI: "chuyển mục", EN: "moved to another section"}
	lblOrder      = diag.Text{VI: "đổi thứ tự trong nhóm", EN: "reordered in its group"}
	lblNoDiff     = diag.Text{VI: "Không có khác biệt.", EN: "No differences."}
	lblWorktree   = diag.Text{VI: "thư mục làm việc", EN: "working tree"}
	lblMergeBase  = diag.Text{VI: "điểm rẽ nhánh với %s (%s)", EN: "merge base with %s (%s)"}
)

// categories lists a plan's item changes in reading order.
func (d *PlanDiff) categories() []struct {
	label diag.Text
	items []ItemChange
} {
	return []struct {
		label diag.Text
		items []ItemChange
	}{
		{lblCitations, d.Citations}, {lblSections, d.Sections}, {lblAppendices, d.Appendices},
		{lblGroups, d.Groups}, {lblTasks, d.Tasks}, {lblIndicators, d.Indicators},
	}
}

func fieldLabel(key string, lang diag.Lang) string {
	if l, ok := fieldLabels[key]; ok {
		return l.In(lang)
	}
	return key
}

// SlipText renders a deadline move: "chậm 3 tháng", "sớm hơn 1 tháng 5 ngày".
func SlipText(s Slip, lang diag.Lang) string {
	m, d := s.Months, s.Days
	if !s.Later() {
		m, d = -m, -d
	}
	var parts []string
	if m != 0 {
		parts = append(parts, plural(m, "tháng", "month", lang))
	}
	if d != 0 {
		parts = append(parts, plural(d, "ngày", "day", lang))
	}
	size := strings.Join(parts, " ")
	switch {
	case lang == diag.EN && s.Later():
		return size + " later"
	case lang == diag.EN:
		return size + " earlier"
	case s.Later():
		return "chậm " + size
	}
	return "sớm hơn " + size
}

func plural(n int, vi, en string, lang diag.Lang) string {
	if lang == diag.VI {
		return fmt.Sprintf("%d %s", n, vi)
	}
	if n == 1 {
		return "1 " + en
	}
	return fmt.Sprintf("%d %ss", n, en)
}

// placeText names where an item sits: "Phụ lục 02, II. Hoàn thiện thể chế".
func placeText(p *Place, lang diag.Lang) string {
	if p == nil {
		return ""
	}
	var parts []string
	if p.AppendixNumber != "" {
		parts = append(parts, diag.Text{VI: "Phụ lục ", EN: "Appendix "}.In(lang)+p.AppendixNumber)
	}
	if p.Parent != "" {
		container := joinNonEmpty(dotted(p.Number), p.Heading)
		if p.Appendix == "" {
			container = diag.Text{VI: "mục ", EN: "section "}.In(lang) + container
		}
		parts = append(parts, container)
	}
	return strings.Join(parts, ", ")
}

// dotted gives group numbers ("II") the dot section numbers already carry.
func dotted(num string) string {
	if num == "" || strings.HasSuffix(num, ".") || strings.HasSuffix(num, ")") {
		return num
	}
	return num + "."
}

// moveText describes a move: a new container, or a new rank in the same one.
// Ranks, not row numbers, because rows renumber whenever a row above is
// added or removed.
func moveText(it ItemChange, lang diag.Lang) string {
	from, to := placeText(it.From, lang), placeText(it.To, lang)
	if from == to {
		return fmt.Sprintf("%s: %d → %d", lblOrder.In(lang), it.From.Rank, it.To.Rank)
	}
	moved := lblMovedGroup
	if it.To != nil && it.To.Appendix == "" {
		moved = lblMovedSect
	}
	return fmt.Sprintf("%s: %s → %s", moved.In(lang), from, to)
}

// valueChange renders one field change on a line, or "" for a change too
// long for one line, which the writers then show in their own way.
func valueChange(f FieldChange, lang diag.Lang) string {
	s := orEmpty(f.FromText, lang) + " → " + orEmpty(f.ToText, lang)
	if f.Slip != nil {
		s += ", " + SlipText(*f.Slip, lang)
	}
	if f.Target != nil {
		s += ", " + VerdictText(f.Target.Verdict, lang)
	}
	return s
}

func orEmpty(s string, lang diag.Lang) string {
	if s == "" {
		return lblEmpty.In(lang)
	}
	return s
}

// long reports whether a change reads better as two lines than as "a → b".
func long(f FieldChange) bool {
	return utf8.RuneCountInString(f.FromText)+utf8.RuneCountInString(f.ToText) > 70 ||
		strings.ContainsRune(f.FromText, '\n') || strings.ContainsRune(f.ToText, '\n')
}

// clip shortens text to n runes for one-line listings.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// SideName names one side for a reader: the path or revision as given, the
// commit it resolved to, "thư mục làm việc" for the working tree.
func (r *Report) SideName(old bool, lang diag.Lang) string {
	label, rev := r.To, r.ToRev
	if old {
		label, rev = r.From, r.FromRev
	}
	switch {
	case rev == nil:
		return label
	case rev.Worktree:
		return lblWorktree.In(lang)
	case rev.MergeBase:
		return fmt.Sprintf(lblMergeBase.In(lang), rev.Name, short(rev.Commit))
	}
	return fmt.Sprintf("%s (%s)", rev.Name, short(rev.Commit))
}

// short abbreviates a commit id as git log --oneline does.
func short(commit string) string { return commit[:min(len(commit), 7)] }

// SummaryLine is the closing line: "3 khác biệt: 1 chậm hạn, 1 sớm hơn".
func (r *Report) SummaryLine(lang diag.Lang) string {
	s := r.Summary
	if s.Differences == 0 {
		return lblNoDiff.In(lang)
	}
	line := plural(s.Differences, "khác biệt", "difference", lang)
	var extra []string
	if s.Slips > 0 {
		extra = append(extra, plural(s.Slips, "chậm hạn", "slip", lang))
	}
	if s.Advances > 0 {
		extra = append(extra, diag.Text{VI: fmt.Sprintf("%d sớm hơn", s.Advances), EN: fmt.Sprintf("%d earlier", s.Advances)}.In(lang))
	}
	if s.Weakened > 0 {
		extra = append(extra, plural(s.Weakened, "chỉ tiêu giảm", "weakened target", lang))
	}
	if s.Strengthened > 0 {
		extra = append(extra, plural(s.Strengthened, "chỉ tiêu tăng", "strengthened target", lang))
	}
	if len(extra) > 0 {
		line += ": " + strings.Join(extra, ", ")
	}
	return line
}

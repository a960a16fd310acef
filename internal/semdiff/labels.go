package semdiff

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
)

// fieldLabels names the YAML keys for readers.
var fieldLabels = map[string]diag.Text{
	"id":             msg.DiffId.Text(),
	"loai":           msg.DiffLoai.Text(),
	"co_quan":        msg.DiffCoQuan.Text(),
	"so":             msg.DiffSo.Text(),
	"ky_hieu":        msg.DiffKyHieu.Text(),
	"dia_danh":       msg.DiffDiaDanh.Text(),
	"ngay":           msg.DiffNgay.Text(),
	"du_thao":        msg.DiffDuThao.Text(),
	"trich_yeu":      msg.DiffTrichYeu.Text(),
	"tieu_de_phu":    msg.DiffTieuDePhu.Text(),
	"thoi_ky":        msg.DiffThoiKy.Text(),
	"thuc_hien":      msg.DiffThucHien.Text(),
	"ke_hoach_cha":   msg.DiffKeHoachCha.Text(),
	"mo_dau":         msg.DiffMoDau.Text(),
	"ket_thuc":       msg.DiffKetThuc.Text(),
	"ky.thay_mat":    msg.DiffKyThayMat.Text(),
	"ky.ky_thay":     msg.DiffKyKyThay.Text(),
	"ky.chuc_vu":     msg.DiffKyChucVu.Text(),
	"ky.ho_ten":      msg.DiffKyHoTen.Text(),
	"noi_nhan":       msg.DiffNoiNhan.Text(),
	"mau":            msg.DiffMau.Text(),
	"so_ky_hieu":     msg.DiffSoKyHieu.Text(),
	"ke_hoach":       msg.DiffKeHoach.Text(),
	"tieu_de":        msg.DiffTieuDe.Text(),
	"danh_so":        msg.DiffDanhSo.Text(),
	"doan":           msg.DiffDoan.Text(),
	"liet_ke_can_cu": msg.DiffLietKeCanCu.Text(),
	"tuan_tu":        msg.DiffTuanTu.Text(),
	"doan_cuoi":      msg.DiffDoanCuoi.Text(),
	"cot":            msg.DiffCot.Text(),
	"noi_dung":       msg.DiffNoiDung.Text(),
	"chu_tri":        msg.DiffChuTri.Text(),
	"phoi_hop":       msg.DiffPhoiHop.Text(),
	"theo_doi":       msg.DiffTheoDoi.Text(),
	"thoi_han":       msg.DiffThoiHan.Text(),
	"san_pham":       msg.DiffSanPham.Text(),
	"sau":            msg.DiffSau.Text(),
	"bao_cao":        msg.DiffBaoCao.Text(),
	"ghi_chu":        msg.DiffGhiChu.Text(),
	"muc_tieu":       msg.DiffMucTieu.Text(),
	"nguyen_van":     msg.DiffNguyenVan.Text(),
	"nam":            msg.DiffNam.Text(),
	"co_so":          msg.DiffCoSo.Text(),
	"don_vi":         msg.DiffDonVi.Text(),
	"huong":          msg.DiffHuong.Text(),
	"chuan_bi":       msg.DiffChuanBi.Text(),

	"ky_danh_gia.thoi_gian": msg.DiffKyDanhGiaThoiGian.Text(),
	"ky_danh_gia.van_ban":   msg.DiffKyDanhGiaVanBan.Text(),

	// The row numbering of an appendix table.
	"danh_so_theo_nhom": msg.DiffDanhSoTheoNhom.Text(),

	// As printed, where the document differs from what kh derives.
	"ngay_in":     msg.DiffNgayIn.Text(),
	"so_in":       msg.DiffSoIn.Text(),
	"chu_tri_in":  msg.DiffChuTriIn.Text(),
	"phoi_hop_in": msg.DiffPhoiHopIn.Text(),
	"theo_doi_in": msg.DiffTheoDoiIn.Text(),
	"cung_doan":   msg.DiffCungDoan.Text(),

	"trinh_bay.cap_danh_so": msg.DiffCapDanhSo.Text(),
	"trinh_bay.nhu_ban_in":  msg.DiffNhuBanIn.Text(),
	"trinh_bay.phu_luc":     msg.DiffTieuDePhuLuc.Text(),
	"trinh_bay.kem_theo":    msg.DiffKemTheo.Text(),
}

// prose fields hold whole paragraphs, always shown word by word.
var prose = map[string]bool{"mo_dau": true, "ket_thuc": true, "doan": true, "doan_cuoi": true}

var (
	lblHeader     = msg.DiffHeader.Text()
	lblCitations  = msg.DiffCitations.Text()
	lblSections   = msg.DiffSections.Text()
	lblAppendices = msg.DiffAppendices.Text()
	lblGroups     = msg.DiffGroups.Text()
	lblTasks      = msg.DiffTasks.Text()
	lblIndicators = msg.DiffIndicators.Text()
	lblDocuments  = msg.DiffDocuments.Text()
	lblPlan       = msg.DiffPlan.Text()
	lblPlanAdded  = msg.DiffPlanAdded.Text()
	lblPlanGone   = msg.DiffPlanGone.Text()
	lblEmpty      = msg.DiffEmpty.Text()
	lblMovedGroup = msg.DiffMovedGroup.Text()
	lblMovedSect  = msg.DiffMovedSect.Text()
	lblOrder      = msg.DiffOrder.Text()
	lblNoDiff     = msg.DiffNoDiff.Text()
	lblWorktree   = msg.DiffWorktree.Text()
)

// Category is one kind of item change of a plan, with its heading.
type Category struct {
	Label diag.Text
	Items []ItemChange
}

// Categories lists a plan's item changes in reading order: citations,
// sections, appendices, groups, tasks, indicators, listed documents.
func (d *PlanDiff) Categories() []Category {
	return []Category{
		{lblCitations, d.Citations}, {lblSections, d.Sections}, {lblAppendices, d.Appendices},
		{lblGroups, d.Groups}, {lblTasks, d.Tasks}, {lblIndicators, d.Indicators}, {lblDocuments, d.Documents},
	}
}

// HeaderLabel heads a plan's header changes: "Thông tin chung".
var HeaderLabel = lblHeader

// FieldLabel names a YAML key for readers: "thoi_han" → "thời hạn".
func FieldLabel(key string, lang diag.Lang) string {
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
		parts = append(parts, plural(m, msg.DiffMonths, msg.DiffMonth, lang))
	}
	if d != 0 {
		parts = append(parts, plural(d, msg.DiffDays, msg.DiffDay, lang))
	}
	size := strings.Join(parts, " ")
	if s.Later() {
		return msg.DiffLater.In(lang, size)
	}
	return msg.DiffEarlier.In(lang, size)
}

// plural picks the singular message for one (English says "1 day").
func plural(n int, many, one *msg.Message, lang diag.Lang) string {
	if n == 1 {
		return one.In(lang)
	}
	return many.In(lang, n)
}

// placeText names where an item sits: "Phụ lục 02, II. Hoàn thiện thể chế".
func placeText(p *Place, lang diag.Lang) string {
	if p == nil {
		return ""
	}
	var parts []string
	if p.AppendixNumber != "" {
		parts = append(parts, lblAppendixN.In(lang)+p.AppendixNumber)
	}
	if p.Parent != "" {
		container := joinNonEmpty(dotted(p.Number), p.Heading)
		if p.Appendix == "" {
			container = msg.DiffContainer.Text().In(lang) + container
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

// MoveText describes a move: a new container, or a new rank in the same one.
// Ranks, not row numbers, because rows renumber whenever a row above is
// added or removed.
func MoveText(it ItemChange, lang diag.Lang) string {
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
	s := orEmpty(f.Shown(true, lang), lang) + " → " + orEmpty(f.Shown(false, lang), lang)
	if f.Slip != nil {
		s += ", " + SlipText(*f.Slip, lang)
	}
	if f.Target != nil {
		s += ", " + VerdictText(f.Target.Verdict, lang)
	}
	return s
}

// Shown is the old or the new value as a reader sees it in lang: a flag
// (bao_cao, trinh_bay.nhu_ban_in, …), absent on the side where it is off,
// reads "có"/"không" ("yes"/"no"); any other value its text.
func (f FieldChange) Shown(old bool, lang diag.Lang) string {
	v, text := f.To, f.ToText
	if old {
		v, text = f.From, f.FromText
	}
	if isBool(f.From) || isBool(f.To) {
		return yesNo(v == true, lang)
	}
	return text
}

// Shown is the value of an item added or removed as a reader sees it.
func (v FieldValue) Shown(lang diag.Lang) string {
	if b, ok := v.Value.(bool); ok {
		return yesNo(b, lang)
	}
	return v.Text
}

func isBool(v any) bool {
	_, ok := v.(bool)
	return ok
}

func yesNo(b bool, lang diag.Lang) string {
	if b {
		return msg.DiffYes.In(lang)
	}
	return msg.DiffNo.In(lang)
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
		return msg.DiffMergeBase.In(lang, rev.Name, short(rev.Commit))
	}
	return fmt.Sprintf("%s (%s)", rev.Name, short(rev.Commit))
}

// Command is the kh diff command that compares the same two sides again:
// by commit ids for revisions, so the reader of a cut comment can see it
// all.
func (r *Report) Command() string {
	side := func(label string, rev *Revision) string {
		if rev == nil {
			return label
		}
		return short(rev.Commit)
	}
	switch {
	case r.ToRev != nil && r.ToRev.Worktree:
		return "kh diff " + side(r.From, r.FromRev)
	case r.FromRev != nil && r.ToRev != nil:
		return "kh diff " + short(r.FromRev.Commit) + ".." + short(r.ToRev.Commit)
	}
	return "kh diff " + side(r.From, r.FromRev) + " " + side(r.To, r.ToRev)
}

// short abbreviates a commit id as git log --oneline does.
func short(commit string) string { return commit[:min(len(commit), 7)] }

// SummaryLine is the closing line: "3 khác biệt: 1 chậm hạn, 1 sớm hơn".
func (r *Report) SummaryLine(lang diag.Lang) string {
	s := r.Summary
	if s.Differences == 0 {
		return lblNoDiff.In(lang)
	}
	line := plural(s.Differences, msg.DiffDifferences, msg.DiffDifference, lang)
	var extra []string
	if s.Slips > 0 {
		extra = append(extra, plural(s.Slips, msg.DiffSlips, msg.DiffSlip, lang))
	}
	if s.Advances > 0 {
		extra = append(extra, msg.DiffAdvances.In(lang, s.Advances))
	}
	if s.Weakened > 0 {
		extra = append(extra, plural(s.Weakened, msg.DiffWeakenedN, msg.DiffWeakened1, lang))
	}
	if s.Strengthened > 0 {
		extra = append(extra, plural(s.Strengthened, msg.DiffStrengthenedN, msg.DiffStrengthened1, lang))
	}
	if len(extra) > 0 {
		line += ": " + strings.Join(extra, ", ")
	}
	return line
}

package layout

import (
	"fmt"

	"github.com/kh-tools/kh/internal/diag"
)

// Sources of the ranges, as printed in KH033 findings.
const (
	srcND30 = "NĐ 30/2020/NĐ-CP, Phụ lục I"
	srcHD36 = "HD 36-HD/VPTW"
	// srcKH marks ranges the regulations leave open; kh bounds them so the
	// page cannot become unusable (a zero size, a column of nothing).
	srcKH = "kh (giới hạn kỹ thuật)"
)

// bound is the allowed range of one numeric parameter.
type bound struct {
	path     string
	get      func(*Template) float64
	min, max float64
	src      string
}

// common ranges hold for both forms. The Party margins are unconfirmed
// (document-format.md §1.12): the NĐ 30 ranges cover both sources.
var common = []bound{
	{"le.tren", func(t *Template) float64 { return t.Margins.Top }, 20, 25, srcND30},
	{"le.duoi", func(t *Template) float64 { return t.Margins.Bottom }, 20, 25, srcND30},
	{"le.trai", func(t *Template) float64 { return t.Margins.Left }, 30, 35, srcND30},
	{"le.phai", func(t *Template) float64 { return t.Margins.Right }, 15, 20, srcND30},
	{"gian_dong", func(t *Template) float64 { return t.LineSpacing }, 1, 1.5, srcND30},
	{"sau_doan", func(t *Template) float64 { return t.ParaAfter }, 6, 12, srcND30},
	{"thut_dau_dong", func(t *Template) float64 { return t.Indent }, 10, 12.7, srcND30},
	{"duong_ke.co_quan", func(t *Template) float64 { return t.Rules.Agency }, 1.0 / 3, 0.5, srcND30},
	{"duong_ke.trich_yeu", func(t *Template) float64 { return t.Rules.Title }, 1.0 / 3, 0.5, srcND30},
	{"co_chu.noi_nhan", func(t *Template) float64 { return t.Sizes.RecipientHead }, 12, 12, srcND30},
	{"co_chu.danh_sach_noi_nhan", func(t *Template) float64 { return t.Sizes.Recipients }, 11, 11, srcND30},
	{"co_chu.so_trang", func(t *Template) float64 { return t.Sizes.PageNumber }, 13, 14, srcND30},
	{"co_chu.phu_luc_so", func(t *Template) float64 { return t.Sizes.AppendixNum }, 14, 14, srcND30},
	{"co_chu.phu_luc_ten", func(t *Template) float64 { return t.Sizes.AppendixTitle }, 13, 14, srcND30},
	{"co_chu.phu_luc_kem_theo", func(t *Template) float64 { return t.Sizes.AppendixRef }, 13, 14, srcND30},
	{"co_chu.du_thao", func(t *Template) float64 { return t.Sizes.DraftMark }, 10, 16, srcKH},
	{"co_chu.bang", func(t *Template) float64 { return t.Sizes.Table }, 10, 14, srcKH},
	{"cot_trai", func(t *Template) float64 { return t.LeftColumn }, 0.3, 0.5, srcKH},
}

var state = []bound{
	{"co_chu.co_quan_chu_quan", func(t *Template) float64 { return t.Sizes.ParentAgency }, 12, 13, srcND30},
	{"co_chu.co_quan_ban_hanh", func(t *Template) float64 { return t.Sizes.Agency }, 12, 13, srcND30},
	{"co_chu.so_ky_hieu", func(t *Template) float64 { return t.Sizes.Number }, 13, 13, srcND30},
	{"co_chu.quoc_hieu", func(t *Template) float64 { return t.Sizes.National }, 12, 13, srcND30},
	{"co_chu.tieu_ngu", func(t *Template) float64 { return t.Sizes.Motto }, 13, 14, srcND30},
	{"co_chu.dia_danh_ngay", func(t *Template) float64 { return t.Sizes.PlaceDate }, 13, 14, srcND30},
	{"co_chu.ten_loai", func(t *Template) float64 { return t.Sizes.DocType }, 13, 14, srcND30},
	{"co_chu.trich_yeu", func(t *Template) float64 { return t.Sizes.Title }, 13, 14, srcND30},
	{"co_chu.noi_dung", func(t *Template) float64 { return t.Sizes.Body }, 13, 14, srcND30},
	{"co_chu.tieu_de_muc", func(t *Template) float64 { return t.Sizes.Heading }, 13, 14, srcND30},
	{"co_chu.ky", func(t *Template) float64 { return t.Sizes.Signature }, 13, 14, srcND30},
}

var party = []bound{
	{"co_chu.co_quan_chu_quan", func(t *Template) float64 { return t.Sizes.ParentAgency }, 14, 14, srcHD36},
	{"co_chu.co_quan_ban_hanh", func(t *Template) float64 { return t.Sizes.Agency }, 14, 14, srcHD36},
	{"co_chu.so_ky_hieu", func(t *Template) float64 { return t.Sizes.Number }, 14, 14, srcHD36},
	{"co_chu.quoc_hieu", func(t *Template) float64 { return t.Sizes.National }, 15, 15, srcHD36},
	{"co_chu.dia_danh_ngay", func(t *Template) float64 { return t.Sizes.PlaceDate }, 14, 14, srcHD36},
	{"co_chu.ten_loai", func(t *Template) float64 { return t.Sizes.DocType }, 15, 16, srcHD36},
	{"co_chu.trich_yeu", func(t *Template) float64 { return t.Sizes.Title }, 14, 15, srcHD36},
	{"co_chu.noi_dung", func(t *Template) float64 { return t.Sizes.Body }, 14, 15, srcHD36},
	{"co_chu.tieu_de_muc", func(t *Template) float64 { return t.Sizes.Heading }, 14, 15, srcHD36},
	{"co_chu.ky", func(t *Template) float64 { return t.Sizes.Signature }, 14, 14, srcHD36},
}

// fontFamily is the only family kh embeds: Times New Roman metrics with
// every Vietnamese letter (dependencies.md §1.2).
const fontFamily = "Liberation Serif"

// styles are the font styles a heading may use.
var styles = map[string]bool{"": true, "B": true, "I": true, "BI": true}

// Validate reports every parameter outside the range the regulation for the
// template's form allows (KH033), at the position of the value.
func (t *Template) Validate() []diag.Diagnostic {
	var out []diag.Diagnostic
	bounds := append(append([]bound(nil), common...), state...)
	if t.Party() {
		bounds = append(append([]bound(nil), common...), party...)
	}
	for _, b := range bounds {
		v := b.get(t)
		if v < b.min-1e-9 || v > b.max+1e-9 {
			out = append(out, diag.New("KH033", t.Pos(b.path), b.path, b.path, fmtNum(v), rangeText(b.min, b.max), b.src))
		}
	}
	if t.Font != fontFamily {
		out = append(out, diag.New("KH033", t.Pos("phong_chu"), "phong_chu", "phong_chu", t.Font, fontFamily, srcKH))
	}
	for _, k := range sortedKeys(t.HeadingStyles) {
		if !styles[t.HeadingStyles[k]] {
			p := "kieu_tieu_de." + k
			out = append(out, diag.New("KH033", t.Pos(p), p, p, t.HeadingStyles[k], `"", B, I, BI`, srcKH))
		}
	}
	diag.Sort(out)
	return out
}

func rangeText(lo, hi float64) string {
	if lo == hi {
		return fmtNum(lo)
	}
	if hi == 0.5 && lo < 0.34 {
		return "1/3–1/2"
	}
	return fmt.Sprintf("%s–%s", fmtNum(lo), fmtNum(hi))
}

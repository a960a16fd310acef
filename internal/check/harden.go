package check

import (
	"strings"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/vntext"
)

// ExcelCellLimit is the most characters an Excel cell holds; excelize cuts
// longer text without a word.
const ExcelCellLimit = 32767

// checkHidden reports characters that make s display differently from
// what it holds (KH026–KH028) and text no Excel cell can hold (KH029).
func (c *ctx) checkHidden(src *plan.Source, sv plan.StringValue) {
	s := sv.Value
	if r, kind, name := vntext.Hidden(s); kind != vntext.NotHidden {
		code := map[int]string{vntext.Bidi: "KH026", vntext.Invisible: "KH027", vntext.PrivateUse: "KH028"}[kind]
		c.add(code, src.StringLoc(sv), vntext.CodePoint(r), name)
	}
	if vntext.FormulaLike(s) {
		c.add("KH039", src.StringLoc(sv), firstRune(s))
	}
	if len(s) > ExcelCellLimit {
		if n := utf8.RuneCountInString(s); n > ExcelCellLimit {
			c.add("KH029", src.StringLoc(sv), n, ExcelCellLimit)
		}
	}
}

// checkSilences reports values of the plans that are well-formed yet say
// nothing or nonsense: negative numbers (KH025), empty values given
// explicitly (KH036) and links from a plan to itself (KH037).
func checkSilences(c *ctx) {
	var sources []*plan.Source
	for _, p := range c.repo.Plans {
		if p.Number < 0 {
			c.add("KH025", p.Field("so"), "so", p.Number, msg.CountDocNumber.Text())
		}
		if p.Draft < 0 {
			c.add("KH025", p.Field("du_thao"), "du_thao", p.Draft, msg.CountDraft.Text())
		}
		c.checkSelfLinks(p)
		sources = append(sources, planSources(p)...)
	}
	c.checkEmptyValues(sources)
}

// checkLevelSilences is checkSilences for the repository's own files.
func checkLevelSilences(c *ctx) {
	cfg := c.repo.Config
	if cfg.ReportGap < 0 {
		c.add("KH025", cfg.Field("bao_cao_truoc_ngay_lam_viec"), "bao_cao_truoc_ngay_lam_viec", cfg.ReportGap,
			msg.CountWorkingDays.Text())
	}
	c.checkEmptyValues(c.repo.Sources)
}

// checkEmptyValues: `thoi_han: ""` is neither a deadline nor its absence.
// A required field left empty is already KH004, so a value another finding
// covers is skipped, as are list items (an empty agency id is KH010).
func (c *ctx) checkEmptyValues(sources []*plan.Source) {
	covered := map[string]bool{}
	for _, ds := range [][]diag.Diagnostic{c.prior, c.diags} {
		for _, d := range ds {
			covered[d.Pos.File+"\x00"+d.Path] = true
		}
	}
	for _, src := range sources {
		for _, sv := range src.Strings {
			if strings.TrimSpace(sv.Value) != "" {
				continue
			}
			path := src.PathOf(sv.Node)
			if strings.HasSuffix(path, "]") || covered[src.Name+"\x00"+path] {
				continue
			}
			c.add("KH036", src.StringLoc(sv), lastKey(path))
		}
	}
}

func firstRune(s string) string {
	for _, r := range strings.TrimLeft(s, " \t\r\n") {
		return string(r)
	}
	return ""
}

func lastKey(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[i+1:]
	}
	return path
}

// checkSelfLinks: a plan that implements, continues, cites or reviews
// itself, or a task that implements a task of its own plan, links nothing.
func (c *ctx) checkSelfLinks(p *plan.Plan) {
	if p.ID == "" {
		return // a missing id is KH004; "" would match every absent link
	}
	self := func(loc plan.Loc) { c.add("KH037", loc, p.ID) }
	for i, id := range p.Implements {
		if id == p.ID {
			self(p.Index("thuc_hien", i))
		}
	}
	if p.Parent == p.ID {
		self(p.Field("ke_hoach_cha"))
	}
	for _, ct := range p.Citations {
		if ct.Plan == p.ID {
			self(ct.Field("ke_hoach"))
		}
	}
	if a := p.Assessed; a != nil && a.Reviews == p.ID {
		self(a.Field("van_ban"))
	}
	for _, tr := range p.Tasks() {
		if planID, _, ok := strings.Cut(tr.Task.Implements, "/"); ok && planID == p.ID {
			self(tr.Task.Field("thuc_hien"))
		}
	}
}

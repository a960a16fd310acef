package check

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// checkCitationsReview: the issuer's symbol in each number/symbol
// (KH160), the order of a printed căn cứ list (KH161), later mentions
// against the citations (KH162, KH163), and a draft's citations against
// today (KH164).
func checkCitationsReview(c *ctx) {
	for _, p := range c.repo.Plans {
		c.checkSymbols(p)
		c.checkCitationOrder(p)
		c.checkMentions(p)
		if p.IsDraft() && !c.opt.Today.IsZero() {
			for _, ct := range p.Citations {
				if ct.Date.After(c.opt.Today) {
					c.add("KH164", ct.Field("ngay"), ct.Ref, plan.ShortDate(ct.Date), plan.ShortDate(c.opt.Today))
				}
			}
		}
	}
}

// symbolParts splits "5511/BKH&CN-CĐSQG" into 5511, BKH&CN, CĐSQG.
func symbolParts(ref string) []string {
	return strings.FieldsFunc(ref, func(r rune) bool { return r == '/' || r == '-' })
}

// hasSymbol reports whether one part of ref is sym, or sym and digits
// ("QH15" for QH).
func hasSymbol(ref, sym string) bool {
	for _, part := range symbolParts(ref) {
		if rest, ok := strings.CutPrefix(part, sym); ok && strings.Trim(rest, "0123456789") == "" {
			return true
		}
	}
	return false
}

func symbolKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToUpper(r)
		}
		return -1
	}, s)
}

// checkSymbols: a document's number/symbol names its issuer by the
// issuer's symbol (BKHCN, not BKH&CN); the registry lists them (ky_hieu).
func (c *ctx) checkSymbols(p *plan.Plan) {
	check := func(loc plan.Loc, ref, issuer string) {
		a := c.repo.Agency(issuer)
		if a == nil || len(a.Symbols) == 0 || ref == "" {
			return
		}
		for _, sym := range a.Symbols {
			if hasSymbol(ref, sym) {
				return
			}
		}
		hint := msg.CheckIssuerSymbols.Text(strings.Join(a.Symbols, ", "))
		for _, part := range symbolParts(ref) {
			for _, sym := range a.Symbols {
				if part != sym && symbolKey(part) == symbolKey(sym) {
					hint = msg.CheckWriteSymbol.Text(strings.Replace(ref, part, sym, 1))
				}
			}
		}
		c.add("KH160", loc, ref, strings.Join(a.Symbols, ", "), a.Name, hint)
	}
	for _, ct := range p.Citations {
		check(ct.Field("so_ky_hieu"), ct.Ref, ct.Issuer)
	}
	for _, a := range p.Appendices {
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			for _, d := range g.Documents {
				check(d.Field("so_ky_hieu"), d.Ref, d.Issuer)
			}
		})
	}
}

// citeRank orders citations the way NĐ 30 drafting practice lists them:
// central before local, then by legal force, then by date; documents that
// are not legal texts (công văn, thông báo, hướng dẫn) come last. Party and
// state documents are ranked apart, since plans group them freely.
type citeRank struct {
	party bool
	level int // 0 central, 1 local, 2 not a legal text
	force int
	date  time.Time
}

func (a citeRank) before(b citeRank) bool {
	if a.level != b.level {
		return a.level < b.level
	}
	if a.force != b.force {
		return a.force < b.force
	}
	return a.date.Before(b.date)
}

// stateForce ranks state documents by type: Hiến pháp, luật and nghị quyết
// of the Quốc hội, pháp lệnh and nghị quyết of its Standing Committee,
// nghị định and nghị quyết of the Chính phủ, decisions of the Thủ tướng,
// ministries' thông tư, then the province's nghị quyết (HĐND), quyết định
// and the rest.
var stateForce = []struct {
	re    *regexp.Regexp
	force int
}{
	{regexp.MustCompile(`^Hiến pháp`), 0},
	{regexp.MustCompile(`/QH\d*$|^(?:Bộ )?[Ll]uật`), 1},
	{regexp.MustCompile(`UBTVQH|^Pháp lệnh`), 2},
	{regexp.MustCompile(`[/-]CP$|^Nghị định`), 3},
	{regexp.MustCompile(`-TTg$`), 4},
	{regexp.MustCompile(`^Thông tư|/TT-`), 5},
	{regexp.MustCompile(`NQ-HĐND|/HĐND`), 6},
	{regexp.MustCompile(`QĐ-UBND`), 7},
}

var notLegal = regexp.MustCompile(`^(?:Công văn|Thông báo|Hướng dẫn|Báo cáo|Tờ trình)`)

func (c *ctx) rankOf(p *plan.Plan, ct *plan.Citation) citeRank {
	r := citeRank{party: partyRef.MatchString(ct.Ref), date: ct.Date, level: 1, force: 8}
	if a := c.repo.Agency(ct.Issuer); a != nil {
		r.party = r.party || a.Bloc == plan.BlocParty
		if c.repo.Where(p, a) == plan.Central {
			r.level = 0
		}
	}
	if notLegal.MatchString(ct.Type) {
		r.level = 2
	}
	if r.party {
		// Central Party documents: resolutions and conclusions of the
		// Politburo and the Central Committee before other bodies' plans.
		if r.level == 0 && !strings.Contains(ct.Ref, "/TW") {
			r.force = 1
		} else {
			r.force = 0
		}
		return r
	}
	key := ct.Type + " " + ct.Ref
	for _, f := range stateForce {
		if f.re.MatchString(ct.Ref) || f.re.MatchString(key) {
			r.force = f.force
			break
		}
	}
	return r
}

// checkCitationOrder: in a printed căn cứ list, a citation never follows
// one it outranks (KH161). Only plans that print the list are checked.
func (c *ctx) checkCitationOrder(p *plan.Plan) {
	printed := false
	plan.WalkSections(p.Sections, func(s *plan.Section, _ string, _ int) { printed = printed || s.Citations })
	if !printed {
		return
	}
	last := map[bool]*plan.Citation{}
	for _, ct := range p.Citations {
		r := c.rankOf(p, ct)
		prev := last[r.party]
		if prev != nil && r.before(c.rankOf(p, prev)) {
			c.add("KH161", ct.Field("so_ky_hieu"), ct.Ref, plan.ShortDate(ct.Date), prev.Ref, plan.ShortDate(prev.Date)).
				Related = []diag.Related{related(prev.Field("so_ky_hieu"), msg.Text{VI: prev.Ref, EN: prev.Ref})}
			continue // the next citation compares with the last in order
		}
		last[r.party] = ct
	}
}

// mentionRe finds a document named with its date in running text: "Nghị
// quyết số 57-NQ/TW, ngày 22/12/2024", "Quyết định 2629/QĐ-TTg ngày 01/12/2025".
var mentionRe = regexp.MustCompile(`(\d+(?:/\d{4})?(?:/|-)[\p{Lu}\p{Ll}&]+(?:[-/][\p{Lu}\p{Ll}\d&]+)*)(?:,)?\s+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})`)

// refRe finds any number/symbol in running text, for the spelling check.
var refRe = regexp.MustCompile(`\d+(?:/\d{4})?\s?[/-]\s?\p{Lu}[\p{Lu}\p{Ll}&]*(?:\s?[-/]\s?\p{Lu}[\p{Lu}\p{Ll}\d&]*)+`)

// checkMentions: every text of the plan that names a cited document with a
// date gives the citation's date (KH162), the same document is never
// mentioned with two dates, and a number written with other separators
// than the citation's is the citation misspelt (KH163).
func (c *ctx) checkMentions(p *plan.Plan) {
	cites := map[string]*plan.Citation{}
	forms := map[string]*plan.Citation{}
	for _, ct := range p.Citations {
		if _, dup := cites[ct.Ref]; !dup {
			cites[ct.Ref] = ct
		}
		forms[symbolKey(ct.Ref)] = ct
	}
	seen := map[string]mention{}
	for _, src := range planSources(p) {
		for _, sv := range src.Strings {
			if !strings.ContainsAny(sv.Value, "/") {
				continue
			}
			var loc *plan.Loc
			at := func() plan.Loc {
				if loc == nil {
					l := src.StringLoc(sv)
					loc = &l
				}
				return *loc
			}
			for _, m := range mentionRe.FindAllStringSubmatch(sv.Value, -1) {
				date, ok := civilDate(m[4], m[3], m[2])
				if !ok || !isProse(at().Path) || citationWording(at().Path) {
					continue
				}
				if ct := cites[m[1]]; ct != nil && !ct.Date.Equal(date) {
					c.add("KH162", at(), m[1], plan.ShortDate(date), msg.CheckCitationDate.Text(ct.Ref), plan.ShortDate(ct.Date)).
						Related = []diag.Related{related(ct.Field("ngay"), msg.CheckCitedHere.Text())}
				} else if prev, ok := seen[m[1]]; ok && !prev.date.Equal(date) && cites[m[1]] == nil {
					c.add("KH162", at(), m[1], plan.ShortDate(date), msg.CheckEarlierMention.Text(), plan.ShortDate(prev.date)).
						Related = []diag.Related{related(prev.loc, msg.CheckEarlierMention.Text())}
				}
				if _, ok := seen[m[1]]; !ok {
					seen[m[1]] = mention{date, at()}
				}
			}
			for _, ref := range refRe.FindAllString(sv.Value, -1) {
				if ct := forms[symbolKey(ref)]; ct != nil && ref != ct.Ref && cites[ref] == nil && isProse(at().Path) {
					c.add("KH163", at(), ref, ct.Ref)
				}
			}
		}
	}
}

type mention struct {
	date time.Time
	loc  plan.Loc
}

// isProse reports whether a data path holds running text rather than a
// number, date or id field.
func isProse(path string) bool {
	i := strings.LastIndexAny(path, ".")
	key := path[i+1:]
	if j := strings.IndexByte(key, '['); j >= 0 {
		key = key[:j]
	}
	switch key {
	case "so_ky_hieu", "ngay", "id", "ky_hieu", "co_quan", "loai", "thoi_han", "quy_tac", "ly_do", "muc_tieu":
		return false
	}
	return true
}

// citationWording reports the printed words of a citation itself, which
// KH045 compares with the citation's fields.
func citationWording(path string) bool {
	return strings.HasPrefix(path, "can_cu[") && strings.HasSuffix(path, ".nguyen_van")
}

func civilDate(y, m, d string) (time.Time, bool) {
	t, err := time.Parse("2006-1-2", y+"-"+m+"-"+d)
	return t, err == nil
}

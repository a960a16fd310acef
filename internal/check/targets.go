package check

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/target"
)

// indicator is an indicator with its parsed target and what the rules need
// of its context.
type indicator struct {
	in     *plan.Indicator
	t      target.Target
	year   int
	kept   bool // the document says earlier targets are kept
	planID string
	// key is sameIndicator of its text, which targets of one indicator
	// share.
	key string
}

// checkTargets runs the target rules over every plan (KH151–KH156); a plan's
// indicators are compared with each other here, and with its parent plan's
// by crossParentTargets.
func checkTargets(c *ctx) {
	for _, p := range c.repo.Plans {
		own := c.indicators(p)
		for _, x := range own {
			c.checkTargetValue(x)
		}
		c.checkWeaker(own, nil)
	}
}

// crossParentTargets compares each plan's targets with its parent plan's
// for the same or an earlier year (KH153), over the index.
func crossParentTargets(x *cross) {
	x.each(func(i int, s *Summary) {
		parent, ok := x.plan(s.Parent)
		if !ok || s.Parent == "" {
			return
		}
		c := &ctx{opt: x.env.opt, rule: x.rule}
		c.checkWeaker(s.indicators(), parent.indicators())
		x.byPlan[i] = append(x.byPlan[i], c.diags...)
	})
}

// IndicatorEntry is an indicator of the index, with what comparing targets
// across plans needs; At is its target's position and the item's path.
type IndicatorEntry struct {
	ID string `json:"id"`
	// Key stands for the indicator's text, which targets of one indicator
	// share (sameIndicator), in a few bytes.
	Key       string `json:"k"`
	Target    string `json:"mt,omitempty"`
	Unit      string `json:"dv,omitempty"`
	Direction string `json:"huong,omitempty"`
	Year      int    `json:"nam,omitempty"`
	Kept      bool   `json:"giu,omitempty"`
	At        Place  `json:"at"`
}

// textKey is a short stand-in for a sameIndicator key.
func textKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}

// indicatorEntries is the index form of p's indicators.
func indicatorEntries(xs []indicator, pl placer) []IndicatorEntry {
	var out []IndicatorEntry
	for _, x := range xs {
		at := pl.at(x.in.Field("muc_tieu"))
		at.Path = x.in.Path
		out = append(out, IndicatorEntry{ID: x.in.ID, Key: textKey(x.key), Target: x.in.Target, Unit: x.in.Unit,
			Direction: x.in.Direction, Year: x.year, Kept: x.kept, At: at})
	}
	return out
}

// indicators rebuilds the plan's indicators from its index entries: an
// indicator located at its target, so Field("muc_tieu") finds it, with its
// key for text, which sameIndicator leaves as it is.
func (s *Summary) indicators() []indicator {
	var out []indicator
	for _, e := range s.Indicators {
		in := &plan.Indicator{Loc: plan.Loc{Pos: s.pos(e.At), Path: e.At.Path}, ID: e.ID, Text: e.Key, Target: e.Target, Unit: e.Unit, Direction: e.Direction}
		out = append(out, indicator{in: in, t: target.Parse(e.Target), year: e.Year, kept: e.Kept, planID: s.ID, key: e.Key})
	}
	return out
}

func planPeriod(p *plan.Plan) (deadline.Deadline, error) { return deadline.Parse(p.Period) }

// keptRe is the wording that carries earlier targets over: "tiếp tục duy
// trì các mục tiêu đạt được".
var keptRe = regexp.MustCompile(`(?i)duy trì (?:các )?(?:mục tiêu|chỉ tiêu)`)

// indicatorsOf lists a plan's indicators in document order with their year:
// their own, else the end of the plan's period.
func indicatorsOf(p *plan.Plan) []indicator {
	def := 0
	if per, err := planPeriod(p); err == nil {
		def = per.To.Year()
	}
	var out []indicator
	add := func(in *plan.Indicator, kept bool) {
		y := in.Year
		if y == 0 {
			y = def
		}
		out = append(out, indicator{in: in, t: target.Parse(in.Target), year: y, kept: kept, planID: p.ID, key: sameIndicator(in.Text)})
	}
	var walk func(ss []*plan.Section, kept bool)
	walk = func(ss []*plan.Section, kept bool) {
		for _, s := range ss {
			if !holdsIndicators(s) {
				continue // the kept wording matters only above indicators
			}
			k := kept || keptRe.MatchString(s.Heading) || keepsBlocks(s.Blocks)
			for _, in := range s.Indicators {
				add(in, k)
			}
			walk(s.Sections, k)
		}
	}
	walk(p.Sections, false)
	for _, a := range p.Appendices {
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			for _, in := range g.Indicators {
				add(in, keptRe.MatchString(g.Heading))
			}
		})
	}
	return out
}

// holdsIndicators reports whether s or a section below it states
// indicators.
func holdsIndicators(s *plan.Section) bool {
	if len(s.Indicators) > 0 {
		return true
	}
	for _, sub := range s.Sections {
		if holdsIndicators(sub) {
			return true
		}
	}
	return false
}

func keepsBlocks(bs []plan.Block) bool {
	for _, b := range bs {
		if keptRe.MatchString(b.Content()) {
			return true
		}
	}
	return false
}

// growthRe marks an indicator measuring change, whose percentage may pass 100.
var growthRe = regexp.MustCompile(`(?i)tăng|tốc độ|so với|chỉ số`)

// measureRe marks an indicator text that names what is measured ("Tỷ lệ
// xã có đài … phủ sóng đến 100% thôn"): figures in it qualify the measure
// and are not its target.
var measureRe = regexp.MustCompile(`(?i)^\s*(?:tỷ lệ|tỷ trọng|số lượng|số|quy mô|mức|chỉ số|tốc độ)(?:\s|$)`)

var percentRe = regexp.MustCompile(`(\d+(?:[.,]\d+)?)\s*%`)

// checkTargetValue: a percentage over 100, a unit other than the
// indicator's, a target below the baseline, a text that states another
// figure.
func (c *ctx) checkTargetValue(x indicator) {
	in := x.in
	loc := in.Field("muc_tieu")
	if p, ok := x.t.Problem(); ok && !growthRe.MatchString(in.Text) {
		c.add("KH151", loc, in.ID, p.Text)
	}
	if in.Unit != "" && x.t.Kind == target.Number {
		for _, p := range x.t.Parts {
			if !strings.EqualFold(p.Unit, in.Unit) && p.Unit != "" {
				c.add("KH156", loc, in.ID, in.Unit, x.t.String(), p.Unit)
				break
			}
		}
	}
	if in.Baseline != "" {
		base := target.Parse(in.Baseline)
		for _, pair := range target.Pairs(base, x.t) {
			if w, ok := target.Weaker(pair[0], pair[1], direction(in, x.t)); ok && w {
				c.add("KH155", loc, x.t.String(), in.ID, base.String()).
					Related = []diag.Related{related(in.Field("co_so"), msg.CheckBaseline.Text())}
				break
			}
		}
	}
	c.checkTargetText(x)
}

// checkTargetText compares the target's percentages with those its text
// states: the printed clause (nguyen_van) must hold every one of them; a
// text that states a result ("Bảo đảm … cho 100% dân số") must not state
// only others.
func (c *ctx) checkTargetText(x indicator) {
	want := x.t.Percentages()
	if len(want) == 0 {
		return
	}
	in := x.in
	if in.Wording != "" {
		got := percentages(in.Wording)
		for _, v := range want {
			if !containsFloat(got, v) {
				c.add("KH152", in.Field("muc_tieu"), in.ID, x.t.String(), msg.CheckWording.Text(), percentList(got))
				return
			}
		}
		return
	}
	if measureRe.MatchString(in.Text) {
		return
	}
	got := percentages(in.Text)
	if len(got) == 0 {
		return
	}
	for _, v := range want {
		if containsFloat(got, v) {
			return
		}
	}
	c.add("KH152", in.Field("muc_tieu"), in.ID, x.t.String(), msg.CheckIndicatorText.Text(), percentList(got))
}

func percentages(s string) []float64 {
	var out []float64
	for _, m := range percentRe.FindAllStringSubmatch(s, -1) {
		if v, err := strconv.ParseFloat(strings.Replace(m[1], ",", ".", 1), 64); err == nil {
			out = append(out, v)
		}
	}
	return out
}

func containsFloat(xs []float64, v float64) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func percentList(vs []float64) string {
	var parts []string
	for _, v := range vs {
		parts = append(parts, strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)+"%")
	}
	return strings.Join(parts, ", ")
}

func direction(in *plan.Indicator, t target.Target) target.Direction {
	switch in.Direction {
	case "giam":
		return target.Lower
	case "tang":
		return target.Higher
	}
	return target.DirectionOf(t)
}

// sameIndicator is the key two targets of one indicator share: its text
// without case, punctuation or spacing differences (one pass, one
// allocation: it runs on every task and indicator).
func sameIndicator(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		switch r {
		case ' ', ',', '.', ';', ':', '(', ')':
			gap = b.Len() > 0
			continue
		}
		if gap {
			b.WriteByte(' ')
			gap = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// wordCount is len(strings.Fields(s)) without the slice.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// checkWeaker: among targets of the same indicator, a later one is not
// weaker than an earlier one (KH153), least of all where the document
// says the earlier targets are kept (KH154). With parents set, the plan's
// targets are compared with its parent plan's for the same or an earlier year.
func (c *ctx) checkWeaker(own, parents []indicator) {
	earlier := own
	if parents != nil {
		earlier = parents
	}
	byText := map[string][]indicator{}
	for _, x := range earlier {
		byText[x.key] = append(byText[x.key], x)
	}
	for _, later := range own {
		for _, prev := range byText[later.key] {
			if prev.in == later.in || prev.year > later.year || (parents == nil && prev.year == later.year) {
				continue
			}
			if c.compareTargets(prev, later, parents != nil) {
				break
			}
		}
	}
}

// compareTargets reports later if it is weaker than prev on any part they
// share in the same unit.
func (c *ctx) compareTargets(prev, later indicator, parent bool) bool {
	if prev.in.Unit != "" && later.in.Unit != "" && !strings.EqualFold(prev.in.Unit, later.in.Unit) {
		return false
	}
	for _, pair := range target.Pairs(prev.t, later.t) {
		w, ok := target.Weaker(pair[0], pair[1], direction(later.in, later.t))
		if !ok || !w {
			continue
		}
		loc := later.in.Field("muc_tieu")
		rel := []diag.Related{related(prev.in.Field("muc_tieu"), msg.CheckEarlierTarget.Text(prev.in.ID, prev.year))}
		switch {
		case later.kept && !parent:
			c.add("KH154", loc, pair[1].String(), later.in.ID, later.year, pair[0].String(), prev.year).Related = rel
		case parent:
			c.add("KH153", loc, pair[1].String(), later.in.ID, later.year, pair[0].String(), prev.year, msg.CheckOfParent.Text(prev.planID)).Related = rel
		default:
			c.add("KH153", loc, pair[1].String(), later.in.ID, later.year, pair[0].String(), prev.year, msg.Text{}).Related = rel
		}
		return true
	}
	return false
}

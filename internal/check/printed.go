package check

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/plan"
)

// checkPrinted holds the rules on what a document prints: the text a task
// needs, the numbering levels, and the labels, numbers and dates recorded
// as printed (so_in, ngay_in, nguyen_van, chu_tri_in), which a
// transcription keeps as published and kh compares with the computed ones.
func checkPrinted(c *ctx) {
	for _, p := range c.repo.Plans {
		c.taskTexts(p)
		c.levels(p.Presentation.Loc.Field("cap_danh_so"), p.Presentation.Levels)
		c.printedSections(p.Sections, p.Levels())
		c.printedDate(p)
		for _, ct := range p.Citations {
			c.citationWording(ct)
		}
		for _, tr := range p.Tasks() {
			c.printedDeadline(tr.Task)
		}
		for _, a := range p.Appendices {
			c.levels(a.Field("cap_danh_so"), a.Levels)
			c.printedSections(a.Sections, a.OutlineLevels())
			c.printedRows(a)
			c.writtenAgencies(p, a)
		}
	}
}

// taskTexts: a task needs its text, unless it is a titled step made of its
// sub-items.
func (c *ctx) taskTexts(p *plan.Plan) {
	for _, tr := range p.Tasks() {
		t := tr.Task
		if t.Text == "" && t.Heading == "" && len(t.Subtasks) == 0 {
			c.add("KH004", t.Loc, "noi_dung", "noi_dung")
		}
	}
}

var levelStyles = []string{plan.NumRoman, plan.NumArabic, plan.NumDecimal, plan.NumLetter, plan.NumUpper, plan.NumDash, plan.NumPlus, plan.NumNone}

func (c *ctx) levels(loc plan.Loc, levels []string) {
	for i, l := range levels {
		if !contains(levelStyles, l) {
			c.add("KH007", loc.Index("cap_danh_so", i), l, "cap_danh_so", strings.Join(levelStyles, ", "))
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// printedLabel is one item of a run of siblings: the label it prints and
// the label kh computes for it.
type printedLabel struct {
	printed, computed string
	// recorded is set when the document's label was written down (so_in).
	recorded bool
	loc      plan.Loc
	name     diag.Text
}

// printedSections compares the recorded labels of each run of sibling
// sections with their neighbours.
func (c *ctx) printedSections(ss []*plan.Section, levels []string) {
	runs := map[*plan.Section][]printedLabel{}
	var top []printedLabel
	parents := map[*plan.Section]*plan.Section{}
	var link func(parent *plan.Section, ss []*plan.Section)
	link = func(parent *plan.Section, ss []*plan.Section) {
		for _, s := range ss {
			parents[s] = parent
			link(s, s.Sections)
		}
	}
	link(nil, ss)
	plan.WalkLevels(ss, levels, func(n plan.Numbered) {
		l := labelOf(n.Number, n.Section.Printed, n.Section.Field("so_in"), describe(n.Section))
		if parent := parents[n.Section]; parent != nil {
			runs[parent] = append(runs[parent], l)
		} else {
			top = append(top, l)
		}
	})
	c.compareRun(top)
	for _, s := range sortedSections(ss) {
		c.compareRun(runs[s])
	}
}

// sortedSections lists the sections of an outline depth first, so runs are
// checked in document order.
func sortedSections(ss []*plan.Section) []*plan.Section {
	var out []*plan.Section
	for _, s := range ss {
		out = append(out, s)
		out = append(out, sortedSections(s.Sections)...)
	}
	return out
}

func labelOf(computed, printed string, loc plan.Loc, name diag.Text) printedLabel {
	l := printedLabel{printed: computed, computed: computed, loc: loc, name: name}
	if printed != "" {
		l.printed, l.recorded = printed, true
	}
	return l
}

func describe(s *plan.Section) diag.Text {
	if s.Heading != "" {
		return diag.Text{VI: fmt.Sprintf("mục %q", s.Heading), EN: fmt.Sprintf("section %q", s.Heading)}
	}
	return diag.Text{VI: "mục " + s.ID, EN: "section " + s.ID}
}

// printedRows compares recorded row numbers of an appendix table: one run
// through the table, or one per group where rows restart (danh_so_theo_nhom);
// group numbers form a run of their own.
func (c *ctx) printedRows(a *plan.Appendix) {
	var groups []printedLabel
	var rows []printedLabel
	a.WalkRows(func(g *plan.Group, num string, depth int, next func() int) {
		if depth == 1 && g.Heading != "" {
			groups = append(groups, labelOf(num, g.Printed, g.Field("so_in"), diag.Text{VI: fmt.Sprintf("nhóm %q", g.Heading), EN: fmt.Sprintf("group %q", g.Heading)}))
		}
		if a.GroupNumbering && depth == 1 {
			c.compareRun(rows)
			rows = nil
		}
		for _, it := range rowItems(g) {
			rows = append(rows, labelOf(strconv.Itoa(next()), it.printed, it.loc.Field("so_in"), diag.Text{VI: "dòng " + it.id, EN: "row " + it.id}))
		}
	})
	c.compareRun(groups)
	c.compareRun(rows)
}

type rowItem struct {
	id, printed string
	loc         plan.Loc
}

func rowItems(g *plan.Group) []rowItem {
	var out []rowItem
	for _, t := range g.Tasks {
		out = append(out, rowItem{t.ID, t.Printed, t.Loc})
	}
	for _, in := range g.Indicators {
		out = append(out, rowItem{in.ID, in.Printed, in.Loc})
	}
	for _, d := range g.Documents {
		out = append(out, rowItem{d.ID, d.Printed, d.Loc})
	}
	return out
}

// compareRun reports, in a run where labels were recorded as printed, a
// label repeating another one (KH040, at the recorded one), skipping values
// (KH041) or going back (KH042). Runs kh numbers itself never differ, so
// only pairs with a recorded label are compared.
func (c *ctx) compareRun(run []printedLabel) {
	for j, l := range run {
		for i := range run[:j] {
			o := run[i]
			if o.printed != l.printed || unnumbered(l.printed) || !(l.recorded || o.recorded) {
				continue
			}
			at, other := l, o
			if !l.recorded {
				at, other = o, l
			}
			c.add("KH040", at.loc, at.printed, at.name, other.name, at.computed)
			break
		}
		if j == 0 || !(l.recorded || run[j-1].recorded) {
			continue
		}
		prev := run[j-1]
		pv, ok1 := labelValue(prev.printed)
		cv, ok2 := labelValue(l.printed)
		switch {
		case !ok1 || !ok2:
		case cv > pv+1:
			c.add("KH041", l.loc, l.printed, l.name, missing(prev.printed, pv, cv), prev.printed, l.computed)
		case cv < pv:
			c.add("KH042", l.loc, l.printed, l.name, prev.printed, l.computed)
		}
	}
}

func unnumbered(label string) bool { return label == "-" || label == "+" }

// labelValue reads the number of a label: "IV." → 4, "12" → 12, "c)" → 3,
// "B." → 2, "3.1." → 1 (its last part).
func labelValue(label string) (int, bool) {
	s := strings.TrimRight(strings.TrimSpace(label), ".)")
	if i := strings.LastIndex(s, "."); i >= 0 {
		s = s[i+1:]
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	if n := fromRoman(s); n > 0 {
		return n, true
	}
	if len(s) == 1 && (s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return int(strings.ToLower(s)[0]-'a') + 1, true
	}
	return 0, false
}

func fromRoman(s string) int {
	if s == "" || strings.Trim(s, "IVXLCDM") != "" {
		return 0
	}
	for n := 1; n < 4000; n++ {
		if plan.Roman(n) == s {
			return n
		}
	}
	return 0
}

// missing names the values a printed run skips, in the style of the label
// before them: "III.", "12–13".
func missing(prev string, from, to int) string {
	style := func(n int) string {
		switch {
		case fromRoman(strings.TrimRight(prev, ".")) > 0:
			return plan.Roman(n) + strings.TrimLeft(prev, "IVXLCDM")
		default:
			return strconv.Itoa(n)
		}
	}
	if to-from == 2 {
		return style(from + 1)
	}
	return style(from+1) + "–" + style(to-1)
}

// printedDate: the issue date as printed must be a real day (KH043) and,
// if it is, the issue date (KH044).
func (c *ctx) printedDate(p *plan.Plan) {
	if p.DatePrinted == "" {
		return
	}
	loc := p.Field("ngay_in")
	t, why := parsePrintedDate(p.DatePrinted)
	switch {
	case why != (diag.Text{}):
		c.add("KH043", loc, p.DatePrinted, why)
	case !p.Date.IsZero() && !t.Equal(p.Date):
		c.add("KH044", loc, p.DatePrinted, plan.ShortDate(p.Date)).
			Related = []diag.Related{related(p.Field("ngay"), diag.Text{VI: "ngày ban hành", EN: "issue date"})}
	}
}

// printedDeadline: a deadline kept as printed (thoi_han_in) reads as the
// same time as the deadline (KH047).
func (c *ctx) printedDeadline(t *plan.Task) {
	if t.DeadlineWritten == "" || t.DeadlineWritten == t.Deadline {
		return
	}
	a, errA := deadline.Parse(t.DeadlineWritten)
	b, errB := deadline.Parse(t.Deadline)
	if errA == nil && errB == nil && a.From.Equal(b.From) && a.To.Equal(b.To) && a.Kind == b.Kind {
		return
	}
	c.add("KH047", t.Field("thoi_han_in"), t.DeadlineWritten, t.Deadline)
}

// parsePrintedDate reads "d/m/yyyy"; why says what makes it impossible.
func parsePrintedDate(s string) (time.Time, diag.Text) {
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		return time.Time{}, diag.Text{VI: "không đúng dạng ngày/tháng/năm", EN: "not in day/month/year form"}
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			return time.Time{}, diag.Text{VI: fmt.Sprintf("%q không phải là số", p), EN: fmt.Sprintf("%q is not a number", p)}
		}
		n[i] = v
	}
	if n[1] < 1 || n[1] > 12 {
		return time.Time{}, diag.Text{VI: fmt.Sprintf("không có tháng %d", n[1]), EN: fmt.Sprintf("there is no month %d", n[1])}
	}
	t := time.Date(n[2], time.Month(n[1]), n[0], 0, 0, 0, 0, time.UTC)
	if n[0] < 1 || t.Day() != n[0] {
		return time.Time{}, diag.Text{VI: fmt.Sprintf("tháng %d/%d không có ngày %d", n[1], n[2], n[0]), EN: fmt.Sprintf("%d/%d has no day %d", n[1], n[2], n[0])}
	}
	return t, diag.Text{}
}

// citationWording: a citation printed in its own words still names its
// symbol, its date and its issuer.
func (c *ctx) citationWording(ct *plan.Citation) {
	w := ct.Wording
	if w == "" {
		return
	}
	loc := ct.Field("nguyen_van")
	switch {
	case ct.Ref != "" && !strings.Contains(w, ct.Ref):
		c.add("KH045", loc, clip(w), diag.Text{VI: "số, ký hiệu", EN: "number and symbol"}, ct.Ref)
	case !ct.Date.IsZero() && !namesDate(w, ct.Date):
		c.add("KH045", loc, clip(w), diag.Text{VI: "ngày", EN: "date"}, plan.ShortDate(ct.Date))
	case ct.Issuer != "" && !names(c.repo, ct.Issuer, w):
		name := ct.Issuer
		if a := c.repo.Agency(ct.Issuer); a != nil {
			name = a.Name
		}
		c.add("KH045", loc, clip(w), diag.Text{VI: "cơ quan ban hành", EN: "issuer"}, name)
	}
}

// namesDate reports whether text writes day t as documents do: 05/8/2022,
// 05/08/2022, 5/8/2022 or 19/2/2025.
func namesDate(text string, t time.Time) bool {
	for _, layout := range []string{"02/1/2006", "02/01/2006", "2/1/2006", "2/01/2006"} {
		if strings.Contains(text, t.Format(layout)) {
			return true
		}
	}
	return false
}

// names reports whether text names the agency id by any of its names.
func names(r *plan.Repo, id, text string) bool {
	a := r.Agency(id)
	if a == nil {
		return true // KH010 reports the id
	}
	key := plan.NameKey(text)
	for _, n := range a.Names() {
		if strings.Contains(key, plan.NameKey(n)) {
			return true
		}
	}
	return false
}

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:59]) + "…"
	}
	return s
}

// writtenAgencies: a cell kept as written (chu_tri_in …) names each agency
// its ids say.
func (c *ctx) writtenAgencies(p *plan.Plan, a *plan.Appendix) {
	check := func(loc plan.Loc, key, written string, ids []string) {
		if written == "" {
			return
		}
		for _, id := range ids {
			if !names(c.repo, id, written) {
				name := id
				if ag := c.repo.Agency(id); ag != nil {
					name = ag.Name
				}
				c.add("KH046", loc.Field(key), written, name, id)
			}
		}
	}
	a.WalkGroups(func(g *plan.Group, _ string, _ int) {
		check(g.Loc, "chu_tri_in", g.LeadWritten, g.Lead)
		for _, t := range g.Tasks {
			check(t.Loc, "chu_tri_in", t.LeadWritten, t.Lead)
			check(t.Loc, "phoi_hop_in", t.CooperateWritten, t.Cooperate)
			check(t.Loc, "theo_doi_in", t.MonitorWritten, t.Monitor)
		}
		for _, in := range g.Indicators {
			check(in.Loc, "chu_tri_in", in.LeadWritten, in.Lead)
		}
	})
}

package check

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/agencymatch"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// checkTextReview reads the text as a reviewer does: a phrase typed twice
// (KH165), an agency listed twice (KH166), a task copied under a new id
// (KH167), a task text opening with a typed number (KH168), an agency
// written several ways (KH169); and who a UBND plan may assign (KH170,
// KH171).
func checkTextReview(c *ctx) {
	for _, p := range c.repo.Plans {
		c.checkRepeats(p)
		c.checkLists(p)
		c.checkTaskTexts(p)
		c.checkAssignees(p)
		c.checkSpellings(p)
	}
}

// segmentBreak splits text into the runs in which a repetition is a slip:
// commas, semicolons and the like separate list items that may repeat.
func segmentBreak(r rune) bool {
	switch r {
	case ',', ';', ':', '.', '(', ')', '[', ']', '“', '”', '"', '\'', '!', '?', '–', '—', '\n':
		return true
	}
	return false
}

// checkRepeats: a phrase of two or more words typed twice in a row
// ("phát triển phát triển"), or a phrase restarted ("Chỉ đạo, định hướng
// các cơ quan Chỉ đạo các cơ quan": after "các cơ quan" the writer types
// "Chỉ đạo" again, then "các cơ quan" again). Single words repeat
// legitimately ("người người"), and so do phrases around another word
// ("tài nguyên và môi trường trên môi trường mạng"). A slip copied into
// two fields of one item (a citation's trich_yeu and the nguyen_van it
// prints in) is one finding.
func (c *ctx) checkRepeats(p *plan.Plan) {
	seen := map[string]bool{}
	var buf []word
	for _, src := range planSources(p) {
		for _, sv := range src.Strings {
			if strings.Count(sv.Value, " ") < 3 {
				continue // a repeat takes four words
			}
			phrase := repeated(sv.Value, &buf)
			if phrase == "" {
				continue
			}
			loc := src.StringLoc(sv)
			item := loc.Path
			if i := strings.LastIndexByte(item, '.'); i >= 0 {
				item = item[:i]
			}
			key := src.Name + "\x00" + item + "\x00" + strings.ToLower(phrase)
			if isProse(loc.Path) && !seen[key] {
				seen[key] = true
				c.add("KH165", loc, phrase)
			}
		}
	}
}

// word is a word of a text, s[start:end], with the run of
// punctuation-free text it is in, whether it has a letter (figures and
// symbols repeat legitimately: "10 10") and a hash of its lower case, so
// that most comparisons are one of integers.
type word struct {
	start, end, seg int
	letter          bool
	fold            uint32
}

// words splits s into words, reusing buf. It runs on every text of every
// plan, so ASCII takes a path without Unicode tables.
func words(s string, buf []word) []word {
	out := buf[:0]
	w := word{start: -1}
	for i, r := range s {
		var brk, space, letter bool
		lower := r
		if r < utf8.RuneSelf {
			c := byte(r)
			brk = segmentBreak(r)
			space = c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
			if 'A' <= c && c <= 'Z' {
				lower = r + 'a' - 'A'
			}
			letter = 'a' <= lower && lower <= 'z'
		} else {
			brk, space = segmentBreak(r), unicode.IsSpace(r)
			letter = (w.start < 0 || !w.letter) && unicode.IsLetter(r)
			lower = unicode.ToLower(r)
		}
		if (brk || space) && w.start >= 0 {
			w.end = i
			out = append(out, w)
			w.start = -1
		}
		switch {
		case brk:
			w.seg++
		case space:
		case w.start < 0:
			w.start, w.letter, w.fold = i, letter, uint32(lower)
		default:
			w.letter = w.letter || letter
			w.fold = w.fold*31 + uint32(lower)
		}
	}
	if w.start >= 0 {
		w.end = len(s)
		out = append(out, w)
	}
	return out
}

// repeated returns the first repeated or restarted phrase of s, as
// written, or "". buf is scratch space kept between calls.
func repeated(s string, buf *[]word) string {
	ws := words(s, *buf)
	*buf = ws
	eq := func(a, b int) bool {
		return ws[a].fold == ws[b].fold && strings.EqualFold(s[ws[a].start:ws[a].end], s[ws[b].start:ws[b].end])
	}
	same := func(a, b, n int) bool {
		for k := 0; k < n; k++ {
			if !ws[a+k].letter || ws[a+k].seg != ws[b+k].seg || !eq(a+k, b+k) {
				return false
			}
		}
		return true
	}
	// restart: the gap words ws[g:g+n] also came just before the phrase
	// at i, so the phrase and the gap are a restart.
	restart := func(i, g, n int) bool {
		for k := max(0, i-6); k+n <= i; k++ {
			m := 0
			for m < n && eq(k+m, g+m) {
				m++
			}
			if m == n {
				return true
			}
		}
		return false
	}
	// A phrase at i repeats at j when their first words agree; of the
	// repeats starting at i the shortest phrase, then the smallest gap,
	// is reported.
	for i := range ws {
		if !ws[i].letter {
			continue
		}
		bestN, bestGap := 0, 0
		for j := i + 2; j < len(ws) && ws[j].seg == ws[i].seg; j++ {
			if ws[j].fold != ws[i].fold {
				continue
			}
			for gap := 0; gap <= 2; gap++ {
				n := j - i - gap
				if n < 2 || j+n > len(ws) || ws[j+n-1].seg != ws[i].seg ||
					(bestN > 0 && (n > bestN || n == bestN && gap >= bestGap)) {
					continue
				}
				if same(i, j, n) && (gap == 0 || restart(i, i+n, gap)) {
					bestN, bestGap = n, gap
				}
			}
		}
		if bestN > 0 {
			out := make([]string, 0, 2*bestN+bestGap)
			for _, w := range ws[i : i+2*bestN+bestGap] {
				out = append(out, s[w.start:w.end])
			}
			return strings.Join(out, " ")
		}
	}
	return ""
}

// checkLists: an agency listed twice in one field of a task or indicator,
// and a recipient line written twice.
func (c *ctx) checkLists(p *plan.Plan) {
	for _, f := range c.agencyFields(p) {
		seen := map[string]bool{}
		for i, id := range f.ids {
			if id != "" && seen[id] {
				c.add("KH166", f.elemLoc(i), c.agencyName(id), f.key)
			}
			seen[id] = true
		}
	}
	seen := map[string]bool{}
	for i, r := range p.Recipients {
		k := strings.ToLower(strings.Trim(strings.TrimSpace(r), "-;,. "))
		if k != "" && seen[k] {
			c.add("KH166", p.Index("noi_nhan", i), strings.TrimRight(strings.TrimSpace(r), ";,. "), "noi_nhan")
		}
		seen[k] = true
	}
}

func (c *ctx) agencyName(id string) string {
	if a := c.repo.Agency(id); a != nil {
		return a.Name
	}
	return id
}

// isPlaceholder reports the blank rows of a report form ("Nhiệm vụ.....").
func isPlaceholder(s string) bool {
	return strings.Contains(s, "...") || strings.Contains(s, "…")
}

// typedLabel is typedNumber's match of a task text, read only when the
// text can start with a label: a digit, a Roman numeral, a letter with
// ")" or a dash (every task goes through it).
func typedLabel(s string) []string {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	if t == "" {
		return nil
	}
	switch c := t[0]; {
	case '0' <= c && c <= '9', c == '-', strings.IndexByte("IVXLC", c) >= 0:
	case len(t) > 1 && strings.IndexByte(t[:min(len(t), 4)], ')') >= 0:
	default:
		return nil
	}
	return typedNumber.FindStringSubmatch(s)
}

// checkTaskTexts: two tasks with the same text, and a task text that
// starts with a typed number or dash.
func (c *ctx) checkTaskTexts(p *plan.Plan) {
	first := map[string]*plan.Task{}
	for _, tr := range p.Tasks() {
		t := tr.Task
		if m := typedLabel(t.Text); m != nil {
			c.add("KH168", t.Field("noi_dung"), t.ID, m[1])
		}
		k := sameIndicator(t.Text)
		if wordCount(k) < 3 || isPlaceholder(t.Text) {
			continue
		}
		if prev := first[k]; prev != nil {
			c.add("KH167", t.Field("noi_dung"), t.ID, prev.ID).
				Related = []diag.Related{related(prev.Field("noi_dung"), msg.Text{VI: prev.ID, EN: prev.ID})}
			continue
		}
		first[k] = t
	}
}

// electedRe names elected bodies: the HĐND, its standing committee, the
// National Assembly delegation.
var electedRe = regexp.MustCompile(`(?i)^(?:thường trực\s+)?(?:hội đồng nhân dân|hđnd)|^đoàn đại biểu quốc hội`)

// checkAssignees: a UBND plan gives leads to UBND agencies; an elected
// body, a Party body (KH170) or an agency of another province or of the
// centre (KH171) can be asked to cooperate only.
func (c *ctx) checkAssignees(p *plan.Plan) {
	issuer := c.repo.Agency(p.Issuer)
	if issuer == nil || !isUBND(issuer) {
		return
	}
	for _, tr := range p.Tasks() {
		t := tr.Task
		f := agencyField{t.Loc, t.Lead, "chu_tri"}
		for i, id := range t.Lead {
			a := c.repo.Agency(id)
			if a == nil {
				continue
			}
			switch {
			case electedRe.MatchString(a.Name):
				c.add("KH170", f.elemLoc(i), a.Name, msg.CheckElectedBody.Text())
			case a.Bloc == plan.BlocParty:
				c.add("KH170", f.elemLoc(i), a.Name, msg.CheckPartyBody.Text())
			case c.repo.Where(p, a) == plan.OtherProvince:
				c.add("KH171", f.elemLoc(i), a.Name, msg.CheckOtherProvince.Text())
			case c.repo.Where(p, a) == plan.Central && a.Kind != plan.AgencyGroup:
				c.add("KH171", f.elemLoc(i), a.Name, msg.CheckCentralLevel.Text())
			}
		}
	}
}

// isUBND reports whether an issuer is a people's committee.
func isUBND(a *plan.Agency) bool {
	for _, s := range a.Symbols {
		if s == "UBND" {
			return true
		}
	}
	n := strings.ToLower(a.Name)
	return strings.HasPrefix(n, "ủy ban nhân dân") || strings.HasPrefix(n, "ubnd")
}

// checkSpellings: the same agency written several ways in the cells a plan
// keeps as written (chu_tri_in, phoi_hop_in, theo_doi_in): one info per
// agency, listing the spellings (KH169). Letter case does not make another
// spelling (a cell opening a list is capitalised); groups are left out,
// since a document names the part of a group it means ("các cơ sở giáo
// dục", "các cơ sở đào tạo, dạy nghề"); and a name is matched without the
// plan's date, so an ended agency written for its successor stays its own
// agency, which KH112 reports.
func (c *ctx) checkSpellings(p *plan.Plan) {
	var m *agencymatch.Matcher // built for the first written cell: most plans have none
	type spelling struct {
		text string
		loc  plan.Loc
	}
	byID := map[string][]spelling{}
	var order []string
	cell := func(loc plan.Loc, key, written string) {
		if written == "" {
			return
		}
		if m == nil {
			m = agencymatch.New(c.repo, p.Dir)
		}
		for _, mt := range m.Cell(written, time.Time{}) {
			w := strings.Join(strings.Fields(mt.Written), " ")
			if mt.ID == "" || w == "" || slices.ContainsFunc(byID[mt.ID], func(s spelling) bool { return strings.EqualFold(s.text, w) }) {
				continue
			}
			if a := c.repo.Agency(mt.ID); a == nil || a.Kind == plan.AgencyGroup {
				continue
			}
			if byID[mt.ID] == nil {
				order = append(order, mt.ID)
			}
			byID[mt.ID] = append(byID[mt.ID], spelling{w, loc.Field(key)})
		}
	}
	eachWritten(p, cell)
	for _, id := range order {
		ss := byID[id]
		if len(ss) < 2 {
			continue
		}
		var list []string
		var rel []diag.Related
		for _, s := range ss {
			list = append(list, "“"+s.text+"”")
		}
		for _, s := range ss[1:] {
			rel = append(rel, related(s.loc, msg.Text{VI: s.text, EN: s.text}))
		}
		c.add("KH169", ss[0].loc, c.agencyName(id), len(ss), strings.Join(list, ", ")).Related = rel
	}
}

// eachWritten visits every agency cell a plan keeps as written.
func eachWritten(p *plan.Plan, cell func(loc plan.Loc, key, written string)) {
	task := func(t *plan.Task) {
		cell(t.Loc, "chu_tri_in", t.LeadWritten)
		cell(t.Loc, "phoi_hop_in", t.CooperateWritten)
		cell(t.Loc, "theo_doi_in", t.MonitorWritten)
	}
	plan.WalkSections(p.Sections, func(s *plan.Section, _ string, _ int) {
		for _, t := range s.Tasks {
			task(t)
		}
	})
	for _, a := range p.Appendices {
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			cell(g.Loc, "chu_tri_in", g.LeadWritten)
			for _, t := range g.Tasks {
				task(t)
			}
			for _, in := range g.Indicators {
				cell(in.Loc, "chu_tri_in", in.LeadWritten)
			}
		})
	}
}

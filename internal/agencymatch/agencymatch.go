// Package agencymatch finds the registry agencies a document names as it
// writes them: full names, short forms and aliases, with case, diacritics,
// "&" and spacing variations ("Sở GDĐT", "Sở GD&ĐT", "sở giáo dục và đào
// tạo"), initials of a full name ("Sở KHCN"), the first words of a unique
// name ("Sở Giáo dục"), several agencies in one cell ("Sở Y tế, Sở GD&ĐT",
// "- Sở A; - Sở B"), and the successor of an agency that no longer existed
// on the document's date. What it cannot match it returns with the closest
// registry names.
package agencymatch

import (
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/suggest"
)

// How a name was matched.
const (
	ByName     = "name"     // a full name, short form or alias, as registered
	ByVariant  = "variant"  // the same letters with other case, marks, "&" or spacing
	ByInitials = "initials" // the initials of a full name ("Sở KHCN")
	ByPrefix   = "prefix"   // the first words of exactly one full name
	// ByContained is a registered name found inside a longer text: a
	// cell as a document writes it ("Sở Khoa học và Công nghệ và một số
	// địa phương được lựa chọn thí điểm", "- Cơ quan thực hiện: Sở …").
	ByContained = "contained"
)

// Match is one agency named in a text.
type Match struct {
	// Written is the name as the document writes it.
	Written string
	// ID is the registry id; empty when nothing matched.
	ID string
	// How is ByName, ByVariant, ByInitials or ByPrefix.
	How string
	// Ended is the id of the agency the name denotes when it had ceased to
	// exist on the document's date; ID is then its successor.
	Ended string
	// Successors lists the successors of an ended agency when there are
	// several, so none was chosen; ID is then the ended agency.
	Successors []string
	// Closest are up to three registry names nearest to an unmatched name.
	Closest []string
}

// Matcher matches names against the registries a plan in one folder sees.
type Matcher struct {
	agencies []*plan.Agency
	exact    map[string]*plan.Agency // plan.NameKey of every name
	folded   map[string][]*plan.Agency
	initials map[string][]*plan.Agency
	full     []named // folded full names, for prefixes
	names    []string
	// keys are the names once each with their Fold keys, for closest.
	keys []struct{ name, key string }
	// long are the names of two words or more, as folded words, longest
	// first: what contained looks for inside a sentence.
	long []wordsOf
}

type wordsOf struct {
	name  string
	words []string
	size  int // of the folded name
}

type named struct {
	key    string
	agency *plan.Agency
}

// New builds a matcher for a plan folder dir, named as the loader names
// plan folders (plan.Plan.Dir): the registries of its province and the
// shared ones, never another province's.
func New(r *plan.Repo, dir string) *Matcher {
	m := &Matcher{exact: map[string]*plan.Agency{}, folded: map[string][]*plan.Agency{}, initials: map[string][]*plan.Agency{}}
	probe := &plan.Plan{Dir: dir}
	for _, id := range r.AgencyIDs() {
		a := r.Agency(id)
		// AgencyByName applies the province rule: keep only agencies a plan
		// here would resolve by their own name.
		if got := r.AgencyByName(probe, a.Name); got != a {
			continue
		}
		m.add(a)
	}
	seen := map[string]bool{}
	for _, n := range m.names {
		if !seen[n] {
			seen[n] = true
			m.keys = append(m.keys, struct{ name, key string }{n, Fold(n)})
		}
		f := foldWords(n)
		if w := strings.Fields(f); len(w) >= 2 {
			m.long = append(m.long, wordsOf{n, w, len(f)})
		}
	}
	sort.SliceStable(m.long, func(i, j int) bool { return m.long[i].size > m.long[j].size })
	return m
}

func (m *Matcher) add(a *plan.Agency) {
	m.agencies = append(m.agencies, a)
	for _, n := range a.Names() {
		if _, dup := m.exact[plan.NameKey(n)]; !dup {
			m.exact[plan.NameKey(n)] = a
		}
		k := Fold(n)
		m.folded[k] = appendOnce(m.folded[k], a)
		m.names = append(m.names, n)
	}
	if in := initials(a.Name); in != "" {
		m.initials[in] = appendOnce(m.initials[in], a)
	}
	m.full = append(m.full, named{key: foldWords(a.Name), agency: a})
}

func appendOnce(as []*plan.Agency, a *plan.Agency) []*plan.Agency {
	for _, x := range as {
		if x == a {
			return as
		}
	}
	return append(as, a)
}

// Fold is the key of a name for loose matching: lower case, without
// diacritics (đ as d), letters and digits only.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r == 'đ':
			b.WriteRune('d')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldWords folds each word and joins them with single spaces.
func foldWords(s string) string {
	var ws []string
	for _, w := range strings.Fields(s) {
		if f := Fold(w); f != "" {
			ws = append(ws, f)
		}
	}
	return strings.Join(ws, " ")
}

// initials abbreviates a full name as documents do: the first word kept
// ("Sở", "Ban"), then the initial of every other word but "và" and
// commas ("Sở Khoa học và Công nghệ" → "so khcn").
func initials(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 3 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws[1:] {
		f := Fold(w)
		if f == "" || f == "va" {
			continue
		}
		b.WriteString(f[:1])
	}
	if b.Len() < 2 {
		return ""
	}
	return Fold(ws[0]) + " " + b.String()
}

// Name matches one name on the document's date on (zero: no date check).
func (m *Matcher) Name(name string, on time.Time) Match {
	mt := m.match(name, on)
	if mt.ID == "" {
		mt.Closest = m.closest(mt.Written)
	}
	return mt
}

// match is Name without the closest names of a name it cannot match, for
// the parts of a cell tried one way after another.
func (m *Matcher) match(name string, on time.Time) Match {
	name = strings.TrimSpace(name)
	mt := Match{Written: name}
	a, how := m.find(name)
	if a == nil {
		return mt
	}
	mt.ID, mt.How = a.ID, how
	if !on.IsZero() && !a.ExistedOn(on) && len(a.Successors) > 0 {
		if len(a.Successors) == 1 {
			mt.Ended, mt.ID = a.ID, a.Successors[0]
		} else {
			mt.Successors = a.Successors
		}
	}
	return mt
}

func (m *Matcher) find(name string) (*plan.Agency, string) {
	if a := m.exact[plan.NameKey(name)]; a != nil {
		return a, ByName
	}
	if as := m.folded[Fold(name)]; len(as) == 1 {
		return as[0], ByVariant
	}
	ws := strings.Fields(name)
	if len(ws) == 2 {
		if as := m.initials[Fold(ws[0])+" "+Fold(ws[1])]; len(as) == 1 {
			return as[0], ByInitials
		}
	}
	return m.prefix(name)
}

// prefix matches the first words of exactly one full name, two words at
// least, so "Sở Giáo dục" finds the Sở Giáo dục và Đào tạo but "Sở" alone
// finds nothing.
func (m *Matcher) prefix(name string) (*plan.Agency, string) {
	key := foldWords(name)
	if strings.Count(key, " ") < 1 {
		return nil, ""
	}
	var found *plan.Agency
	for _, n := range m.full {
		if n.key == key || strings.HasPrefix(n.key, key+" ") {
			if found != nil && found != n.agency {
				return nil, ""
			}
			found = n.agency
		}
	}
	if found == nil {
		return nil, ""
	}
	return found, ByPrefix
}

func (m *Matcher) closest(name string) []string {
	key := Fold(name)
	type cand struct {
		name string
		d    int
	}
	var cs []cand
	for _, n := range m.keys {
		cs = append(cs, cand{n.name, suggest.Distance(key, n.key)})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	var out []string
	limit := max(3, len([]rune(key))/2)
	for _, c := range cs {
		if len(out) == 3 || c.d > limit {
			break
		}
		out = append(out, c.name)
	}
	return out
}

// Cell matches every agency a table cell or a sentence part names: items
// are separated by line breaks, ";" or leading dashes, and an item that is
// not one name is tried as names separated by commas ("Sở Y tế, Sở
// GD&ĐT"); "Các sở, ban, ngành" stays one name when the registry has it.
func (m *Matcher) Cell(text string, on time.Time) []Match {
	var out []Match
	for _, item := range items(text) {
		if mt := m.match(item, on); mt.ID != "" {
			out = append(out, mt)
			continue
		}
		if ms, ok := m.split(item, on, commaCapital); ok {
			out = append(out, ms...)
			continue
		}
		if ms, ok := m.split(item, on, comma); ok {
			out = append(out, ms...)
			continue
		}
		if ms, ok := m.segment(item, on); ok {
			out = append(out, ms...)
			continue
		}
		if ms := m.contained(item, on); len(ms) > 0 && !commaCapital.MatchString(item) {
			out = append(out, ms...)
			continue
		}
		out = append(out, m.Name(item, on))
	}
	return out
}

// contained finds the registered names of two words or more inside item,
// longest first and without overlap, in the order item writes them. Cell
// uses it only for an item that is not a list of capitalised names, so an
// unknown name in a list ("Sở Y tế, Sở Lạ") is still reported.
func (m *Matcher) contained(item string, on time.Time) []Match {
	words := strings.Fields(foldWords(item))
	taken := make([]bool, len(words))
	type found struct {
		at int
		mt Match
	}
	var fs []found
	for _, ln := range m.long {
		n, nw := ln.name, ln.words
	search:
		for i := 0; i+len(nw) <= len(words); i++ {
			for k := range nw {
				if taken[i+k] || words[i+k] != nw[k] {
					continue search
				}
			}
			mt := m.match(n, on)
			if mt.ID == "" {
				continue
			}
			for k := range nw {
				taken[i+k] = true
			}
			mt.How = ByContained
			fs = append(fs, found{i, mt})
		}
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].at < fs[j].at })
	out := make([]Match, len(fs))
	for i, f := range fs {
		out[i] = f.mt
	}
	return out
}

var (
	// commaCapital splits before a name that starts after a comma with a
	// capital ("Các Sở, ban, ngành cấp tỉnh, UBND cấp huyện").
	commaCapital = regexp.MustCompile(`,\s*(\p{Lu})`)
	comma        = regexp.MustCompile(`,\s*()`)
)

// split matches the parts of an item cut by re; it succeeds only when
// there are several parts and every one matches.
func (m *Matcher) split(item string, on time.Time, re *regexp.Regexp) ([]Match, bool) {
	var parts []string
	last := 0
	for _, loc := range re.FindAllStringSubmatchIndex(item, -1) {
		parts = append(parts, item[last:loc[0]])
		last = loc[2]
	}
	parts = append(parts, item[last:])
	if len(parts) < 2 {
		return nil, false
	}
	var ms []Match
	for _, p := range parts {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		mt := m.match(p, on)
		if mt.ID == "" {
			return nil, false
		}
		ms = append(ms, mt)
	}
	return ms, true
}

// segment cuts an item at commas into the fewest names that all match,
// for names that hold commas themselves: "Các sở, ban, ngành, địa phương"
// is "Các sở, ban, ngành" and "(Các) địa phương". A part in lower case may
// leave out the "Các" of its registered name.
func (m *Matcher) segment(item string, on time.Time) ([]Match, bool) {
	parts := strings.Split(item, ",")
	if len(parts) < 2 || len(parts) > 12 {
		return nil, false
	}
	n := len(parts)
	best := make([][]Match, n+1)
	ok := make([]bool, n+1)
	ok[0] = true
	for i := 1; i <= n; i++ {
		for j := 0; j < i; j++ {
			if !ok[j] {
				continue
			}
			seg := strings.TrimSpace(strings.Join(parts[j:i], ","))
			mt := m.match(seg, on)
			if mt.ID == "" && seg != "" && unicode.IsLower([]rune(seg)[0]) {
				if alt := m.match("Các "+seg, on); alt.ID != "" {
					mt = alt
					mt.Written = seg
				}
			}
			if mt.ID == "" {
				continue
			}
			if cand := append(append([]Match(nil), best[j]...), mt); !ok[i] || len(cand) < len(best[i]) {
				best[i], ok[i] = cand, true
			}
		}
	}
	if !ok[n] || len(best[n]) < 2 {
		return nil, false
	}
	return best[n], true
}

// items splits a cell into its listed items.
func items(text string) []string {
	var out []string
	for _, line := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == ';' }) {
		line = strings.TrimSpace(line)
		line = strings.TrimLeft(line, "-–+•· ")
		line = strings.TrimRight(line, ".,: ")
		if line != "" {
			out = append(out, line)
		}
	}
	return out
}

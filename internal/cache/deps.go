package cache

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/plan"
)

// meta is what other plans' findings may read of a plan, kept so a warm
// run knows every plan's dependencies without parsing it. The check rules
// that look across plans are: duplicate plan ids (KH005), references to
// plans and their tasks (KH012, KH014, KH015, KH106, KH107), document
// numbers named in conditional deadlines (KH116) and number sequences of
// an issuer (KH110).
type meta struct {
	ID     string `json:"id"`
	Number int    `json:"so"`
	// Template and Issuer decide the layout template the plan uses.
	Template string `json:"mau,omitempty"`
	Issuer   string `json:"co_quan"`
	// Appendices are the appendix files as written in the plan, and
	// ApxHashes their content hashes when the meta was taken.
	Appendices []string `json:"phu_luc"`
	ApxHashes  []string `json:"phu_luc_hash"`
	// Refs are the plan ids the plan's findings look up.
	Refs []string `json:"refs,omitempty"`
	// Wants are the document numbers its conditional deadlines look for
	// among the plans' numbers.
	Wants []string `json:"wants,omitempty"`
	// Seq are its numbered documents, by issuer, symbol and year.
	Seq []seqEntry `json:"seq,omitempty"`
	// Sources are the display names of the files the loader read.
	Sources []string `json:"src"`
}

type seqEntry struct {
	Group  string `json:"g"`
	Number int    `json:"n"`
	Date   string `json:"d"`
}

func metaOf(p *plan.Plan, sources []string) meta {
	m := meta{ID: p.ID, Number: p.Number, Template: p.Template, Issuer: p.Issuer, Appendices: p.AppendixFiles, Sources: sources}
	refs := map[string]bool{}
	addRef := func(id string) {
		if id != "" {
			refs[id] = true
		}
	}
	addRef(p.Parent)
	for _, id := range p.Implements {
		addRef(id)
	}
	for _, ct := range p.Citations {
		addRef(ct.Plan)
		m.addSeq(ct.Issuer, ct.Ref, ct.Date)
	}
	m.addSeqNumber(p.Issuer, p.Symbol, p.Number, p.Date)
	for _, tr := range p.Tasks() {
		if impl := tr.Task.Implements; impl != "" {
			planID, _, ok := strings.Cut(impl, "/")
			if !ok {
				planID = p.Parent
			}
			addRef(planID)
		}
		m.Wants = append(m.Wants, wantedNumbers(tr.Task.Deadline)...)
	}
	for _, a := range p.Appendices {
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			for _, d := range g.Documents {
				m.addSeq(d.Issuer, d.Ref, d.Date)
			}
		})
	}
	for id := range refs {
		m.Refs = append(m.Refs, id)
	}
	sort.Strings(m.Refs)
	return m
}

func (m *meta) addSeq(issuer, ref string, date time.Time) {
	if n, symbol, ok := check.SplitRef(ref); ok {
		m.addSeqNumber(issuer, symbol, n, date)
	}
}

func (m *meta) addSeqNumber(issuer, symbol string, n int, date time.Time) {
	if n <= 0 || date.IsZero() || issuer == "" {
		return
	}
	group := issuer + "|" + symbol + "|" + strconv.Itoa(date.Year())
	m.Seq = append(m.Seq, seqEntry{group, n, date.Format(time.DateOnly)})
}

var digits = regexp.MustCompile(`\d+`)

// wantedNumbers lists every number in the document a conditional deadline
// names ("Theo Đề án 06" → 6): a superset of what the rule looks up, which
// only costs an extra dependency.
func wantedNumbers(text string) []string {
	if text == "" {
		return nil
	}
	d, err := deadline.Parse(text)
	if err != nil || d.Kind != deadline.Conditional || d.Ref == "" {
		return nil
	}
	var out []string
	for _, n := range digits.FindAllString(d.Ref, -1) {
		if n = strings.TrimLeft(n, "0"); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// dependencies returns, for every plan, the other plans whose content its
// findings may read: plans sharing its id, plans it refers to, plans whose
// number it looks for, and plans with a document out of number order
// against one of its own.
func dependencies(metas []meta) [][]int {
	byID := map[string][]int{}
	byNumber := map[string][]int{}
	for i, m := range metas {
		byID[m.ID] = append(byID[m.ID], i)
		byNumber[strconv.Itoa(m.Number)] = append(byNumber[strconv.Itoa(m.Number)], i)
	}
	deps := make([]map[int]bool, len(metas))
	for i := range deps {
		deps[i] = map[int]bool{}
	}
	link := func(i int, js []int) {
		for _, j := range js {
			if j != i {
				deps[i][j] = true
			}
		}
	}
	for i, m := range metas {
		link(i, byID[m.ID])
		for _, r := range m.Refs {
			link(i, byID[r])
		}
		for _, w := range m.Wants {
			link(i, byNumber[w])
		}
	}
	for _, pair := range sequenceConflicts(metas) {
		link(pair[0], pair[1:])
		link(pair[1], pair[:1])
	}
	out := make([][]int, len(metas))
	for i, set := range deps {
		for j := range set {
			out[i] = append(out[i], j)
		}
		sort.Ints(out[i])
	}
	return out
}

// sequenceConflicts pairs plans holding two documents of one group where the
// higher number carries the earlier date: the KH110 finding of one names
// the other. Entries are folded to distinct (number, date) first because
// the same cited document appears in many plans.
func sequenceConflicts(metas []meta) [][2]int {
	type value struct {
		n int
		d string
	}
	groups := map[string]map[value][]int{}
	for i, m := range metas {
		for _, e := range m.Seq {
			if groups[e.Group] == nil {
				groups[e.Group] = map[value][]int{}
			}
			v := value{e.Number, e.Date}
			groups[e.Group][v] = append(groups[e.Group][v], i)
		}
	}
	var out [][2]int
	for _, g := range groups {
		for a, as := range g {
			for b, bs := range g {
				if a.n < b.n && a.d > b.d {
					for _, i := range as {
						for _, j := range bs {
							if i != j {
								out = append(out, [2]int{i, j})
							}
						}
					}
				}
			}
		}
	}
	return out
}

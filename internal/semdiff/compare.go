package semdiff

import (
	"fmt"
	"reflect"
	"sort"
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/worddiff"
)

// Side is one side of a comparison.
type Side struct {
	// Label is the side as the user named it: a path or a git revision.
	Label string
	// Rev describes a side read from git; nil for a path.
	Rev *Revision
	// Repo resolves agency ids to names; it may lack a registry when a bare
	// plan folder was named, and then the other side's names are used.
	Repo  *plan.Repo
	Plans []*plan.Plan
	// Calendar is the side's working-day calendar (the repository's
	// lich-lam-viec.yaml), which dates deadlines counted in working days;
	// nil means the statutory calendar.
	Calendar deadline.WorkCalendar
}

// Compare reports what changed from old to new. Plans are matched by id,
// except that two sides of one plan each are compared whatever their ids, so
// a plan renamed in a copy still diffs field by field.
func Compare(old, new Side) *Report {
	r := &Report{FormatVersion: FormatVersion, From: old.Label, To: new.Label, FromRev: old.Rev, ToRev: new.Rev, Plans: []PlanDiff{}}
	c := &comparer{old: namer(old.Repo, new.Repo), new: namer(new.Repo, old.Repo), oldRepo: old.Repo, newRepo: new.Repo,
		oldCal: old.Calendar, newCal: new.Calendar}
	for _, pr := range pairs(old.Plans, new.Plans) {
		if d, ok := c.plan(pr[0], pr[1]); ok {
			r.Plans = append(r.Plans, d)
		}
	}
	r.Summary = Summarize(r.Plans)
	return r
}

// pairs matches plans by id and orders the pairs by id.
func pairs(old, new []*plan.Plan) [][2]*plan.Plan {
	if len(old) == 1 && len(new) == 1 {
		return [][2]*plan.Plan{{old[0], new[0]}}
	}
	byID := map[string]*[2]*plan.Plan{}
	var ids []string
	add := func(p *plan.Plan, side int) {
		pr, ok := byID[p.ID]
		if !ok {
			pr = &[2]*plan.Plan{}
			byID[p.ID] = pr
			ids = append(ids, p.ID)
		}
		if pr[side] == nil {
			pr[side] = p
		}
	}
	for _, p := range old {
		add(p, 0)
	}
	for _, p := range new {
		add(p, 1)
	}
	sort.Strings(ids)
	out := make([][2]*plan.Plan, len(ids))
	for i, id := range ids {
		out[i] = *byID[id]
	}
	return out
}

// namer names agencies from the side's own registries first, so a renamed
// agency shows each side's name.
func namer(own, other *plan.Repo) func(string) string {
	return func(id string) string {
		for _, r := range []*plan.Repo{own, other} {
			if r == nil {
				continue
			}
			if a := view.AgencyIn(r, id); a.Known {
				return a.Name
			}
		}
		return id
	}
}

type comparer struct {
	old, new         func(string) string
	oldRepo, newRepo *plan.Repo
	// oldCal and newCal date deadlines counted in working days.
	oldCal, newCal deadline.WorkCalendar
}

func (c *comparer) plan(o, n *plan.Plan) (PlanDiff, bool) {
	d := PlanDiff{
		Header: []FieldChange{}, Citations: []ItemChange{}, Sections: []ItemChange{},
		Appendices: []ItemChange{}, Groups: []ItemChange{}, Tasks: []ItemChange{}, Indicators: []ItemChange{}, Documents: []ItemChange{},
	}
	switch {
	case o == nil:
		d.identify(n, c.newRepo)
		d.Change, d.ToDir = Added, n.Dir
		return d, true
	case n == nil:
		d.identify(o, c.oldRepo)
		d.Change, d.FromDir = Removed, o.Dir
		return d, true
	}
	d.identify(n, c.newRepo)
	d.Change, d.FromDir, d.ToDir = Changed, o.Dir, n.Dir
	d.FromDoc, d.ToDoc = edition(c.oldRepo, o), edition(c.newRepo, n)
	d.Header = diffFields(header(o, c.old, o.ID != n.ID), header(n, c.new, o.ID != n.ID))
	d.Citations = diffItems(kindCitation, citations(o, c.old), citations(n, c.new))
	po, pn := printedIn(c.oldRepo, o), printedIn(c.newRepo, n)
	d.Sections = diffItems(kindSection, numbered(sections(o), kindSection, po), numbered(sections(n), kindSection, pn))
	d.Appendices = diffItems(kindAppendix, appendices(o), appendices(n))
	d.Groups = diffItems(kindGroup, numbered(groups(o, c.old), kindGroup, po), numbered(groups(n, c.new), kindGroup, pn))
	d.Tasks = diffItems(kindTask, numbered(tasks(o, c.old, c.oldCal), kindTask, po), numbered(tasks(n, c.new, c.newCal), kindTask, pn))
	d.Indicators = diffItems(kindIndicator, numbered(indicators(o, c.old), kindIndicator, po), numbered(indicators(n, c.new), kindIndicator, pn))
	d.Documents = diffItems(kindDocument, numbered(documents(o, c.old), kindDocument, po), numbered(documents(n, c.new), kindDocument, pn))
	return d, d.count() > 0
}

// numbered gives entries the numbers the view prints them with.
func numbered(es []entry, kind string, pr map[string]printed) []entry {
	for i := range es {
		if p, ok := pr[kind+"/"+es[i].id]; ok {
			es[i].place.Label, es[i].place.Path = p.label, p.path
		}
	}
	return es
}

// edition names one side's document as the drafts name each other: "Dự
// thảo lần 2", "Kế hoạch số 1174/KH-UBND".
func edition(repo *plan.Repo, p *plan.Plan) *Edition {
	e := &Edition{Type: view.TypeName(p.Kind), Draft: p.Draft}
	if !p.Date.IsZero() {
		e.Date = p.Date.Format(time.DateOnly)
	}
	switch {
	case p.Draft > 0:
		e.Name = fmt.Sprintf("Dự thảo lần %d", p.Draft)
	case p.Number > 0 && repo != nil:
		e.Name = view.New(repo, p).Name()
	default:
		e.Name = "Dự thảo"
	}
	return e
}

func (d *PlanDiff) identify(p *plan.Plan, repo *plan.Repo) {
	party := repo != nil && view.New(repo, p).Party
	d.ID, d.Ref, d.Title = p.ID, p.DocumentRef(party), p.Title
}

func (d *PlanDiff) count() int {
	if d.Change != Changed {
		return 1
	}
	return len(d.Header) + len(d.Citations) + len(d.Sections) + len(d.Appendices) +
		len(d.Groups) + len(d.Tasks) + len(d.Indicators) + len(d.Documents)
}

// Summarize counts the differences of plans.
func Summarize(plans []PlanDiff) Summary {
	var s Summary
	for i := range plans {
		s.Differences += plans[i].count()
		for _, dc := range plans[i].Deadlines() {
			if dc.Field.Slip.Later() {
				s.Slips++
			} else {
				s.Advances++
			}
		}
		for _, tc := range plans[i].Targets() {
			switch tc.Field.Target.Verdict {
			case Weakened:
				s.Weakened++
			case Strengthened:
				s.Strengthened++
			}
		}
	}
	return s
}

// ItemField is one field change of an item: a task's deadline move, an
// indicator's target change.
type ItemField struct {
	Item  ItemChange
	Field FieldChange
}

// Deadlines lists the tasks whose deadline moved, slips first (in task
// order), then advances, so writers can lead with what is late.
func (d *PlanDiff) Deadlines() []ItemField {
	var out []ItemField
	for _, later := range []bool{true, false} {
		for _, t := range d.Tasks {
			for _, f := range t.Fields {
				if f.Slip != nil && f.Slip.Later() == later {
					out = append(out, ItemField{Item: t, Field: f})
				}
			}
		}
	}
	return out
}

// Attention lists what a reviewer must see first: deadlines moved later,
// then targets lowered.
func (d *PlanDiff) Attention() []ItemField {
	var out []ItemField
	for _, f := range d.Deadlines() {
		if f.Field.Slip.Later() {
			out = append(out, f)
		}
	}
	for _, f := range d.Targets() {
		if f.Field.Target.Verdict == Weakened {
			out = append(out, f)
		}
	}
	return out
}

// Targets lists the indicators whose target changed, weakened ones first
// (in indicator order), then the others, so writers can lead with targets
// lowered.
func (d *PlanDiff) Targets() []ItemField {
	var out []ItemField
	for _, weak := range []bool{true, false} {
		for _, it := range d.Indicators {
			for _, f := range it.Fields {
				if f.Target != nil && (f.Target.Verdict == Weakened) == weak {
					out = append(out, ItemField{Item: it, Field: f})
				}
			}
		}
	}
	return out
}

// entry is one comparable item of a side.
type entry struct {
	id    string
	text  string
	place Place
	// container identifies the group, section or list holding the item;
	// an item whose container differs between the sides has moved.
	container string
	fields    []field
	// huong is an indicator's direction ("tang", "giam").
	huong string
}

type field struct {
	key   string
	value any // nil when absent
	text  string
	// due is a deadline as its side dates it: counted in working days of
	// that side's calendar from that side's issue date when relative.
	due *deadline.Deadline
	// agencies are the ids and names of an agency list.
	agencies []AgencyName
}

// wordy fields hold text a reader reads word by word: their changes carry
// a word-level diff.
var wordy = map[string]bool{
	"noi_dung": true, "tieu_de": true, "trich_yeu": true, "nguyen_van": true, "san_pham": true,
	"ghi_chu": true, "doan": true, "doan_cuoi": true, "mo_dau": true, "ket_thuc": true,
	"so_ky_hieu": true, "muc_tieu": true, "thoi_ky": true,
}

// diffFields compares fields listed in the same order on both sides.
func diffFields(old, new []field) []FieldChange {
	out := []FieldChange{}
	for i := range old {
		a, b := old[i], new[i]
		if reflect.DeepEqual(a.value, b.value) {
			continue
		}
		fc := FieldChange{Field: a.key, From: a.value, To: b.value, FromText: a.text, ToText: b.text}
		// Two spellings of one deadline, or two agencies with one name,
		// would read as no change; show what was written instead.
		if fc.FromText == fc.ToText {
			fc.FromText, fc.ToText = raw(a.value), raw(b.value)
		}
		if a.key == "thoi_han" {
			fc.Slip = slip(a.due, b.due)
		}
		if wordy[a.key] && a.text != "" && b.text != "" {
			fc.Words = worddiff.Diff(a.text, b.text)
		}
		fc.Added, fc.Removed = agencyChanges(a.agencies, b.agencies)
		out = append(out, fc)
	}
	return out
}

// classify reads a changed target of an indicator as values, in the
// direction the newer side states (else the older).
func classify(fields []FieldChange, o, e entry) {
	huong := e.huong
	if huong == "" {
		huong = o.huong
	}
	for i, f := range fields {
		if f.Field == "muc_tieu" && f.From != nil && f.To != nil {
			fields[i].Target = ClassifyTarget(raw(f.From), raw(f.To), huong)
		}
	}
}

// agencyChanges lists the agencies new has and old lacks, and the reverse,
// by id.
func agencyChanges(old, new []AgencyName) (added, removed []AgencyName) {
	has := func(list []AgencyName, id string) bool {
		for _, a := range list {
			if a.ID == id {
				return true
			}
		}
		return false
	}
	for _, a := range new {
		if !has(old, a.ID) {
			added = append(added, a)
		}
	}
	for _, a := range old {
		if !has(new, a.ID) {
			removed = append(removed, a)
		}
	}
	return added, removed
}

func slip(old, new *deadline.Deadline) *Slip {
	if old == nil || new == nil {
		return nil
	}
	m, d, ok := deadline.Slip(*old, *new)
	if !ok || (m == 0 && d == 0) {
		return nil
	}
	return &Slip{Months: m, Days: d}
}

// diffItems matches items by id. Changed and added items come in the newer
// side's order, then removed ones in the older side's order. An item listed
// twice (a duplicate id, which kh check reports) is compared by its first
// occurrence.
func diffItems(kind string, old, new []entry) []ItemChange {
	oldBy, newBy := index(old), index(new)
	moved := reordered(old, new, oldBy, newBy)
	out := []ItemChange{}
	for i, e := range new {
		if newBy[e.id] != i {
			continue
		}
		j, ok := oldBy[e.id]
		if !ok {
			out = append(out, ItemChange{ID: e.id, Change: Added, Kind: kind, Text: e.text, To: place(e), Fields: []FieldChange{}, Values: values(e)})
			continue
		}
		o := old[j]
		fields := diffFields(o.fields, e.fields)
		classify(fields, o, e)
		mv := o.container != e.container || moved[e.id]
		if len(fields) > 0 || mv {
			out = append(out, ItemChange{ID: e.id, Change: Changed, Kind: kind, Text: e.text, From: place(o), To: place(e), Moved: mv, Fields: fields})
		}
	}
	for i, o := range old {
		if _, ok := newBy[o.id]; !ok && oldBy[o.id] == i {
			out = append(out, ItemChange{ID: o.id, Change: Removed, Kind: kind, Text: o.text, From: place(o), Fields: []FieldChange{}, Values: values(o)})
		}
	}
	return out
}

// values are the fields an item added or removed has, but its text.
func values(e entry) []FieldValue {
	var out []FieldValue
	for _, f := range e.fields {
		if f.value != nil && f.key != "noi_dung" {
			out = append(out, FieldValue{Field: f.key, Value: f.value, Text: f.text})
		}
	}
	return out
}

func place(e entry) *Place {
	p := e.place
	if p.Path == nil {
		p.Path = []string{}
	}
	return &p
}

func index(es []entry) map[string]int {
	m := make(map[string]int, len(es))
	for i, e := range es {
		if _, dup := m[e.id]; !dup {
			m[e.id] = i
		}
	}
	return m
}

// reordered finds items that stayed in their container but changed order
// relative to the others: those outside a longest common subsequence of the
// container's common items. Inserting or removing a row shifts the numbers
// of the rows below it but moves none of them.
func reordered(old, new []entry, oldBy, newBy map[string]int) map[string]bool {
	seq := func(es []entry, own, other map[string]int, otherEs []entry) map[string][]string {
		out := map[string][]string{}
		for i, e := range es {
			j, ok := other[e.id]
			if own[e.id] == i && ok && otherEs[j].container == e.container {
				out[e.container] = append(out[e.container], e.id)
			}
		}
		return out
	}
	a, b := seq(old, oldBy, newBy, new), seq(new, newBy, oldBy, old)
	moved := map[string]bool{}
	for k, ids := range a {
		keep := lcs(ids, b[k])
		for _, id := range ids {
			if !keep[id] {
				moved[id] = true
			}
		}
	}
	return moved
}

// lcs returns the members of a longest common subsequence of a and b.
func lcs(a, b []string) map[string]bool {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	keep := map[string]bool{}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			keep[a[i]] = true
			i, j = i+1, j+1
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return keep
}

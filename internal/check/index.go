package check

import (
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/plan"
)

// Summary is a plan's entry in the cross-plan index: what the rules across
// plans and kh check --changed need of it (ids, deadlines, citations,
// agencies, suppressions), a few kilobytes instead of the model.
type Summary struct {
	ID   string `json:"id"`
	IDAt Place  `json:"id_at"`
	// Dir is the plan folder and Files the plan file and its appendices,
	// as shown; places point into Files.
	Dir   string   `json:"dir"`
	Files []string `json:"files"`
	// Issued is the issue date (zero for a draft) and Year the year a
	// deadline written without one refers to.
	Issued time.Time `json:"ngay"`
	Year   int       `json:"nam,omitempty"`
	// Number and Symbol are the document number and symbol.
	Number   int    `json:"so,omitempty"`
	Symbol   string `json:"ky_hieu,omitempty"`
	Period   string `json:"thoi_ky,omitempty"`
	PeriodAt Place  `json:"thoi_ky_at"`
	Parent   string `json:"cha,omitempty"`
	ParentAt Place  `json:"cha_at"`
	// Implements are the plan's thuc_hien entries; Cited marks those that
	// name one of its citations.
	Implements []Link `json:"thuc_hien,omitempty"`
	// CitedPlans are the citations naming a plan of the repository.
	CitedPlans []Link `json:"can_cu,omitempty"`
	// Tasks are every task, body first, with its deadline as written.
	Tasks []TaskEntry `json:"nv,omitempty"`
	// TaskLinks are the tasks implementing a task of another plan.
	TaskLinks []TaskLink `json:"nv_thuc_hien,omitempty"`
	// Numbered are the numbered documents the plan carries: itself, its
	// citations, its appendix document rows.
	Numbered []Numbered `json:"so_vb,omitempty"`
	// Wants are conditional deadlines naming a document by number that no
	// citation of the plan matches: some plan of the repository must.
	Wants []Want `json:"can_so,omitempty"`
	// Template is the layout template the plan uses.
	Template string `json:"mau"`
	// Indicators are the plan's indicators, for the targets of child
	// plans.
	Indicators []IndicatorEntry `json:"chi_tieu,omitempty"`
	// Review is a review plan's assessed period naming a reviewed
	// document that is none of its citations.
	Review *Review `json:"danh_gia,omitempty"`
	// Agencies are the agency ids and names the plan writes.
	Agencies []string `json:"co_quan,omitempty"`
	// Suppress are the plan's suppressions.
	Suppress []Scope `json:"bo_qua,omitempty"`
	// Family are the families the plan belongs to (familyKeys) and
	// Prepares the documents its schedule prepares (chuan_bi).
	Family   []string `json:"ho,omitempty"`
	Prepares []Link   `json:"chuan_bi,omitempty"`
}

// Place is a position in one of the plan's files and a data path.
type Place struct {
	F    int    `json:"f,omitempty"` // index in Summary.Files
	Line int    `json:"l,omitempty"`
	Col  int    `json:"c,omitempty"`
	Path string `json:"p,omitempty"`
}

// Link is an id the plan refers to, where it refers to it.
type Link struct {
	ID    string `json:"id"`
	At    Place  `json:"at"`
	Cited bool   `json:"cited,omitempty"`
}

// TaskEntry is a task's id and deadline as written, at its thoi_han,
// with what the family rules compare: its text's key (taskKey) and its
// lead agencies by name, at its chu_tri.
type TaskEntry struct {
	ID       string   `json:"id"`
	Deadline string   `json:"han,omitempty"`
	At       Place    `json:"at"`
	Key      string   `json:"k,omitempty"`
	Lead     []string `json:"ct,omitempty"`
	LeadAt   Place    `json:"ct_at"`
}

// TaskLink is a task implementing another plan's task ("plan/task", or a
// task of the parent plan).
type TaskLink struct {
	Task       string `json:"nv"`
	Implements string `json:"thuc_hien"`
	At         Place  `json:"at"`
	Deadline   string `json:"han,omitempty"`
	DueAt      Place  `json:"han_at"`
}

// Numbered is a document of a number sequence: issuer, symbol, number,
// date, as printed.
type Numbered struct {
	Issuer string    `json:"cq"`
	Symbol string    `json:"kh"`
	Number int       `json:"so"`
	Date   time.Time `json:"ngay"`
	Ref    string    `json:"ref"`
	At     Place     `json:"at"`
}

// Want is a conditional deadline looking for a document number.
type Want struct {
	Number   string `json:"so"`
	Deadline string `json:"han"`
	Ref      string `json:"ref"`
	At       Place  `json:"at"`
}

// Scope is a suppression with what it covers: the plan's files (Prefix
// "" and File -1), an appendix file (File set, Prefix ""), or the data
// paths under an item of one file.
type Scope struct {
	Rule   string `json:"r"`
	Reason string `json:"why"`
	At     Place  `json:"at"`
	File   int    `json:"file"`
	Prefix string `json:"prefix,omitempty"`
}

func (s *Summary) pos(p Place) diag.Pos {
	if p.F < 0 || p.F >= len(s.Files) {
		return diag.Pos{}
	}
	return diag.Pos{File: s.Files[p.F], Line: p.Line, Column: p.Col}
}

func (s *Summary) loc(p Place) plan.Loc { return plan.Loc{Pos: s.pos(p), Path: p.Path} }

// placer turns locations into places in the plan's files.
type placer map[string]int

func (pl placer) at(loc plan.Loc) Place {
	return Place{F: pl[loc.Pos.File], Line: loc.Pos.Line, Col: loc.Pos.Column, Path: loc.Path}
}

// summarize builds p's index entry; bad are the findings about its
// suppressions (KH090).
func summarize(c *ctx, p *plan.Plan) (*Summary, []diag.Diagnostic) {
	s := &Summary{ID: p.ID, Dir: p.Dir, Files: sourceNames(p), Issued: p.Date, Number: p.Number, Symbol: p.Symbol,
		Period: p.Period, Parent: p.Parent, Template: layout.NameFor(c.repo, p)}
	pl := placer{}
	for i, f := range s.Files {
		pl[f] = i
	}
	s.IDAt, s.PeriodAt, s.ParentAt = pl.at(p.Field("id")), pl.at(p.Field("thoi_ky")), pl.at(p.Field("ke_hoach_cha"))
	pd := c.deadlines(p)
	c.diags = nil // the deadline rules report these
	s.Year = planYear(p, pd)
	s.Review = c.reviewOf(p, pd, pl)
	cited := map[string]bool{}
	for _, ct := range p.Citations {
		cited[ct.ID] = true
		if ct.Plan != "" {
			s.CitedPlans = append(s.CitedPlans, Link{ID: ct.Plan, At: pl.at(ct.Field("ke_hoach"))})
		}
	}
	for i, id := range p.Implements {
		s.Implements = append(s.Implements, Link{ID: id, At: pl.at(p.Index("thuc_hien", i)), Cited: cited[id]})
	}
	for _, t := range pd.tasks {
		task := t.ref.Task
		entry := TaskEntry{ID: task.ID, Deadline: task.Deadline, At: pl.at(t.loc()), LeadAt: pl.at(task.Field("chu_tri"))}
		if a := t.ref.Appendix; a == nil || a.Kind != plan.AppendixForm {
			entry.Key = taskKey(task.Text)
			if len(task.Lead) > 0 {
				entry.Lead = c.leadNames(task)
			}
		}
		s.Tasks = append(s.Tasks, entry)
		if task.Implements != "" {
			s.TaskLinks = append(s.TaskLinks, TaskLink{Task: task.ID, Implements: task.Implements,
				At: pl.at(task.Field("thuc_hien")), Deadline: task.Deadline, DueAt: pl.at(t.loc())})
		}
		if want, ok := c.wantedNumber(pd, t); ok {
			want.At = pl.at(t.loc())
			s.Wants = append(s.Wants, want)
		}
	}
	s.Numbered = numberedDocs(c, p, pl)
	s.Agencies = agenciesOf(c.agencyFields(p))
	s.Indicators = indicatorEntries(c.indicators(p), pl)
	s.Family = familyKeys(p)
	for i, ref := range p.Prepares {
		s.Prepares = append(s.Prepares, Link{ID: ref, At: pl.at(p.Index("chuan_bi", i))})
	}
	scopes, bad := collectScopes(p)
	for _, sc := range scopes {
		s.Suppress = append(s.Suppress, sc.scope(pl))
	}
	return s, bad
}

// numberedDocs lists the documents of p that belong to a number sequence.
func numberedDocs(c *ctx, p *plan.Plan, pl placer) []Numbered {
	var out []Numbered
	add := func(n numbered) {
		if n.number > 0 && !n.date.IsZero() && n.issuer != "" {
			out = append(out, Numbered{n.issuer, n.symbol, n.number, n.date, n.ref, pl.at(n.loc)})
		}
	}
	add(numbered{p.Issuer, p.Symbol, p.Number, p.Date, p.Field("so"), p.DocumentRef(c.repo.IsParty(p))})
	for _, ct := range p.Citations {
		add(parseNumbered(ct.Issuer, ct.Ref, ct.Date, ct.Field("so_ky_hieu")))
	}
	for _, a := range p.Appendices {
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			for _, d := range g.Documents {
				add(parseNumbered(d.Issuer, d.Ref, d.Date, d.Field("so_ky_hieu")))
			}
		})
	}
	return out
}

// agenciesOf lists every agency id or name the plan writes, once each.
func agenciesOf(fields []agencyField) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range fields {
		for _, id := range f.ids {
			if id != "" && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

// wantedNumber is the document number a conditional deadline of t names
// when none of the plan's own citations matches it.
func (c *ctx) wantedNumber(pd *planDeadlines, t dated) (Want, bool) {
	if !t.ok || t.d.Kind != deadline.Conditional || t.d.Ref == "" || generic(t.d.Ref) || agencyLike(t.d.Ref) {
		return Want{}, false
	}
	m := docRefRe.FindStringSubmatch(t.d.Ref)
	if m == nil {
		return Want{}, false
	}
	num := strings.TrimLeft(m[2], "0")
	for _, ct := range pd.p.Citations {
		if citesNumber(ct, m[1], num) {
			return Want{}, false
		}
	}
	return Want{Number: num, Deadline: t.ref.Task.Deadline, Ref: t.d.Ref}, true
}

// PlanRefs are the ids of the plans s names: its parent, the plans it
// carries out or cites, the plans whose tasks its tasks implement.
func (s *Summary) PlanRefs() []string {
	var out []string
	add := func(id string) {
		if id != "" {
			out = append(out, id)
		}
	}
	add(s.Parent)
	for _, l := range s.Implements {
		add(l.ID)
	}
	for _, l := range s.CitedPlans {
		add(l.ID)
	}
	for _, t := range s.TaskLinks {
		planID, _ := splitImplements(s, t.Implements)
		add(planID)
	}
	return out
}

package check

import (
	"slices"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

// Unit is what checking one plan gives: the findings in its files, before
// suppressions (applied once the rules across plans have run), its entry in
// the cross-plan index and its as-of agenda. It holds no pointer into the
// plan's model, so the model can be released; the check cache stores units
// as they are.
type Unit struct {
	// File is the plan file as shown.
	File string `json:"file"`
	// Sources are the files read for the plan (plan file, appendices), for
	// the summary counts.
	Sources  []string          `json:"src"`
	Findings []diag.Diagnostic `json:"d"`
	// Index is nil for a plan file that could not be read or parsed.
	Index  *Summary     `json:"index,omitempty"`
	Agenda []AgendaItem `json:"agenda,omitempty"`
}

// Env is what every plan of one repository is checked against: its
// registries, settings, calendar and options, given to each rule as far as
// it declares them.
type Env struct {
	opt Options
	// base holds the registries, the settings and the repository-level
	// sources; bare holds nothing, for rules that read no registry.
	base, bare *plan.Repo
}

// NewEnv prepares the checking of a repository's plans. repo holds its
// registries and settings; its Sources (kho.yaml, the registries) are the
// files the level rules check, and its PlanDirs, or else its plans'
// folders, tell which registries are provinces'.
func NewEnv(repo *plan.Repo, opt Options) *Env {
	base := &plan.Repo{Config: repo.Config, Registries: repo.Registries, PlanDirs: repo.PlanDirs, Unread: repo.Unread}
	if len(base.PlanDirs) == 0 {
		for _, p := range repo.Plans {
			base.PlanDirs = append(base.PlanDirs, p.Dir)
		}
	}
	planFiles := map[string]bool{}
	for _, p := range repo.Plans {
		for _, f := range planFileNames(p) {
			planFiles[f] = true
		}
	}
	for _, s := range repo.Sources {
		if !planFiles[s.Name] {
			base.Sources = append(base.Sources, s)
		}
	}
	base.Index()
	bare := &plan.Repo{}
	bare.Index()
	return &Env{opt: defaults(opt), base: base, bare: bare}
}

// Plan checks one plan with the rules over one plan, each seeing what it
// declares. loadDiags are the loader's findings in the plan's files, which
// open the unit's findings. File of the unit is the plan file.
func (e *Env) Plan(p *plan.Plan, sources []*plan.Source, loadDiags []diag.Diagnostic) *Unit {
	u := &Unit{File: p.Pos.File, Findings: slices.Clone(loadDiags)}
	for _, s := range sources {
		u.Sources = append(u.Sources, s.Name)
	}
	if sources == nil {
		u.Sources = sourceNames(p)
	}
	m := newMemo()
	for _, r := range rules {
		if r.Plan == nil {
			continue
		}
		c := e.view(r, p)
		c.prior, c.memo = u.Findings, m
		r.Plan(c)
		u.Findings = append(u.Findings, c.diags...)
	}
	e.finishUnit(u, p, m)
	return u
}

// finishUnit adds the plan's index entry and agenda.
func (e *Env) finishUnit(u *Unit, p *plan.Plan, m *memo) {
	c := e.view(Rule{Name: "index", Reads: indexReads}, p)
	c.memo = m
	var bad []diag.Diagnostic
	u.Index, bad = summarize(c, p)
	u.Findings = append(u.Findings, bad...)
	if !e.opt.AsOf.IsZero() {
		u.Agenda = c.agendaOf(p)
	}
}

// view is what rule r sees while checking p: p alone, and of the rest
// only what r declares. What it does not declare panics when used, or is
// absent (the registries).
func (e *Env) view(r Rule, p *plan.Plan) *ctx {
	opt := e.opt
	repo := e.bare
	if r.Reads&Registries != 0 {
		repo = e.base
	}
	if r.Reads&WorkingDays == 0 {
		opt.Calendar = forbidden{r.Name, WorkingDays}
	}
	if r.Reads&ProgressRecords == 0 {
		opt.Progress = forbidden{r.Name, ProgressRecords}
		if len(p.Records) > 0 {
			q := *p
			q.Records = nil
			p = &q
		}
	} else if opt.Progress == nil {
		opt.Progress = &progress.Set{Records: p.Records}
	}
	return &ctx{repo: repo.WithPlans(p), opt: opt, rule: r}
}

// wholePlans runs the rules over one plan once over the whole repository,
// every rule seeing everything, and gives each finding to the plan whose
// file it is in.
func (e *Env) wholePlans(repo *plan.Repo, units []*Unit) {
	owner := map[string]int{}
	for i := len(repo.Plans) - 1; i >= 0; i-- {
		for _, f := range planFileNames(repo.Plans[i]) {
			owner[f] = i
		}
	}
	opt := e.opt
	if opt.Progress == nil {
		all := &progress.Set{}
		for _, p := range repo.Plans {
			all.Records = append(all.Records, p.Records...)
		}
		opt.Progress = all
	}
	whole := e.base.WithPlans(repo.Plans...)
	var prior []diag.Diagnostic
	for _, u := range units {
		prior = append(prior, u.Findings...)
	}
	m := newMemo()
	for _, r := range rules {
		if r.Plan == nil {
			continue
		}
		c := &ctx{repo: whole, opt: opt, rule: r, prior: prior, memo: m}
		r.Plan(c)
		prior = append(prior, c.diags...)
		for _, d := range c.diags {
			i := owner[d.Pos.File]
			units[i].Findings = append(units[i].Findings, d)
		}
	}
	for i, p := range repo.Plans {
		units[i].Sources = sourceNames(p)
		e.finishUnit(units[i], p, m)
	}
}

func sourceNames(p *plan.Plan) []string {
	out := []string{p.Pos.File}
	for _, a := range p.Appendices {
		if a.Src != nil {
			out = append(out, a.Src.Name)
		}
	}
	return out
}

// Level checks the repository's own files (registries, kho.yaml) and
// returns loadDiags, the loader's findings in them, with its own.
func (e *Env) Level(loadDiags []diag.Diagnostic) []diag.Diagnostic {
	out := slices.Clone(loadDiags)
	for _, r := range rules {
		if r.Level == nil {
			continue
		}
		c := &ctx{repo: e.base, opt: e.opt, rule: r, prior: out}
		r.Level(c)
		out = append(out, c.diags...)
	}
	return out
}

// Finish runs the rules across plans over the units' index entries,
// applies each plan's suppressions to its findings and returns every
// finding, level ones included, sorted.
func (e *Env) Finish(units []*Unit, level []diag.Diagnostic) []diag.Diagnostic {
	return e.FinishDetail(units, level).All
}

// Outcome is a finished check with its parts: what the rules across plans
// found in each plan and in no plan, and each plan's findings after its
// suppressions, so a later run whose index entries are unchanged can reuse
// them (see Final).
type Outcome struct {
	All   []diag.Diagnostic
	Cross [][]diag.Diagnostic
	Final [][]diag.Diagnostic
	Loose []diag.Diagnostic
}

// FinishDetail is Finish, keeping the parts.
func (e *Env) FinishDetail(units []*Unit, level []diag.Diagnostic) *Outcome {
	x := &cross{env: e, units: units, byPlan: make([][]diag.Diagnostic, len(units))}
	x.index()
	for _, r := range rules {
		if r.Cross != nil {
			x.rule = r
			r.Cross(x)
		}
	}
	out := &Outcome{Cross: x.byPlan, Final: make([][]diag.Diagnostic, len(units)), Loose: x.loose}
	out.All = append(slices.Clone(level), x.loose...)
	for i, u := range units {
		out.Final[i] = e.Final(u, x.byPlan[i])
		out.All = append(out.All, out.Final[i]...)
	}
	diag.Sort(out.All)
	return out
}

// Final is a plan's findings once the rules across plans found cross in
// it: its own and those, with its suppressions applied.
func (e *Env) Final(u *Unit, cross []diag.Diagnostic) []diag.Diagnostic {
	ds := append(slices.Clone(u.Findings), cross...)
	return suppress(u.Index, ds, e.opt.NoSuppress)
}

// Summary is p's index entry alone, for callers that need no findings
// (kh check --changed over a loaded repository).
func (e *Env) Summary(p *plan.Plan) *Summary {
	s, _ := summarize(e.view(Rule{Name: "index", Reads: indexReads}, p), p)
	return s
}

package plan

import (
	"path"
	"sort"
	"strconv"
	"strings"
)

// Repo is everything loaded from a plans folder: the agency registries and
// the plans.
type Repo struct {
	Config     Config
	Registries []*Registry
	Plans      []*Plan
	// Sources are all files read, in load order.
	Sources []*Source
	// PlanDirs are the folders of every plan of the repository, loaded or
	// not, which decide the provinces' registries; empty means the folders
	// of Plans.
	PlanDirs []string
	// Unread are the folders of registries that could not be read or
	// parsed: an agency of their plans may be in them, so it is not called
	// unknown (the registry's own finding says what is wrong).
	Unread []string

	agencies map[string]*Agency
	// names maps folded names to agencies, per registry, because
	// provinces share names ("UBND tỉnh", "Sở Tư pháp").
	names map[*Registry]map[string]*Agency
	// provincial marks registries whose folder holds plans.
	provincial map[*Registry]bool
	// home is the registry each agency is listed in.
	home  map[*Agency]*Registry
	plans map[string]*Plan
}

// Index builds the lookup tables; call it after loading and before lookups.
// Later duplicates do not replace earlier entries (duplicate ids are findings
// of the check package, not silent overrides).
func (r *Repo) Index() {
	r.agencies = map[string]*Agency{}
	r.names = map[*Registry]map[string]*Agency{}
	r.home = map[*Agency]*Registry{}
	for _, reg := range r.Registries {
		names := map[string]*Agency{}
		r.names[reg] = names
		for _, a := range reg.Agencies {
			r.home[a] = reg
			if _, dup := r.agencies[a.ID]; !dup && a.ID != "" {
				r.agencies[a.ID] = a
			}
			for _, n := range a.Names() {
				if _, dup := names[NameKey(n)]; !dup {
					names[NameKey(n)] = a
				}
			}
		}
	}
	dirs := r.PlanDirs
	if len(dirs) == 0 {
		for _, p := range r.Plans {
			dirs = append(dirs, p.Dir)
		}
	}
	r.provincial = map[*Registry]bool{}
	for _, reg := range r.Registries {
		for _, dir := range dirs {
			if holds(reg, dir) {
				r.provincial[reg] = true
				break
			}
		}
	}
	r.indexPlans()
}

// WithPlans is a copy of r holding plans, indexed, that shares r's
// registry indexes: a view of one plan with the repository's agencies
// costs only the plan's own entry.
func (r *Repo) WithPlans(plans ...*Plan) *Repo {
	out := *r
	out.Plans = plans
	out.Sources = nil
	out.indexPlans()
	return &out
}

func (r *Repo) indexPlans() {
	r.plans = map[string]*Plan{}
	for _, p := range r.Plans {
		if _, dup := r.plans[p.ID]; !dup && p.ID != "" {
			r.plans[p.ID] = p
		}
	}
}

// UnreadRegistry reports whether a registry of p's province could not be
// read.
func (r *Repo) UnreadRegistry(p *Plan) bool {
	for _, dir := range r.Unread {
		if dir == "." || strings.HasPrefix(p.Dir+"/", dir+"/") {
			return true
		}
	}
	return false
}

// Agency returns the agency with id.
func (r *Repo) Agency(id string) *Agency { return r.agencies[id] }

// AgencyByName finds an agency by any of its names or aliases, ignoring case
// and spacing, so "Sở KHCN" finds so-khcn. A plan's names resolve in the
// registries of its own province (those in a folder above the plan), then in
// shared registries that hold no plans (the central bodies), never in another
// province's: "Văn phòng Tỉnh ủy" in a Nghệ An plan must not become Khánh
// Hòa's office just because Nghệ An's registry lacks the name. Outside any
// province every registry is searched, in load order.
func (r *Repo) AgencyByName(p *Plan, name string) *Agency {
	key := NameKey(name)
	var shared, any *Agency
	inProvince := false
	for _, reg := range r.Registries {
		own := p != nil && holds(reg, p.Dir)
		inProvince = inProvince || own
		a := r.names[reg][key]
		switch {
		case a == nil:
		case own:
			return a
		case !r.provincial[reg] && shared == nil:
			shared = a
		case any == nil:
			any = a
		}
	}
	if shared != nil || inProvince {
		return shared
	}
	return any
}

// Where an agency's registry lies as seen from a plan.
const (
	// InProvince: the registry of the plan's own province.
	InProvince = iota + 1
	// Central: the registry of the central bodies (tinh: Trung ương).
	Central
	// OtherProvince: the registry of another province.
	OtherProvince
)

// Where tells where a's registry lies as seen from p: InProvince, Central
// or OtherProvince; 0 for an agency of no registry.
func (r *Repo) Where(p *Plan, a *Agency) int {
	reg := r.home[a]
	switch {
	case reg == nil:
		return 0
	case p != nil && holds(reg, p.Dir):
		return InProvince
	case NameKey(reg.Province) == NameKey("Trung ương"), reg.Province == "" && !r.provincial[reg]:
		return Central
	}
	return OtherProvince
}

// holds reports whether dir lies in the folder of reg.
func holds(reg *Registry, dir string) bool {
	return reg.Src != nil && strings.HasPrefix(dir+"/", path.Dir(reg.Src.Name)+"/")
}

// AgencyIDs lists all agency ids, sorted.
func (r *Repo) AgencyIDs() []string {
	ids := make([]string, 0, len(r.agencies))
	for id := range r.agencies {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// Plan returns the plan with id.
func (r *Repo) Plan(id string) *Plan { return r.plans[id] }

// Names lists every name an agency goes by.
func (a *Agency) Names() []string {
	out := []string{a.Name}
	out = append(out, a.Short...)
	return append(out, a.Aliases...)
}

// NameKey folds a name for matching: lower case, single spaces, "&" kept.
func NameKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// TaskRef is a task with the place it appears in.
type TaskRef struct {
	Task *Task
	// Appendix is nil for tasks in the body.
	Appendix *Appendix
	// Section is the body section of an inline task.
	Section *Section
	// Number is the task's printed number ("5" in a table, "2.3" inline).
	Number string
	// Group is the printed number of the task's table group ("II") when
	// the appendix numbers rows per group, so "5" alone is ambiguous.
	Group string
}

// Tasks lists every task of the plan, body first, then appendices in order;
// a step's sub-items follow the step ("1.1", "1.2").
func (p *Plan) Tasks() []TaskRef {
	var out []TaskRef
	var add func(ts []*Task, ref TaskRef, prefix string)
	add = func(ts []*Task, ref TaskRef, prefix string) {
		for i, t := range ts {
			r := ref
			r.Task, r.Number = t, prefix+strconv.Itoa(i+1)
			out = append(out, r)
			add(t.Subtasks, ref, r.Number+".")
		}
	}
	WalkSections(p.Sections, func(s *Section, num string, _ int) {
		add(s.Tasks, TaskRef{Section: s}, "")
	})
	for _, a := range p.Appendices {
		group := ""
		a.WalkRows(func(g *Group, num string, depth int, next func() int) {
			if a.GroupNumbering && depth == 1 {
				group = num
			}
			for _, t := range g.Tasks {
				n := strconv.Itoa(next())
				out = append(out, TaskRef{Task: t, Appendix: a, Number: n, Group: group})
				add(t.Subtasks, TaskRef{Appendix: a, Group: group}, n+".")
			}
		})
	}
	return out
}

// AllTasks lists ts with every task's sub-items after it, depth first.
func AllTasks(ts []*Task) []*Task {
	var out []*Task
	for _, t := range ts {
		out = append(out, t)
		out = append(out, AllTasks(t.Subtasks)...)
	}
	return out
}

// Task finds a task of the plan by id.
func (p *Plan) Task(id string) *Task {
	for _, tr := range p.Tasks() {
		if tr.Task.ID == id {
			return tr.Task
		}
	}
	return nil
}

// Appendix returns the appendix with id and its 1-based number.
func (p *Plan) Appendix(id string) (*Appendix, int) {
	for i, a := range p.Appendices {
		if a.ID == id {
			return a, i + 1
		}
	}
	return nil, 0
}

// Indicators lists every indicator of the plan in order: those stated in
// the body first, then the appendices'.
func (p *Plan) Indicators() []*Indicator {
	var out []*Indicator
	WalkSections(p.Sections, func(s *Section, _ string, _ int) {
		out = append(out, s.Indicators...)
	})
	for _, a := range p.Appendices {
		a.WalkGroups(func(g *Group, _ string, _ int) {
			out = append(out, g.Indicators...)
		})
	}
	return out
}

// IsParty reports whether p is issued by a Party body, which decides its
// form (HD 36-HD/VPTW rather than NĐ 30/2020): "16-NQ/TU", "T/M".
func (r *Repo) IsParty(p *Plan) bool {
	a := r.Agency(p.Issuer)
	return a != nil && a.Bloc == BlocParty
}

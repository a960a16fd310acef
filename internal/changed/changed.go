// Package changed finds the plans a change touches, so `kh check --changed
// REV` reports only those plans and the plans that depend on them while
// the whole repository is still checked for cross-plan references. It
// works on the cross-plan index (check.Summary), never on a model.
package changed

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

// Plan is what a change is matched against: a plan's id, its folder and
// files as shown, and what it names.
type Plan struct {
	ID    string
	Dir   string
	Files []string
	// Refs are the plan ids it names (parent, thuc_hien, cited plans,
	// parent tasks); Agencies the agency ids and names it writes.
	Refs     []string
	Agencies []string
}

// FromUnit describes a checked plan; dir is its folder as shown, which a
// plan that did not parse has too.
func FromUnit(u *check.Unit) Plan {
	if u.Index == nil {
		return Plan{Dir: filepath.ToSlash(filepath.Dir(u.File)), Files: u.Sources}
	}
	s := u.Index
	return Plan{ID: s.ID, Dir: s.Dir, Files: s.Files, Refs: s.PlanRefs(), Agencies: s.Agencies}
}

// IDs are the sorted, distinct ids of the plans at indexes touched.
func IDs(plans []Plan, touched []int) []string {
	set := map[string]bool{} // two plans may share an id; kh check reports that
	for _, i := range touched {
		set[plans[i].ID] = true
	}
	out := make([]string, 0, len(set))
	for id := range set {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// Touched returns the indexes of the plans affected by c, in order.
// registries are the repository's registries now; base is the directory
// the repository is shown relative to (load.Options.Base).
//
//   - A changed file inside a plan's folder (the plan, an appendix, a
//     progress record) touches that plan.
//   - A changed co-quan.yaml, kho.yaml or lich-lam-viec.yaml touches every
//     plan in its folder and below; a registry also touches every plan that
//     names one of its agencies, before or after the change, since agency
//     ids are global to the repository.
//   - A plan that names a touched plan (ke_hoach_cha, thuc_hien, a task's
//     thuc_hien, a citation's ke_hoach) is touched too, transitively,
//     because deadline and report-chain checks follow those links. A plan
//     whose id changed or that was deleted still touches the plans that
//     named its old id.
func (c *Changes) Touched(plans []Plan, registries []*plan.Registry, base string) []int {
	g := newGraph(plans, base)
	touched := map[int]bool{}
	ids := map[string]bool{}
	for _, f := range c.Files {
		if i, ok := g.owner(f); ok {
			touched[i] = true
		}
		for _, i := range g.byFile(f, registries, c.old[f]) {
			touched[i] = true
		}
		if load.RoleOf(filepath.Base(f)) == load.RolePlan {
			if id := oldPlanID(c.old[f]); id != "" {
				ids[id] = true
			}
		}
	}
	for i := range touched {
		ids[plans[i].ID] = true
	}
	for _, i := range g.dependents(ids) {
		touched[i] = true
	}
	out := make([]int, 0, len(touched))
	for i := range touched {
		out = append(out, i)
	}
	sort.Ints(out)
	return out
}

// Filter keeps the diagnostics located in the files of the plans at
// indexes touched (the plan file, its appendices, anything in its folder),
// in files outside every plan that c reports as changed (a registry,
// kho.yaml), and those with no file at all. base is as for Touched.
func (c *Changes) Filter(plans []Plan, base string, touched []int, ds []diag.Diagnostic) []diag.Diagnostic {
	g := newGraph(plans, base)
	want := map[int]bool{}
	for _, i := range touched {
		want[i] = true
	}
	changedFile := map[string]bool{}
	for _, f := range c.Files {
		changedFile[f] = true
	}
	var out []diag.Diagnostic
	for _, d := range ds {
		abs := g.abs(d.Pos.File)
		i, owned := g.owner(abs)
		if d.Pos.File == "" || owned && want[i] || !owned && changedFile[abs] {
			out = append(out, d)
		}
	}
	return out
}

// isIDFile reports whether a file defines ids other files refer to, so its
// previous content matters.
func isIDFile(path string) bool {
	switch load.RoleOf(filepath.Base(path)) {
	case load.RolePlan, load.RoleRegistry:
		return true
	}
	return false
}

func oldPlanID(data []byte) string {
	if data == nil {
		return ""
	}
	var p plan.Plan
	load.Bytes(data, "", "", &p)
	return p.ID
}

// graph indexes the plans by folder and by file.
type graph struct {
	plans []Plan
	base  string
	// dirs are the plans' absolute folders, longest first, so a plan
	// nested in another's folder owns its own files.
	dirs []planDir
	// files maps each plan and appendix file to its plan, for an appendix
	// kept outside the plan's folder.
	files map[string]int
}

type planDir struct {
	dir  string
	plan int
}

func newGraph(plans []Plan, base string) *graph {
	g := &graph{plans: plans, base: realpath(base), files: map[string]int{}}
	for i, p := range plans {
		g.dirs = append(g.dirs, planDir{g.abs(p.Dir), i})
		for _, f := range p.Files {
			if _, dup := g.files[g.abs(f)]; !dup {
				g.files[g.abs(f)] = i
			}
		}
	}
	sort.SliceStable(g.dirs, func(i, j int) bool { return len(g.dirs[i].dir) > len(g.dirs[j].dir) })
	return g
}

// abs turns a displayed name (relative to base, forward slashes) back into
// the absolute path git reports.
func (g *graph) abs(name string) string {
	p := filepath.FromSlash(name)
	if !filepath.IsAbs(p) {
		p = filepath.Join(g.base, p)
	}
	return p
}

func (g *graph) owner(file string) (int, bool) {
	if i, ok := g.files[file]; ok {
		return i, true
	}
	for _, d := range g.dirs {
		if within(file, d.dir) {
			return d.plan, true
		}
	}
	return 0, false
}

func within(file, dir string) bool {
	return strings.HasPrefix(file, dir+string(filepath.Separator))
}

// byFile lists the plans a changed settings or registry file touches; old
// is the registry's content before the change, if any.
func (g *graph) byFile(file string, registries []*plan.Registry, old []byte) []int {
	role := load.RoleOf(filepath.Base(file))
	switch role {
	case load.RoleRegistry, load.RoleConfig, load.RoleCalendar:
	default:
		return nil
	}
	dir := filepath.Dir(file)
	names := map[string]bool{}
	if role == load.RoleRegistry {
		names = g.agencyNames(file, registries, old)
	}
	var out []int
	for _, d := range g.dirs {
		if within(d.dir, dir) || namesAgency(g.plans[d.plan], names) {
			out = append(out, d.plan)
		}
	}
	return out
}

// agencyNames collects the ids and names, folded, of the agencies of a
// registry now and before the change.
func (g *graph) agencyNames(file string, registries []*plan.Registry, old []byte) map[string]bool {
	names := map[string]bool{}
	add := func(r *plan.Registry) {
		for _, a := range r.Agencies {
			names[plan.NameKey(a.ID)] = true
			for _, n := range a.Names() {
				names[plan.NameKey(n)] = true
			}
		}
	}
	for _, r := range registries {
		if r.Src != nil && g.abs(r.Src.Name) == file {
			add(r)
		}
	}
	if old != nil {
		var r plan.Registry
		load.Bytes(old, "", "", &r)
		add(&r)
	}
	return names
}

func namesAgency(p Plan, names map[string]bool) bool {
	for _, a := range p.Agencies {
		if names[plan.NameKey(a)] {
			return true
		}
	}
	return false
}

// dependents returns the plans that name one of ids, directly or through
// other dependents.
func (g *graph) dependents(ids map[string]bool) []int {
	var out []int
	done := map[int]bool{}
	for grew := true; grew; {
		grew = false
		for i, p := range g.plans {
			if done[i] || !anyIn(p.Refs, ids) {
				continue
			}
			done[i], grew = true, true
			ids[p.ID] = true
			out = append(out, i)
		}
	}
	return out
}

func anyIn(list []string, set map[string]bool) bool {
	for _, s := range list {
		if set[s] {
			return true
		}
	}
	return false
}

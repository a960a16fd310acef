// Package changed finds the plans a change touches, so `kh check --changed
// REV` re-checks only those plans and the plans that depend on them while
// still loading the whole repository for cross-plan references.
package changed

import (
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

// Plans returns the sorted ids of the plans of repo affected by c. base is
// the directory the repository was loaded relative to (load.Options.Base).
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
func (c *Changes) Plans(repo *plan.Repo, base string) []string {
	g := newGraph(repo, base)
	touched := map[*plan.Plan]bool{}
	ids := map[string]bool{}
	for _, f := range c.Files {
		if p := g.owner(f); p != nil {
			touched[p] = true
		}
		for _, p := range g.byFile(f, c.old[f]) {
			touched[p] = true
		}
		if filepath.Base(f) == load.PlanFile {
			if id := oldPlanID(c.old[f]); id != "" {
				ids[id] = true
			}
		}
	}
	for p := range touched {
		ids[p.ID] = true
	}
	for _, p := range g.dependents(ids) {
		touched[p] = true
	}
	set := map[string]bool{} // two plans may share an id; kh check reports that
	for p := range touched {
		set[p.ID] = true
	}
	out := make([]string, 0, len(set))
	for id := range set {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// Filter keeps the diagnostics located in the files of the plans with the
// given ids (the plan file, its appendices, anything in its folder), in
// files outside every plan that c reports as changed (a registry, kho.yaml),
// and those with no file at all. base is as for Changes.Plans.
func (c *Changes) Filter(repo *plan.Repo, base string, ids []string, ds []diag.Diagnostic) []diag.Diagnostic {
	g := newGraph(repo, base)
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	changedFile := map[string]bool{}
	for _, f := range c.Files {
		changedFile[f] = true
	}
	var out []diag.Diagnostic
	for _, d := range ds {
		abs := g.abs(d.Pos.File)
		p := g.owner(abs)
		if d.Pos.File == "" || p != nil && want[p.ID] || p == nil && changedFile[abs] {
			out = append(out, d)
		}
	}
	return out
}

// isIDFile reports whether a file defines ids other files refer to, so its
// previous content matters.
func isIDFile(path string) bool {
	name := filepath.Base(path)
	return name == load.PlanFile || name == load.RegistryFile
}

func oldPlanID(data []byte) string {
	if data == nil {
		return ""
	}
	var p plan.Plan
	load.Bytes(data, "", "", &p)
	return p.ID
}

// graph indexes a loaded repository by folder and by reference.
type graph struct {
	repo *plan.Repo
	base string
	// dirs are the plans' absolute folders, longest first, so a plan
	// nested in another's folder owns its own files.
	dirs []planDir
	// files maps each plan and appendix file to its plan, for an appendix
	// kept outside the plan's folder.
	files map[string]*plan.Plan
}

type planDir struct {
	dir  string
	plan *plan.Plan
}

func newGraph(repo *plan.Repo, base string) *graph {
	g := &graph{repo: repo, base: realpath(base), files: map[string]*plan.Plan{}}
	for _, p := range repo.Plans {
		g.dirs = append(g.dirs, planDir{g.abs(p.Dir), p})
		for _, loc := range append([]plan.Loc{p.Loc}, appendixLocs(p)...) {
			if loc.Src != nil {
				g.files[g.abs(loc.Src.Name)] = p
			}
		}
	}
	sort.Slice(g.dirs, func(i, j int) bool { return len(g.dirs[i].dir) > len(g.dirs[j].dir) })
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

func appendixLocs(p *plan.Plan) []plan.Loc {
	var out []plan.Loc
	for _, a := range p.Appendices {
		out = append(out, a.Loc)
	}
	return out
}

func (g *graph) owner(file string) *plan.Plan {
	if p := g.files[file]; p != nil {
		return p
	}
	for _, d := range g.dirs {
		if within(file, d.dir) {
			return d.plan
		}
	}
	return nil
}

func within(file, dir string) bool {
	return strings.HasPrefix(file, dir+string(filepath.Separator))
}

// byFile lists the plans a changed settings or registry file touches; old
// is the registry's content before the change, if any.
func (g *graph) byFile(file string, old []byte) []*plan.Plan {
	switch filepath.Base(file) {
	case load.RegistryFile, load.RootFile, load.CalendarFile:
	default:
		return nil
	}
	dir := filepath.Dir(file)
	names := map[string]bool{}
	if filepath.Base(file) == load.RegistryFile {
		names = g.agencyNames(file, old)
	}
	var out []*plan.Plan
	for _, d := range g.dirs {
		if within(d.dir, dir) || namesAgency(d.plan, names) {
			out = append(out, d.plan)
		}
	}
	return out
}

// agencyNames collects the ids and names, folded, of the agencies of a
// registry now and before the change.
func (g *graph) agencyNames(file string, old []byte) map[string]bool {
	names := map[string]bool{}
	add := func(r *plan.Registry) {
		for _, a := range r.Agencies {
			names[plan.NameKey(a.ID)] = true
			for _, n := range a.Names() {
				names[plan.NameKey(n)] = true
			}
		}
	}
	for _, r := range g.repo.Registries {
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

// agencyKeys and planKeys are the yaml keys whose string values name an
// agency or a plan. Matching by key rather than by Go field keeps new model
// fields with these keys covered.
var (
	agencyKeys = map[string]bool{"co_quan": true, "chu_tri": true, "phoi_hop": true, "theo_doi": true}
	planKeys   = map[string]bool{"ke_hoach_cha": true, "thuc_hien": true, "ke_hoach": true}
)

func namesAgency(p *plan.Plan, names map[string]bool) bool {
	found := false
	walkPlan(p, func(key, s string) {
		if agencyKeys[key] && names[plan.NameKey(s)] {
			found = true
		}
	})
	return found
}

// dependents returns the plans that name one of ids, directly or through
// other dependents.
func (g *graph) dependents(ids map[string]bool) []*plan.Plan {
	refs := map[*plan.Plan][]string{}
	for _, p := range g.repo.Plans {
		walkPlan(p, func(key, s string) {
			if planKeys[key] {
				id, _, _ := strings.Cut(s, "/") // a task's thuc_hien is "plan-id/task-id"
				refs[p] = append(refs[p], id)
			}
		})
	}
	var out []*plan.Plan
	done := map[*plan.Plan]bool{}
	for grew := true; grew; {
		grew = false
		for _, p := range g.repo.Plans {
			if done[p] || !anyIn(refs[p], ids) {
				continue
			}
			done[p], grew = true, true
			ids[p.ID] = true
			out = append(out, p)
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

// walkPlan calls visit with every string of the plan and its appendices and
// the yaml key it sits under.
func walkPlan(p *plan.Plan, visit func(key, s string)) {
	walk(reflect.ValueOf(p).Elem(), "", visit)
	for _, a := range p.Appendices {
		walk(reflect.ValueOf(a).Elem(), "", visit)
	}
}

func walk(v reflect.Value, key string, visit func(key, s string)) {
	switch v.Kind() {
	case reflect.String:
		visit(key, v.String())
	case reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem(), key, visit)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), key, visit)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			// Fields without a yaml key (locations, the appendix's
			// back-pointer to its plan) are not written by users.
			k := strings.Split(v.Type().Field(i).Tag.Get("yaml"), ",")[0]
			if k != "" && k != "-" {
				walk(v.Field(i), k, visit)
			}
		}
	}
}

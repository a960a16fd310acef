package cache

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

// planState is one plan during a run.
type planState struct {
	file // ke-hoach.yaml
	apx  []file
	// recs are its progress records, which the check reads too.
	recs  []file
	meta  meta
	known bool // meta is valid for the current content
	// loaded is set once the plan has been parsed in this run.
	loaded *loadedPlan
}

type loadedPlan struct {
	plan    *plan.Plan
	sources []*plan.Source
	diags   []diag.Diagnostic
}

// content is the hash of the plan's own files.
func (p *planState) content() string {
	h := newHasher("content").add(p.name, p.hash)
	for _, fs := range [][]file{p.apx, p.recs} {
		for _, f := range fs {
			h.add(f.name, f.hash)
		}
	}
	return h.sum()
}

// files are the display names of every file the plan's findings sit in.
func (p *planState) files() []string {
	out := slices.Clone(p.meta.Sources)
	for _, f := range p.recs {
		out = append(out, f.name)
	}
	return out
}

func dirOf(f file) string { return filepath.Dir(f.abs) }

// fromLoaded describes a loaded plan from the bytes the loader read.
func fromLoaded(p *plan.Plan, diags []diag.Diagnostic, base string, records map[string][]file) *planState {
	ps := &planState{file: file{p.Src.Abs, p.Src.Name, p.Src.Hash}, known: true}
	ps.recs = records[dirOf(ps.file)]
	lp := &loadedPlan{plan: p, sources: []*plan.Source{p.Src}}
	read := map[string]*plan.Source{}
	for _, a := range p.Appendices {
		if a.Src != nil {
			read[a.Src.Abs] = a.Src
			lp.sources = append(lp.sources, a.Src)
		}
	}
	var hashes, names []string
	for _, name := range p.AppendixFiles {
		abs := filepath.Join(dirOf(ps.file), filepath.FromSlash(name))
		f := file{abs: abs, name: load.DisplayName(abs, base)}
		if src := read[abs]; src != nil {
			f.hash = src.Hash
		}
		ps.apx = append(ps.apx, f)
		hashes = append(hashes, f.hash)
	}
	for _, s := range lp.sources {
		names = append(names, s.Name)
	}
	for _, d := range diags {
		if slices.Contains(names, d.Pos.File) {
			lp.diags = append(lp.diags, d)
		}
	}
	ps.meta = metaOf(p, names)
	ps.meta.ApxHashes = hashes
	ps.loaded = lp
	return ps
}

// incremental serves a run whose repository-level files are unchanged:
// plans whose key hits come from the cache, the rest are checked together
// with the plans they read.
func (r *run) incremental(level unit) (*Result, error) {
	plans := make([]*planState, len(r.t.plans))
	each(len(plans), func(i int) { plans[i] = r.recall(r.t.plans[i]) })
	var unknown []int
	for i, p := range plans {
		if !p.known {
			unknown = append(unknown, i)
		}
	}
	if err := r.parse(plans, unknown); errors.Is(err, errNotPlan) {
		return r.uncached(nil)
	} else if err != nil {
		return nil, err
	}
	deps := dependencies(metasOf(plans))
	keys := make([]string, len(plans))
	units := make([]unit, len(plans))
	hit := make([]bool, len(plans))
	each(len(plans), func(i int) {
		keys[i] = r.planKey(plans, deps, i)
		hit[i] = r.st.get("plan", keys[i], &units[i])
	})
	var misses []int
	for i := range plans {
		if !hit[i] {
			misses = append(misses, i)
		}
	}
	var b *base
	if len(misses) > 0 || r.opt.Check.TemplatesDir != "" {
		var err error
		if b, err = r.baseFromDisk(); err != nil {
			return nil, err
		}
	}
	if len(misses) > 0 {
		ok, err := r.recheck(b, plans, deps, keys, units, misses)
		if err != nil || !ok {
			r.st.put("repo", r.salt, unit{Opaque: true})
			return r.uncached(nil)
		}
	}
	return r.assemble(b, level, plans, units, len(misses)), nil
}

// recall finds the plan's meta in the cache and checks it against the
// current appendix contents.
func (r *run) recall(f file) *planState {
	p := &planState{file: f, recs: r.t.records[dirOf(f)]}
	var m meta
	if f.hash == "" || !r.st.get("meta", metaKey(r.opt.Version, f), &m) {
		return p
	}
	var hashes []string
	for _, name := range m.Appendices {
		abs := filepath.Join(dirOf(f), filepath.FromSlash(name))
		a := file{abs, load.DisplayName(abs, r.opt.Base), r.idx.hash(abs)}
		p.apx = append(p.apx, a)
		hashes = append(hashes, a.hash)
	}
	p.meta, p.known = m, slices.Equal(hashes, m.ApxHashes)
	return p
}

// parse loads the plans of which that are not loaded yet, each through
// the loader itself (rooted at its folder) so positions, names and load
// findings are those of a whole run, and stores their metas.
func (r *run) parse(plans []*planState, which []int) error {
	var todo []int
	for _, i := range which {
		if plans[i].loaded == nil {
			todo = append(todo, i)
		}
	}
	errs := make([]error, len(todo))
	each(len(todo), func(k int) {
		i := todo[k]
		res, err := load.Repo(dirOf(plans[i].file), load.Options{Base: r.opt.Base, Workers: 1})
		if err != nil {
			errs[k] = err
			return
		}
		for _, p := range res.Repo.Plans {
			if p.Src.Abs == plans[i].abs {
				plans[i] = fromLoaded(p, res.Diags, r.opt.Base, r.t.records)
				r.st.put("meta", metaKey(r.opt.Version, plans[i].file), plans[i].meta)
				return
			}
		}
		errs[k] = errNotPlan
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// errNotPlan: a plan file that does not parse has no plan to cache; such
// a run is checked whole.
var errNotPlan = errors.New("cache: not a plan")

// recheck checks the missed plans with what they read and stores their
// units; false means a finding could not be placed.
func (r *run) recheck(b *base, plans []*planState, deps [][]int, keys []string, units []unit, misses []int) (bool, error) {
	before := map[int]string{}
	var which []int
	for _, i := range misses {
		for _, j := range append([]int{i}, deps[i]...) {
			if _, ok := before[j]; !ok {
				before[j] = plans[j].content()
				which = append(which, j)
			}
		}
	}
	if err := r.parse(plans, which); errors.Is(err, errNotPlan) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	got, ok := r.checkShards(b, plans, deps, misses)
	if !ok {
		return false, nil
	}
	// A plan edited while this run read it would be stored under the key
	// of content it was not checked with; such a run stores nothing.
	for i, c := range before {
		if plans[i].content() != c {
			r.unstable = true
		}
	}
	for _, i := range misses {
		units[i] = got[i]
	}
	if !r.unstable {
		each(len(misses), func(k int) { r.st.put("plan", keys[misses[k]], units[misses[k]]) })
	}
	return true, nil
}

// base is the repository-level part every check needs: config, calendar
// and registries.
type base struct {
	files []file
	// names are the display names of the files in files.
	names      map[string]bool
	config     plan.Config
	configSrc  *plan.Source
	registries []*plan.Registry
	regSources []*plan.Source
	cal        check.Calendar
	// diags are the load findings of the files.
	diags []diag.Diagnostic
}

// baseOf takes the repository-level part of a loaded repository, listing
// its files in the order scan does.
func baseOf(res *load.Result, root, baseDir string) *base {
	b := &base{names: map[string]bool{}, config: res.Repo.Config, registries: res.Repo.Registries, cal: res.Calendar}
	var regs []file
	for _, s := range res.Repo.Sources {
		switch filepath.Base(s.Abs) {
		case load.RootFile:
			b.files = append(b.files, file{s.Abs, s.Name, s.Hash})
			b.configSrc = s
		case load.RegistryFile:
			regs = append(regs, file{s.Abs, s.Name, s.Hash})
			b.regSources = append(b.regSources, s)
		}
	}
	cal := filepath.Join(root, load.CalendarFile)
	if h := hashFile(cal); h != "" {
		b.files = append(b.files, file{cal, load.DisplayName(cal, baseDir), h})
	}
	b.files = append(b.files, regs...)
	for _, f := range b.files {
		b.names[f.name] = true
	}
	for _, d := range res.Diags {
		if b.names[d.Pos.File] {
			b.diags = append(b.diags, d)
		}
	}
	return b
}

// baseFromDisk loads the repository-level files the scan found.
func (r *run) baseFromDisk() (*base, error) {
	b := &base{names: map[string]bool{}, files: r.t.level, cal: calendar.New()}
	for _, f := range r.t.level {
		b.names[f.name] = true
		switch filepath.Base(f.abs) {
		case load.RootFile:
			src, _, err := load.File(f.abs, r.opt.Base, &b.config)
			if err != nil {
				return nil, err
			}
			b.configSrc = src
			r.unstable = r.unstable || src.Hash != f.hash
		case load.CalendarFile:
			if data, err := os.ReadFile(f.abs); err == nil {
				if c, err := calendar.Parse(data, f.name); err == nil {
					b.cal = c
				}
			}
		case load.RegistryFile:
			reg := &plan.Registry{}
			src, _, err := load.File(f.abs, r.opt.Base, reg)
			if err != nil {
				return nil, err
			}
			b.registries = append(b.registries, reg)
			b.regSources = append(b.regSources, src)
			r.unstable = r.unstable || src.Hash != f.hash
		}
	}
	return b, nil
}

// repo is the repository of the needed plans: the registries and config
// for lookups, but only the plans' sources and load findings, since
// findings in repository-level files come from checkLevel.
func (b *base) repo(plans []*planState, need map[int]bool) (*plan.Repo, []diag.Diagnostic) {
	repo := &plan.Repo{Config: b.config, Registries: b.registries}
	var diags []diag.Diagnostic
	for i, p := range plans {
		if need[i] {
			repo.Plans = append(repo.Plans, p.loaded.plan)
			repo.Sources = append(repo.Sources, p.loaded.sources...)
			diags = append(diags, p.loaded.diags...)
		}
	}
	repo.Index()
	return repo, diags
}

// checkLevel finds the findings in the repository-level files, which
// depend on those files alone.
func (r *run) checkLevel(b *base) (unit, bool) {
	repo := &plan.Repo{Config: b.config, Registries: b.registries}
	if b.configSrc != nil {
		repo.Sources = append(repo.Sources, b.configSrc)
	}
	repo.Sources = append(repo.Sources, b.regSources...)
	repo.Index()
	u := unit{}
	for _, s := range repo.Sources {
		u.Sources = append(u.Sources, s.Name)
	}
	ok := true
	for _, d := range check.Run(repo, b.diags, r.planOptions(b.cal, b.config.ReportGap)) {
		if b.names[d.Pos.File] {
			u.Findings = append(u.Findings, toFindings([]diag.Diagnostic{d})...)
		} else {
			ok = false
		}
	}
	return u, ok
}

// templates checks the layout templates the plans use. Only the template
// names matter, so a stand-in plan per (template, issuer) pair gives the
// names the whole repository would; findings elsewhere are the stand-ins'
// and are dropped. It runs every time: a few small files.
func (r *run) templates(b *base, plans []*planState) []diag.Diagnostic {
	dir := r.opt.Check.TemplatesDir
	if dir == "" {
		return nil
	}
	repo := &plan.Repo{Registries: b.registries}
	seen := map[[2]string]bool{}
	for _, p := range plans {
		k := [2]string{p.meta.Template, p.meta.Issuer}
		if !seen[k] {
			seen[k] = true
			repo.Plans = append(repo.Plans, &plan.Plan{Template: k[0], Issuer: k[1]})
		}
	}
	repo.Index()
	opt := r.planOptions(b.cal, 0)
	opt.TemplatesDir = dir
	prefix := load.DisplayName(dir, r.opt.Base) + "/"
	var out []diag.Diagnostic
	for _, d := range check.Run(repo, nil, opt) {
		if strings.HasPrefix(d.Pos.File, prefix) {
			out = append(out, d)
		}
	}
	return out
}

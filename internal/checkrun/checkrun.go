// Package checkrun is kh check over the paths a user names. Each
// repository is opened once; its plans are read and checked one at a time
// on every core (or taken from the cache), so only a few plans' models are
// in memory at once; the rules across plans then run over the plans'
// index entries. What is reported is what lies in the named paths, or
// only in the plans a git change touches (--changed), with the as-of
// agenda. The command keeps flags and output; everything it decides is
// here.
package checkrun

import (
	"fmt"
	"github.com/kh-tools/kh/internal/cache"
	"github.com/kh-tools/kh/internal/changed"
	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/parallel"
	"os"
	"path/filepath"
)

// Options configure a run.
type Options struct {
	// Check carries NoSuppress and AsOf; the calendar, the report gap, the
	// templates and the base folder are set per repository.
	Check check.Options
	// Base is the folder file names are shown relative to (the working
	// directory).
	Base string
	// Cache keeps and reuses per-plan results in CacheDir ("" for
	// cache.Dir()); Version is the kh version, part of every key.
	Cache    bool
	CacheDir string
	Version  string
	// Changed, a git revision, limits the report to the plans touched
	// since it and the plans depending on them.
	Changed string
	// TemplatesDir tells where a repository keeps its layout templates;
	// nil checks none.
	TemplatesDir func(root string) string
	// Workers bounds the plans checked at once; 0 means one per core.
	Workers int
	// Progress, if set, is called as plans are checked.
	Progress func(done, total int)
}

// Report is the outcome of a run.
type Report struct {
	// Diags are the findings in the named paths, sorted, suppressions
	// applied.
	Diags []diag.Diagnostic
	// Agenda is the as-of listing of the named plans (Check.AsOf set).
	Agenda []check.AgendaItem
	// Files and Plans count what was checked in the named paths.
	Files, Plans int
	Stats        Stats
}

// Stats tell how much of a run came from the cache.
type Stats struct {
	Plans, Hits int
}

// Run checks the repositories holding paths (files or folders, each
// inside a repository with kho.yaml; a path outside one is a
// *load.PathError).
func Run(paths []string, opt Options) (*Report, error) {
	targets, err := load.Group(paths, load.Options{Base: opt.Base})
	if err != nil {
		return nil, err
	}
	out := &Report{}
	for _, t := range targets {
		res, err := checkRepo(t.Root, opt)
		if err != nil {
			return nil, err
		}
		if err := res.report(t, opt, out); err != nil {
			return nil, err
		}
	}
	diag.Sort(out.Diags)
	check.SortAgenda(out.Agenda)
	return out, nil
}

// result is one repository checked.
type result struct {
	root  string
	repo  *load.Repository
	units []*check.Unit
	diags []diag.Diagnostic
	stats Stats
}

// checkRepo checks every plan of the repository at root.
func checkRepo(root string, opt Options) (*result, error) {
	fsys, err := load.DirFS(root)
	if err != nil {
		return nil, err
	}
	display := load.DisplayName(root, opt.Base)
	r, err := load.Open(fsys, load.Options{Base: opt.Base, Dir: root, Prefix: display, Workers: opt.Workers})
	if err != nil {
		return nil, err
	}
	copt := opt.Check.InRepo(r.Calendar, r.Config)
	copt.Base = opt.Base
	if opt.TemplatesDir != nil {
		copt.TemplatesDir = opt.TemplatesDir(root)
	}
	env := check.NewEnv(r.Index(), copt)
	var c *cache.Cache
	if opt.Cache {
		if c, err = cache.Open(opt.CacheDir, root, fsys, cache.Salt(opt.Version, display, copt, levelFiles(r))); err != nil {
			return nil, err
		}
		for name, h := range r.Hashes {
			c.Record(name, h)
		}
	}
	res := &result{root: root, repo: r}
	if c == nil {
		res.units, _ = checkPlans(r, env, nil, nil, opt)
		res.diags = env.Finish(res.units, env.Level(r.Diags))
	} else {
		res.diags = res.cached(r, env, c, crossInputs(copt, r), opt)
	}
	res.stats.Plans = len(res.units)
	return res, nil
}

// planRun is one plan's result in a run.
type planRun struct {
	unit *check.Unit
	hash string
	deps []cache.File
	// snap is the plan's entry of the last snapshot, when the plan and
	// its files are unchanged since.
	snap *cache.SnapPlan
	hit  bool
}

// checkPlans checks every plan of r on every core, taking what it can
// from the cache c and the last snapshot snap when c is set.
func checkPlans(r *load.Repository, env *check.Env, c *cache.Cache, snap *cache.Snapshot, opt Options) ([]*check.Unit, []planRun) {
	names := r.Layout.Plans
	runs := make([]planRun, len(names))
	var progress func(int)
	if opt.Progress != nil {
		progress = func(done int) { opt.Progress(done, len(names)) }
	}
	parallel.Each(len(names), opt.Workers, func(i int) {
		records := r.Layout.Records[load.PlanDir(names[i])]
		if sp := snap.Plan(names[i]); sp != nil && c.Current(names[i], sp, records) {
			runs[i] = planRun{unit: sp.Unit, hash: sp.Hash, deps: sp.Deps, snap: sp, hit: true}
			return
		}
		runs[i] = checkPlan(r, env, c, names[i], records)
	}, progress)
	units := make([]*check.Unit, len(runs))
	for i := range runs {
		units[i] = runs[i].unit
	}
	return units, runs
}

// cached finishes a cached run. When no plan's index entry changed since
// the last run and nothing else the rules across plans read did, their
// findings are reused and only the changed plans' suppressions are applied
// again; otherwise every plan's unit is taken whole and the rules across
// plans run.
func (res *result) cached(r *load.Repository, env *check.Env, c *cache.Cache, crossKey string, opt Options) []diag.Diagnostic {
	snap := c.Snapshot()
	if snap != nil && (snap.Cross != crossKey || opt.Changed != "") {
		snap = nil // --changed reads every plan's index entry
	}
	units, runs := checkPlans(r, env, c, snap, opt)
	res.units = units
	sums := make([]string, len(runs))
	reuse := snap != nil && len(snap.Plans) == len(runs)
	changed := !reuse
	for i, pr := range runs {
		if pr.hit {
			res.stats.Hits++
		}
		if pr.snap != nil {
			sums[i] = pr.snap.Sum
			continue
		}
		changed = true
		sums[i] = cache.SummaryHash(pr.unit.Index)
		old := snap.Plan(r.Layout.Plans[i])
		reuse = reuse && old != nil && old.Sum == sums[i]
	}
	level := env.Level(r.Diags)
	next := &cache.Snapshot{Cross: crossKey, Plans: map[string]*cache.SnapPlan{}}
	var all []diag.Diagnostic
	if reuse {
		next.Loose = snap.Loose
		all = append(append(all, level...), snap.Loose...)
		for i, pr := range runs {
			old := snap.Plan(r.Layout.Plans[i])
			final := old.Final
			if pr.snap == nil {
				final = env.Final(pr.unit, old.Cross)
			}
			next.Plans[r.Layout.Plans[i]] = snapPlan(pr, sums[i], old.Cross, final)
			all = append(all, final...)
		}
		diag.Sort(all)
	} else {
		for i, pr := range runs {
			if pr.snap != nil {
				// The snapshot keeps no index entry: take the plan's unit.
				runs[i] = wholeUnit(r, env, c, r.Layout.Plans[i])
				units[i] = runs[i].unit
			}
		}
		out := env.FinishDetail(units, level)
		next.Loose = out.Loose
		for i, pr := range runs {
			next.Plans[r.Layout.Plans[i]] = snapPlan(pr, sums[i], out.Cross[i], out.Final[i])
		}
		all = out.All
	}
	if changed {
		c.SaveSnapshot(next)
	}
	c.Close()
	return all
}

// wholeUnit is the plan's unit with its index entry: from the cache, or
// checked again.
func wholeUnit(r *load.Repository, env *check.Env, c *cache.Cache, name string) planRun {
	pr := checkPlan(r, env, c, name, r.Layout.Records[load.PlanDir(name)])
	pr.hit = true
	return pr
}

func snapPlan(pr planRun, sum string, cross, final []diag.Diagnostic) *cache.SnapPlan {
	u := *pr.unit
	u.Index = nil
	return &cache.SnapPlan{Hash: pr.hash, Deps: pr.deps, Sum: sum, Unit: &u, Cross: cross, Final: final}
}

// crossInputs is the hash of what the rules across plans read besides the
// index entries: the options applied after the cache, the calendar and the
// layout templates.
func crossInputs(opt check.Options, r *load.Repository) string {
	parts := []string{fmt.Sprint(opt.NoSuppress), opt.TemplatesDir, r.Hashes[r.Layout.Calendar]}
	if opt.TemplatesDir != "" {
		files, _ := filepath.Glob(filepath.Join(opt.TemplatesDir, "*.yaml"))
		for _, f := range files {
			data, _ := os.ReadFile(f)
			parts = append(parts, f, string(data))
		}
	}
	return cache.Key(parts...)
}

// checkPlan checks the plan file name, or takes its unit from the cache;
// the plan's model is dropped on return.
func checkPlan(r *load.Repository, env *check.Env, c *cache.Cache, name string, records []string) planRun {
	if c != nil {
		if u, h, deps, ok := c.Lookup(name, records); ok {
			return planRun{unit: u, hash: h, deps: deps, hit: true}
		}
	}
	l := r.LoadPlan(name)
	var u *check.Unit
	if l.Plan != nil {
		u = env.Plan(l.Plan, l.Sources, l.Diags)
	} else {
		u = &check.Unit{File: r.Display(name), Findings: l.Diags}
		for _, s := range l.Sources {
			u.Sources = append(u.Sources, s.Name)
		}
	}
	pr := planRun{unit: u}
	for _, f := range l.Read {
		pr.deps = append(pr.deps, cache.File{Name: f.Name, Hash: f.Hash})
	}
	if len(l.Sources) > 0 {
		pr.hash = l.Sources[0].Hash
		if c != nil {
			c.Store(name, pr.hash, pr.deps, u)
		}
	}
	return pr
}

// levelFiles are the repository-level files the plans' rules read, with
// their hashes: each plan's cached findings depend on them.
func levelFiles(r *load.Repository) []cache.File {
	reads := check.PlanReads()
	var out []cache.File
	add := func(name string) {
		if name != "" {
			out = append(out, cache.File{Name: name, Hash: r.Hashes[name]})
		}
	}
	if reads&check.Settings != 0 {
		add(r.Layout.Config)
	}
	if reads&check.WorkingDays != 0 {
		add(r.Layout.Calendar)
	}
	if reads&check.Registries != 0 {
		for _, name := range r.Layout.Registries {
			add(name)
		}
	}
	return out
}

// report adds to out what lies in the target's named paths (and, with
// --changed, in the plans the change touches).
func (res *result) report(t *load.Target, opt Options, out *Report) error {
	units := res.units
	diags := t.Filter(res.diags)
	if opt.Changed != "" {
		var err error
		if units, diags, err = res.onlyChanged(t, opt, diags); err != nil {
			return err
		}
	}
	for _, s := range res.repo.Sources {
		if t.Selected(s.Name) {
			out.Files++
		}
	}
	for _, u := range units {
		if !t.Selected(u.File) {
			continue
		}
		out.Plans++
		out.Files += len(u.Sources)
		for _, it := range u.Agenda {
			if t.Selected(it.Pos.File) {
				out.Agenda = append(out.Agenda, it)
			}
		}
	}
	out.Diags = append(out.Diags, diags...)
	out.Stats.Plans += res.stats.Plans
	out.Stats.Hits += res.stats.Hits
	return nil
}

// onlyChanged keeps the plans touched since the revision and the plans
// that depend on them, and their findings.
func (res *result) onlyChanged(t *load.Target, opt Options, diags []diag.Diagnostic) ([]*check.Unit, []diag.Diagnostic, error) {
	c, err := changed.Since(opt.Base, opt.Changed, res.root)
	if err != nil {
		return nil, nil, err
	}
	plans := make([]changed.Plan, len(res.units))
	for i, u := range res.units {
		plans[i] = changed.FromUnit(u)
	}
	touched := c.Touched(plans, res.repo.Registries, t.Base())
	var units []*check.Unit
	for _, i := range touched {
		units = append(units, res.units[i])
	}
	return units, c.Filter(plans, t.Base(), touched, diags), nil
}

// Package cache makes kh check fast on large repositories. Findings are
// stored per plan under a key that hashes everything they can depend on:
// the kh version, the rule catalogue, the check options, the
// repository-level files (kho.yaml, the calendar, every registry), the
// plan's own files (with its progress records) and the files of the plans
// its rules read (see dependencies). A warm run hashes every file, loads
// and checks only the plans whose key missed together with what they read,
// and takes the rest from the cache. A cold run checks the plans in
// parallel shards the same way. Either way the output is that of one
// check.Run over the whole repository.
package cache

import (
	"runtime"
	"strconv"
	"time"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
)

// Options configure a cached check.
type Options struct {
	// Version is the kh version; a new version invalidates everything.
	Version string
	// Dir is the cache folder; "" means Dir().
	Dir string
	// Base is the folder file names are shown relative to, as in
	// load.Options.
	Base string
	// Check carries NoSuppress, AsOf and TemplatesDir. Calendar,
	// ReportGap and Base are set from the repository and Base above, as
	// kh check does. A run with Progress set is not cached: an outside
	// progress source is not part of the key.
	Check check.Options
}

// Stats tell how much a run took from the cache.
type Stats struct {
	Plans  int
	Hits   int // plans whose findings came from the cache
	Misses int // plans loaded and checked in this run
	// Whole is set when the repository was loaded whole: a first run, or
	// a change of version, rules, options, registry, kho.yaml or calendar.
	Whole bool
}

// Result is the outcome of Check.
type Result struct {
	// Diags are sorted and have suppressions applied, as check.Run returns
	// them.
	Diags []diag.Diagnostic
	// Files are the display names of every file the loader reads and
	// PlanFiles those of the plans, for the summary counts.
	Files     []string
	PlanFiles []string
	Stats     Stats
}

// Check checks the repository at root (as found by load.FindRoot), using
// and refreshing the cache. Cache write failures are not errors: they only
// cost a later miss.
func Check(root string, opt Options) (*Result, error) {
	if opt.Dir == "" {
		dir, err := Dir()
		if err != nil {
			return nil, err
		}
		opt.Dir = dir
	}
	opt.Check.Base = opt.Base
	r := &run{root: root, opt: opt, st: store{opt.Dir}}
	if opt.Check.Progress != nil {
		return r.uncached(nil)
	}
	r.idx = loadStatIndex(r.st, root)
	started := time.Now()
	t, err := scan(root, opt.Base, r.idx)
	if err != nil {
		return nil, err
	}
	defer r.idx.save(r.st, root, started)
	r.t = t
	r.salt = r.saltOf(t.level)
	var level unit
	if !r.st.get("repo", r.salt, &level) {
		return r.whole()
	}
	if level.Opaque {
		return r.uncached(nil)
	}
	return r.incremental(level)
}

// rulesHash is a variable so tests can stand in a changed rule catalogue.
var rulesHash = RulesHash

// run holds one Check call's state.
type run struct {
	root string
	opt  Options
	st   store
	idx  *statIndex
	t    *tree
	salt string
	// unstable is set when a file changed while the run read it; the run
	// then stores nothing.
	unstable bool
}

// saltOf hashes what every entry depends on. With an as-of day the listing
// of a plan reads every plan's progress records, so all of them count.
func (r *run) saltOf(level []file) string {
	h := newHasher("salt").add(r.opt.Version, rulesHash(), strconv.FormatBool(r.opt.Check.NoSuppress))
	if !r.opt.Check.AsOf.IsZero() {
		h.add(r.opt.Check.AsOf.Format(time.DateOnly))
		for _, p := range r.t.plans {
			for _, f := range r.t.records[dirOf(p)] {
				h.add(f.name, f.hash)
			}
		}
	}
	for _, f := range level {
		h.add(f.name, f.hash)
	}
	return h.sum()
}

// planOptions are the options of a check over plans: templates are checked
// apart (see templates), because their findings belong to no plan.
func (r *run) planOptions(cal check.Calendar, gap int) check.Options {
	opt := r.opt.Check
	opt.Calendar, opt.TemplatesDir = cal, ""
	if gap > 0 {
		opt.ReportGap = gap
	}
	return opt
}

// uncached is one check.Run over the whole repository, for what the cache
// cannot model; res is the repository if it is loaded already.
func (r *run) uncached(res *load.Result) (*Result, error) {
	if res == nil {
		var err error
		if res, err = load.Repo(r.root, load.Options{Base: r.opt.Base}); err != nil {
			return nil, err
		}
	}
	opt := r.planOptions(res.Calendar, res.Repo.Config.ReportGap)
	opt.TemplatesDir = r.opt.Check.TemplatesDir
	out := &Result{Diags: check.Run(res.Repo, res.Diags, opt), Stats: Stats{Plans: len(res.Repo.Plans), Misses: len(res.Repo.Plans), Whole: true}}
	for _, s := range res.Repo.Sources {
		out.Files = append(out.Files, s.Name)
	}
	for _, p := range res.Repo.Plans {
		out.PlanFiles = append(out.PlanFiles, p.Pos.File)
	}
	return out, nil
}

// whole loads the entire repository, checks its plans in parallel shards
// and stores every unit.
func (r *run) whole() (*Result, error) {
	res, err := load.Repo(r.root, load.Options{Base: r.opt.Base})
	if err != nil {
		return nil, err
	}
	b := baseOf(res, r.root, r.opt.Base)
	r.salt = r.saltOf(b.files)
	plans := make([]*planState, len(res.Repo.Plans))
	for i, p := range res.Repo.Plans {
		plans[i] = fromLoaded(p, res.Diags, r.opt.Base, r.t.records)
	}
	if sharesFiles(plans) {
		r.st.put("repo", r.salt, unit{Opaque: true})
		return r.uncached(res)
	}
	level, ok := r.checkLevel(b)
	deps := dependencies(metasOf(plans))
	all := make([]int, len(plans))
	for i := range all {
		all[i] = i
	}
	units, shardsOK := r.checkShards(b, plans, deps, all)
	if !ok || !shardsOK {
		r.st.put("repo", r.salt, unit{Opaque: true})
		return r.uncached(res)
	}
	each(len(plans), func(i int) {
		r.st.put("meta", metaKey(r.opt.Version, plans[i].file), plans[i].meta)
		r.st.put("plan", r.planKey(plans, deps, i), units[i])
	})
	r.st.put("repo", r.salt, level)
	out := r.assemble(b, level, plans, units, len(plans))
	out.Stats.Whole = true
	return out, nil
}

// checkShards checks the target plans in one shard per core, each shard a
// repository of its plans plus the plans they read, and returns each
// target's unit. It reports false when a finding fell outside every known
// file, which only a whole check.Run can place.
func (r *run) checkShards(b *base, plans []*planState, deps [][]int, targets []int) ([]unit, bool) {
	units := make([]unit, len(plans))
	shards := min(runtime.GOMAXPROCS(0), len(targets))
	oks := make([]bool, shards)
	each(shards, func(s int) {
		lo, hi := s*len(targets)/shards, (s+1)*len(targets)/shards
		oks[s] = r.checkSubset(b, plans, deps, targets[lo:hi], units)
	})
	for _, ok := range oks {
		if !ok {
			return nil, false
		}
	}
	return units, true
}

// checkSubset runs the rules over targets and the plans they read, and
// fills the targets' units.
func (r *run) checkSubset(b *base, plans []*planState, deps [][]int, targets []int, units []unit) bool {
	need := map[int]bool{}
	for _, i := range targets {
		need[i] = true
		for _, j := range deps[i] {
			need[j] = true
		}
	}
	repo, loadDiags := b.repo(plans, need)
	ds := check.Run(repo, loadDiags, r.planOptions(b.cal, b.config.ReportGap))
	owner := map[string]int{}
	known := map[string]bool{}
	for i := range need {
		for _, name := range plans[i].files() {
			known[name] = true
		}
	}
	for _, i := range targets {
		units[i] = unit{Sources: plans[i].meta.Sources}
		for _, name := range plans[i].files() {
			owner[name] = i
		}
	}
	ok := true
	for _, d := range ds {
		if i, mine := owner[d.Pos.File]; mine {
			units[i].Findings = append(units[i].Findings, toFindings([]diag.Diagnostic{d})...)
		} else if !known[d.Pos.File] && !b.names[d.Pos.File] {
			ok = false
		}
	}
	return ok
}

// planKey is the key of plan i's findings.
func (r *run) planKey(plans []*planState, deps [][]int, i int) string {
	h := newHasher("plan").add(r.salt, plans[i].name, plans[i].content())
	for _, j := range deps[i] {
		h.add(plans[j].name, plans[j].content())
	}
	return h.sum()
}

func metaKey(version string, f file) string {
	return newHasher("meta").add(version, f.name, f.hash).sum()
}

func metasOf(plans []*planState) []meta {
	out := make([]meta, len(plans))
	for i, p := range plans {
		out[i] = p.meta
	}
	return out
}

// sharesFiles reports whether two plans read one file: its findings could
// not be given to either.
func sharesFiles(plans []*planState) bool {
	seen := map[string]bool{}
	for _, p := range plans {
		for _, name := range p.files() {
			if seen[name] {
				return true
			}
			seen[name] = true
		}
	}
	return false
}

// assemble merges the units and the template findings into the result an
// uncached run gives.
func (r *run) assemble(b *base, level unit, plans []*planState, units []unit, misses int) *Result {
	out := &Result{Stats: Stats{Plans: len(plans), Hits: len(plans) - misses, Misses: misses}}
	out.Files = append(out.Files, level.Sources...)
	out.Diags = fromFindings(level.Findings)
	for i, p := range plans {
		out.PlanFiles = append(out.PlanFiles, p.name)
		out.Files = append(out.Files, units[i].Sources...)
		out.Diags = append(out.Diags, fromFindings(units[i].Findings)...)
	}
	out.Diags = append(out.Diags, r.templates(b, plans)...)
	diag.Sort(out.Diags)
	return out
}

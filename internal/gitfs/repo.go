package gitfs

import (
	"path"
	"slices"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

// Repo decodes the commit's agency registries and the plans under prefix (a
// folder or file relative to the top level, "" for the whole commit) into a
// plan model, as load.Repo does from disk. Every registry is read, whatever
// the prefix, because a plan names agencies registered above its folder.
// File names in the model and in the diagnostics are top-level relative.
func (t *Tree) Repo(prefix string) (*plan.Repo, []diag.Diagnostic, error) {
	prefix = t.planPrefix(strings.Trim(path.Clean("/"+prefix), "/"))
	var regs, plans []string
	for _, f := range t.Files {
		switch path.Base(f) {
		case load.RegistryFile:
			regs = append(regs, f)
		case load.PlanFile:
			if under(f, prefix) {
				plans = append(plans, f)
			}
		}
	}
	data, err := t.ReadFiles(append(slices.Clone(regs), plans...))
	if err != nil {
		return nil, nil, err
	}
	repo := &plan.Repo{}
	var diags []diag.Diagnostic
	for _, name := range regs {
		reg := &plan.Registry{}
		if diags, err = decode(repo, diags, data[name], name, reg); err != nil {
			return nil, nil, err
		}
		repo.Registries = append(repo.Registries, reg)
	}
	for _, name := range plans {
		p := &plan.Plan{Dir: path.Dir(name)}
		if diags, err = decode(repo, diags, data[name], name, p); err != nil {
			return nil, nil, err
		}
		ds, err := t.appendices(repo, p)
		if err != nil {
			return nil, nil, err
		}
		diags = append(diags, ds...)
		repo.Plans = append(repo.Plans, p)
	}
	repo.Index()
	return repo, diags, nil
}

// planPrefix widens a prefix naming an appendix file to its plan folder, so
// any file of a plan selects the plan.
func (t *Tree) planPrefix(prefix string) string {
	if prefix == "" || path.Base(prefix) == load.PlanFile || !slices.Contains(t.Files, prefix) {
		return prefix
	}
	return path.Dir(prefix)
}

func under(name, prefix string) bool {
	return prefix == "" || name == prefix || strings.HasPrefix(name, prefix+"/")
}

// appendices reads p's phu_luc files in their listed order, which gives their
// numbers; a listed file the commit lacks is reported as load does (KH016).
func (t *Tree) appendices(repo *plan.Repo, p *plan.Plan) ([]diag.Diagnostic, error) {
	var names []string
	var diags []diag.Diagnostic
	for i, n := range p.AppendixFiles {
		name := path.Join(p.Dir, n)
		if !slices.Contains(t.Files, name) {
			loc := p.Index("phu_luc", i)
			diags = append(diags, diag.New("KH016", loc.Pos, loc.Path, n))
			continue
		}
		names = append(names, name)
	}
	data, err := t.ReadFiles(names)
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		a := &plan.Appendix{Plan: p}
		if diags, err = decode(repo, diags, data[name], name, a); err != nil {
			return nil, err
		}
		p.Appendices = append(p.Appendices, a)
	}
	return diags, nil
}

// decode fills v from one file's content, records the file as a source of
// repo and appends the file's findings to diags.
func decode(repo *plan.Repo, diags []diag.Diagnostic, data []byte, name string, v any) ([]diag.Diagnostic, error) {
	src, ds, err := load.Bytes(data, name, name, v)
	if err != nil {
		return nil, err
	}
	repo.Sources = append(repo.Sources, src)
	return append(diags, ds...), nil
}

package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/plan"
)

// sourceGuard knows what kh reads in the repositories of a run, so that no
// output (--output, --out, forms) lands on a source or inside a plan's
// folder: `kh check --output text=plans/kho.yaml` once replaced the
// repository settings with a report.
type sourceGuard struct {
	// base is the working directory, which messages show paths from.
	base  string
	roots []string
	// files maps the real path of every file kh reads to its role.
	files map[string]*msg.Message
	// dirs are plan folders and template folders, real paths.
	dirs []string
}

// guardRoots discovers the files of the repositories at roots. Discovery
// only lists files; a repository that cannot be listed adds nothing (its
// own command reports why).
func guardRoots(base string, roots ...string) *sourceGuard {
	g := &sourceGuard{base: realPath(base), files: map[string]*msg.Message{}}
	for _, root := range roots {
		g.addRoot(root)
	}
	return g
}

func (g *sourceGuard) addRoot(root string) {
	root = realPath(root)
	g.roots = append(g.roots, root)
	g.dirs = append(g.dirs, realPath(repoDir(root, "templates")))
	fsys, err := load.DirFS(root)
	if err != nil {
		return
	}
	l, err := load.Discover(fsys)
	if err != nil {
		return
	}
	add := func(name string, role *msg.Message) {
		g.files[filepath.Join(root, filepath.FromSlash(name))] = role
	}
	if l.Config != "" {
		add(l.Config, msg.RoleConfigName)
	}
	if l.Calendar != "" {
		add(l.Calendar, msg.RoleCalendarName)
	}
	for _, r := range l.Registries {
		add(r, msg.RoleRegistryName)
	}
	for _, p := range l.Plans {
		add(p, msg.RolePlanName)
		g.dirs = append(g.dirs, filepath.Join(root, filepath.FromSlash(load.PlanDir(p))))
	}
	for _, rs := range l.Records {
		for _, r := range rs {
			add(r, msg.RoleRecordName)
		}
	}
}

// addPlans adds the appendix files of loaded plans, which may lie outside
// their plan's folder.
func (g *sourceGuard) addPlans(base string, plans []*plan.Plan) {
	for _, p := range plans {
		for _, a := range p.Appendices {
			if a.Src != nil {
				g.files[realPath(absIn(base, a.Src.Name))] = msg.RoleAppendixName
			}
		}
	}
}

// file refuses a report file that is a source, lies in a plan or template
// folder, or is a .yaml file inside a repository (kh would read it next).
func (g *sourceGuard) file(shown, path string) error {
	real := realPath(path)
	if role, ok := g.files[real]; ok {
		return usage(msg.OutputIsSource.Error(shown, role.Text()))
	}
	if err := g.dir(shown, filepath.Dir(path)); err != nil {
		return err
	}
	if ext := strings.ToLower(filepath.Ext(real)); ext == ".yaml" || ext == ".yml" {
		for _, root := range g.roots {
			if outpath.Inside(root, real) {
				return usage(msg.OutputYAMLInRepo.Error(shown, g.shown(root)))
			}
		}
	}
	return nil
}

// dir refuses an output folder that is, or lies inside, a plan or template
// folder.
func (g *sourceGuard) dir(shown, path string) error {
	real := realPath(path)
	for _, d := range g.dirs {
		if outpath.Inside(d, real) {
			return usage(msg.OutputInPlan.Error(shown, g.shown(d)))
		}
	}
	return nil
}

// shownPath is path relative to the working directory when below it, as
// every message shows files.
func (g *sourceGuard) shown(path string) string {
	if rel, err := filepath.Rel(g.base, path); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(path)
}

// realPath resolves the symlinks of the longest existing part of path, so
// a link or "a/../b" cannot disguise a source.
func realPath(path string) string {
	path = filepath.Clean(path)
	rest := ""
	for p := path; ; p = filepath.Dir(p) {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(r, rest)
		} else if !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, os.ErrNotExist) {
			return path
		}
		if filepath.Dir(p) == p {
			return path
		}
		rest = filepath.Join(filepath.Base(p), rest)
	}
}

// argRoots are the repository roots of the paths a command was given, for
// the guard; a path outside every repository is left to the command.
func argRoots(s *IO, args []string) []string {
	args, err := pathArgs(s, args)
	if err != nil {
		return nil
	}
	wd, err := s.Getwd()
	if err != nil {
		return nil
	}
	var roots []string
	for _, a := range args {
		if root, err := load.Root(absIn(wd, a)); err == nil {
			roots = append(roots, root)
		}
	}
	return roots
}

// targetRoots are the roots of loaded targets.
func targetRoots(ts []*load.Target) []string {
	var roots []string
	for _, t := range ts {
		roots = append(roots, t.Root)
	}
	return roots
}

// checkOutputs refuses --output files that are sources, or one file named
// twice.
func checkOutputs(s *IO, args []string, outputs []output) error {
	if len(outputs) == 0 {
		return nil
	}
	wd := mustWd(s)
	g := guardRoots(wd, argRoots(s, args)...)
	seen := map[string]bool{}
	for _, o := range outputs {
		abs := realPath(absIn(wd, o.path))
		if seen[abs] {
			return usage(msg.OutputTwice.Error(o.path))
		}
		seen[abs] = true
		if err := g.file(o.path, abs); err != nil {
			return err
		}
	}
	return nil
}

package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/difftable"
	"github.com/kh-tools/kh/internal/gitfs"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/semdiff"
)

type diffOptions struct {
	format    string
	exitCode  bool
	short     bool
	out       string
	templates string
}

// tableFormats are the formats of the comparison table, written to files.
var tableFormats = map[string]func(io.Writer, *difftable.Table, *layout.Template) error{
	"xlsx": func(w io.Writer, t *difftable.Table, _ *layout.Template) error { return difftable.WriteXLSX(w, t) },
	"pdf":  difftable.WritePDF,
	"docx": difftable.WriteDOCX,
}

func newDiffCmd(s *IO, g *globals) *cobra.Command {
	o := &diffOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseDiff),
		Short: g.t(msg.CmdDiff),
		Long:  g.t(msg.CmdDiffLong),
		Args:  minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDiff(s, g, o, args, cmd.ArgsLenAtDash())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "text", g.t(msg.FlagDiffFormat))
	f.BoolVar(&o.exitCode, "exit-code", false, g.t(msg.FlagDiffExitCode))
	f.BoolVar(&o.short, "short", false, g.t(msg.FlagDiffShort))
	f.StringVar(&o.out, "out", "out", g.t(msg.FlagDiffOut))
	f.StringVar(&o.templates, "templates", "", g.t(msg.FlagDiffTemplates))
	return cmd
}

func runDiff(s *IO, g *globals, o *diffOptions, args []string, dash int) error {
	lang := g.lang
	if _, table := tableFormats[o.format]; !table && o.format != "text" && o.format != "markdown" && o.format != "json" {
		return usage(msg.FormatUnknown.Error(o.format, "text, markdown, json, xlsx, pdf, docx"))
	}
	if tableFormats[o.format] != nil {
		if err := guardTables(s, o, args); err != nil {
			return err
		}
	}
	old, new, err := diffSides(s, args, dash)
	if err != nil {
		return err
	}
	r := semdiff.Compare(old, new)
	if tableFormats[o.format] != nil {
		err = writeTables(s, o, r, new)
	} else {
		err = writeDiff(s, o, r, lang)
	}
	if err != nil {
		return failure(err)
	}
	if o.exitCode && !r.Empty() {
		return findings
	}
	return nil
}

func writeDiff(s *IO, o *diffOptions, r *semdiff.Report, lang diag.Lang) error {
	switch o.format {
	case "json":
		return semdiff.WriteJSON(s.Out, r)
	case "markdown":
		return semdiff.WriteMarkdown(s.Out, r, lang)
	}
	return semdiff.WriteText(s.Out, r, semdiff.TextOptions{Lang: lang, Color: s.ColorOut(), Short: o.short})
}

// writeTables writes the comparison table of each changed plan as
// OUT/<plan-id>-so-sanh.<format>, atomically, and lists the files.
func writeTables(s *IO, o *diffOptions, r *semdiff.Report, new semdiff.Side) error {
	wd, err := s.Getwd()
	if err != nil {
		return err
	}
	dir := absIn(wd, o.out)
	for i := range r.Plans {
		d := &r.Plans[i]
		if d.Change != semdiff.Changed {
			continue
		}
		path, err := outpath.Join(dir, d.ID+"-so-sanh."+o.format)
		if err != nil {
			return err
		}
		tmpl, err := tableTemplate(s, o, wd, new, d.ID)
		if err != nil {
			return err
		}
		t := difftable.Build(r, d)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		write := tableFormats[o.format]
		if err := atomicfile.Write(path, 0o644, func(w io.Writer) error { return write(w, t, tmpl) }); err != nil {
			return err
		}
		fmt.Fprintln(s.Out, relTo(wd, path))
	}
	return nil
}

// guardTables refuses, before anything is read, a --out folder inside a
// plan or template folder of the repositories compared or of the one
// around the working folder.
func guardTables(s *IO, o *diffOptions, args []string) error {
	roots := argRoots(s, args)
	if root, err := repoRoot(s); err == nil {
		roots = append(roots, root)
	}
	wd := mustWd(s)
	return guardRoots(wd, roots...).dir(o.out, absIn(wd, o.out))
}

// tableTemplate is the layout template of the newer plan: from --templates,
// else the templates of the repository around the working folder, else
// the built-in one.
func tableTemplate(s *IO, o *diffOptions, wd string, new semdiff.Side, id string) (*layout.Template, error) {
	name := layout.StateName
	for _, p := range new.Plans {
		if p.ID == id && new.Repo != nil {
			name = layout.NameFor(new.Repo, p)
		}
	}
	if o.templates != "" {
		return layout.Load(absIn(wd, o.templates), name)
	}
	if root, err := repoRoot(s); err == nil {
		return layout.Load(repoDir(root, "templates"), name)
	}
	return layout.Default(name)
}

// diffSides reads both sides. Two paths on disk are compared as they are;
// otherwise the first argument names revisions (REV, REV1..REV2, A...B) and
// the rest narrow them. "--" after the revision ends it, for a folder that
// has a revision's name.
func diffSides(s *IO, args []string, dash int) (semdiff.Side, semdiff.Side, error) {
	var none semdiff.Side
	wd, err := s.Getwd()
	if err != nil {
		return none, none, failure(err)
	}
	if dash < 0 && exists(s, args[0]) {
		if len(args) != 2 {
			return none, none, usage(msg.DiffArgs.Error())
		}
		return diskSides(wd, args)
	}
	// "--" first only ends the flags; "REV -- PATH…" ends the revision.
	if dash > 1 {
		return none, none, usage(msg.DiffArgs.Error())
	}
	return gitSides(wd, args[0], args[1:])
}

func diskSides(wd string, args []string) (semdiff.Side, semdiff.Side, error) {
	var none semdiff.Side
	old, err := diskSide(wd, args[0])
	if err != nil {
		return none, none, err
	}
	new, err := diskSide(wd, args[1])
	if err != nil {
		return none, none, err
	}
	return old, new, bothHavePlans(old, new, args)
}

func bothHavePlans(old, new semdiff.Side, args []string) error {
	if len(old.Plans) == 0 && len(new.Plans) == 0 {
		return usage(msg.NoPlansAt.Error(strings.Join(args, ", ")))
	}
	return nil
}

// diskSide loads the repository around arg and keeps the plans under it; a
// file of a plan other than ke-hoach.yaml stands for its plan folder.
func diskSide(wd, arg string) (semdiff.Side, error) {
	target := arg
	if info, err := os.Stat(absIn(wd, arg)); err == nil && !info.IsDir() && load.RoleOf(filepath.Base(arg)) != load.RolePlan {
		target = filepath.Dir(arg)
	}
	targets, err := load.Targets([]string{target}, load.Options{Base: wd})
	var pe *load.PathError
	if errors.As(err, &pe) {
		return semdiff.Side{}, usage(err)
	}
	if err != nil {
		return semdiff.Side{}, failure(err)
	}
	t := targets[0]
	if err := unreadable(t.Filter(t.Diags)); err != nil {
		return semdiff.Side{}, refused(err)
	}
	side := semdiff.Side{Label: arg, Repo: t.Repo, Calendar: t.Calendar}
	for _, p := range t.Repo.Plans {
		if t.Selected(p.Pos.File) {
			side.Plans = append(side.Plans, p)
		}
	}
	return side, nil
}

// gitSides reads the two states spec names, from git objects and, for a
// lone REV, from the working tree, with the one loader, keeping the plans
// the narrowing arguments select.
func gitSides(wd, spec string, narrow []string) (semdiff.Side, semdiff.Side, error) {
	var none semdiff.Side
	top, err := gitfs.Toplevel(wd)
	switch {
	case err != nil && strings.Contains(spec, ".."):
		return none, none, failure(err)
	case err != nil:
		return none, none, usage(msg.DiffNotPathNorRepo.Error(spec))
	}
	old, new, err := openStates(top, spec)
	defer old.close()
	defer new.close()
	if err != nil {
		return none, none, err
	}
	sel, err := selection(top, wd, narrow, old.fsys, new.fsys)
	if err != nil {
		return none, none, err
	}
	var sides [2]semdiff.Side
	for i, st := range []state{old, new} {
		if sides[i], err = stateSide(st, sel); err != nil {
			return none, none, err
		}
	}
	return sides[0], sides[1], bothHavePlans(sides[0], sides[1], append([]string{spec}, narrow...))
}

// state is one side as a file system (a commit, or the working tree) with
// how the user named it.
type state struct {
	fsys  fs.FS
	rev   semdiff.Revision
	close func()
}

// openStates resolves REV (against the working tree), REV1..REV2 and A...B
// (B against the merge base of A and B). An omitted end of a range is HEAD,
// as in git. The states are closed by the caller, also on error.
func openStates(top, spec string) (old, new state, err error) {
	old.close, new.close = func() {}, func() {}
	a, b, base := spec, "", false
	if x, y, ok := strings.Cut(spec, "..."); ok {
		a, b, base = orHead(x), orHead(y), true
	} else if x, y, ok := strings.Cut(spec, ".."); ok {
		a, b = orHead(x), orHead(y)
	}
	for _, rev := range []string{a, b} {
		if err := checkRev(spec, rev); err != nil {
			return old, new, err
		}
	}
	oldRev := a
	if base {
		if oldRev, err = gitfs.MergeBase(top, a, b); err != nil {
			return old, new, failure(err)
		}
	}
	if old, err = openCommit(top, oldRev, semdiff.Revision{Name: a, MergeBase: base}); err != nil {
		return old, new, err
	}
	if b != "" {
		new, err = openCommit(top, b, semdiff.Revision{Name: b})
		return old, new, err
	}
	fsys, err := load.DirFS(top)
	if err != nil {
		return old, new, failure(err)
	}
	return old, state{fsys: fsys, rev: semdiff.Revision{Worktree: true}, close: func() {}}, nil
}

func openCommit(top, rev string, r semdiff.Revision) (state, error) {
	t, err := gitfs.Open(top, rev)
	if err != nil {
		return state{close: func() {}}, failure(err)
	}
	r.Commit, r.Date = t.Commit, t.Date.Format("2006-01-02")
	return state{fsys: t, rev: r, close: func() { t.Close() }}, nil
}

// orHead reads an omitted end of a range as HEAD, as git does.
func orHead(rev string) string {
	if rev == "" {
		return "HEAD"
	}
	return rev
}

// planSelection is what the narrowing arguments keep: plans under one of
// the paths (top-level relative) or with one of the ids; nil keeps all.
type planSelection struct {
	paths, ids []string
}

func (s *planSelection) keeps(p *plan.Plan) bool {
	if s == nil {
		return true
	}
	for _, pre := range s.paths {
		if pre == "" || under(p.Dir, pre) || under(pre, p.Dir) {
			return true
		}
	}
	for _, id := range s.ids {
		if p.ID == id {
			return true
		}
	}
	return false
}

// dir is the folder to look for the plans repository from.
func (s *planSelection) dir(fsys fs.FS) string {
	if s == nil || len(s.paths) == 0 || s.paths[0] == "" {
		return "."
	}
	d := s.paths[0]
	if info, err := fs.Stat(fsys, d); err != nil || !info.IsDir() {
		d = path.Dir(d)
	}
	return d
}

func under(name, prefix string) bool { return name == prefix || strings.HasPrefix(name, prefix+"/") }

// selection reads each narrowing argument as a path when it names a file or
// folder on disk or in either state, else as a plan id.
func selection(top, wd string, narrow []string, states ...fs.FS) (*planSelection, error) {
	if len(narrow) == 0 {
		return nil, nil
	}
	sel := &planSelection{}
	for _, arg := range narrow {
		rel, err := repoRelative(top, wd, arg)
		if err != nil {
			return nil, err
		}
		switch {
		case inStates(rel, states):
			sel.paths = append(sel.paths, rel)
		case plan.ValidID(arg):
			sel.ids = append(sel.ids, arg)
		default:
			return nil, usage(msg.DiffNoSuchPath.Error(arg))
		}
	}
	return sel, nil
}

func inStates(rel string, states []fs.FS) bool {
	if rel == "" {
		return true
	}
	for _, fsys := range states {
		if _, err := fs.Stat(fsys, rel); err == nil {
			return true
		}
	}
	return false
}

func repoRelative(top, wd, p string) (string, error) {
	// git reports the top level with symlinks resolved; so must wd be.
	if real, err := filepath.EvalSymlinks(wd); err == nil {
		wd = real
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(wd, p)
	}
	rel, err := filepath.Rel(top, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", usage(msg.DiffOutsideGit.Error(p, top))
	}
	if rel == "." {
		return "", nil
	}
	return filepath.ToSlash(rel), nil
}

// stateSide loads the plans repository of a state with the one loader, so
// the diff sees that state's registries, calendar and kho.yaml, and keeps
// the plans sel selects.
func stateSide(st state, sel *planSelection) (semdiff.Side, error) {
	rev := st.rev
	root, err := load.RootIn(st.fsys, sel.dir(st.fsys))
	if err != nil {
		return semdiff.Side{}, usage(msg.DiffAtRevision.Error(rev.Name, err))
	}
	sub, err := fs.Sub(st.fsys, root)
	if err != nil {
		return semdiff.Side{}, failure(err)
	}
	res, err := load.FS(sub, load.Options{Prefix: root})
	if err != nil {
		return semdiff.Side{}, failure(err)
	}
	side := semdiff.Side{Label: rev.Name, Rev: &rev, Repo: res.Repo, Calendar: res.Calendar}
	var dirs []string
	for _, p := range res.Repo.Plans {
		if sel.keeps(p) {
			side.Plans = append(side.Plans, p)
			dirs = append(dirs, p.Dir)
		}
	}
	var mine []diag.Diagnostic
	for _, d := range res.Diags {
		if sel.lost(d.Pos.File, dirs) {
			mine = append(mine, d)
		}
	}
	if err := unreadable(mine); err != nil {
		if rev.Worktree {
			return semdiff.Side{}, refused(msg.DiffInWorktree.Error(err))
		}
		return semdiff.Side{}, refused(msg.DiffAtRevision.Error(rev.Name, err))
	}
	return side, nil
}

// lost tells whether a finding in file concerns a plan the diff compares:
// a file of a kept plan, or a plan file that did not load in a folder the
// selection keeps (left out, it would show as a plan removed).
func (s *planSelection) lost(file string, dirs []string) bool {
	for _, dir := range dirs {
		if under(file, dir) {
			return true
		}
	}
	if load.RoleOf(file) != load.RolePlan {
		return false
	}
	if s == nil {
		return true
	}
	for _, pre := range s.paths {
		if dir := path.Dir(file); pre == "" || under(dir, pre) || under(pre, dir) {
			return true
		}
	}
	return false
}

// unreadable fails on a plan file that does not parse or an appendix that is
// missing: a diff of half a plan would report its tasks as removed. A broken
// registry only costs agency names, so it does not stop the diff.
func unreadable(ds []diag.Diagnostic) error {
	for _, d := range ds {
		if load.Unreadable(d) && load.RoleOf(d.Pos.File) != load.RoleRegistry {
			return msg.DiffUnreadable.Error(d.Pos.String(), d.Message)
		}
	}
	return nil
}

package cli

import (
	"errors"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/gitfs"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/semdiff"
)

type diffOptions struct {
	format   string
	exitCode bool
}

func newDiffCmd(s *IO, g *globals) *cobra.Command {
	o := &diffOptions{}
	cmd := &cobra.Command{
		Use:   "diff {OLD NEW | REV1..REV2 [PATH]} [--format text|markdown|json] [--exit-code]",
		Short: g.t(msg.CmdDiff),
		Long:  g.t(msg.CmdDiffLong),
		Args:  rangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDiff(s, g, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "text", g.t(msg.FlagDiffFormat))
	f.BoolVar(&o.exitCode, "exit-code", false, g.t(msg.FlagDiffExitCode))
	return cmd
}

func runDiff(s *IO, g *globals, o *diffOptions, args []string) error {
	lang := g.lang
	if o.format != "text" && o.format != "markdown" && o.format != "json" {
		return usage(msg.FormatUnknown.Error(o.format, "text, markdown, json"))
	}
	old, new, err := diffSides(s, args, lang)
	if err != nil {
		return err
	}
	r := semdiff.Compare(old, new)
	if err := writeDiff(s, o, r, lang); err != nil {
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
	return semdiff.WriteText(s.Out, r, semdiff.TextOptions{Lang: lang, Color: s.ColorOut()})
}

// diffSides reads both sides: REV1..REV2 [PATH] from git when the first
// argument is a range and not a path on disk, otherwise two paths.
func diffSides(s *IO, args []string, lang diag.Lang) (semdiff.Side, semdiff.Side, error) {
	var none semdiff.Side
	wd, err := s.Getwd()
	if err != nil {
		return none, none, failure(err)
	}
	if rev1, rev2, ok := strings.Cut(args[0], ".."); ok && !exists(s, args[0]) {
		return gitSides(wd, rev1, rev2, args[1:], lang)
	}
	if len(args) != 2 {
		return none, none, usage(msg.DiffArgs.Error())
	}
	old, err := diskSide(wd, args[0], lang)
	if err != nil {
		return none, none, err
	}
	new, err := diskSide(wd, args[1], lang)
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
func diskSide(wd, arg string, lang diag.Lang) (semdiff.Side, error) {
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
		return semdiff.Side{}, failure(err)
	}
	side := semdiff.Side{Label: arg, Repo: t.Repo, Calendar: t.Calendar}
	for _, p := range t.Repo.Plans {
		if t.Selected(p.Pos.File) {
			side.Plans = append(side.Plans, p)
		}
	}
	return side, nil
}

// gitSides reads both revisions from git objects. PATH is taken relative to
// the working directory, as git does.
func gitSides(wd, rev1, rev2 string, rest []string, lang diag.Lang) (semdiff.Side, semdiff.Side, error) {
	var none semdiff.Side
	if strings.HasPrefix(rev2, ".") || len(rest) > 1 {
		return none, none, usage(msg.DiffRange.Error())
	}
	for _, rev := range []string{rev1, rev2} {
		if err := checkRev("REV1..REV2", rev); err != nil {
			return none, none, err
		}
	}
	top, err := gitfs.Toplevel(wd)
	if err != nil {
		return none, none, failure(err)
	}
	prefix := ""
	if len(rest) == 1 {
		if prefix, err = repoRelative(top, wd, rest[0]); err != nil {
			return none, none, err
		}
	}
	old, err := gitSide(top, orHead(rev1), prefix, lang)
	if err != nil {
		return none, none, err
	}
	new, err := gitSide(top, orHead(rev2), prefix, lang)
	if err != nil {
		return none, none, err
	}
	old.Label, new.Label = orHead(rev1), orHead(rev2)
	return old, new, bothHavePlans(old, new, append([]string{rev1 + ".." + rev2}, rest...))
}

// orHead reads an omitted end of a range as HEAD, as git does.
func orHead(rev string) string {
	if rev == "" {
		return "HEAD"
	}
	return rev
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

// gitSide loads the plans repository holding prefix at revision rev with
// the one loader, so the diff sees that revision's registries, calendar and
// kho.yaml, and keeps the plans prefix names.
func gitSide(top, rev, prefix string, lang diag.Lang) (semdiff.Side, error) {
	tree, err := gitfs.Open(top, rev)
	if err != nil {
		return semdiff.Side{}, failure(err)
	}
	defer tree.Close()
	dir := prefix
	if info, err := tree.Stat(dir); dir != "" && (err != nil || !info.IsDir()) {
		dir = path.Dir(dir)
	}
	if dir == "" {
		dir = "."
	}
	root, err := load.RootIn(tree, dir)
	if err != nil {
		return semdiff.Side{}, usage(msg.DiffAtRevision.Error(rev, err))
	}
	sub, err := tree.Sub(root)
	if err != nil {
		return semdiff.Side{}, failure(err)
	}
	res, err := load.FS(sub, load.Options{Prefix: root})
	if err != nil {
		return semdiff.Side{}, failure(err)
	}
	side := semdiff.Side{Repo: res.Repo, Calendar: res.Calendar}
	for _, p := range res.Repo.Plans {
		if planUnder(p, prefix) {
			side.Plans = append(side.Plans, p)
		}
	}
	var ds []diag.Diagnostic
	for _, d := range res.Diags {
		if prefix == "" || under(d.Pos.File, prefix) || under(prefix, path.Dir(d.Pos.File)) {
			ds = append(ds, d)
		}
	}
	if err := unreadable(ds); err != nil {
		return semdiff.Side{}, failure(msg.DiffAtRevision.Error(rev, err))
	}
	return side, nil
}

// planUnder reports whether prefix selects p: it names a folder holding the
// plan, or any file of the plan's folder (an appendix stands for its plan).
func planUnder(p *plan.Plan, prefix string) bool {
	return prefix == "" || under(p.Dir, prefix) || under(prefix, p.Dir)
}

func under(name, prefix string) bool {
	return name == prefix || strings.HasPrefix(name, prefix+"/")
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

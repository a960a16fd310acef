package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/rollforward"
	"github.com/kh-tools/kh/internal/scaffold"
)

type newOptions struct {
	id, issuer, lead, title string
	year                    int
	// from is last year's plan (kh new --tu PLAN DIR).
	from string
}

func newNewCmd(s *IO, g *globals) *cobra.Command {
	o := &newOptions{}
	var kinds []string
	for _, k := range scaffold.Kinds() {
		kinds = append(kinds, fmt.Sprintf("  %-13s %s", k.Name, k.Title.In(g.lang)))
	}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseNew),
		Short: g.t(msg.CmdNew),
		Long:  g.t(msg.CmdNewLong, strings.Join(kinds, "\n")),
		Args: func(c *cobra.Command, args []string) error {
			if o.from == "" {
				return exactArgs(2)(c, args)
			}
			if len(args) == 2 {
				return usage(msg.RollKindAndFrom.Error())
			}
			return exactArgs(1)(c, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.from != "" {
				for _, name := range []string{"co-quan", "chu-tri", "nam", "trich-yeu"} {
					if cmd.Flags().Changed(name) {
						return usage(msg.RollFlagConflict.Error(name))
					}
				}
				return runNewFrom(s, g, o, args[0])
			}
			if cmd.Flags().Changed("nam") && !plan.ValidYear(o.year) {
				return usage(msg.YearOutOfRange.Error(o.year, plan.MinYear, plan.MaxYear))
			}
			return runNew(s, g, o, args[0], args[1])
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.id, "id", "", g.t(msg.FlagNewID))
	f.StringVar(&o.issuer, "co-quan", "", g.t(msg.FlagNewIssuer))
	f.StringVar(&o.lead, "chu-tri", "", g.t(msg.FlagNewLead))
	f.IntVar(&o.year, "nam", 0, g.t(msg.FlagNewYear))
	f.StringVar(&o.title, "trich-yeu", "", g.t(msg.FlagNewTitle))
	f.StringVar(&o.from, "tu", "", g.t(msg.FlagNewFrom))
	return cmd
}

func runNew(s *IO, g *globals, o *newOptions, kindName, dir string) error {
	k, ok := scaffold.Lookup(kindName)
	if !ok {
		var names []string
		for _, k := range scaffold.Kinds() {
			names = append(names, k.Name)
		}
		return usage(msg.NewKindUnknown.Error(kindName, strings.Join(names, ", ")))
	}
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	abs := absIn(wd, dir)
	p := scaffold.Params{ID: o.id, Year: o.year, Title: o.title}
	if p.ID == "" {
		p.ID = filepath.Base(abs)
	}
	if !plan.ValidID(p.ID) {
		return usage(msg.NewBadID.Error(p.ID))
	}
	if p.Year == 0 {
		p.Year = scaffold.DefaultYear(k, s.Now())
	}
	root, res, err := newRepo(filepath.Dir(abs), wd, dir)
	if err != nil {
		return err
	}
	if res.Repo.Plan(p.ID) != nil {
		return usage(msg.NewIDTaken.Error(p.ID, res.Repo.Plan(p.ID).Dir))
	}
	if err := scaffold.Resolve(res.Repo, abs, k, scaffold.Choice{Issuer: o.issuer, Lead: o.lead}, &p); err != nil {
		return usage(err)
	}
	if p.Title == "" {
		p.Title = scaffold.DefaultTitle(k, p)
	}
	p.Calendar = res.Calendar
	n, err := writePlanFolder(abs, root, func(schema string) ([]scaffold.File, error) {
		p.Schema = schema
		return scaffold.Render(repoDir(root, "templates"), k, p)
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(s.Out, g.t(msg.NewCreated, dir, k.Name, n, shellArg(dir)))
	return nil
}

// writePlanFolder writes the files render gives (told the schema folder
// relative to abs) as the new plan folder abs, in one step; a folder that
// is not empty is refused. It returns how many files it wrote.
func writePlanFolder(abs, root string, render func(schema string) ([]scaffold.File, error)) (int, error) {
	schema, err := filepath.Rel(abs, repoDir(root, "schema"))
	if err != nil {
		return 0, failure(err)
	}
	files, err := render(filepath.ToSlash(schema))
	if err != nil {
		return 0, failure(err)
	}
	if err := scaffold.Write(abs, files); err != nil {
		if errors.Is(err, msg.NewDirNotEmpty.Error("")) {
			return 0, usage(err)
		}
		return 0, failure(err)
	}
	return len(files), nil
}

// runNewFrom starts next year's plan in dir from last year's plan o.from
// (a plan folder or id of the repository dir is in), checks it and reports
// what moved, what was replaced and what was left behind.
func runNewFrom(s *IO, g *globals, o *newOptions, dir string) error {
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	abs := absIn(wd, dir)
	root, res, err := newRepo(filepath.Dir(abs), wd, dir)
	if err != nil {
		return err
	}
	old := findPlan(res.Repo, wd, o.from)
	if old == nil {
		return notRolled(s, g, res, absIn(wd, o.from), o.from)
	}
	// A plan with errors would roll forward what kh could read of it: a
	// mistyped key dropped, an unreadable appendix empty.
	if _, err := validated(s, g.lang, "new", []planGroup{{res, []*plan.Plan{old}}}, false, false); err != nil {
		return err
	}
	fromDir := old.Dir
	id := o.id
	if id == "" {
		id = rollforward.NextID(old)
	}
	if id == "" {
		id = filepath.Base(abs)
	}
	if !plan.ValidID(id) {
		return usage(msg.NewBadID.Error(id))
	}
	if other := res.Repo.Plan(id); other != nil {
		return usage(msg.NewIDTaken.Error(id, other.Dir))
	}
	r, err := rollforward.Roll(res.Repo, old, rollforward.Options{ID: id, Calendar: res.Calendar})
	if err != nil {
		return refused(err)
	}
	n, err := writePlanFolder(abs, root, r.Files)
	if err != nil {
		return err
	}
	rep := r.Report
	fmt.Fprintln(s.Out, g.t(msg.RollDone, dir, fromDir, rep.To, n))
	fmt.Fprintln(s.Out, g.t(msg.RollCounts, rep.Deadlines, rep.To, len(rep.Kept), rep.Mentions, rep.From))
	for _, rp := range rep.Replaced {
		fmt.Fprintln(s.Out, g.t(msg.RollReplaced, rp.Old, rp.New, rp.Times))
	}
	for _, id := range rep.Ended {
		fmt.Fprintln(s.Out, g.t(msg.RollEnded, id))
	}
	fmt.Fprintln(s.Out, g.t(msg.RollLeft, rep.Suppressions, rep.Printed, rep.Rounds, rep.Records, rep.Answers))
	return checkWritten(s, g, wd, dir, nil, msg.RollChecked)
}

// notRolled refuses --tu naming no plan; when the folder holds a plan file
// that does not load, its errors are shown and the refusal is exit 1.
func notRolled(s *IO, g *globals, t *load.Target, abs, shown string) error {
	var errs []diag.Diagnostic
	for _, d := range t.Diags {
		if d.Severity == diag.Error && load.RoleOf(d.Pos.File) == load.RolePlan && filepath.Clean(absIn(t.Base(), filepath.Dir(d.Pos.File))) == filepath.Clean(abs) {
			errs = append(errs, d)
		}
	}
	if len(errs) == 0 {
		return usage(msg.RollNotAPlan.Error(shown))
	}
	if err := diag.WriteText(s.Err, errs, g.lang, false); err != nil {
		return failure(err)
	}
	fmt.Fprintln(s.Err, g.t(msg.PlanHasErrorsNoForce, "new", shown, len(errs)))
	return findings
}

// findPlan finds a plan by its folder (as typed, relative to wd) or by id.
func findPlan(r *plan.Repo, wd, ref string) *plan.Plan {
	abs := filepath.Clean(absIn(wd, ref))
	for _, p := range r.Plans {
		if filepath.Clean(absIn(wd, p.Dir)) == abs {
			return p
		}
	}
	return r.Plan(ref)
}

// newRepo loads the repository that will hold a new plan in parent, which
// may not exist yet: the nearest existing ancestor decides.
func newRepo(parent, wd, shown string) (string, *load.Target, error) {
	d := parent
	for {
		if _, err := os.Stat(d); err == nil || filepath.Dir(d) == d {
			break
		}
		d = filepath.Dir(d)
	}
	root, err := load.FindRoot(d)
	if err == nil {
		_, err = os.Stat(filepath.Join(root, load.RootFile))
	}
	if err != nil {
		return "", nil, usage(msg.NotInRepo.Error(shown))
	}
	targets, err := load.Targets([]string{root}, load.Options{Base: wd})
	if err != nil {
		return "", nil, failure(err)
	}
	return root, targets[0], nil
}

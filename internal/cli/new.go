package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/scaffold"
)

type newOptions struct {
	id, issuer, lead, title string
	year                    int
}

func newNewCmd(s *IO, g *globals) *cobra.Command {
	o := &newOptions{}
	var kinds []string
	for _, k := range scaffold.Kinds() {
		kinds = append(kinds, fmt.Sprintf("  %-13s %s", k.Name, k.Title.In(g.lang)))
	}
	cmd := &cobra.Command{
		Use:   "new KIND DIR",
		Short: g.t(msg.CmdNew),
		Long:  g.t(msg.CmdNewLong, strings.Join(kinds, "\n")),
		Args:  exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
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
	if p.Schema, err = filepath.Rel(abs, repoDir(root, "schema")); err != nil {
		return failure(err)
	}
	p.Schema = filepath.ToSlash(p.Schema)
	files, err := scaffold.Render(repoDir(root, "templates"), k, p)
	if err != nil {
		return failure(err)
	}
	if err := scaffold.Write(abs, files); err != nil {
		if errors.Is(err, msg.NewDirNotEmpty.Error("")) {
			return usage(err)
		}
		return failure(err)
	}
	fmt.Fprintln(s.Out, g.t(msg.NewCreated, dir, k.Name, len(files)))
	return nil
}

// newRepo loads the repository that will hold a new plan in parent, which
// may not exist yet: the nearest existing ancestor decides.
func newRepo(parent, wd, shown string) (string, *load.Result, error) {
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
	res, err := load.Repo(root, load.Options{Base: wd})
	if err != nil {
		return "", nil, failure(err)
	}
	return root, res, nil
}

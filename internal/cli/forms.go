package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/forms"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

func newFormsCmd(s *IO, g *globals) *cobra.Command {
	var period, out string
	cmd := &cobra.Command{
		Use:   g.t(msg.UseForms),
		Short: g.t(msg.CmdForms),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runForms(s, g, args[0], period, out)
		},
	}
	cmd.Flags().StringVar(&period, "period", "", g.t(msg.FlagFormsPeriod))
	cmd.Flags().StringVar(&out, "out", "", g.t(msg.FlagFormsOut))
	return cmd
}

func runForms(s *IO, g *globals, arg, period, out string) error {
	if period == "" {
		return usage(msg.FormsNoPeriod.Error())
	}
	per, err := progress.ParsePeriod(period)
	if err != nil {
		return usage(err)
	}
	t, p, err := openChecked(s, g.lang, "forms", arg, false, false)
	if err != nil {
		return err
	}
	fs := forms.Build(t.Repo, p, per)
	if len(fs) == 0 {
		return usage(msg.FormsNoLeads.Error(p.ID))
	}
	guard := guardRoots(mustWd(s), t.Root)
	guard.addPlans(mustWd(s), []*plan.Plan{p})
	dir, err := formsDir(s, guard, out, p.ID, per.ID)
	if err != nil {
		return err
	}
	// Every name is checked before the first form is written.
	paths := make([]string, len(fs))
	for i, f := range fs {
		if paths[i], err = outpath.Join(dir, f.FileName()); err != nil {
			return refused(err)
		}
	}
	for i, f := range fs {
		err := atomicfile.Write(paths[i], 0o644, func(w io.Writer) error { return f.Write(w, t.Repo) })
		if err != nil {
			return failure(err)
		}
		fmt.Fprintln(s.Out, g.t(msg.FormsWritten, relTo(mustWd(s), paths[i]), len(f.Tasks)))
	}
	return nil
}

// formsDir is the folder the forms go to: --out as given, else
// out/forms/<plan id>/<period> with the two names checked, since they come
// from data. It is created, unless it lies where kh reads sources.
func formsDir(s *IO, guard *sourceGuard, flag, planID, period string) (string, error) {
	wd, err := s.Getwd()
	if err != nil {
		return "", failure(err)
	}
	dir := absIn(wd, flag)
	if flag == "" {
		if dir, err = outpath.Join(filepath.Join(outBase(s, wd), "out", "forms"), planID, period); err != nil {
			return "", refused(err)
		}
	}
	if err := guard.dir(flag, dir); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", failure(err)
	}
	return dir, nil
}

package cli

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/site"
)

type siteOptions struct {
	out, asOf, templates string
	force                bool
}

func newSiteCmd(s *IO, g *globals) *cobra.Command {
	o := &siteOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseSite),
		Short: g.t(msg.CmdSite),
		Long:  g.t(msg.CmdSiteLong),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSite(s, g, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.out, "out", "", g.t(msg.FlagSiteOut))
	f.StringVar(&o.asOf, "as-of", "", g.t(msg.FlagSiteAsOf))
	f.BoolVar(&o.force, "force", false, g.t(msg.FlagSiteForce))
	f.StringVar(&o.templates, "templates", "", g.t(msg.FlagBuildTemplates))
	return cmd
}

func runSite(s *IO, g *globals, o *siteOptions, args []string) error {
	lang := g.lang
	day := today(s)
	if o.asOf != "" {
		var err error
		if day, err = time.Parse(time.DateOnly, o.asOf); err != nil || !plan.ValidYear(day.Year()) {
			return usage(msg.BadDateFlag.Error("--as-of", o.asOf))
		}
	}
	plans, targets, err := openPlans(s, args)
	if err != nil {
		return err
	}
	groups := groupPlans(plans, targets)
	switch {
	case len(groups) == 0:
		where := strings.Join(args, " ")
		if where == "" {
			where = "."
		}
		return usage(msg.NoPlansAt.Error(where))
	case len(groups) > 1:
		return usage(msg.SiteManyRepos.Error(len(groups)))
	}
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	out := o.out
	if out == "" {
		out = filepath.Join(outBase(s, wd), "out", "site")
	}
	guard := guardRoots(wd, targetRoots(targets)...)
	guard.addPlans(wd, plans)
	if err := guard.dir(out, absIn(wd, out)); err != nil {
		return err
	}
	abs := absIn(wd, out)
	for _, root := range targetRoots(targets) {
		if outpath.Inside(realPath(abs), realPath(root)) {
			return usage(msg.SiteHoldsRepo.Error(out, root))
		}
	}
	if _, err := site.Replaceable(abs); err != nil {
		return usage(err)
	}
	errs, err := validated(s, lang, "site", groups, o.force, true)
	if err != nil {
		return err
	}
	opt := site.Options{AsOf: day, Lang: lang, Marks: map[string]string{}}
	for id, n := range errs {
		opt.Marks[id] = msg.UncheckedMark.In(diag.VI, n)
	}
	t := groups[0].target
	opt.Plans = groups[0].plans
	opt.Check = withRepoSettings(check.Options{}, t)
	opt.Templates = templatesDir(t)
	if o.templates != "" {
		opt.Templates = absIn(wd, o.templates)
	}
	if s.ProgressErr() {
		opt.Progress = func(done, total int) {
			fmt.Fprint(s.Err, "\r\033[K"+msg.ProgressSite.In(lang, done, total))
			if done == total {
				fmt.Fprint(s.Err, "\r\033[K")
			}
		}
	}
	built, err := site.Render(t.Repo, opt)
	if err != nil {
		return failure(err)
	}
	if err := site.Write(abs, built); err != nil {
		return failure(err)
	}
	shown := filepath.ToSlash(out)
	if o.out == "" {
		shown = relTo(wd, out)
	}
	fmt.Fprintln(s.Out, msg.SiteDone.In(lang, shown, built.Pages, built.Downloads, plan.ShortDate(day), shown+"/index.html"))
	return nil
}

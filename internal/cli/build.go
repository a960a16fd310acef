package cli

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/build"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
)

type buildOptions struct {
	out                         string
	pdfOnly, docxOnly, xlsxOnly bool
	templates                   string
	force                       bool
}

func newBuildCmd(s *IO, g *globals) *cobra.Command {
	o := &buildOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseBuild),
		Short: g.t(msg.CmdBuild),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBuild(s, g, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.out, "out", "", g.t(msg.FlagBuildOut))
	f.BoolVar(&o.pdfOnly, "pdf", false, g.t(msg.FlagBuildPDF))
	f.BoolVar(&o.docxOnly, "docx", false, g.t(msg.FlagBuildDOCX))
	f.BoolVar(&o.xlsxOnly, "xlsx", false, g.t(msg.FlagBuildXLSX))
	cmd.MarkFlagsMutuallyExclusive("pdf", "docx", "xlsx")
	f.BoolVar(&o.force, "force", false, g.t(msg.FlagBuildForce))
	f.StringVar(&o.templates, "templates", "", g.t(msg.FlagBuildTemplates))
	return cmd
}

func runBuild(s *IO, g *globals, o *buildOptions, args []string) error {
	lang := g.lang
	plans, targets, err := openPlans(s, args)
	if err != nil {
		return err
	}
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	out := o.out
	if out == "" {
		out = filepath.Join(outBase(s, wd), "out")
	}
	guard := guardRoots(wd, targetRoots(targets)...)
	guard.addPlans(wd, plans)
	if err := guard.dir(out, absIn(wd, out)); err != nil {
		return err
	}
	groups := groupPlans(plans, targets)
	errs, err := validated(s, lang, "build", groups, o.force, true)
	if err != nil {
		return err
	}
	if err := build.CheckNames(plans); err != nil {
		return refused(err)
	}
	opt := build.Options{
		OutDir:  absIn(wd, out),
		PDF:     !o.docxOnly && !o.xlsxOnly,
		DOCX:    !o.pdfOnly && !o.xlsxOnly,
		XLSX:    !o.pdfOnly && !o.docxOnly,
		Marks:   map[string]string{},
		Creator: "kh " + version(),
	}
	for id, n := range errs {
		// The document is Vietnamese whatever --lang says.
		opt.Marks[id] = msg.UncheckedMark.In(diag.VI, n)
	}
	if s.ProgressErr() {
		opt.Progress = func(done, total int) {
			fmt.Fprint(s.Err, "\r\033[K"+msg.ProgressBuild.In(lang, done, total))
			if done == total {
				fmt.Fprint(s.Err, "\r\033[K")
			}
		}
	}
	// Plans of one repository share its registry; build them together.
	var failed int
	for _, g := range groups {
		opt.Templates = templatesDir(g.target)
		if o.templates != "" {
			opt.Templates = absIn(wd, o.templates)
		}
		for _, r := range build.Plans(g.target.Repo, g.plans, opt) {
			if r.Err != nil {
				failed++
				fmt.Fprintln(s.Err, "kh build:", msg.In(r.Err, lang))
				continue
			}
			for _, f := range r.Files {
				fmt.Fprintln(s.Out, relTo(wd, f))
			}
			if r.NoTables {
				fmt.Fprintln(s.Err, "kh build:", msg.BuildNoTables.In(lang, r.PlanID))
			}
		}
	}
	if failed > 0 {
		return failure(msg.BuildFailed.Error(failed))
	}
	return nil
}

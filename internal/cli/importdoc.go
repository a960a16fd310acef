package cli

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/docimport"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

type importDocOptions struct {
	id string
}

func newImportDocCmd(s *IO, g *globals) *cobra.Command {
	o := &importDocOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseImportDoc),
		Short: g.t(msg.CmdImportDoc),
		Long:  g.t(msg.CmdImportDocLong),
		Args:  exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImportDoc(s, g, o, args[0], args[1])
		},
	}
	cmd.Flags().StringVar(&o.id, "id", "", g.t(msg.FlagImportDocID))
	return cmd
}

// runImportDoc reads a document, recognises it and writes a new plan
// folder (or, for a workbook, new appendices of an existing plan), then
// checks the result. Nothing is written when the document cannot be read
// or its structure is not recognised.
func runImportDoc(s *IO, g *globals, o *importDocOptions, file, dir string) error {
	if _, err := pathArgs(s, []string{file}); err != nil {
		return err
	}
	if o.id != "" && !plan.ValidID(o.id) {
		return usage(msg.NewBadID.Error(o.id))
	}
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	src, err := docimport.ReadFile(absIn(wd, file))
	if err != nil {
		return refused(err)
	}
	src.Name = filepath.ToSlash(file)
	abs := absIn(wd, dir)
	if isDir(abs) && isFile(filepath.Join(abs, load.PlanFile)) {
		return importAppendices(s, g, src, abs, dir, wd)
	}
	root, res, err := newRepo(filepath.Dir(abs), wd, dir)
	if err != nil {
		return err
	}
	if err := repoReadable(s, g, "import-doc", res); err != nil {
		return err
	}
	shownDir, _ := filepath.Rel(wd, abs)
	r, err := docimport.Build(docimport.Detect(src), res.Repo, docimport.Options{ID: o.id, Dir: filepath.ToSlash(shownDir)})
	printFindings(s, g, r.Findings)
	if err != nil {
		return refused(err)
	}
	if other := res.Repo.Plan(r.Plan.ID); other != nil {
		return usage(msg.NewIDTaken.Error(r.Plan.ID, other.Dir))
	}
	n, err := writePlanFolder(abs, root, r.Files)
	if err != nil {
		return err
	}
	printCounts(s, g, dir, r.Counts, n)
	return checkWritten(s, g, wd, dir, r.Findings, msg.ImportChecked)
}

// importAppendices adds a workbook's tables to an existing plan as new
// appendix files; the plan's phu_luc list gets their names.
func importAppendices(s *IO, g *globals, src *docimport.Source, abs, dir, wd string) error {
	targets, err := load.Targets([]string{abs}, load.Options{Base: wd})
	if err != nil {
		return failure(err)
	}
	t := targets[0]
	var p *plan.Plan
	for _, q := range t.Repo.Plans {
		if filepath.Clean(absIn(wd, q.Dir)) == filepath.Clean(abs) {
			p = q
		}
	}
	if p == nil {
		return refused(msg.ImportNotAPlan.Error(dir))
	}
	if _, err := validated(s, g.lang, "import-doc", []planGroup{{t, []*plan.Plan{p}}}, false, false); err != nil {
		return err
	}
	r, err := docimport.BuildAppendices(docimport.DetectAppendices(src), t.Repo, p)
	printFindings(s, g, r.Findings)
	if err != nil {
		return refused(err)
	}
	schema, err := filepath.Rel(abs, repoDir(t.Root, "schema"))
	if err != nil {
		return failure(err)
	}
	if err := docimport.AddAppendices(abs, r, filepath.ToSlash(schema)); err != nil {
		return refused(err)
	}
	printCounts(s, g, dir, r.Counts, len(r.Appendices))
	return checkWritten(s, g, wd, dir, r.Findings, msg.ImportChecked)
}

func printFindings(s *IO, g *globals, ds []diag.Diagnostic) {
	if len(ds) > 0 {
		diag.WriteText(s.Err, ds, g.lang, false)
	}
}

func printCounts(s *IO, g *globals, dir string, c docimport.Counts, files int) {
	fmt.Fprintln(s.Out, g.t(msg.ImportDone, dir, files))
	fmt.Fprintln(s.Out, g.t(msg.ImportCounts, c.Sections, c.Items, c.Paragraphs, c.Appendices, c.Tables, c.Tasks, c.Indicators, c.Documents, c.Citations))
	fmt.Fprintln(s.Out, g.t(msg.ImportAgencies, c.AgenciesMatched, c.AgenciesUnmatched, c.DeadlinesParsed, c.DeadlinesUnparsed))
}

// checkWritten runs kh check on a plan a command wrote and prints its
// findings and their count (summary): exit 1 when the command (imported)
// or the check found something to fix.
func checkWritten(s *IO, g *globals, wd, dir string, imported []diag.Diagnostic, summary *msg.Message) error {
	targets, err := load.Targets([]string{absIn(wd, dir)}, load.Options{Base: wd})
	if err != nil {
		return failure(err)
	}
	t := targets[0]
	ds := t.Filter(check.Run(t.Repo, t.Diags, withRepoSettings(check.Options{}, t)))
	if len(ds) > 0 {
		diag.WriteText(s.Out, ds, g.lang, false)
	}
	sum := diag.Summarize(append(ds, imported...))
	fmt.Fprintln(s.Out, g.t(summary, dir, sum.Errors, sum.Warnings))
	if sum.Findings() {
		return findings
	}
	return nil
}

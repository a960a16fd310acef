package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/checkrun"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
)

type checkOptions struct {
	format     string
	outputs    []string
	noSuppress bool
	showSupp   bool
	asOf       string
	changed    string
	noCache    bool
	full       bool
}

// checkFormats are the report formats of kh check.
var checkFormats = []string{"text", "json", "github", "sarif", "gitlab"}

func newCheckCmd(s *IO, g *globals) *cobra.Command {
	o := &checkOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseCheck),
		Short: g.t(msg.CmdCheck),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(s, g, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "text", g.t(msg.FlagCheckFormat))
	f.StringArrayVar(&o.outputs, "output", nil, g.t(msg.FlagCheckOutput))
	f.StringVar(&o.changed, "changed", "", g.t(msg.FlagCheckChanged))
	f.BoolVar(&o.noCache, "no-cache", false, g.t(msg.FlagCheckNoCache))
	f.BoolVar(&o.noSuppress, "no-suppress", false, g.t(msg.FlagCheckNoSuppress))
	f.BoolVar(&o.showSupp, "show-suppressed", false, g.t(msg.FlagCheckShowSuppressed))
	f.StringVar(&o.asOf, "as-of", "", g.t(msg.FlagCheckAsOf))
	f.BoolVar(&o.full, "full", false, g.t(msg.FlagCheckFull))
	return cmd
}

// checkGCPercent and checkMemoryLimit are kh check's garbage-collector
// settings. Plans are checked one at a time, so the live heap is the few
// models in flight and the compact index of every plan (about 40 MB at
// 1,000 plans): collecting rarely saves CPU, and the soft limit keeps the
// peak bounded however many plans a repository has. GOGC and GOMEMLIMIT
// override them.
const (
	checkGCPercent   = 400
	checkMemoryLimit = 200 << 20
)

func runCheck(s *IO, g *globals, o *checkOptions, args []string) error {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(checkGCPercent))
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(checkMemoryLimit))
	}
	lang := g.lang
	if !slices.Contains(checkFormats, o.format) {
		return usage(msg.FormatUnknown.Error(o.format, strings.Join(checkFormats, ", ")))
	}
	outputs, err := parseOutputs(o.outputs)
	if err != nil {
		return err
	}
	if err := checkRev("--changed", o.changed); err != nil {
		return err
	}
	if err := checkOutputs(s, args, outputs); err != nil {
		return err
	}
	now := s.Now()
	opt := check.Options{NoSuppress: o.noSuppress, Today: time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)}
	if o.asOf != "" {
		if opt.AsOf, err = time.Parse("2006-01-02", o.asOf); err != nil {
			return usage(msg.BadDateFlag.Error("--as-of", o.asOf))
		}
	}
	args, err = pathArgs(s, args)
	if err != nil {
		return err
	}
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	rep, err := checkrun.Run(args, checkrun.Options{
		Check: opt, Base: wd, Cache: !o.noCache, Version: version(), Changed: o.changed,
		TemplatesDir: func(root string) string { return repoDir(root, "templates") },
		Progress:     loadProgress(s),
	})
	var pe *load.PathError
	if errors.As(err, &pe) {
		return usage(err)
	}
	if err != nil {
		return failure(err)
	}
	return reportCheck(s, o, opt, rep.Diags, diag.Summary{Files: rep.Files, Plans: rep.Plans}, rep.Agenda, lang, outputs)
}

// reportCheck writes the findings in the chosen format and the extra outputs,
// and decides the exit code.
func reportCheck(s *IO, o *checkOptions, opt check.Options, all []diag.Diagnostic, sum diag.Summary, agenda []check.AgendaItem, lang diag.Lang, outputs []output) error {
	diag.Sort(all)
	counts := diag.Summarize(all)
	counts.Files, counts.Plans = sum.Files, sum.Plans
	shown := all
	if o.format == "text" && !opt.AsOf.IsZero() {
		shown = checkrun.WithoutAgenda(all) // printed grouped below instead
	}
	if err := writeReport(s.Out, o.format, o.showSupp, shown, counts, lang); err != nil {
		return failure(err)
	}
	for _, out := range outputs {
		path := absIn(mustWd(s), out.path)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return failure(err)
		}
		err := atomicfile.Write(path, 0o644, func(w io.Writer) error {
			return writeReport(w, out.format, o.showSupp, all, counts, lang)
		})
		if err != nil {
			return failure(err)
		}
	}
	if o.format == "text" && !opt.AsOf.IsZero() {
		checkrun.WriteAgenda(s.Out, agenda, opt.AsOf, lang, o.full)
	}
	if counts.Findings() {
		fmt.Fprintln(s.Err, diag.SummaryLine(counts, lang))
		return findings
	}
	return nil
}

func writeReport(w io.Writer, format string, showSupp bool, ds []diag.Diagnostic, sum diag.Summary, lang diag.Lang) error {
	switch format {
	case "json":
		return diag.WriteJSON(w, ds, sum, lang)
	case "github":
		return diag.WriteGitHub(w, ds, lang)
	case "gitlab":
		return diag.WriteGitLab(w, ds, lang)
	case "sarif":
		return diag.WriteSARIF(w, ds, lang, version(), showSupp)
	}
	return diag.WriteText(w, ds, lang, showSupp)
}

// output is one extra report: --output sarif=kh.sarif.
type output struct{ format, path string }

func parseOutputs(specs []string) ([]output, error) {
	var out []output
	for _, spec := range specs {
		f, path, ok := strings.Cut(spec, "=")
		if !ok || path == "" || !slices.Contains(checkFormats, f) {
			return nil, usage(msg.BadOutput.Error(spec, strings.Join(checkFormats, ", ")))
		}
		out = append(out, output{f, path})
	}
	return out, nil
}

func mustWd(s *IO) string {
	wd, err := s.Getwd()
	if err != nil {
		return "."
	}
	return wd
}

func withRepoSettings(opt check.Options, t *load.Target) check.Options {
	opt = opt.InRepo(t.Calendar, t.Repo.Config)
	opt.TemplatesDir, opt.Base = templatesDir(t), t.Base()
	return opt
}

// openTargets loads the repositories for the named paths (default: the
// repository around the working directory).
func openTargets(s *IO, args []string) ([]*load.Target, error) {
	args, err := pathArgs(s, args)
	if err != nil {
		return nil, err
	}
	wd, err := s.Getwd()
	if err != nil {
		return nil, failure(err)
	}
	targets, err := load.Targets(args, load.Options{Base: wd, Progress: loadProgress(s)})
	if pe := (*load.PathError)(nil); errors.As(err, &pe) {
		return nil, usage(err)
	}
	if err != nil {
		return nil, failure(err)
	}
	return targets, nil
}

// templatesDir is where a repository keeps its layout templates.
func templatesDir(t *load.Target) string { return repoDir(t.Root, "templates") }

// loadProgress draws "đọc N/M tệp" on a terminal's stderr while a large
// repository loads; pipes and CI logs get nothing.
func loadProgress(s *IO) func(done, total int) {
	if !s.ProgressErr() {
		return nil
	}
	return func(done, total int) {
		if total < 50 {
			return // small repositories load faster than a redraw
		}
		fmt.Fprint(s.Err, "\r\033[K"+msg.ProgressLoad.In(s.lang, done, total))
		if done == total {
			fmt.Fprint(s.Err, "\r\033[K")
		}
	}
}

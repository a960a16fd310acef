package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/followdoc"
	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/members"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/pdf"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/word"
	"github.com/kh-tools/kh/internal/xlsx"
)

// newFollowCmd is the office's follow-up of a plan: who has not reported
// (chưa báo cáo), the reminder letters (đôn đốc), the implementation
// report (báo cáo).
func newFollowCmd(s *IO, g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "theo-doi",
		Short: g.t(msg.CmdFollow),
		Args:  unknownCommand(g),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newMissingCmd(s, g), newLettersCmd(s, g), newImplReportCmd(s, g))
	return cmd
}

// followed is a plan followed up on a day, with what the commands print it
// from.
type followed struct {
	t      *load.Target
	p      *plan.Plan
	status *followup.Status
	opt    check.Options
}

// follow opens the plan checked, reports broken progress records on
// stderr (they do not hide the others' progress) and follows it up on
// day ("" for today).
func follow(s *IO, g *globals, cmd, arg, asOf string) (*followed, error) {
	today := s.Now().UTC().Truncate(24 * time.Hour)
	day := today
	if asOf != "" {
		var err error
		if day, err = time.Parse(time.DateOnly, asOf); err != nil {
			return nil, usage(msg.BadDateFlag.Error("--as-of", asOf))
		}
	}
	t, p, err := openChecked(s, g.lang, cmd, arg, false, false)
	if err != nil {
		return nil, err
	}
	set := &progress.Set{Records: p.Records}
	var diags []diag.Diagnostic
	for _, d := range t.Diags {
		if strings.HasPrefix(d.Pos.File, p.Dir+"/"+load.ProgressDir+"/") {
			diags = append(diags, d)
		}
	}
	diags = append(diags, progress.Validate(t.Repo, p, set, today)...)
	diag.Sort(diags)
	if err := diag.WriteText(s.Err, diags, g.lang, false); err != nil {
		return nil, failure(err)
	}
	opt := withRepoSettings(check.Options{}, t)
	return &followed{t: t, p: p, status: followup.Build(t.Repo, p, set, day, opt), opt: opt}, nil
}

// followDir is where a follow-up command writes: --out as given, else
// out/theo-doi/<plan id>/<period>, the names checked since they come from
// data; refused where kh reads sources; created.
func followDir(s *IO, f *followed, flag, period string) (string, error) {
	wd := mustWd(s)
	dir := absIn(wd, flag)
	if flag == "" {
		var err error
		if dir, err = outpath.Join(filepath.Join(outBase(s, wd), "out", "theo-doi"), f.p.ID, period); err != nil {
			return "", refused(err)
		}
	}
	guard := guardRoots(wd, f.t.Root)
	guard.addPlans(wd, []*plan.Plan{f.p})
	if err := guard.dir(flag, dir); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", failure(err)
	}
	return dir, nil
}

// followFile is one file a follow-up command writes.
type followFile struct {
	name string
	fill func(io.Writer) error
}

// writeOutputs renders every file before writing any, then writes each
// atomically and prints its path.
func writeOutputs(s *IO, dir string, outs []followFile) error {
	type file struct {
		path string
		data []byte
	}
	var files []file
	for _, o := range outs {
		path, err := outpath.Join(dir, o.name)
		if err != nil {
			return refused(err)
		}
		var b bytes.Buffer
		if err := o.fill(&b); err != nil {
			return failure(err)
		}
		files = append(files, file{path, b.Bytes()})
	}
	wd := mustWd(s)
	for _, f := range files {
		if err := atomicfile.WriteBytes(f.path, f.data, 0o644); err != nil {
			return failure(err)
		}
		fmt.Fprintln(s.Out, relTo(wd, f.path))
	}
	return nil
}

// periodFlags reads --period and --han (zero when not given).
func periodFlags(period, due string) (progress.Period, time.Time, error) {
	if period == "" {
		return progress.Period{}, time.Time{}, usage(msg.FollowNoPeriod.Error())
	}
	per, err := progress.ParsePeriod(period)
	if err != nil {
		return per, time.Time{}, usage(err)
	}
	var day time.Time
	if due != "" {
		if day, err = time.Parse(time.DateOnly, due); err != nil {
			return per, day, usage(msg.BadDateFlag.Error("--han", due))
		}
	}
	return per, day, nil
}

type missingOptions struct {
	period, asOf, due, format, out string
}

func newMissingCmd(s *IO, g *globals) *cobra.Command {
	o := &missingOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseMissing),
		Short: g.t(msg.CmdMissing),
		Long:  g.t(msg.CmdMissingLong),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runMissing(s, g, o, args[0])
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.period, "period", "", g.t(msg.FlagFollowPeriod))
	f.StringVar(&o.asOf, "as-of", "", g.t(msg.FlagStatusAsOf))
	f.StringVar(&o.due, "han", "", g.t(msg.FlagMissingDue))
	f.StringVar(&o.format, "format", "text", g.t(msg.FlagMissingFormat))
	f.StringVar(&o.out, "out", "", g.t(msg.FlagFollowOut))
	return cmd
}

func runMissing(s *IO, g *globals, o *missingOptions, arg string) error {
	if o.format != "text" && o.format != "json" && o.format != "xlsx" {
		return usage(msg.FormatUnknown.Error(o.format, "text, json, xlsx"))
	}
	per, due, err := periodFlags(o.period, o.due)
	if err != nil {
		return err
	}
	f, err := follow(s, g, "theo-doi chua-bao-cao", arg, o.asOf)
	if err != nil {
		return err
	}
	if due.IsZero() {
		due = followup.ReportDue(per, f.opt.Calendar, reportGap(f.t))
	}
	list := followdoc.Missing(view.New(f.t.Repo, f.p), f.status.Missing(per, due))
	switch o.format {
	case "json":
		enc := json.NewEncoder(s.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(list)
	case "xlsx":
		dir, err := followDir(s, f, o.out, per.ID)
		if err != nil {
			return err
		}
		rep := list.Report()
		return writeOutputs(s, dir, []followFile{{"chua-bao-cao.xlsx", func(w io.Writer) error { return xlsx.WriteReport(w, rep) }}})
	}
	return list.WriteText(s.Out, g.lang)
}

// reportGap is kho.yaml's bao_cao_truoc_ngay_lam_viec, 5 when unset (as
// kh check reads it).
func reportGap(t *load.Target) int {
	if gap := t.Repo.Config.ReportGap; gap > 0 {
		return gap
	}
	return 5
}

type lettersOptions struct {
	asOf, out, compiler string
	only                []string
	soon                int
}

func newLettersCmd(s *IO, g *globals) *cobra.Command {
	o := &lettersOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseLetters),
		Short: g.t(msg.CmdLetters),
		Long:  g.t(msg.CmdLettersLong),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLetters(s, g, o, args[0])
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.asOf, "as-of", "", g.t(msg.FlagStatusAsOf))
	f.IntVar(&o.soon, "sap-han", 30, g.t(msg.FlagLettersSoon))
	f.StringSliceVar(&o.only, "co-quan", nil, g.t(msg.FlagLettersOnly))
	f.StringVar(&o.compiler, "tong-hop", "", g.t(msg.FlagLettersCompiler))
	f.StringVar(&o.out, "out", "", g.t(msg.FlagLettersOut))
	return cmd
}

func runLetters(s *IO, g *globals, o *lettersOptions, arg string) error {
	if o.soon < 0 || o.soon > 366 {
		return usage(msg.LettersSoonRange.Error(o.soon))
	}
	f, err := follow(s, g, "theo-doi don-doc", arg, o.asOf)
	if err != nil {
		return err
	}
	r := f.t.Repo
	opt := followdoc.LetterOptions{Soon: o.soon, Compiler: o.compiler}
	if o.compiler != "" && r.Agency(o.compiler) == nil {
		return usage(msg.FollowUnknownAgency.Error(o.compiler))
	}
	if len(o.only) > 0 {
		opt.Only = map[string]bool{}
		for _, id := range o.only {
			if r.Agency(id) == nil {
				return usage(msg.FollowUnknownAgency.Error(id))
			}
			for _, rp := range members.Reporters(r, []string{id}, nil, f.status.Day) {
				opt.Only[rp.ID] = true
			}
		}
	}
	v := view.New(r, f.p)
	letters := followdoc.Letters(v, f.status, opt)
	if len(letters) == 0 {
		fmt.Fprintln(s.Err, g.t(msg.LettersNone, plan.ShortDate(f.status.Day)))
		return nil
	}
	tpl, err := layout.Load(templatesDir(f.t), layout.NameFor(r, f.p))
	if err != nil {
		return failure(err)
	}
	dir, err := followDir(s, f, o.out, "don-doc-"+f.status.Day.Format(time.DateOnly))
	if err != nil {
		return err
	}
	var files []followFile
	for _, l := range letters {
		l := l
		files = append(files,
			followFile{l.Agency + ".pdf", func(w io.Writer) error { return pdf.WriteLetter(w, r, l.Doc, tpl, l.Letter) }},
			followFile{l.Agency + ".docx", func(w io.Writer) error {
				doc, err := word.Letter(view.New(r, l.Doc), tpl, l.Letter)
				if err != nil {
					return err
				}
				return doc.Write(w)
			}})
	}
	rep := followdoc.LettersReport(v, f.status, letters)
	files = append(files, followFile{"danh-sach-don-doc.xlsx", func(w io.Writer) error { return xlsx.WriteReport(w, rep) }})
	if err := writeOutputs(s, dir, files); err != nil {
		return err
	}
	fmt.Fprintln(s.Err, g.t(msg.LettersWritten, len(letters), plan.ShortDate(f.status.Day)))
	return nil
}

type implOptions struct {
	period, due, out string
	pdf, docx, xlsxO bool
}

func newImplReportCmd(s *IO, g *globals) *cobra.Command {
	o := &implOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseImplReport),
		Short: g.t(msg.CmdImplReport),
		Long:  g.t(msg.CmdImplReportLong),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImplReport(s, g, o, args[0])
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.period, "period", "", g.t(msg.FlagFollowPeriod))
	f.StringVar(&o.due, "han", "", g.t(msg.FlagMissingDue))
	f.StringVar(&o.out, "out", "", g.t(msg.FlagFollowOut))
	f.BoolVar(&o.pdf, "pdf", false, g.t(msg.FlagBuildPDF))
	f.BoolVar(&o.docx, "docx", false, g.t(msg.FlagBuildDOCX))
	f.BoolVar(&o.xlsxO, "xlsx", false, g.t(msg.FlagBuildXLSX))
	cmd.MarkFlagsMutuallyExclusive("pdf", "docx", "xlsx")
	return cmd
}

// runImplReport builds the period's report from the status on the period's
// last day.
func runImplReport(s *IO, g *globals, o *implOptions, arg string) error {
	per, due, err := periodFlags(o.period, o.due)
	if err != nil {
		return err
	}
	f, err := follow(s, g, "theo-doi bao-cao", arg, per.To.Format(time.DateOnly))
	if err != nil {
		return err
	}
	if due.IsZero() {
		due = followup.ReportDue(per, f.opt.Calendar, reportGap(f.t))
	}
	r := f.t.Repo
	v := view.New(r, f.p)
	rep := followdoc.Implementation(v, f.status, per, f.status.Missing(per, due))
	tpl, err := layout.Load(templatesDir(f.t), layout.NameFor(r, f.p))
	if err != nil {
		return failure(err)
	}
	dir, err := followDir(s, f, o.out, per.ID)
	if err != nil {
		return err
	}
	all := !o.pdf && !o.docx && !o.xlsxO
	var files []followFile
	if all || o.xlsxO {
		files = append(files, followFile{"bao-cao.xlsx", func(w io.Writer) error { return xlsx.WriteReport(w, rep) }})
	}
	if all || o.pdf {
		files = append(files, followFile{"bao-cao.pdf", func(w io.Writer) error { return pdf.WriteReport(w, r, f.p, tpl, rep) }})
	}
	if all || o.docx {
		files = append(files, followFile{"bao-cao.docx", func(w io.Writer) error {
			doc, err := word.Report(v, tpl, rep)
			if err != nil {
				return err
			}
			return doc.Write(w)
		}})
	}
	return writeOutputs(s, dir, files)
}

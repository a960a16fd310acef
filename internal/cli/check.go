package cli

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/plan"
)

type checkOptions struct {
	format     string
	noSuppress bool
	showSupp   bool
	asOf       string
}

func newCheckCmd(s *IO, g *globals) *cobra.Command {
	o := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Kiểm tra lược đồ, tham chiếu, văn bản và thời hạn của kế hoạch (mặc định: plans/)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(s, g, o, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "text", "định dạng: text hoặc json")
	f.BoolVar(&o.noSuppress, "no-suppress", false, "hiện mọi phát hiện, kể cả những phát hiện đã được bỏ qua có lý do")
	f.BoolVar(&o.showSupp, "show-suppressed", false, "in cả các phát hiện đã bỏ qua (kèm lý do)")
	f.StringVar(&o.asOf, "as-of", "", "ngày xét (NNNN-TT-NN): liệt kê nhiệm vụ sắp đến hạn trong 30 ngày và quá hạn")
	return cmd
}

func runCheck(s *IO, g *globals, o *checkOptions, args []string) error {
	lang, err := g.language()
	if err != nil {
		return err
	}
	if o.format != "text" && o.format != "json" {
		return usage(fmt.Errorf("--format %q: dùng text hoặc json", o.format))
	}
	opt := check.Options{NoSuppress: o.noSuppress}
	if o.asOf != "" {
		if opt.AsOf, err = time.Parse("2006-01-02", o.asOf); err != nil {
			return usage(fmt.Errorf("--as-of %q: viết ngày dạng NNNN-TT-NN", o.asOf))
		}
	}
	targets, err := openTargets(s, args)
	if err != nil {
		return err
	}
	var all []diag.Diagnostic
	var sum diag.Summary
	var agenda []check.AgendaItem
	for _, t := range targets {
		topt := withRepoSettings(opt, t)
		ds := t.Filter(check.Run(t.Repo, t.Diags, topt))
		all = append(all, ds...)
		sum.Files += t.SelectedFiles()
		sum.Plans += countPlans(t)
		if !opt.AsOf.IsZero() {
			for _, it := range check.Agenda(t.Repo, topt) {
				if t.Selected(it.Pos.File) {
					agenda = append(agenda, it)
				}
			}
		}
	}
	diag.Sort(all)
	counts := diag.Summarize(all)
	counts.Files, counts.Plans = sum.Files, sum.Plans
	shown := all
	if o.format == "text" && !opt.AsOf.IsZero() {
		shown = withoutAgenda(all) // printed grouped below instead
	}
	if err := writeDiagnostics(s, o, shown, counts, lang); err != nil {
		return failure(err)
	}
	if o.format == "text" && !opt.AsOf.IsZero() {
		writeAgenda(s, agenda, opt.AsOf, lang)
	}
	if counts.Findings() {
		fmt.Fprintln(s.Err, diag.SummaryLine(counts, lang))
		return findings
	}
	return nil
}

func writeDiagnostics(s *IO, o *checkOptions, ds []diag.Diagnostic, sum diag.Summary, lang diag.Lang) error {
	if o.format == "json" {
		return diag.WriteJSON(s.Out, ds, sum, lang)
	}
	return diag.WriteText(s.Out, ds, lang, o.showSupp)
}

func withRepoSettings(opt check.Options, t *load.Target) check.Options {
	opt.Calendar = t.Calendar
	opt.TemplatesDir = templatesDir(t)
	opt.Base = t.Base()
	if gap := t.Repo.Config.ReportGap; gap > 0 {
		opt.ReportGap = gap
	}
	return opt
}

func countPlans(t *load.Target) int {
	n := 0
	for _, p := range t.Repo.Plans {
		if t.Selected(p.Pos.File) {
			n++
		}
	}
	return n
}

// openTargets loads the repositories for the named paths (default plans/).
func openTargets(s *IO, args []string) ([]*load.Target, error) {
	if len(args) == 0 {
		args = []string{"plans"}
	}
	wd, err := s.Getwd()
	if err != nil {
		return nil, failure(err)
	}
	targets, err := load.Targets(args, load.Options{Base: wd})
	if err != nil {
		return nil, failure(err)
	}
	return targets, nil
}

// writeAgenda prints the as-of listing grouped by lead agency, the way a
// văn phòng reads it at a weekly meeting.
func writeAgenda(s *IO, items []check.AgendaItem, asOf time.Time, lang diag.Lang) {
	head, overdue, soon := "\nĐến ngày %s, theo đơn vị chủ trì:\n", "quá hạn %d ngày", "còn %d ngày"
	if lang == diag.EN {
		head, overdue, soon = "\nAs of %s, by lead agency:\n", "%d days overdue", "due in %d days"
	}
	fmt.Fprintf(s.Out, head, plan.ShortDate(asOf))
	if len(items) == 0 {
		fmt.Fprintln(s.Out, "  (không có / none)")
	}
	last := ""
	for _, it := range items {
		if it.Agency != last {
			fmt.Fprintf(s.Out, "  %s\n", it.Agency)
			last = it.Agency
		}
		state := fmt.Sprintf(soon, it.Days)
		if it.Overdue {
			state = fmt.Sprintf(overdue, it.Days)
		}
		fmt.Fprintf(s.Out, "    %s  %s/%s (%s) %s\n", plan.ShortDate(it.Due), it.PlanID, it.TaskID, state, firstLine(it.Text, 70))
	}
}

func firstLine(s string, max int) string {
	s, _, _ = strings.Cut(s, "\n")
	if r := []rune(s); len(r) > max {
		return string(r[:max]) + "…"
	}
	return s
}

func withoutAgenda(ds []diag.Diagnostic) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, d := range ds {
		if d.Rule != "KH117" && d.Rule != "KH118" {
			out = append(out, d)
		}
	}
	return out
}

// templatesDir is where a repository keeps its layout templates: templates/
// beside the plans folder, as in this project.
func templatesDir(t *load.Target) string {
	return filepath.Join(filepath.Dir(t.Root), "templates")
}

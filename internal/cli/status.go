package cli

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/xlsx"
)

func newStatusCmd(s *IO, g *globals) *cobra.Command {
	var asOf, format string
	cmd := &cobra.Command{
		Use:   "status PLAN [--as-of DATE] [--format text|json]",
		Short: "Tiến độ theo cơ quan chủ trì: hoàn thành, đang thực hiện, chưa thực hiện, quá hạn",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStatus(s, g, args[0], asOf, format)
		},
	}
	cmd.Flags().StringVar(&asOf, "as-of", "", "ngày xét (NNNN-TT-NN; mặc định hôm nay)")
	cmd.Flags().StringVar(&format, "format", "text", "định dạng: text hoặc json")
	return cmd
}

// agencyStatus is one row of kh status; the JSON names are a contract.
type agencyStatus struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Total      int      `json:"total"`
	Done       int      `json:"done"`
	InProgress int      `json:"in_progress"`
	NotStarted int      `json:"not_started"`
	NoReport   int      `json:"no_report"`
	Overdue    int      `json:"overdue"`
	OverdueIDs []string `json:"overdue_tasks"`
}

type statusReport struct {
	Plan     string          `json:"plan"`
	AsOf     string          `json:"as_of"`
	Agencies []*agencyStatus `json:"agencies"`
}

func runStatus(s *IO, g *globals, arg, asOf, format string) error {
	lang, err := g.language()
	if err != nil {
		return err
	}
	if format != "text" && format != "json" {
		return usage(fmt.Errorf("--format %q: dùng text hoặc json", format))
	}
	day := s.Now().UTC().Truncate(24 * time.Hour)
	if asOf != "" {
		if day, err = time.Parse(time.DateOnly, asOf); err != nil {
			return usage(fmt.Errorf("--as-of %q: viết ngày dạng NNNN-TT-NN", asOf))
		}
	}
	t, p, err := openPlan(s, arg)
	if err != nil {
		return err
	}
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	set, diags, err := progress.Load(filepath.Dir(p.Src.Abs), wd)
	if err != nil {
		return failure(err)
	}
	// Broken records are reported but do not hide the others' progress.
	diags = append(diags, progress.Validate(t.Repo, p, set)...)
	diag.Sort(diags)
	if err := diag.WriteText(s.Err, diags, lang, false); err != nil {
		return failure(err)
	}
	rep := buildStatus(t.Repo, p, set, day)
	if format == "json" {
		enc := json.NewEncoder(s.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rep)
	}
	return writeStatus(s, t.Repo, p, rep, lang)
}

// buildStatus counts each lead agency's tasks. A task nobody reported on
// counts as not started; overdue cuts across: past its latest deadline
// date and not done by day.
func buildStatus(r *plan.Repo, p *plan.Plan, set *progress.Set, day time.Time) statusReport {
	rep := statusReport{Plan: p.ID, AsOf: day.Format(time.DateOnly), Agencies: []*agencyStatus{}}
	byID := map[string]*agencyStatus{}
	for _, tr := range p.Tasks() {
		task := tr.Task
		st, reported := set.Status(p.ID, task.ID, day)
		late := overdue(p, task, set, day)
		for _, id := range task.Lead {
			a := byID[id]
			if a == nil {
				a = &agencyStatus{ID: id, Name: id, OverdueIDs: []string{}}
				if ag := r.Agency(id); ag != nil {
					a.Name = ag.DisplayName()
				}
				byID[id] = a
				rep.Agencies = append(rep.Agencies, a)
			}
			a.Total++
			switch {
			case !reported:
				a.NoReport++
				a.NotStarted++
			case st == progress.Done:
				a.Done++
			case st == progress.InProgress:
				a.InProgress++
			default:
				a.NotStarted++
			}
			if late {
				a.Overdue++
				a.OverdueIDs = append(a.OverdueIDs, task.ID)
			}
		}
	}
	return rep
}

func overdue(p *plan.Plan, t *plan.Task, set *progress.Set, day time.Time) bool {
	d, err := deadline.Parse(t.Deadline)
	if err != nil {
		return false
	}
	// Relative deadlines ("trong 30 ngày") count from the issue date.
	d = d.Resolve(p.Date, nil)
	return d.Dated() && d.Latest().Before(day) && !set.DoneBy(p.ID, t.ID, day)
}

func writeStatus(s *IO, r *plan.Repo, p *plan.Plan, rep statusReport, lang diag.Lang) error {
	day, _ := time.Parse(time.DateOnly, rep.AsOf)
	head := []string{"Cơ quan chủ trì", "Tổng", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "(chưa báo cáo)", "Quá hạn"}
	title := fmt.Sprintf("Tiến độ %s tính đến ngày %s", xlsx.DocumentName(r, p), plan.ShortDate(day))
	if lang == diag.EN {
		head = []string{"Lead agency", "Total", "Done", "In progress", "Not started", "(no report)", "Overdue"}
		title = fmt.Sprintf("Progress of %s as of %s", p.ID, rep.AsOf)
	}
	fmt.Fprintln(s.Out, title)
	tw := tabwriter.NewWriter(s.Out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, a := range rep.Agencies {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\n", a.Name, a.Total, a.Done, a.InProgress, a.NotStarted, a.NoReport, a.Overdue)
	}
	return tw.Flush()
}

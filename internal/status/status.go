// Package status counts a plan's tasks per lead agency on a day: done, in
// progress, not started, overdue — what `kh status` prints.
package status

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/view"
)

// Agency is one row of kh status; the JSON names are a contract.
type Agency struct {
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

// Report is kh status for one plan and day.
type Report struct {
	Plan     string    `json:"plan"`
	AsOf     string    `json:"as_of"`
	Agencies []*Agency `json:"agencies"`
}

// Build counts each lead agency's tasks. A task nobody reported on counts as
// not started; overdue cuts across and is what kh check --as-of reports
// (KH118): past its last day, working-day calendar applied, and not done.
func Build(r *plan.Repo, p *plan.Plan, set *progress.Set, day time.Time, opt check.Options) Report {
	opt.AsOf, opt.Progress = day, set
	late := map[string]bool{}
	for _, it := range check.Agenda(r, opt) {
		if it.PlanID == p.ID && it.Overdue {
			late[it.TaskID] = true
		}
	}
	rep := Report{Plan: p.ID, AsOf: day.Format(time.DateOnly), Agencies: []*Agency{}}
	byID := map[string]*Agency{}
	v := view.New(r, p)
	for _, tr := range p.Tasks() {
		task := tr.Task
		st, reported := set.Status(p.ID, task.ID, day)
		for _, id := range task.Lead {
			a := byID[id]
			if a == nil {
				a = &Agency{ID: id, Name: v.Agency(id).Short, OverdueIDs: []string{}}
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
			if late[task.ID] {
				a.Overdue++
				a.OverdueIDs = append(a.OverdueIDs, task.ID)
			}
		}
	}
	return rep
}

// WriteText prints the report as a table.
func WriteText(w io.Writer, r *plan.Repo, p *plan.Plan, rep Report, lang diag.Lang) error {
	day, _ := time.Parse(time.DateOnly, rep.AsOf)
	head := []string{"Cơ quan chủ trì", "Tổng", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "(chưa báo cáo)", "Quá hạn"}
	title := fmt.Sprintf("Tiến độ %s tính đến ngày %s", view.New(r, p).Name(), plan.ShortDate(day))
	if lang == diag.EN {
		head = []string{"Lead agency", "Total", "Done", "In progress", "Not started", "(no report)", "Overdue"}
		title = fmt.Sprintf("Progress of %s as of %s", p.ID, rep.AsOf)
	}
	fmt.Fprintln(w, title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, a := range rep.Agencies {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\n", a.Name, a.Total, a.Done, a.InProgress, a.NotStarted, a.NoReport, a.Overdue)
	}
	return tw.Flush()
}

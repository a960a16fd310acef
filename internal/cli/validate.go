package cli

import (
	"fmt"
	"strings"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// planErrors checks the repository of t and returns, for each of plans that
// has any, the errors that make its output untrustworthy: unsuppressed
// errors in the plan's own files and in the files every plan depends on
// (registries, kho.yaml, the calendar, templates). Another plan's errors and
// progress records do not count.
func planErrors(t *load.Target, plans []*plan.Plan) map[string][]diag.Diagnostic {
	ds := check.Run(t.Repo, t.Diags, withRepoSettings(check.Options{}, t))
	out := map[string][]diag.Diagnostic{}
	for _, p := range plans {
		own := map[string]bool{p.Src.Name: true}
		for _, a := range p.Appendices {
			if a.Src != nil { // an appendix that could not be read: its finding is in the plan's file
				own[a.Src.Name] = true
			}
		}
		for _, d := range ds {
			if d.Severity == diag.Error && !d.Suppressed && (own[d.Pos.File] || !inAnyPlan(t.Repo, d.Pos.File)) {
				out[p.ID] = append(out[p.ID], d)
			}
		}
	}
	return out
}

func inAnyPlan(r *plan.Repo, file string) bool {
	for _, p := range r.Plans {
		if strings.HasPrefix(file, p.Dir+"/") {
			return true
		}
	}
	return false
}

// validated is the gate of every command that writes or shows a plan: it
// prints the errors of the plans and refuses (exit 1) unless force, in which
// case it warns and returns, per plan id, the count of errors the output
// must carry as a mark.
func validated(s *IO, lang diag.Lang, cmd string, groups []planGroup, force, canForce bool) (map[string]int, error) {
	marks := map[string]int{}
	var all []diag.Diagnostic
	var names []string
	for _, g := range groups {
		errs := planErrors(g.target, g.plans)
		for _, p := range g.plans {
			if n := len(errs[p.ID]); n > 0 {
				marks[p.ID] = n
				names = append(names, p.ID)
				all = append(all, errs[p.ID]...)
			}
		}
	}
	if len(marks) == 0 {
		return marks, nil
	}
	all = uniqueDiags(all)
	diag.Sort(all)
	if err := diag.WriteText(s.Err, all, lang, false); err != nil {
		return nil, failure(err)
	}
	subject := strings.Join(names, ", ")
	switch {
	case force:
		for _, id := range names {
			fmt.Fprintln(s.Err, msg.PlanForced.In(lang, cmd, id, marks[id]))
		}
		return marks, nil
	case canForce:
		fmt.Fprintln(s.Err, msg.PlanHasErrors.In(lang, cmd, subject, len(all)))
	default:
		fmt.Fprintln(s.Err, msg.PlanHasErrorsNoForce.In(lang, cmd, subject, len(all)))
	}
	return nil, findings
}

// planGroup is plans of one repository.
type planGroup struct {
	target *load.Target
	plans  []*plan.Plan
}

// groupPlans splits the parallel slices openPlans returns by repository.
func groupPlans(plans []*plan.Plan, targets []*load.Target) []planGroup {
	var out []planGroup
	for i, p := range plans {
		if len(out) == 0 || out[len(out)-1].target != targets[i] {
			out = append(out, planGroup{target: targets[i]})
		}
		out[len(out)-1].plans = append(out[len(out)-1].plans, p)
	}
	return out
}

// uniqueDiags drops repeats: a registry error blocks every plan and would
// otherwise print once per plan.
func uniqueDiags(ds []diag.Diagnostic) []diag.Diagnostic {
	seen := map[string]bool{}
	var out []diag.Diagnostic
	for _, d := range ds {
		k := d.Rule + "\x00" + d.Pos.String() + "\x00" + d.Message.VI
		if !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	return out
}

// repoReadable refuses (exit 1) to build a new plan from a repository
// whose settings, calendar or registries did not load: agency names would
// be matched against half a registry.
func repoReadable(s *IO, g *globals, cmd string, t *load.Target) error {
	var errs []diag.Diagnostic
	for _, d := range t.Diags {
		switch load.RoleOf(d.Pos.File) {
		case load.RoleConfig, load.RoleCalendar, load.RoleRegistry:
			if d.Severity == diag.Error && !d.Suppressed {
				errs = append(errs, d)
			}
		}
	}
	if len(errs) == 0 {
		return nil
	}
	if err := diag.WriteText(s.Err, errs, g.lang, false); err != nil {
		return failure(err)
	}
	fmt.Fprintln(s.Err, g.t(msg.RepoHasErrors, cmd, len(errs)))
	return findings
}

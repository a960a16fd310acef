package check

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/plan"
)

// cross is what a rule across plans sees: every plan's index entry, never
// a model. Findings go to the plan whose file they are in (so its
// suppressions apply), or loose for files of no plan (templates).
type cross struct {
	env    *Env
	rule   Rule
	units  []*Unit
	byPlan [][]diag.Diagnostic
	loose  []diag.Diagnostic
	// byID is the first plan with each id, as lookups by id find it.
	byID map[string]int
}

func (x *cross) index() {
	x.byID = map[string]int{}
	for i, u := range x.units {
		if s := u.Index; s != nil && s.ID != "" {
			if _, dup := x.byID[s.ID]; !dup {
				x.byID[s.ID] = i
			}
		}
	}
}

// plan returns the entry of the plan with id.
func (x *cross) plan(id string) (*Summary, bool) {
	i, ok := x.byID[id]
	if !ok {
		return nil, false
	}
	return x.units[i].Index, true
}

// add reports a finding of plan i at one of its places.
func (x *cross) add(i int, code string, at Place, args ...any) *diag.Diagnostic {
	s := x.units[i].Index
	x.byPlan[i] = append(x.byPlan[i], diag.New(code, s.pos(at), at.Path, args...))
	return &x.byPlan[i][len(x.byPlan[i])-1]
}

// each calls fn for every plan with an index entry, in order.
func (x *cross) each(fn func(i int, s *Summary)) {
	for i, u := range x.units {
		if u.Index != nil {
			fn(i, u.Index)
		}
	}
}

func (x *cross) calendar() Calendar {
	if !x.env.opt.Whole && x.rule.Reads&WorkingDays == 0 {
		forbidden{x.rule.Name, WorkingDays}.fail()
	}
	return x.env.opt.Calendar
}

// crossPlanIDs: plan ids are unique across the repository, since links,
// progress records and diffs key on them (KH005).
func crossPlanIDs(x *cross) {
	first := map[string]int{}
	x.each(func(i int, s *Summary) {
		if s.ID == "" {
			return
		}
		j, dup := first[s.ID]
		if !dup {
			first[s.ID] = i
			return
		}
		prev := x.units[j].Index
		x.add(i, "KH005", s.IDAt, s.ID, prev.pos(prev.IDAt).String()).
			Related = []diag.Related{{Pos: prev.pos(prev.IDAt), Path: prev.IDAt.Path}}
	})
}

// crossLinks resolves the links to other plans: a parent plan, plans
// carried out or cited, and the parent's tasks a task implements
// (KH012, KH014, KH015).
func crossLinks(x *cross) {
	x.each(func(i int, s *Summary) {
		for _, t := range s.TaskLinks {
			planID, taskID := splitImplements(s, t.Implements)
			parent, ok := x.plan(planID)
			switch {
			case !ok:
				x.add(i, "KH014", t.At, planID)
			case !parent.hasTask(taskID):
				x.add(i, "KH012", t.At, taskID, diag.Text{VI: " trong kế hoạch " + planID, EN: " in plan " + planID})
			}
		}
		for _, l := range s.CitedPlans {
			if _, ok := x.plan(l.ID); !ok {
				x.add(i, "KH014", l.At, l.ID)
			}
		}
		for _, l := range s.Implements {
			if _, ok := x.plan(l.ID); !ok && !l.Cited {
				x.add(i, "KH015", l.At, l.ID)
			}
		}
		if _, ok := x.plan(s.Parent); s.Parent != "" && !ok {
			x.add(i, "KH014", s.ParentAt, s.Parent)
		}
	})
}

// splitImplements reads "plan-id/task-id"; a bare task id means the plan's
// parent.
func splitImplements(s *Summary, impl string) (planID, taskID string) {
	planID, taskID, ok := strings.Cut(impl, "/")
	if !ok {
		return s.Parent, impl
	}
	return planID, taskID
}

func (s *Summary) hasTask(id string) bool {
	_, ok := s.task(id)
	return ok
}

// task finds the first task with id.
func (s *Summary) task(id string) (TaskEntry, bool) {
	for _, t := range s.Tasks {
		if t.ID == id {
			return t, true
		}
	}
	return TaskEntry{}, false
}

// dated parses a deadline of the plan as the deadline rules do.
func (x *cross) dated(s *Summary, text string) (deadline.Deadline, bool) {
	if text == "" {
		return deadline.Deadline{}, false
	}
	d, err := deadline.ParseIn(text, deadline.Context{Year: s.Year})
	if err != nil {
		return deadline.Deadline{}, false
	}
	if d.Kind == deadline.Relative && !s.Issued.IsZero() && d.Anchor != deadline.OtherAnchor {
		d = d.Resolve(s.Issued, x.calendar())
	}
	return d, true
}

// crossParent: rule 5. A task implementing a parent plan's task is due no
// later than it, and a child plan's period lies inside its parent's
// (KH106, KH107).
func crossParent(x *cross) {
	x.each(func(i int, s *Summary) {
		if parent, ok := x.plan(s.Parent); ok {
			x.checkPeriod(i, s, parent)
		}
		for _, t := range s.TaskLinks {
			planID, taskID := splitImplements(s, t.Implements)
			parent, ok := x.plan(planID)
			if !ok {
				continue // crossLinks reports it
			}
			pt, ok := parent.task(taskID)
			if !ok {
				continue
			}
			a, okA := x.dated(s, t.Deadline)
			b, okB := x.dated(parent, pt.Deadline)
			if okA && okB && a.Dated() && b.Dated() && a.To.After(b.To) {
				x.add(i, "KH106", t.DueAt, t.Task, due(a), taskID, planID, due(b)).
					Related = []diag.Related{related(parent.loc(pt.At), diag.Text{VI: "nhiệm vụ cấp trên " + taskID, EN: "parent task " + taskID})}
			}
		}
	})
}

func (x *cross) checkPeriod(i int, s, parent *Summary) {
	per, ok := x.dated(s, s.Period)
	pper, pok := x.dated(parent, parent.Period)
	if !ok || !pok || !per.Dated() || !pper.Dated() {
		return
	}
	if per.From.Before(pper.From) || per.To.After(pper.To) {
		x.add(i, "KH107", s.PeriodAt, per.String(), pper.String(), s.Parent).
			Related = []diag.Related{related(parent.loc(parent.PeriodAt), diag.Text{VI: "thời kỳ kế hoạch cấp trên", EN: "the parent plan's period"})}
	}
}

// crossConditional: a deadline following a document named by number that
// no citation matches must match a plan of the repository (KH116).
func crossConditional(x *cross) {
	numbers := map[string]bool{}
	x.each(func(_ int, s *Summary) { numbers[strconv.Itoa(s.Number)] = true })
	x.each(func(i int, s *Summary) {
		for _, w := range s.Wants {
			if !numbers[w.Number] {
				x.add(i, "KH116", w.At, w.Deadline, w.Ref)
			}
		}
	})
}

// crossSequences: rule 6. An issuer numbers its documents of one symbol in
// order through the year, restarting on 1 January, so a higher number
// cannot carry an earlier date than a lower one the repository knows
// (KH110). The same cited document appears in many plans, so documents
// are grouped by number and date before they are compared.
func crossSequences(x *cross) {
	type doc struct {
		plan int
		n    Numbered
	}
	type value struct {
		number int
		date   time.Time
	}
	groups := map[string]map[value][]doc{}
	x.each(func(i int, s *Summary) {
		for _, n := range s.Numbered {
			key := fmt.Sprintf("%s|%s|%d", n.Issuer, n.Symbol, n.Date.Year())
			if groups[key] == nil {
				groups[key] = map[value][]doc{}
			}
			v := value{n.Number, n.Date}
			groups[key][v] = append(groups[key][v], doc{i, n})
		}
	})
	for _, g := range groups {
		values := make([]value, 0, len(g))
		for v := range g {
			values = append(values, v)
		}
		sort.Slice(values, func(i, j int) bool { return values[i].number < values[j].number })
		for ai, a := range values {
			first := g[a][0]
			for _, b := range values[ai+1:] {
				if b.number == a.number || !b.date.Before(a.date) {
					continue
				}
				for _, d := range g[b] {
					x.sequenceFinding(d.plan, d.n, first.plan, first.n)
				}
			}
		}
	}
}

// sequenceFinding reports document b of plan i, dated before the lower
// number a of plan j.
func (x *cross) sequenceFinding(i int, b Numbered, j int, a Numbered) {
	why := diag.Text{
		VI: fmt.Sprintf("số nhỏ hơn %s đã mang ngày %s", a.Ref, plan.ShortDate(a.Date)),
		EN: fmt.Sprintf("the lower number %s is dated %s", a.Ref, plan.ShortDate(a.Date)),
	}
	x.add(i, "KH110", b.At, b.Ref, plan.ShortDate(b.Date), b.Symbol, why).
		Related = []diag.Related{related(x.units[j].Index.loc(a.At), diag.Text{VI: a.Ref, EN: a.Ref})}
}

// crossTemplates validates the layout templates the plans use, where the
// repository has its own copy: a province's margin or size outside the
// decree's ranges is a finding (KH033). Built-in templates are checked by
// the layout package's own tests.
func crossTemplates(x *cross) {
	dir := x.env.opt.TemplatesDir
	if dir == "" {
		return
	}
	names := map[string]bool{}
	x.each(func(_ int, s *Summary) { names[s.Template] = true })
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	for _, name := range sorted {
		x.loose = append(x.loose, templateFindings(dir, name, x.env.opt.Base)...)
	}
}

package check

import (
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
)

// Plans in the repository that implement the same document form a family
// (issue 17): 1174/KH-UBND and 171/KH-UBND both carry out Nghị quyết
// 09-NQ/TU. A plan belongs to the families of the documents it carries out
// (thuc_hien, by the cited number), of the plans it carries out or has as
// parent, and of its own id, so a parent and its children share one.

// familyKeys are the families of p, written into its index entry.
func familyKeys(p *plan.Plan) []string {
	refs := map[string]string{}
	for _, ct := range p.Citations {
		refs[ct.ID] = ct.Ref
	}
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	add("plan:" + p.ID)
	if p.Parent != "" {
		add("plan:" + p.Parent)
	}
	for _, id := range p.Implements {
		if ref, ok := refs[id]; ok {
			add("doc:" + symbolKey(ref))
		} else {
			add("plan:" + id)
		}
	}
	for _, ct := range p.Citations {
		if ct.Plan != "" {
			add("plan:" + ct.Plan)
		}
	}
	return out
}

// taskKey identifies a task's text across plans, as sameIndicator reads
// it; "" for texts too short or placeholders to compare.
func taskKey(text string) string {
	k := sameIndicator(text)
	if wordCount(k) < 4 || isPlaceholder(text) {
		return ""
	}
	h := fnv.New64a()
	h.Write([]byte(k))
	return strconv.FormatUint(h.Sum64(), 36)
}

// crossFamilies runs the rules within families: the same task led by
// another agency (KH157), a schedule against the adoption date of what it
// prepares (KH158), a task due after the same task of the plan it carries
// out (KH159), and a document cited with two dates (KH162).
func crossFamilies(x *cross) {
	families := map[string][]int{}
	var order []string
	x.each(func(i int, s *Summary) {
		for _, k := range s.Family {
			if families[k] == nil {
				order = append(order, k)
			}
			families[k] = append(families[k], i)
		}
	})
	reported := map[string]bool{}
	for _, k := range order {
		if members := families[k]; len(members) > 1 {
			x.familyLeads(members, reported)
			x.familyDates(members, reported)
		}
	}
	x.taskLinkLeads(reported)
	x.familyDeadlines()
	x.schedules()
}

type familyTask struct {
	plan int
	t    TaskEntry
}

// familyLeads: for each task text shared by plans of a family, a plan whose
// lead differs from the latest earlier plan's gets an info.
func (x *cross) familyLeads(members []int, reported map[string]bool) {
	byKey := map[string][]familyTask{}
	var keys []string
	for _, i := range members {
		for _, t := range x.units[i].Index.Tasks {
			if t.Key == "" || len(t.Lead) == 0 {
				continue
			}
			if byKey[t.Key] == nil {
				keys = append(keys, t.Key)
			}
			byKey[t.Key] = append(byKey[t.Key], familyTask{i, t})
		}
	}
	for _, k := range keys {
		group := byKey[k]
		sort.SliceStable(group, func(a, b int) bool { return x.issued(group[a].plan).Before(x.issued(group[b].plan)) })
		for n, ft := range group {
			var prev *familyTask
			for m := n - 1; m >= 0; m-- {
				if group[m].plan != ft.plan && x.issued(group[m].plan).Before(x.issued(ft.plan)) {
					prev = &group[m]
					break
				}
			}
			if prev != nil && !sameLeads(prev.t.Lead, ft.t.Lead) {
				x.leadMoved(ft, *prev, reported)
			}
		}
	}
}

func (x *cross) issued(i int) time.Time { return x.units[i].Index.Issued }

func sameLeads(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	as, bs := append([]string(nil), a...), append([]string(nil), b...)
	sort.Strings(as)
	sort.Strings(bs)
	for i := range as {
		if as[i] != bs[i] {
			return false
		}
	}
	return true
}

func (x *cross) leadMoved(ft, prev familyTask, reported map[string]bool) {
	s, ps := x.units[ft.plan].Index, x.units[prev.plan].Index
	key := s.ID + "/" + ft.t.ID
	if reported[key] {
		return
	}
	reported[key] = true
	x.add(ft.plan, "KH157", ft.t.LeadAt, ft.t.ID, strings.Join(ft.t.Lead, "; "),
		msg.CheckOtherPlan.Text(planName(ps), plan.ShortDate(ps.Issued)), strings.Join(prev.t.Lead, "; ")).
		Related = []diag.Related{related(ps.loc(prev.t.LeadAt), msg.CheckSameTask.Text(prev.t.ID, ps.ID))}
}

// planName is a plan as its reader knows it: its number and symbol, or its id.
func planName(s *Summary) string {
	if s.Number > 0 && s.Symbol != "" {
		return strconv.Itoa(s.Number) + "/" + s.Symbol
	}
	return s.ID
}

// taskLinkLeads: a task carrying out another plan's task (thuc_hien) under
// another lead, the same information.
func (x *cross) taskLinkLeads(reported map[string]bool) {
	x.each(func(i int, s *Summary) {
		for _, l := range s.TaskLinks {
			planID, taskID := splitImplements(s, l.Implements)
			j, ok := x.byID[planID]
			if !ok || j == i {
				continue // KH037 reports a link to the plan itself
			}
			pt, ok1 := x.units[j].Index.task(taskID)
			own, ok2 := s.task(l.Task)
			if ok1 && ok2 && len(pt.Lead) > 0 && len(own.Lead) > 0 && !sameLeads(pt.Lead, own.Lead) {
				x.leadMoved(familyTask{i, own}, familyTask{j, pt}, reported)
			}
		}
	})
}

// familyDates: one document (same issuer and number) cited or numbered
// with two dates in plans of one family.
func (x *cross) familyDates(members []int, reported map[string]bool) {
	type first struct {
		plan int
		n    Numbered
	}
	seen := map[string]first{}
	members = append([]int(nil), members...)
	sort.SliceStable(members, func(a, b int) bool { return x.issued(members[a]).Before(x.issued(members[b])) })
	for _, i := range members {
		for _, n := range x.units[i].Index.Numbered {
			k := n.Issuer + "|" + symbolKey(n.Ref)
			f, ok := seen[k]
			if !ok {
				seen[k] = first{i, n}
				continue
			}
			if f.plan == i || f.n.Date.Equal(n.Date) || reported["date:"+k+strconv.Itoa(i)] {
				continue
			}
			reported["date:"+k+strconv.Itoa(i)] = true
			fs := x.units[f.plan].Index
			x.add(i, "KH162", n.At, n.Ref, plan.ShortDate(n.Date), msg.CheckOtherPlanCites.Text(planName(fs)), plan.ShortDate(f.n.Date)).
				Related = []diag.Related{related(fs.loc(f.n.At), msg.CheckOtherPlanCites.Text(planName(fs)))}
		}
	}
}

// parentsOf are the plans s carries out: its parent, the plans of its
// thuc_hien and those whose tasks its tasks implement (a plan it only cites
// is not one).
func (x *cross) parentsOf(s *Summary) []int {
	ids := []string{s.Parent}
	for _, l := range s.Implements {
		if !l.Cited {
			ids = append(ids, l.ID)
		}
	}
	for _, t := range s.TaskLinks {
		planID, _ := splitImplements(s, t.Implements)
		ids = append(ids, planID)
	}
	var out []int
	seen := map[int]bool{}
	for _, id := range ids {
		if j, ok := x.byID[id]; ok && !seen[j] && id != s.ID {
			seen[j] = true
			out = append(out, j)
		}
	}
	return out
}

// familyDeadlines: a task that is also, word for word, a task of a plan
// this plan carries out falls due no later than there (KH106 covers tasks
// linked by thuc_hien).
func (x *cross) familyDeadlines() {
	x.each(func(i int, s *Summary) {
		linked := map[string]bool{}
		for _, l := range s.TaskLinks {
			linked[l.Task] = true
		}
		for _, j := range x.parentsOf(s) {
			ps := x.units[j].Index
			theirs := map[string]TaskEntry{}
			for _, t := range ps.Tasks {
				if t.Key != "" {
					theirs[t.Key] = t
				}
			}
			for _, t := range s.Tasks {
				pt, ok := theirs[t.Key]
				if t.Key == "" || !ok || linked[t.ID] {
					continue
				}
				a, okA := x.dated(s, t.Deadline)
				b, okB := x.dated(ps, pt.Deadline)
				if okA && okB && a.Dated() && b.Dated() && a.To.After(b.To) {
					x.add(i, "KH159", t.At, t.ID, due(a), planName(ps), due(b)).
						Related = []diag.Related{related(ps.loc(pt.At), msg.CheckSameTask.Text(pt.ID, ps.ID))}
				}
			}
		}
	})
}

// schedules: a plan preparing a document (chuan_bi) has its last dated
// step within a month of the day the document was adopted, when some plan
// of the repository numbers or cites it (KH158).
func (x *cross) schedules() {
	adopted := map[string]struct {
		plan int
		n    Numbered
	}{}
	x.each(func(i int, s *Summary) {
		for _, n := range s.Numbered {
			k := symbolKey(n.Ref)
			if _, ok := adopted[k]; !ok {
				adopted[k] = struct {
					plan int
					n    Numbered
				}{i, n}
			}
		}
	})
	x.each(func(i int, s *Summary) {
		for _, l := range s.Prepares {
			a, ok := adopted[symbolKey(l.ID)]
			if !ok || a.plan == i {
				continue
			}
			last, ok := x.lastStep(s)
			if !ok {
				continue
			}
			months, days, _ := deadline.Slip(last, deadline.Deadline{Kind: deadline.Date, From: a.n.Date, To: a.n.Date})
			if months == 0 || (months == -1 && days == 0) {
				continue // within a month
			}
			var by msg.Text
			if months > 0 {
				by = msg.CheckSlipLater.Text(months, days)
			} else {
				by = msg.CheckSlipEarlier.Text(-months, -days)
			}
			as := x.units[a.plan].Index
			x.add(i, "KH158", l.At, l.ID, due(last), plan.ShortDate(a.n.Date), by).
				Related = []diag.Related{related(as.loc(a.n.At), msg.CheckAdopted.Text(a.n.Ref, plan.ShortDate(a.n.Date)))}
		}
	})
}

// lastStep is the latest dated deadline of s's tasks.
func (x *cross) lastStep(s *Summary) (deadline.Deadline, bool) {
	var last deadline.Deadline
	found := false
	for _, t := range s.Tasks {
		d, ok := x.dated(s, t.Deadline)
		if ok && d.Dated() && (!found || d.To.After(last.To)) {
			last, found = d, true
		}
	}
	return last, found
}

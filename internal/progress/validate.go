package progress

import (
	"path/filepath"
	"slices"
	"time"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/members"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// Validate checks the records of s that belong to p: their place and
// period, that each task exists and is led by the reporting agency, and that
// completion dates make sense: not before the plan, not after the period
// reported on, not after today (zero skips that). Records of other plans
// are skipped.
func Validate(r *plan.Repo, p *plan.Plan, s *Set, today time.Time) []diag.Diagnostic {
	if s == nil {
		return nil
	}
	var out []diag.Diagnostic
	byPeriod := map[string]*members.Assignment{}
	for _, rec := range s.Records {
		if !belongsTo(rec, p) {
			continue
		}
		as, ok := byPeriod[rec.Period]
		if !ok {
			as = assignment(r, p, rec)
			byPeriod[rec.Period] = as
		}
		out = append(out, validateRecord(r, p, rec, as, today)...)
	}
	return out
}

// belongsTo matches a record to p by its folder, so a record naming the
// wrong plan is still reported, and by id for records built in code.
func belongsTo(rec *Record, p *plan.Plan) bool {
	if rec.Src == nil || p.Src == nil {
		return rec.Plan == p.ID
	}
	recDir, err1 := filepath.Abs(filepath.Dir(filepath.Dir(rec.Src.Abs)))
	planDir, err2 := filepath.Abs(filepath.Dir(p.Src.Abs))
	return err1 == nil && err2 == nil && filepath.Base(recDir) == Dir && filepath.Dir(recDir) == planDir
}

func validateRecord(r *plan.Repo, p *plan.Plan, rec *Record, as *members.Assignment, today time.Time) []diag.Diagnostic {
	var out []diag.Diagnostic
	v := &validation{r: r, p: p, rec: rec, as: as}
	add := func(code string, loc plan.Loc, args ...any) {
		out = append(out, diag.New(code, loc.Pos, loc.Path, args...))
	}
	if rec.Plan != "" && rec.Plan != p.ID {
		add("KH125", rec.Field("ke_hoach"), msg.ProgressWrongPlan.Text(rec.Plan, p.ID), "ke_hoach: "+p.ID)
	}
	per, err := ParsePeriod(rec.Period)
	if err != nil && rec.Period != "" {
		add("KH121", rec.Field("ky"), rec.Period)
	}
	if rec.Src != nil && err == nil {
		out = append(out, checkPlace(rec)...)
	}
	agency := r.Agency(rec.Agency)
	switch {
	case agency == nil && rec.Agency != "":
		add("KH010", rec.Field("co_quan"), rec.Agency, "")
	case agency != nil && members.Expands(r, rec.Agency) && (len(rec.Tasks) > 0 || len(rec.Indicators) > 0):
		add("KH129", rec.Field("co_quan"), agency.DisplayName())
	}
	seen := map[string]bool{}
	for i, e := range rec.Tasks {
		loc := rec.Index("nhiem_vu", i)
		if seen[e.ID] {
			add("KH120", loc.Field("id"), msg.ProgressDuplicateTask.Text(e.ID))
		}
		seen[e.ID] = true
		out = append(out, v.entry(e, loc)...)
		out = append(out, checkDoneDate(per, err == nil, e, loc, today)...)
	}
	seen = map[string]bool{}
	for i, e := range rec.Indicators {
		loc := rec.Index("chi_tieu", i)
		if seen[e.ID] {
			add("KH120", loc.Field("id"), msg.ResultDuplicate.Text(e.ID))
		}
		seen[e.ID] = true
		out = append(out, v.result(e, loc)...)
	}
	return out
}

// validation is one record being checked, with who reports on what in
// its period.
type validation struct {
	r   *plan.Repo
	p   *plan.Plan
	rec *Record
	as  *members.Assignment
}

// assignment resolves the reporters of p on the last day of the record's
// period, the day its forms were for; an unreadable period (KH121) counts
// every member that ever existed.
func assignment(r *plan.Repo, p *plan.Plan, rec *Record) *members.Assignment {
	per, err := ParsePeriod(rec.Period)
	if err != nil {
		return members.Assign(r, p, time.Time{})
	}
	return members.Assign(r, p, per.To)
}

// groupLeads: a group with members that leads the item reports in its
// members' stead, which KH129 reports once for the whole record.
func (v *validation) groupLeads(lead []string) bool {
	return members.Expands(v.r, v.rec.Agency) && slices.Contains(lead, v.rec.Agency)
}

func (v *validation) agencyName() string { return view.AgencyIn(v.r, v.rec.Agency).Short }

// result checks an indicator's result: the indicator exists, the agency
// reports on it, and the result fits the target's unit.
func (v *validation) result(e *plan.RecordResult, loc plan.Loc) []diag.Diagnostic {
	var out []diag.Diagnostic
	add := func(code string, l plan.Loc, args ...any) {
		out = append(out, diag.New(code, l.Pos, l.Path, args...))
	}
	var in *plan.Indicator
	for _, x := range v.p.Indicators() {
		if x.ID == e.ID {
			in = x
			break
		}
	}
	switch {
	case e.ID == "":
		return nil
	case in == nil:
		add("KH127", loc.Field("id"), msg.ResultUnknownIndicator.Text(e.ID, v.p.ID))
		return out
	case v.rec.Agency != "" && !v.as.ReportsIndicator(v.rec.Agency, e.ID) && !v.groupLeads(in.Lead):
		add("KH127", loc.Field("id"), msg.ResultNotLead.Text(v.agencyName(), e.ID))
	}
	if e.Result == "" {
		return out
	}
	if _, pr := ReadResult(in, e.Result); pr != nil {
		l := loc.Field("ket_qua")
		if pr.Code == "KH126" {
			add("KH126", l, e.Result, e.ID, pr.Unit, in.Target, Unit(in), Example(in))
		} else {
			add("KH128", l, e.Result, e.ID, in.Target, pr.Hint)
		}
	}
	return out
}

// checkPlace compares the record's folder and file name with its period
// and agency, the keys import and kh status look it up by.
func checkPlace(rec *Record) []diag.Diagnostic {
	want := filepath.Join(rec.Period, rec.Agency+".yaml")
	abs := rec.Src.Abs
	got := filepath.Join(filepath.Base(filepath.Dir(abs)), filepath.Base(abs))
	if got == want {
		return nil
	}
	loc := rec.Field("co_quan")
	return []diag.Diagnostic{diag.New("KH125", loc.Pos, loc.Path, msg.ProgressWrongPlace.Text(rec.Period, rec.Agency, filepath.ToSlash(got)), filepath.ToSlash(filepath.Join(Dir, want)))}
}

// checkDoneDate: a completion reported for a period happened in it or
// before, and not after the day the check runs (KH172, KH173).
func checkDoneDate(per Period, known bool, e *Entry, loc plan.Loc, today time.Time) []diag.Diagnostic {
	if e.DoneOn.IsZero() || e.Status != Done {
		return nil
	}
	l := loc.Field("ngay_hoan_thanh")
	date := plan.ShortDate(e.DoneOn)
	switch {
	case !today.IsZero() && e.DoneOn.After(today):
		return []diag.Diagnostic{diag.New("KH173", l.Pos, l.Path, date, plan.ShortDate(today))}
	case known && e.DoneOn.After(per.To):
		return []diag.Diagnostic{diag.New("KH172", l.Pos, l.Path, date, per.Label(), plan.ShortDate(per.To))}
	}
	return nil
}

// entry checks a task's entry: the task exists, the agency reports on it
// (itself a lead, or a member of a lead group), and its date.
func (v *validation) entry(e *Entry, loc plan.Loc) []diag.Diagnostic {
	var out []diag.Diagnostic
	add := func(code string, l plan.Loc, args ...any) {
		out = append(out, diag.New(code, l.Pos, l.Path, args...))
	}
	p, rec := v.p, v.rec
	t := p.Task(e.ID)
	switch {
	case e.ID == "":
	case t == nil:
		add("KH122", loc.Field("id"), e.ID, p.ID)
	case rec.Agency != "" && !v.as.Reports(rec.Agency, e.ID) && !v.groupLeads(t.Lead):
		add("KH123", loc.Field("id"), v.agencyName(), e.ID)
	}
	if e.DoneOn.IsZero() {
		return out
	}
	date := plan.ShortDate(e.DoneOn)
	switch {
	case e.Status != Done && e.Status != "":
		add("KH124", loc.Field("ngay_hoan_thanh"), date, msg.ProgressDateNotDone.Text())
	case !p.Date.IsZero() && e.DoneOn.Before(p.Date):
		add("KH124", loc.Field("ngay_hoan_thanh"), date, msg.ProgressDateBeforeIssue.Text(plan.ShortDate(p.Date)))
	}
	return out
}

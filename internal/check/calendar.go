package check

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/members"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/view"
)

// checkDaysOff: a deadline on a day off moves to the next working day
// (Civil Code 2015 Art. 148); the officer should know which day that is.
// Only exact dates are meant: a month or quarter ends when it ends. A
// "trước ngày X" whose last day falls on a day off is no defect in itself:
// the work is simply due on the working day before, which an info says.
func (c *ctx) checkDaysOff(pd *planDeadlines) {
	for _, t := range pd.tasks {
		if !t.ok || t.d.Kind != deadline.Date || !t.d.Dated() {
			continue
		}
		day := t.d.To
		if t.d.Before {
			c.dayOffBefore(t)
			continue
		}
		if reason, off := c.opt.Calendar.DayOff(day); off {
			next := c.opt.Calendar.NextWorkingDay(day)
			c.add("KH114", t.loc(), plan.ShortDate(day), dayName(day, reason), weekdayDate(next))
		}
	}
}

// checkCalendarYears (KH119): the yearly day swaps are data, announced
// each year; a plan with deadlines in a year the calendar has no data for
// is checked on the statutory days only, which the officer should know.
// Years before the first one the repository records are history it chose
// not to enter, and a repository without a calendar says nothing.
func (c *ctx) checkCalendarYears(pd *planDeadlines) {
	cal, ok := c.opt.Calendar.(interface{ Years() []int })
	if !ok {
		return
	}
	years := cal.Years()
	if len(years) == 0 {
		return
	}
	var missing []int
	for _, t := range pd.tasks {
		if !t.ok || !t.d.Dated() {
			continue
		}
		y := t.d.To.Year()
		if y > years[0] && !slices.Contains(years, y) && !slices.Contains(missing, y) {
			missing = append(missing, y)
		}
	}
	if len(missing) == 0 {
		return
	}
	slices.Sort(missing)
	var names []string
	for _, y := range missing {
		names = append(names, strconv.Itoa(y))
	}
	c.add("KH119", pd.p.Field("thoi_ky"), strings.Join(names, ", "))
}

// dayOffBefore: the last day of "trước ngày X" is a day off, so the last
// working day before X is the real limit (KH114 as information).
func (c *ctx) dayOffBefore(t dated) {
	day := t.d.To
	reason, off := c.opt.Calendar.DayOff(day)
	if !off {
		return
	}
	last := day
	for i := 0; i < 30 && !c.opt.Calendar.IsWorkingDay(last); i++ {
		last = last.AddDate(0, 0, -1)
	}
	d := c.add("KH114", t.loc(), plan.ShortDate(day), diag.Text{}, diag.Text{})
	d.Severity = diag.Info
	d.Message = msg.CheckDayOffBefore.Text(plan.ShortDate(day.AddDate(0, 0, 1)), plan.ShortDate(day), dayName(day, reason), weekdayDate(last))
}

func dayName(day time.Time, reason string) msg.Text {
	why := msg.Text{VI: reason, EN: reason}
	if day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
		why.EN = msg.Weekday(day.Weekday()).EN
	}
	return why
}

func weekdayDate(t time.Time) msg.Text {
	return msg.CheckWeekdayDate.Text(msg.Weekday(t.Weekday()), plan.ShortDate(t))
}

// checkConditional: a deadline that follows a named body is resolved
// against the registry; a name that matches nothing is reported so it can
// be corrected. A document named by number is looked for among the
// citations and then, by crossConditional, among the repository's plans.
func (c *ctx) checkConditional(pd *planDeadlines) {
	for _, t := range pd.tasks {
		if !t.ok || t.d.Kind != deadline.Conditional || t.d.Ref == "" || generic(t.d.Ref) {
			continue
		}
		if agencyLike(t.d.Ref) && c.repo.AgencyByName(pd.p, t.d.Ref) == nil {
			c.add("KH116", t.loc(), t.ref.Task.Deadline, t.d.Ref)
		}
	}
}

// docRefRe picks the number of a named document: "Đề án 06", "Kế hoạch số
// 171", "Quyết định 749".
var docRefRe = regexp.MustCompile(`^(Đề án|Kế hoạch|Quyết định|Nghị quyết|Chương trình|Quy hoạch|Chiến lược)(?:\s+số)?\s+(\d+)`)

// generic names refer to the document kind in general ("Quy hoạch tỉnh",
// "kế hoạch"), which no citation can pin down.
func generic(ref string) bool {
	return !docRefRe.MatchString(ref) && !strings.ContainsAny(ref, "0123456789") && !agencyLike(ref)
}

func agencyLike(ref string) bool {
	for _, p := range []string{"Bộ ", "Sở ", "UBND", "Ủy ban", "Ban ", "Quỹ ", "Chính phủ", "Thủ tướng", "Tỉnh ủy"} {
		if strings.HasPrefix(ref, p) {
			return true
		}
	}
	return false
}

// citesNumber matches "Đề án 06" against a citation numbered 06/… or one
// whose subject names "Đề án 06".
func citesNumber(ct *plan.Citation, kind, num string) bool {
	lead := strings.TrimLeft(strings.FieldsFunc(ct.Ref, func(r rune) bool { return r == '/' || r == '-' })[0], "0")
	if lead == num && (ct.Type == kind || kind == "Đề án") {
		return true
	}
	return strings.Contains(ct.Subject, kind+" "+num) || strings.Contains(ct.Subject, kind+" 0"+num)
}

// AgendaItem is one task of one lead agency on the as-of day: due within 30
// days, or overdue without a completion record.
type AgendaItem struct {
	Agency string // display name; "" for a task with no lead agency
	PlanID string
	TaskID string
	// Number is where the signed document prints the task ("15 (Phụ lục
	// 02)"), the number officers find it by.
	Number  string
	Text    string
	Due     time.Time
	Days    int // until due, or past it when Overdue
	Overdue bool
	Pos     diag.Pos
	// Last is what the agency last reported on the task, nil when it never
	// did. For a group reported on by its members, Members counts them,
	// Reported those who reported and Done those done.
	Last                    *LastReport `json:",omitempty"`
	Members, Reported, Done int
}

// LastReport is an agency's latest entry on a task.
type LastReport struct {
	Period, Status string
	DoneOn         time.Time
	Result         string
}

// Agenda lists, per lead agency, what falls due within 30 days of opt.AsOf
// and what is overdue, sorted by agency then date.
func Agenda(repo *plan.Repo, opt Options) []AgendaItem {
	opt.Whole = true
	if opt.Progress == nil {
		all := &progress.Set{}
		for _, p := range repo.Plans {
			all.Records = append(all.Records, p.Records...)
		}
		opt.Progress = all
	}
	c := &ctx{repo: repo, opt: defaults(opt)}
	var out []AgendaItem
	for _, p := range repo.Plans {
		out = append(out, c.agendaOf(p)...)
	}
	SortAgenda(out)
	return out
}

// agendaOf is the as-of listing of one plan.
func (c *ctx) agendaOf(p *plan.Plan) []AgendaItem { return c.agenda(c.parsePlan(p)) }

// SortAgenda orders an agenda by lead agency, then date.
func SortAgenda(out []AgendaItem) {
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Agency != b.Agency {
			return a.Agency < b.Agency
		}
		return a.Due.Before(b.Due)
	})
}

func (c *ctx) agenda(pd *planDeadlines) []AgendaItem {
	asOf := c.opt.AsOf
	horizon := asOf.AddDate(0, 0, 30)
	var out []AgendaItem
	numbers := view.New(c.repo, pd.p).Numbers()
	for _, t := range pd.tasks {
		if t.ok && t.d.Kind == deadline.Recurring && t.ref.Task.Report {
			out = append(out, c.reportCutOffs(pd, t, asOf, horizon)...)
			continue
		}
		if !t.ok || !t.d.Dated() || t.d.Kind == deadline.OpenStart || t.d.Kind == deadline.Recurring {
			continue
		}
		overdue := t.d.To.Before(asOf)
		if !overdue && t.d.To.After(horizon) {
			continue
		}
		days := daysBetween(asOf, t.d.To)
		if overdue {
			days = -days
		}
		for _, lead := range c.leads(t.ref.Task) {
			it, done := c.leadItem(pd.p, t.ref.Task, lead, asOf)
			if done {
				continue
			}
			it.Number, it.Due, it.Days, it.Overdue, it.Pos = numbers[t.ref.Task.ID].String(), t.d.To, days, overdue, t.loc().Pos
			out = append(out, it)
		}
	}
	return out
}

// reportCutOffs lists the data cut-off days of a recurring report that fall
// between asOf and horizon. NĐ 09/2019/NĐ-CP Art. 12 closes each period's
// data on the 14th of its last month (15th of the month before to the 14th),
// which is when an agency must have its figures, well before the period
// itself ends.
func (c *ctx) reportCutOffs(pd *planDeadlines, t dated, asOf, horizon time.Time) []AgendaItem {
	var out []AgendaItem
	// A period ends at most a month after its cut-off, so look that far on.
	for _, r := range deadline.Occurrences(t.d, asOf, horizon.AddDate(0, 1, 0), deadline.DefaultCutOff) {
		if r.DataTo.Before(asOf) || r.DataTo.After(horizon) {
			continue
		}
		text := fmt.Sprintf("Báo cáo %s (số liệu %s–%s): %s", r.Covers.String(), plan.ShortDate(r.DataFrom), plan.ShortDate(r.DataTo), t.ref.Task.Text)
		for _, lead := range c.leads(t.ref.Task) {
			it, _ := c.leadItem(pd.p, t.ref.Task, lead, asOf)
			it.Text, it.Due, it.Days, it.Pos = text, r.DataTo, daysBetween(asOf, r.DataTo), t.loc().Pos
			out = append(out, it)
		}
	}
	return out
}

// checkAsOf reports the agenda as findings: overdue work is a warning,
// work due soon is information.
func (c *ctx) checkAsOf(pd *planDeadlines) {
	for _, it := range c.agenda(pd) {
		loc := pd.byID[it.TaskID].loc()
		who := msg.Text{VI: it.Agency, EN: it.Agency}
		if it.Agency == "" {
			who = msg.AgendaUnassigned.Text()
		}
		if it.Overdue {
			c.add("KH118", loc, who, it.TaskID, plan.ShortDate(it.Due), it.Days)
		} else {
			c.add("KH117", loc, who, it.TaskID, plan.ShortDate(it.Due), it.Days)
		}
	}
}

// leads are the task's lead agencies; "" stands for a task given to no one.
func (c *ctx) leads(t *plan.Task) []string {
	if len(t.Lead) == 0 {
		return []string{""}
	}
	return t.Lead
}

// leadItem is the agenda entry of one lead with what it last reported, and
// whether it is done: itself, or every member it stands for on the task.
// Co-leads are listed and counted each for themselves.
func (c *ctx) leadItem(p *plan.Plan, t *plan.Task, lead string, asOf time.Time) (AgendaItem, bool) {
	it := AgendaItem{PlanID: p.ID, TaskID: t.ID, Text: t.Text}
	if lead != "" {
		it.Agency = view.AgencyIn(c.repo, lead).Short
	}
	prog := c.opt.Progress
	if prog == nil || lead == "" {
		return it, false
	}
	rs := members.Reporters(c.repo, []string{lead}, t.LeadMembers, asOf)
	if len(rs) == 1 && rs[0].ID == lead {
		if r, e := prog.Latest(p.ID, t.ID, lead, asOf); e != nil {
			it.Last = &LastReport{Period: r.Period, Status: e.Status, DoneOn: e.DoneOn, Result: e.Result}
		}
		return it, prog.DoneBy(p.ID, t.ID, lead, asOf)
	}
	it.Members = len(rs)
	for _, rp := range rs {
		if _, e := prog.Latest(p.ID, t.ID, rp.ID, asOf); e != nil {
			it.Reported++
		}
		if prog.DoneBy(p.ID, t.ID, rp.ID, asOf) {
			it.Done++
		}
	}
	return it, it.Done == it.Members
}

// Due is a task's deadline as the agenda reads it: its last day, when the
// deadline names one (a date, a month, a quarter, a year). Recurring,
// open-ended and event deadlines name none and are never overdue.
type Due struct {
	Last  time.Time
	Dated bool
}

// Dues reads the deadlines of p's tasks by id, the way Agenda does.
func Dues(repo *plan.Repo, p *plan.Plan, opt Options) map[string]Due {
	c := &ctx{repo: repo, opt: defaults(opt)}
	out := map[string]Due{}
	for _, t := range c.parsePlan(p).tasks {
		if _, dup := out[t.ref.Task.ID]; dup {
			continue
		}
		d := Due{}
		if t.ok && t.d.Dated() && t.d.Kind != deadline.OpenStart && t.d.Kind != deadline.Recurring {
			d = Due{Last: t.d.To, Dated: true}
		}
		out[t.ref.Task.ID] = d
	}
	return out
}

// IsAgenda tells the findings that list the as-of agenda (KH117, KH118),
// which a text report prints grouped by agency instead.
func IsAgenda(d diag.Diagnostic) bool { return d.Rule == "KH117" || d.Rule == "KH118" }

// leadNames are the short names of the task's lead agencies, or one ""
// when it has none.
func (c *ctx) leadNames(t *plan.Task) []string {
	if len(t.Lead) == 0 {
		return []string{""}
	}
	names := make([]string, len(t.Lead))
	for i, id := range t.Lead {
		names[i] = view.AgencyIn(c.repo, id).Short
	}
	return names
}

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
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
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
	Agency  string // display name
	PlanID  string
	TaskID  string
	Text    string
	Due     time.Time
	Days    int // until due, or past it when Overdue
	Overdue bool
	Pos     diag.Pos
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
	for _, t := range pd.tasks {
		if t.ok && t.d.Kind == deadline.Recurring && t.ref.Task.Report {
			out = append(out, c.reportCutOffs(pd, t, asOf, horizon)...)
			continue
		}
		if !t.ok || !t.d.Dated() || t.d.Kind == deadline.OpenStart || t.d.Kind == deadline.Recurring {
			continue
		}
		if c.opt.Progress != nil && c.opt.Progress.DoneBy(pd.p.ID, t.ref.Task.ID, asOf) {
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
		for _, name := range c.leadNames(t.ref.Task) {
			out = append(out, AgendaItem{Agency: name, PlanID: pd.p.ID, TaskID: t.ref.Task.ID, Text: t.ref.Task.Text,
				Due: t.d.To, Days: days, Overdue: overdue, Pos: t.loc().Pos})
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
		for _, name := range c.leadNames(t.ref.Task) {
			out = append(out, AgendaItem{Agency: name, PlanID: pd.p.ID, TaskID: t.ref.Task.ID, Text: text,
				Due: r.DataTo, Days: daysBetween(asOf, r.DataTo), Pos: t.loc().Pos})
		}
	}
	return out
}

// checkAsOf reports the agenda as findings: overdue work is a warning,
// work due soon is information.
func (c *ctx) checkAsOf(pd *planDeadlines) {
	for _, it := range c.agenda(pd) {
		loc := pd.byID[it.TaskID].loc()
		if it.Overdue {
			c.add("KH118", loc, it.Agency, it.TaskID, plan.ShortDate(it.Due), it.Days)
		} else {
			c.add("KH117", loc, it.Agency, it.TaskID, plan.ShortDate(it.Due), it.Days)
		}
	}
}

func (c *ctx) leadNames(t *plan.Task) []string {
	var names []string
	for _, id := range t.Lead {
		if a := c.repo.Agency(id); a != nil {
			names = append(names, a.DisplayName())
		} else {
			names = append(names, id)
		}
	}
	if len(names) == 0 {
		return []string{"(chưa giao)"}
	}
	return names
}

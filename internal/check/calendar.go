package check

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/plan"
)

// checkDaysOff: a deadline on a day off moves to the next working day
// (Civil Code 2015 Art. 148); the officer should know which day that is.
// Only exact dates are meant: a month or quarter ends when it ends.
func (c *ctx) checkDaysOff(pd *planDeadlines) {
	for _, t := range pd.tasks {
		if !t.ok || t.d.Kind != deadline.Date {
			continue
		}
		day := t.d.To
		if reason, off := c.opt.Calendar.DayOff(day); off {
			next := c.opt.Calendar.NextWorkingDay(day)
			c.add("KH114", t.loc(), plan.ShortDate(day), reason, weekday(next)+" "+plan.ShortDate(next))
		}
	}
}

var weekdays = [...]string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}

func weekday(t time.Time) string { return weekdays[t.Weekday()] }

// scopeRe finds a span of years stated in a task's text: "giai đoạn
// 2026-2030", "2026 – 2030", "đến năm 2030".
var scopeRe = regexp.MustCompile(`(?i)(?:giai đoạn\s*)?(20\d\d)\s*[-–—]\s*(20\d\d)|đến năm\s*(20\d\d)`)

// checkScope: rule 9. A task whose own text spans more years than its
// deadline allows is probably mis-dated.
func (c *ctx) checkScope(pd *planDeadlines) {
	for _, t := range pd.tasks {
		if !t.ok || !t.d.Dated() || t.d.Kind == deadline.OpenStart || t.d.Kind == deadline.Recurring || t.d.Kind == deadline.Period {
			continue
		}
		for _, m := range scopeRe.FindAllStringSubmatch(t.ref.Task.Text, -1) {
			end := m[2]
			if end == "" {
				end = m[3]
			}
			year, _ := strconv.Atoi(end)
			if year > t.d.To.Year() {
				c.add("KH113", t.loc(), strings.TrimSpace(m[0]), t.ref.Task.Deadline)
				break
			}
		}
	}
}

// checkConditional: a deadline that follows a named document or body is
// resolved against the citations, the repository and the registry; a name
// that matches nothing is reported so it can be cited or corrected.
func (c *ctx) checkConditional(pd *planDeadlines) {
	for _, t := range pd.tasks {
		if !t.ok || t.d.Kind != deadline.Conditional || t.d.Ref == "" {
			continue
		}
		if !c.resolvable(pd.p, t.d.Ref) {
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

func (c *ctx) resolvable(p *plan.Plan, ref string) bool {
	if generic(ref) {
		return true
	}
	if agencyLike(ref) {
		return c.repo.AgencyByName(p, ref) != nil
	}
	m := docRefRe.FindStringSubmatch(ref)
	if m == nil {
		return true
	}
	num := strings.TrimLeft(m[2], "0")
	for _, ct := range p.Citations {
		if citesNumber(ct, m[1], num) {
			return true
		}
	}
	for _, q := range c.repo.Plans {
		if fmt.Sprint(q.Number) == num {
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

// checkAsOf lists, per lead agency, what falls due within 30 days of the
// as-of day and what is overdue without a completion record.
func (c *ctx) checkAsOf(pd *planDeadlines) {
	asOf := c.opt.AsOf
	horizon := asOf.AddDate(0, 0, 30)
	for _, t := range pd.tasks {
		if !t.ok || !t.d.Dated() || t.d.Kind == deadline.OpenStart || t.d.Kind == deadline.Recurring {
			continue
		}
		if c.opt.Progress != nil && c.opt.Progress.DoneBy(pd.p.ID, t.ref.Task.ID, asOf) {
			continue
		}
		lead := c.leadNames(t.ref.Task)
		switch {
		case t.d.To.Before(asOf):
			c.add("KH118", t.loc(), lead, t.ref.Task.ID, plan.ShortDate(t.d.To), daysBetween(t.d.To, asOf))
		case !t.d.To.After(horizon):
			c.add("KH117", t.loc(), lead, t.ref.Task.ID, plan.ShortDate(t.d.To), daysBetween(asOf, t.d.To))
		}
	}
}

func (c *ctx) leadNames(t *plan.Task) string {
	var names []string
	for _, id := range t.Lead {
		if a := c.repo.Agency(id); a != nil {
			names = append(names, a.DisplayName())
		} else {
			names = append(names, id)
		}
	}
	if len(names) == 0 {
		return "(chưa giao)"
	}
	return strings.Join(names, "; ")
}

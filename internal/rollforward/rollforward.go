// Package rollforward starts next year's plan from last year's (kh new
// --tu): the same structure and ids, the period and every deadline moved
// by one year, a draft without number and date, citations kept, agencies
// that ended in between replaced by their successors, and what only the
// signed document had (printed labels and dates, reviewed suppressions,
// comment rounds, progress records) left behind.
package rollforward

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/planyaml"
	"github.com/kh-tools/kh/internal/scaffold"
	"github.com/kh-tools/kh/internal/view"
)

// Options say how to roll a plan forward.
type Options struct {
	// ID is the new plan's id; empty: the old id with its year moved
	// ("na-kh-2026-cds" → "na-kh-2027-cds"), or "" when it names no year.
	ID string
	// Calendar moves dates off days off; nil: weekends only.
	Calendar *calendar.Calendar
}

// Result is next year's draft: the plan and its appendices as the model
// holds them, the comments to write beside them, and what was done.
type Result struct {
	Plan       *plan.Plan
	Appendices []*plan.Appendix
	Notes      planyaml.Notes
	Report     Report
}

// Report is what rolling forward did, for the command's summary.
type Report struct {
	// From and To are the old and the new year.
	From, To int
	// Deadlines counts deadlines moved; Kept lists deadlines that name no
	// date ("Thường xuyên", "Theo tiến độ …") or that the grammar cannot
	// read, left as written.
	Deadlines int
	Kept      []string
	// Replaced lists agencies that ended before the new period, by their
	// successor; Ended those with no single successor, left for kh check.
	Replaced []Replacement
	Ended    []string
	// Mentions counts texts that still name the old year.
	Mentions int
	// Left behind: suppressions, values recorded as printed, comment
	// rounds, progress records and comment answers.
	Suppressions, Printed, Rounds, Records, Answers int
}

// Replacement is an ended agency and the successor put in its place.
type Replacement struct {
	Old, New string
	Times    int
}

// NextID is the id next year's plan takes by default: p's id with the year
// of its period moved on ("na-kh-2026-cds" → "na-kh-2027-cds"), or "" when
// the id names no year or the period cannot be read.
func NextID(p *plan.Plan) string {
	per, err := deadline.Parse(p.Period)
	if err != nil || per.From.IsZero() {
		return ""
	}
	return shiftID(p.ID, per.From.Year())
}

// Roll turns p, loaded from repo, into next year's draft. It changes p and
// its appendices in place: load the plan for this alone.
func Roll(repo *plan.Repo, p *plan.Plan, opt Options) (*Result, error) {
	per, err := deadline.Parse(p.Period)
	if err != nil || per.From.IsZero() {
		return nil, msg.RollNoPeriod.Error(p.ID, p.Period)
	}
	old := per.From.Year()
	r := &roller{repo: repo, cal: opt.Calendar, year: old, start: nextYear(per.From), notes: planyaml.Notes{},
		res: &Result{Plan: p, Appendices: p.Appendices}, replaced: map[string]*Replacement{}}
	if r.cal == nil {
		r.cal = calendar.New()
	}
	rep := &r.res.Report
	rep.From, rep.To = old, old+1
	rep.Records, rep.Answers, rep.Rounds = len(p.Records), len(p.Answers), len(p.Rounds)

	oldTitle := p.Title
	if opt.ID != "" {
		p.ID = opt.ID
	} else {
		p.ID = shiftID(p.ID, old)
	}
	p.Number, p.Date, p.Draft = 0, time.Time{}, 1
	p.Rounds, p.Records, p.Answers = nil, nil, nil
	p.Period = r.shift(p.Period, "thoi_ky", nil)
	p.Title = yearIn(p.Title, old)
	for _, a := range p.Appendices {
		a.Title = yearIn(a.Title, old)
		for i := range a.Subtitle {
			a.Subtitle[i] = yearIn(a.Subtitle[i], old)
		}
	}
	if p.Assessed != nil && p.Assessed.Period != "" {
		p.Assessed.Period = r.shift(p.Assessed.Period, "ky_danh_gia", nil)
	}
	r.leaveBehind(reflect.ValueOf(p))
	for _, a := range p.Appendices {
		r.leaveBehind(reflect.ValueOf(a))
	}
	p.Presentation.AsPrinted = false

	for _, tr := range p.Tasks() {
		t := tr.Task
		t.Deadline = r.shift(t.Deadline, t.ID, t)
		t.Lead = r.agencies(t.Lead, &t.LeadWritten, t)
		t.Cooperate = r.agencies(t.Cooperate, &t.CooperateWritten, t)
		t.Monitor = r.agencies(t.Monitor, &t.MonitorWritten, t)
	}
	for _, in := range p.Indicators() {
		if in.Year == old {
			in.Year = old + 1
		}
		in.Lead = r.agencies(in.Lead, &in.LeadWritten, in)
	}
	for _, a := range p.Appendices {
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			g.Lead = r.agencies(g.Lead, &g.LeadWritten, g)
		})
	}
	r.texts(oldTitle)
	for _, rp := range r.order {
		rep.Replaced = append(rep.Replaced, *r.replaced[rp])
	}
	r.res.Notes = r.notes
	return r.res, nil
}

// Files renders the draft as the files of its folder (ke-hoach.yaml and
// the appendix files under their old names), kh-fmt clean; schemaDir is
// the schema folder relative to the new folder.
func (r *Result) Files(schemaDir string) ([]scaffold.File, error) {
	return planyaml.Files(r.Plan, r.Appendices, r.Plan.AppendixFiles, schemaDir, r.Notes)
}

type roller struct {
	repo  *plan.Repo
	cal   *calendar.Calendar
	year  int
	start time.Time
	notes planyaml.Notes
	res   *Result
	// replaced counts each ended agency's replacement, in the order met.
	replaced map[string]*Replacement
	order    []string
	ended    map[string]bool
}

var yearToken = regexp.MustCompile(`\b(19|20)\d\d\b`)

// shiftID moves the year an id names ("na-kh-2026-cds" → "na-kh-2027-cds");
// "" when it names none.
func shiftID(id string, year int) string {
	y := strconv.Itoa(year)
	parts := strings.Split(id, "-")
	found := false
	for i, part := range parts {
		if part == y {
			parts[i] = strconv.Itoa(year + 1)
			found = true
		}
	}
	if !found {
		return ""
	}
	return strings.Join(parts, "-")
}

// yearIn moves "năm <year>" in a title to the next year ("Chuyển đổi số
// tỉnh Nghệ An năm 2026" → "… năm 2027", "… THỰC HIỆN NĂM 2026" → "…
// NĂM 2027").
func yearIn(s string, year int) string {
	re := regexp.MustCompile(`(?i)(năm\s+)` + strconv.Itoa(year) + `\b`)
	return re.ReplaceAllString(s, "${1}"+strconv.Itoa(year+1))
}

// nextYear is t a year later; a month's last day stays its month's last
// day (28/02/2027 → 29/02/2028).
func nextYear(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	if t.AddDate(0, 0, 1).Month() != t.Month() {
		return time.Date(t.Year()+1, t.Month()+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(t.Year()+1, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// sameDay is the same day of the next year; 29/02 becomes 28/02.
func sameDay(t time.Time) time.Time {
	n := time.Date(t.Year()+1, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if n.Month() != t.Month() {
		n = time.Date(t.Year()+1, t.Month()+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return n
}

// shift moves a deadline or period by one year: a quarter, month, half or
// year to the same one of the next year, a date to the same day (moved to
// the next working day when that is a day off; for "trước ngày X", so that
// the day before X is a working day). Deadlines without a date and those
// the grammar cannot read are kept, noted on owner.
func (r *roller) shift(text, where string, owner any) string {
	if strings.TrimSpace(text) == "" {
		return text
	}
	d, err := deadline.ParseIn(text, deadline.Context{Year: r.year})
	if err != nil {
		r.keep(text, where, owner, msg.RollNoteUnread.Text(text).VI)
		return text
	}
	switch d.Kind {
	case deadline.Recurring, deadline.Conditional, deadline.Relative:
		r.res.Report.Kept = append(r.res.Report.Kept, where+": "+text)
		return text
	case deadline.Date:
		if d.Before {
			d.To = r.cal.NextWorkingDay(sameDay(d.To.AddDate(0, 0, 1)).AddDate(0, 0, -1))
		} else {
			d.To = r.cal.NextWorkingDay(sameDay(d.To))
		}
		if !d.From.IsZero() {
			d.From = d.To
		}
	default:
		d.From, d.To = nextYear(d.From), nextYear(d.To)
	}
	if owner != nil {
		r.res.Report.Deadlines++
	}
	out := d.String()
	if d.NoYear {
		// A deadline without its year reads the same next year, unless its
		// day moved.
		if again, err := deadline.ParseIn(text, deadline.Context{Year: r.year + 1}); err == nil && again.To.Equal(d.To) {
			return text
		}
	}
	return out
}

func (r *roller) keep(text, where string, owner any, note string) {
	r.res.Report.Kept = append(r.res.Report.Kept, where+": "+text)
	if owner != nil {
		r.notes.Add(owner, note)
	}
}

// agencies replaces agencies that no longer exist when the new period
// starts by their successor (following a chain of successors); the text as
// written, which named the old agency, is dropped with a note.
func (r *roller) agencies(ids []string, written *string, owner any) []string {
	out := ids[:0:0]
	for _, id := range ids {
		next := r.successor(id)
		if next != id {
			rp := r.replaced[id]
			if rp == nil {
				rp = &Replacement{Old: id, New: next}
				r.replaced[id] = rp
				r.order = append(r.order, id)
			}
			rp.Times++
			r.notes.Add(owner, msg.RollNoteReplaced.Text(r.name(id), r.name(next)).VI)
			if *written != "" {
				r.notes.Add(owner, msg.RollNoteWritten.Text(*written).VI)
				*written = ""
			}
		}
		out = appendUnique(out, next)
	}
	return out
}

// successor is the agency that stands for id on the new period's first
// day: id itself while it exists, else its only successor, followed on.
func (r *roller) successor(id string) string {
	seen := map[string]bool{}
	for {
		a := r.repo.Agency(id)
		if a == nil || a.ExistedOn(r.start) || seen[id] {
			return id
		}
		seen[id] = true
		if len(a.Successors) != 1 {
			if r.ended == nil {
				r.ended = map[string]bool{}
			}
			if !r.ended[id] {
				r.ended[id] = true
				r.res.Report.Ended = append(r.res.Report.Ended, id)
			}
			return id
		}
		id = a.Successors[0]
	}
}

func (r *roller) name(id string) string { return view.AgencyIn(r.repo, id).Name }

func appendUnique(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

// leaveBehind clears what only the signed document had: values recorded
// as printed (so_in, ngay_in, thoi_han_in, …) and reviewed suppressions
// (bo_qua), anywhere in v.
func (r *roller) leaveBehind(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			r.leaveBehind(v.Elem())
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			r.leaveBehind(v.Index(i))
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if !f.IsExported() || tag == "-" {
				continue
			}
			fv := v.Field(i)
			switch {
			case tag == "bo_qua":
				r.res.Report.Suppressions += fv.Len()
				fv.Set(reflect.Zero(fv.Type()))
			case printedField(tag) && !fv.IsZero():
				r.res.Report.Printed++
				fv.Set(reflect.Zero(fv.Type()))
			default:
				r.leaveBehind(fv)
			}
		}
	}
}

// printedField reports whether a YAML key holds a value as printed in the
// signed document, which the next year's draft does not reproduce. Agency
// cells as written (chu_tri_in, …) are the province's way of naming its
// agencies and stay.
func printedField(tag string) bool {
	switch tag {
	case "so_in", "ngay_in", "thoi_han_in":
		return true
	}
	return false
}

// texts writes the plan's own title where the text names it with the old
// year, and notes every other text that still names the old year.
func (r *roller) texts(oldTitle string) {
	p := r.res.Plan
	y := strconv.Itoa(r.year)
	fix := func(s string) string {
		if oldTitle != p.Title && oldTitle != "" {
			s = strings.ReplaceAll(s, oldTitle, p.Title)
		}
		return s
	}
	names := func(s string) bool {
		for _, m := range yearToken.FindAllString(s, -1) {
			if m == y {
				return true
			}
		}
		return false
	}
	mention := func(owner any, texts ...string) {
		for _, s := range texts {
			if names(s) {
				r.res.Report.Mentions++
				r.notes.Add(owner, msg.RollNoteYear.Text(y).VI)
				return
			}
		}
	}
	blocks := func(bs []plan.Block) []string {
		var out []string
		for i := range bs {
			bs[i].Text, bs[i].Dash = fix(bs[i].Text), fix(bs[i].Dash)
			out = append(out, bs[i].Text, bs[i].Dash)
		}
		return out
	}
	mention(planyaml.Field(p, "mo_dau"), blocks(p.Preamble)...)
	mention(planyaml.Field(p, "ket_thuc"), blocks(p.Closing)...)
	var sections func(ss []*plan.Section)
	sections = func(ss []*plan.Section) {
		for _, s := range ss {
			s.Heading = fix(s.Heading)
			mention(s, append(append(blocks(s.Blocks), blocks(s.After)...), s.Heading)...)
			for _, t := range plan.AllTasks(s.Tasks) {
				t.Text = fix(t.Text)
				mention(t, append(blocks(t.Blocks), t.Text, t.Heading)...)
			}
			for _, in := range s.Indicators {
				mention(in, in.Text, in.Wording)
			}
			sections(s.Sections)
		}
	}
	sections(p.Sections)
	for _, a := range p.Appendices {
		a.Title = fix(a.Title)
		mention(a, append(blocks(a.Intro), a.Title)...)
		sections(a.Sections)
		a.WalkGroups(func(g *plan.Group, _ string, _ int) {
			mention(g, g.Heading)
			for _, t := range plan.AllTasks(g.Tasks) {
				t.Text = fix(t.Text)
				mention(t, t.Text, t.Heading)
			}
			for _, in := range g.Indicators {
				mention(in, in.Text)
			}
		})
	}
}

// Package show presents a resolved plan: generated numbering, agencies by
// full name, appendix mentions and links followed. It is what `kh show`
// prints, as text for people or JSON for scripts.
package show

import (
	"fmt"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/plan"
)

// Resolved is a plan as it reads once every id is followed.
type Resolved struct {
	ID         string     `json:"id"`
	Kind       string     `json:"kind"`
	Issuer     string     `json:"issuer"`
	Ref        string     `json:"number_symbol"`
	Place      string     `json:"place"`
	Date       string     `json:"date,omitempty"`
	LongDate   string     `json:"date_text,omitempty"`
	Draft      bool       `json:"draft"`
	Title      string     `json:"title"`
	Period     string     `json:"period"`
	Citations  []string   `json:"citations"`
	Implements []string   `json:"implements"`
	Outline    []Heading  `json:"outline"`
	Appendices []Appendix `json:"appendices"`
	Signature  []string   `json:"signature"`
	Recipients []string   `json:"recipients"`
}

// Heading is one numbered heading of the outline.
type Heading struct {
	ID     string `json:"id"`
	Number string `json:"number"`
	Depth  int    `json:"depth"`
	Text   string `json:"text"`
	// RunIn marks a numbered item with no heading or text of its own: its
	// number runs into its first task ("c) Trên cơ sở …"), and Text is an
	// excerpt of that task.
	RunIn bool   `json:"run_in,omitempty"`
	Tasks []Task `json:"tasks,omitempty"`
	// Indicators are targets the section states in its text.
	Indicators []Indicator `json:"indicators,omitempty"`
}

// Appendix is a numbered appendix with its rows.
type Appendix struct {
	ID     string  `json:"id"`
	Number string  `json:"number"`
	Kind   string  `json:"kind"`
	Title  string  `json:"title"`
	Groups []Group `json:"groups,omitempty"`
}

// Group is a numbered table group.
type Group struct {
	ID         string      `json:"id"`
	Number     string      `json:"number"`
	Heading    string      `json:"heading"`
	Tasks      []Task      `json:"tasks,omitempty"`
	Indicators []Indicator `json:"indicators,omitempty"`
	Documents  []string    `json:"documents,omitempty"`
}

// Task is a task with agencies by name.
type Task struct {
	ID        string   `json:"id"`
	Number    string   `json:"number"`
	Text      string   `json:"text"`
	Lead      []string `json:"lead"`
	Cooperate []string `json:"cooperate,omitempty"`
	Monitor   []string `json:"monitor,omitempty"`
	Deadline  string   `json:"deadline"`
	After     []string `json:"after,omitempty"`
}

// Indicator is an indicator with agencies by name.
type Indicator struct {
	ID     string   `json:"id"`
	Number string   `json:"number"`
	Text   string   `json:"text"`
	Target string   `json:"target"`
	Lead   []string `json:"lead"`
}

// Resolve follows every reference of p in r.
func Resolve(r *plan.Repo, p *plan.Plan) Resolved {
	party := r.IsParty(p)
	out := Resolved{
		ID: p.ID, Kind: p.Kind, Issuer: agencyName(r, p.Issuer), Ref: p.DocumentRef(party),
		Place: p.Place, Draft: p.IsDraft(), Title: p.Title, Period: p.Period,
		Signature: SignatureLines(p, party), Recipients: p.Recipients,
	}
	if !p.Date.IsZero() {
		out.Date = p.Date.Format(time.DateOnly)
		out.LongDate = plan.LongDate(p.Date)
	}
	for _, c := range p.Citations {
		out.Citations = append(out.Citations, CitationText(r, c))
	}
	for _, id := range p.Implements {
		out.Implements = append(out.Implements, implementsText(r, p, id))
	}
	taskNums := taskNumbers(p)
	plan.WalkSections(p.Sections, func(s *plan.Section, num string, depth int) {
		h := Heading{ID: s.ID, Number: num, Depth: depth, Text: s.Heading}
		if prose := s.Prose(); s.Heading == "" && len(prose) > 0 {
			h.Text = excerpt(prose[0].Content())
		}
		if s.RunInTask(num) {
			h.RunIn, h.Text = true, excerpt(s.Tasks[0].Text)
		}
		for i, in := range s.Indicators {
			h.Indicators = append(h.Indicators, resolveIndicator(r, in, fmt.Sprint(i+1)))
		}
		for i, t := range s.Tasks {
			h.Tasks = append(h.Tasks, resolveTask(r, t, fmt.Sprint(i+1), taskNums))
		}
		out.Outline = append(out.Outline, h)
	})
	for i, a := range p.Appendices {
		out.Appendices = append(out.Appendices, resolveAppendix(r, a, i+1, taskNums))
	}
	return out
}

func resolveIndicator(r *plan.Repo, in *plan.Indicator, num string) Indicator {
	return Indicator{ID: in.ID, Number: num, Text: in.Text, Target: in.Target, Lead: agencyNames(r, in.Lead)}
}

func resolveAppendix(r *plan.Repo, a *plan.Appendix, n int, taskNums map[string]string) Appendix {
	ra := Appendix{ID: a.ID, Number: plan.AppendixNumber(n), Kind: a.Kind, Title: a.Title}
	a.WalkRows(func(g *plan.Group, num string, _ int, next func() int) {
		rg := Group{ID: g.ID, Number: num, Heading: g.Heading}
		for _, t := range g.Tasks {
			rg.Tasks = append(rg.Tasks, resolveTask(r, t, fmt.Sprint(next()), taskNums))
		}
		for _, in := range g.Indicators {
			rg.Indicators = append(rg.Indicators, resolveIndicator(r, in, fmt.Sprint(next())))
		}
		for _, d := range g.Documents {
			next()
			rg.Documents = append(rg.Documents, DocumentText(r, d))
		}
		ra.Groups = append(ra.Groups, rg)
	})
	return ra
}

func resolveTask(r *plan.Repo, t *plan.Task, num string, taskNums map[string]string) Task {
	rt := Task{
		ID: t.ID, Number: num, Text: t.Text, Deadline: t.Deadline,
		Lead: agencyNames(r, t.Lead), Cooperate: agencyNames(r, t.Cooperate), Monitor: agencyNames(r, t.Monitor),
	}
	for _, dep := range t.After {
		rt.After = append(rt.After, taskNums[dep])
	}
	return rt
}

// taskNums maps task ids to a printed reference: "Phụ lục 02, số 5",
// "Phụ lục 04, mục II, số 5" where rows are numbered per group, or
// "bước 3".
func taskNumbers(p *plan.Plan) map[string]string {
	out := map[string]string{}
	for _, tr := range p.Tasks() {
		if tr.Appendix != nil {
			_, n := p.Appendix(tr.Appendix.ID)
			group := ""
			if tr.Group != "" {
				group = ", mục " + tr.Group
			}
			out[tr.Task.ID] = fmt.Sprintf("Phụ lục %s%s, số %s (%s)", plan.AppendixNumber(n), group, tr.Number, tr.Task.ID)
		} else {
			out[tr.Task.ID] = fmt.Sprintf("bước %s (%s)", tr.Number, tr.Task.ID)
		}
	}
	return out
}

func implementsText(r *plan.Repo, p *plan.Plan, id string) string {
	for _, c := range p.Citations {
		if c.ID == id {
			return CitationText(r, c)
		}
	}
	if q := r.Plan(id); q != nil {
		return fmt.Sprintf("Kế hoạch %s: %s", q.ID, q.Title)
	}
	return id
}

func agencyName(r *plan.Repo, id string) string {
	if a := r.Agency(id); a != nil {
		return a.Name
	}
	return id
}

func agencyNames(r *plan.Repo, ids []string) []string {
	var out []string
	for _, id := range ids {
		out = append(out, agencyName(r, id))
	}
	return out
}

// CitationText writes a citation as documents do: "Nghị quyết số 57-NQ/TW
// ngày 22/12/2024 của Bộ Chính trị về …".
func CitationText(r *plan.Repo, c *plan.Citation) string {
	s := fmt.Sprintf("%s số %s ngày %s của %s", c.Type, c.Ref, plan.ShortDate(c.Date), agencyName(r, c.Issuer))
	if c.Subject != "" {
		s += " " + c.Subject
	}
	return s
}

// DocumentText writes a registry row on one line.
func DocumentText(r *plan.Repo, d *plan.Document) string {
	parts := []string{}
	if d.Ref != "" {
		parts = append(parts, d.Ref)
	}
	if !d.Date.IsZero() {
		parts = append(parts, plan.ShortDate(d.Date))
	}
	if d.Issuer != "" {
		parts = append(parts, agencyName(r, d.Issuer))
	}
	parts = append(parts, d.Subject)
	return strings.Join(parts, " — ")
}

// SignatureLines renders the signing block's lines above the signature:
// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"; Party documents use
// "T/M".
func SignatureLines(p *plan.Plan, party bool) []string {
	s := p.Signature
	var out []string
	prefix := "TM. "
	if party {
		prefix = "T/M "
	}
	if s.OnBehalf != "" {
		out = append(out, prefix+s.OnBehalf)
	}
	if s.Deputy != "" {
		out = append(out, "KT. "+s.Deputy)
	}
	if s.Title != "" {
		out = append(out, s.Title)
	}
	return out
}

// excerpt shortens a paragraph that stands in for a missing heading.
func excerpt(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if r := []rune(s); len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}

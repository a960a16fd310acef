// Package show presents a resolved plan: generated numbering, agencies by
// full name, appendix mentions and links followed. It is what `kh show`
// prints, as text for people or JSON for scripts.
package show

import (
	"fmt"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
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

// Resolve follows every reference of p in r, reading the resolved view.
func Resolve(r *plan.Repo, p *plan.Plan) Resolved {
	// kh show lays out the structure: kh's numbering, not the printed one.
	v := view.New(r, p).Computed()
	out := Resolved{
		ID: p.ID, Kind: p.Kind, Issuer: v.Issuer().Name, Ref: p.DocumentRef(v.Party),
		Place: p.Place, Draft: p.IsDraft(), Title: p.Title, Period: p.Period,
		Signature: v.Signature(), Recipients: p.Recipients,
	}
	if !p.Date.IsZero() {
		out.Date = p.Date.Format(time.DateOnly)
		out.LongDate = plan.LongDate(p.Date)
	}
	for _, c := range p.Citations {
		out.Citations = append(out.Citations, v.Citation(c))
	}
	for _, id := range p.Implements {
		out.Implements = append(out.Implements, v.ImplementsText(id))
	}
	refs := taskRefs(v)
	view.Walk(v.Outline(), func(it *view.Item) {
		s := it.Section
		h := Heading{ID: s.ID, Number: it.Label, Depth: it.Depth, Text: it.Heading}
		if prose := s.Prose(); s.Heading == "" && len(prose) > 0 {
			h.Text = excerpt(prose[0].Content())
		}
		if it.RunInSteps() {
			h.RunIn, h.Text = true, excerpt(s.Tasks[0].Text)
		}
		for i, in := range s.Indicators {
			h.Indicators = append(h.Indicators, resolveIndicator(v, in, fmt.Sprint(i+1)))
		}
		for _, st := range it.Steps {
			h.Tasks = append(h.Tasks, resolveTask(v, st.Task, fmt.Sprint(st.Number), refs))
		}
		out.Outline = append(out.Outline, h)
	})
	for _, a := range v.Appendices() {
		out.Appendices = append(out.Appendices, resolveAppendix(v, a, refs))
	}
	return out
}

func resolveIndicator(v *view.Doc, in *plan.Indicator, num string) Indicator {
	return Indicator{ID: in.ID, Number: num, Text: in.Text, Target: in.Target, Lead: v.NameList(in.Lead, view.Full)}
}

func resolveAppendix(v *view.Doc, a *view.Appendix, refs map[string]string) Appendix {
	ra := Appendix{ID: a.Appendix.ID, Number: a.Number, Kind: a.Appendix.Kind, Title: a.Appendix.Title}
	if a.Table == nil {
		return ra
	}
	for row := range a.Table.Rows() {
		switch {
		case row.Group != nil:
			ra.Groups = append(ra.Groups, Group{ID: row.Group.ID, Number: row.Number, Heading: row.Group.Heading})
			continue
		case len(ra.Groups) == 0:
			continue
		}
		g := &ra.Groups[len(ra.Groups)-1]
		switch {
		case row.Task != nil:
			g.Tasks = append(g.Tasks, resolveTask(v, row.Task, row.Number, refs))
		case row.Indicator != nil:
			g.Indicators = append(g.Indicators, resolveIndicator(v, row.Indicator, row.Number))
		case row.Document != nil:
			g.Documents = append(g.Documents, v.DocumentLine(row.Document))
		}
	}
	return ra
}

func resolveTask(v *view.Doc, t *plan.Task, num string, refs map[string]string) Task {
	rt := Task{
		ID: t.ID, Number: num, Text: t.Text, Deadline: v.Deadline(t).Canonical,
		Lead: v.NameList(t.Lead, view.Full), Cooperate: v.NameList(t.Cooperate, view.Full), Monitor: v.NameList(t.Monitor, view.Full),
	}
	for _, dep := range t.After {
		rt.After = append(rt.After, refs[dep])
	}
	return rt
}

// taskRefs maps task ids to a printed reference: "Phụ lục 02, số 5",
// "Phụ lục 04, mục II, số 5" where rows are numbered per group, or
// "bước 3".
func taskRefs(v *view.Doc) map[string]string {
	out := map[string]string{}
	for _, tr := range v.Plan.Tasks() {
		if tr.Appendix != nil {
			_, n := v.Plan.Appendix(tr.Appendix.ID)
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

// excerpt shortens a paragraph that stands in for a missing heading.
func excerpt(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if r := []rune(s); len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}

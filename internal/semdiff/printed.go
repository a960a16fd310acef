package semdiff

import (
	"strings"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// printed is where the resolved view prints an item: its own number and
// the numbers of the groups or sections holding it, outermost first.
type printed struct {
	label string
	path  []string
}

// The kinds of item (ItemChange.Kind), which also key printedIn.
const (
	kindCitation  = "citation"
	kindSection   = "section"
	kindAppendix  = "appendix"
	kindGroup     = "group"
	kindTask      = "task"
	kindIndicator = "indicator"
	kindDocument  = "document"
)

// printedIn collects the printed numbers of p's sections, groups, tasks,
// indicators and listed documents from the resolved view, so the diff names an item by the
// number the reader sees in the PDF ("Phụ lục 02, mục III, số 14") whatever
// rule the view numbers by. An id listed twice keeps its first place.
func printedIn(repo *plan.Repo, p *plan.Plan) map[string]printed {
	if repo == nil {
		repo = &plan.Repo{}
	}
	d := view.New(repo, p)
	out := map[string]printed{}
	put := func(kind, id string, pr printed) {
		if _, dup := out[kind+"/"+id]; !dup {
			out[kind+"/"+id] = pr
		}
	}
	outlineNumbers(d.Outline(), nil, put)
	for _, a := range d.Appendices() {
		if a.Table != nil {
			tableNumbers(a.Table, put)
		}
	}
	return out
}

func outlineNumbers(items []*view.Item, chain []string, put func(kind, id string, pr printed)) {
	for _, it := range items {
		own := appendLabel(chain, it.Label)
		put(kindSection, it.Section.ID, printed{label: trimLabel(it.Label), path: chain})
		stepNumbers(it.Steps, own, put)
		for _, in := range it.Section.Indicators {
			put(kindIndicator, in.ID, printed{path: own})
		}
		outlineNumbers(it.Items, own, put)
	}
}

// stepNumbers records the labels of body tasks and their items; a lone
// task prints no label, and a run-in step's label is the last word ("c)
// a)" → "a)").
func stepNumbers(steps []view.Step, chain []string, put func(kind, id string, pr printed)) {
	for _, st := range steps {
		label := ""
		if f := strings.Fields(st.Label); len(f) > 0 {
			label = trimLabel(f[len(f)-1])
		}
		put(kindTask, st.Task.ID, printed{label: label, path: chain})
		for _, t := range st.RunOn {
			put(kindTask, t.ID, printed{path: chain})
		}
		stepNumbers(st.Steps, appendLabel(chain, st.Label), put)
	}
}

// appendLabel extends a chain of section numbers with label: "3.1." under
// "3." replaces it rather than reading "3.3.1"; unnumbered and dash items
// add nothing.
func appendLabel(chain []string, label string) []string {
	l := trimLabel(label)
	out := append([]string(nil), chain...)
	switch {
	case l == "" || l == "-":
		return out
	case len(out) > 0 && strings.HasPrefix(l, out[len(out)-1]+"."):
		out[len(out)-1] = l
		return out
	}
	return append(out, l)
}

// trimLabel drops the punctuation a label is printed with: "II." → "II",
// "a)" → "a".
func trimLabel(l string) string { return strings.TrimRight(strings.TrimSpace(l), ".)") }

func tableNumbers(t *view.Table, put func(kind, id string, pr printed)) {
	var groups []string // printed numbers of the open groups, by depth
	for rw := range t.Rows() {
		if rw.Group != nil {
			groups = append(groups[:min(rw.Depth-1, len(groups))], rw.Number)
			put(kindGroup, rw.Group.ID, printed{label: rw.Number, path: nonEmpty(groups[:len(groups)-1])})
			continue
		}
		pr := printed{label: rw.Number, path: nonEmpty(groups)}
		switch {
		case rw.Task != nil:
			put(kindTask, rw.Task.ID, pr)
		case rw.Indicator != nil:
			put(kindIndicator, rw.Indicator.ID, pr)
		case rw.Document != nil:
			put(kindDocument, rw.Document.ID, pr)
		}
	}
}

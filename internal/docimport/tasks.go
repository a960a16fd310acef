package docimport

import (
	"regexp"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/plan"
)

// organisationRe is the heading of the section that assigns the plan's
// work to agencies, item by item ("1. Sở Khoa học và Công nghệ: a) Chủ
// trì …").
var organisationRe = regexp.MustCompile(`(?i)^tổ chức thực hiện`)

// agencyTasks makes an item of the "TỔ CHỨC THỰC HIỆN" section whose
// heading names agencies a section of tasks they lead: its sub-items
// ("a) Chủ trì …"), its dash items or its paragraphs, each one task, after
// the paragraphs that introduce them (ending in ":"). It returns nil for
// an item of another shape, which stays a section of paragraphs.
func (b *builder) agencyTasks(it *Item) *plan.Section {
	if it.Heading == "" || len(it.Tables) > 0 {
		return nil
	}
	ids := b.headingAgencies(it.Heading)
	if len(ids) == 0 {
		return nil
	}
	type item struct{ label, text string }
	var items []item
	var intro []*Para
	switch {
	case len(it.Items) > 0:
		if len(it.Paras) > 0 {
			return nil
		}
		for _, sub := range it.Items {
			if sub.Heading != "" || len(sub.Paras) != 1 || sub.Paras[0].Label != "" || len(sub.Items) > 0 || len(sub.Tables) > 0 {
				return nil
			}
			items = append(items, item{sub.Label, sub.Paras[0].Text})
		}
	default:
		paras := it.Paras
		for len(paras) > 1 && paras[0].Label == "" && strings.HasSuffix(paras[0].Text, ":") {
			intro, paras = append(intro, paras[0]), paras[1:]
		}
		if len(paras) == 0 {
			return nil
		}
		for _, p := range paras {
			if p.Label != paras[0].Label || (p.Label != "" && p.Label != "-" && p.Label != "+") {
				return nil
			}
			items = append(items, item{p.Label, p.Text})
		}
	}
	b.res.Counts.Items++
	s := &plan.Section{Heading: it.Heading, ID: b.id("", it.Heading, 5)}
	b.printedLabel[s] = it.Label
	for _, p := range intro {
		s.Blocks = append(s.Blocks, block(p))
		b.res.Counts.Paragraphs++
	}
	for _, x := range items {
		t := &plan.Task{ID: b.id("nv", x.text, 4), Text: x.text, Lead: ids}
		b.taskLabel[t] = x.label
		s.Tasks = append(s.Tasks, t)
		b.res.Counts.Tasks++
	}
	return s
}

// headingAgencies are the registry agencies an item's heading names, all
// of them, or nil.
func (b *builder) headingAgencies(heading string) []string {
	var ids []string
	for _, m := range b.match.Cell(strings.TrimRight(heading, ": "), time.Time{}) {
		if m.ID == "" {
			return nil
		}
		ids = appendUnique(ids, m.ID)
	}
	return ids
}

// taskLabels gives the tasks of a section the numbering style their
// printed labels have ("-" for dash items) where it is not their level's,
// and keeps a label kh would number otherwise as printed (so_in).
func (b *builder) taskLabels(s *plan.Section, levels []string, level int) {
	if len(s.Tasks) == 0 {
		return
	}
	first := b.taskLabel[s.Tasks[0]]
	st := styleOf(first)
	switch first {
	case "-":
		st = plan.NumDash
	case "+":
		st = plan.NumPlus
	}
	if st != "" && (len(s.Tasks) == 1 || st != plan.LevelStyle(levels, level)) {
		s.TaskNumbering = st
	}
	for i, computed := range plan.TaskLabels(s.Tasks, s.TaskNumbering, levels, level) {
		t := s.Tasks[i]
		if printed := b.taskLabel[t]; printed != computed && printed != "" {
			t.Printed = printed
			b.asPrinted = true
		}
	}
}

package view

import (
	"strconv"

	"github.com/kh-tools/kh/internal/plan"
)

// Item is one section of an outline (the body, or a đề cương appendix) as
// printed.
type Item struct {
	Section *plan.Section
	// Label is the generated number: "I.", "1.", "3.1.", "a)", "-", or ""
	// for an unnumbered section; Style is its plan.Num* style, which
	// decides how the heading is set.
	Label, Style string
	// Depth is 1 for a top-level section.
	Depth int
	// Heading is the heading text ("" for a numbered paragraph).
	Heading string
	// Blocks are the paragraphs printed under the heading, indicators read
	// out as the document states them. When RunIn is set the section has
	// no heading and its label starts the first paragraph ("1. Đánh giá
	// …"), already prefixed here.
	Blocks []plan.Block
	RunIn  bool
	// Citations asks for the plan's citations here, as dash items.
	Citations bool
	// Steps are the tasks written inside the section, labelled.
	Steps []Step
	Items []*Item
	// After are the paragraphs printed after the sub-sections.
	After []plan.Block
}

// Step is a task written in the body, with the label it prints with: "1.",
// or for a heading-less item that only holds tasks the item's own label
// ("c)") running into the first one ("c) 1." when more follow).
type Step struct {
	Task  *plan.Task
	Label string
	// Number is the step's place in the section (1, 2, …), the number
	// references use ("bước 2").
	Number int
}

// Outline is the body's numbered outline.
func (d *Doc) Outline() []*Item { return d.outline(d.Plan.Sections) }

func (d *Doc) outline(ss []*plan.Section) []*Item {
	type num struct {
		label, style string
		depth        int
	}
	nums := map[*plan.Section]num{}
	plan.WalkOutline(ss, func(s *plan.Section, label, style string, depth int) { nums[s] = num{label, style, depth} })
	var build func([]*plan.Section) []*Item
	build = func(ss []*plan.Section) []*Item {
		out := make([]*Item, 0, len(ss))
		for _, s := range ss {
			n := nums[s]
			blocks, runIn := s.RunIn(n.label)
			out = append(out, &Item{
				Section: s, Label: n.label, Style: n.style, Depth: n.depth, Heading: d.Text(s.Heading),
				Blocks: d.blocks(blocks), RunIn: runIn, Citations: s.Citations,
				Steps: d.steps(s, n.label), Items: build(s.Sections), After: d.blocks(s.After),
			})
		}
		return out
	}
	return build(ss)
}

// Walk visits items depth first.
func Walk(items []*Item, visit func(*Item)) {
	for _, it := range items {
		visit(it)
		Walk(it.Items, visit)
	}
}

// steps labels a section's tasks; see Step.
func (d *Doc) steps(s *plan.Section, label string) []Step {
	lead := ""
	if s.RunInTask(label) {
		lead = label
	}
	out := make([]Step, len(s.Tasks))
	for i, t := range s.Tasks {
		l := strconv.Itoa(i+1) + "."
		switch {
		case i == 0 && lead != "" && len(s.Tasks) == 1:
			l = lead
		case i == 0 && lead != "":
			l = lead + " " + l
		}
		out[i] = Step{Task: t, Label: l, Number: i + 1}
	}
	return out
}

// RunInSteps reports whether the item's label runs into its first step
// rather than heading the item.
func (it *Item) RunInSteps() bool { return it.Section.RunInTask(it.Label) }

func (d *Doc) blocks(bs []plan.Block) []plan.Block {
	if len(bs) == 0 {
		return nil
	}
	out := make([]plan.Block, len(bs))
	for i, b := range bs {
		b.Text, b.Dash = d.Text(b.Text), d.Text(b.Dash)
		out[i] = b
	}
	return out
}

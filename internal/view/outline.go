package view

import (
	"strings"

	"github.com/kh-tools/kh/internal/plan"
)

// Item is one section of an outline (the body, or a đề cương appendix) as
// printed.
type Item struct {
	Section *plan.Section
	// Label is the number the item prints with: "I.", "1.", "3.1.", "a)",
	// "-", or "" for an unnumbered section; the number as printed when the
	// document reproduces printed labels (trinh_bay.nhu_ban_in). Style is
	// its plan.Num* style, which decides how the heading is set.
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
	// Steps are the tasks written inside the section, labelled at the
	// level below it.
	Steps []Step
	Items []*Item
	// After are the paragraphs printed after the sub-sections.
	After []plan.Block
}

// Step is a task written in the body as the document prints it: a label
// at its level ("a)", "-", "" for a lone task), an optional title on the
// label's line, its text, further paragraphs and its own sub-items.
type Step struct {
	// Task is the step; RunOn are tasks the document states in the same
	// paragraph after it (cung_doan), whose texts Text already holds.
	Task  *plan.Task
	RunOn []*plan.Task
	// Label is "a)", "2.", "-" or ""; Style its plan.Num* style.
	Label, Style string
	// Heading is a titled step's title ("Tổ chức Hội thảo khoa học về
	// chuyển đổi số"): the label heads it and Text follows as a paragraph.
	// Without a heading the label runs into Text.
	Heading string
	Text    string
	Blocks  []plan.Block
	Steps   []Step
	// Number is the step's place among its section's steps (1, 2, …),
	// the number references use ("bước 2").
	Number int
}

// Outline is the body's numbered outline.
func (d *Doc) Outline() []*Item { return d.outline(d.Plan.Sections, d.Plan.Levels()) }

func (d *Doc) outline(ss []*plan.Section, levels []string) []*Item {
	nums := map[*plan.Section]plan.Numbered{}
	plan.WalkLevels(ss, levels, func(n plan.Numbered) { nums[n.Section] = n })
	var build func([]*plan.Section) []*Item
	build = func(ss []*plan.Section) []*Item {
		out := make([]*Item, 0, len(ss))
		for _, s := range ss {
			n := nums[s]
			label := d.printed(n.Number, s.Printed)
			blocks, runIn := s.RunIn(label)
			it := &Item{
				Section: s, Label: label, Style: n.Style, Depth: n.Depth, Heading: d.Text(s.Heading),
				Blocks: d.blocks(blocks), RunIn: runIn, Citations: s.Citations,
				Steps: d.steps(s.Tasks, s.TaskNumbering, levels, n.Level), Items: build(s.Sections), After: d.blocks(s.After),
			}
			if s.RunInTask(label) && len(it.Steps) > 0 {
				// "c) Trên cơ sở …": the item's label runs into its first step.
				it.Steps[0].Label = strings.TrimSpace(label + " " + it.Steps[0].Label)
			}
			out = append(out, it)
		}
		return out
	}
	return build(ss)
}

// printed is the label to print: the one recorded as printed when the
// document reproduces printed labels, else the computed one.
func (d *Doc) printed(computed, printed string) string {
	if d.asPrinted() && printed != "" {
		return printed
	}
	return computed
}

// Walk visits items depth first.
func Walk(items []*Item, visit func(*Item)) {
	for _, it := range items {
		visit(it)
		Walk(it.Items, visit)
	}
}

// RunInSteps reports whether the item's label runs into its first step
// rather than heading the item.
func (it *Item) RunInSteps() bool { return it.Section.RunInTask(it.Label) }

// steps labels tasks written at level of levels; see Step.
func (d *Doc) steps(ts []*plan.Task, style string, levels []string, level int) []Step {
	labels := plan.TaskLabels(ts, style, levels, level)
	var out []Step
	n := 0
	for i, t := range ts {
		if t.RunOn && len(out) > 0 {
			last := &out[len(out)-1]
			last.RunOn = append(last.RunOn, t)
			last.Text = strings.TrimSpace(last.Text + " " + d.Text(t.Text))
			last.Blocks = append(last.Blocks, d.blocks(t.Blocks)...)
			continue
		}
		n++
		st := plan.LevelStyle(levels, level)
		if style != "" {
			st = style
		}
		out = append(out, Step{
			Task: t, Label: d.printed(labels[i], t.Printed), Style: st, Heading: d.Text(t.Heading),
			Text: d.Text(t.Text), Blocks: d.blocks(t.Blocks), Steps: d.steps(t.Subtasks, "", levels, level+1), Number: n,
		})
	}
	return out
}

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

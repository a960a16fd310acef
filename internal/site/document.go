package site

import (
	"strings"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// document is a plan laid out for its page: the same words, numbers and
// tables the PDF prints, read from the resolved view in the PDF's order.
type document struct {
	DraftMark               string
	ParentLines, IssuerLine []string
	Party                   bool
	RightTitle, Motto       string
	NumberLine, DateLine    string
	TypeName                string
	Subheading              []string
	Title                   string
	Body                    []node
	Signature               []string
	SignatureName           string
	RecipientsHeading       string
	Recipients              []string
	Appendices              []appendixDoc
}

// node is one heading or paragraph of the text.
type node struct {
	// Heading is set for a heading of Level 2–6; a paragraph otherwise.
	Heading bool
	Level   int
	// ID anchors the item (section, task) the node prints; Also anchors
	// the tasks the paragraph states after it (cung_doan).
	ID   string
	Also []string
	Text string
	// Italic paragraphs are the căn cứ under the title.
	Italic bool
}

// appendixDoc is one appendix as its part of the page prints it.
type appendixDoc struct {
	ID, Label  string
	Header     bool
	Heading    []string
	LabelLines int
	AttachedTo string
	Intro      []node
	Table      *tableDoc
	Outline    []node
}

// tableDoc is an appendix table.
type tableDoc struct {
	Columns []view.Column
	Rows    []rowDoc
	// Wide tables get the page's width and scroll on a phone.
	Wide bool
}

// rowDoc is a group row or an item row.
type rowDoc struct {
	Group bool
	Depth int
	ID    string
	// A group row prints Number, then Heading across Span columns, then
	// Lead and Rest empty cells when the group names its lead unit.
	Number, Heading, Lead string
	Span, Rest            int
	Cells                 []view.Cell
}

// newDocument lays out p's document from its view.
func newDocument(v *view.Doc) *document {
	p := v.Plan
	d := &document{
		DraftMark: v.DraftMark(), Party: v.Party, RightTitle: v.RightTitle(),
		NumberLine: v.NumberLine(), DateLine: v.DateLine(), TypeName: strings.ToUpper(v.TypeName()),
		Subheading: p.Subheading, Title: p.Title, Signature: v.Signature(), SignatureName: p.Signature.Name,
	}
	if !v.Party {
		d.Motto = view.Motto
	}
	d.ParentLines, d.IssuerLine = v.IssuerLines()
	outline := v.Outline()
	b := &nodes{v: v}
	if len(p.Preamble) == 0 && !listsCitations(outline) {
		for _, s := range v.CitationLines(false) {
			b.add(node{Text: s, Italic: true})
		}
	}
	b.blocks(p.Preamble)
	b.outline(outline, 2)
	b.blocks(p.Closing)
	d.Body = b.out
	if len(p.Recipients) > 0 {
		d.RecipientsHeading, d.Recipients = v.RecipientsHeading(), v.Recipients()
	}
	for _, a := range v.Appendices() {
		d.Appendices = append(d.Appendices, newAppendix(v, a))
	}
	return d
}

func listsCitations(items []*view.Item) bool {
	found := false
	view.Walk(items, func(it *view.Item) { found = found || it.Citations })
	return found
}

func newAppendix(v *view.Doc, a *view.Appendix) appendixDoc {
	out := appendixDoc{
		ID: a.Appendix.ID, Label: a.Label, Header: a.Header, Heading: a.Heading, LabelLines: a.LabelLines,
		AttachedTo: a.AttachedTo,
	}
	intro := &nodes{v: v}
	intro.blocks(a.Intro)
	out.Intro = intro.out
	if a.Table == nil {
		b := &nodes{v: v}
		b.outline(a.Outline, 3)
		out.Outline = b.out
		return out
	}
	out.Table = newTable(a.Table)
	return out
}

// newTable copies the view's rows, laid out as the PDF draws them: a group
// row spans up to the lead unit's column when it names one.
func newTable(tb *view.Table) *tableDoc {
	t := &tableDoc{Columns: tb.Columns, Wide: tb.Landscape}
	lead := -1
	for i, c := range tb.Columns {
		if c.Key == "chu_tri" {
			lead = i
		}
	}
	n := len(tb.Columns)
	for r := range tb.Rows() {
		if r.NoRow {
			continue
		}
		if r.Group != nil {
			row := rowDoc{Group: true, Depth: r.Depth, ID: r.Group.ID, Number: r.Number, Heading: r.Heading, Span: n - 1}
			if r.Lead != "" && lead >= 2 {
				row.Lead, row.Span, row.Rest = r.Lead, lead-1, n-lead-1
			}
			t.Rows = append(t.Rows, row)
			continue
		}
		row := rowDoc{Number: r.Number, Cells: append([]view.Cell(nil), r.Cells...)}
		switch {
		case r.Task != nil:
			row.ID = r.Task.ID
		case r.Indicator != nil:
			row.ID = r.Indicator.ID
		case r.Document != nil:
			row.ID = r.Document.ID
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// nodes collects an outline's headings and paragraphs.
type nodes struct {
	v   *view.Doc
	out []node
}

func (b *nodes) add(n node) { b.out = append(b.out, n) }

func (b *nodes) blocks(bs []plan.Block) {
	for _, bl := range bs {
		if bl.Dash != "" {
			b.add(node{Text: "- " + bl.Dash})
		} else {
			b.add(node{Text: bl.Text})
		}
	}
}

// outline sets items as the PDF does: a heading unless the label runs
// into the text, the paragraphs, the căn cứ where asked, the steps, the
// sub-items, the closing paragraphs; top-level headings at level.
func (b *nodes) outline(items []*view.Item, level int) {
	for _, it := range items {
		id := it.Section.ID
		if !it.RunIn && !it.RunInSteps() {
			if text := strings.TrimSpace(it.Label + " " + it.Heading); text != "" {
				b.add(node{Heading: true, Level: min(level+it.Depth-1, 6), ID: id, Text: text})
				id = ""
			}
		}
		start := len(b.out)
		b.blocks(it.Blocks)
		if it.Citations {
			for _, s := range b.v.CitationLines(true) {
				b.add(node{Text: s})
			}
		}
		if id != "" && len(b.out) > start {
			b.out[start].ID = id
		}
		b.steps(it.Steps, min(level+it.Depth, 6))
		b.outline(it.Items, level)
		b.blocks(it.After)
	}
}

// steps prints a section's tasks: a titled step as a heading over its
// text, any other with its label run into its text.
func (b *nodes) steps(steps []view.Step, level int) {
	for _, s := range steps {
		if s.Heading != "" {
			b.add(node{Heading: true, Level: level, ID: s.Task.ID, Text: strings.TrimSpace(s.Label + " " + s.Heading)})
			if s.Text != "" {
				b.add(node{Text: s.Text})
			}
		} else if text := strings.TrimSpace(s.Label + " " + s.Text); text != "" {
			n := node{ID: s.Task.ID, Text: text}
			for _, t := range s.RunOn {
				n.Also = append(n.Also, t.ID)
			}
			b.add(n)
		}
		b.blocks(s.Blocks)
		b.steps(s.Steps, min(level+1, 6))
	}
}

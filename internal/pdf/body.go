package pdf

import (
	"strconv"
	"strings"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/show"
)

// body draws the căn cứ, the opening, the outline and the closing. A plan
// that opens with "Thực hiện …" states its basis there (171/KH-UBND,
// 16-NQ/TU), and one with a "CĂN CỨ" section lists it there; only otherwise
// are the căn cứ printed as italic lines under the title.
func (d *doc) body() {
	if len(d.p.Preamble) == 0 && !listsCitations(d.p.Sections) {
		d.citations(false)
	}
	d.blocks(d.p.Preamble)
	d.sections(d.p.Sections)
	d.blocks(d.p.Closing)
}

func listsCitations(ss []*plan.Section) bool {
	for _, s := range ss {
		if s.Citations || listsCitations(s.Sections) {
			return true
		}
	}
	return false
}

// citations prints one căn cứ per line, ";" after each and "." after the
// last: italic "Căn cứ …" lines under the title, or dash items inside a
// "CĂN CỨ LẬP KẾ HOẠCH" section.
func (d *doc) citations(dash bool) {
	for i, c := range d.p.Citations {
		end := ";"
		if i == len(d.p.Citations)-1 {
			end = "."
		}
		s := show.CitationText(d.r, c)
		if dash {
			d.paragraph("- "+s+end, d.bodyPara(""))
		} else {
			d.paragraph("Căn cứ "+s+end, d.bodyPara("I"))
		}
	}
}

// bodyPara is a body paragraph: justified, first-line indent, space after.
func (d *doc) bodyPara(style string) para {
	return para{style: style, size: d.t.Sizes.Body, align: alignJustify, indent: d.t.Indent, after: d.t.ParaAfter}
}

func (d *doc) blocks(bs []plan.Block) {
	for _, b := range bs {
		if b.Dash != "" {
			d.paragraph("- "+b.Dash, d.bodyPara(""))
		} else {
			d.paragraph(b.Text, d.bodyPara(""))
		}
	}
}

// sections draws an outline; numbers come from plan.WalkSections so the
// printed numbering is the one kh check and kh show use.
func (d *doc) sections(ss []*plan.Section) {
	nums := map[*plan.Section][2]string{}
	plan.WalkOutline(ss, func(s *plan.Section, n, style string, _ int) { nums[s] = [2]string{n, style} })
	d.sectionList(ss, nums, 1)
}

func (d *doc) sectionList(ss []*plan.Section, nums map[*plan.Section][2]string, depth int) {
	for _, s := range ss {
		blocks, runIn := s.RunIn(nums[s][0])
		taskRunIn := s.RunInTask(nums[s][0])
		if !runIn && !taskRunIn {
			d.heading(s, nums[s][0], nums[s][1])
		}
		d.blocks(blocks)
		if s.Citations {
			d.citations(true)
		}
		lead := ""
		if taskRunIn {
			lead = nums[s][0]
		}
		d.inlineTasks(s.Tasks, lead)
		d.sectionList(s.Sections, nums, depth+1)
		d.blocks(s.After)
	}
}

// heading draws a numbered heading in the style the template gives its
// numbering, kept on one page with the first line that follows it.
func (d *doc) heading(s *plan.Section, num, style string) {
	text := strings.TrimSpace(num + " " + s.Heading)
	if text == "" {
		return
	}
	o := d.bodyPara(d.t.HeadingStyle(style))
	o.size = d.t.Sizes.Heading
	// A heading straight above a sub-heading keeps room for both.
	next := 1.0
	if len(s.Blocks) == 0 && len(s.Sections) > 0 {
		next = 3
	}
	d.ensure(d.height(text, o) + next*d.lineHeight(d.t.Sizes.Body))
	d.paragraph(text, o)
}

// inlineTasks prints a section's tasks as numbered items, each followed by
// who leads, who cooperates and the deadline. A non-empty lead is the
// number of a heading-less item the first task runs into ("c) Trên cơ sở
// …"); a lone task then needs no step number of its own.
func (d *doc) inlineTasks(ts []*plan.Task, lead string) {
	for i, t := range ts {
		label := strconv.Itoa(i+1) + "."
		switch {
		case i == 0 && lead != "" && len(ts) == 1:
			label = lead
		case i == 0 && lead != "":
			label = lead + " " + label
		}
		d.paragraph(label+" "+t.Text, d.bodyPara(""))
		if detail := d.taskDetail(t); detail != "" {
			d.paragraph(detail, d.bodyPara("I"))
		}
	}
}

func (d *doc) taskDetail(t *plan.Task) string {
	var parts []string
	add := func(label string, v string) {
		if v != "" {
			parts = append(parts, label+v)
		}
	}
	add("Chủ trì: ", d.agencies(t.Lead, false))
	add("phối hợp: ", d.agencies(t.Cooperate, false))
	add("theo dõi: ", d.agencies(t.Monitor, false))
	add("thời hạn: ", t.Deadline)
	if len(parts) == 0 {
		return ""
	}
	s := strings.Join(parts, "; ") + "."
	return strings.ToUpper(s[:1]) + s[1:]
}

// agencies joins agency names: short ones in tables, full ones in text.
// An unknown id prints as written (kh check reports it).
func (d *doc) agencies(ids []string, short bool) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		a := d.r.Agency(id)
		switch {
		case a == nil:
			names = append(names, id)
		case short:
			names = append(names, a.DisplayName())
		default:
			names = append(names, a.Name)
		}
	}
	if short {
		return strings.Join(names, "; ")
	}
	return strings.Join(names, ", ")
}

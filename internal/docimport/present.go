package docimport

import (
	"regexp"
	"strings"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// heading pairs an appendix of the model with the appendix as read.
type heading struct {
	ap  *plan.Appendix
	src *Appendix
}

// present records how the document prints what kh would print otherwise
// (trinh_bay, cot_in): the appendix title block and "Kèm theo" line in the
// document's own wording, and the columns its tables show.
func (b *builder) present() {
	b.presentColumns()
	if len(b.headings) == 0 {
		return
	}
	p := b.res.Plan
	h := b.headings[0]
	p.Presentation.AppendixHeading = headingLines(h.src, h.ap.Title)
	for _, h := range b.headings {
		if h.src.AttachedTo != "" {
			p.Presentation.AttachedTo = attachedTemplate(view.New(b.repo, p), h.src.AttachedTo)
			break
		}
	}
}

var defaultHeading = []string{"Phụ lục {so}", "{TIEU_DE}"}

// headingLines are the title block lines of an appendix as the document
// sets them, with {so} for its number and {tieu_de} for its title; nil
// when they are kh's default ("Phụ lục 01" over the title in capitals).
func headingLines(a *Appendix, title string) []string {
	if a.Label == "" {
		return []string{"{tieu_de}"}
	}
	label := numberIn.ReplaceAllString(a.Label, "{so}")
	var lines []string
	if a.Title != "" && strings.HasSuffix(a.Line, a.Title) {
		sep := a.Line[len(a.Label) : len(a.Line)-len(a.Title)]
		lines = []string{label + sep + "{tieu_de}"}
	} else {
		lines = []string{label, "{tieu_de}"}
		if label == defaultHeading[0] && isCaps(title) {
			return nil
		}
	}
	return lines
}

// numberIn is the appendix number in its label ("01" in "Phụ lục 01").
var numberIn = regexp.MustCompile(`(\d+|[IVXL]+)$`)

// attachedTemplate is a "(Kèm theo …)" line as a kem_theo template: the
// plan's type name, number and symbol, date and issuer replaced by their
// placeholders where the line prints them as kh does; "" when the line is
// kh's default.
func attachedTemplate(d *view.Doc, line string) string {
	tpl := line
	for _, r := range []struct{ value, key string }{
		{d.LongDate(), "{ngay_day_du}"},
		{d.Ref(), "{so_ky_hieu}"},
		{d.ShortDate(), "{ngay}"},
		{d.TypeName(), "{loai}"},
		{d.Issuer().Short, "{co_quan}"},
	} {
		if r.value != "" {
			tpl = strings.Replace(tpl, r.value, r.key, 1)
		}
	}
	if tpl == "(Kèm theo {loai} số {so_ky_hieu} ngày {ngay} của {co_quan})" {
		return ""
	}
	return tpl
}

// presentColumns records the columns a table prints (cot_in) when kh would
// show other ones: a column the document leaves out although rows fill
// it, or columns in another order.
func (b *builder) presentColumns() {
	p := b.res.Plan
	saved := p.Appendices
	p.Appendices = b.res.Appendices
	defer func() { p.Appendices = saved }()
	for _, va := range view.New(b.repo, p).Appendices() {
		fields, ok := b.columns[va.Appendix]
		if !ok || va.Table == nil {
			continue
		}
		var want []string
		for _, f := range fields {
			switch f {
			case "", colNum, colForm:
				continue
			}
			if f == colInd {
				f = colTask
			}
			if va.Appendix.Kind == plan.AppendixForm && f == colDeadline {
				continue
			}
			want = append(want, f)
		}
		var got []string
		for _, c := range va.Table.Columns {
			if c.Key != "tt" && !c.Blank {
				got = append(got, c.Key)
			}
		}
		if strings.Join(want, " ") != strings.Join(got, " ") {
			va.Appendix.PrintedColumns = want
		}
	}
}

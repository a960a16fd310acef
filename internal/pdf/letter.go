package pdf

import (
	"fmt"
	"io"
	"strings"

	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/report"
)

// subjectSize is the type size of a công văn's trích yếu (NĐ 30 PL I,
// II.5.b: 12 to 13, upright).
const subjectSize = 12.0

// WriteLetter renders a công văn issued as document p (its issuer, place,
// number and date, a draft's blanks, signing block and Nơi nhận) in the
// layout t: the header with the trích yếu "V/v …" centred under the
// number, Kính gửi, the body, the table with its header row on every page,
// the closing, the signature; pages numbered from 2.
func WriteLetter(w io.Writer, r *plan.Repo, p *plan.Plan, t *layout.Template, l report.Letter) error {
	if ds := t.Validate(); len(ds) > 0 {
		return fmt.Errorf("pdf: layout template %s: %s", t.Source, ds[0].Message.EN)
	}
	d := newDoc(r, p, t)
	d.f.SetTitle(d.text(l.Subject), true)
	d.newPart(false)
	d.letterHeader(l.Subject)
	d.addressees(l.To)
	for _, s := range l.Body {
		d.paragraph(s, d.bodyPara(""))
	}
	if len(l.Columns) > 0 {
		labels, widths := d.shares(l.Columns)
		d.grid(labels, widths, reportRows(l.Table()))
		d.y += d.t.ParaAfter * ptMM
	}
	for _, s := range l.Closing {
		d.paragraph(s, d.bodyPara(""))
	}
	d.signature()
	if err := d.f.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return d.f.Output(w)
}

// letterHeader is the document header with the trích yếu under Số (NĐ 30
// PL I, Mục II, ô 5b).
func (d *doc) letterHeader(subject string) {
	d.header(true)
	leftW, _ := d.columns()
	d.y += 0.5
	d.centred(subject, "", subjectSize, d.left(), leftW)
	d.y += single(d.t.Sizes.Body)
}

// addressees prints "Kính gửi: …": one addressee on the same line, centred;
// several as dash lines under it.
func (d *doc) addressees(to []string) {
	size := d.t.Sizes.Body
	if len(to) == 1 {
		d.paragraph("Kính gửi: "+strings.TrimSuffix(to[0], ".")+".", para{size: size, align: alignCenter, after: d.t.ParaAfter})
		return
	}
	d.paragraph("Kính gửi:", para{size: size, align: alignLeft, inset: d.width() * 0.25})
	for i, s := range to {
		end := ";"
		if i == len(to)-1 {
			end = "."
		}
		d.paragraph("- "+strings.TrimRight(s, ".;")+end, para{size: size, align: alignLeft, inset: d.width() * 0.35})
	}
	d.y += d.t.ParaAfter * ptMM
}

// shares turns columns' shares into labels and widths across the text.
func (d *doc) shares(cols []report.Column) ([]string, []float64) {
	labels := make([]string, len(cols))
	widths := make([]float64, len(cols))
	total := 0.0
	for _, c := range cols {
		total += c.Share
	}
	for i, c := range cols {
		labels[i], widths[i] = c.Label, d.width()*c.Share/total
	}
	return labels, widths
}

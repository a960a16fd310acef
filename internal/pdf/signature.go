package pdf

import "strings"

// signatureRoom is the space left for the handwritten signature and seal.
const signatureRoom = 25.0

// signature draws the signing block on the right and Nơi nhận on the left,
// Nơi nhận level with the authority line (NĐ 30 PL I, II.7 and II.9). The
// block moves to a new page rather than leave its name alone there.
func (d *doc) signature() {
	lines := d.v.Signature()
	leftW, rightW := d.signatureColumns(lines)
	sigH := float64(len(lines)+1)*single(d.t.Sizes.Signature) + signatureRoom
	recH := single(d.t.Sizes.RecipientHead) + d.recipientsHeight(leftW)
	d.y += d.t.ParaAfter * ptMM
	d.ensure(min(max(sigH, recH), d.bottom()-d.t.Margins.Top))

	top := d.y
	x := d.left() + leftW
	for _, s := range lines {
		d.centred(s, "B", d.t.Sizes.Signature, x, rightW)
	}
	d.y += signatureRoom
	if name := d.p.Signature.Name; name != "" {
		d.centred(name, "B", d.t.Sizes.Signature, x, rightW)
	}
	sigEnd := d.y

	d.y = top
	if len(d.p.Recipients) > 0 {
		// Level with the authority line: the same baseline, not the same top.
		d.setFont("BI", d.t.Sizes.RecipientHead)
		d.f.Text(d.left(), baseline(d.y, single(d.t.Sizes.Signature), d.t.Sizes.Signature), d.text(d.v.RecipientsHeading()))
		d.y += single(d.t.Sizes.Signature)
		for _, r := range d.v.Recipients() {
			d.paragraph(r, d.recipientPara(r, leftW))
		}
	}
	d.y = max(d.y, sigEnd)
}

// signatureColumns splits the width between Nơi nhận and the signing
// block: the header's columns for a state document (NĐ 30 sets the two
// blocks under the header's); for a Party document (HD 36) the signing
// block takes what its widest line needs and Nơi nhận the rest, so its
// lines do not wrap beside an empty column.
func (d *doc) signatureColumns(lines []string) (leftW, rightW float64) {
	leftW, rightW = d.columns()
	if !d.party {
		return leftW, rightW
	}
	d.setFont("B", d.t.Sizes.Signature)
	need := d.f.GetStringWidth(d.text(d.p.Signature.Name))
	for _, l := range lines {
		need = max(need, d.f.GetStringWidth(d.text(l)))
	}
	if need += 2 * sigMargin; need < rightW {
		rightW = need
		leftW = d.width() - rightW - sigMargin
	}
	return leftW, d.width() - leftW
}

// sigMargin is the space on each side of the signing block's widest line,
// and between it and Nơi nhận, in mm.
const sigMargin = 6.0

// recipientPara sets a Nơi nhận line in width w: a line that wraps hangs
// under the text after its dash.
func (d *doc) recipientPara(r string, w float64) para {
	size := d.t.Sizes.Recipients
	o := para{size: size, align: alignLeft, width: w, lineH: single(size)}
	if strings.HasPrefix(r, "- ") {
		d.setFont("", size)
		o.inset = d.f.GetStringWidth("- ")
		o.indent = -o.inset
	}
	return o
}

func (d *doc) recipientsHeight(w float64) float64 {
	h := 0.0
	for _, r := range d.v.Recipients() {
		h += d.height(r, d.recipientPara(r, w))
	}
	return h
}

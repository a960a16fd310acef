package pdf

// signatureRoom is the space left for the handwritten signature and seal.
const signatureRoom = 25.0

// signature draws the signing block on the right and Nơi nhận on the left,
// Nơi nhận level with the authority line (NĐ 30 PL I, II.7 and II.9). The
// block moves to a new page rather than leave its name alone there.
func (d *doc) signature() {
	leftW, rightW := d.columns()
	lines := d.v.Signature()
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
		d.f.Text(d.left(), baseline(d.y, single(d.t.Sizes.Signature), d.t.Sizes.Signature), "Nơi nhận:")
		d.y += single(d.t.Sizes.Signature)
		for _, r := range d.v.Recipients() {
			d.paragraph(r, d.recipientPara(leftW))
		}
	}
	d.y = max(d.y, sigEnd)
}

func (d *doc) recipientPara(w float64) para {
	size := d.t.Sizes.Recipients
	return para{size: size, align: alignLeft, width: w, lineH: single(size)}
}

func (d *doc) recipientsHeight(w float64) float64 {
	h := 0.0
	for _, r := range d.v.Recipients() {
		h += d.height(r, d.recipientPara(w))
	}
	return h
}

package pdf

import (
	"strings"

	"github.com/kh-tools/kh/internal/view"
)

// columns splits the text width between the agency column (left) and the
// national or Party column (right); the right one grows to hold its
// longest line on one line, as the decree's sample does.
func (d *doc) columns() (leftW, rightW float64) {
	leftW = d.width() * d.t.LeftColumn
	rightW = d.width() - leftW
	d.setFont("B", d.t.Sizes.National)
	need := d.f.GetStringWidth(d.v.RightTitle()) + 2
	if need > rightW {
		rightW, leftW = need, d.width()-need
	}
	return leftW, rightW
}

// header draws the two header columns, then (for the document itself) Số
// and the place and date on one line (NĐ 30 PL I, Mục II, ô 1–4; HD 36 for
// Party documents). A schedule attached on its own page repeats the
// columns alone.
func (d *doc) header(numbered bool) {
	if numbered && d.p.IsDraft() {
		d.draftMark()
	}
	leftW, rightW := d.columns()
	top := d.y
	leftEnd := d.agencyColumn(d.left(), leftW)
	d.y = top
	rightEnd := d.nationalColumn(d.left()+leftW, rightW)
	d.y = max(leftEnd, rightEnd) + 1
	if !numbered {
		return
	}
	size := d.t.Sizes.PlaceDate
	h := single(max(size, d.t.Sizes.Number))
	d.setFont("", d.t.Sizes.Number)
	d.drawLine(d.text(d.v.NumberLine()), d.left(), leftW, d.y, h, alignCenter)
	d.setFont("I", size)
	d.drawLine(d.text(d.v.DateLine()), d.left()+leftW, rightW, d.y, h, alignCenter)
	d.y += h
}

// agencyColumn draws the parent and issuing agency names with the short
// rule (state) or the asterisk (Party) and returns the y below them.
func (d *doc) agencyColumn(x, w float64) float64 {
	parent, own := d.v.IssuerLines()
	for _, s := range parent {
		d.centred(s, "", d.t.Sizes.ParentAgency, x, w)
	}
	widest := 0.0
	for _, s := range own {
		widest = max(widest, d.centred(s, "B", d.t.Sizes.Agency, x, w))
	}
	if d.party {
		d.centred("*", "", d.t.Sizes.Agency, x, w)
		return d.y
	}
	d.y += ruleGap
	d.rule(x+w/2, d.y, widest*d.t.Rules.Agency)
	return d.y + 1
}

// nationalColumn draws the Quốc hiệu and Tiêu ngữ, or the Party's name,
// with a rule as long as the text above it.
func (d *doc) nationalColumn(x, w float64) float64 {
	last := d.centred(d.v.RightTitle(), "B", d.t.Sizes.National, x, w)
	if !d.party {
		last = d.centred(view.Motto, "B", d.t.Sizes.Motto, x, w)
	}
	d.y += ruleGap
	d.rule(x+w/2, d.y, last)
	return d.y + 1
}

// centred draws s wrapped and centred in a column, single-spaced, and
// returns the width of its widest line.
func (d *doc) centred(s, style string, size, x, w float64) float64 {
	d.setFont(style, size)
	widest := 0.0
	for _, l := range d.balanced(d.text(s), w) {
		widest = max(widest, d.f.GetStringWidth(l.String()))
		d.drawWords(l, x, w, d.y, single(size), alignCenter)
		d.y += single(size)
	}
	return widest
}

// draftMark boxes "DỰ THẢO" with the version in the top margin of page 1,
// where no page number is printed.
func (d *doc) draftMark() {
	s := d.v.DraftMark()
	size := d.t.Sizes.DraftMark
	d.setFont("B", size)
	w := d.f.GetStringWidth(s) + 4
	h := single(size) + 1
	x := d.left() + d.width() - w
	y := (d.t.Margins.Top - h) / 2
	d.f.Rect(x, y, w, h, "D")
	d.drawLine(s, x, w, y, h, alignCenter)
}

// titleBlock draws the type name, the sub-heading lines and the trích yếu
// with the short rule under it.
func (d *doc) titleBlock() {
	d.y += single(d.t.Sizes.DocType)
	d.centred(strings.ToUpper(d.v.TypeName()), "B", d.t.Sizes.DocType, d.left(), d.width())
	for _, s := range d.p.Subheading {
		d.centred(s, "B", d.t.Sizes.Title, d.left(), d.width())
	}
	widest := d.centred(d.p.Title, "B", d.t.Sizes.Title, d.left()+d.width()*0.1, d.width()*0.8)
	d.y += ruleGap
	d.rule(d.left()+d.width()/2, d.y, widest*d.t.Rules.Title)
	d.y += single(d.t.Sizes.Body)
}

package pdf

import (
	"fmt"
	"strings"

	"github.com/kh-tools/kh/internal/plan"
)

// Header texts fixed by the regulations.
const (
	nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	motto        = "Độc lập - Tự do - Hạnh phúc"
	partyName    = "ĐẢNG CỘNG SẢN VIỆT NAM"
	// blank stands for a number or date a văn thư fills in by hand.
	blank = "      "
)

// kindNames are the printed type names of plan kinds.
var kindNames = map[string]string{
	"KH": "Kế hoạch", "NQ": "Nghị quyết", "CTr": "Chương trình", "QĐ": "Quyết định",
	"BC": "Báo cáo", "CT": "Chỉ thị", "ĐA": "Đề án", "KL": "Kết luận",
}

func (d *doc) kindName() string {
	if n, ok := kindNames[d.p.Kind]; ok {
		return n
	}
	return d.p.Kind
}

// columns splits the text width between the agency column (left) and the
// national or Party column (right); the right one grows to hold its
// longest line on one line, as the decree's sample does.
func (d *doc) columns() (leftW, rightW float64) {
	leftW = d.width() * d.t.LeftColumn
	rightW = d.width() - leftW
	d.setFont("B", d.t.Sizes.National)
	need := d.f.GetStringWidth(d.rightTitle()) + 2
	if need > rightW {
		rightW, leftW = need, d.width()-need
	}
	return leftW, rightW
}

func (d *doc) rightTitle() string {
	if d.party {
		return partyName
	}
	return nationalName
}

// header draws the two header columns, then Số and the place and date on
// one line (NĐ 30 PL I, Mục II, ô 1–4; HD 36 for Party documents).
func (d *doc) header() {
	if d.p.IsDraft() {
		d.draftMark()
	}
	leftW, rightW := d.columns()
	top := d.y
	leftEnd := d.agencyColumn(d.left(), leftW)
	d.y = top
	rightEnd := d.nationalColumn(d.left()+leftW, rightW)
	d.y = max(leftEnd, rightEnd) + 1

	size := d.t.Sizes.PlaceDate
	h := single(max(size, d.t.Sizes.Number))
	d.setFont("", d.t.Sizes.Number)
	d.drawLine(d.text(d.numberLine()), d.left(), leftW, d.y, h, alignCenter)
	d.setFont("I", size)
	d.drawLine(d.text(d.dateLine()), d.left()+leftW, rightW, d.y, h, alignCenter)
	d.y += h
}

// agencyColumn draws the parent and issuing agency names with the short
// rule (state) or the asterisk (Party) and returns the y below them.
func (d *doc) agencyColumn(x, w float64) float64 {
	a := d.r.Agency(d.p.Issuer)
	if a == nil {
		a = &plan.Agency{Name: d.p.Issuer}
	}
	if parent := d.r.Agency(a.Parent); parent != nil {
		for _, s := range headerLines(parent) {
			d.centred(s, "", d.t.Sizes.ParentAgency, x, w)
		}
	}
	widest := 0.0
	for _, s := range headerLines(a) {
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

func headerLines(a *plan.Agency) []string {
	if len(a.Header) > 0 {
		return a.Header
	}
	return []string{strings.ToUpper(a.Name)}
}

// nationalColumn draws the Quốc hiệu and Tiêu ngữ, or the Party's name,
// with a rule as long as the text above it.
func (d *doc) nationalColumn(x, w float64) float64 {
	last := d.centred(d.rightTitle(), "B", d.t.Sizes.National, x, w)
	if !d.party {
		last = d.centred(motto, "B", d.t.Sizes.Motto, x, w)
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
	for _, l := range d.wrap(d.text(s), w, w) {
		widest = max(widest, d.f.GetStringWidth(l.String()))
		d.drawWords(l, x, w, d.y, single(size), alignCenter)
		d.y += single(size)
	}
	return widest
}

// numberLine is "Số: 171/KH-UBND" or, for Party documents, "Số 16-NQ/TU";
// a missing number is left blank for the văn thư.
func (d *doc) numberLine() string {
	ref := d.p.DocumentRef(d.party)
	if d.p.Number == 0 {
		ref = blank + ref
	}
	if d.party {
		return "Số " + ref
	}
	return "Số: " + ref
}

// dateLine is "Nghệ An, ngày 17 tháng 3 năm 2025", with blanks while the
// plan has no date.
func (d *doc) dateLine() string {
	if d.p.Date.IsZero() {
		return fmt.Sprintf("%s, ngày%stháng%snăm%s", d.p.Place, blank, blank, blank)
	}
	return d.p.Place + ", " + plan.LongDate(d.p.Date)
}

// draftMark boxes "DỰ THẢO" with the version in the top margin of page 1,
// where no page number is printed.
func (d *doc) draftMark() {
	s := "DỰ THẢO"
	if d.p.Draft > 0 {
		s = fmt.Sprintf("DỰ THẢO LẦN %d", d.p.Draft)
	}
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
	d.centred(strings.ToUpper(d.kindName()), "B", d.t.Sizes.DocType, d.left(), d.width())
	for _, s := range d.p.Subheading {
		d.centred(s, "B", d.t.Sizes.Title, d.left(), d.width())
	}
	widest := d.centred(d.p.Title, "B", d.t.Sizes.Title, d.left()+d.width()*0.1, d.width()*0.8)
	d.y += ruleGap
	d.rule(d.left()+d.width()/2, d.y, widest*d.t.Rules.Title)
	d.y += single(d.t.Sizes.Body)
}

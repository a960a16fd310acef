// Package view is the resolved plan: everything a renderer prints, worked
// out once from the model so that the PDF, the workbook, kh show, the report
// forms, kh status, the semantic diff and the renderers still to come (Word
// drafts, comment tables, reminder letters, the static site) print the same
// words, numbers and columns.
//
// A renderer builds one Doc per plan and reads only from it:
//
//	d := view.New(repo, p)
//	d.TypeName()              // "Kế hoạch"
//	d.Name()                  // "Kế hoạch số 1174/KH-UBND"
//	d.NumberLine()            // "Số: 1174/KH-UBND" ("Số 16-NQ/TU" for the Party)
//	d.DateLine()              // "Nghệ An, ngày 31 tháng 12 năm 2025"
//	d.Issuer(), d.IssuerLines()
//	d.Agency(id).Short        // "Sở KH&CN"; d.Names(ids, view.Full)
//	d.Citation(c), d.CitationLines(dash)
//	d.Outline()               // numbered body items: Label "I.", "1.", "a)", "-"
//	for _, a := range d.Appendices() {
//		a.Label, a.Title, a.AttachedTo   // "Phụ lục 02", its title, "(Kèm theo …)"
//		if a.Table != nil {
//			a.Table.Columns              // the appendix's columns, TT first
//			for row := range a.Table.Rows() { … } // group and item rows, cells per column
//		} else {
//			a.Outline                    // a đề cương, set like the body
//		}
//	}
//	d.Signature(), d.Recipients()
//
// Rules the view owns, so no renderer re-derives them:
//   - Agency names: the registry entry of the id, its first short form
//     (ten_ngan) for tables and its full name (ten) for running text; an id
//     the registry lacks prints as written (kh check reports it). Agency
//     tells whether the body existed on the plan's date.
//   - A draft has no number or date: the number and the date print as
//     Blank, wide enough for the văn thư to write them in.
//   - Numbering comes from the outline's structure (plan.WalkOutline) and
//     row numbers from plan.WalkRows, so references and printed numbers
//     agree.
//   - Text is returned with appendix mentions ([[pl02]]) expanded; it is
//     otherwise as written (renderers normalise for their own format).
package view

import (
	"fmt"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/plan"
)

// Header texts fixed by the regulations (NĐ 30/2020 PL I; HD 36-HD/VPTW).
const (
	NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	Motto        = "Độc lập - Tự do - Hạnh phúc"
	PartyName    = "ĐẢNG CỘNG SẢN VIỆT NAM"
	// Blank stands for a number or date a văn thư fills in by hand.
	Blank = "      "
)

// typeNames are the printed names of the document kinds (plan.Plan.Kind).
var typeNames = map[string]string{
	"KH": "Kế hoạch", "NQ": "Nghị quyết", "CTr": "Chương trình", "QĐ": "Quyết định",
	"BC": "Báo cáo", "CT": "Chỉ thị", "ĐA": "Đề án", "KL": "Kết luận",
}

// TypeName is the printed name of a document kind ("KH" → "Kế hoạch"); an
// unknown kind prints as written.
func TypeName(kind string) string {
	if n, ok := typeNames[kind]; ok {
		return n
	}
	return kind
}

// KindOf is the document kind a printed type name names, in any case
// ("KẾ HOẠCH" → "KH"); a "Chương trình hành động" is a Chương trình.
func KindOf(name string) (string, bool) {
	name = strings.ToUpper(strings.TrimSpace(name))
	if name == "CHƯƠNG TRÌNH HÀNH ĐỘNG" {
		return "CTr", true
	}
	for kind, n := range typeNames {
		if strings.ToUpper(n) == name {
			return kind, true
		}
	}
	return "", false
}

// Doc is one plan resolved for printing. Build it with New; it reads the
// model and never changes it.
type Doc struct {
	Repo *plan.Repo
	Plan *plan.Plan
	// Party is set for documents of a Party body, which follow HD 36
	// ("16-NQ/TU", "T/M") rather than NĐ 30.
	Party bool
	// computed ignores what the document records as printed.
	computed bool
}

// Computed is the view with kh's own numbering, row numbers and dates even
// where the document reproduces printed ones (trinh_bay.nhu_ban_in), for
// listings that show a plan's structure rather than print it.
func (d *Doc) Computed() *Doc {
	c := *d
	c.computed = true
	return &c
}

// asPrinted reports whether the view prints what the document records as
// printed.
func (d *Doc) asPrinted() bool { return d.Plan.Presentation.AsPrinted && !d.computed }

// New resolves p in r.
func New(r *plan.Repo, p *plan.Plan) *Doc {
	return &Doc{Repo: r, Plan: p, Party: r.IsParty(p)}
}

// Text expands appendix mentions ("[[pl02]]" → "Phụ lục 02") in s.
func (d *Doc) Text(s string) string { return d.Plan.ExpandRefs(s) }

// TypeName is the document's type name: "Kế hoạch", "Nghị quyết".
func (d *Doc) TypeName() string { return TypeName(d.Plan.Kind) }

// Ref is the printed number and symbol: "171/KH-UBND", "16-NQ/TU"; a
// draft's missing number is Blank.
func (d *Doc) Ref() string {
	ref := d.Plan.DocumentRef(d.Party)
	if d.Plan.Number == 0 {
		ref = Blank + ref
	}
	return ref
}

// Name is "Kế hoạch số 171/KH-UBND".
func (d *Doc) Name() string { return d.TypeName() + " số " + d.Ref() }

// NumberLine is the header's "Số: 171/KH-UBND", or "Số 16-NQ/TU" for a
// Party document.
func (d *Doc) NumberLine() string {
	if d.Party {
		return "Số " + d.Ref()
	}
	return "Số: " + d.Ref()
}

// DateLine is "Nghệ An, ngày 17 tháng 3 năm 2025", with blanks while the
// plan has no date.
func (d *Doc) DateLine() string { return d.Plan.Place + ", " + d.LongDate() }

// LongDate is the issue date as the place-and-date line writes it: "ngày
// 05 tháng 01 năm 2026", blanks for a draft, the date as printed where
// the document reproduces it.
func (d *Doc) LongDate() string {
	if day, month, year, ok := d.printedDate(); ok {
		return "ngày " + day + " tháng " + month + " năm " + year
	}
	if d.Plan.Date.IsZero() {
		return fmt.Sprintf("ngày%stháng%snăm%s", Blank, Blank, Blank)
	}
	return plan.LongDate(d.Plan.Date)
}

// ShortDate is the plan's date in running text ("17/3/2025"), Blank for a
// draft, the date as printed where the document reproduces it.
func (d *Doc) ShortDate() string {
	if day, month, year, ok := d.printedDate(); ok {
		return day + "/" + month + "/" + year
	}
	if d.Plan.Date.IsZero() {
		return Blank
	}
	return plan.ShortDate(d.Plan.Date)
}

// printedDate splits the issue date as printed ("41/9/2021") when the
// document reproduces it.
func (d *Doc) printedDate() (day, month, year string, ok bool) {
	if !d.asPrinted() || d.Plan.DatePrinted == "" {
		return "", "", "", false
	}
	parts := strings.Split(d.Plan.DatePrinted, "/")
	if len(parts) != 3 {
		return "", "", "", false
	}
	return parts[0], parts[1], parts[2], true
}

// AttachedTo is the line under an appendix title, in the document's own
// wording (trinh_bay.kem_theo): "(Kèm theo Kế hoạch số 171/KH-UBND ngày
// 17/3/2025 của UBND tỉnh)" by default, with blanks for a draft.
func (d *Doc) AttachedTo() string {
	tpl := d.Plan.Presentation.AttachedTo
	if tpl == "" {
		tpl = "(Kèm theo {loai} số {so_ky_hieu} ngày {ngay} của {co_quan})"
	}
	return strings.NewReplacer(
		"{loai}", d.TypeName(), "{so_ky_hieu}", d.Ref(), "{ngay_day_du}", d.LongDate(),
		"{ngay}", d.ShortDate(), "{co_quan}", d.Issuer().Short,
	).Replace(tpl)
}

// DraftMark is the boxed mark of a draft: "DỰ THẢO", "DỰ THẢO LẦN 2"; ""
// for an issued document.
func (d *Doc) DraftMark() string {
	switch {
	case !d.Plan.IsDraft():
		return ""
	case d.Plan.Draft > 0:
		return fmt.Sprintf("DỰ THẢO LẦN %d", d.Plan.Draft)
	}
	return "DỰ THẢO"
}

// Issuer is the issuing body.
func (d *Doc) Issuer() Agency { return d.Agency(d.Plan.Issuer) }

// IssuerLines are the lines of the header's agency column: the parent
// body's (printed plain) and the issuer's own (printed bold), as the
// registry's tieu_de gives them or else the name in capitals.
func (d *Doc) IssuerLines() (parent, own []string) {
	a := d.Repo.Agency(d.Plan.Issuer)
	if a == nil {
		return nil, []string{strings.ToUpper(d.Plan.Issuer)}
	}
	if p := d.Repo.Agency(a.Parent); p != nil {
		parent = headerLines(p)
	}
	return parent, headerLines(a)
}

func headerLines(a *plan.Agency) []string {
	if len(a.Header) > 0 {
		return a.Header
	}
	return []string{strings.ToUpper(a.Name)}
}

// RightTitle is the header's right column: the national name, or the
// Party's name for a Party document (which has no motto).
func (d *Doc) RightTitle() string {
	if d.Party {
		return PartyName
	}
	return NationalName
}

// Signature is the signing block's lines above the signature: "TM. ỦY
// BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"; Party documents write
// "T/M".
func (d *Doc) Signature() []string {
	s := d.Plan.Signature
	var out []string
	prefix := "TM. "
	if d.Party {
		prefix = "T/M "
	}
	if s.OnBehalf != "" {
		out = append(out, prefix+s.OnBehalf)
	}
	if s.Deputy != "" {
		out = append(out, "KT. "+s.Deputy)
	}
	if s.Title != "" {
		out = append(out, s.Title)
	}
	return out
}

// Recipients are the Nơi nhận lines, each starting with its dash.
func (d *Doc) Recipients() []string {
	out := make([]string, len(d.Plan.Recipients))
	for i, r := range d.Plan.Recipients {
		r = strings.TrimSpace(r)
		if !strings.HasPrefix(r, "-") {
			r = "- " + r
		}
		out[i] = r
	}
	return out
}

// Citation writes a cited document as documents do: "Nghị quyết số
// 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về …".
func (d *Doc) Citation(c *plan.Citation) string {
	s := fmt.Sprintf("%s số %s ngày %s của %s", c.Type, c.Ref, plan.ShortDate(c.Date), d.Agency(c.Issuer).Name)
	if c.Subject != "" {
		s += " " + c.Subject
	}
	return s
}

// CitationLines are the căn cứ as printed, ";" after each and "." after the
// last: dash items inside a "CĂN CỨ LẬP KẾ HOẠCH" section, or "Căn cứ …"
// lines under the title. A citation recorded in the document's own words
// (nguyen_van) prints those words, its punctuation included.
func (d *Doc) CitationLines(dash bool) []string {
	out := make([]string, len(d.Plan.Citations))
	for i, c := range d.Plan.Citations {
		end := ";"
		if i == len(d.Plan.Citations)-1 {
			end = "."
		}
		text := "Căn cứ " + d.Citation(c) + end
		switch {
		case c.Wording != "":
			text = c.Wording
		case dash:
			text = d.Citation(c) + end
		}
		if dash {
			text = "- " + text
		}
		out[i] = text
	}
	return out
}

// RecipientsHeading is the heading of the Nơi nhận list: "Nơi nhận:", or
// as the document prints it ("Nơi nhận: (VBĐT)", trinh_bay.noi_nhan).
func (d *Doc) RecipientsHeading() string {
	if h := d.Plan.Presentation.RecipientsHeading; h != "" {
		return h
	}
	return "Nơi nhận:"
}

// ImplementsText names what the plan carries out: a cited document written
// out, or a repository plan by id and title.
func (d *Doc) ImplementsText(id string) string {
	for _, c := range d.Plan.Citations {
		if c.ID == id {
			return d.Citation(c)
		}
	}
	if q := d.Repo.Plan(id); q != nil {
		return fmt.Sprintf("Kế hoạch %s: %s", q.ID, q.Title)
	}
	return id
}

// Deadline is a task's deadline: the words the document prints (Text:
// "Quý I/2026", "" when it gives none), the same deadline in kh fmt's
// canonical spelling (Canonical: "Năm 2026" where the document prints
// "2026"; what a report form or a reminder quotes), and, when they name a
// day, the last day (relative deadlines counted from the plan's date in
// calendar days; the working-day reckoning of kh check needs the
// calendar).
type Deadline struct {
	Text, Canonical string
	Last            time.Time
}

// NoDeadline is what a listing prints for a task without a deadline; a
// document prints nothing.
const NoDeadline = "(không ghi)"

// Deadline resolves t's deadline; Text is the deadline as the document
// prints it where recorded (thoi_han_in), the data's words otherwise.
func (d *Doc) Deadline(t *plan.Task) Deadline {
	out := Deadline{Text: t.Deadline, Canonical: t.Deadline}
	if t.DeadlineWritten != "" {
		out.Text = t.DeadlineWritten
	}
	if dl, err := deadline.Parse(t.Deadline); err == nil && t.Deadline != "" {
		out.Last = dl.Resolve(d.Plan.Date, nil).Latest()
	}
	return out
}

// Date is a date inside a table or a sentence: "31/8/2022"; "" for none.
func Date(t time.Time) string { return plan.ShortDate(t) }

// Properties are what a file's document properties say of the plan, the
// same in every format: the title a file list shows ("Kế hoạch số
// 1174/KH-UBND ngày 31/12/2025"; a draft is named by its trích yếu and
// mark), the issuing body as author, the trích yếu as subject, and
// keywords for searching a document store (type, number, place).
type Properties struct {
	Title, Author, Subject string
	Keywords               []string
}

// Properties gives the plan's document properties.
func (d *Doc) Properties() Properties {
	p := d.Plan
	title := d.Name()
	if !p.Date.IsZero() {
		// The day it was issued, even where the document misprints it.
		title += " ngày " + plan.ShortDate(p.Date)
	}
	keywords := []string{d.TypeName()}
	if p.IsDraft() {
		mark := "dự thảo"
		if p.Draft > 0 {
			mark = fmt.Sprintf("dự thảo lần %d", p.Draft)
		}
		title = d.TypeName() + " " + p.Title + " (" + mark + ")"
	} else {
		keywords = append(keywords, d.Ref())
	}
	if p.Place != "" {
		keywords = append(keywords, p.Place)
	}
	return Properties{
		Title:    d.Text(title),
		Author:   d.Issuer().Name,
		Subject:  d.Text(p.Title),
		Keywords: keywords,
	}
}

package deadline

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Parse reads a deadline as written in a plan's "thời gian hoàn thành"
// column. Keywords are matched case-insensitively and with their diacritics;
// text typed without them is rejected with a Suggestion, because OCR also
// drops them and a silent guess would hide misreadings. The error is always a
// *ParseError.
func Parse(s string) (Deadline, error) {
	t := norm.NFC.String(s)
	d, err := parseNFC(t)
	if err != nil {
		if err.Suggestion == "" {
			err.Suggestion = suggest(t, err, maxRepairs)
		}
		return Deadline{}, err
	}
	d.Source = s
	return d, nil
}

// Canonical returns the canonical spelling of s and whether s parses.
func Canonical(s string) (string, bool) {
	t := norm.NFC.String(s)
	d, err := parseNFC(t)
	if err != nil {
		return "", false
	}
	return d.String(), true
}

func parseNFC(t string) (Deadline, *ParseError) {
	p := scanner{s: t, end: trimEnd(t)}
	if p.atEnd() {
		return Deadline{}, &ParseError{Col: 1, Msg: "không có nội dung thời hạn", MsgEN: "empty deadline"}
	}
	d, err := p.top()
	if err == nil && !p.atEnd() {
		err = p.fail(p.i, "thừa nội dung sau thời hạn", "unexpected text after the deadline")
	}
	return d, err
}

// trimEnd drops trailing spaces and the sentence punctuation table cells often end with.
func trimEnd(s string) int {
	return len(strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '.' || r == ';' || r == ',' || r == ':'
	}))
}

// scanner is a cursor over NFC text; every method skips leading spaces and,
// when it does not match, leaves the cursor where it was.
type scanner struct {
	s      string
	i, end int
	// wAt and wEnd cache the last word found, since alternatives are tried at one position.
	wAt, wEnd int
}

func (p *scanner) skipSpace() {
	for p.i < p.end {
		r, n := rune(p.s[p.i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(p.s[p.i:])
		}
		if !unicode.IsSpace(r) {
			return
		}
		p.i += n
	}
}

func (p *scanner) atEnd() bool {
	p.skipSpace()
	return p.i >= p.end
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func (p *scanner) peekWord() string {
	p.skipSpace()
	if p.i == p.wAt && p.wEnd > p.i {
		return p.s[p.i:p.wEnd]
	}
	j := p.i
	for j < p.end {
		r, n := utf8.DecodeRuneInString(p.s[j:])
		if !isWordRune(r) {
			break
		}
		j += n
	}
	p.wAt, p.wEnd = p.i, j
	return p.s[p.i:j]
}

// word consumes the words of a keyword phrase, or nothing.
func (p *scanner) word(phrase ...string) bool {
	save := p.i
	for _, kw := range phrase {
		w := p.peekWord()
		if w == "" || !strings.EqualFold(w, kw) {
			p.i = save
			return false
		}
		p.i += len(w)
	}
	return true
}

func (p *scanner) punct(set string) bool {
	p.skipSpace()
	if p.i >= p.end {
		return false
	}
	r, n := utf8.DecodeRuneInString(p.s[p.i:])
	if !strings.ContainsRune(set, r) {
		return false
	}
	p.i += n
	return true
}

// number reads decimal digits, saturating so that long digit runs cannot overflow.
func (p *scanner) number() (n, digits int, ok bool) {
	p.skipSpace()
	for p.i < p.end && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		if n < 1e6 {
			n = n*10 + int(p.s[p.i]-'0')
		}
		p.i++
		digits++
	}
	return n, digits, digits > 0
}

// rest returns the remaining text with runs of spaces collapsed, for references kept verbatim.
func (p *scanner) rest() string {
	p.skipSpace()
	r := p.s[p.i:p.end]
	p.i = p.end
	prevSpace := false
	for _, c := range r {
		if unicode.IsSpace(c) && (c != ' ' || prevSpace) {
			return strings.Join(strings.Fields(r), " ")
		}
		prevSpace = c == ' '
	}
	return r
}

const dashes = "-–—"

func (p *scanner) top() (Deadline, *ParseError) {
	w := p.peekWord()
	switch {
	case w == "":
		return p.numberLed()
	case eq(w, "thường"), eq(w, "hằng"), eq(w, "hàng"), eq(w, "định"):
		return p.recurring()
	case eq(w, "theo"), eq(w, "khi"):
		return p.conditional()
	case eq(w, "sau"):
		return p.relative()
	case eq(w, "từ"):
		return p.from()
	case eq(w, "giai"):
		return p.stage()
	case eq(w, "hoàn"):
		p.word("hoàn")
		if !p.word("thành") {
			return p.expect("“thành” sau “hoàn”", "“thành” after “hoàn”")
		}
		p.word("báo", "cáo")
	}
	return p.timed()
}

func eq(w, kw string) bool { return strings.EqualFold(w, kw) }

// timed parses the forms that may follow "hoàn thành": a limit or a single period.
func (p *scanner) timed() (Deadline, *ParseError) {
	switch {
	case p.word("trước"):
		u, err := p.unit()
		return Deadline{Kind: Date, Before: true, To: u.From.AddDate(0, 0, -1)}, err
	case p.word("chậm", "nhất"):
		_ = p.word("vào") || p.word("là")
		u, err := p.unit()
		return Deadline{Kind: Date, To: u.To}, err
	case p.word("trong"):
		save := p.i
		_ = p.word("vòng")
		if _, _, ok := p.number(); ok && p.word("ngày") {
			p.i = save
			return p.relative()
		}
		p.i = save
	}
	return p.unit()
}

// numberLed handles text that starts with digits: dates, years, year ranges,
// halves and the "6 tháng, hằng năm" reporting list.
func (p *scanner) numberLed() (Deadline, *ParseError) {
	save := p.i
	if n, digits, _ := p.number(); digits != 4 {
		if n == 6 && p.word("tháng") && !p.word("đầu") && !p.word("cuối") {
			p.i = save
			return p.recurring()
		}
		p.i = save
		return p.unit()
	}
	p.i = save
	y1, err := p.year()
	if err != nil || !p.punct(dashes) {
		return yearOf(y1), err
	}
	return p.yearRange(y1)
}

func (p *scanner) stage() (Deadline, *ParseError) {
	p.word("giai")
	if !p.word("đoạn") {
		return p.expect("“đoạn” sau “giai”", "“đoạn” after “giai”")
	}
	y1, err := p.year()
	if err != nil {
		return Deadline{}, err
	}
	if !p.punct(dashes) {
		return p.expect("dấu gạch ngang giữa hai năm", "a dash between the two years")
	}
	return p.yearRange(y1)
}

func (p *scanner) yearRange(y1 int) (Deadline, *ParseError) {
	at := p.i
	y2, err := p.year()
	if err != nil {
		return Deadline{}, err
	}
	if y2 < y1 {
		return Deadline{}, p.fail(at, "năm kết thúc trước năm bắt đầu", "the end year is before the start year")
	}
	return Deadline{Kind: Period, From: civil(y1, 1, 1), To: civil(y2, 12, 31)}, nil
}

// from parses "từ X" and "từ X đến Y".
func (p *scanner) from() (Deadline, *ParseError) {
	p.word("từ")
	a, err := p.unit()
	if err != nil {
		return Deadline{}, err
	}
	if !p.word("đến") {
		return Deadline{Kind: OpenStart, From: a.From}, nil
	}
	p.word("hết")
	at := p.i
	b, err := p.unit()
	if err != nil {
		return Deadline{}, err
	}
	if b.To.Before(a.From) {
		return Deadline{}, p.fail(at, "thời điểm kết thúc trước thời điểm bắt đầu", "the end is before the start")
	}
	return Deadline{Kind: Period, From: a.From, To: b.To}, nil
}

// unit parses one calendar unit: a date, month, quarter, half or year.
func (p *scanner) unit() (Deadline, *ParseError) {
	w := p.peekWord()
	switch {
	case w == "":
		return p.numberUnit()
	case eq(w, "ngày"):
		p.word("ngày")
		return p.date()
	case eq(w, "tháng"):
		p.word("tháng")
		return p.month()
	case eq(w, "quý"):
		p.word("quý")
		return p.quarter()
	case eq(w, "năm"):
		p.word("năm")
		y, err := p.year()
		return yearOf(y), err
	}
	return Deadline{}, p.unknown()
}

func (p *scanner) numberUnit() (Deadline, *ParseError) {
	save := p.i
	n, digits, ok := p.number()
	switch {
	case !ok:
		return p.expect("thời hạn (ngày, tháng, quý, năm)", "a deadline (date, month, quarter or year)")
	case digits == 4:
		p.i = save
		y, err := p.year()
		return yearOf(y), err
	case n == 6 && p.word("tháng"):
		if p.word("đầu") {
			return halfOf(p, 1)
		}
		if p.word("cuối") {
			return halfOf(p, 7)
		}
	}
	p.i = save
	return p.date()
}

// halfOf finishes "6 tháng đầu/cuối [năm] Y"; start is the half's first month.
func halfOf(p *scanner, start int) (Deadline, *ParseError) {
	p.word("năm")
	y, err := p.year()
	return Deadline{Kind: Half, From: civil(y, start, 1), To: civil(y, start+5, daysIn(y, start+5))}, err
}

func yearOf(y int) Deadline {
	return Deadline{Kind: Year, From: civil(y, 1, 1), To: civil(y, 12, 31)}
}

func (p *scanner) year() (int, *ParseError) {
	at := p.i
	y, digits, ok := p.number()
	switch {
	case !ok:
		return 0, p.fail(at, "thiếu năm (4 chữ số)", "expected a 4-digit year")
	case digits != 4 || y < 1900:
		return 0, p.fail(at, "năm phải có 4 chữ số, từ 1900 đến 9999", "the year must have 4 digits, from 1900 to 9999")
	}
	return y, nil
}

// sep consumes what officers put between a month or quarter and its year.
func (p *scanner) sep() {
	_ = p.punct("/-") || p.word("năm")
}

func (p *scanner) month() (Deadline, *ParseError) {
	m, err := p.monthNumber()
	if err != nil {
		return Deadline{}, err
	}
	p.sep()
	y, err := p.year()
	return Deadline{Kind: Month, From: civil(y, m, 1), To: civil(y, m, daysIn(y, m))}, err
}

func (p *scanner) monthNumber() (int, *ParseError) {
	p.skipSpace()
	at := p.i
	m, _, ok := p.number()
	switch {
	case !ok:
		return 0, p.fail(at, "thiếu số tháng", "expected a month number")
	case m < 1 || m > 12:
		return 0, p.fail(at, "tháng không hợp lệ: "+p.s[at:p.i]+" (chỉ có tháng 1–12)", "invalid month "+p.s[at:p.i]+" (months are 1–12)")
	}
	return m, nil
}

func (p *scanner) quarter() (Deadline, *ParseError) {
	p.skipSpace()
	at := p.i
	q := 0
	if n, _, ok := p.number(); ok {
		q = n
	} else if w := p.peekWord(); w != "" {
		q = roman(w)
		p.i += len(w)
	} else {
		return p.expect("số quý (I–IV)", "a quarter number (I–IV)")
	}
	if q < 1 || q > 4 {
		return Deadline{}, p.fail(at, "quý không hợp lệ: "+p.s[at:p.i]+" (chỉ có quý I–IV)", "invalid quarter "+p.s[at:p.i]+" (quarters are I–IV)")
	}
	p.sep()
	y, err := p.year()
	m := 3*q - 2
	return Deadline{Kind: Quarter, From: civil(y, m, 1), To: civil(y, m+2, daysIn(y, m+2))}, err
}

func roman(w string) int {
	for i, r := range romans {
		if strings.EqualFold(w, r) {
			return i + 1
		}
	}
	return 0
}

// date parses "30/09/2021", "30-9-2021", "30.9.2021" and "30 tháng 9 năm 2021".
func (p *scanner) date() (Deadline, *ParseError) {
	p.skipSpace()
	at := p.i
	dd, _, ok := p.number()
	if !ok {
		return p.expect("ngày dạng dd/mm/yyyy", "a date as dd/mm/yyyy")
	}
	day := p.s[at:p.i]
	if !p.punct("/-.") && !p.word("tháng") {
		return p.expect("dấu “/” sau ngày", "“/” after the day")
	}
	m, err := p.monthNumber()
	if err != nil {
		return Deadline{}, err
	}
	if !p.punct("/-.") && !p.word("năm") {
		return p.expect("năm (dd/mm/yyyy)", "a year (dd/mm/yyyy)")
	}
	y, err := p.year()
	if err != nil {
		return Deadline{}, err
	}
	if dd < 1 || dd > daysIn(y, m) {
		e := p.fail(at, "ngày "+day+" không có trong tháng "+monthYear(civil(y, m, 1)),
			"day "+day+" does not exist in "+time.Month(m).String()+" "+strconv.Itoa(y))
		if dd > 0 {
			e.Suggestion = "Ngày " + dayMonthYear(civil(y, m, daysIn(y, m)))
		}
		return Deadline{}, e
	}
	t := civil(y, m, dd)
	return Deadline{Kind: Date, From: t, To: t}, nil
}

// recurring parses a list of reporting periods such as "hằng quý, 6 tháng, năm".
func (p *scanner) recurring() (Deadline, *ParseError) {
	var c Cycle
	for {
		item, err := p.cycle(c != 0)
		if err != nil {
			return Deadline{}, err
		}
		c |= item
		if !p.punct(",;/") && !p.word("và") {
			return Deadline{Kind: Recurring, Recurrence: c}, nil
		}
	}
}

// cycle parses one list item; after the first, a bare "quý" or "năm" means "hằng quý", "hằng năm".
func (p *scanner) cycle(listed bool) (Cycle, *ParseError) {
	p.word("định", "kỳ")
	switch {
	case p.word("thường"):
		if !p.word("xuyên") {
			return 0, p.fail(p.i, "cần “xuyên” sau “thường”", "expected “xuyên” after “thường”")
		}
		return Continuous, nil
	case p.word("hằng") || p.word("hàng") || listed:
		switch {
		case p.word("tháng"):
			return Monthly, nil
		case p.word("quý"):
			return Quarterly, nil
		case p.word("năm"):
			return Yearly, nil
		}
		if !listed {
			return 0, p.fail(p.i, "sau “hằng” cần “tháng”, “quý” hoặc “năm”", "“hằng” must be followed by “tháng”, “quý” or “năm”")
		}
	}
	if n, _, ok := p.number(); ok && n == 6 && p.word("tháng") {
		return HalfYearly, nil
	}
	return 0, p.fail(p.i, "không nhận ra kỳ báo cáo", "unrecognised reporting period")
}

func (p *scanner) conditional() (Deadline, *ParseError) {
	d := Deadline{Kind: Conditional}
	switch {
	case p.word("khi", "có", "yêu", "cầu"):
		d.Condition = OnRequest
	case !p.word("theo"):
		return Deadline{}, p.unknown()
	case p.word("tiến", "độ"):
		d.Condition = ProgressOf
	case p.word("yêu", "cầu"):
		d.Condition = RequestOf
	case p.word("lộ", "trình"):
		d.Condition = RoadmapOf
	case p.word("kế", "hoạch", "của"):
		d.Condition = PlanOf
	case p.word("hướng", "dẫn", "của"):
		d.Condition = GuidanceOf
	default:
		if err := p.unaccentedConnective(); err != nil {
			return Deadline{}, err
		}
		if p.atEnd() {
			return p.expect("tên văn bản hoặc cơ quan sau “Theo”", "a document or agency after “Theo”")
		}
		d.Condition = Following
	}
	if d.Condition == RequestOf || d.Condition == RoadmapOf {
		if err := p.optionalOf(); err != nil {
			return Deadline{}, err
		}
	}
	d.Ref = p.rest()
	return d, nil
}

// optionalOf consumes "của", refusing an unaccented "cua" that would otherwise start the reference.
func (p *scanner) optionalOf() *ParseError {
	if p.word("của") {
		return nil
	}
	if w := p.peekWord(); fold(w) == "cua" {
		return p.fail(p.i, "thiếu hoặc sai dấu: “"+w+"”", "missing or wrong diacritics: “"+w+"”")
	}
	return nil
}

// unaccentedConnective rejects "theo tien do …" and similar, which would
// otherwise be read as a reference named "tien do …".
func (p *scanner) unaccentedConnective() *ParseError {
	save := p.i
	w1 := p.peekWord()
	at1 := p.i
	p.i += len(w1)
	w2 := p.peekWord()
	at2 := p.i
	p.i = save
	for _, c := range [...][2]string{{"tiến", "độ"}, {"yêu", "cầu"}, {"lộ", "trình"}} {
		if fold(w1) != fold(c[0]) || fold(w2) != fold(c[1]) {
			continue
		}
		if eq(w1, c[0]) {
			at1 = at2
		}
		return p.fail(at1, "thiếu hoặc sai dấu: “"+w1+" "+w2+"”", "missing or wrong diacritics: “"+w1+" "+w2+"”")
	}
	return nil
}

// relative parses "trong [vòng] N ngày [làm việc] [kể từ] <anchor>" and "sau N ngày …".
func (p *scanner) relative() (Deadline, *ParseError) {
	d := Deadline{Kind: Relative, Before: !p.word("sau")}
	if d.Before {
		p.word("trong")
		p.word("vòng")
	}
	at := p.i
	n, _, ok := p.number()
	switch {
	case !ok:
		return p.expect("số ngày", "a number of days")
	case n < 1 || n > 3650:
		return Deadline{}, p.fail(at, "số ngày phải từ 1 đến 3650", "the number of days must be 1 to 3650")
	case !p.word("ngày"):
		return p.expect("“ngày”", "“ngày”")
	}
	d.N = n
	d.WorkingDays = p.word("làm", "việc")
	if p.atEnd() {
		return d, nil
	}
	if !p.word("kể", "từ") && !p.word("từ") {
		return p.expect("“kể từ”", "“kể từ”")
	}
	d.Anchor, d.Ref = p.anchor()
	return d, nil
}

// anchors lists the events with a fixed canonical wording; "ngày ký ban hành" is the signing date.
var anchors = [...]struct {
	anchor Anchor
	words  []string
}{
	{Signing, []string{"ngày", "ký", "ban", "hành"}},
	{Signing, []string{"ngày", "ký"}},
	{Issuance, []string{"ngày", "ban", "hành"}},
}

func (p *scanner) anchor() (Anchor, string) {
	save := p.i
	for _, a := range anchors {
		if p.word(a.words...) && p.atEnd() {
			return a.anchor, ""
		}
		p.i = save
	}
	if p.atEnd() {
		return NoAnchor, ""
	}
	return OtherAnchor, p.rest()
}

func (p *scanner) expect(vi, en string) (Deadline, *ParseError) {
	return Deadline{}, p.fail(p.i, "cần "+vi, "expected "+en)
}

func (p *scanner) unknown() *ParseError {
	w := p.peekWord()
	return p.fail(p.i, "không nhận ra “"+w+"”", "unrecognised word “"+w+"”")
}

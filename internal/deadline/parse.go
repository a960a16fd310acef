package deadline

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kh-tools/kh/internal/msg"
)

// Context supplies what a deadline may leave out. A plan for 2026 writes
// "Trước ngày 15/6" or "6 tháng đầu năm" and means 2026.
type Context struct {
	// Year completes dates, months, quarters and halves written without a
	// year. 0 (or a year outside 1900–9999) leaves them undated: NoYear is
	// set and Dated reports false.
	Year int
}

// Parse reads a deadline as written in a plan's "thời gian hoàn thành"
// column, with no year to complete those that omit it (see ParseIn).
// Keywords are matched case-insensitively and with their diacritics; text
// typed without them is rejected with a Suggestion, because OCR also drops
// them and a silent guess would hide misreadings. The error is always a
// *ParseError.
func Parse(s string) (Deadline, error) { return ParseIn(s, Context{}) }

// ParseIn is Parse with the year of the plan for deadlines written without
// one.
func ParseIn(s string, ctx Context) (Deadline, error) {
	t := norm.NFC.String(s)
	d, err := parseNFC(t, ctx)
	if err != nil {
		if err.Suggestion == "" {
			err.Suggestion = suggest(t, ctx, err, maxRepairs)
		}
		return Deadline{}, err
	}
	d.Source = s
	return d, nil
}

// Canonical returns the canonical spelling of s and whether s parses. The
// spelling never adds a year the text left out.
func Canonical(s string) (string, bool) {
	t := norm.NFC.String(s)
	d, err := parseNFC(t, Context{})
	if err != nil {
		return "", false
	}
	return d.String(), true
}

func parseNFC(t string, ctx Context) (Deadline, *ParseError) {
	p := scanner{s: t, end: trimEnd(t)}
	if ctx.Year >= 1900 && ctx.Year <= 9999 {
		p.ctxYear = ctx.Year
	}
	if p.atEnd() {
		return Deadline{}, &ParseError{Col: 1, Text: msg.DeadlineEmpty.Text()}
	}
	d, err := p.top()
	if err == nil && !p.atEnd() {
		err = p.fail(p.i, msg.DeadlineTrailing.Text())
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
	// ctxYear completes units written without a year; 0 when unknown.
	ctxYear int
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
		if p.ahead("sau", "khi") {
			return p.conditional()
		}
		return p.relative()
	case eq(w, "từ"):
		return p.from()
	case eq(w, "giai"):
		return p.stage()
	case eq(w, "hoàn"):
		p.word("hoàn")
		if !p.word("thành") {
			return p.expect(msg.DeadlineWantAfter.Text("thành", "hoàn"))
		}
		p.word("báo", "cáo")
	}
	return p.timed()
}

func eq(w, kw string) bool { return strings.EqualFold(w, kw) }

// ahead reports whether the keyword phrase comes next, without consuming it.
func (p *scanner) ahead(phrase ...string) bool {
	save := p.i
	ok := p.word(phrase...)
	p.i = save
	return ok
}

// digitsAhead counts the digits of the number that comes next, without consuming it.
func (p *scanner) digitsAhead() int {
	p.skipSpace()
	n := 0
	for p.i+n < p.end && p.s[p.i+n] >= '0' && p.s[p.i+n] <= '9' {
		n++
	}
	return n
}

// timed parses the forms that may follow "hoàn thành": a limit or a single period.
func (p *scanner) timed() (Deadline, *ParseError) {
	switch {
	case p.word("trước"):
		u, err := p.unit()
		if err != nil {
			return Deadline{}, err
		}
		return Deadline{Kind: Date, Before: true, To: u.From.AddDate(0, 0, -1), NoYear: u.NoYear}, nil
	case p.word("chậm", "nhất"):
		_ = p.word("vào") || p.word("là")
		u, err := p.unit()
		if err != nil {
			return Deadline{}, err
		}
		return Deadline{Kind: Date, To: u.To, NoYear: u.NoYear}, nil
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
		return p.expect(msg.DeadlineWantAfter.Text("đoạn", "giai"))
	}
	y1, err := p.year()
	if err != nil {
		return Deadline{}, err
	}
	if !p.punct(dashes) {
		return p.expect(msg.DeadlineWantYearDash.Text())
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
		return Deadline{}, p.fail(at, msg.DeadlineEndYearBefore.Text())
	}
	return Deadline{Kind: Period, From: civil(y1, 1, 1), To: civil(y2, 12, 31)}, nil
}

// from parses "từ X" and "từ X đến Y"; a start written without its year
// takes the end's ("từ tháng 6 đến tháng 9/2027"), an end without one the
// start's.
func (p *scanner) from() (Deadline, *ParseError) {
	p.word("từ")
	a, err := p.spec()
	if err != nil {
		return Deadline{}, err
	}
	if !p.word("đến") {
		from, _, ny, err := p.dates(a)
		return Deadline{Kind: OpenStart, From: from, NoYear: ny}, err
	}
	p.word("hết")
	at := p.i
	b, err := p.spec()
	if err != nil {
		return Deadline{}, err
	}
	return p.between(a, b, at, NoUnit)
}

// between builds the period from the start of a to the end of b.
func (p *scanner) between(a, b spec, at int, unit Unit) (Deadline, *ParseError) {
	if a.year == 0 {
		a.year = b.year
	} else if b.year == 0 {
		b.year = a.year
	}
	from, _, ny, err := p.dates(a)
	if err != nil {
		return Deadline{}, err
	}
	_, to, _, err := p.dates(b)
	if err != nil {
		return Deadline{}, err
	}
	if to.Before(from) {
		return Deadline{}, p.fail(at, msg.DeadlineEndBefore.Text())
	}
	return Deadline{Kind: Period, From: from, To: to, Range: unit, NoYear: ny}, nil
}

// spec is a calendar unit as written, before its year is settled.
type spec struct {
	kind        Kind // Date, Month, Quarter, Half or Year
	first, last int  // the months of its first and last day
	day         int  // Date only
	year        int  // 0 when the text gives none
	at          int  // byte offset of the day (Date) or of the unit, for errors
	dayText     string
}

// unit parses one calendar unit, or a compact range of two written with a
// dash ("Quý II–III/2027", "Tháng 6–9/2027", "Năm 2027–2028").
func (p *scanner) unit() (Deadline, *ParseError) {
	a, err := p.spec()
	if err != nil {
		return Deadline{}, err
	}
	if unit := rangeUnit(a.kind); unit != NoUnit && p.punct(dashes) {
		at := p.i
		b, err := p.rangeEnd(a.kind)
		if err != nil {
			return Deadline{}, err
		}
		return p.between(a, b, at, unit)
	}
	from, to, ny, err := p.dates(a)
	return Deadline{Kind: a.kind, From: from, To: to, NoYear: ny}, err
}

func rangeUnit(k Kind) Unit {
	switch k {
	case Month:
		return ByMonth
	case Quarter:
		return ByQuarter
	case Year:
		return ByYear
	}
	return NoUnit
}

// rangeEnd parses what follows the dash of a range: the same unit, its
// keyword optional ("Quý II–III", "Quý II–Quý III").
func (p *scanner) rangeEnd(k Kind) (spec, *ParseError) {
	switch k {
	case Month:
		p.word("tháng")
		return p.monthSpec()
	case Quarter:
		if w := p.peekWord(); isQ(w) {
			p.i++
		} else {
			p.word("quý")
		}
		return p.quarterSpec()
	}
	p.word("năm")
	return p.yearSpec()
}

// spec parses one unit: a date, month, quarter, half or year.
func (p *scanner) spec() (spec, *ParseError) {
	w := p.peekWord()
	switch {
	case w == "":
		return p.numberSpec()
	case eq(w, "ngày"):
		p.word("ngày")
		return p.dateSpec()
	case eq(w, "tháng"):
		p.word("tháng")
		return p.monthSpec()
	case eq(w, "quý"):
		p.word("quý")
		return p.quarterSpec()
	case isQ(w):
		p.i++ // the Q of "Q2/2027", "QII/2027"
		return p.quarterSpec()
	case eq(w, "năm"):
		p.word("năm")
		return p.yearSpec()
	}
	return spec{}, p.unknown()
}

// isQ matches the Q of "Q2/2027" (a word of its own) and of "QII/2027".
func isQ(w string) bool {
	return w != "" && (w[0] == 'q' || w[0] == 'Q') && (len(w) == 1 || roman(w[1:]) > 0)
}

func (p *scanner) numberSpec() (spec, *ParseError) {
	save := p.i
	n, digits, ok := p.number()
	switch {
	case !ok:
		return spec{}, p.fail(p.i, msg.DeadlineExpected.Text(msg.DeadlineWantAny.Text()))
	case digits == 4:
		p.i = save
		return p.yearSpec()
	case n == 6 && p.word("tháng"):
		if p.word("đầu") {
			return p.halfSpec(1, save)
		}
		if p.word("cuối") {
			return p.halfSpec(7, save)
		}
	}
	p.i = save
	return p.dateSpec()
}

func (p *scanner) yearSpec() (spec, *ParseError) {
	p.skipSpace()
	at := p.i
	y, err := p.year()
	return spec{kind: Year, first: 1, last: 12, year: y, at: at}, err
}

// halfSpec finishes "6 tháng đầu/cuối [năm] [Y]"; start is the half's first month.
func (p *scanner) halfSpec(start, at int) (spec, *ParseError) {
	u := spec{kind: Half, first: start, last: start + 5, at: at}
	p.word("năm")
	if p.digitsAhead() == 0 {
		return u, nil
	}
	var err *ParseError
	u.year, err = p.year()
	return u, err
}

func yearOf(y int) Deadline {
	return Deadline{Kind: Year, From: civil(y, 1, 1), To: civil(y, 12, 31)}
}

func (p *scanner) year() (int, *ParseError) {
	at := p.i
	y, digits, ok := p.number()
	switch {
	case !ok:
		return 0, p.fail(at, msg.DeadlineYearMissing.Text())
	case digits != 4 || y < 1900:
		return 0, p.fail(at, msg.DeadlineYearDigits.Text(1900, 9999))
	}
	return y, nil
}

// withYear reads the year that may follow a unit: after "/", "năm" or a
// dash, or directly ("Quý I 2026"). A dash not followed by a 4-digit year
// belongs to a range and is left alone; without a year the unit takes the
// plan's.
func (p *scanner) withYear(u spec, seps string) (spec, *ParseError) {
	save := p.i
	dash := p.punct(dashes)
	sep := !dash && (p.punct(seps) || p.word("năm"))
	n := p.digitsAhead()
	if dash && n != 4 || !dash && !sep && n == 0 {
		p.i = save
		return u, nil
	}
	var err *ParseError
	u.year, err = p.year()
	return u, err
}

func (p *scanner) monthSpec() (spec, *ParseError) {
	p.skipSpace()
	at := p.i
	m, err := p.monthNumber()
	if err != nil {
		return spec{}, err
	}
	return p.withYear(spec{kind: Month, first: m, last: m, at: at}, "/")
}

func (p *scanner) monthNumber() (int, *ParseError) {
	p.skipSpace()
	at := p.i
	m, _, ok := p.number()
	switch {
	case !ok:
		return 0, p.fail(at, msg.DeadlineMonthMissing.Text())
	case m < 1 || m > 12:
		return 0, p.fail(at, msg.DeadlineMonthInvalid.Text(p.s[at:p.i]))
	}
	return m, nil
}

func (p *scanner) quarterSpec() (spec, *ParseError) {
	p.skipSpace()
	at := p.i
	q := 0
	if n, _, ok := p.number(); ok {
		q = n
	} else if w := p.peekWord(); w != "" {
		q = roman(w)
		p.i += len(w)
	} else {
		return spec{}, p.fail(p.i, msg.DeadlineExpected.Text(msg.DeadlineWantQuarter.Text()))
	}
	if q < 1 || q > 4 {
		return spec{}, p.fail(at, msg.DeadlineQuarterInvalid.Text(p.s[at:p.i]))
	}
	return p.withYear(spec{kind: Quarter, first: 3*q - 2, last: 3 * q, at: at}, "/")
}

func roman(w string) int {
	for i, r := range romans {
		if strings.EqualFold(w, r) {
			return i + 1
		}
	}
	return 0
}

// dateSpec parses "30/09/2021", "30-9-2021", "30.9.2021", "30 tháng 9 năm
// 2021" and, without the year, "15/6".
func (p *scanner) dateSpec() (spec, *ParseError) {
	p.skipSpace()
	at := p.i
	dd, _, ok := p.number()
	if !ok {
		return spec{}, p.fail(p.i, msg.DeadlineExpected.Text(msg.DeadlineWantDate.Text()))
	}
	day := p.s[at:p.i]
	if !p.punct("/-.") && !p.word("tháng") {
		return spec{}, p.fail(p.i, msg.DeadlineExpected.Text(msg.DeadlineWantSlash.Text()))
	}
	m, err := p.monthNumber()
	if err != nil {
		return spec{}, err
	}
	return p.withYear(spec{kind: Date, first: m, last: m, day: dd, at: at, dayText: day}, "/.")
}

// dates gives the first and last day of u, in the plan's year when the text
// gives none; without that year they lie in year 0 and noYear is set.
func (p *scanner) dates(u spec) (from, to time.Time, noYear bool, err *ParseError) {
	y := u.year
	if y == 0 {
		y, noYear = p.ctxYear, true
	}
	if u.kind != Date {
		return civil(y, u.first, 1), civil(y, u.last, daysIn(y, u.last)), noYear, nil
	}
	if u.day < 1 || u.day > daysIn(y, u.first) {
		day := u.dayText
		month, unknown := civil(y, u.first, 1), y < 1
		e := p.fail(u.at, msg.DeadlineNoSuchDay.Text(day,
			msg.Text{VI: monthYear(month, unknown), EN: monthNameEN(month, unknown)}))
		if u.day > 0 {
			e.Suggestion = "Ngày " + dayMonthYear(civil(y, u.first, daysIn(y, u.first)), noYear)
		}
		return time.Time{}, time.Time{}, false, e
	}
	t := civil(y, u.first, u.day)
	return t, t, noYear, nil
}

func monthNameEN(t time.Time, noYear bool) string {
	if noYear {
		return t.Month().String()
	}
	return t.Month().String() + " " + strconv.Itoa(t.Year())
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
			return 0, p.fail(p.i, msg.DeadlineExpected.Text(msg.DeadlineWantAfter.Text("xuyên", "thường")))
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
			return 0, p.fail(p.i, msg.DeadlineEachUnit.Text())
		}
	}
	if n, _, ok := p.number(); ok && n == 6 && p.word("tháng") {
		return HalfYearly, nil
	}
	return 0, p.fail(p.i, msg.DeadlinePeriodUnknown.Text())
}

func (p *scanner) conditional() (Deadline, *ParseError) {
	d := Deadline{Kind: Conditional}
	save := p.i
	switch {
	case p.word("sau", "khi"):
		return p.event(d, AfterEvent, "“Sau khi”")
	case p.word("khi", "có", "yêu", "cầu"):
		d.Condition = OnRequest
	case p.word("khi"):
		w := p.peekWord()
		if !eq(w, "có") && !eq(w, "được") {
			p.i = save
			return Deadline{}, p.unknown()
		}
		ref := p.i
		if p.i += len(w); p.atEnd() {
			return p.expect(msg.DeadlineWantEvent.Text("“Khi " + w + "”"))
		}
		p.i = ref
		return p.event(d, WhenEvent, "“Khi”")
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
			return p.expect(msg.DeadlineWantReference.Text())
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

// event finishes "Sau khi <event>" and "Khi có/được <event>", keeping the
// event's wording as the reference.
func (p *scanner) event(d Deadline, c Condition, after string) (Deadline, *ParseError) {
	if p.atEnd() {
		return p.expect(msg.DeadlineWantEvent.Text(after))
	}
	d.Condition = c
	d.Ref = p.rest()
	return d, nil
}

// optionalOf consumes "của", refusing an unaccented "cua" that would otherwise start the reference.
func (p *scanner) optionalOf() *ParseError {
	if p.word("của") {
		return nil
	}
	if w := p.peekWord(); fold(w) == "cua" {
		return p.fail(p.i, msg.DeadlineDiacritics.Text(w))
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
		return p.fail(at1, msg.DeadlineDiacritics.Text(w1+" "+w2))
	}
	return nil
}

// maxDays bounds a relative deadline at ten years.
const maxDays = 3650

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
		return p.expect(msg.DeadlineWantDays.Text())
	case n < 1 || n > maxDays:
		return Deadline{}, p.fail(at, msg.DeadlineDaysRange.Text(1, maxDays))
	case !p.word("ngày"):
		return p.expect(msg.DeadlineWantWord.Text("ngày"))
	}
	d.N = n
	d.WorkingDays = p.word("làm", "việc")
	if p.atEnd() {
		return d, nil
	}
	if !p.word("kể", "từ") && !p.word("từ") {
		return p.expect(msg.DeadlineWantWord.Text("kể từ"))
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

func (p *scanner) expect(what msg.Text) (Deadline, *ParseError) {
	return Deadline{}, p.fail(p.i, msg.DeadlineExpected.Text(what))
}

func (p *scanner) unknown() *ParseError {
	w := p.peekWord()
	return p.fail(p.i, msg.DeadlineUnknownWord.Text(w))
}

package docimport

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kh-tools/kh/internal/agencymatch"
	"github.com/kh-tools/kh/internal/deadline"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/planyaml"
	"github.com/kh-tools/kh/internal/target"
)

// Result is an imported document: the plan and its appendices as the model
// holds them, the comments to write beside them, what was recognised and
// the findings.
type Result struct {
	Plan       *plan.Plan
	Appendices []*plan.Appendix
	// FileNames names each appendix's file, in order.
	FileNames []string
	Notes     planyaml.Notes
	Counts    Counts
	Findings  []diag.Diagnostic
}

// Counts is what the import recognised, for its report.
type Counts struct {
	Sections, Items, Paragraphs, Tasks, Indicators, Documents, Tables, Appendices int
	AgenciesMatched, AgenciesUnmatched, DeadlinesParsed, DeadlinesUnparsed        int
	Citations                                                                     int
}

// Options say how to build the plan.
type Options struct {
	// ID is the plan id; empty: generated from the number, kind and year.
	ID string
	// Province is the id prefix of the province ("na" for Nghệ An);
	// empty: the initials of the province folder's name.
	Province string
	// Dir is the new plan's folder as the loader names plan folders; it
	// decides which registries name its agencies.
	Dir string
}

// builder carries the state of one import.
type builder struct {
	doc   *Doc
	repo  *plan.Repo
	match *agencymatch.Matcher
	res   *Result
	ids   map[string]bool
	file  string
	year  int
	// printed collects the printed row numbers of the table being read.
	printed []printedNum
	// printedLabel is each section's label as printed.
	printedLabel map[*plan.Section]string
	// inline are tables found in the body, written as appendices.
	inline []*Appendix
	// asPrinted is set when a label, number or date is recorded as
	// printed because kh's would differ: the plan then prints them.
	asPrinted bool
	// groupNum is each group row's number as printed.
	groupNum map[*plan.Group]string
	// taskLabel is each body task's label as printed.
	taskLabel map[*plan.Task]string
	// cited is a citation's line as printed in a căn cứ section.
	cited map[*plan.Citation]string
	// headings pair each appendix with its source, for the document's
	// heading and "Kèm theo" wording; columns are a table's fields in
	// the order the document prints them.
	headings []heading
	columns  map[*plan.Appendix][]string
}

// Build turns a recognised document into the model. It fails, with a
// KH058 finding, when the document has no tên loại or no trích yếu.
func Build(d *Doc, repo *plan.Repo, opt Options) (*Result, error) {
	b := &builder{doc: d, repo: repo, match: agencymatch.New(repo, opt.Dir), ids: map[string]bool{}, printedLabel: map[*plan.Section]string{},
		groupNum: map[*plan.Group]string{}, columns: map[*plan.Appendix][]string{}, cited: map[*plan.Citation]string{}, taskLabel: map[*plan.Task]string{},
		res: &Result{Notes: planyaml.Notes{}}, file: d.Source.Name}
	if d.Kind == "" || d.Title == "" {
		what := msg.ImportNoType.Text()
		if d.Kind != "" {
			what = msg.ImportNoTitle.Text()
		}
		b.find("KH058", Pos{}, "", what)
		return b.res, errStructure
	}
	b.year = d.Date.Year()
	if d.Date.IsZero() {
		b.year = yearIn(d.Title)
	}
	p := &plan.Plan{
		Kind: d.Kind, Number: d.Number, Symbol: d.Symbol, Place: d.Place, Date: d.Date,
		Title: d.Title, Subheading: d.Subheading, Period: period(d.Title, b.year),
	}
	if p.Symbol == "" {
		p.Symbol = defaultSymbol(d.Kind)
	}
	if d.DatePrinted != "" {
		p.DatePrinted = d.DatePrinted
		b.asPrinted = true
		b.res.Notes.Add(planyaml.Field(p, "ngay"), "Ngày in "+d.DatePrinted+" không có thật; kh ghi tạm ngày cuối tháng, sửa theo bản gốc.")
	}
	if p.IsDraft() {
		p.Draft = 1
		p.Number, p.Date = 0, time.Time{}
	}
	p.Issuer = b.issuer()
	p.ID = opt.ID
	if p.ID == "" {
		p.ID = planID(opt, p, b.year)
	}
	b.res.Plan = p
	b.encoding()
	b.lead(p)
	for _, it := range d.Outline {
		p.Sections = append(p.Sections, b.section(it))
	}
	b.res.Counts.Sections = len(p.Sections)
	p.Presentation.Levels = b.levels(p.Sections, plan.DefaultLevels())
	for _, c := range d.Closing {
		p.Closing = append(p.Closing, plan.Block{Text: c.Full()})
	}
	b.signature(p)
	p.Recipients = d.Recipients
	if d.RecipientsNote != "" {
		// The heading as printed ("Nơi nhận: (VBĐT)").
		p.Presentation.RecipientsHeading = "Nơi nhận: " + d.RecipientsNote
	}
	for _, a := range d.Appendices {
		b.appendix(a)
	}
	// Tables of the body come after the document's own appendices, so that
	// these keep their numbers.
	for _, a := range b.inline {
		b.appendix(a)
	}
	b.mentions()
	b.citationWording()
	b.present()
	p.Presentation.AsPrinted = b.asPrinted
	for _, bl := range d.Unplaced {
		if para, ok := bl.(*Para); ok {
			b.find("KH056", para.Pos, "", short(para.Full()))
		}
	}
	return b.res, nil
}

var errStructure = msg.ImportStructure.Error()

// BuildAppendices turns the appendices of a workbook (or of any document)
// into appendices of the existing plan p, numbered after its own.
func BuildAppendices(d *Doc, repo *plan.Repo, p *plan.Plan) (*Result, error) {
	b := &builder{doc: d, repo: repo, match: agencymatch.New(repo, p.Dir), ids: map[string]bool{}, printedLabel: map[*plan.Section]string{},
		groupNum: map[*plan.Group]string{}, columns: map[*plan.Appendix][]string{}, cited: map[*plan.Citation]string{}, taskLabel: map[*plan.Task]string{},
		res: &Result{Notes: planyaml.Notes{}, Plan: p}, file: d.Source.Name, year: p.Date.Year()}
	if p.Date.IsZero() {
		b.year = yearIn(p.Period)
	}
	d.Date = p.Date
	usedIDs(reflect.ValueOf(p), b.ids)
	for _, a := range p.Appendices {
		usedIDs(reflect.ValueOf(a), b.ids)
	}
	if len(d.Appendices) == 0 {
		b.find("KH058", Pos{}, "", msg.ImportNoTable.Text())
		return b.res, errStructure
	}
	next := len(p.Appendices) + 1
	for _, a := range d.Appendices {
		a.Number = twoDigits(next)
		next++
		b.appendix(a)
	}
	b.presentColumns()
	b.encoding()
	return b.res, nil
}

// find records a finding at a position of the source.
func (b *builder) find(code string, pos Pos, path string, args ...any) {
	dp := diag.Pos{File: b.file, Line: pos.Line, Column: 1}
	if pos.Sheet != "" {
		dp.File += "#" + pos.Sheet
	}
	if pos.Line == 0 {
		dp.Column = 0
	}
	b.res.Findings = append(b.res.Findings, diag.New(code, dp, path, args...))
}

func (b *builder) encoding() {
	src := b.doc.Source
	if src.Converted != "" {
		b.find("KH054", Pos{}, "", src.Converted)
	}
	if src.Decomposed > 0 {
		b.find("KH055", Pos{}, "", src.Decomposed)
	}
}

// issuer finds the issuing body from its header lines: an agency whose
// printed header is the same, else the lines read as a name.
func (b *builder) issuer() string {
	lines := b.doc.IssuerLines
	if len(lines) == 0 {
		return b.issuerBySymbol()
	}
	joined := agencymatch.Fold(strings.Join(lines, " "))
	for _, id := range b.repo.AgencyIDs() {
		a := b.repo.Agency(id)
		if len(a.Header) > 0 && agencymatch.Fold(strings.Join(a.Header, " ")) == joined {
			if m := b.match.Name(a.Name, time.Time{}); m.ID == a.ID {
				return a.ID
			}
		}
	}
	m := b.match.Name(strings.Join(lines, " "), b.doc.Date)
	if m.ID == "" {
		b.find("KH050", Pos{}, "co_quan", strings.Join(lines, " "), closest(m))
		return strings.Join(lines, " ")
	}
	return m.ID
}

// issuerBySymbol finds the issuer of a document whose header lines are
// missing from its text from the issuer part of its symbol ("UBND" in
// KH-UBND), among the agencies a plan in this folder sees.
func (b *builder) issuerBySymbol() string { return b.issuerOf(b.doc.Symbol) }

// issuerOf is the agency whose symbol is the issuer part of a document
// symbol ("UBND" in "605/KH-UBND"), among those a plan in this folder sees;
// "" when none is.
func (b *builder) issuerOf(symbol string) string {
	parts := strings.FieldsFunc(symbol, func(r rune) bool { return r == '/' || r == '-' })
	for k := len(parts) - 1; k >= 0; k-- {
		for _, id := range b.repo.AgencyIDs() {
			a := b.repo.Agency(id)
			for _, s := range a.Symbols {
				if s == parts[k] && b.match.Name(a.Name, time.Time{}).ID == a.ID {
					return a.ID
				}
			}
		}
	}
	return ""
}

func defaultSymbol(kind string) string {
	if kind == "NQ" {
		return "NQ/TU"
	}
	return kind + "-UBND"
}

var yearRe = regexp.MustCompile(`\b(19[4-9]\d|20\d\d)\b`)

// yearIn is the first year a text names, or 0.
func yearIn(s string) int {
	if m := yearRe.FindString(s); m != "" {
		y, _ := strconv.Atoi(m)
		return y
	}
	return 0
}

var (
	stageRe  = regexp.MustCompile(`(?i)giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})`)
	yearOfRe = regexp.MustCompile(`(?i)\bnăm\s+(\d{4})\b`)
)

// period is the plan's period from its title ("… năm 2026", "giai đoạn
// 2021 - 2025"), else the year of its date.
func period(title string, year int) string {
	if m := stageRe.FindStringSubmatch(title); m != nil {
		return "Giai đoạn " + m[1] + "–" + m[2]
	}
	if m := yearOfRe.FindStringSubmatch(title); m != nil && !strings.Contains(strings.ToLower(title), "đến năm "+m[1]) {
		return "Năm " + m[1]
	}
	if year > 0 {
		return "Năm " + strconv.Itoa(year)
	}
	return ""
}

// planID is "<province>-<kind>-<number>-<year>" ("na-kh-171-2025"), a
// draft's "<province>-<kind>-<year>-<first words>".
func planID(opt Options, p *plan.Plan, year int) string {
	prov := opt.Province
	if prov == "" {
		prov = provinceInitials(opt.Dir)
	}
	parts := []string{prov, slug(p.Kind, 1)}
	if p.Number > 0 {
		parts = append(parts, strconv.Itoa(p.Number))
	}
	if year > 0 {
		parts = append(parts, strconv.Itoa(year))
	}
	if p.Number == 0 {
		parts = append(parts, slug(p.Title, 3))
	}
	return joinID(parts...)
}

// provinceInitials are the initials of the province folder above dir
// ("nghe-an" → "na").
func provinceInitials(dir string) string {
	parts := strings.Split(strings.Trim(strings.ReplaceAll(dir, "\\", "/"), "/"), "/")
	if len(parts) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range strings.Split(parts[len(parts)-2], "-") {
		if w != "" {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// lead places the paragraphs before the outline: "Căn cứ …" lines become
// citations, the rest the mở đầu.
func (b *builder) lead(p *plan.Plan) {
	for _, bl := range b.doc.Lead {
		switch v := bl.(type) {
		case *Para:
			p.Preamble = append(p.Preamble, plan.Block{Text: v.Full()})
			b.citations(v.Text)
		case *Table:
			b.inlineTable(v, "mo_dau")
		}
	}
}

// section makes a body section of an outline item; its numbering is set
// once the whole outline is read (levels).
func (b *builder) section(it *Item) *plan.Section {
	b.res.Counts.Items++
	s := &plan.Section{Heading: it.Heading}
	b.printedLabel[s] = it.Label
	s.ID = b.id("", firstNonEmpty(it.Heading, firstText(it)), 5)
	if !isCitationHeading(it.Heading) || len(it.Paras) == 0 || !b.citationSection(s, it.Paras) {
		for _, p := range it.Paras {
			s.Blocks = append(s.Blocks, block(p))
			b.res.Counts.Paragraphs++
		}
	}
	for _, t := range it.Tables {
		b.inlineTable(t, firstNonEmpty(it.Heading, it.Label))
	}
	org := organisationRe.MatchString(it.Heading)
	for _, sub := range it.Items {
		if org {
			if t := b.agencyTasks(sub); t != nil {
				s.Sections = append(s.Sections, t)
				continue
			}
		}
		s.Sections = append(s.Sections, b.section(sub))
	}
	return s
}

// styleOf is the model's numbering style of a printed label: "" for a
// label that is not an outline number.
func styleOf(label string) string {
	switch st := labelStyle(label); {
	case st == styleRoman:
		return plan.NumRoman
	case st == styleCapital:
		return plan.NumUpper
	case st == styleArabic:
		return plan.NumArabic
	case st == styleLetter:
		return plan.NumLetter
	case strings.HasPrefix(st, "decimal"):
		return plan.NumDecimal
	}
	return ""
}

// levels gives an outline the numbering the document prints: the styles
// of its levels from the top (nil when they are kh's default I., 1., a)),
// a section's own style where it differs from its level's (3.1., or an
// unnumbered heading), and the label as printed (so_in) where kh's number
// would differ, as 171/KH-UBND's second "IV." does.
func (b *builder) levels(ss []*plan.Section, base []string) []string {
	var found []string
	var walk func(ss []*plan.Section, level int)
	walk = func(ss []*plan.Section, level int) {
		for _, s := range ss {
			st := styleOf(b.printedLabel[s])
			next := level + 1
			switch {
			case st == plan.NumDecimal:
				next = level
			case st != "":
				for len(found) < level {
					found = append(found, "")
				}
				if found[level-1] == "" {
					found[level-1] = st
				}
			}
			walk(s.Sections, next)
		}
	}
	walk(ss, 1)
	def := base
	levels := make([]string, len(found))
	same := true
	for i, st := range found {
		levels[i] = st
		if st == "" {
			levels[i] = plan.LevelStyle(def, i+1)
		}
		same = same && levels[i] == plan.LevelStyle(def, i+1)
	}
	if same {
		levels = nil
	}
	use := levels
	if use == nil {
		use = def
	}
	var assign func(ss []*plan.Section, level int)
	assign = func(ss []*plan.Section, level int) {
		for _, s := range ss {
			st := styleOf(b.printedLabel[s])
			if st == "" {
				st = plan.NumNone
			}
			if st != plan.LevelStyle(use, level) {
				s.Numbering = st
			}
			next := level + 1
			if st == plan.NumDecimal {
				next = level
			}
			b.taskLabels(s, use, next)
			assign(s.Sections, next)
		}
	}
	assign(ss, 1)
	plan.WalkLevels(ss, use, func(n plan.Numbered) {
		if printed := b.printedLabel[n.Section]; printed != "" && printed != n.Number {
			n.Section.Printed = printed
			b.asPrinted = true
		}
	})
	return levels
}

func firstText(it *Item) string {
	if len(it.Paras) > 0 {
		return it.Paras[0].Text
	}
	return it.Label
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// block is a paragraph of the model: a dash item as {gach: …}, a "+" item
// as a paragraph that keeps its "+".
func block(p *Para) plan.Block {
	switch p.Label {
	case "-":
		return plan.Block{Dash: p.Text}
	case "+":
		return plan.Block{Text: "+ " + p.Text}
	}
	return plan.Block{Text: p.Full()}
}

var mentionRe = regexp.MustCompile(`Phụ lục (\d{2})\b`)

// mentions writes "Phụ lục 01" in the text as a mention of the appendix,
// [[pl01]], when the plan has it, so its number follows the appendix.
func (b *builder) mentions() {
	have := map[string]bool{}
	for _, a := range b.res.Appendices {
		have[a.ID] = true
	}
	fix := func(s string) string {
		return mentionRe.ReplaceAllStringFunc(s, func(m string) string {
			if id := "pl" + m[len(m)-2:]; have[id] {
				return "[[" + id + "]]"
			}
			return m
		})
	}
	blocks := func(bs []plan.Block) {
		for i := range bs {
			bs[i].Text, bs[i].Dash = fix(bs[i].Text), fix(bs[i].Dash)
		}
	}
	p := b.res.Plan
	blocks(p.Preamble)
	blocks(p.Closing)
	plan.WalkSections(p.Sections, func(s *plan.Section, _ string, _ int) { blocks(s.Blocks) })
}

func isCitationHeading(h string) bool { return strings.Contains(strings.ToUpper(h), "CĂN CỨ") }

// signature reads the signing block: "TM. …", "KT. …", the title line in
// capitals, the signer's name.
func (b *builder) signature(p *plan.Plan) {
	for _, l := range b.doc.Signature {
		switch {
		case strings.HasPrefix(l, "TM.") || strings.HasPrefix(l, "T/M"):
			p.Signature.OnBehalf = strings.TrimSpace(l[3:])
		case strings.HasPrefix(l, "KT."):
			p.Signature.Deputy = strings.TrimSpace(l[3:])
		case isCaps(l) && p.Signature.Title == "":
			p.Signature.Title = l
		case !isCaps(l):
			p.Signature.Name = l
		}
	}
	if p.Signature.Title == "" && p.Signature.Deputy == "" && p.Signature.OnBehalf != "" {
		p.Signature.Title = p.Signature.OnBehalf
	}
}

// agencies matches a cell or sentence part naming agencies and records the
// findings; unmatched names are written as they are, for kh check. plain
// reports a cell that names one agency by a registered name, so printing
// its id gives back the cell.
func (b *builder) agencies(text string, pos Pos, path string) (ids []string, plain bool) {
	ms := b.match.Cell(text, b.doc.Date)
	plain = len(ms) == 1
	for _, m := range ms {
		switch {
		case m.ID == "":
			b.res.Counts.AgenciesUnmatched++
			b.find("KH050", pos, path, m.Written, closest(m))
			ids = append(ids, m.Written)
			continue
		case m.Ended != "":
			b.find("KH051", pos, path, m.Written, b.doc.Date.Format("02/01/2006"), b.repo.Agency(m.ID).Name)
			plain = false
		}
		plain = plain && m.How == agencymatch.ByName
		b.res.Counts.AgenciesMatched++
		ids = appendUnique(ids, m.ID)
	}
	return ids, plain
}

func closest(m agencymatch.Match) msg.Text {
	if len(m.Closest) == 0 {
		return msg.Text{}
	}
	return msg.ImportClosest.Text(strings.Join(m.Closest, "; "))
}

func appendUnique(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

// deadline reads a deadline as written: it gives kh fmt's spelling and,
// where the document writes it otherwise ("2026" for "Năm 2026"), the
// cell as written (thoi_han_in); what the grammar cannot read is kept and
// reported.
func (b *builder) deadline(text string, pos Pos, path string) (canonical, written string) {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" {
		return "", ""
	}
	if _, err := deadline.ParseIn(text, deadline.Context{Year: b.year}); err != nil {
		b.res.Counts.DeadlinesUnparsed++
		b.find("KH052", pos, path, text, deadlineReason(err))
		return text, ""
	}
	b.res.Counts.DeadlinesParsed++
	if c, ok := deadline.Canonical(text); ok && c != text {
		return c, text
	}
	return text, ""
}

func deadlineReason(err error) msg.Text {
	if pe, ok := err.(*deadline.ParseError); ok {
		return pe.Text
	}
	return msg.Text{VI: err.Error(), EN: err.Error()}
}

// targetOf checks a target as written.
func (b *builder) targetOf(text string, pos Pos, path string) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return ""
	}
	if pr, bad := target.Parse(text).Problem(); bad {
		b.find("KH053", pos, path, text, pr.Text)
	}
	return text
}

func short(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

func (b *builder) inlineTable(t *Table, where string) {
	n := len(b.doc.Appendices) + len(b.inline) + 1
	a := &Appendix{Pos: t.Pos, Label: "Phụ lục " + twoDigits(n), Number: twoDigits(n), Tables: []*Table{t}}
	b.find("KH059", t.Pos, "", short(where), a.Label)
	b.inline = append(b.inline, a)
}

package docimport

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
)

// Fields a table column can hold.
const (
	colNum      = "tt"
	colTask     = "noi_dung"
	colInd      = "chi_tieu"
	colTarget   = "muc_tieu"
	colLead     = "chu_tri"
	colCoop     = "phoi_hop"
	colMonitor  = "theo_doi"
	colDeadline = "thoi_han"
	colProduct  = "san_pham"
	colNote     = "ghi_chu"
	colRef      = "so_ky_hieu"
	colDate     = "ngay"
	colSubject  = "trich_yeu"
	colIssuer   = "co_quan"
	colForm     = "cot" // a column the form leaves for the reporting agency
)

// columnRes recognise header labels, the more specific first.
var columnRes = []struct {
	re    *regexp.Regexp
	field string
}{
	{regexp.MustCompile(`^(?i:s?tt|số tt|số thứ tự)\.?$`), colNum},
	// A label that starts with what it is, whatever it says after
	// ("Ghi chú (… các nhiệm vụ được giao …)", "Thời gian thực hiện").
	{regexp.MustCompile(`^(?i:ghi chú)`), colNote},
	{regexp.MustCompile(`^(?i:thời hạn|thời gian|tiến độ)`), colDeadline},
	{regexp.MustCompile(`(?i)kết quả|khó khăn|vướng mắc|đề xuất|kiến nghị|đánh giá`), colForm},
	{regexp.MustCompile(`(?i)phối hợp`), colCoop},
	{regexp.MustCompile(`(?i)theo dõi`), colMonitor},
	{regexp.MustCompile(`(?i)chủ trì|thực hiện|được giao|^đơn vị`), colLead},
	{regexp.MustCompile(`(?i)mục tiêu|kế hoạch \d{4}|năm \d{4}`), colTarget},
	{regexp.MustCompile(`(?i)chỉ tiêu`), colInd},
	{regexp.MustCompile(`(?i)nhiệm vụ|nội dung|công việc|dự án|hoạt động`), colTask},
	{regexp.MustCompile(`(?i)thời hạn|thời gian|tiến độ`), colDeadline},
	{regexp.MustCompile(`(?i)sản phẩm`), colProduct},
	{regexp.MustCompile(`(?i)ghi chú`), colNote},
	{regexp.MustCompile(`(?i)ký hiệu`), colRef},
	{regexp.MustCompile(`(?i)ngày`), colDate},
	{regexp.MustCompile(`(?i)trích yếu|tên văn bản`), colSubject},
	{regexp.MustCompile(`(?i)cơ quan ban hành`), colIssuer},
}

func columnField(label string) string {
	label = strings.TrimSpace(label)
	for _, c := range columnRes {
		if c.re.MatchString(label) {
			return c.field
		}
	}
	return ""
}

var romanRow = regexp.MustCompile(`^[IVXL]+\.?$`)

// appendix makes a phụ lục of a recognised appendix: a table becomes a
// task, indicator, document or report-form table; an outline a đề cương.
func (b *builder) appendix(a *Appendix) {
	ap := &plan.Appendix{ID: "pl" + a.Number, Title: a.Title}
	if !plan.ValidID(ap.ID) {
		ap.ID = b.id("pl", a.Number, 1)
	}
	b.ids[ap.ID] = true
	if ap.Title == "" && len(a.Subtitle) > 0 {
		ap.Title, a.Subtitle = a.Subtitle[0], a.Subtitle[1:]
	}
	if ap.Title == "" {
		ap.Title = a.Label
	}
	ap.Subtitle = a.Subtitle
	ap.Header = a.Header
	b.headings = append(b.headings, heading{ap: ap, src: a})
	b.res.Counts.Appendices++
	for _, bl := range a.Lead {
		if p, ok := bl.(*Para); ok {
			ap.Intro = append(ap.Intro, block(p))
		}
	}
	switch {
	case len(a.Tables) > 0:
		for _, t := range a.Tables {
			b.table(ap, tidy(t))
		}
	default:
		ap.Kind = plan.AppendixOutline
		for _, it := range a.Outline {
			ap.Sections = append(ap.Sections, b.section(it))
		}
		ap.Levels = b.levels(ap.Sections, b.res.Plan.Levels())
	}
	if ap.Kind == "" {
		ap.Kind = plan.AppendixOutline
	}
	b.res.Appendices = append(b.res.Appendices, ap)
	b.res.FileNames = append(b.res.FileNames, "pl"+a.Number+"-"+slug(ap.Title, 4)+".yaml")
}

// tidy brings a table to one header row and its data rows: a second
// header row ("Chủ trì", "Phối hợp" under "Cơ quan thực hiện") names the
// columns it fills, the row numbering the columns ("(1)", "(2)" …) is
// dropped, header rows a table repeats after a page break too, and a row's
// continuation (its first cell empty, the next row of a split row) is
// joined to it.
func tidy(t *Table) *Table {
	out := &Table{Pos: t.Pos}
	rows, bold := t.Rows, t.Bold
	if len(rows) > 1 && subHeader(rows[0], rows[1]) {
		rows = append([][]string{composeHeader(rows[0], rows[1])}, rows[2:]...)
		bold = append([]bool{false}, bold[min(2, len(bold)):]...)
	}
	for i, r := range rows {
		if i > 0 && (equalRow(r, rows[0]) || (i == 1 && columnNumbers(r))) {
			continue
		}
		if n := len(out.Rows); n > 1 && strings.TrimSpace(r[0]) == "" && continues(r) {
			prev := out.Rows[n-1]
			for k := range r {
				if k < len(prev) && strings.TrimSpace(r[k]) != "" {
					prev[k] = strings.TrimSpace(prev[k] + " " + r[k])
				}
			}
			continue
		}
		out.Rows = append(out.Rows, append([]string(nil), r...))
		out.Bold = append(out.Bold, i < len(bold) && bold[i])
	}
	return out
}

// subHeader reports whether row is the lower row of a two-row header: no
// number, and labels kh recognises, alone or under the label above them,
// in columns the header spans or leaves empty below a merged cell.
func subHeader(header, row []string) bool {
	n := 0
	for i, c := range row {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if utf8.RuneCountInString(c) > 40 || columnField(c) == colNum || numberCell.MatchString(c) {
			return false
		}
		if columnField(c) == "" && columnField(above(header, i)+" "+c) == "" {
			return false
		}
		n++
	}
	return n > 0
}

// above is the header label over column i: its own, or that of the merged
// cell spanning it from the left.
func above(header []string, i int) string {
	for k := min(i, len(header)-1); k >= 0; k-- {
		if h := strings.TrimSpace(header[k]); h != "" {
			return h
		}
	}
	return ""
}

// composeHeader is the one header row of a two-row header: each column is
// named by its lower label when kh reads it alone ("Chủ trì"), else by both
// ("Thời gian hoàn thành"), else by the label above it.
func composeHeader(header, row []string) []string {
	out := make([]string, max(len(header), len(row)))
	for i := range out {
		top, sub := above(header, i), ""
		if i < len(row) {
			sub = strings.TrimSpace(row[i])
		}
		switch {
		case sub == "":
			if i < len(header) {
				out[i] = header[i]
			}
		case columnField(sub) != "":
			out[i] = sub
		default:
			out[i] = top + " " + lowerFirst(sub)
		}
	}
	return out
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// numberCell is a column number as tables print them under the header:
// "(1)", "1", "(A)", "A".
var numberCell = regexp.MustCompile(`^\(?(\d{1,2}|[A-Z])\)?$`)

// columnNumbers reports whether a row numbers the columns: at least two
// cells, every filled one a column number.
func columnNumbers(r []string) bool {
	n := 0
	for _, c := range r {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if !numberCell.MatchString(c) {
			return false
		}
		n++
	}
	return n >= 2
}

// continues reports whether a row without a number carries on the row
// before it: its text starts in lower case.
func continues(r []string) bool {
	for _, c := range r[1:] {
		if c = strings.TrimSpace(c); c != "" {
			first := []rune(c)[0]
			return strings.ToLower(string(first)) == string(first) && strings.ToUpper(string(first)) != string(first)
		}
	}
	return false
}

func equalRow(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.TrimSpace(a[i]) != strings.TrimSpace(b[i]) {
			return false
		}
	}
	return true
}

// table fills an appendix from a table: the header row names the fields,
// group rows (a Roman number, or one text and nothing else) open groups.
func (b *builder) table(ap *plan.Appendix, t *Table) {
	if len(t.Rows) == 0 {
		return
	}
	b.res.Counts.Tables++
	header := t.Rows[0]
	fields := make([]string, len(header))
	has := map[string]bool{}
	for i, h := range header {
		fields[i] = columnField(h)
		has[fields[i]] = true
		if fields[i] == "" && strings.TrimSpace(h) != "" {
			b.find("KH057", t.Pos, "", h, ap.ID)
		}
	}
	switch {
	case has[colInd]:
		ap.Kind = plan.AppendixIndicators
	case has[colRef] || has[colSubject]:
		ap.Kind = plan.AppendixRegistry
	case has[colForm]:
		ap.Kind = plan.AppendixForm
		// A form's notes column that no row fills is left for the
		// reporting unit, like its other columns.
		for i, f := range fields {
			if f == colNote && emptyColumn(t.Rows[1:], i) {
				fields[i] = colForm
			}
		}
	default:
		ap.Kind = plan.AppendixTasks
	}
	ap.Labels = map[string]string{}
	for i, f := range fields {
		switch f {
		case colNum:
			if h := strings.TrimSpace(header[i]); h != "TT" {
				ap.Labels[colNum] = h
			}
		case "":
		case colForm:
			ap.Columns = append(ap.Columns, header[i])
		default:
			if ap.Kind == plan.AppendixForm && f == colDeadline {
				break
			}
			ap.Labels[labelKey(f)] = header[i]
		}
	}
	var group *plan.Group
	var top *plan.Group
	for ri, row := range t.Rows[1:] {
		pos := Pos{Line: t.Line + ri + 1, Sheet: t.Sheet}
		num, text := cell(row, fields, colNum), rowText(row, fields)
		if isGroupRow(row, fields, t.bold(ri+1)) {
			g := &plan.Group{Heading: text}
			g.ID = b.id("", text, 4)
			if lead := cell(row, fields, colLead); lead != "" {
				g.Lead, g.LeadWritten = b.written(lead, pos, rowPath(ap, num))
			}
			// A group without a number under one with a Roman number is
			// its subgroup; beside other unnumbered groups, their sibling.
			if romanRow.MatchString(num) || top == nil || b.groupNum[top] == "" {
				ap.Groups = append(ap.Groups, g)
				top = g
			} else {
				top.Groups = append(top.Groups, g)
			}
			group = g
			b.groupNum[g] = num
			continue
		}
		if group == nil {
			// A table published without group rows: a group without a
			// heading prints none.
			group = &plan.Group{ID: b.id("", ap.Title, 3)}
			ap.Groups = append(ap.Groups, group)
			top = group
		}
		b.row(ap, group, row, fields, pos)
	}
	if len(ap.Labels) == 0 {
		ap.Labels = nil
	}
	b.numbering(ap)
	ap.DateForm = dateForm(t.Rows[1:], fields)
	b.columns[ap] = fields
}

// emptyColumn reports whether no row has text in column i.
func emptyColumn(rows [][]string, i int) bool {
	for _, r := range rows {
		if i < len(r) && strings.TrimSpace(r[i]) != "" {
			return false
		}
	}
	return true
}

// labelKey is the nhan_cot key of a field.
func labelKey(f string) string {
	if f == colInd {
		return colTask
	}
	return f
}

func cell(row, fields []string, f string) string {
	for i, x := range fields {
		if x == f && i < len(row) {
			return strings.TrimSpace(row[i])
		}
	}
	return ""
}

// rowText is the row's main text: its task, indicator or subject cell.
func rowText(row, fields []string) string {
	for _, f := range []string{colTask, colInd, colSubject} {
		if t := cell(row, fields, f); t != "" {
			return t
		}
	}
	for i, c := range row {
		if fields[i] != colNum && strings.TrimSpace(c) != "" {
			return strings.TrimSpace(c)
		}
	}
	return ""
}

// isGroupRow reports whether a row is a group heading: a Roman number, no
// number and a single text with nothing in the columns of a task, or no
// number and printed bold (its lead agency beside it, "II | Hạ tầng số |
// Sở KH&CN").
func isGroupRow(row, fields []string, bold bool) bool {
	num := cell(row, fields, colNum)
	if romanRow.MatchString(num) && num != "" {
		return true
	}
	if num != "" {
		return false
	}
	if bold && rowText(row, fields) != "" && cell(row, fields, colDeadline) == "" {
		return true
	}
	filled := 0
	for i, c := range row {
		if fields[i] != colNum && strings.TrimSpace(c) != "" {
			filled++
		}
	}
	return filled == 1
}

// row adds a task, indicator or document row to a group.
func (b *builder) row(ap *plan.Appendix, g *plan.Group, row, fields []string, pos Pos) {
	num := cell(row, fields, colNum)
	path := rowPath(ap, num)
	var owner any
	switch ap.Kind {
	case plan.AppendixIndicators:
		ind := &plan.Indicator{Text: cell(row, fields, colInd)}
		if ind.Text == "" {
			ind.Text = rowText(row, fields)
		}
		ind.ID = b.id("ct", ind.Text, 4)
		ind.Target = b.targetOf(cell(row, fields, colTarget), pos, path)
		if lead := cell(row, fields, colLead); lead != "" {
			ind.Lead, ind.LeadWritten = b.written(lead, pos, path)
		}
		ind.Note = joinNote(cell(row, fields, colNote), others(row, fields, ind))
		g.Indicators = append(g.Indicators, ind)
		b.res.Counts.Indicators++
		owner = ind
	case plan.AppendixRegistry:
		doc := &plan.Document{Ref: cell(row, fields, colRef), Subject: cell(row, fields, colSubject)}
		doc.ID = b.id("vb", strings.NewReplacer("/", " ", "-", " ").Replace(firstNonEmpty(doc.Ref, doc.Subject)), 4)
		doc.Date = parseDay(cell(row, fields, colDate))
		if iss := cell(row, fields, colIssuer); iss != "" {
			if ids, _ := b.agencies(iss, pos, path); len(ids) > 0 {
				doc.Issuer = ids[0]
			}
		}
		if doc.Issuer == "" && doc.Ref != "" {
			// A list without an issuer column ("… do UBND tỉnh ban hành"):
			// the issuer part of each symbol names it.
			doc.Issuer = b.issuerOf(doc.Ref)
		}
		doc.Note = joinNote(cell(row, fields, colNote), others(row, fields, doc))
		if dt := cell(row, fields, colDate); dt != "" && doc.Date.IsZero() {
			b.res.Notes.Add(doc, "Ngày in không đọc được: "+dt)
		}
		g.Documents = append(g.Documents, doc)
		b.res.Counts.Documents++
		owner = doc
	default:
		t := &plan.Task{Text: cell(row, fields, colTask)}
		if t.Text == "" {
			t.Text = rowText(row, fields)
		}
		t.ID = b.id("nv", t.Text, 4)
		if lead := cell(row, fields, colLead); lead != "" {
			t.Lead, t.LeadWritten = b.written(lead, pos, path)
		}
		if c := cell(row, fields, colCoop); c != "" {
			t.Cooperate, t.CooperateWritten = b.written(c, pos, path)
		}
		if m := cell(row, fields, colMonitor); m != "" {
			t.Monitor, t.MonitorWritten = b.written(m, pos, path)
		}
		t.Deadline, t.DeadlineWritten = b.deadline(cell(row, fields, colDeadline), pos, path)
		t.Product = cell(row, fields, colProduct)
		t.Note = joinNote(cell(row, fields, colNote), others(row, fields, t))
		g.Tasks = append(g.Tasks, t)
		b.res.Counts.Tasks++
		owner = t
	}
	b.printed = append(b.printed, printedNum{owner: owner, num: num, group: g})
}

// others are the cells of columns no field takes, as "Label: value",
// kept in the row's note (KH057 reports the column once). The header row's
// labels are found through the table the row belongs to.
func others(row, fields []string, _ any) []string {
	var out []string
	for i, f := range fields {
		if f == "" && i < len(row) && strings.TrimSpace(row[i]) != "" {
			out = append(out, strings.TrimSpace(row[i]))
		}
	}
	return out
}

func joinNote(note string, extra []string) string {
	parts := extra
	if note != "" {
		parts = append([]string{note}, extra...)
	}
	return strings.Join(parts, "; ")
}

// written matches the agencies of a cell and gives, beside the ids, the
// cell as the document writes it (chu_tri_in, …) when the ids would print
// other names: tables print the registry's short names, "; " between.
func (b *builder) written(text string, pos Pos, path string) (ids []string, written string) {
	ids, _ = b.agencies(text, pos, path)
	text = strings.Join(strings.Fields(text), " ")
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = view.AgencyIn(b.repo, id).Short
	}
	if strings.Join(names, "; ") == text {
		return ids, ""
	}
	return ids, text
}

// path is the finding path of a table row: "pl02/15".
func rowPath(ap *plan.Appendix, num string) string { return ap.ID + "/" + num }

// printedNum is a row's number as printed.
type printedNum struct {
	owner any
	num   string
	group *plan.Group
}

// numbering compares the printed row numbers of an appendix with kh's:
// numbers with a full stop ("1.") make the row label "{so}.", numbers that
// restart in each group make the appendix number per group, and a number
// kh would not print is kept as printed (so_in) on its row or group, as
// 1174/KH-UBND's skipped numbers are.
func (b *builder) numbering(ap *plan.Appendix) {
	rows := b.printed
	b.printed = nil
	dots := 0
	for _, r := range rows {
		if strings.HasSuffix(r.num, ".") {
			dots++
		}
	}
	if dots > 0 && dots == len(rows) {
		ap.RowLabel = "{so}."
	}
	bare := func(n string) string { return strings.TrimSuffix(n, ".") }
	through, perGroup := true, true
	k, inGroup := 0, 0
	var last *plan.Group
	for _, r := range rows {
		k++
		if r.group != last {
			inGroup, last = 0, r.group
		}
		inGroup++
		through = through && bare(r.num) == strconv.Itoa(k)
		perGroup = perGroup && bare(r.num) == strconv.Itoa(inGroup)
	}
	if perGroup && !through {
		ap.GroupNumbering = true
	}
	printed := map[any]string{}
	for _, r := range rows {
		printed[r.owner] = r.num
	}
	label := func(n int) string {
		return strings.ReplaceAll(firstNonEmpty(ap.RowLabel, "{so}"), "{so}", strconv.Itoa(n))
	}
	ap.WalkRows(func(g *plan.Group, number string, _ int, next func() int) {
		if num, ok := b.groupNum[g]; ok && num != number && num != "" {
			g.Printed = num
			b.asPrinted = true
		}
		set := func(owner any, field *string) {
			want := label(next())
			switch num := printed[owner]; {
			case num == want:
			case num == "":
				b.res.Notes.Add(owner, "Dòng này không in số thứ tự (kh in "+want+").")
			default:
				*field = num
				b.asPrinted = true
			}
		}
		for _, t := range g.Tasks {
			set(t, &t.Printed)
		}
		for _, in := range g.Indicators {
			set(in, &in.Printed)
		}
		for _, d := range g.Documents {
			set(d, &d.Printed)
		}
	})
}

// dateForm is "dd/mm/yyyy" when a table writes its dates with leading
// zeros (31/08/2022) and never without, else "" (kh's 17/3/2025).
func dateForm(rows [][]string, fields []string) string {
	padded, bare := 0, 0
	for _, row := range rows {
		m := dayRe.FindStringSubmatch(cell(row, fields, colDate))
		if m == nil {
			continue
		}
		for _, part := range m[1:3] {
			switch {
			case len(part) == 2 && part[0] == '0':
				padded++
			case len(part) == 1:
				bare++
			}
		}
	}
	if padded > 0 && bare == 0 {
		return "dd/mm/yyyy"
	}
	return ""
}

var dayRe = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)

// parseDay reads a date printed as 31/08/2022.
func parseDay(s string) time.Time {
	m := dayRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return time.Time{}
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != time.Month(mo) {
		return time.Time{}
	}
	return t
}

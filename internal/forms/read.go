package forms

import (
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/members"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/vntext"
	"github.com/kh-tools/kh/internal/workbook"
)

// MaxRows bounds the task rows of a form read back. A form of a few
// hundred tasks is tens of kilobytes; the workbook limits (package
// workbook) stop hostile files before they cost memory.
const MaxRows = 10000

// Choice is one answer of the status drop-down: the categories of the
// Government's task tracking (QĐ 42/2014/QĐ-TTg, QĐ 23/2018/QĐ-TTg) as an
// agency states them, and the status a record keeps. kh works out on time
// or late from the dates itself; a choice the dates contradict is refused.
type Choice struct {
	Label  string
	Status string
	// Late is true for "quá hạn", false for "đúng hạn"/"trong hạn"; nil
	// says nothing.
	Late *bool
}

var yes, no = true, false

// Choices are the drop-down's answers in order.
var Choices = []Choice{
	{"Đã hoàn thành đúng hạn", progress.Done, &no},
	{"Đã hoàn thành quá hạn", progress.Done, &yes},
	{"Đang thực hiện trong hạn", progress.InProgress, &no},
	{"Đang thực hiện quá hạn", progress.InProgress, &yes},
	{"Chưa thực hiện", progress.NotStarted, nil},
}

// Filled is a form as read back: its metadata, one row per task, and what
// its locked cells hold.
type Filled struct {
	// File names the form in messages.
	File                           string
	Format                         string
	Plan, Period, Agency, Checksum string
	Rows                           []Row
	Results                        []ResultRow
	// Locked are the locked cells as read, in lockedCells order.
	Locked []string
	// Warnings are answers kh stored as plain text although they look like
	// formulas; import shows them.
	Warnings []msg.Text
}

// Row is one task row of a filled form. Row is the sheet row, for messages.
type Row struct {
	Row                          int
	ID, Text, Status, DoneOn     string
	Result, Difficulty, Proposal string
}

// ResultRow is one indicator row of a filled form.
type ResultRow struct {
	Row              int
	ID, Text, Target string
	Result, Note     string
}

func refuse(file string, m *msg.Message, args ...any) *Error {
	return &Error{File: file, Msg: m, Text: m.Text(args...)}
}

// Read reads a form written by Write and filled by an agency. It fails with
// an *Error when the file is not a kh form or is too large to be one.
func Read(file string, rd io.Reader) (*Filled, error) {
	data, err := io.ReadAll(io.LimitReader(rd, workbook.Default.Unzipped+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > workbook.Default.Unzipped {
		return nil, refuse(file, msg.FormTooLarge, msg.WorkbookUnzipped.Text(workbook.Default.Unzipped>>20))
	}
	x, err := workbook.Open(data, workbook.Default)
	if le := (*workbook.LimitError)(nil); errors.As(err, &le) {
		return nil, refuse(file, msg.FormTooLarge, le.Text)
	}
	if err != nil {
		return nil, refuse(file, msg.FormNotXLSX)
	}
	defer x.Close()
	meta, err := readMeta(x)
	if err != nil || !strings.HasPrefix(meta["dinh_dang"], formatFamily) {
		return nil, refuse(file, msg.FormNotKh)
	}
	if meta["dinh_dang"] != Format {
		return nil, refuse(file, msg.FormOldFormat, meta["dinh_dang"], Format)
	}
	fl := &Filled{File: file, Format: meta["dinh_dang"], Plan: meta["ke_hoach"], Period: meta["ky"], Agency: meta["co_quan"], Checksum: meta["tong_kiem"]}
	if err := fl.readRows(x); err != nil {
		return nil, err
	}
	if n, _ := strconv.Atoi(meta["so_chi_tieu"]); n > 0 {
		if err := fl.readResults(x); err != nil {
			return nil, err
		}
	}
	if fl.Locked, err = lockedValues(x, len(fl.Rows), len(fl.Results)); err != nil {
		return nil, refuse(file, msg.FormNoSheet, ReportSheet)
	}
	return fl, nil
}

// readResults reads the indicator rows, up to the first row with neither
// id nor text.
func (fl *Filled) readResults(x *excelize.File) error {
	return fl.eachRow(x, IndicatorSheet, numICols, icolID, icolText, func(n int, r []string) {
		answer := func(col int) string {
			v := r[col]
			if f, _ := x.GetCellFormula(IndicatorSheet, cellRef(col, n)); f != "" {
				v = "=" + strings.TrimPrefix(f, "=")
			}
			v = clean(v)
			if vntext.FormulaLike(v) {
				fl.Warnings = append(fl.Warnings, msg.FormFormulaText.Text(n, indicatorColumns[col].label, firstRune(v)))
			}
			return v
		}
		fl.Results = append(fl.Results, ResultRow{Row: n, ID: strings.TrimSpace(r[icolID]), Text: r[icolText],
			Target: r[icolTarget], Result: answer(icolResult), Note: answer(icolNote)})
	})
}

// readRows reads the task rows, up to the first row with neither id nor
// text.
func (fl *Filled) readRows(x *excelize.File) error {
	return fl.eachRow(x, ReportSheet, numCols, colID, colText, func(n int, r []string) {
		fl.Rows = append(fl.Rows, fl.row(x, n, r))
	})
}

// eachRow hands each row of sheet from firstRow on, padded to width, to
// add, and stops at the first row with neither id nor text. One loop for
// both sheets keeps their limits (MaxRows rows per sheet) the same.
func (fl *Filled) eachRow(x *excelize.File, sheet string, width, id, text int, add func(n int, r []string)) error {
	rows, err := x.Rows(sheet)
	if err != nil {
		return refuse(fl.File, msg.FormNoSheet, sheet)
	}
	defer rows.Close()
	count := 0
	for n := 1; rows.Next(); n++ {
		if n < firstRow {
			continue
		}
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return refuse(fl.File, msg.FormNotXLSX)
		}
		r := pad(cols, width)
		if strings.TrimSpace(r[id]+r[text]) == "" {
			break
		}
		if count == MaxRows {
			return refuse(fl.File, msg.FormTooManyRows, MaxRows)
		}
		count++
		add(n, r)
	}
	return nil
}

// row builds a Row from the cells of sheet row n. An answer that is a
// formula, or text Excel would take for one, is kept as the text typed and
// flagged: it must never become a formula again in any workbook.
func (fl *Filled) row(x *excelize.File, n int, r []string) Row {
	answer := func(col int) string {
		v := r[col]
		if f, _ := x.GetCellFormula(ReportSheet, cellRef(col, n)); f != "" {
			v = "=" + strings.TrimPrefix(f, "=")
		}
		v = clean(v)
		if vntext.FormulaLike(v) {
			fl.Warnings = append(fl.Warnings, msg.FormFormulaText.Text(n, columns[col].label, firstRune(v)))
		}
		return v
	}
	return Row{
		Row: n, ID: strings.TrimSpace(r[colID]), Text: r[colText],
		Status: strings.TrimSpace(answer(colStatus)), DoneOn: strings.TrimSpace(answer(colDoneOn)),
		Result: answer(colResult), Difficulty: answer(colDifficulty), Proposal: answer(colProposal),
	}
}

// shorten keeps a quoted cell readable in a message: a serial of 1e308
// written out in full is 309 digits.
func shorten(s string) string {
	if r := []rune(s); len(r) > 24 {
		return string(r[:20]) + "…"
	}
	return s
}

func firstRune(s string) string {
	s = strings.TrimLeft(s, " \t\r\n")
	for _, r := range s {
		return string(r)
	}
	return ""
}

func readMeta(x *excelize.File) (map[string]string, error) {
	rows, err := x.GetRows(MetaSheet)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, r := range rows {
		if len(r) >= 2 {
			m[r[0]] = r[1]
		}
	}
	return m, nil
}

func pad(r []string, n int) []string {
	for len(r) < n {
		r = append(r, "")
	}
	return r
}

// clean trims an answer and normalises Excel's line breaks.
func clean(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
}

// Record checks fl against the current plan and returns the progress record
// it carries. It refuses, with an *Error, a form for an unknown plan or
// agency, one whose locked cells were edited or no longer match the plan,
// one listing tasks its agency does not report on, and answers that cannot
// be true: a completion date that is not a date, lies after today, or after
// the period without a reason given; a status the dates contradict; a
// result in another unit than its target's. lastDays gives the last day of
// each task of a plan whose deadline names one (check.Dues, with the
// repository's calendar).
func (fl *Filled) Record(r *plan.Repo, today time.Time, lastDays func(*plan.Plan) map[string]time.Time) (*plan.Plan, *progress.Record, error) {
	p := r.Plan(fl.Plan)
	if p == nil {
		return nil, nil, refuse(fl.File, msg.FormUnknownPlan, fl.Plan)
	}
	per, err := progress.ParsePeriod(fl.Period)
	if err != nil {
		return nil, nil, refuse(fl.File, msg.FormBadPeriod, fl.Period)
	}
	if r.Agency(fl.Agency) == nil {
		return nil, nil, refuse(fl.File, msg.FormUnknownAgency, fl.Agency)
	}
	if err := fl.checkTasks(r, p, per); err != nil {
		return nil, nil, err
	}
	dues := lastDays(p)
	rec := &progress.Record{Plan: p.ID, Period: fl.Period, Agency: fl.Agency}
	for _, row := range fl.Rows {
		e, err := fl.entry(row, per, today, dues[row.ID])
		if err != nil {
			return nil, nil, err
		}
		if e != nil {
			rec.Tasks = append(rec.Tasks, e)
		}
	}
	for _, row := range fl.Results {
		res, err := fl.result(row, p)
		if err != nil {
			return nil, nil, err
		}
		if res != nil {
			rec.Indicators = append(rec.Indicators, res)
		}
	}
	return p, rec, nil
}

// checkTasks compares the rows with the tasks and indicators the agency
// reports on now, then every locked cell with the checksum written (an edit
// in the form) and with what the form would hold if made today (a change
// of the plan).
func (fl *Filled) checkTasks(r *plan.Repo, p *plan.Plan, per progress.Period) error {
	name := view.AgencyIn(r, fl.Agency).Short
	as := members.Assign(r, p, per.To)
	want := formOf(as, p, fl.Agency, per)
	for _, row := range fl.Rows {
		t := p.Task(row.ID)
		switch {
		case t == nil:
			return refuse(fl.File, msg.FormUnknownTask, row.Row, row.ID, p.ID)
		case !as.Reports(fl.Agency, row.ID):
			return refuse(fl.File, msg.FormNotLead, row.Row, name, row.ID)
		case t.Text != row.Text:
			return refuse(fl.File, msg.FormTextChanged, row.Row, row.ID)
		}
	}
	if len(fl.Rows) != len(want.Tasks) {
		return refuse(fl.File, msg.FormChecksum, len(fl.Rows), len(want.Tasks), name)
	}
	if len(fl.Results) != len(want.Indicators) {
		return refuse(fl.File, msg.FormIndicatorCount, IndicatorSheet, len(fl.Results), len(want.Indicators), name)
	}
	now, err := want.Locked(r)
	if err != nil {
		return err
	}
	edited := CellChecksum(fl.Locked) != fl.Checksum
	if !edited && CellChecksum(now) == fl.Checksum {
		return nil
	}
	i := -1
	for j := range now {
		if now[j] != fl.Locked[j] {
			i = j
			break
		}
	}
	if i < 0 {
		return refuse(fl.File, msg.FormEdited)
	}
	c := lockedCells(len(fl.Rows), len(fl.Results))[i]
	if edited {
		return refuse(fl.File, msg.FormCellEdited, c.String(), c.label, fl.Locked[i], now[i])
	}
	return refuse(fl.File, msg.FormPlanChanged, c.String(), c.label, fl.Locked[i], now[i])
}

// entry converts a row; a row left entirely blank gives no entry.
func (fl *Filled) entry(row Row, per progress.Period, today, due time.Time) (*progress.Entry, error) {
	if row.Status == "" && row.DoneOn == "" && row.Result == "" && row.Difficulty == "" && row.Proposal == "" {
		return nil, nil
	}
	e := &progress.Entry{ID: row.ID, Result: row.Result, Difficulty: row.Difficulty, Proposal: row.Proposal}
	c, ok := choice(row.Status)
	if !ok {
		return nil, refuse(fl.File, msg.FormBadStatus, row.Row, row.ID, row.Status, choiceList())
	}
	e.Status = c.Status
	if row.DoneOn == "" {
		return e, nil
	}
	d, ok := ParseDate(row.DoneOn)
	if !ok {
		return nil, refuse(fl.File, msg.FormBadDate, row.Row, row.ID, shorten(row.DoneOn))
	}
	if e.Status != progress.Done {
		return nil, refuse(fl.File, msg.FormDateNotDone, row.Row, row.ID)
	}
	switch {
	case d.After(today):
		return nil, refuse(fl.File, msg.FormDateFuture, row.Row, row.ID, plan.ShortDate(d), plan.ShortDate(today))
	case d.After(per.To) && row.Difficulty == "":
		return nil, refuse(fl.File, msg.FormDateAfterPeriod, row.Row, row.ID, plan.ShortDate(d), per.Label(), plan.ShortDate(per.To), columns[colDifficulty].label)
	}
	if err := fl.checkChoice(row, c, d, due); err != nil {
		return nil, err
	}
	e.DoneOn = d
	return e, nil
}

// checkChoice refuses "đúng hạn" with a completion date after the deadline
// and "quá hạn" with one on or before it.
func (fl *Filled) checkChoice(row Row, c Choice, d, due time.Time) error {
	if due.IsZero() || c.Late == nil {
		return nil
	}
	switch late := d.After(due); {
	case late && !*c.Late:
		return refuse(fl.File, msg.FormChoiceLate, row.Row, row.ID, c.Label, plan.ShortDate(d), plan.ShortDate(due))
	case !late && *c.Late:
		return refuse(fl.File, msg.FormChoiceOnTime, row.Row, row.ID, c.Label, plan.ShortDate(d), plan.ShortDate(due))
	}
	return nil
}

// result converts an indicator row, refusing a result kh cannot set
// against the target; a row left blank gives none.
func (fl *Filled) result(row ResultRow, p *plan.Plan) (*plan.RecordResult, error) {
	if row.Result == "" && row.Note == "" {
		return nil, nil
	}
	var in *plan.Indicator
	for _, x := range p.Indicators() {
		if x.ID == row.ID {
			in = x
			break
		}
	}
	if row.Result != "" {
		if _, pr := progress.ReadResult(in, row.Result); pr != nil {
			if pr.Code == "KH126" {
				return nil, refuse(fl.File, msg.FormResultUnit, IndicatorSheet, row.Row, row.ID, row.Result, pr.Unit, in.Target, progress.Unit(in), progress.Example(in))
			}
			return nil, refuse(fl.File, msg.FormResultUnreadable, IndicatorSheet, row.Row, row.ID, row.Result, in.Target, pr.Hint)
		}
	}
	return &plan.RecordResult{ID: row.ID, Result: row.Result, Note: row.Note}, nil
}

// choice reads a status cell: a drop-down label, the three words of format
// 1 forms, or a status value, ignoring case.
func choice(s string) (Choice, bool) {
	for _, c := range Choices {
		if strings.EqualFold(s, c.Label) {
			return c, true
		}
	}
	for _, st := range progress.Statuses {
		if strings.EqualFold(s, st.Label) || s == st.Value {
			return Choice{Label: st.Label, Status: st.Value}, true
		}
	}
	return Choice{}, false
}

func choiceList() string {
	labels := make([]string, len(Choices))
	for i, c := range Choices {
		labels[i] = c.Label
	}
	return strings.Join(labels, "; ")
}

// ParseDate reads a completion date: Excel's date serial (the cell formats
// as a date) or the two ways officers type one, d/m/yyyy and yyyy-mm-dd.
// Only days of the years a plan can be about pass: a serial of 1e308, a
// negative one or 31/02/2026 is no date.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	var d time.Time
	if n, err := strconv.ParseFloat(s, 64); err == nil {
		lo, hi := serial(time.Date(plan.MinYear, 1, 1, 0, 0, 0, 0, time.UTC)), serial(time.Date(plan.MaxYear, 12, 31, 0, 0, 0, 0, time.UTC))
		if math.IsNaN(n) || n < float64(lo) || n >= float64(hi+1) {
			return time.Time{}, false
		}
		d = excelEpoch.AddDate(0, 0, int(n))
	} else {
		var ok bool
		if d, ok = parseTyped(s); !ok {
			return time.Time{}, false
		}
	}
	return d, plan.ValidYear(d.Year())
}

func parseTyped(s string) (time.Time, bool) {
	for _, layout := range []string{"2/1/2006", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

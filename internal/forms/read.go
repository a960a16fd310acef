package forms

import (
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/vntext"
)

// Limits on a workbook read back. A form of a few hundred tasks is tens of
// kilobytes; the limits only stop hostile files (a shared-strings part that
// inflates to gigabytes, a sheet of a million rows) before they cost memory.
const (
	// MaxUnzipped bounds the workbook's parts once decompressed. Parts are
	// kept in memory (never spilled to the system's temporary folder).
	MaxUnzipped = 64 << 20
	// MaxRows bounds the task rows read.
	MaxRows = 10000
)

// Filled is a form as read back: its metadata, one row per task, and what
// its locked cells hold.
type Filled struct {
	// File names the form in messages.
	File                           string
	Format                         string
	Plan, Period, Agency, Checksum string
	Rows                           []Row
	// Locked are the locked cells as read, in lockedRefs order.
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

func refuse(file string, m *msg.Message, args ...any) *Error {
	return &Error{File: file, Msg: m, Text: m.Text(args...)}
}

// Read reads a form written by Write and filled by an agency. It fails with
// an *Error when the file is not a kh form or is too large to be one.
func Read(file string, rd io.Reader) (*Filled, error) {
	x, err := excelize.OpenReader(rd, excelize.Options{UnzipSizeLimit: MaxUnzipped, UnzipXMLSizeLimit: MaxUnzipped})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size exceeds") {
			return nil, refuse(file, msg.FormTooLarge, MaxUnzipped>>20)
		}
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
	if fl.Locked, err = lockedValues(x, len(fl.Rows)); err != nil {
		return nil, refuse(file, msg.FormNoSheet, ReportSheet)
	}
	return fl, nil
}

// readRows reads the task rows, up to the first row with neither id nor
// text.
func (fl *Filled) readRows(x *excelize.File) error {
	rows, err := x.Rows(ReportSheet)
	if err != nil {
		return refuse(fl.File, msg.FormNoSheet, ReportSheet)
	}
	defer rows.Close()
	for n := 1; rows.Next(); n++ {
		if n < firstRow {
			continue
		}
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return refuse(fl.File, msg.FormNotXLSX)
		}
		r := pad(cols)
		if strings.TrimSpace(r[colID]+r[colText]) == "" {
			break
		}
		if len(fl.Rows) == MaxRows {
			return refuse(fl.File, msg.FormTooManyRows, MaxRows)
		}
		fl.Rows = append(fl.Rows, fl.row(x, n, r))
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

func pad(r []string) []string {
	for len(r) < numCols {
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
// one listing tasks its agency does not lead, and answers that cannot be
// true: a completion date that is not a date, lies after today, or after
// the period without a reason given.
func (fl *Filled) Record(r *plan.Repo, today time.Time) (*plan.Plan, *progress.Record, error) {
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
	rec := &progress.Record{Plan: p.ID, Period: fl.Period, Agency: fl.Agency}
	for _, row := range fl.Rows {
		e, err := fl.entry(row, per, today)
		if err != nil {
			return nil, nil, err
		}
		if e != nil {
			rec.Tasks = append(rec.Tasks, e)
		}
	}
	return p, rec, nil
}

// checkTasks compares the rows with the tasks the agency leads now, then
// every locked cell with the checksum written (an edit in the form) and
// with what the form would hold if made today (a change of the plan).
func (fl *Filled) checkTasks(r *plan.Repo, p *plan.Plan, per progress.Period) error {
	name := fl.Agency
	if a := r.Agency(fl.Agency); a != nil {
		name = a.DisplayName()
	}
	want := LeadTasks(p, fl.Agency)
	for _, row := range fl.Rows {
		t := p.Task(row.ID)
		switch {
		case t == nil:
			return refuse(fl.File, msg.FormUnknownTask, row.Row, row.ID, p.ID)
		case !slices.Contains(t.Lead, fl.Agency):
			return refuse(fl.File, msg.FormNotLead, row.Row, name, row.ID)
		case t.Text != row.Text:
			return refuse(fl.File, msg.FormTextChanged, row.Row, row.ID)
		}
	}
	if len(fl.Rows) != len(want) {
		return refuse(fl.File, msg.FormChecksum, len(fl.Rows), len(want), name)
	}
	now, err := Form{Plan: p, Agency: fl.Agency, Period: per, Tasks: want}.Locked(r)
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
	ref, label := lockedRefs(len(fl.Rows))[i], lockedLabel(i)
	if edited {
		return refuse(fl.File, msg.FormCellEdited, ref, label, fl.Locked[i], now[i])
	}
	return refuse(fl.File, msg.FormPlanChanged, ref, label, fl.Locked[i], now[i])
}

// lockedLabel names the i-th locked cell for a message: its column's
// heading, or "tiêu đề" for the title rows.
func lockedLabel(i int) string {
	titles := headerRow - 2
	switch {
	case i < titles:
		return "tiêu đề"
	case i < titles+numCols:
		return columns[i-titles].label
	}
	return columns[[]int{colNumber, colID, colText, colDeadline}[(i-titles-numCols)%4]].label
}

// entry converts a row; a row left entirely blank gives no entry.
func (fl *Filled) entry(row Row, per progress.Period, today time.Time) (*progress.Entry, error) {
	if row.Status == "" && row.DoneOn == "" && row.Result == "" && row.Difficulty == "" && row.Proposal == "" {
		return nil, nil
	}
	e := &progress.Entry{ID: row.ID, Result: row.Result, Difficulty: row.Difficulty, Proposal: row.Proposal}
	e.Status = statusValue(row.Status)
	if e.Status == "" {
		return nil, refuse(fl.File, msg.FormBadStatus, row.Row, row.ID, row.Status)
	}
	if row.DoneOn == "" {
		return e, nil
	}
	d, ok := ParseDate(row.DoneOn)
	if !ok {
		return nil, refuse(fl.File, msg.FormBadDate, row.Row, row.ID, row.DoneOn)
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
	e.DoneOn = d
	return e, nil
}

func statusValue(s string) string {
	for _, st := range progress.Statuses {
		if strings.EqualFold(s, st.Label) || s == st.Value {
			return st.Value
		}
	}
	return ""
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

package forms

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

// Filled is a form as read back: its metadata and one row per task.
type Filled struct {
	// File names the form in messages.
	File                           string
	Plan, Period, Agency, Checksum string
	Rows                           []Row
}

// Row is one task row of a filled form. Row is the sheet row, for messages.
type Row struct {
	Row                          int
	ID, Text, Status, DoneOn     string
	Result, Difficulty, Proposal string
}

func refuse(file string, m *msg.Message, args ...any) *Error {
	return &Error{File: file, Text: m.Text(args...)}
}

// Read reads a form written by Write and filled by an agency. It fails with
// an *Error when the file is not a kh form.
func Read(file string, rd io.Reader) (*Filled, error) {
	x, err := excelize.OpenReader(rd)
	if err != nil {
		return nil, refuse(file, msg.FormNotXLSX)
	}
	defer x.Close()
	meta, err := readMeta(x)
	if err != nil || meta["dinh_dang"] != Format {
		return nil, refuse(file, msg.FormNotKh)
	}
	fl := &Filled{File: file, Plan: meta["ke_hoach"], Period: meta["ky"], Agency: meta["co_quan"], Checksum: meta["tong_kiem"]}
	rows, err := x.GetRows(ReportSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, refuse(file, msg.FormNoSheet, ReportSheet)
	}
	for i := firstRow - 1; i < len(rows); i++ {
		r := pad(rows[i])
		if strings.TrimSpace(r[colID]+r[colText]) == "" {
			break
		}
		fl.Rows = append(fl.Rows, Row{
			Row: i + 1, ID: strings.TrimSpace(r[colID]), Text: r[colText],
			Status: strings.TrimSpace(r[colStatus]), DoneOn: strings.TrimSpace(r[colDoneOn]),
			Result: clean(r[colResult]), Difficulty: clean(r[colDifficulty]), Proposal: clean(r[colProposal]),
		})
	}
	return fl, nil
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
// agency, one whose task ids or texts differ from the plan, and one listing
// tasks its agency does not lead.
func (fl *Filled) Record(r *plan.Repo) (*plan.Plan, *progress.Record, error) {
	p := r.Plan(fl.Plan)
	if p == nil {
		return nil, nil, refuse(fl.File, msg.FormUnknownPlan, fl.Plan)
	}
	if _, err := progress.ParsePeriod(fl.Period); err != nil {
		return nil, nil, refuse(fl.File, msg.FormBadPeriod, fl.Period)
	}
	if r.Agency(fl.Agency) == nil {
		return nil, nil, refuse(fl.File, msg.FormUnknownAgency, fl.Agency)
	}
	if err := fl.checkTasks(r, p); err != nil {
		return nil, nil, err
	}
	rec := &progress.Record{Plan: p.ID, Period: fl.Period, Agency: fl.Agency}
	for _, row := range fl.Rows {
		e, err := fl.entry(row)
		if err != nil {
			return nil, nil, err
		}
		if e != nil {
			rec.Tasks = append(rec.Tasks, e)
		}
	}
	return p, rec, nil
}

// checkTasks compares the rows with the tasks the agency leads now: same
// ids, same texts, same order, and a checksum matching the one written.
func (fl *Filled) checkTasks(r *plan.Repo, p *plan.Plan) error {
	name := fl.Agency
	if a := r.Agency(fl.Agency); a != nil {
		name = a.DisplayName()
	}
	want := LeadTasks(p, fl.Agency)
	ids, texts := make([]string, len(fl.Rows)), make([]string, len(fl.Rows))
	for i, row := range fl.Rows {
		ids[i], texts[i] = row.ID, row.Text
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
	if len(fl.Rows) != len(want) || Checksum(ids, texts) != taskChecksum(want) || fl.Checksum != taskChecksum(want) {
		return refuse(fl.File, msg.FormChecksum, len(fl.Rows), len(want), name)
	}
	return nil
}

// entry converts a row; a row left entirely blank gives no entry.
func (fl *Filled) entry(row Row) (*progress.Entry, error) {
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
	d, ok := parseDate(row.DoneOn)
	if !ok {
		return nil, refuse(fl.File, msg.FormBadDate, row.Row, row.ID, row.DoneOn)
	}
	if e.Status != progress.Done {
		return nil, refuse(fl.File, msg.FormDateNotDone, row.Row, row.ID)
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

// parseDate accepts Excel's date serial and the two ways officers type
// dates.
func parseDate(s string) (time.Time, bool) {
	if n, err := strconv.ParseFloat(s, 64); err == nil && n > 0 {
		return excelEpoch.AddDate(0, 0, int(n)), true
	}
	for _, layout := range []string{"2/1/2006", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

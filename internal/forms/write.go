package forms

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/xlsx"
)

// Sheet names. The metadata sheet is "very hidden": Excel's Unhide dialog
// does not list it.
const (
	ReportSheet = "Báo cáo"
	MetaSheet   = "kh"
)

// Layout of the report sheet.
const (
	headerRow = 6
	firstRow  = headerRow + 1
)

// Columns of the report sheet, 0-based.
const (
	colNumber = iota
	colID
	colText
	colDeadline
	colStatus
	colDoneOn
	colResult
	colDifficulty
	colProposal
	numCols
)

var columns = [numCols]struct {
	label string
	width float64
}{
	{"TT", 5},
	{"Mã nhiệm vụ", 14},
	{"Nội dung nhiệm vụ", 48},
	{"Thời hạn", 13},
	{"Tình trạng", 15},
	{"Ngày hoàn thành", 13},
	{"Kết quả thực hiện", 30},
	{"Khó khăn, vướng mắc, nguyên nhân", 26},
	{"Đề xuất phương hướng khắc phục", 26},
}

// metadata keys, in the order of the metadata sheet's rows.
var metaKeys = []string{"dinh_dang", "ke_hoach", "ky", "co_quan", "tong_kiem", "so_nhiem_vu"}

// FileName is the form's file name: the agency id.
func (f Form) FileName() string { return f.Agency + ".xlsx" }

// Write writes the form workbook to w.
func (f Form) Write(w io.Writer, r *plan.Repo) error {
	fw, err := f.draw(r)
	if err != nil {
		return err
	}
	defer fw.x.Close()
	fw.meta()
	fw.props()
	if fw.err != nil {
		return fw.err
	}
	return fw.x.Write(w)
}

// draw lays out the report sheet in a new workbook.
func (f Form) draw(r *plan.Repo) (*formWriter, error) {
	x := excelize.NewFile()
	st, err := newStyles(x)
	if err == nil {
		err = x.SetSheetName(x.GetSheetName(0), ReportSheet)
	}
	if err != nil {
		x.Close()
		return nil, err
	}
	fw := &formWriter{x: x, st: st, f: f, v: view.New(r, f.Plan)}
	fw.report()
	return fw, fw.err
}

// Locked is what the locked cells of f hold when written now from r, in
// lockedRefs order: the reference an imported form is compared with.
func (f Form) Locked(r *plan.Repo) ([]string, error) {
	fw, err := f.draw(r)
	if err != nil {
		return nil, err
	}
	defer fw.x.Close()
	return lockedValues(fw.x, len(f.Tasks))
}

// lockedRefs are the locked cells of a form with n task rows, in a fixed
// order: the title rows, the header row, and per task row the number, id,
// text and deadline. Every other cell of the report sheet is an answer.
func lockedRefs(n int) []string {
	var refs []string
	for row := 1; row < headerRow-1; row++ {
		refs = append(refs, cellRef(0, row))
	}
	for col := range numCols {
		refs = append(refs, cellRef(col, headerRow))
	}
	for row := firstRow; row < firstRow+n; row++ {
		for _, col := range []int{colNumber, colID, colText, colDeadline} {
			refs = append(refs, cellRef(col, row))
		}
	}
	return refs
}

// lockedValues reads the locked cells as the importer reads them.
func lockedValues(x *excelize.File, n int) ([]string, error) {
	refs := lockedRefs(n)
	out := make([]string, len(refs))
	for i, ref := range refs {
		v, err := x.GetCellValue(ReportSheet, ref, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

type formWriter struct {
	x   *excelize.File
	st  *formStyles
	f   Form
	v   *view.Doc
	err error
}

// do keeps the first error so the layout code reads as a list of steps.
func (w *formWriter) do(err error) {
	if w.err == nil {
		w.err = err
	}
}

func (w *formWriter) set(col, row int, v any, style int) {
	ref := cellRef(col, row)
	if v != nil {
		w.do(w.x.SetCellValue(ReportSheet, ref, v))
	}
	w.do(w.x.SetCellStyle(ReportSheet, ref, ref, style))
}

func cellRef(col, row int) string {
	ref, _ := excelize.CoordinatesToCellName(col+1, row)
	return ref
}

func (w *formWriter) report() {
	s := ReportSheet
	widths := make([]float64, numCols)
	total := 0.0
	for i, c := range columns {
		widths[i] = c.width
		if i == colID {
			// Ids are read back, so they must show whole, never wrapped.
			for _, t := range w.f.Tasks {
				widths[i] = max(widths[i], min(xlsx.FitWidth(t.ID, 12, false), 30))
			}
		}
		w.do(w.x.SetColWidth(s, colName(i), colName(i), widths[i]))
		total += widths[i]
	}
	p := w.f.Plan
	titles := []struct {
		text  string
		style int
	}{
		{"BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", w.st.title},
		{"Thực hiện " + w.v.Name() + ": " + p.Title, w.st.title},
		{"Đơn vị báo cáo: " + w.v.Agency(w.f.Agency).Name, w.st.note},
		{"Kỳ báo cáo: " + w.f.Period.Label(), w.st.note},
	}
	for i, t := range titles {
		row := i + 1
		w.set(0, row, t.text, t.style)
		w.do(w.x.MergeCell(s, cellRef(0, row), cellRef(numCols-1, row)))
		w.do(w.x.SetRowHeight(s, row, xlsx.RowHeight(xlsx.TextLines(t.text, total, 13, true), 13)))
	}
	hdrLines := 1
	for i, c := range columns {
		w.set(i, headerRow, c.label, w.st.header)
		hdrLines = max(hdrLines, xlsx.TextLines(c.label, c.width, 12, true))
	}
	w.do(w.x.SetRowHeight(s, headerRow, xlsx.RowHeight(hdrLines, 12)))
	for i, t := range w.f.Tasks {
		w.taskRow(firstRow+i, i+1, t)
	}
	w.finish()
}

func colName(i int) string {
	n, _ := excelize.ColumnNumberToName(i + 1)
	return n
}

func (w *formWriter) taskRow(row, n int, t *plan.Task) {
	w.set(colNumber, row, n, w.st.center)
	w.set(colID, row, t.ID, w.st.center)
	w.set(colText, row, t.Text, w.st.text)
	deadline := w.v.Deadline(t).Canonical
	w.set(colDeadline, row, deadline, w.st.center)
	w.set(colStatus, row, nil, w.st.answerCenter)
	w.set(colDoneOn, row, nil, w.st.answerDate)
	for _, c := range []int{colResult, colDifficulty, colProposal} {
		w.set(c, row, nil, w.st.answer)
	}
	lines := max(xlsx.TextLines(t.Text, columns[colText].width, 12, false), xlsx.TextLines(deadline, columns[colDeadline].width, 12, false))
	// Leave room to write: at least two lines per answer.
	w.do(w.x.SetRowHeight(ReportSheet, row, xlsx.RowHeight(max(lines, 2), 12)))
}

// finish adds the drop-down, the date check, protection and print setup.
func (w *formWriter) finish() {
	s := ReportSheet
	last := firstRow + max(len(w.f.Tasks), 1) - 1
	status := excelize.NewDataValidation(true)
	status.Sqref = cellRef(colStatus, firstRow) + ":" + cellRef(colStatus, last)
	labels := make([]string, len(progress.Statuses))
	for i, st := range progress.Statuses {
		labels[i] = st.Label
	}
	w.do(status.SetDropList(labels))
	status.SetError(excelize.DataValidationErrorStyleStop, "Tình trạng", "Chọn một trong: "+strings.Join(labels, ", "))
	w.do(w.x.AddDataValidation(s, status))

	date := excelize.NewDataValidation(true)
	date.Sqref = cellRef(colDoneOn, firstRow) + ":" + cellRef(colDoneOn, last)
	from := w.f.Plan.Date
	if from.IsZero() {
		from = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	w.do(date.SetRange(serial(from), serial(time.Date(2099, 12, 31, 0, 0, 0, 0, time.UTC)), excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween))
	date.SetError(excelize.DataValidationErrorStyleStop, "Ngày hoàn thành", "Nhập ngày dạng dd/mm/yyyy, không trước ngày ban hành kế hoạch "+plan.ShortDate(from))
	w.do(w.x.AddDataValidation(s, date))

	w.do(w.x.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: cellRef(0, firstRow), ActivePane: "bottomLeft"}))
	w.do(xlsx.PrintSetup(w.x, s))
	w.do(w.x.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$%d:$%d", s, headerRow, headerRow), Scope: s}))
	// Protection guards the task columns against slips; the checksum, not
	// a password, is what detects edits.
	w.do(w.x.ProtectSheet(s, &excelize.SheetProtectionOptions{
		AlgorithmName: "SHA-512", FormatRows: true, FormatColumns: true,
		SelectLockedCells: true, SelectUnlockedCells: true,
	}))
}

var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

func serial(t time.Time) int { return int(t.Sub(excelEpoch).Hours() / 24) }

func (w *formWriter) meta() {
	_, err := w.x.NewSheet(MetaSheet)
	w.do(err)
	locked, err := lockedValues(w.x, len(w.f.Tasks))
	w.do(err)
	values := []any{Format, w.f.Plan.ID, w.f.Period.ID, w.f.Agency, CellChecksum(locked), len(w.f.Tasks)}
	for i, k := range metaKeys {
		w.do(w.x.SetCellValue(MetaSheet, cellRef(0, i+1), k))
		w.do(w.x.SetCellValue(MetaSheet, cellRef(1, i+1), values[i]))
	}
	w.do(w.x.SetSheetVisible(MetaSheet, false, true))
	w.x.SetActiveSheet(0)
}

func (w *formWriter) props() {
	stamp := w.f.Plan.Date
	if stamp.IsZero() {
		stamp = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	ts := stamp.Format(time.RFC3339)
	w.do(w.x.SetDocProps(&excelize.DocProperties{
		Title:          "Báo cáo tình hình thực hiện nhiệm vụ — " + w.f.Period.Label(),
		Subject:        w.v.Name() + ": " + w.f.Plan.Title,
		Creator:        "kh",
		LastModifiedBy: "kh",
		Identifier:     w.f.Plan.ID + "/" + w.f.Period.ID + "/" + w.f.Agency,
		Language:       "vi-VN",
		Created:        ts,
		Modified:       ts,
	}))
}

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
	ReportSheet    = "Báo cáo"
	IndicatorSheet = "Chỉ tiêu"
	MetaSheet      = "kh"
)

// Layout of both sheets.
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

type column struct {
	label string
	width float64
}

var columns = [numCols]column{
	{"TT", 14},
	{"Mã nhiệm vụ", 14},
	{"Nội dung nhiệm vụ", 48},
	{"Thời hạn", 13},
	{"Tình trạng", 17},
	{"Ngày hoàn thành", 13},
	{"Kết quả thực hiện", 30},
	{"Khó khăn, vướng mắc, nguyên nhân", 26},
	{"Đề xuất phương hướng khắc phục", 26},
}

// Columns of the indicator sheet, 0-based.
const (
	icolNumber = iota
	icolID
	icolText
	icolTarget
	icolUnit
	icolResult
	icolNote
	numICols
)

var indicatorColumns = [numICols]column{
	{"TT", 14},
	{"Mã chỉ tiêu", 14},
	{"Chỉ tiêu", 52},
	{"Mục tiêu", 16},
	{"Đơn vị tính", 10},
	{"Kết quả thực hiện", 20},
	{"Ghi chú (nguồn số liệu, cách tính)", 32},
}

// metadata keys, in the order of the metadata sheet's rows.
var metaKeys = []string{"dinh_dang", "ke_hoach", "ky", "co_quan", "tong_kiem", "so_nhiem_vu", "so_chi_tieu"}

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

// draw lays out the report and indicator sheets in a new workbook.
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
	v := view.New(r, f.Plan)
	fw := &formWriter{x: x, st: st, f: f, v: v, nums: v.Numbers()}
	fw.report()
	if len(f.Indicators) > 0 {
		fw.indicators()
	}
	return fw, fw.err
}

// Locked is what the locked cells of f hold when written now from r, in
// lockedCells order: the reference an imported form is compared with.
func (f Form) Locked(r *plan.Repo) ([]string, error) {
	fw, err := f.draw(r)
	if err != nil {
		return nil, err
	}
	defer fw.x.Close()
	return lockedValues(fw.x, len(f.Tasks), len(f.Indicators))
}

// lockedCell is one cell no answer goes in.
type lockedCell struct {
	sheet, ref string
	// label names the cell in messages: its column's heading, or "tiêu
	// đề" for the title rows.
	label string
}

// String is "C7", or "Chỉ tiêu!C7" on the indicator sheet.
func (c lockedCell) String() string {
	if c.sheet == ReportSheet {
		return c.ref
	}
	return c.sheet + "!" + c.ref
}

// lockedCells are the locked cells of a form with n task and m indicator
// rows, in a fixed order: per sheet the title rows, the header row, and per
// row the cells the plan fills. Every other cell is an answer.
func lockedCells(n, m int) []lockedCell {
	out := sheetCells(ReportSheet, columns[:], n, []int{colNumber, colID, colText, colDeadline})
	if m > 0 {
		out = append(out, sheetCells(IndicatorSheet, indicatorColumns[:], m, []int{icolNumber, icolID, icolText, icolTarget, icolUnit})...)
	}
	return out
}

func sheetCells(sheet string, cols []column, n int, fixed []int) []lockedCell {
	var out []lockedCell
	for row := 1; row < headerRow-1; row++ {
		out = append(out, lockedCell{sheet, cellRef(0, row), "tiêu đề"})
	}
	for col, c := range cols {
		out = append(out, lockedCell{sheet, cellRef(col, headerRow), c.label})
	}
	for row := firstRow; row < firstRow+n; row++ {
		for _, col := range fixed {
			out = append(out, lockedCell{sheet, cellRef(col, row), cols[col].label})
		}
	}
	return out
}

// lockedValues reads the locked cells as the importer reads them.
func lockedValues(x *excelize.File, n, m int) ([]string, error) {
	cells := lockedCells(n, m)
	out := make([]string, len(cells))
	for i, c := range cells {
		v, err := x.GetCellValue(c.sheet, c.ref, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

type formWriter struct {
	x    *excelize.File
	st   *formStyles
	f    Form
	v    *view.Doc
	nums map[string]view.Numbered
	err  error
}

// do keeps the first error so the layout code reads as a list of steps.
func (w *formWriter) do(err error) {
	if w.err == nil {
		w.err = err
	}
}

func (w *formWriter) set(sheet string, col, row int, v any, style int) {
	ref := cellRef(col, row)
	if v != nil {
		w.do(w.x.SetCellValue(sheet, ref, v))
	}
	w.do(w.x.SetCellStyle(sheet, ref, ref, style))
}

func cellRef(col, row int) string {
	ref, _ := excelize.CoordinatesToCellName(col+1, row)
	return ref
}

func colName(i int) string {
	n, _ := excelize.ColumnNumberToName(i + 1)
	return n
}

// head writes a sheet's column widths, title block and header row. ids
// widen the id column: ids are read back, so they must show whole.
func (w *formWriter) head(sheet string, cols []column, idCol int, ids []string, title string) {
	total := 0.0
	for i, c := range cols {
		width := c.width
		if i == idCol {
			for _, id := range ids {
				width = max(width, min(xlsx.FitWidth(id, 12, false), 30))
			}
		}
		w.do(w.x.SetColWidth(sheet, colName(i), colName(i), width))
		total += width
	}
	last := len(cols) - 1
	for i, t := range w.titles(title) {
		row := i + 1
		w.set(sheet, 0, row, t.text, t.style)
		w.do(w.x.MergeCell(sheet, cellRef(0, row), cellRef(last, row)))
		w.do(w.x.SetRowHeight(sheet, row, xlsx.RowHeight(xlsx.TextLines(t.text, total, 13, true), 13)))
	}
	lines := 1
	for i, c := range cols {
		w.set(sheet, i, headerRow, c.label, w.st.header)
		lines = max(lines, xlsx.TextLines(c.label, c.width, 12, true))
	}
	w.do(w.x.SetRowHeight(sheet, headerRow, xlsx.RowHeight(lines, 12)))
}

type titleLine struct {
	text  string
	style int
}

// titles are the five lines above a sheet's table: what is reported, on
// which plan, by whom (and for which group), for which period and data
// window (NĐ 09/2019/NĐ-CP Art. 12).
func (w *formWriter) titles(title string) []titleLine {
	from, to := w.f.Period.DataWindow()
	unit := "Đơn vị báo cáo: " + w.v.Agency(w.f.Agency).Name
	if groups := w.groups(); groups != "" {
		unit += " (thành viên của " + groups + ")"
	}
	return []titleLine{
		{title, w.st.title},
		{"Thực hiện " + w.v.Name() + ": " + w.f.Plan.Title, w.st.title},
		{unit, w.st.note},
		{"Kỳ báo cáo: " + w.f.Period.Label() + " (số liệu từ ngày " + plan.ShortDate(from) + " đến ngày " + plan.ShortDate(to) +
			", Điều 12 Nghị định số 09/2019/NĐ-CP)", w.st.note},
	}
}

// groups names the lead groups the agency reports for.
func (w *formWriter) groups() string {
	var names []string
	seen := map[string]bool{}
	for _, id := range w.order() {
		if g := w.f.Via[id]; g != "" && !seen[g] {
			seen[g] = true
			names = append(names, w.v.Agency(g).Name)
		}
	}
	return strings.Join(names, ", ")
}

// order is the form's item ids, tasks then indicators.
func (w *formWriter) order() []string {
	var ids []string
	for _, t := range w.f.Tasks {
		ids = append(ids, t.ID)
	}
	for _, in := range w.f.Indicators {
		ids = append(ids, in.ID)
	}
	return ids
}

func (w *formWriter) report() {
	ids := make([]string, len(w.f.Tasks))
	for i, t := range w.f.Tasks {
		ids[i] = t.ID
	}
	w.head(ReportSheet, columns[:], colID, ids, "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ")
	for i, t := range w.f.Tasks {
		w.taskRow(firstRow+i, t)
	}
	w.finish()
}

func (w *formWriter) taskRow(row int, t *plan.Task) {
	s := ReportSheet
	w.set(s, colNumber, row, w.nums[t.ID].String(), w.st.center)
	w.set(s, colID, row, t.ID, w.st.center)
	w.set(s, colText, row, t.Text, w.st.text)
	deadline := w.v.Deadline(t).Canonical
	w.set(s, colDeadline, row, deadline, w.st.center)
	w.set(s, colStatus, row, nil, w.st.answerCenter)
	w.set(s, colDoneOn, row, nil, w.st.answerDate)
	for _, c := range []int{colResult, colDifficulty, colProposal} {
		w.set(s, c, row, nil, w.st.answer)
	}
	lines := max(xlsx.TextLines(t.Text, columns[colText].width, 12, false), xlsx.TextLines(deadline, columns[colDeadline].width, 12, false))
	// Leave room to write: at least two lines per answer.
	w.do(w.x.SetRowHeight(s, row, xlsx.RowHeight(max(lines, 2), 12)))
}

// finish adds the drop-down, the date check, protection and print setup.
func (w *formWriter) finish() {
	s := ReportSheet
	last := firstRow + max(len(w.f.Tasks), 1) - 1
	status := excelize.NewDataValidation(true)
	status.Sqref = cellRef(colStatus, firstRow) + ":" + cellRef(colStatus, last)
	labels := make([]string, len(Choices))
	for i, c := range Choices {
		labels[i] = c.Label
	}
	w.do(status.SetDropList(labels))
	status.SetError(excelize.DataValidationErrorStyleStop, "Tình trạng", "Chọn một trong: "+strings.Join(labels, "; "))
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
	w.protect(s)
}

// protect freezes the header, sets the print layout and locks every cell
// but the answers. Protection guards the task columns against slips; the
// checksum, not a password, is what detects edits.
func (w *formWriter) protect(s string) {
	w.do(w.x.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: cellRef(0, firstRow), ActivePane: "bottomLeft"}))
	w.do(xlsx.PrintSetup(w.x, s))
	w.do(w.x.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$%d:$%d", s, headerRow, headerRow), Scope: s}))
	w.do(w.x.ProtectSheet(s, &excelize.SheetProtectionOptions{
		AlgorithmName: "SHA-512", FormatRows: true, FormatColumns: true,
		SelectLockedCells: true, SelectUnlockedCells: true,
	}))
}

// indicators writes the sheet of the indicators the agency reports on:
// the target and its unit, an open result cell (text, so Excel keeps "65%"
// as typed) and a note.
func (w *formWriter) indicators() {
	s := IndicatorSheet
	_, err := w.x.NewSheet(s)
	w.do(err)
	ids := make([]string, len(w.f.Indicators))
	for i, in := range w.f.Indicators {
		ids[i] = in.ID
	}
	w.head(s, indicatorColumns[:], icolID, ids, "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU")
	for i, in := range w.f.Indicators {
		row := firstRow + i
		w.set(s, icolNumber, row, w.nums[in.ID].String(), w.st.center)
		w.set(s, icolID, row, in.ID, w.st.center)
		w.set(s, icolText, row, in.Text, w.st.text)
		w.set(s, icolTarget, row, in.Target, w.st.center)
		w.set(s, icolUnit, row, progress.Unit(in), w.st.center)
		w.set(s, icolResult, row, nil, w.st.answerText)
		w.set(s, icolNote, row, nil, w.st.answer)
		lines := xlsx.TextLines(in.Text, indicatorColumns[icolText].width, 12, false)
		w.do(w.x.SetRowHeight(s, row, xlsx.RowHeight(max(lines, 2), 12)))
	}
	w.protect(s)
}

var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

func serial(t time.Time) int { return int(t.Sub(excelEpoch).Hours() / 24) }

func (w *formWriter) meta() {
	_, err := w.x.NewSheet(MetaSheet)
	w.do(err)
	locked, err := lockedValues(w.x, len(w.f.Tasks), len(w.f.Indicators))
	w.do(err)
	values := []any{Format, w.f.Plan.ID, w.f.Period.ID, w.f.Agency, CellChecksum(locked), len(w.f.Tasks), len(w.f.Indicators)}
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

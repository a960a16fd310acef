package gopy

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/forms"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/word"
	"github.com/kh-tools/kh/internal/workbook"
	"github.com/kh-tools/kh/internal/xlsx"
)

// Sheets of the comment form; the metadata sheet is very hidden.
const (
	FormSheet = "Góp ý"
	metaSheet = "kh"
)

// Layout of the form sheet: the title block, then the header row.
const (
	formHeader = 7
	formFirst  = formHeader + 1
)

// Columns of the form sheet, 0-based.
const (
	fcNumber = iota
	fcKey
	fcWhere
	fcText
	fcComment
	fcCount
)

var formColumns = [fcCount]struct {
	label string
	width float64
}{
	{"TT", 5}, {"Mã mục", 16}, {"Vị trí", 18}, {"Nội dung dự thảo", 60}, {"Ý kiến góp ý", 50},
}

var metaKeys = []string{"dinh_dang", "ke_hoach", "du_thao", "co_quan", "tong_kiem", "so_dong"}

// generalRow is the first row of a form: comments on the whole draft, or
// "Nhất trí".
const generalWhere = "Ý kiến chung"

// formRows are the units a form lists: one per main unit, after the row
// for comments on the whole draft.
func formRows(p *plan.Plan, units []word.Unit) (keys, where, texts []string) {
	keys, where, texts = []string{p.ID}, []string{generalWhere}, []string{"Toàn bộ dự thảo"}
	for _, u := range units {
		if u.Main {
			keys = append(keys, Key(u.Ref))
			where = append(where, u.Number)
			texts = append(texts, u.Text)
		}
	}
	return keys, where, texts
}

// writeForm writes the comment form of agency for the round.
func writeForm(w io.Writer, rd *Round, d *view.Doc, agency string, units []word.Unit) error {
	x := excelize.NewFile()
	defer x.Close()
	fw := &formWriter{x: x}
	fw.do(x.SetDefaultFont(xlsx.FontFamily))
	fw.do(x.SetSheetName(x.GetSheetName(0), FormSheet))
	fw.styles()
	keys, where, texts := formRows(rd.Plan, units)
	fw.sheet(rd, d, agency, keys, where, texts)
	fw.meta([]string{FormFormat, rd.Plan.ID, strconv.Itoa(rd.Draft), agency, forms.Checksum(keys, texts), strconv.Itoa(len(keys))})
	stamp := rd.Sent.Format(time.RFC3339)
	fw.do(x.SetDocProps(&excelize.DocProperties{
		Title: "Phiếu góp ý dự thảo " + d.Name(), Subject: rd.Plan.Title, Creator: "kh",
		Created: stamp, Modified: stamp, Language: "vi-VN",
	}))
	if fw.err != nil {
		return fw.err
	}
	return x.Write(w)
}

type formWriter struct {
	x                                   *excelize.File
	title, note, head, text, center, in int
	err                                 error
}

func (w *formWriter) do(err error) {
	if w.err == nil {
		w.err = err
	}
}

var border = []excelize.Border{
	{Type: "left", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1},
	{Type: "right", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
}

func (w *formWriter) styles() {
	font := func(size float64, bold, italic bool) *excelize.Font {
		return &excelize.Font{Family: xlsx.FontFamily, Size: size, Bold: bold, Italic: italic, Color: "000000"}
	}
	al := func(h string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "center", WrapText: true}
	}
	for _, s := range []struct {
		id *int
		st excelize.Style
	}{
		{&w.title, excelize.Style{Font: font(13, true, false), Alignment: al("center")}},
		{&w.note, excelize.Style{Font: font(12, false, true), Alignment: al("center")}},
		{&w.head, excelize.Style{Font: font(12, true, false), Alignment: al("center"), Border: border}},
		{&w.text, excelize.Style{Font: font(12, false, false), Alignment: al("left"), Border: border}},
		{&w.center, excelize.Style{Font: font(12, false, false), Alignment: al("center"), Border: border}},
		{&w.in, excelize.Style{Font: font(12, false, false), Alignment: al("left"), Border: border, Protection: &excelize.Protection{Locked: false}}},
	} {
		id, err := w.x.NewStyle(&s.st)
		w.do(err)
		*s.id = id
	}
}

func cell(col, row int) string {
	ref, _ := excelize.CoordinatesToCellName(col+1, row)
	return ref
}

func (w *formWriter) set(col, row int, v any, style int) {
	ref := cell(col, row)
	if v != nil {
		w.do(w.x.SetCellValue(FormSheet, ref, v))
	}
	w.do(w.x.SetCellStyle(FormSheet, ref, ref, style))
}

func (w *formWriter) sheet(rd *Round, d *view.Doc, agency string, keys, where, texts []string) {
	s := FormSheet
	total := 0.0
	for i, c := range formColumns {
		width := c.width
		if i == fcKey {
			// Keys are read back, so they must show whole, never wrapped.
			for _, k := range keys {
				width = max(width, min(xlsx.FitWidth(k, 12, false), 40))
			}
		}
		name, _ := excelize.ColumnNumberToName(i + 1)
		w.do(w.x.SetColWidth(s, name, name, width))
		total += width
	}
	due := rd.Deadline
	if !rd.Due.IsZero() {
		due += " (đến hết ngày " + plan.ShortDate(rd.Due) + ")"
	}
	titles := []struct {
		text  string
		style int
	}{
		{"PHIẾU GÓP Ý", w.title},
		{fmt.Sprintf("Dự thảo %s %s (dự thảo lần %d)", d.TypeName(), d.Text(rd.Plan.Title), rd.Draft), w.title},
		{"Cơ quan, đơn vị góp ý: " + d.Agency(agency).Name, w.note},
		{"Hạn gửi ý kiến: " + due, w.note},
		{"Ghi ý kiến vào cột “Ý kiến góp ý” ở dòng của mục; nhất trí với toàn bộ dự thảo thì ghi “Nhất trí” ở dòng “Ý kiến chung”. Không sửa các cột khác.", w.note},
	}
	for i, t := range titles {
		row := i + 1
		w.set(0, row, t.text, t.style)
		w.do(w.x.MergeCell(s, cell(0, row), cell(fcCount-1, row)))
		w.do(w.x.SetRowHeight(s, row, xlsx.RowHeight(xlsx.TextLines(t.text, total, 13, true), 13)))
	}
	for i, c := range formColumns {
		w.set(i, formHeader, c.label, w.head)
	}
	for i := range keys {
		row := formFirst + i
		if i > 0 {
			w.set(fcNumber, row, i, w.center)
		} else {
			w.set(fcNumber, row, nil, w.center)
		}
		w.set(fcKey, row, keys[i], w.center)
		w.set(fcWhere, row, where[i], w.text)
		w.set(fcText, row, texts[i], w.text)
		w.set(fcComment, row, nil, w.in)
		lines := max(xlsx.TextLines(texts[i], formColumns[fcText].width, 12, false), 2)
		w.do(w.x.SetRowHeight(s, row, xlsx.RowHeight(lines, 12)))
	}
	w.do(w.x.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: formHeader, TopLeftCell: cell(0, formFirst), ActivePane: "bottomLeft"}))
	w.do(xlsx.PrintSetup(w.x, s))
	w.do(w.x.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$%d:$%d", s, formHeader, formHeader), Scope: s}))
	// Protection guards the locked columns against slips; the checksum,
	// not a password, is what detects edits.
	w.do(w.x.ProtectSheet(s, &excelize.SheetProtectionOptions{AlgorithmName: "SHA-512", FormatRows: true, FormatColumns: true, SelectLockedCells: true, SelectUnlockedCells: true}))
}

func (w *formWriter) meta(values []string) {
	_, err := w.x.NewSheet(metaSheet)
	w.do(err)
	for i, k := range metaKeys {
		w.do(w.x.SetCellValue(metaSheet, cell(0, i+1), k))
		w.do(w.x.SetCellValue(metaSheet, cell(1, i+1), values[i]))
	}
	w.do(w.x.SetSheetVisible(metaSheet, false, true))
	w.x.SetActiveSheet(0)
}

// filledForm is a comment form as read back.
type filledForm struct {
	meta  map[string]string
	rows  []formRow
	valid bool // the ids and texts match the form's checksum
}

type formRow struct {
	row                       int
	key, where, text, comment string
}

func readForm(name string, data []byte) (*filledForm, error) {
	x, err := workbook.Open(data, workbook.Default)
	if le := (*workbook.LimitError)(nil); errors.As(err, &le) {
		return nil, msg.GopyFormTooLarge.Error(name, le.Text)
	}
	if err != nil {
		return nil, msg.GopyNotOurs.Error(name)
	}
	defer x.Close()
	meta := map[string]string{}
	if rows, err := x.GetRows(metaSheet); err == nil {
		for _, r := range rows {
			if len(r) >= 2 {
				meta[r[0]] = r[1]
			}
		}
	}
	if meta["dinh_dang"] != FormFormat {
		return nil, msg.GopyNotOurs.Error(name)
	}
	rows, err := x.GetRows(FormSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, msg.GopyNoSheet.Error(name, FormSheet)
	}
	ff := &filledForm{meta: meta}
	var keys, texts []string
	for i := formFirst - 1; i < len(rows); i++ {
		r := append(rows[i], make([]string, fcCount)...)
		if strings.TrimSpace(r[fcKey]+r[fcText]) == "" {
			break
		}
		fr := formRow{row: i + 1, key: strings.TrimSpace(r[fcKey]), where: r[fcWhere], text: r[fcText], comment: strings.TrimSpace(r[fcComment])}
		ff.rows = append(ff.rows, fr)
		keys, texts = append(keys, fr.key), append(texts, fr.text)
	}
	ff.valid = strconv.Itoa(len(keys)) == meta["so_dong"] && forms.Checksum(keys, texts) == meta["tong_kiem"]
	return ff, nil
}

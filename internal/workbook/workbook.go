// Package workbook opens spreadsheets kh did not write — filled report
// forms, returned comment forms, workbooks to import — within limits.
//
// excelize bounds what it unzips, but not what it builds from a sheet: a
// 20 KB file whose rows each hold one cell in column XFD makes it fill
// every row with 16,384 cells, gigabytes for a few thousand rows. Open
// therefore reads every sheet once as a stream before excelize sees it,
// counting the rows and cells excelize would create, and refuses a workbook
// over Limits with a *LimitError saying which limit.
package workbook

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kh-tools/kh/internal/msg"
)

// Limits bound a workbook read. The defaults are far above any form or
// appendix workbook and far below what hurts.
type Limits struct {
	// Unzipped bounds all parts once decompressed; parts stay in memory
	// (excelize would spill larger ones to the system's temporary folder).
	Unzipped int64
	// Parts bounds the entries of the zip archive.
	Parts int
	// Rows bounds the highest row number of any sheet.
	Rows int
	// Cells bounds the cells excelize would create over all sheets: each
	// row counts up to its last column.
	Cells int64
}

// Default suits every workbook kh reads: a form of 10,000 tasks is about
// 100,000 cells.
var Default = Limits{Unzipped: 64 << 20, Parts: 1000, Rows: 100_000, Cells: 1_000_000}

// ErrNotWorkbook is returned for data that is not a zip archive excelize
// can open as a workbook.
var ErrNotWorkbook = errors.New("not an xlsx workbook")

// LimitError is a workbook over one of the Limits: Msg is the limit's
// message, Text names it in both languages for the caller's message.
type LimitError struct {
	Msg  *msg.Message
	Text msg.Text
}

func (e *LimitError) Error() string { return e.Text.VI }

func over(m *msg.Message, args ...any) error { return &LimitError{Msg: m, Text: m.Text(args...)} }

// Open opens data as a workbook within lim. The caller closes the file.
func Open(data []byte, lim Limits) (*excelize.File, error) {
	if err := Scan(data, lim); err != nil {
		return nil, err
	}
	x, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: lim.Unzipped, UnzipXMLSizeLimit: lim.Unzipped})
	if err != nil {
		return nil, ErrNotWorkbook
	}
	return x, nil
}

// Scan checks data against lim without building the workbook.
func Scan(data []byte, lim Limits) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ErrNotWorkbook
	}
	if len(zr.File) > lim.Parts {
		return over(msg.WorkbookParts, len(zr.File), lim.Parts)
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > uint64(lim.Unzipped) {
			return over(msg.WorkbookUnzipped, lim.Unzipped>>20)
		}
	}
	var cells int64
	for _, f := range zr.File {
		if err := scanPart(f, lim, &cells); err != nil {
			return err
		}
	}
	return nil
}

// scanPart counts the rows and cells of every sheetData in part f, adding
// the cells to *cells. Any part may be a sheet (the workbook's relations
// name them), so every part is read; one that is not XML stops quietly,
// since excelize cannot build rows from it either.
func scanPart(f *zip.File, lim Limits, cells *int64) error {
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "utf8", "us-ascii", "ascii":
			return r, nil
		}
		return nil, errCharset
	}
	s := sheetScan{lim: lim, cells: cells}
	for {
		tok, err := d.Token()
		if errors.Is(err, errCharset) {
			return over(msg.WorkbookCharset, f.Name)
		}
		if err != nil {
			return s.err
		}
		if s.token(tok); s.err != nil {
			return s.err
		}
	}
}

// errCharset stops a part declared in another encoding than UTF-8: no
// spreadsheet program writes one, and excelize would decode it unscanned.
var errCharset = errors.New("charset")

// sheetScan follows the rows of a sheet as excelize numbers them: a row
// without r follows the previous one, a cell without r follows the
// previous cell.
type sheetScan struct {
	lim          Limits
	cells        *int64
	depth        int // inside sheetData when > 0
	row, lastRow int
	col, maxCol  int
	err          error
}

func (s *sheetScan) token(tok xml.Token) {
	switch t := tok.(type) {
	case xml.StartElement:
		switch {
		case t.Name.Local == "sheetData":
			s.depth++
		case s.depth > 0 && t.Name.Local == "row":
			s.startRow(attr(t, "r"))
		case s.depth > 0 && t.Name.Local == "c":
			s.cell(attr(t, "r"))
		}
	case xml.EndElement:
		switch {
		case t.Name.Local == "sheetData" && s.depth > 0:
			s.depth--
		case s.depth > 0 && t.Name.Local == "row":
			s.endRow()
		}
	}
}

func (s *sheetScan) startRow(r string) {
	n, err := strconv.Atoi(r)
	if err != nil || n <= 0 {
		n = s.lastRow + 1
	}
	s.row, s.col, s.maxCol = n, 0, 0
	s.seeRow(n)
}

func (s *sheetScan) cell(ref string) {
	s.col++
	if col, row, err := excelize.CellNameToCoordinates(ref); err == nil {
		s.col = col
		s.seeRow(row)
	}
	s.maxCol = max(s.maxCol, s.col)
}

func (s *sheetScan) endRow() {
	*s.cells += int64(s.maxCol)
	if *s.cells > s.lim.Cells {
		s.err = over(msg.WorkbookCells, s.lim.Cells)
	}
	s.maxCol = 0
}

func (s *sheetScan) seeRow(n int) {
	s.lastRow = max(s.lastRow, n)
	if n > s.lim.Rows {
		s.err = over(msg.WorkbookRows, n, s.lim.Rows)
	}
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// Package report describes a tabular document kh prints beside a plan — the
// summary of a comment round ("Bảng tổng hợp, tiếp thu, giải trình ý kiến
// góp ý") — once, for the PDF, Word and Excel renderers to print alike:
// centred title lines, paragraphs, a table with a repeated header row and
// group rows, closing paragraphs.
package report

// Report is one such document.
type Report struct {
	// Title lines are centred and bold; Subtitle is the italic line under
	// them.
	Title    []string
	Subtitle string
	// Intro and Closing are paragraphs before and after the table.
	Intro   []string
	Columns []Column
	Rows    []Row
	Closing []string
	// Landscape sets the table across the page, as wide tables are in
	// real dossiers.
	Landscape bool
	// Sheet names the workbook's sheet.
	Sheet string
	// Parts are further tables after the closing paragraphs, each under
	// its heading (a sheet of its own in the workbook).
	Parts []Part
}

// Part is a further table of a report.
type Part struct {
	Heading string
	Sheet   string
	Columns []Column
	Rows    []Row
	Closing []string
	// Chart, when set, follows the table: a bar chart in the workbook
	// and in the PDF.
	Chart *Chart
}

// Chart is a bar chart of a few series over categories, all in one unit.
type Chart struct {
	Title      string
	Unit       string
	Categories []string
	Series     []Series
}

// Series is one set of bars, a value per category.
type Series struct {
	Name   string
	Values []float64
}

// Column is a table column: its heading, its share of the table width and
// whether its cells are centred.
type Column struct {
	Label  string
	Share  float64
	Center bool
}

// Row is a table row. A group row has two cells: its number and a heading
// spanning the other columns.
type Row struct {
	Group bool
	Cells []string
}

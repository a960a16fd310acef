package report

// Letter is a công văn (NĐ 30/2020/NĐ-CP, Phụ lục III, mẫu 1.4 công văn):
// the issuer's header with the trích yếu "V/v …" under the number, Kính
// gửi, the body paragraphs, a table, the closing paragraphs, then the
// signing block and Nơi nhận of the document it is printed with.
type Letter struct {
	// Subject is the trích yếu under the number: "V/v đôn đốc …".
	Subject string
	// To are the addressees; one prints on the line of "Kính gửi:".
	To []string
	// Body and Closing are the paragraphs before and after the table.
	Body    []string
	Columns []Column
	Rows    []Row
	Closing []string
}

// Table is the letter's table as a report, for the renderers' grids.
func (l Letter) Table() Report { return Report{Columns: l.Columns, Rows: l.Rows} }

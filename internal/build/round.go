package build

import (
	"io"

	"github.com/kh-tools/kh/internal/gopy"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/pdf"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/word"
	"github.com/kh-tools/kh/internal/xlsx"
)

// RoundTable is the file name, before its extension, of a comment round's
// summary table.
const RoundTable = "bang-tong-hop"

// RoundTables summarises a comment round and renders its summary table
// (Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý) as the kinds opt
// asks for, in the order .xlsx, .pdf, .docx, named RoundTable + ext. The
// items are ordered as the current Word draft prints them.
func RoundTables(r *plan.Repo, rd *gopy.Round, opt Options) (*gopy.Summary, []File, error) {
	p := rd.Plan
	d, err := Draft(r, p, opt.Templates, word.Options{})
	if err != nil {
		return nil, nil, err
	}
	v := view.New(r, p)
	sum := gopy.Summarize(rd, d.Units)
	rep := sum.Report(v)
	tpl, err := layout.Load(opt.Templates, layout.NameFor(r, p))
	if err != nil {
		return nil, nil, err
	}
	var files []File
	add := func(ext string, fill func(io.Writer) error) error {
		data, err := render(fill)
		if err == nil {
			files = append(files, File{RoundTable + ext, data})
		}
		return err
	}
	if opt.XLSX {
		if err := add(".xlsx", func(w io.Writer) error { return xlsx.WriteReport(w, rep) }); err != nil {
			return nil, nil, err
		}
	}
	if opt.PDF {
		if err := add(".pdf", func(w io.Writer) error { return pdf.WriteReport(w, r, p, tpl, rep) }); err != nil {
			return nil, nil, err
		}
	}
	if opt.DOCX {
		doc, err := word.Report(v, tpl, rep)
		if err != nil {
			return nil, nil, err
		}
		if err := add(".docx", doc.Write); err != nil {
			return nil, nil, err
		}
	}
	return sum, files, nil
}

// Package build turns plans into their outputs — the PDF draft, the Word
// draft and the appendix workbook — in parallel, writing each file
// atomically.
package build

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/layout"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/parallel"
	"github.com/kh-tools/kh/internal/pdf"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/word"
	"github.com/kh-tools/kh/internal/xlsx"
)

// Options choose what to build and where.
type Options struct {
	OutDir string
	PDF    bool
	DOCX   bool
	XLSX   bool
	// Templates is the folder of layout templates; missing files fall back
	// to the built-in ones.
	Templates string
	// Workers bounds parallelism; 0 means one per core.
	Workers int
	// Marks, by plan id, are printed on the pages of a PDF and a Word
	// draft built although the plan has errors (kh build --force).
	Marks map[string]string
	// Creator names the program with its version in the PDF's document
	// properties ("kh v1.2.0").
	Creator string
	// Progress, if set, is called after each plan (from one goroutine at a
	// time) with the count done so far.
	Progress func(done, total int)
}

// Output lists the files written for one plan.
type Output struct {
	PlanID string
	Files  []string
	// NoTables is set when a workbook was asked for but the plan has no
	// table appendix to put in it.
	NoTables bool
	Err      error
}

// Plans builds each plan. Outputs are rendered into memory first, so a
// failing plan leaves no partial file; other plans still build.
func Plans(r *plan.Repo, plans []*plan.Plan, opt Options) []Output {
	if err := os.MkdirAll(opt.OutDir, 0o755); err != nil {
		out := make([]Output, len(plans))
		for i, p := range plans {
			out[i] = Output{PlanID: p.ID, Err: fmt.Errorf("không tạo được thư mục %s: %w", opt.OutDir, err)}
		}
		return out
	}
	out := make([]Output, len(plans))
	var progress func(int)
	if opt.Progress != nil {
		progress = func(done int) { opt.Progress(done, len(plans)) }
	}
	parallel.Each(len(plans), opt.Workers, func(i int) { out[i] = One(r, plans[i], opt) }, progress)
	return out
}

// CheckNames refuses, before anything is written, a plan whose id cannot be
// a file name (outpath.Check): ids are data.
func CheckNames(plans []*plan.Plan) error {
	for _, p := range plans {
		if err := outpath.Check(p.ID + ".xlsx"); err != nil {
			return err
		}
	}
	return nil
}

// One builds one plan's outputs.
func One(r *plan.Repo, p *plan.Plan, opt Options) Output {
	o := Output{PlanID: p.ID}
	files, noTables, err := Render(r, p, opt)
	o.NoTables = noTables
	if err != nil {
		o.Err = err
		return o
	}
	for _, f := range files {
		path, err := outpath.Join(opt.OutDir, f.Name)
		if err != nil {
			o.Err = err
			return o
		}
		if err := atomicfile.WriteBytes(path, f.Data, 0o644); err != nil {
			o.Err = err
			return o
		}
		o.Files = append(o.Files, path)
	}
	return o
}

// File is one rendered output: its file name and its bytes.
type File struct {
	Name string
	Data []byte
}

// Render renders the outputs opt asks for in memory, named as One writes
// them (the static site puts them into its own folder). noTables is set
// when a workbook was asked for but the plan has no table appendix.
func Render(r *plan.Repo, p *plan.Plan, opt Options) (files []File, noTables bool, err error) {
	if opt.PDF {
		data, err := markedPDF(r, p, opt.Templates, pdf.Options{Mark: opt.Marks[p.ID], Creator: opt.Creator})
		if err != nil {
			return nil, false, err
		}
		files = append(files, File{p.ID + ".pdf", data})
	}
	if opt.DOCX {
		data, err := markedDOCX(r, p, opt.Templates, word.Options{Mark: opt.Marks[p.ID]})
		if err != nil {
			return nil, false, err
		}
		files = append(files, File{p.ID + ".docx", data})
	}
	noTables = opt.XLSX && !xlsx.HasTables(p)
	if opt.XLSX && !noTables {
		data, err := render(func(w io.Writer) error { return xlsx.Write(w, r, p) })
		if err != nil {
			return nil, noTables, fmt.Errorf("%s: bảng Excel: %w", p.ID, err)
		}
		files = append(files, File{p.ID + ".xlsx", data})
	}
	return files, noTables, nil
}

// PDF renders the plan's PDF with the template its issuer calls for.
func PDF(r *plan.Repo, p *plan.Plan, templates string) ([]byte, error) {
	return markedPDF(r, p, templates, pdf.Options{})
}

func markedPDF(r *plan.Repo, p *plan.Plan, templates string, popt pdf.Options) ([]byte, error) {
	t, err := layout.Load(templates, layout.NameFor(r, p))
	if err != nil {
		return nil, err
	}
	data, err := render(func(w io.Writer) error { return pdf.WriteWith(w, r, p, t, popt) })
	if err != nil {
		return nil, fmt.Errorf("%s: PDF: %w", p.ID, err)
	}
	return data, nil
}

// DOCX renders the plan's Word draft with the template its issuer calls
// for.
func DOCX(r *plan.Repo, p *plan.Plan, templates string) ([]byte, error) {
	return markedDOCX(r, p, templates, word.Options{})
}

func markedDOCX(r *plan.Repo, p *plan.Plan, templates string, wopt word.Options) ([]byte, error) {
	d, err := Draft(r, p, templates, wopt)
	if err != nil {
		return nil, err
	}
	data, err := render(d.Document.Write)
	if err != nil {
		return nil, msg.WordBuild.Error(p.ID, err)
	}
	return data, nil
}

// Draft renders the plan's Word draft in memory, for callers that add to
// it (the comment round's copy for one agency).
func Draft(r *plan.Repo, p *plan.Plan, templates string, wopt word.Options) (*word.Draft, error) {
	t, err := layout.Load(templates, layout.NameFor(r, p))
	if err != nil {
		return nil, err
	}
	d, err := word.Build(view.New(r, p), t, wopt)
	if err != nil {
		return nil, msg.WordBuild.Error(p.ID, err)
	}
	return d, nil
}

func render(fill func(io.Writer) error) ([]byte, error) {
	var b bytes.Buffer
	if err := fill(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Package site writes the static website of a plans repository (kh site):
// an index of the plans by province and year; for each plan its document
// as the PDF prints it (read from the resolved view) with the PDF, Word
// draft and workbook to download, its tasks by lead agency with their
// status on the as-of day and filters, its indicators with charts, its
// comment rounds; a page per agency.
//
// The site is self-contained: relative links only, one stylesheet and one
// small script of its own, no fonts, images or scripts from elsewhere, so
// it works opened from a USB stick as well as from any static web server.
// Pages are usable without JavaScript; the script only adds the filters.
// Every text reaches the page through html/template, so plan text is
// always data. Output is deterministic, and Write replaces the folder in
// one step.
package site

import (
	"bytes"
	"fmt"
	"html/template"
	"slices"
	"time"

	"github.com/kh-tools/kh/internal/build"
	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/gopy"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/parallel"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

// Options say what to build the site with.
type Options struct {
	// AsOf is the day the progress figures are reckoned on.
	AsOf time.Time
	// Lang is the language of the pages' own words; plan text stays as
	// written.
	Lang msg.Lang
	// Check carries the calendar and settings kh check reckons deadlines
	// with.
	Check check.Options
	// Templates is the folder of layout templates for the downloads.
	Templates string
	// Marks, by plan id, mark a plan built although it has errors.
	Marks map[string]string
	// Plans are the plans to publish, nil for all of the repository's.
	Plans []*plan.Plan
	// Workers bounds parallelism; 0 means one per core.
	Workers int
	// Progress, if set, is called after each plan's downloads are built.
	Progress func(done, total int)
}

// File is one file of the site: its slash-separated path inside the site
// folder and its bytes.
type File struct {
	Path string
	Data []byte
}

// Site is a rendered site.
type Site struct {
	Files []File
	// Pages and Downloads count the HTML pages and the files to download.
	Pages, Downloads int
}

// Render builds every page and download of the site of r in memory.
func Render(r *plan.Repo, opt Options) (*Site, error) {
	b := &builder{repo: r, opt: opt, lang: opt.Lang}
	tmpl, err := templatesFor(b)
	if err != nil {
		return nil, err
	}
	b.tmpl = tmpl
	if err := b.collect(); err != nil {
		return nil, err
	}
	if err := b.downloads(); err != nil {
		return nil, err
	}
	if err := b.pages(); err != nil {
		return nil, err
	}
	slices.SortFunc(b.files, func(x, y File) int {
		switch {
		case x.Path < y.Path:
			return -1
		case x.Path > y.Path:
			return 1
		}
		return 0
	})
	return &Site{Files: b.files, Pages: b.npages, Downloads: b.ndownloads}, nil
}

// builder holds the site while it is being made.
type builder struct {
	repo  *plan.Repo
	opt   Options
	lang  msg.Lang
	tmpl  map[string]*template.Template
	plans []*sitePlan
	// agencies are the lead agencies, by id, with their pages' content.
	agencies map[string]*agencyPage
	files    []File
	npages   int
	// ndownloads counts the files offered for download.
	ndownloads int
}

// collect works out what every page shows.
func (b *builder) collect() error {
	plans := b.opt.Plans
	if plans == nil {
		plans = b.repo.Plans
	}
	for _, p := range plans {
		if err := outpath.Check(p.ID); err != nil {
			return err
		}
		fu := followup.Build(b.repo, p, &progress.Set{Records: p.Records}, b.opt.AsOf, b.opt.Check)
		sp := b.newPlan(p, fu)
		b.results(sp, fu)
		sp.Follow = map[string]followup.Lead{}
		for _, l := range fu.Leads() {
			sp.Follow[l.ID] = l
		}
		sp.Mark = b.opt.Marks[p.ID]
		b.plans = append(b.plans, sp)
	}
	sortPlans(b.plans)
	b.agencies = b.collectAgencies()
	return nil
}

// downloads builds each plan's PDF, Word draft and workbook, and the
// summary tables of its comment rounds, into the plan's folder.
func (b *builder) downloads() error {
	type result struct {
		files []File
		err   error
	}
	out := make([]result, len(b.plans))
	var tick func(int)
	if b.opt.Progress != nil {
		tick = func(done int) { b.opt.Progress(done, len(b.plans)) }
	}
	parallel.Each(len(b.plans), b.opt.Workers, func(i int) {
		out[i].files, out[i].err = b.planDownloads(b.plans[i])
	}, tick)
	for _, o := range out {
		if o.err != nil {
			return o.err
		}
		b.files = append(b.files, o.files...)
		b.ndownloads += len(o.files)
	}
	return nil
}

func (b *builder) planDownloads(sp *sitePlan) ([]File, error) {
	opt := build.Options{PDF: true, DOCX: true, XLSX: true, Templates: b.opt.Templates, Marks: b.opt.Marks}
	docs, _, err := build.Render(b.repo, sp.Plan, opt)
	if err != nil {
		return nil, err
	}
	var out []File
	for _, f := range docs {
		sp.Downloads = append(sp.Downloads, download{Name: f.Name, Kind: kindOf(f.Name), Size: len(f.Data)})
		out = append(out, File{Path: sp.dir() + "/" + f.Name, Data: f.Data})
	}
	for _, pr := range sp.Plan.Rounds {
		rd := gopy.Resolve(b.repo, sp.Plan, pr, b.opt.Check.Calendar)
		sum, tables, err := build.RoundTables(b.repo, rd, opt)
		if err != nil {
			return nil, err
		}
		round := &round{Round: rd, Summary: sum}
		folder := "gop-y/" + gopy.Folder(rd.Draft)
		for _, f := range tables {
			round.Tables = append(round.Tables, download{Name: folder + "/" + f.Name, Kind: kindOf(f.Name), Size: len(f.Data)})
			out = append(out, File{Path: sp.dir() + "/" + folder + "/" + f.Name, Data: f.Data})
		}
		sp.Rounds = append(sp.Rounds, round)
	}
	return out, nil
}

// kindOf names a download by its extension: "pdf", "docx", "xlsx".
func kindOf(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			return name[i+1:]
		}
	}
	return ""
}

// page renders one page with the template of its kind.
func (b *builder) page(path, kind string, data *pageData) error {
	t, ok := b.tmpl[kind]
	if !ok {
		return msg.SiteTemplate.Error(path, kind)
	}
	data.lang = b.lang
	data.Root = rootOf(path)
	data.Lang = b.lang.String()
	data.AsOf = plan.ShortDate(b.opt.AsOf)
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "page", data); err != nil {
		return msg.SiteTemplate.Error(path, err)
	}
	b.files = append(b.files, File{Path: path, Data: buf.Bytes()})
	b.npages++
	return nil
}

// rootOf is the relative way from a page back to the site's root.
func rootOf(path string) string {
	var b []byte
	for i := 0; i < len(path); i++ {
		if path[i] == '/' {
			b = append(b, "../"...)
		}
	}
	return string(b)
}

// pages renders every page and the site's own assets.
func (b *builder) pages() error {
	for _, a := range assets {
		b.files = append(b.files, File{Path: a.path, Data: a.data})
	}
	steps := []func() error{b.indexPage, b.agencyPages}
	for _, sp := range b.plans {
		steps = append(steps, func() error { return b.planPages(sp) })
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

func itoa(n int) string { return fmt.Sprint(n) }

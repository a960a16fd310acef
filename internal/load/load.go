// Package load reads a plans repository from disk into the plan model,
// keeping the position of every value and reporting schema problems as
// diagnostics. It never writes.
package load

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/parallel"
	"github.com/kh-tools/kh/internal/plan"
)

// File names that give a file its role in a repository.
const (
	PlanFile     = "ke-hoach.yaml"
	RegistryFile = "co-quan.yaml"
	CalendarFile = "lich-lam-viec.yaml"
	RootFile     = "kho.yaml"
)

// Result is a loaded repository with the diagnostics of loading it.
type Result struct {
	Repo *plan.Repo
	Root string
	// Calendar is the working-day calendar with the repository's day
	// swaps (lich-lam-viec.yaml), or the statutory one when absent.
	Calendar *calendar.Calendar
	Diags    []diag.Diagnostic
}

// Options tune loading.
type Options struct {
	// Base is the directory file names are shown relative to (usually the
	// working directory).
	Base string
	// Workers bounds parallel parsing; 0 means one per core.
	Workers int
	// Progress, if set, is called as files are parsed (from one goroutine
	// at a time); the CLI draws it only on a terminal.
	Progress func(done, total int)
}

// FindRoot returns the repository root for path: the nearest ancestor
// directory (or path itself) holding kho.yaml, else the directory of path.
func FindRoot(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	info, err := os.Stat(abs)
	if err != nil {
		return "", err
	}
	start := abs
	if !info.IsDir() {
		start = filepath.Dir(abs)
	}
	for dir := start; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, RootFile)); err == nil {
			return dir, nil
		}
		if filepath.Dir(dir) == dir {
			return start, nil
		}
	}
}

// Repo loads every registry and plan under root. Plans and appendices are
// parsed in parallel; the result is ordered by path so output is stable.
func Repo(root string, opt Options) (*Result, error) {
	files, err := discover(root)
	if err != nil {
		return nil, err
	}
	parsed := parseAll(files, opt)
	res := &Result{Repo: &plan.Repo{}, Root: root}
	if err := loadConfig(res, opt.Base); err != nil {
		return nil, err
	}
	loadCalendar(res, opt.Base)
	for _, pf := range parsed {
		if pf.err != nil {
			return nil, pf.err
		}
		res.Diags = append(res.Diags, pf.diags...)
		res.Repo.Sources = append(res.Repo.Sources, pf.src)
		switch v := pf.value.(type) {
		case *plan.Registry:
			res.Repo.Registries = append(res.Repo.Registries, v)
		case *plan.Plan:
			res.Repo.Plans = append(res.Repo.Plans, v)
			for _, a := range v.Appendices {
				res.Repo.Sources = append(res.Repo.Sources, a.Src)
			}
		}
	}
	res.Repo.Index()
	return res, nil
}

func loadConfig(res *Result, base string) error {
	abs := filepath.Join(res.Root, RootFile)
	if _, err := os.Stat(abs); err != nil {
		return nil
	}
	src, diags, err := File(abs, base, &res.Repo.Config)
	if err != nil {
		return err
	}
	res.Repo.Sources = append(res.Repo.Sources, src)
	res.Diags = append(res.Diags, diags...)
	return nil
}

// calErr matches calendar.Parse's "file:line:col: message" errors.
var calErr = regexp.MustCompile(`^.*?:(\d+):(?:(\d+):)? (.*)$`)

func loadCalendar(res *Result, base string) {
	res.Calendar = calendar.New()
	abs := filepath.Join(res.Root, CalendarFile)
	data, err := os.ReadFile(abs)
	if err != nil {
		return
	}
	name := DisplayName(abs, base)
	cal, err := calendar.Parse(data, name)
	if err == nil {
		res.Calendar = cal
		return
	}
	pos := diag.Pos{File: name, Line: 1, Column: 1}
	msg := err.Error()
	if m := calErr.FindStringSubmatch(msg); m != nil {
		pos.Line, _ = strconv.Atoi(m[1])
		if m[2] != "" {
			pos.Column, _ = strconv.Atoi(m[2])
		}
		msg = m[3]
	}
	res.Diags = append(res.Diags, diag.New("KH001", pos, "", msg))
}

type job struct {
	abs, kind string
}

type parsedFile struct {
	src   *plan.Source
	value any
	diags []diag.Diagnostic
	err   error
}

func discover(root string) ([]job, error) {
	var jobs []job
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		switch d.Name() {
		case PlanFile:
			jobs = append(jobs, job{abs: p, kind: "plan"})
		case RegistryFile:
			jobs = append(jobs, job{abs: p, kind: "registry"})
		}
		return nil
	})
	sort.Slice(jobs, func(i, j int) bool { return jobs[i].abs < jobs[j].abs })
	return jobs, err
}

func parseAll(jobs []job, opt Options) []parsedFile {
	out := make([]parsedFile, len(jobs))
	var progress func(int)
	if opt.Progress != nil {
		progress = func(done int) { opt.Progress(done, len(jobs)) }
	}
	parallel.Each(len(jobs), opt.Workers, func(i int) { out[i] = parseJob(jobs[i], opt.Base) }, progress)
	return out
}

func parseJob(j job, base string) parsedFile {
	if j.kind == "registry" {
		reg := &plan.Registry{}
		src, diags, err := File(j.abs, base, reg)
		return parsedFile{src: src, value: reg, diags: diags, err: err}
	}
	p := &plan.Plan{}
	src, diags, err := File(j.abs, base, p)
	if err != nil {
		return parsedFile{err: err}
	}
	p.Dir = filepath.ToSlash(filepath.Dir(src.Name))
	diags = append(diags, loadAppendices(p, filepath.Dir(j.abs), base)...)
	return parsedFile{src: src, value: p, diags: diags}
}

func loadAppendices(p *plan.Plan, dir, base string) []diag.Diagnostic {
	var diags []diag.Diagnostic
	for i, name := range p.AppendixFiles {
		abs := filepath.Join(dir, filepath.FromSlash(name))
		loc := p.Index("phu_luc", i)
		if _, err := os.Stat(abs); err != nil {
			diags = append(diags, diag.New("KH016", loc.Pos, loc.Path, name))
			continue
		}
		a := &plan.Appendix{Plan: p}
		_, ds, err := File(abs, base, a)
		if err != nil {
			diags = append(diags, diag.New("KH016", loc.Pos, loc.Path, name))
			continue
		}
		diags = append(diags, ds...)
		p.Appendices = append(p.Appendices, a)
	}
	return diags
}

// File reads one YAML file into v (a pointer to a model struct).
func File(abs, base string, v any) (*plan.Source, []diag.Diagnostic, error) {
	data, err := os.ReadFile(abs)
	if err != nil {
		return nil, nil, fmt.Errorf("đọc %s: %w", abs, err)
	}
	return Bytes(data, DisplayName(abs, base), abs, v)
}

// Bytes decodes data (the content of a file shown as name) into v.
func Bytes(data []byte, name, abs string, v any) (*plan.Source, []diag.Diagnostic, error) {
	src := &plan.Source{Name: name, Abs: abs, Data: data, Pos: map[string]diag.Pos{}, KeyPos: map[string]diag.Pos{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		(&decoder{src: src}).setLoc(&yaml.Node{Line: 1, Column: 1}, "", reflectValue(v))
		return src, []diag.Diagnostic{syntaxDiag(name, err)}, nil
	}
	d := &decoder{src: src}
	rv := reflectValue(v)
	// The root gets a location even when the file is empty or broken, so
	// findings about it still point somewhere.
	d.setLoc(&yaml.Node{Line: 1, Column: 1}, "", rv)
	if len(doc.Content) == 0 {
		d.diags = append(d.diags, diag.New("KH001", diag.Pos{File: name, Line: 1, Column: 1}, "", diag.Text{VI: "tệp rỗng", EN: "the file is empty"}))
		return src, d.diags, nil
	}
	d.decode(doc.Content[0], "", rv)
	return src, d.diags, nil
}

var lineRe = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// syntaxDiag turns yaml.v3's "yaml: line N: …" error into a diagnostic; this
// is the one place that parses its wording.
func syntaxDiag(name string, err error) diag.Diagnostic {
	msg := err.Error()
	line := 1
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if m := lineRe.FindStringSubmatch(strings.SplitN(msg, "\n", 2)[0]); m != nil {
		if m[1] != "" {
			line, _ = strconv.Atoi(m[1])
		}
		msg = m[2]
	}
	return diag.New("KH001", diag.Pos{File: name, Line: line, Column: 1}, "", msg)
}

// DisplayName is abs relative to base with forward slashes, as every output
// shows file names.
func DisplayName(abs, base string) string {
	if base != "" {
		if rel, err := filepath.Rel(base, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(abs)
}

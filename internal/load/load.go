// Package load reads a plans repository into the plan model, keeping the
// position of every value and reporting schema problems as diagnostics. It
// never writes. Every way of reading a repository goes through it: a
// folder on disk (Repo, DirFS), a git revision or a test fixture (FS), all
// as an fs.FS, found by one discovery (Discover) and decoded by one
// decoder (Bytes).
package load

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/kh-tools/kh/internal/calendar"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/parallel"
	"github.com/kh-tools/kh/internal/plan"
)

// Result is a loaded repository with the diagnostics of loading it.
type Result struct {
	Repo *plan.Repo
	// Root is the repository folder on disk, "" for another file system.
	Root string
	// Calendar is the working-day calendar with the repository's day
	// swaps (lich-lam-viec.yaml), or the statutory one when absent.
	Calendar *calendar.Calendar
	Diags    []diag.Diagnostic
	// From is the opened repository the result was loaded from.
	From *Repository
}

// Options tune loading.
type Options struct {
	// Base is the directory file names are shown relative to (usually the
	// working directory), for Repo and Targets.
	Base string
	// Prefix is shown before every file name of the file system: "plans"
	// shows nghe-an/co-quan.yaml as plans/nghe-an/co-quan.yaml. Repo sets
	// it from Base.
	Prefix string
	// Dir is the folder on disk the file system reads, if it is one;
	// sources then carry absolute paths.
	Dir string
	// Workers bounds parallel parsing; 0 means one per core.
	Workers int
	// Progress, if set, is called as plans are parsed (from one goroutine
	// at a time); the CLI draws it only on a terminal.
	Progress func(done, total int)
}

// Repository is an opened plans repository: its files found and its
// repository-level files (kho.yaml, the calendar, the registries) loaded.
// Plans are loaded on demand, one by one (LoadPlan) or all (Load), so a
// caller can hold one plan's model at a time.
type Repository struct {
	FS     fs.FS
	Layout *Layout
	Config plan.Config
	// Calendar is the repository's working-day calendar.
	Calendar   *calendar.Calendar
	Registries []*plan.Registry
	// Sources are the repository-level files read: kho.yaml and the
	// registries, in that order.
	Sources []*plan.Source
	// Diags are the findings of discovery and of the repository-level
	// files.
	Diags []diag.Diagnostic
	// Hashes are the content hashes of the repository-level files read
	// (kho.yaml, the calendar, the registries) by name, "" for one that
	// could not be read.
	Hashes map[string]string
	opt    Options
	// unread are the folders of registries that could not be read.
	unread []string
}

// Repo loads every registry and plan of the repository folder root.
func Repo(root string, opt Options) (*Result, error) {
	fsys, err := DirFS(root)
	if err != nil {
		return nil, err
	}
	opt.Dir = root
	opt.Prefix = DisplayName(root, opt.Base)
	r, err := Open(fsys, opt)
	if err != nil {
		return nil, err
	}
	res := r.Load()
	res.Root = root
	return res, nil
}

// FS loads every registry and plan of the repository at the root of fsys.
func FS(fsys fs.FS, opt Options) (*Result, error) {
	r, err := Open(fsys, opt)
	if err != nil {
		return nil, err
	}
	return r.Load(), nil
}

// Open discovers the files of the repository at the root of fsys and loads
// its repository-level files.
func Open(fsys fs.FS, opt Options) (*Repository, error) {
	l, err := Discover(fsys)
	if err != nil {
		return nil, err
	}
	r := &Repository{FS: fsys, Layout: l, Calendar: calendar.New(), Hashes: map[string]string{}, opt: opt}
	for _, ref := range l.Refused {
		r.Diags = append(r.Diags, readDiag(ref.Err, diag.Pos{File: r.Display(ref.Name)}, "", r.Display(ref.Name)))
	}
	if l.Config != "" {
		r.Hashes[l.Config] = ""
		if src := r.decodeFile(l.Config, &r.Config, &r.Diags); src != nil {
			r.Sources = append(r.Sources, src)
			r.Hashes[l.Config] = src.Hash
		}
	}
	r.loadCalendar()
	regs := make([]*plan.Registry, len(l.Registries))
	srcs := make([]*plan.Source, len(l.Registries))
	diags := make([][]diag.Diagnostic, len(l.Registries))
	parallel.Each(len(regs), opt.Workers, func(i int) {
		regs[i] = &plan.Registry{}
		srcs[i] = r.decodeFile(l.Registries[i], regs[i], &diags[i])
	}, nil)
	for _, ref := range l.Refused {
		if RoleOf(ref.Name) == RoleRegistry {
			r.unread = append(r.unread, path.Dir(r.Display(ref.Name)))
		}
	}
	for i := range regs {
		r.Diags = append(r.Diags, diags[i]...)
		r.Hashes[l.Registries[i]] = ""
		if srcs[i] == nil || hasSyntaxError(diags[i]) {
			r.unread = append(r.unread, path.Dir(r.Display(l.Registries[i])))
		}
		if srcs[i] != nil {
			r.Hashes[l.Registries[i]] = srcs[i].Hash
			r.Registries = append(r.Registries, regs[i])
			r.Sources = append(r.Sources, srcs[i])
		}
	}
	return r, nil
}

// Display is the name shown to users for a file of the repository.
func (r *Repository) Display(name string) string {
	if r.opt.Prefix == "" || r.opt.Prefix == "." {
		return name
	}
	return path.Join(r.opt.Prefix, name)
}

// abs is the path a source records as read from.
func (r *Repository) abs(name string) string {
	if r.opt.Dir == "" {
		return r.Display(name)
	}
	return filepath.Join(r.opt.Dir, filepath.FromSlash(name))
}

func (r *Repository) loadCalendar() {
	name := r.Layout.Calendar
	if name == "" {
		return
	}
	display := r.Display(name)
	data, err := ReadFile(r.FS, name)
	if err != nil {
		r.Hashes[name] = ""
		r.Diags = append(r.Diags, readDiag(err, diag.Pos{File: display}, "", display))
		return
	}
	sum := sha256.Sum256(data)
	r.Hashes[name] = hex.EncodeToString(sum[:])
	cal, err := calendar.Parse(data, display)
	if err == nil {
		r.Calendar = cal
		return
	}
	pos := diag.Pos{File: display, Line: 1, Column: 1}
	var ce *calendar.Error
	if !errors.As(err, &ce) {
		r.Diags = append(r.Diags, diag.New("KH001", pos, "", err.Error()))
		return
	}
	pos.Line, pos.Column = ce.Line, max(ce.Column, 1)
	r.Diags = append(r.Diags, diag.New("KH001", pos, "", ce.Text))
}

// Loaded is one plan read with its appendices and progress records.
type Loaded struct {
	// File is the plan file's name in the repository.
	File string
	// Plan is nil when the plan file cannot be read or does not parse:
	// its findings say why, and no rule reads an empty plan.
	Plan *plan.Plan
	// Sources are the plan file and its appendices as read.
	Sources []*plan.Source
	Diags   []diag.Diagnostic
	// Read are the other files the plan was made from, appendices and
	// progress records, named in the file system, with the hash of what
	// was read or, for a file that could not be read, ReadState.
	Read []FileHash
}

// FileHash is a file of the repository and the hash of its content.
type FileHash struct {
	Name, Hash string
}

// hashOf is the content hash of a file read, or the state of one that
// could not be (see ReadState).
func (r *Repository) hashOf(src *plan.Source, name string) string {
	if src != nil {
		return src.Hash
	}
	_, err := ReadFile(r.FS, name)
	return ReadState(err)
}

// ReadState names why a file could not be read ("!missing", "!folder", …)
// so a cache can tell one unreadable state from another; "" for no error.
func ReadState(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, fs.ErrNotExist):
		return "!missing"
	case errors.Is(err, ErrFolder):
		return "!folder"
	case errors.Is(err, ErrBrokenLink):
		return "!broken-link"
	case errors.Is(err, ErrNotRegular):
		return "!not-regular"
	case errors.Is(err, ErrTooLarge):
		return "!too-large"
	case errors.Is(err, ErrOutside), errors.Is(err, fs.ErrInvalid):
		return "!outside"
	}
	return "!unreadable"
}

// LoadPlan reads the plan file name (one of Layout.Plans).
func (r *Repository) LoadPlan(name string) *Loaded {
	out := &Loaded{File: name}
	p := &plan.Plan{}
	src, ok := r.decode(name, p, &out.Diags, diag.Pos{File: r.Display(name)}, "")
	if src == nil {
		return out
	}
	out.Sources = append(out.Sources, src)
	if !ok {
		return out
	}
	p.Dir = path.Dir(src.Name)
	out.Plan = p
	dir := PlanDir(name)
	for i, file := range p.AppendixFiles {
		// An appendix that cannot be read keeps its place, empty, so the
		// others keep their numbers and mentions of it are not flagged.
		a := &plan.Appendix{Plan: p}
		p.Appendices = append(p.Appendices, a)
		loc := p.Index("phu_luc", i)
		full := path.Join(dir, file)
		if path.IsAbs(file) || strings.Contains(file, "\\") || !fs.ValidPath(full) {
			out.Diags = append(out.Diags, diag.New("KH034", loc.Pos, loc.Path, file))
			continue
		}
		asrc, _ := r.decode(full, a, &out.Diags, loc.Pos, loc.Path)
		out.Read = append(out.Read, FileHash{full, r.hashOf(asrc, full)})
		if asrc != nil {
			out.Sources = append(out.Sources, asrc)
		}
	}
	for _, rec := range r.Layout.Records[dir] {
		if IsAnswer(rec) {
			a := &plan.Answer{}
			if src, _ := r.decode(rec, a, &out.Diags, diag.Pos{File: r.Display(rec)}, ""); src != nil {
				p.Answers = append(p.Answers, a)
			}
			continue
		}
		rc := &plan.Record{}
		src, _ := r.decode(rec, rc, &out.Diags, diag.Pos{File: r.Display(rec)}, "")
		out.Read = append(out.Read, FileHash{rec, r.hashOf(src, rec)})
		if src != nil {
			p.Records = append(p.Records, rc)
		}
	}
	return out
}

// Load reads every plan, on every core, into one model.
func (r *Repository) Load() *Result {
	loaded := r.LoadAll(nil)
	res := &Result{Repo: r.Index(), Calendar: r.Calendar, From: r}
	res.Repo.Sources = slices.Clone(r.Sources)
	res.Diags = append(res.Diags, r.Diags...)
	for _, l := range loaded {
		res.Diags = append(res.Diags, l.Diags...)
		res.Repo.Sources = append(res.Repo.Sources, l.Sources...)
		if l.Plan != nil {
			res.Repo.Plans = append(res.Repo.Plans, l.Plan)
		}
	}
	res.Repo.Index()
	return res
}

// LoadAll reads the plans named (every plan when names is nil) on every
// core, in order.
func (r *Repository) LoadAll(names []string) []*Loaded {
	if names == nil {
		names = r.Layout.Plans
	}
	out := make([]*Loaded, len(names))
	var progress func(int)
	if r.opt.Progress != nil {
		progress = func(done int) { r.opt.Progress(done, len(names)) }
	}
	parallel.Each(len(names), r.opt.Workers, func(i int) { out[i] = r.LoadPlan(names[i]) }, progress)
	return out
}

// Index returns a model of the repository-level data and the given plans,
// indexed for lookups: its Sources are the repository-level files and its
// PlanDirs the folders of every plan, loaded or not.
func (r *Repository) Index(plans ...*plan.Plan) *plan.Repo {
	repo := &plan.Repo{Config: r.Config, Registries: r.Registries, Plans: plans, Sources: r.Sources, Unread: r.unread}
	for _, f := range r.Layout.Plans {
		repo.PlanDirs = append(repo.PlanDirs, path.Dir(r.Display(f)))
	}
	repo.Index()
	return repo
}

// decodeFile reads a repository-level file whose position is the file
// itself.
func (r *Repository) decodeFile(name string, v any, diags *[]diag.Diagnostic) *plan.Source {
	src, _ := r.decode(name, v, diags, diag.Pos{File: r.Display(name)}, "")
	return src
}

// decode reads and decodes the file name into v. A file that cannot be
// read is reported at at (the file itself, or the entry that names it) and
// gives no source; ok is false when the file does not parse.
func (r *Repository) decode(name string, v any, diags *[]diag.Diagnostic, at diag.Pos, atPath string) (src *plan.Source, ok bool) {
	display := r.Display(name)
	if !fs.ValidPath(name) {
		*diags = append(*diags, diag.New("KH034", at, atPath, display))
		return nil, false
	}
	data, err := ReadFile(r.FS, name)
	if err != nil {
		*diags = append(*diags, readDiag(err, at, atPath, display))
		return nil, false
	}
	src, ds := decodeBytes(data, display, r.abs(name), v)
	*diags = append(*diags, ds...)
	return src, !hasSyntaxError(ds)
}

func hasSyntaxError(ds []diag.Diagnostic) bool {
	for _, d := range ds {
		if d.Rule == "KH001" {
			return true
		}
	}
	return false
}

// readDiag is the finding for a file that cannot be read, at the place
// that names it.
func readDiag(err error, at diag.Pos, atPath, display string) diag.Diagnostic {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return diag.New("KH016", at, atPath, display)
	case errors.Is(err, ErrFolder):
		return diag.New("KH017", at, atPath, display, msg.LoadIsFolder.Text())
	case errors.Is(err, ErrBrokenLink):
		return diag.New("KH017", at, atPath, display, msg.LoadBrokenLink.Text())
	case errors.Is(err, ErrNotRegular):
		return diag.New("KH017", at, atPath, display, msg.LoadNotRegular.Text())
	case errors.Is(err, ErrTooLarge):
		return diag.New("KH018", at, atPath, display, MaxFileSize>>20)
	case errors.Is(err, ErrOutside), errors.Is(err, fs.ErrInvalid):
		return diag.New("KH034", at, atPath, display)
	}
	var why any = unwrapPathError(err)
	if errors.Is(err, fs.ErrPermission) {
		why = msg.LoadPermission.Text()
	}
	return diag.New("KH035", at, atPath, display, why)
}

// File reads one YAML file from disk into v (a pointer to a model struct);
// the file is refused unless it is a regular file within the size limit.
func File(abs, base string, v any) (*plan.Source, []diag.Diagnostic, error) {
	dir, name := filepath.Split(abs)
	fsys, err := DirFS(dir)
	if err != nil {
		return nil, nil, err
	}
	data, err := ReadFile(fsys, name)
	if err != nil {
		return nil, nil, err
	}
	return Bytes(data, DisplayName(abs, base), abs, v)
}

// Bytes decodes data (the content of a file shown as name) into v.
func Bytes(data []byte, name, abs string, v any) (*plan.Source, []diag.Diagnostic, error) {
	src, ds := decodeBytes(data, name, abs, v)
	return src, ds, nil
}

func decodeBytes(data []byte, name, abs string, v any) (*plan.Source, []diag.Diagnostic) {
	src := plan.NewSource(name, abs)
	sum := sha256.Sum256(data)
	src.Hash = hex.EncodeToString(sum[:])
	d := &decoder{src: src}
	rv := reflectValue(v)
	doc, second, err := parseDocuments(data)
	switch {
	case err != nil:
		d.emptyRoot(rv)
		d.diags = []diag.Diagnostic{syntaxDiag(name, data, err)}
	case doc == nil:
		d.emptyRoot(rv)
		d.diags = append(d.diags, diag.New("KH001", diag.Pos{File: name, Line: 1, Column: 1}, "", msg.LoadEmpty.Text()))
	default:
		d.decode(doc, plan.NoNode, "", 0, rv)
		if second != nil {
			// kh reads only the first document; the rest would be lost.
			d.report("KH019", second, "")
		}
	}
	src.Seal()
	return src, d.diags
}

// parseDocuments parses the whole of data: its first document's content
// (nil when there is none, or it is null) and the first node of a second
// document, if any. yaml.Unmarshal stops after the first document, so an
// error further on would go unseen.
func parseDocuments(data []byte) (first, second *yaml.Node, err error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for i := 0; ; i++ {
		var doc yaml.Node
		if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
			return first, second, nil
		} else if err != nil {
			return nil, nil, err
		}
		n := &doc
		if len(doc.Content) > 0 {
			n = doc.Content[0]
		}
		switch {
		case i == 0 && len(doc.Content) > 0 && !isNull(n):
			first = n
		case i == 1:
			second = n
		}
	}
}

// emptyRoot gives the root a location even when the file is empty or
// broken, so findings about it still point somewhere.
func (d *decoder) emptyRoot(rv reflect.Value) {
	id := d.src.Add(plan.NoNode, "", 0, 1, 1, false)
	d.src.End(id)
	if rv.Kind() == reflect.Struct {
		d.setLoc(id, rv)
	}
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

package format

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
)

// File is one file with its content before and after formatting.
type File struct {
	Abs, Name string
	Old, New  []byte
}

// Changed reports whether formatting changes the file.
func (f *File) Changed() bool { return !bytes.Equal(f.Old, f.New) }

// Paths expands args (files or folders, relative to wd) into the
// absolute paths of the files to format, sorted and without repeats.
func Paths(wd string, args []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, a := range args {
		abs := a
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(wd, a)
		}
		info, err := os.Stat(abs)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			add(abs)
			continue
		}
		if err := walkYAML(abs, add); err != nil {
			return nil, err
		}
	}
	sort.Strings(out)
	return out, nil
}

// walkYAML calls add for every *.yaml below dir, skipping hidden folders as
// the loader does.
func walkYAML(dir string, add func(string)) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(d.Name(), ".yaml") {
			add(p)
		}
		return nil
	})
}

// Files formats every path with the context of its repository. Files
// that do not parse yield diagnostics instead of output.
func Files(wd string, paths []string) ([]*File, []diag.Diagnostic, error) {
	repos := map[string]*Repo{}
	var files []*File
	var ds []diag.Diagnostic
	for _, abs := range paths {
		r, err := repoFor(repos, wd, abs)
		if err != nil {
			return nil, nil, err
		}
		data, err := os.ReadFile(abs)
		if err != nil {
			return nil, nil, err
		}
		f := &File{Abs: abs, Name: load.DisplayName(abs, wd), Old: data}
		var fds []diag.Diagnostic
		f.New, fds = Data(data, f.Name, abs, r.Options(abs))
		ds = append(ds, fds...)
		files = append(files, f)
	}
	diag.Sort(ds)
	return files, ds, nil
}

// repoFor loads, once per repository, the context of the file at abs.
func repoFor(repos map[string]*Repo, wd, abs string) (*Repo, error) {
	root, err := load.FindRoot(abs)
	if err != nil {
		return nil, err
	}
	if r, ok := repos[root]; ok {
		return r, nil
	}
	res, err := load.Repo(root, load.Options{Base: wd})
	if err != nil {
		return nil, err
	}
	repos[root] = NewRepo(res, wd)
	return repos[root], nil
}

// Data formats data unless it does not parse. Parsing goes through the
// loader first so that syntax errors read exactly as in kh check.
func Data(data []byte, name, abs string, opt Options) ([]byte, []diag.Diagnostic) {
	if ds := syntaxErrors(data, name, abs, opt.Type); len(ds) > 0 {
		return nil, ds
	}
	out, err := Format(data, opt)
	var dup *DuplicateKeyError
	if errors.As(err, &dup) {
		pos := diag.Pos{File: name, Line: dup.Line, Column: dup.Column}
		return nil, []diag.Diagnostic{diag.New("KH009", pos, "", dup.Key, dup.First)}
	}
	if err != nil {
		pos := diag.Pos{File: name, Line: 1, Column: 1}
		return nil, []diag.Diagnostic{diag.New("KH001", pos, "", formatErrorText(err))}
	}
	return out, nil
}

// syntaxErrors returns the loader's KH001 findings for data. A file without
// a model is decoded into an empty struct: its unknown keys are reported too
// but do not matter here.
func syntaxErrors(data []byte, name, abs string, t reflect.Type) []diag.Diagnostic {
	v := any(&struct{}{})
	if t != nil {
		v = reflect.New(t).Interface()
	}
	_, ds, _ := load.Bytes(data, name, abs, v)
	var out []diag.Diagnostic
	for _, d := range ds {
		if d.Rule == "KH001" {
			out = append(out, d)
		}
	}
	return out
}

func formatErrorText(err error) diag.Text {
	switch {
	case errors.Is(err, ErrEmpty):
		return msg.FmtEmpty.Text()
	case errors.Is(err, ErrMultiDoc):
		return msg.FmtMultiDoc.Text()
	}
	return diag.Text{VI: err.Error(), EN: err.Error()}
}

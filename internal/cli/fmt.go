package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/rogpeppe/go-internal/diff"
	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/format"
	"github.com/kh-tools/kh/internal/load"
)

type fmtOptions struct {
	check bool
	diff  bool
}

// stdinName stands for standard input in messages and diff labels.
const stdinName = "<stdin>"

func newFmtCmd(s *IO, g *globals) *cobra.Command {
	o := &fmtOptions{}
	cmd := &cobra.Command{
		Use:   "fmt [PATH...] [--check] [--diff]",
		Short: "Định dạng tệp YAML theo kiểu chuẩn (mặc định: plans/; - là đầu vào chuẩn)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return runFmt(s, g, o, args)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.check, "check", false, "chỉ liệt kê tệp cần định dạng, không ghi; thoát 1 nếu có")
	f.BoolVar(&o.diff, "diff", false, "in khác biệt dạng unified diff, không ghi; thoát 1 nếu có")
	return cmd
}

// fmtFile is one file with its content before and after formatting.
type fmtFile struct {
	abs, name string
	old, new  []byte
}

func (f *fmtFile) changed() bool { return !bytes.Equal(f.old, f.new) }

func runFmt(s *IO, g *globals, o *fmtOptions, args []string) error {
	lang, err := g.language()
	if err != nil {
		return err
	}
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	if slices.Contains(args, "-") {
		if len(args) > 1 {
			return usage(errors.New("- (đầu vào chuẩn) không dùng cùng đường dẫn khác"))
		}
		return fmtStdin(s, o, wd, lang)
	}
	if len(args) == 0 {
		args = []string{"plans"}
	}
	paths, err := yamlFiles(wd, args)
	if err != nil {
		return failure(err)
	}
	files, ds, err := formatFiles(wd, paths)
	if err != nil {
		return failure(err)
	}
	if len(ds) > 0 {
		return refuse(s, ds, lang)
	}
	return report(s, o, files, lang)
}

// yamlFiles expands args (files or folders, relative to wd) into the
// absolute paths of the files to format, sorted and without repeats.
func yamlFiles(wd string, args []string) ([]string, error) {
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

// formatFiles formats every path with the context of its repository. Files
// that do not parse yield diagnostics instead of output.
func formatFiles(wd string, paths []string) ([]*fmtFile, []diag.Diagnostic, error) {
	repos := map[string]*format.Repo{}
	var files []*fmtFile
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
		f := &fmtFile{abs: abs, name: load.DisplayName(abs, wd), old: data}
		var fds []diag.Diagnostic
		f.new, fds = formatData(data, f.name, abs, r.Options(abs))
		ds = append(ds, fds...)
		files = append(files, f)
	}
	diag.Sort(ds)
	return files, ds, nil
}

// repoFor loads, once per repository, the context of the file at abs.
func repoFor(repos map[string]*format.Repo, wd, abs string) (*format.Repo, error) {
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
	repos[root] = format.NewRepo(res, wd)
	return repos[root], nil
}

// formatData formats data unless it does not parse. Parsing goes through the
// loader first so that syntax errors read exactly as in kh check.
func formatData(data []byte, name, abs string, opt format.Options) ([]byte, []diag.Diagnostic) {
	if ds := syntaxErrors(data, name, abs, opt.Type); len(ds) > 0 {
		return nil, ds
	}
	out, err := format.Format(data, opt)
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
	case errors.Is(err, format.ErrEmpty):
		return diag.Text{VI: "tệp rỗng", EN: "the file is empty"}
	case errors.Is(err, format.ErrMultiDoc):
		return diag.Text{VI: "tệp có nhiều tài liệu YAML (---), kh fmt chỉ giữ được tài liệu đầu", EN: "the file holds several YAML documents (---); kh fmt would keep only the first"}
	}
	return diag.Text{VI: err.Error(), EN: err.Error()}
}

// refuse reports input that does not parse; nothing is written.
func refuse(s *IO, ds []diag.Diagnostic, lang diag.Lang) error {
	if err := diag.WriteText(s.Out, ds, lang, false); err != nil {
		return failure(err)
	}
	files := map[string]bool{}
	for _, d := range ds {
		files[d.Pos.File] = true
	}
	if lang == diag.EN {
		fmt.Fprintf(s.Err, "%d files do not parse; nothing was written\n", len(files))
	} else {
		fmt.Fprintf(s.Err, "%d tệp không đọc được; không ghi tệp nào\n", len(files))
	}
	return findings
}

// report writes, lists or diffs the changed files according to o.
func report(s *IO, o *fmtOptions, files []*fmtFile, lang diag.Lang) error {
	n := 0
	for _, f := range files {
		if !f.changed() {
			continue
		}
		n++
		if err := emit(s, o, f); err != nil {
			return failure(err)
		}
	}
	if n == 0 || !(o.check || o.diff) {
		return nil
	}
	if lang == diag.EN {
		fmt.Fprintf(s.Err, "%d files need formatting\n", n)
	} else {
		fmt.Fprintf(s.Err, "%d tệp cần định dạng\n", n)
	}
	return findings
}

func emit(s *IO, o *fmtOptions, f *fmtFile) error {
	switch {
	case o.diff:
		_, err := s.Out.Write(diff.Diff(f.name+".orig", f.old, f.name, f.new))
		return err
	case o.check:
		_, err := fmt.Fprintln(s.Out, f.name)
		return err
	}
	if err := writeFormatted(f); err != nil {
		return err
	}
	// Like terraform fmt, name what was rewritten.
	_, err := fmt.Fprintln(s.Out, f.name)
	return err
}

func writeFormatted(f *fmtFile) error {
	info, err := os.Stat(f.abs)
	if err != nil {
		return err
	}
	return atomicfile.WriteBytes(f.abs, f.new, info.Mode().Perm())
}

// fmtStdin formats standard input to standard output, in the context of the
// repository around wd when there is one.
func fmtStdin(s *IO, o *fmtOptions, wd string, lang diag.Lang) error {
	data, err := io.ReadAll(s.In)
	if err != nil {
		return failure(err)
	}
	opt, err := stdinOptions(data, wd)
	if err != nil {
		return failure(err)
	}
	f := &fmtFile{name: stdinName, old: data}
	var ds []diag.Diagnostic
	if f.new, ds = formatData(data, stdinName, stdinName, opt); len(ds) > 0 {
		return refuse(s, ds, lang)
	}
	if o.check || o.diff {
		return report(s, o, []*fmtFile{f}, lang)
	}
	if _, err := s.Out.Write(f.new); err != nil {
		return failure(err)
	}
	return nil
}

// stdinOptions guesses the model of data from its keys. Agency names are
// resolved only inside a repository (a folder with kho.yaml above wd), so
// that kh never walks an arbitrary tree for registries.
func stdinOptions(data []byte, wd string) (format.Options, error) {
	root, err := load.FindRoot(wd)
	if err != nil {
		return format.Options{}, err
	}
	if _, err := os.Stat(filepath.Join(root, load.RootFile)); err != nil {
		return format.Options{Type: format.GuessType(data)}, nil
	}
	res, err := load.Repo(root, load.Options{Base: wd})
	if err != nil {
		return format.Options{}, err
	}
	return format.NewRepo(res, wd).OptionsFor(data, wd), nil
}

package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/rogpeppe/go-internal/diff"
	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/format"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
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
		Use:   g.t(msg.UseFmt),
		Short: g.t(msg.CmdFmt),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runFmt(s, g, o, args)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.check, "check", false, g.t(msg.FlagFmtCheck))
	f.BoolVar(&o.diff, "diff", false, g.t(msg.FlagFmtDiff))
	return cmd
}

func runFmt(s *IO, g *globals, o *fmtOptions, args []string) error {
	lang := g.lang
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	if slices.Contains(args, "-") {
		if len(args) > 1 {
			return usage(msg.FmtStdinAlone.Error())
		}
		return fmtStdin(s, o, wd, lang)
	}
	if args, err = pathArgs(s, args); err != nil {
		return err
	}
	paths, err := format.Paths(wd, args)
	if err != nil {
		return failure(err)
	}
	files, ds, err := format.Files(wd, paths)
	if err != nil {
		return failure(err)
	}
	if len(ds) > 0 {
		return refuse(s, ds, lang)
	}
	return report(s, o, files, lang)
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
	fmt.Fprintln(s.Err, msg.FmtUnparsed.In(lang, len(files)))
	return findings
}

// report writes, lists or diffs the changed files according to o.
func report(s *IO, o *fmtOptions, files []*format.File, lang diag.Lang) error {
	n := 0
	for _, f := range files {
		if !f.Changed() {
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
	fmt.Fprintln(s.Err, msg.FmtNeeded.In(lang, n))
	return findings
}

func emit(s *IO, o *fmtOptions, f *format.File) error {
	switch {
	case o.diff:
		_, err := s.Out.Write(diff.Diff(f.Name+".orig", f.Old, f.Name, f.New))
		return err
	case o.check:
		_, err := fmt.Fprintln(s.Out, f.Name)
		return err
	}
	if err := writeFormatted(f); err != nil {
		return err
	}
	// Like terraform fmt, name what was rewritten.
	_, err := fmt.Fprintln(s.Out, f.Name)
	return err
}

func writeFormatted(f *format.File) error {
	info, err := os.Stat(f.Abs)
	if err != nil {
		return err
	}
	return atomicfile.WriteBytes(f.Abs, f.New, info.Mode().Perm())
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
	f := &format.File{Name: stdinName, Old: data}
	var ds []diag.Diagnostic
	if f.New, ds = format.Data(data, stdinName, stdinName, opt); len(ds) > 0 {
		return refuse(s, ds, lang)
	}
	if o.check || o.diff {
		return report(s, o, []*format.File{f}, lang)
	}
	if _, err := s.Out.Write(f.New); err != nil {
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

package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/forms"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/progress"
)

type importOptions struct {
	force bool
	repo  string
}

func newImportCmd(s *IO, g *globals) *cobra.Command {
	o := &importOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseImport),
		Short: g.t(msg.CmdImport),
		Args:  minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImport(s, g, o, args)
		},
	}
	cmd.Flags().BoolVar(&o.force, "force", false, g.t(msg.FlagImportForce))
	cmd.Flags().StringVar(&o.repo, "repo", "", g.t(msg.FlagImportRepo))
	return cmd
}

// pending is one checked form waiting to be written.
type pending struct {
	path string
	rec  *progress.Record
	root string
}

// runImport checks every form before writing any record, so a batch is
// imported whole or not at all.
func runImport(s *IO, g *globals, o *importOptions, files []string) error {
	lang := g.lang
	if _, err := pathArgs(s, files); err != nil {
		return err
	}
	var repo []string
	if o.repo != "" {
		repo = []string{o.repo}
	}
	targets, err := openTargets(s, repo)
	if err != nil {
		return err
	}
	t := targets[0]
	var todo []pending
	var refusals []string
	seen := map[string]string{}
	for _, file := range files {
		p, rec, warnings, err := importOne(s, t, file)
		for _, w := range warnings {
			fmt.Fprintln(s.Err, file+": "+w.In(lang))
		}
		if err != nil {
			refusals = append(refusals, msg.In(err, lang))
			continue
		}
		key := rec.Plan + "/" + rec.Period + "/" + rec.Agency
		if prev, dup := seen[key]; dup {
			refusals = append(refusals, msg.ImportDuplicate.In(lang, file, prev, rec.Period, rec.Agency))
			continue
		}
		path, err := progress.Path(filepath.Dir(p.Src.Abs), rec.Period, rec.Agency)
		if err != nil {
			refusals = append(refusals, file+": "+msg.In(err, lang))
			continue
		}
		seen[key] = file
		todo = append(todo, pending{path: path, rec: rec, root: t.Root})
	}
	if len(refusals) > 0 {
		for _, m := range refusals {
			fmt.Fprintln(s.Err, m)
		}
		fmt.Fprintln(s.Err, msg.ImportNothingWritten.In(lang))
		return findings
	}
	return writeRecords(s, o, lang, todo)
}

// importOne reads one form (a regular file of bounded size, as every input)
// and checks it against the plan as of today.
func importOne(s *IO, t *load.Target, file string) (*plan.Plan, *progress.Record, []msg.Text, error) {
	path := absIn(mustWd(s), file)
	fsys, err := load.DirFS(filepath.Dir(path))
	if err != nil {
		return nil, nil, nil, err
	}
	data, err := load.ReadFile(fsys, filepath.Base(path))
	switch {
	case errors.Is(err, load.ErrFolder), errors.Is(err, load.ErrNotRegular):
		return nil, nil, nil, msg.ImportNotRegular.Error(file)
	case errors.Is(err, load.ErrOutside), errors.Is(err, load.ErrBrokenLink):
		return nil, nil, nil, msg.ImportLink.Error(file)
	case errors.Is(err, load.ErrTooLarge):
		return nil, nil, nil, msg.FormFileTooLarge.Error(file, load.MaxFileSize>>20)
	case err != nil:
		return nil, nil, nil, msg.PathProblem.Error(file, err)
	}
	fl, err := forms.Read(file, bytes.NewReader(data))
	if err != nil {
		return nil, nil, nil, err
	}
	today := s.Now()
	today = time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	opt := withRepoSettings(check.Options{}, t)
	p, rec, err := fl.Record(t.Repo, today, func(p *plan.Plan) map[string]time.Time {
		out := map[string]time.Time{}
		for id, d := range check.Dues(t.Repo, p, opt) {
			if d.Dated {
				out[id] = d.Last
			}
		}
		return out
	})
	return p, rec, fl.Warnings, err
}

// writeRecords shows what would change in existing records and writes only
// when nothing would be overwritten silently.
func writeRecords(s *IO, o *importOptions, lang diag.Lang, todo []pending) error {
	paths := make([]string, len(todo))
	for i, pd := range todo {
		paths[i] = pd.path
	}
	release, err := progress.LockAll(paths)
	if err != nil {
		return failure(err)
	}
	defer release()
	var write []pending
	blocked := false
	for _, pd := range todo {
		old, ok, err := progress.ReadRecord(pd.path)
		if err != nil {
			return failure(err)
		}
		if !ok {
			write = append(write, pd)
			continue
		}
		changes := progress.Diff(old, pd.rec)
		if len(changes) == 0 {
			fmt.Fprintln(s.Out, msg.ImportUnchanged.In(lang, pd.path))
			continue
		}
		printChanges(s, pd.path, changes, lang)
		blocked = blocked || !o.force
		write = append(write, pd)
	}
	if blocked {
		fmt.Fprintln(s.Err, msg.ImportNeedsForce.In(lang))
		return findings
	}
	for _, pd := range write {
		if err := writeRecord(pd); err != nil {
			return failure(err)
		}
		fmt.Fprintln(s.Out, msg.ImportWritten.In(lang, pd.path, len(pd.rec.Tasks)))
	}
	return nil
}

func printChanges(s *IO, path string, cs []progress.Change, lang diag.Lang) {
	fmt.Fprintln(s.Out, msg.ImportWouldChange.In(lang, path))
	for _, c := range cs {
		fmt.Fprintf(s.Out, "  %s.%s: %q → %q\n", c.Task, c.Field, c.Old, c.New)
	}
}

// writeRecord writes a record with its schema line pointing at
// schema/tien-do.json beside the plans folder, as the other files do.
func writeRecord(pd pending) error {
	dir := filepath.Dir(pd.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	schema, err := filepath.Rel(dir, filepath.Join(repoDir(pd.root, "schema"), "tien-do.json"))
	if err != nil {
		return err
	}
	data, err := progress.Marshal(pd.rec, filepath.ToSlash(schema))
	if err != nil {
		return err
	}
	return atomicfile.WriteBytes(pd.path, data, 0o644)
}

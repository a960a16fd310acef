package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/forms"
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
		Use:   "import FORM.xlsx...",
		Short: "Nhập biểu mẫu báo cáo đã điền thành bản ghi tiến độ <thư mục kế hoạch>/tien-do/<kỳ>/<cơ quan>.yaml",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImport(s, g, o, args)
		},
	}
	cmd.Flags().BoolVar(&o.force, "force", false, "ghi đè bản ghi tiến độ đã có")
	cmd.Flags().StringVar(&o.repo, "repo", "plans", "kho kế hoạch chứa các kế hoạch của biểu mẫu")
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
	lang, err := g.language()
	if err != nil {
		return err
	}
	targets, err := openTargets(s, []string{o.repo})
	if err != nil {
		return err
	}
	t := targets[0]
	var todo []pending
	var refusals []string
	seen := map[string]string{}
	for _, file := range files {
		p, rec, err := importOne(s, t.Repo, file)
		if err != nil {
			refusals = append(refusals, message(err, lang))
			continue
		}
		key := rec.Plan + "/" + rec.Period + "/" + rec.Agency
		if prev, dup := seen[key]; dup {
			refusals = append(refusals, diag.Text{
				VI: fmt.Sprintf("%s: trùng với %s (cùng kế hoạch, kỳ %s và cơ quan %s); chỉ nhập một biểu mẫu cho mỗi cơ quan trong một kỳ", file, prev, rec.Period, rec.Agency),
				EN: fmt.Sprintf("%s: duplicates %s (same plan, period %s and agency %s); import one form per agency and period", file, prev, rec.Period, rec.Agency),
			}.In(lang))
			continue
		}
		path, err := progress.Path(filepath.Dir(p.Src.Abs), rec.Period, rec.Agency)
		if err != nil {
			refusals = append(refusals, file+": "+message(err, lang))
			continue
		}
		seen[key] = file
		todo = append(todo, pending{path: path, rec: rec, root: t.Root})
	}
	if len(refusals) > 0 {
		for _, m := range refusals {
			fmt.Fprintln(s.Err, m)
		}
		fmt.Fprintln(s.Err, pick(lang, "không ghi bản ghi nào", "nothing was written"))
		return findings
	}
	return writeRecords(s, o, lang, todo)
}

func importOne(s *IO, r *plan.Repo, file string) (*plan.Plan, *progress.Record, error) {
	path := file
	if !filepath.IsAbs(path) {
		wd, err := s.Getwd()
		if err != nil {
			return nil, nil, err
		}
		path = filepath.Join(wd, path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	fl, err := forms.Read(file, f)
	if err != nil {
		return nil, nil, err
	}
	return fl.Record(r)
}

func message(err error, lang diag.Lang) string {
	var fe *forms.Error
	if errors.As(err, &fe) {
		return fe.In(lang)
	}
	return msg.In(err, lang)
}

func pick(lang diag.Lang, vi, en string) string {
	return diag.Text{VI: vi, EN: en}.In(lang)
}

// writeRecords shows what would change in existing records and writes only
// when nothing would be overwritten silently.
func writeRecords(s *IO, o *importOptions, lang diag.Lang, todo []pending) error {
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
			fmt.Fprintf(s.Out, "%s: %s\n", pd.path, pick(lang, "không thay đổi", "unchanged"))
			continue
		}
		printChanges(s, pd.path, changes, lang)
		blocked = blocked || !o.force
		write = append(write, pd)
	}
	if blocked {
		fmt.Fprintln(s.Err, pick(lang, "bản ghi tiến độ đã có sẽ bị thay đổi; xem lại rồi chạy lại với --force để ghi đè. Không ghi bản ghi nào.",
			"existing progress records would change; review and run again with --force to overwrite. Nothing was written."))
		return findings
	}
	for _, pd := range write {
		if err := writeRecord(pd); err != nil {
			return failure(err)
		}
		fmt.Fprintf(s.Out, "%s: %s (%d)\n", pd.path, pick(lang, "đã ghi", "written"), len(pd.rec.Tasks))
	}
	return nil
}

func printChanges(s *IO, path string, cs []progress.Change, lang diag.Lang) {
	fmt.Fprintf(s.Out, "%s: %s\n", path, pick(lang, "sẽ thay đổi:", "would change:"))
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
	schema, err := filepath.Rel(dir, filepath.Join(filepath.Dir(pd.root), "schema", "tien-do.json"))
	if err != nil {
		return err
	}
	data, err := pd.rec.Marshal(filepath.ToSlash(schema))
	if err != nil {
		return err
	}
	return atomicfile.WriteBytes(pd.path, data, 0o644)
}

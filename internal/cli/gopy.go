package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/atomicfile"
	"github.com/kh-tools/kh/internal/build"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/gopy"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/outpath"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/view"
	"github.com/kh-tools/kh/internal/word"
)

// newGopyCmd is the comment round: gửi (send the copies), nhận (read the
// answers back), bảng (the summary table).
func newGopyCmd(s *IO, g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gop-y",
		Short: g.t(msg.CmdGopy),
		Args:  unknownCommand(g),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newGopySendCmd(s, g), newGopyReceiveCmd(s, g), newGopyTableCmd(s, g))
	return cmd
}

func newGopySendCmd(s *IO, g *globals) *cobra.Command {
	var draft int
	var out string
	cmd := &cobra.Command{
		Use:   g.t(msg.UseGopySend),
		Short: g.t(msg.CmdGopySend),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGopySend(s, g, args[0], draft, out)
		},
	}
	cmd.Flags().IntVar(&draft, "du-thao", 0, g.t(msg.FlagGopyDraft))
	cmd.Flags().StringVar(&out, "out", "", g.t(msg.FlagGopyOut))
	return cmd
}

// round opens the plan and finds its round on draft (0: the latest).
func gopyRound(s *IO, g *globals, cmd, arg string, draft int) (*load.Target, *gopy.Round, error) {
	t, p, err := openChecked(s, g.lang, cmd, arg, false, false)
	if err != nil {
		return nil, nil, err
	}
	rd := gopy.Find(t.Repo, p, draft, t.Calendar)
	if rd == nil {
		return nil, nil, usage(msg.GopyNoRound.Error(p.ID, max(draft, p.Draft)))
	}
	return t, rd, nil
}

// gopyDir is the folder of a round's outputs: --out as given, else
// out/gop-y/<plan id>/du-thao-N, created.
func gopyDir(s *IO, flag string, rd *gopy.Round) (string, error) {
	wd, err := s.Getwd()
	if err != nil {
		return "", failure(err)
	}
	dir := absIn(wd, flag)
	if flag == "" {
		if dir, err = outpath.Join(filepath.Join(wd, "out", "gop-y"), rd.Plan.ID, gopy.Folder(rd.Draft)); err != nil {
			return "", refused(err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", failure(err)
	}
	return dir, nil
}

func runGopySend(s *IO, g *globals, arg string, draft int, out string) error {
	t, rd, err := gopyRound(s, g, "gop-y gui", arg, draft)
	if err != nil {
		return err
	}
	d, err := build.Draft(t.Repo, rd.Plan, templatesDir(t), word.Options{})
	if err != nil {
		return failure(err)
	}
	copies, err := gopy.Send(rd, view.New(t.Repo, rd.Plan), d)
	if err != nil {
		return refused(err)
	}
	dir, err := gopyDir(s, out, rd)
	if err != nil {
		return err
	}
	type file struct {
		path string
		data []byte
	}
	var files []file
	for _, c := range copies {
		for _, f := range []struct {
			ext  string
			data []byte
		}{{".docx", c.DOCX}, {".xlsx", c.XLSX}} {
			path, err := outpath.Join(dir, c.Agency+f.ext)
			if err != nil {
				return refused(err)
			}
			files = append(files, file{path, f.data})
		}
	}
	wd, _ := s.Getwd()
	for _, f := range files {
		if err := atomicfile.WriteBytes(f.path, f.data, 0o644); err != nil {
			return failure(err)
		}
		fmt.Fprintln(s.Out, relTo(wd, f.path))
	}
	fmt.Fprintln(s.Err, g.t(msg.GopySent, len(copies), rd.Draft, rd.Deadline))
	return nil
}

func relTo(wd, path string) string {
	if rel, err := filepath.Rel(wd, path); err == nil {
		return filepath.ToSlash(rel)
	}
	return path
}

type gopyReceiveOptions struct {
	repo, received string
	apply          []string
	force          bool
}

func newGopyReceiveCmd(s *IO, g *globals) *cobra.Command {
	o := &gopyReceiveOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseGopyRead),
		Short: g.t(msg.CmdGopyReceive),
		Args:  minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGopyReceive(s, g, o, args)
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&o.apply, "apply", nil, g.t(msg.FlagGopyApply))
	f.StringVar(&o.received, "ngay-nhan", "", g.t(msg.FlagGopyReceived))
	f.BoolVar(&o.force, "force", false, g.t(msg.FlagGopyForce))
	f.StringVar(&o.repo, "repo", "", g.t(msg.FlagImportRepo))
	return cmd
}

// maxAnswerSize bounds a returned file read into memory.
const maxAnswerSize = 64 << 20

func readAnswerFile(s *IO, file string) ([]byte, error) {
	path := file
	if !filepath.IsAbs(path) {
		wd, err := s.Getwd()
		if err != nil {
			return nil, err
		}
		path = filepath.Join(wd, path)
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, msg.DocxNotRegular.Error(file)
	}
	if st.Size() > maxAnswerSize {
		return nil, msg.DocxTooLarge.Error(msg.DocxLimitFile.Text(st.Size()))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, maxAnswerSize))
}

// runGopyReceive reads every file and checks it, and the edits asked for,
// before writing anything: a batch goes in whole or not at all.
func runGopyReceive(s *IO, g *globals, o *gopyReceiveOptions, files []string) error {
	lang := g.lang
	if _, err := pathArgs(s, files); err != nil {
		return err
	}
	day := today(s)
	if o.received != "" {
		d, err := time.Parse(time.DateOnly, o.received)
		if err != nil {
			return usage(msg.GopyBadDate.Error(o.received))
		}
		day = d
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
	opt := gopy.ReadOptions{Received: day, Calendar: t.Calendar, Draft: func(p *plan.Plan) (*word.Draft, error) {
		return build.Draft(t.Repo, p, templatesDir(t), word.Options{})
	}}
	var recs []*gopy.Received
	var refusals []string
	seen := map[string]string{}
	for _, file := range files {
		data, err := readAnswerFile(s, file)
		if err != nil {
			refusals = append(refusals, file+": "+msg.In(err, lang))
			continue
		}
		rec, err := gopy.Read(t.Repo, file, data, opt)
		if err != nil {
			refusals = append(refusals, msg.In(err, lang))
			continue
		}
		a := rec.Answer
		key := fmt.Sprint(a.Plan, "/", a.Draft, "/", a.Agency)
		if prev, dup := seen[key]; dup {
			refusals = append(refusals, msg.GopyDuplicate.In(lang, prev, file, a.Agency, a.Draft))
			continue
		}
		seen[key] = file
		recs = append(recs, rec)
	}
	if err := validateAnswered(s, lang, t, recs); err != nil {
		return err
	}
	writes, more := gopyWrites(s, g, o, recs)
	refusals = append(refusals, more...)
	if len(refusals) > 0 {
		for _, m := range refusals {
			fmt.Fprintln(s.Err, m)
		}
		fmt.Fprintln(s.Err, msg.GopyNothingWritten.In(lang))
		return findings
	}
	printAnswers(s, g, t.Repo, recs)
	wd, _ := s.Getwd()
	for _, w := range writes {
		if err := atomicfile.WriteBytes(w.path, w.data, 0o644); err != nil {
			return failure(err)
		}
		fmt.Fprintln(s.Out, relTo(wd, w.path))
	}
	return nil
}

type pendingWrite struct {
	path string
	data []byte
}

// gopyWrites works out every file to write: the plan files the applied
// edits change, then the answers; and what stops the batch.
func gopyWrites(s *IO, g *globals, o *gopyReceiveOptions, recs []*gopy.Received) ([]pendingWrite, []string) {
	lang := g.lang
	var refusals []string
	var writes []pendingWrite
	want := map[string]bool{}
	for _, id := range o.apply {
		want[strings.TrimSpace(id)] = true
	}
	applied := map[string]bool{}
	changed := map[string][]byte{}
	for _, rec := range recs {
		var items []string
		for _, e := range rec.Edits {
			if id := e.Comment.Item; want[id] && !applied[id] && e.Applicable {
				items = append(items, id)
				applied[id] = true
			}
		}
		if len(items) == 0 {
			continue
		}
		files, err := gopy.Apply(rec, items)
		if err != nil {
			refusals = append(refusals, msg.In(err, lang))
			continue
		}
		for path, data := range files {
			changed[path] = data
		}
	}
	for id := range want {
		if !applied[id] && id != "" {
			refusals = append(refusals, msg.GopyNothingToApply.In(lang, strings.Join(filesOf(recs), ", "), id))
		}
	}
	paths := make([]string, 0, len(changed))
	for p := range changed {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		writes = append(writes, pendingWrite{p, changed[p]})
	}
	for _, rec := range recs {
		a := rec.Answer
		dir := filepath.Dir(rec.Round.Plan.Src.Abs)
		path, err := gopy.Path(dir, a.Draft, a.Agency)
		if err != nil {
			refusals = append(refusals, rec.File+": "+msg.In(err, lang))
			continue
		}
		if _, err := os.Stat(path); err == nil && !o.force {
			wd, _ := s.Getwd()
			refusals = append(refusals, msg.GopyExists.In(lang, rec.File, a.Agency, a.Draft, relTo(wd, path)))
			continue
		}
		schema, _ := filepath.Rel(filepath.Dir(path), filepath.Join(rootOf(rec), "schema", "gop-y.json"))
		data, err := gopy.Marshal(a, filepath.ToSlash(schema))
		if err != nil {
			refusals = append(refusals, rec.File+": "+err.Error())
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			refusals = append(refusals, msg.In(err, lang))
			continue
		}
		writes = append(writes, pendingWrite{path, data})
	}
	return writes, refusals
}

// rootOf is the repository folder of a received answer's plan: where
// schema/ sits beside plans/.
func rootOf(rec *gopy.Received) string {
	dir := filepath.Dir(rec.Round.Plan.Src.Abs)
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, load.RootFile)); err == nil {
			return filepath.Dir(d)
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

func filesOf(recs []*gopy.Received) []string {
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = r.File
	}
	return out
}

// printAnswers prints what each answer says and its proposed edits, word by word.
func printAnswers(s *IO, g *globals, r *plan.Repo, recs []*gopy.Received) {
	for _, rec := range recs {
		a := rec.Answer
		agrees := ""
		if a.Agrees {
			agrees = g.t(msg.GopyAgrees)
		}
		name := view.AgencyIn(r, a.Agency).Name
		fmt.Fprintln(s.Err, g.t(msg.GopyReadAnswer, rec.File, name, a.Draft, len(a.Comments), agrees))
		if rec.Changed {
			fmt.Fprintln(s.Err, g.t(msg.GopyChanged, rec.File))
		}
		for _, e := range rec.Edits {
			where := e.Comment.Item
			if e.Unit.Number != "" {
				where = e.Unit.Number
			}
			fmt.Fprintln(s.Err, g.t(msg.GopyEdit, where, gopy.Key(word.Ref{ID: e.Comment.Item, Field: e.Comment.Field}), gopy.Marked(e.Diff)))
		}
	}
}

// today is the day answers are dated by default.
func today(s *IO) time.Time {
	y, m, d := s.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

type gopyTableOptions struct {
	draft            int
	out              string
	pdf, docx, xlsxO bool
}

func newGopyTableCmd(s *IO, g *globals) *cobra.Command {
	o := &gopyTableOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseGopyTable),
		Short: g.t(msg.CmdGopyTable),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGopyTable(s, g, o, args[0])
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.draft, "du-thao", 0, g.t(msg.FlagGopyDraft))
	f.StringVar(&o.out, "out", "", g.t(msg.FlagGopyOut))
	f.BoolVar(&o.pdf, "pdf", false, g.t(msg.FlagBuildPDF))
	f.BoolVar(&o.docx, "docx", false, g.t(msg.FlagBuildDOCX))
	f.BoolVar(&o.xlsxO, "xlsx", false, g.t(msg.FlagBuildXLSX))
	cmd.MarkFlagsMutuallyExclusive("pdf", "docx", "xlsx")
	return cmd
}

func runGopyTable(s *IO, g *globals, o *gopyTableOptions, arg string) error {
	t, rd, err := gopyRound(s, g, "gop-y bang", arg, o.draft)
	if err != nil {
		return err
	}
	all := !o.pdf && !o.docx && !o.xlsxO
	_, files, err := build.RoundTables(t.Repo, rd, build.Options{
		Templates: templatesDir(t), PDF: all || o.pdf, DOCX: all || o.docx, XLSX: all || o.xlsxO,
	})
	if err != nil {
		return failure(err)
	}
	dir, err := gopyDir(s, o.out, rd)
	if err != nil {
		return err
	}
	wd, _ := s.Getwd()
	for _, f := range files {
		path, err := outpath.Join(dir, f.Name)
		if err != nil {
			return refused(err)
		}
		if err := atomicfile.WriteBytes(path, f.Data, 0o644); err != nil {
			return failure(err)
		}
		fmt.Fprintln(s.Out, relTo(wd, path))
	}
	return nil
}

// validateAnswered refuses answers to a plan that has errors: --apply would
// edit files kh could not read whole, and the answers would be filed
// against a draft kh check rejects.
func validateAnswered(s *IO, lang diag.Lang, t *load.Target, recs []*gopy.Received) error {
	var plans []*plan.Plan
	for _, rec := range recs {
		if p := t.Repo.Plan(rec.Answer.Plan); p != nil && !slices.Contains(plans, p) {
			plans = append(plans, p)
		}
	}
	if len(plans) == 0 {
		return nil
	}
	_, err := validated(s, lang, "gop-y nhan", []planGroup{{t, plans}}, false, false)
	return err
}

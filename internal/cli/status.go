package cli

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/status"
)

func newStatusCmd(s *IO, g *globals) *cobra.Command {
	var asOf, format string
	cmd := &cobra.Command{
		Use:   "status PLAN [--as-of DATE] [--format text|json]",
		Short: "Tiến độ theo cơ quan chủ trì: hoàn thành, đang thực hiện, chưa thực hiện, quá hạn",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStatus(s, g, args[0], asOf, format)
		},
	}
	cmd.Flags().StringVar(&asOf, "as-of", "", "ngày xét (NNNN-TT-NN; mặc định hôm nay)")
	cmd.Flags().StringVar(&format, "format", "text", "định dạng: text hoặc json")
	return cmd
}

func runStatus(s *IO, g *globals, arg, asOf, format string) error {
	lang, err := g.language()
	if err != nil {
		return err
	}
	if format != "text" && format != "json" {
		return usage(fmt.Errorf("--format %q: dùng text hoặc json", format))
	}
	day := s.Now().UTC().Truncate(24 * time.Hour)
	if asOf != "" {
		if day, err = time.Parse(time.DateOnly, asOf); err != nil {
			return usage(fmt.Errorf("--as-of %q: viết ngày dạng NNNN-TT-NN", asOf))
		}
	}
	t, p, err := openPlan(s, arg)
	if err != nil {
		return err
	}
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	set, diags, err := progress.Load(filepath.Dir(p.Src.Abs), wd)
	if err != nil {
		return failure(err)
	}
	// Broken records are reported but do not hide the others' progress.
	diags = append(diags, progress.Validate(t.Repo, p, set)...)
	diag.Sort(diags)
	if err := diag.WriteText(s.Err, diags, lang, false); err != nil {
		return failure(err)
	}
	rep := status.Build(t.Repo, p, set, day, withRepoSettings(check.Options{}, t))
	if format == "json" {
		enc := json.NewEncoder(s.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rep)
	}
	return status.WriteText(s.Out, t.Repo, p, rep, lang)
}

package cli

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/progress"
	"github.com/kh-tools/kh/internal/status"
)

func newStatusCmd(s *IO, g *globals) *cobra.Command {
	var asOf, format string
	var full bool
	cmd := &cobra.Command{
		Use:   g.t(msg.UseStatus),
		Short: g.t(msg.CmdStatus),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStatus(s, g, args[0], asOf, format, full)
		},
	}
	cmd.Flags().StringVar(&asOf, "as-of", "", g.t(msg.FlagStatusAsOf))
	cmd.Flags().StringVar(&format, "format", "text", g.t(msg.FlagStatusFormat))
	cmd.Flags().BoolVar(&full, "full", false, g.t(msg.FlagStatusFull))
	return cmd
}

func runStatus(s *IO, g *globals, arg, asOf, format string, full bool) error {
	lang := g.lang
	if format != "text" && format != "json" {
		return usage(msg.FormatUnknown.Error(format, "text, json"))
	}
	today := s.Now().UTC().Truncate(24 * time.Hour)
	day := today
	if asOf != "" {
		var err error
		if day, err = time.Parse(time.DateOnly, asOf); err != nil {
			return usage(msg.BadDateFlag.Error("--as-of", asOf))
		}
	}
	t, p, err := openChecked(s, lang, "status", arg, false, false)
	if err != nil {
		return err
	}
	set := &progress.Set{Records: p.Records}
	// Broken records are reported but do not hide the others' progress.
	var diags []diag.Diagnostic
	for _, d := range t.Diags {
		if strings.HasPrefix(d.Pos.File, p.Dir+"/"+load.ProgressDir+"/") {
			diags = append(diags, d)
		}
	}
	diags = append(diags, progress.Validate(t.Repo, p, set, today)...)
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
	return status.WriteText(s.Out, rep, lang, full)
}

package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/show"
)

func newShowCmd(s *IO, g *globals) *cobra.Command {
	var format string
	var force bool
	cmd := &cobra.Command{
		Use:   g.t(msg.UseShow),
		Short: g.t(msg.CmdShow),
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usage(msg.FormatUnknown.Error(format, "text, json"))
			}
			t, p, err := openChecked(s, g.lang, "show", args[0], force, true)
			if err != nil {
				return err
			}
			r := show.Resolve(t.Repo, p)
			if format == "json" {
				enc := json.NewEncoder(s.Out)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(r)
			}
			return show.WriteText(s.Out, r)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", g.t(msg.FlagShowFormat))
	cmd.Flags().BoolVar(&force, "force", false, g.t(msg.FlagShowForce))
	return cmd
}

// openChecked opens the plan named by arg and lets it through only when it
// has no errors, or with force where the command allows it.
func openChecked(s *IO, lang diag.Lang, cmd, arg string, force, canForce bool) (*load.Target, *plan.Plan, error) {
	t, p, err := openPlan(s, arg)
	if err != nil {
		return nil, nil, err
	}
	if _, err := validated(s, lang, cmd, []planGroup{{t, []*plan.Plan{p}}}, force, canForce); err != nil {
		return nil, nil, err
	}
	return t, p, nil
}

// openPlan loads the repository around arg (a plan folder, its
// ke-hoach.yaml, or a plan id) and returns the plan.
func openPlan(s *IO, arg string) (*load.Target, *plan.Plan, error) {
	plans, t, err := openPlans(s, []string{arg})
	if err != nil {
		return nil, nil, err
	}
	if len(plans) != 1 {
		return nil, nil, usage(msg.ManyPlansAt.Error(arg, len(plans)))
	}
	return t[0], plans[0], nil
}

// openPlans resolves each arg to the plans it names: a path names every plan
// below it; an arg that is not a path is a plan id in the repository around
// the working directory. No arg names every plan of that repository.
func openPlans(s *IO, args []string) ([]*plan.Plan, []*load.Target, error) {
	if len(args) == 0 {
		root, err := repoRoot(s)
		if err != nil {
			return nil, nil, err
		}
		args = []string{root}
	}
	var paths, ids []string
	for _, a := range args {
		switch {
		case exists(s, a):
			paths = append(paths, a)
		case strings.ContainsAny(a, `/\`):
			return nil, nil, usage(msg.PathNotFound.Error(a))
		default:
			ids = append(ids, a)
		}
	}
	var out []*plan.Plan
	var owners []*load.Target
	add := func(names []string, keep func(*load.Target, *plan.Plan) bool) error {
		if len(names) == 0 {
			return nil
		}
		targets, err := openTargets(s, names)
		if err != nil {
			return err
		}
		for _, t := range targets {
			for _, p := range t.Repo.Plans {
				if keep(t, p) {
					out, owners = append(out, p), append(owners, t)
				}
			}
		}
		return nil
	}
	if err := add(paths, func(t *load.Target, p *plan.Plan) bool { return t.Selected(p.Pos.File) }); err != nil {
		return nil, nil, err
	}
	if len(ids) > 0 {
		root, err := repoRoot(s)
		if err != nil {
			return nil, nil, err
		}
		if err := add([]string{root}, func(_ *load.Target, p *plan.Plan) bool { return slices.Contains(ids, p.ID) }); err != nil {
			return nil, nil, err
		}
	}
	if len(out) == 0 {
		return nil, nil, usage(msg.NoPlansAt.Error(strings.Join(args, ", ")))
	}
	return out, owners, nil
}

func exists(s *IO, path string) bool {
	if !filepath.IsAbs(path) {
		wd, err := s.Getwd()
		if err != nil {
			return false
		}
		path = filepath.Join(wd, path)
	}
	_, err := os.Stat(path)
	return err == nil
}

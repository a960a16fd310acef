package cli

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/plan"
	"github.com/kh-tools/kh/internal/scaffold"
	"github.com/kh-tools/kh/internal/schema"
)

// newCompletionCmd prints the shell completion scripts. cobra writes them;
// kh supplies the values: formats, languages, plan ids, agency ids, periods.
func newCompletionCmd(s *IO, g *globals) *cobra.Command {
	shells := map[string]func(*cobra.Command) error{
		"bash":       func(c *cobra.Command) error { return c.Root().GenBashCompletionV2(s.Out, true) },
		"zsh":        func(c *cobra.Command) error { return c.Root().GenZshCompletion(s.Out) },
		"fish":       func(c *cobra.Command) error { return c.Root().GenFishCompletion(s.Out, true) },
		"powershell": func(c *cobra.Command) error { return c.Root().GenPowerShellCompletionWithDesc(s.Out) },
	}
	return &cobra.Command{
		Use:       "completion bash|zsh|fish|powershell",
		Short:     g.t(msg.CmdCompletion),
		Long:      g.t(msg.CmdCompletionLong),
		Args:      exactArgs(1),
		ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
		RunE: func(c *cobra.Command, args []string) error {
			gen, ok := shells[args[0]]
			if !ok {
				return usage(msg.ShellUnknown.Error(args[0]))
			}
			if err := gen(c); err != nil {
				return failure(err)
			}
			return nil
		},
	}
}

// completions registers the dynamic values of every command once the tree
// is built: they are computed when the shell asks (kh __complete …).
func completions(root *cobra.Command, s *IO) {
	fixed := func(values ...string) cobra.CompletionFunc {
		return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
	}
	_ = root.RegisterFlagCompletionFunc("lang", fixed("vi", "en"))
	formats := map[string][]string{
		"check": checkFormats, "show": {"text", "json"}, "status": {"text", "json"},
		"diff": {"text", "markdown", "json"},
	}
	for _, c := range root.Commands() {
		if f, ok := formats[c.Name()]; ok {
			_ = c.RegisterFlagCompletionFunc("format", fixed(f...))
		}
		switch c.Name() {
		case "show", "build", "forms", "status":
			c.ValidArgsFunction = func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
				// Plan ids, and the shell's own file names for plan folders.
				return planIDs(s), cobra.ShellCompDirectiveDefault
			}
		case "schema":
			_ = c.RegisterFlagCompletionFunc("kind", fixed(strings.Split(kindNames(schema.Kinds(), ","), ",")...))
		case "new":
			c.ValidArgsFunction = func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
				if len(args) > 0 {
					return nil, cobra.ShellCompDirectiveFilterDirs
				}
				var kinds []cobra.Completion
				for _, k := range scaffold.Kinds() {
					kinds = append(kinds, cobra.CompletionWithDesc(k.Name, k.Title.VI))
				}
				return kinds, cobra.ShellCompDirectiveNoFileComp
			}
			_ = c.RegisterFlagCompletionFunc("co-quan", agencyIDs(s))
			_ = c.RegisterFlagCompletionFunc("chu-tri", agencyIDs(s))
		}
		if c.Flags().Lookup("period") != nil {
			_ = c.RegisterFlagCompletionFunc("period", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
				return periods(s.Now().Year()), cobra.ShellCompDirectiveNoFileComp
			})
		}
		if c.Flags().Lookup("as-of") != nil {
			_ = c.RegisterFlagCompletionFunc("as-of", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
				return []cobra.Completion{s.Now().Format("2006-01-02")}, cobra.ShellCompDirectiveNoFileComp
			})
		}
	}
}

// periods are the report periods of this year and the next, in the
// forms' notation.
func periods(year int) []cobra.Completion {
	var out []cobra.Completion
	for _, y := range []int{year, year + 1} {
		out = append(out, fmt.Sprint(y), fmt.Sprintf("%d-H1", y), fmt.Sprintf("%d-H2", y))
		for q := 1; q <= 4; q++ {
			out = append(out, fmt.Sprintf("%d-Q%d", y, q))
		}
		for m := 1; m <= 12; m++ {
			out = append(out, fmt.Sprintf("%d-%02d", y, m))
		}
	}
	return out
}

// planIDs lists the plans of the repository around the working directory
// with their titles, reading only each ke-hoach.yaml.
func planIDs(s *IO) []cobra.Completion {
	var out []cobra.Completion
	walkRepo(s, load.PlanFile, func(abs string) {
		p := &plan.Plan{}
		if _, _, err := load.File(abs, "", p); err == nil && p.ID != "" {
			out = append(out, cobra.CompletionWithDesc(p.ID, p.Title))
		}
	})
	return out
}

// agencyIDs lists the agencies of every registry of the repository.
func agencyIDs(s *IO) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var out []cobra.Completion
		walkRepo(s, load.RegistryFile, func(abs string) {
			r := &plan.Registry{}
			if _, _, err := load.File(abs, "", r); err != nil {
				return
			}
			for _, a := range r.Agencies {
				out = append(out, cobra.CompletionWithDesc(a.ID, a.Name))
			}
		})
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

func walkRepo(s *IO, name string, visit func(abs string)) {
	root, err := repoRoot(s)
	if err != nil {
		return
	}
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && p != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && d.Name() == name {
			visit(p)
		}
		return nil
	})
}

package cli

import (
	"errors"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/suggest"
)

// localize puts every word cobra would print in English into the chosen
// language: the usage and help templates, the help and version flags, the
// help command, flag errors. Arguments are checked by kh's own validators
// (exactArgs and the others below), since cobra's say "accepts 1 arg(s)".
func localize(root *cobra.Command, g *globals) {
	root.SetUsageTemplate(usageTemplate(g))
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usage(flagError(c, err, g)) })
	root.SetHelpCommand(newHelpCmd(g))
	root.Flags().Bool("version", false, g.t(msg.HelpFlagVersion))
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		c.Flags().BoolP("help", "h", false, g.t(msg.HelpFlagHelp, c.CommandPath()))
		// cobra would add an English "[flags]"; the template adds kh's word.
		c.DisableFlagsInUseLine = true
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

var registerFlagFuncs sync.Once

// usageTemplate is cobra's usage template with kh's words; flags are
// listed by flagUsages so that "(default …)" is translated too.
func usageTemplate(g *globals) string {
	// cobra's template functions are one global map: register one function
	// per language, once, so that commands built concurrently (tests run
	// kh in-process in parallel) neither race nor borrow another's language.
	registerFlagFuncs.Do(func() {
		for _, l := range []diag.Lang{diag.VI, diag.EN} {
			lg := &globals{lang: l}
			cobra.AddTemplateFunc("khFlags"+l.String(), func(fs *pflag.FlagSet) string { return flagUsages(fs, lg) })
		}
	})
	khFlags := "khFlags" + g.lang.String()
	return g.t(msg.HelpUsage) + `{{if .Runnable}}
  {{.UseLine}}{{if .HasAvailableFlags}} [` + g.t(msg.HelpFlagsWord) + `]{{end}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [` + g.t(msg.HelpCommandWord) + `]{{end}}{{if gt (len .Aliases) 0}}

` + g.t(msg.HelpAliases) + `
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

` + g.t(msg.HelpExamples) + `
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

` + g.t(msg.HelpCommands) + `{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

` + g.t(msg.HelpFlags) + `
{{` + khFlags + ` .LocalFlags}}{{end}}{{if .HasAvailableInheritedFlags}}

` + g.t(msg.HelpGlobalFlags) + `
{{` + khFlags + ` .InheritedFlags}}{{end}}{{if .HasAvailableSubCommands}}

` + g.t(msg.HelpMore, "{{.CommandPath}}") + `{{end}}
`
}

// flagUsages lists flags as pflag does, aligned by characters (value names
// such as NGÀY are not ASCII) and with the default in the chosen language.
func flagUsages(fs *pflag.FlagSet, g *globals) string {
	type line struct{ left, usage string }
	var lines []line
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		name, text := pflag.UnquoteUsage(f)
		if name != "" {
			if !strings.Contains(f.Usage, "`") {
				name = g.t(msg.HelpValue)
			}
			left += " " + name
		}
		if def := f.DefValue; def != "" && def != "false" && def != "[]" && def != "0" {
			text += " " + g.t(msg.HelpDefault, def)
		}
		width = max(width, utf8.RuneCountInString(left))
		lines = append(lines, line{left, text})
	})
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		pad := width - utf8.RuneCountInString(l.left) + 3
		b.WriteString(l.left + strings.Repeat(" ", pad) + strings.ReplaceAll(l.usage, "\n", "\n"+strings.Repeat(" ", width+3)))
	}
	return b.String()
}

// flagError puts pflag's errors into words; they come as typed errors whose
// text is English.
func flagError(c *cobra.Command, err error, g *globals) error {
	var notExist *pflag.NotExistError
	var noValue *pflag.ValueRequiredError
	var badValue *pflag.InvalidValueError
	var badSyntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &notExist):
		name := "--" + notExist.GetSpecifiedName()
		if short := notExist.GetSpecifiedShortnames(); short != "" {
			name = "-" + notExist.GetSpecifiedName()
		}
		return msg.UnknownFlag.Error(name, c.CommandPath(), flagHint(c, notExist.GetSpecifiedName(), g))
	case errors.As(err, &noValue):
		return msg.FlagNeedsValue.Error("--"+noValue.GetFlag().Name, c.CommandPath())
	case errors.As(err, &badValue):
		return msg.FlagBadValue.Error(badValue.GetValue(), "--"+badValue.GetFlag().Name, c.CommandPath())
	case errors.As(err, &badSyntax):
		return msg.FlagBadSyntax.Error(badSyntax.GetSpecifiedFlag(), c.CommandPath())
	}
	return err
}

// flagHint suggests the nearest flag of the command, as git does.
func flagHint(c *cobra.Command, name string, g *globals) string {
	var names []string
	c.Flags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
	if near, ok := suggest.Nearest(name, names); ok {
		return g.t(msg.DidYouMean, "--"+near)
	}
	return ""
}

// Argument validators with kh's messages.

func exactArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) != n {
			return usage(msg.ArgsExact.Error(c.CommandPath(), n, len(args), c.UseLine()))
		}
		return nil
	}
}

func minArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) < n {
			return usage(msg.ArgsMin.Error(c.CommandPath(), n, len(args), c.UseLine()))
		}
		return nil
	}
}

func maxArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) > n {
			return usage(msg.ArgsMax.Error(c.CommandPath(), n, len(args), c.UseLine()))
		}
		return nil
	}
}

func noArgs() cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usage(msg.ArgsNone.Error(c.CommandPath(), args[0]))
		}
		return nil
	}
}

// unknownCommand is the root's argument check: any argument there is a
// command kh does not have.
func unknownCommand(g *globals) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		return usage(msg.UnknownCommand.Error(args[0], commandHint(c, args[0], g)))
	}
}

func commandHint(root *cobra.Command, name string, g *globals) string {
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
		}
	}
	if near, ok := suggest.Nearest(name, names); ok {
		return g.t(msg.DidYouMean, "kh "+near)
	}
	return ""
}

// newHelpCmd replaces cobra's help command, whose texts are English.
func newHelpCmd(g *globals) *cobra.Command {
	c := &cobra.Command{
		Use:   "help [" + g.t(msg.HelpCommandWord) + "]",
		Short: g.t(msg.CmdHelp),
		Long:  g.t(msg.CmdHelpLong),
		ValidArgsFunction: func(c *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var out []cobra.Completion
			for _, sub := range c.Root().Commands() {
				if sub.IsAvailableCommand() {
					out = append(out, cobra.CompletionWithDesc(sub.Name(), sub.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			target, rest, err := c.Root().Find(args)
			if err != nil || len(rest) > 0 {
				name := strings.Join(args, " ")
				return usage(msg.UnknownCommand.Error(name, commandHint(c.Root(), args[len(args)-1], g)))
			}
			return target.Help()
		},
		// cobra adds the help command after localize walked the tree.
		DisableFlagsInUseLine: true,
	}
	c.Flags().BoolP("help", "h", false, g.t(msg.HelpFlagHelp, "kh help"))
	return c
}

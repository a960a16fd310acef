// Package cli is the command layer: flags, I/O and exit codes over the
// domain packages. Nothing here decides what a plan means.
package cli

import (
	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
)

// globals are the settings every command shares. The language is known
// before the command tree is built (see scanLang), so that help texts,
// flag descriptions and cobra's own words are all in it.
type globals struct {
	lang     diag.Lang
	langFlag string // the parsed --lang, equal to lang
}

// t renders a catalogue message in the command's language.
func (g *globals) t(m *msg.Message, args ...any) string { return m.In(g.lang, args...) }

// NewRoot builds the command tree with its texts in lang.
func NewRoot(s *IO, lang diag.Lang) *cobra.Command {
	g := &globals{lang: lang}
	root := &cobra.Command{
		Use:           "kh",
		Short:         g.t(msg.CmdRoot),
		Long:          g.t(msg.CmdRootLong),
		Version:       versionLine(),
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          unknownCommand(g),
		RunE:          func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
		// The completion command is kh's own, with its texts translated.
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
	}
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	root.PersistentFlags().StringVar(&g.langFlag, "lang", diag.VI.String(), g.t(msg.HelpFlagLang))
	root.AddCommand(
		newCheckCmd(s, g),
		newShowCmd(s, g),
		newFmtCmd(s, g),
		newFormsCmd(s, g),
		newImportCmd(s, g),
		newStatusCmd(s, g),
		newFollowCmd(s, g),
		newBuildCmd(s, g),
		newGopyCmd(s, g),
		newSiteCmd(s, g),
		newDiffCmd(s, g),
		newVersionCmd(s, g),
		newSchemaCmd(s, g),
		newNewCmd(s, g),
		newImportDocCmd(s, g),
		newInitCmd(s, g),
		newCompletionCmd(s, g),
	)
	localize(root, g)
	completions(root, s)
	return root
}

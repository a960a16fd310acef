// Package cli is the command layer: flags, I/O and exit codes over the
// domain packages. Nothing here decides what a plan means.
package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/diag"
)

// Exit codes, the contract with scripts and CI.
const (
	ExitClean    = 0 // nothing found
	ExitFindings = 1 // findings, files that need formatting, differences
	ExitUsage    = 2 // bad flags or arguments
	ExitFailure  = 3 // I/O or internal failure
)

// Version is set at build time with -ldflags "-X …/cli.Version=…".
var Version = "dev"

// exitError carries an exit code up to Main; the message has already been
// printed when Code is ExitFindings.
type exitError struct {
	Code int
	Err  error
}

func (e *exitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit %d", e.Code)
	}
	return e.Err.Error()
}

func failure(err error) error { return &exitError{Code: ExitFailure, Err: err} }

func usage(err error) error { return &exitError{Code: ExitUsage, Err: err} }

// findings signals exit 1 after the output was written.
var findings = &exitError{Code: ExitFindings}

// Main runs kh with args and returns the exit code.
func Main(s *IO, args []string) int {
	root := NewRoot(s)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitClean
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.Err != nil {
			fmt.Fprintln(s.Err, "kh:", ee.Err)
		}
		return ee.Code
	}
	// Cobra's own errors are flag and argument problems.
	fmt.Fprintln(s.Err, "kh:", err)
	return ExitUsage
}

// globals are the flags every command shares.
type globals struct {
	lang string
}

func (g *globals) language() (diag.Lang, error) {
	l, err := diag.ParseLang(g.lang)
	if err != nil {
		return l, usage(err)
	}
	return l, nil
}

// NewRoot builds the command tree.
func NewRoot(s *IO) *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:           "kh",
		Short:         "kh: kế hoạch cấp tỉnh dưới dạng YAML — kiểm tra, dựng PDF/Excel, so sánh",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	root.PersistentFlags().StringVar(&g.lang, "lang", "vi", "ngôn ngữ thông báo: vi hoặc en")
	root.AddCommand(
		newCheckCmd(s, g),
		newShowCmd(s, g),
		newFmtCmd(s, g),
		newFormsCmd(s),
		newImportCmd(s, g),
		newStatusCmd(s, g),
		newBuildCmd(s, g),
		newDiffCmd(s, g),
		newVersionCmd(s),
		newSchemaCmd(s),
		newNewCmd(s),
	)
	return root
}

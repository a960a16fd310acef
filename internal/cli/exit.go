package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kh-tools/kh/internal/diag"
	"github.com/kh-tools/kh/internal/msg"
)

// Exit codes, the contract with scripts and CI, the same for every command
// (kh --help prints this table):
const (
	ExitClean    = 0 // nothing found
	ExitFindings = 1 // findings, files that need formatting, differences, refused input
	ExitUsage    = 2 // a wrong flag, argument or path the user typed
	ExitFailure  = 3 // reading or writing failed, git failed, a bug
)

// exitError carries an exit code up to Main; the message has already been
// printed when Err is nil.
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

func (e *exitError) Unwrap() error { return e.Err }

// failure: kh could not do what was asked although the request was right.
func failure(err error) error { return &exitError{Code: ExitFailure, Err: err} }

// usage: the request itself is wrong; the user fixes the command line.
func usage(err error) error { return &exitError{Code: ExitUsage, Err: err} }

// refused: the input was read and judged, and kh declines it (a form that was
// altered, a file name data asks for that is not safe); like a finding.
func refused(err error) error { return &exitError{Code: ExitFindings, Err: err} }

// findings signals exit 1 after the output was written.
var findings = &exitError{Code: ExitFindings}

// exitCode is the one table from errors to exit codes. An error that is not
// an exitError comes from cobra or pflag, which only report command-line
// mistakes.
func exitCode(err error) int {
	if err == nil {
		return ExitClean
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.Code
	}
	return ExitUsage
}

// Main runs kh with args and returns the exit code.
func Main(s *IO, args []string) int {
	lang, err := scanLang(args)
	if err != nil {
		fmt.Fprintln(s.Err, "kh:", msg.In(err, diag.VI))
		return ExitUsage
	}
	s.lang = lang
	root := NewRoot(s, lang)
	root.SetArgs(args)
	err = root.Execute()
	var ee *exitError
	if err != nil && !(errors.As(err, &ee) && ee.Err == nil) {
		fmt.Fprintln(s.Err, "kh:", msg.In(err, lang))
	}
	return exitCode(err)
}

// scanLang finds --lang before cobra parses the command line, since the
// texts of the command tree are chosen when it is built. Like pflag, it
// stops at "--".
func scanLang(args []string) (diag.Lang, error) {
	value := ""
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			value = v
		} else if a == "--lang" && i+1 < len(args) {
			value = args[i+1]
			i++
		}
	}
	return diag.ParseLang(value)
}

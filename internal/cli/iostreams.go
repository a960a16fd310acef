package cli

import (
	"io"
	"os"
	"time"

	"golang.org/x/term"

	"github.com/kh-tools/kh/internal/msg"
)

// IO carries the streams, terminal state and clock a command uses, so tests
// run commands in-process with buffers and a fixed clock.
type IO struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	Now    func() time.Time
	Getwd  func() (string, error)
	outTTY bool
	errTTY bool
	lang   msg.Lang // set by Main, for progress lines
}

// System returns the process's real streams and clock.
func System() *IO {
	return &IO{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		Now:    time.Now,
		Getwd:  os.Getwd,
		outTTY: isTerminal(os.Stdout),
		errTTY: isTerminal(os.Stderr),
	}
}

func isTerminal(f *os.File) bool {
	return term.IsTerminal(int(f.Fd())) && os.Getenv("CI") == ""
}

// ColorOut reports whether stdout may carry ANSI colour: a terminal, and the
// user did not ask for NO_COLOR.
func (s *IO) ColorOut() bool { return s.outTTY && os.Getenv("NO_COLOR") == "" }

// ProgressErr reports whether progress may be drawn on stderr: only on a
// terminal, never in pipes or CI logs.
func (s *IO) ProgressErr() bool { return s.errTTY }

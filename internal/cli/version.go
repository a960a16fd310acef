package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/msg"
)

// Version is set by make build and make dist with
// -ldflags "-X …/cli.Version=v1.2.3" from the git tag. Without it (go
// install, go build) the version comes from the module's build information.
var Version = ""

// version is kh's version: the stamped one, else the main module's version
// as the go command recorded it (a tag such as v0.5.0 for go install
// …@v0.5.0, a pseudo-version such as v0.0.0-20260101120000-abcdef123456
// for a build from a git checkout, "+dirty" with local changes), else
// "dev". The check cache is keyed on it, so two different builds never
// share cached results under one name.
func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			return v
		}
		if rev := setting(bi, "vcs.revision"); rev != "" {
			if setting(bi, "vcs.modified") == "true" {
				rev += "+dirty"
			}
			return "dev-" + rev
		}
	}
	return "dev"
}

func setting(bi *debug.BuildInfo, key string) string {
	for _, s := range bi.Settings {
		if s.Key == key {
			return s.Value
		}
	}
	return ""
}

// versionLine is what kh version and kh --version print.
func versionLine() string {
	return fmt.Sprintf("kh %s (%s, %s/%s)", version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

func newVersionCmd(s *IO, g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: g.t(msg.CmdVersion),
		Args:  noArgs(),
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintln(s.Out, versionLine())
			return err
		},
	}
}

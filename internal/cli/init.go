package cli

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/scaffold"
	"github.com/kh-tools/kh/internal/vntext"
)

type initOptions struct {
	province, ci string
	noGit        bool
}

func newInitCmd(s *IO, g *globals) *cobra.Command {
	o := &initOptions{}
	cmd := &cobra.Command{
		Use:   g.t(msg.UseInit),
		Short: g.t(msg.CmdInit),
		Long:  g.t(msg.CmdInitLong),
		Args:  maxArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			return runInit(s, g, o, dir)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.province, "tinh", "", g.t(msg.FlagInitProvince))
	f.StringVar(&o.ci, "ci", "github", g.t(msg.FlagInitCI))
	f.BoolVar(&o.noGit, "no-git", false, g.t(msg.FlagInitNoGit))
	_ = cmd.RegisterFlagCompletionFunc("ci", cobra.FixedCompletions(ciNames(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func ciNames() []string {
	names := []string{"none"}
	for n := range scaffold.CIFiles {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func runInit(s *IO, g *globals, o *initOptions, dir string) error {
	if strings.TrimSpace(o.province) == "" {
		return usage(msg.InitNoProvince.Error())
	}
	ci := o.ci
	if _, ok := scaffold.CIFiles[ci]; !ok && ci != "none" {
		return usage(msg.InitCIUnknown.Error(ci, strings.Join(ciNames(), ", ")))
	}
	wd, err := s.Getwd()
	if err != nil {
		return failure(err)
	}
	abs := absIn(wd, dir)
	year := s.Now().Year() + 1
	files, err := scaffold.Repository(scaffold.RepoParams{Province: o.province, Version: version(), Year: year, CI: ci})
	if err != nil {
		return usage(err)
	}
	if err := scaffold.WriteRepository(abs, files); err != nil {
		if errors.Is(err, msg.InitExists.Error("")) {
			return usage(err)
		}
		return failure(err)
	}
	fmt.Fprintln(s.Out, g.t(msg.InitDone, vntext.NFC(strings.TrimSpace(o.province)), dir, len(files)))
	if !o.noGit {
		fmt.Fprintln(s.Out, g.t(gitInit(abs)))
	}
	fmt.Fprintln(s.Out, g.t(msg.InitNext, shellArg(dir), vntext.Slug(o.province), year, year))
	return nil
}

// gitInit makes dir a git repository with the pre-commit hook on, when it
// is not inside one and git is installed; otherwise it says how to turn the
// hook on.
func gitInit(dir string) *msg.Message {
	git, err := exec.LookPath("git")
	if err != nil {
		return msg.InitGitHook
	}
	if exec.Command(git, "-C", dir, "rev-parse", "--git-dir").Run() == nil {
		return msg.InitGitHook // already in a repository: its hooks are the user's choice
	}
	if exec.Command(git, "init", "-q", "--", dir).Run() != nil {
		return msg.InitGitHook
	}
	if exec.Command(git, "-C", dir, "config", "core.hooksPath", ".githooks").Run() != nil {
		return msg.InitGitHook
	}
	if _, err := os.Stat(filepath.Join(dir, ".git")); err != nil {
		return msg.InitGitHook
	}
	return msg.InitGit
}

// shellArg is a path as the user would type it in a suggested command: in
// double quotes (which sh, PowerShell and cmd all read) when it holds a
// space or another character a shell treats specially, as in
// "Kế hoạch Hà Tĩnh".
func shellArg(p string) string {
	if p != "" && !strings.ContainsAny(p, " \t'\"$`&|;<>()*?[]#~!{}%^") {
		return p
	}
	return `"` + p + `"`
}

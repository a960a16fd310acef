package changed

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/kh-tools/kh/internal/gitfs"
	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/msg"
)

// Changes is what git reports as different under a plans root since a
// revision.
type Changes struct {
	// Files are absolute paths (symlinks resolved) of files added,
	// modified, deleted or renamed since the revision, plus untracked
	// files not ignored by .gitignore.
	Files []string
	// old holds the content at the revision of each changed plan and
	// registry file that existed then, keyed by absolute path, so ids that
	// a change removed or renamed still find the plans that used them.
	old map[string][]byte
}

// Since asks git, run in dir, which files under plansRoot (absolute, or
// relative to dir) differ between rev and the working tree.
//
// Untracked files count as changed: a plan folder created but not yet
// added is exactly what an officer wants checked before committing.
// Renames are reported as a deletion and an addition so both the old and the
// new place are seen.
func Since(dir, rev, plansRoot string) (*Changes, error) {
	top, err := gitfs.Toplevel(dir)
	if err != nil {
		return nil, err
	}
	// rev is user text: it is resolved to a commit id after
	// --end-of-options, and only that id reaches the commands below, so
	// "--output=…" can never be read as an option.
	commit, err := git(dir, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		return nil, msg.GitNoRevision.Error(rev)
	}
	rev = strings.TrimSpace(string(commit))
	topDir := realpath(top)
	if !filepath.IsAbs(plansRoot) {
		plansRoot = filepath.Join(dir, plansRoot)
	}
	spec, err := filepath.Rel(topDir, realpath(plansRoot))
	if err != nil || strings.HasPrefix(spec, "..") {
		return nil, msg.GitOutsideTree.Error(plansRoot, topDir)
	}
	// --no-relative and -z keep the output independent of the user's
	// diff.relative and core.quotePath settings.
	diff, err := git(topDir, "diff", "--name-only", "--no-relative", "--no-renames", "-z", rev, "--", spec)
	if err != nil {
		return nil, err
	}
	untracked, err := git(topDir, "ls-files", "--others", "--exclude-standard", "-z", "--", spec)
	if err != nil {
		return nil, err
	}
	c := &Changes{old: map[string][]byte{}}
	var tree *gitfs.Tree
	for _, name := range splitNUL(append(diff, untracked...)) {
		abs := filepath.Join(topDir, filepath.FromSlash(name))
		c.Files = append(c.Files, abs)
		if !isIDFile(abs) {
			continue
		}
		if tree == nil {
			if tree, err = gitfs.Open(topDir, rev); err != nil {
				return nil, err
			}
			defer tree.Close()
		}
		// The old version goes through the loader's limits too.
		if data, err := load.ReadFile(tree, name); err == nil {
			c.old[abs] = data
		}
	}
	return c, nil
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		line, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n")
		if line == "" {
			line = err.Error()
		}
		return nil, msg.GitFailed.Error(strings.Join(args, " "), line)
	}
	return out, nil
}

func splitNUL(b []byte) []string {
	var out []string
	for _, f := range bytes.Split(b, []byte{0}) {
		if len(f) > 0 {
			out = append(out, string(f))
		}
	}
	return out
}

// realpath resolves symlinks so paths from git (always resolved) compare
// equal to paths the caller built, e.g. under macOS's /tmp → /private/tmp.
func realpath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	return abs
}

// Package gitfs reads plan files straight from git objects, so `kh diff
// REV1..REV2` compares revisions without a checkout and without touching the
// working tree or the index. It shells out to git's plumbing commands, whose
// output formats are stable, rather than linking a git library.
package gitfs

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"

	"github.com/kh-tools/kh/internal/msg"
)

// Tree is the file list of one commit.
type Tree struct {
	top    string
	Commit string
	// Files are paths from the repository's top level, forward slashes,
	// in git's order.
	Files []string
}

// Toplevel returns the top-level folder of the git work tree holding dir.
func Toplevel(dir string) (string, error) {
	out, err := git(dir, nil, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", msg.GitNotRepo.Error(dir)
	}
	return strings.TrimSpace(string(out)), nil
}

// Open resolves rev to a commit of the repository at top and lists its files.
func Open(top, rev string) (*Tree, error) {
	out, err := git(top, nil, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		return nil, msg.GitNoRevision.Error(rev)
	}
	t := &Tree{top: top, Commit: strings.TrimSpace(string(out))}
	// -z keeps non-ASCII names (Vietnamese folders) unquoted.
	out, err = git(top, nil, "ls-tree", "-r", "-z", "--name-only", t.Commit)
	if err != nil {
		return nil, err
	}
	for _, name := range strings.Split(string(out), "\x00") {
		if name != "" {
			t.Files = append(t.Files, name)
		}
	}
	return t, nil
}

// ReadFiles returns the content of the named files through one
// `git cat-file --batch` process. A name that is not a file of the commit is
// an error naming it.
func (t *Tree) ReadFiles(names []string) (map[string][]byte, error) {
	if len(names) == 0 {
		return map[string][]byte{}, nil
	}
	var in bytes.Buffer
	for _, n := range names {
		fmt.Fprintf(&in, "%s:%s\n", t.Commit, n)
	}
	out, err := git(t.top, &in, "cat-file", "--batch")
	if err != nil {
		return nil, err
	}
	return parseBatch(out, names)
}

// parseBatch splits cat-file --batch output: per object a header
// "<oid> <type> <size>" (or "<name> missing") then size bytes and a newline.
func parseBatch(out []byte, names []string) (map[string][]byte, error) {
	r := bufio.NewReader(bytes.NewReader(out))
	files := make(map[string][]byte, len(names))
	for _, name := range names {
		header, err := r.ReadString('\n')
		if err != nil {
			return nil, msg.GitBadBatch.Error(name)
		}
		f := strings.Fields(header)
		if len(f) != 3 || f[1] != "blob" {
			return nil, msg.GitNoFile.Error(name)
		}
		size, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, msg.GitBadBatch.Error(name)
		}
		data := make([]byte, size+1)
		if _, err := io.ReadFull(r, data); err != nil {
			return nil, msg.GitBadBatch.Error(name)
		}
		files[name] = data[:size]
	}
	return files, nil
}

// git runs a git command in dir and returns its stdout; on failure the error
// carries git's own first line of stderr, which says what went wrong.
func git(dir string, stdin io.Reader, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Stdin = stdin
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err == nil {
		return out, nil
	}
	var ee *exec.ExitError
	if line, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n"); errors.As(err, &ee) && line != "" {
		return nil, msg.GitFailed.Error(args[0], line)
	}
	return nil, msg.GitFailed.Error(args[0], err.Error())
}

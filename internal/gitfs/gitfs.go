// Package gitfs reads a git commit as a file system, so `kh diff
// REV1..REV2` loads revisions with the one loader, without a checkout and
// without touching the working tree or the index. It shells out to git's
// plumbing commands, whose output formats are stable, rather than linking a
// git library.
package gitfs

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os/exec"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kh-tools/kh/internal/msg"
)

// Tree is the file tree of one commit as an fs.FS (with fs.StatFS,
// fs.ReadDirFS, fs.ReadFileFS and fs.SubFS). Symbolic links and submodules
// are listed but never followed: Stat describes a link as a link (which the
// loader refuses) and its content is the path it holds. Close ends the git
// process that reads file contents.
type Tree struct {
	top string
	// Commit is the commit id and Date its committer date.
	Commit string
	Date   time.Time
	// Files are paths from the repository's top level, forward slashes,
	// in git's order.
	Files []string

	entries map[string]*entry
	// base is the folder a Sub view is rooted at, "" for the whole tree.
	base string
	proc *proc
}

// proc is the content reader shared by a tree and its Sub views.
type proc struct {
	mu  sync.Mutex
	cat *catFile
}

// entry is a file or folder of the tree.
type entry struct {
	name string
	mode fs.FileMode
	oid  string
	size int64
	// children are the entries of a folder, sorted by name.
	children []*entry
}

// Toplevel returns the top-level folder of the git work tree holding dir.
func Toplevel(dir string) (string, error) {
	out, err := git(dir, nil, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", msg.GitNotRepo.Error(dir)
	}
	return strings.TrimSpace(string(out)), nil
}

// Resolve turns rev into a commit id of the repository at top. rev is user
// text: it is given to git after --end-of-options, and only the id it
// resolves to reaches any other git command, so "--output=…" is never read
// as an option.
func Resolve(top, rev string) (string, error) {
	out, err := git(top, nil, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		return "", msg.GitNoRevision.Error(rev)
	}
	return strings.TrimSpace(string(out)), nil
}

// MergeBase is the best common ancestor of revisions a and b, the commit a
// pull request of b into a is compared with ("a...b").
func MergeBase(top, a, b string) (string, error) {
	ca, err := Resolve(top, a)
	if err != nil {
		return "", err
	}
	cb, err := Resolve(top, b)
	if err != nil {
		return "", err
	}
	out, err := git(top, nil, "merge-base", ca, cb)
	if err != nil {
		return "", msg.GitNoMergeBase.Error(a, b)
	}
	return strings.TrimSpace(string(out)), nil
}

// Open resolves rev to a commit of the repository at top and lists its files.
func Open(top, rev string) (*Tree, error) {
	commit, err := Resolve(top, rev)
	if err != nil {
		return nil, err
	}
	t := &Tree{top: top, Commit: commit, proc: &proc{}}
	out, err := git(top, nil, "show", "-s", "--format=%cI", commit)
	if err != nil {
		return nil, err
	}
	if t.Date, err = time.Parse(time.RFC3339, strings.TrimSpace(string(out))); err != nil {
		return nil, msg.GitFailed.Error("show", err.Error())
	}
	// -l gives blob sizes, so size limits apply before anything is read;
	// -z keeps non-ASCII names (Vietnamese folders) unquoted.
	out, err = git(top, nil, "ls-tree", "-r", "-l", "-z", "--full-tree", t.Commit)
	if err != nil {
		return nil, err
	}
	if err := t.index(out); err != nil {
		return nil, err
	}
	return t, nil
}

// index builds the folder tree from ls-tree output: per entry
// "<mode> <type> <oid> <size>\t<path>" and a NUL.
func (t *Tree) index(out []byte) error {
	root := &entry{name: ".", mode: fs.ModeDir | 0o555}
	t.entries = map[string]*entry{".": root}
	for _, rec := range strings.Split(string(out), "\x00") {
		if rec == "" {
			continue
		}
		meta, name, ok := strings.Cut(rec, "\t")
		f := strings.Fields(meta)
		if !ok || len(f) != 4 {
			return msg.GitOddOutput.Error("ls-tree", rec)
		}
		e := &entry{name: name, oid: f[2]}
		switch f[0] {
		case "100644":
			e.mode = 0o444
		case "100755":
			e.mode = 0o555
		case "120000":
			e.mode = fs.ModeSymlink | 0o777
		default: // a submodule (160000) has no content here
			e.mode = fs.ModeIrregular
		}
		e.size, _ = strconv.ParseInt(f[3], 10, 64)
		t.Files = append(t.Files, name)
		t.add(e)
	}
	for _, e := range t.entries {
		sort.Slice(e.children, func(i, j int) bool { return e.children[i].name < e.children[j].name })
	}
	return nil
}

// add places e and the folders above it.
func (t *Tree) add(e *entry) {
	t.entries[e.name] = e
	for child := e; ; {
		dir := path.Dir(child.name)
		parent, ok := t.entries[dir]
		if !ok {
			parent = &entry{name: dir, mode: fs.ModeDir | 0o555}
			t.entries[dir] = parent
		}
		parent.children = append(parent.children, child)
		if ok {
			return
		}
		child = parent
	}
}

func (t *Tree) lookup(op, name string) (*entry, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	e, ok := t.entries[path.Join(t.base, name)]
	if !ok {
		return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
	}
	return e, nil
}

// Stat describes a file or folder of the commit; a link is described
// itself, not followed.
func (t *Tree) Stat(name string) (fs.FileInfo, error) {
	e, err := t.lookup("stat", name)
	if err != nil {
		return nil, err
	}
	return info{e}, nil
}

// ReadDir lists a folder of the commit.
func (t *Tree) ReadDir(name string) ([]fs.DirEntry, error) {
	e, err := t.lookup("readdir", name)
	if err != nil {
		return nil, err
	}
	if !e.mode.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a folder")}
	}
	out := make([]fs.DirEntry, len(e.children))
	for i, c := range e.children {
		out[i] = fs.FileInfoToDirEntry(info{c})
	}
	return out, nil
}

// ReadFile returns the content of a file of the commit; a symbolic link
// reads as the path it holds, as git stores it, and is never followed.
func (t *Tree) ReadFile(name string) ([]byte, error) {
	e, err := t.lookup("read", name)
	if err != nil {
		return nil, err
	}
	if e.mode.IsDir() || e.mode&fs.ModeIrregular != 0 {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("not a file")}
	}
	data, err := t.blob(e.oid)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	return data, nil
}

// Open opens a file or folder of the commit.
func (t *Tree) Open(name string) (fs.File, error) {
	e, err := t.lookup("open", name)
	if err != nil {
		return nil, err
	}
	if e.mode.IsDir() {
		entries, _ := t.ReadDir(name)
		return &dir{info: info{e}, entries: entries}, nil
	}
	data, err := t.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return &file{info: info{e}, r: bytes.NewReader(data)}, nil
}

// Sub is the folder dir of the commit as a file system of its own, as
// fs.Sub gives, keeping Stat (which fs.Sub's view would answer by reading
// the file).
func (t *Tree) Sub(dir string) (fs.FS, error) {
	e, err := t.lookup("sub", dir)
	if err != nil {
		return nil, err
	}
	if !e.mode.IsDir() {
		return nil, &fs.PathError{Op: "sub", Path: dir, Err: errors.New("not a folder")}
	}
	sub := *t
	sub.base, sub.Files = e.name, nil
	if sub.base == "." {
		sub.base = ""
	}
	return &sub, nil
}

// Close ends the git process reading contents, if one was started.
func (t *Tree) Close() error {
	t.proc.mu.Lock()
	defer t.proc.mu.Unlock()
	if t.proc.cat == nil {
		return nil
	}
	err := t.proc.cat.close()
	t.proc.cat = nil
	return err
}

// blob reads one object through a `git cat-file --batch` process kept for
// the tree's life: one process for a whole repository, not one per file.
func (t *Tree) blob(oid string) ([]byte, error) {
	t.proc.mu.Lock()
	defer t.proc.mu.Unlock()
	if t.proc.cat == nil {
		c, err := startCatFile(t.top)
		if err != nil {
			return nil, err
		}
		t.proc.cat = c
	}
	return t.proc.cat.read(oid)
}

type catFile struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Reader
	stderr bytes.Buffer
}

func startCatFile(top string) (*catFile, error) {
	c := &catFile{cmd: exec.Command("git", "cat-file", "--batch")}
	c.cmd.Dir = top
	c.cmd.Stderr = &c.stderr
	in, err := c.cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := c.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := c.cmd.Start(); err != nil {
		return nil, msg.GitFailed.Error("cat-file", err.Error())
	}
	c.in, c.out = in, bufio.NewReader(out)
	return c, nil
}

// read asks for oid and reads the header "<oid> blob <size>" (or
// "<oid> missing"), the content and the newline after it.
func (c *catFile) read(oid string) ([]byte, error) {
	if _, err := io.WriteString(c.in, oid+"\n"); err != nil {
		return nil, c.failed(err)
	}
	header, err := c.out.ReadString('\n')
	if err != nil {
		return nil, c.failed(err)
	}
	f := strings.Fields(header)
	if len(f) != 3 || f[1] != "blob" {
		return nil, msg.GitBadBatch.Error(oid)
	}
	size, err := strconv.Atoi(f[2])
	if err != nil {
		return nil, msg.GitBadBatch.Error(oid)
	}
	data := make([]byte, size+1)
	if _, err := io.ReadFull(c.out, data); err != nil {
		return nil, c.failed(err)
	}
	return data[:size], nil
}

func (c *catFile) failed(err error) error {
	if line, _, _ := strings.Cut(strings.TrimSpace(c.stderr.String()), "\n"); line != "" {
		return msg.GitFailed.Error("cat-file", line)
	}
	return msg.GitFailed.Error("cat-file", err.Error())
}

func (c *catFile) close() error {
	c.in.Close()
	return c.cmd.Wait()
}

// info describes an entry.
type info struct{ e *entry }

func (i info) Name() string       { return path.Base(i.e.name) }
func (i info) Size() int64        { return i.e.size }
func (i info) Mode() fs.FileMode  { return i.e.mode }
func (i info) ModTime() time.Time { return time.Time{} }
func (i info) IsDir() bool        { return i.e.mode.IsDir() }
func (i info) Sys() any           { return nil }

type file struct {
	info info
	r    *bytes.Reader
}

func (f *file) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *file) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f *file) Close() error               { return nil }

type dir struct {
	info    info
	entries []fs.DirEntry
}

func (d *dir) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *dir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.e.name, Err: errors.New("is a folder")}
}
func (d *dir) Close() error { return nil }

// ReadDir returns the folder's entries, n at a time as fs.ReadDirFile asks.
func (d *dir) ReadDir(n int) ([]fs.DirEntry, error) {
	if n <= 0 {
		out := d.entries
		d.entries = nil
		return out, nil
	}
	if len(d.entries) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(d.entries))
	out := d.entries[:n]
	d.entries = d.entries[n:]
	return out, nil
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

package load

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
)

// DirFS is the folder root as a file system that stays inside it: a
// symbolic link is followed only when it resolves to a place inside root,
// and only regular files are opened (a pipe or a device never blocks or
// floods a read). It implements fs.StatFS, fs.ReadDirFS and
// fs.ReadFileFS; ReadFile refuses files over MaxFileSize.
func DirFS(root string) (fs.FS, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, err
	}
	return &dirFS{root: real}, nil
}

type dirFS struct {
	root string
	// plain caches the folders known to be real folders, not links, so
	// a file costs one lstat of its own.
	plain sync.Map
}

// resolve maps name to the real path of the file it names, refusing
// anything that lies outside the root once links are resolved. info is the
// file's lstat when it is not a link.
func (f *dirFS) resolve(op, name string) (real string, info fs.FileInfo, err error) {
	if !fs.ValidPath(name) {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	p := filepath.Join(f.root, filepath.FromSlash(name))
	if f.plainDir(path.Dir(name)) {
		info, err := os.Lstat(p)
		if err != nil {
			return "", nil, &fs.PathError{Op: op, Path: name, Err: unwrapPathError(err)}
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			return p, info, nil
		}
	}
	real, err = filepath.EvalSymlinks(p)
	if err != nil {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: unwrapPathError(err)}
	}
	if real != f.root && !strings.HasPrefix(real, f.root+string(filepath.Separator)) {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: ErrOutside}
	}
	return real, nil, nil
}

// plainDir reports whether dir and every folder above it are real folders.
func (f *dirFS) plainDir(dir string) bool {
	if dir == "." {
		return true
	}
	if _, ok := f.plain.Load(dir); ok {
		return true
	}
	if !f.plainDir(path.Dir(dir)) {
		return false
	}
	info, err := os.Lstat(filepath.Join(f.root, filepath.FromSlash(dir)))
	if err != nil || !info.IsDir() {
		return false
	}
	f.plain.Store(dir, true)
	return true
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

func (f *dirFS) Open(name string) (fs.File, error) {
	real, _, err := f.resolve("open", name)
	if err != nil {
		return nil, err
	}
	// O_NONBLOCK: opening a pipe must not wait for a writer; the file is
	// refused just below anyway.
	file, err := os.OpenFile(real, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: unwrapPathError(err)}
	}
	info, err := file.Stat()
	if err == nil && !info.IsDir() && !info.Mode().IsRegular() {
		err = ErrNotRegular
	}
	if err != nil {
		file.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return file, nil
}

func (f *dirFS) Stat(name string) (fs.FileInfo, error) {
	real, info, err := f.resolve("stat", name)
	if err != nil || info != nil {
		return info, err
	}
	info, err = os.Stat(real)
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: unwrapPathError(err)}
	}
	return info, nil
}

func (f *dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	real, _, err := f.resolve("readdir", name)
	if err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(real)
	if err != nil {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: unwrapPathError(err)}
	}
	return entries, nil
}

func (f *dirFS) ReadFile(name string) ([]byte, error) {
	file, err := f.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	var size int64
	if info, err := file.Stat(); err == nil {
		size = info.Size()
	}
	return readLimited(file, name, size)
}

// ReadFile reads a repository file: a regular file of at most MaxFileSize
// bytes, whatever the file system.
func ReadFile(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	switch {
	case info.IsDir():
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrFolder}
	case !info.Mode().IsRegular():
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrNotRegular}
	case info.Size() > MaxFileSize:
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrTooLarge}
	}
	if rf, ok := fsys.(fs.ReadFileFS); ok {
		return rf.ReadFile(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return readLimited(file, name, info.Size())
}

// readLimited reads at most MaxFileSize bytes, so a file that grows while
// it is read cannot exhaust memory.
// size is the expected size, which saves growing the buffer.
func readLimited(r io.Reader, name string, size int64) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, min(size, MaxFileSize)+1))
	_, err := buf.ReadFrom(io.LimitReader(r, MaxFileSize+1))
	data := buf.Bytes()
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: unwrapPathError(err)}
	}
	if len(data) > MaxFileSize {
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrTooLarge}
	}
	return data, nil
}

package progress

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/kh-tools/kh/internal/msg"
)

// Lock claims the record at path for one writer, so two kh import runs of
// conflicting forms cannot both read "no record yet" and both write: the
// claim is a lock file created exclusively beside the record, removed by
// the returned release. A second claimant fails at once, saying which file
// to delete should a crashed run have left it behind.
func Lock(path string) (release func(), err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	lock := filepath.Join(dir, "."+filepath.Base(path)+".lock")
	f, err := os.OpenFile(lock, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return nil, msg.RecordBusy.Error(path, lock)
	}
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(f, "kh import, pid %d\n", os.Getpid())
	f.Close()
	return func() { os.Remove(lock) }, nil
}

// LockAll claims every path, all or none.
func LockAll(paths []string) (release func(), err error) {
	var releases []func()
	release = func() {
		for _, r := range releases {
			r()
		}
	}
	for _, p := range paths {
		r, err := Lock(p)
		if err != nil {
			release()
			return nil, err
		}
		releases = append(releases, r)
	}
	return release, nil
}

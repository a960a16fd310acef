package cache

import (
	"io/fs"
	"sync"
	"time"
)

// statIndex remembers each file's size, modification time and content hash
// from the previous run, so a warm run stats files instead of reading them:
// on a repository of thousands of files, reading is most of a re-check.
//
// As in git's index, a file whose modification time is within racyWindow
// of the moment the previous run started is never trusted and is read
// again, because an edit in the same clock tick as that run's read could
// leave size and time unchanged. An edit that keeps both the size and the
// modification time of a file older than that (a tool that restores the
// time) is not seen; git has the same window.
type statIndex struct {
	Taken int64               `json:"taken"` // unix nanoseconds
	Files map[string]statInfo `json:"files"`

	mu   sync.Mutex
	next map[string]statInfo
}

type statInfo struct {
	Size  int64  `json:"size"`
	MTime int64  `json:"mtime"`
	Hash  string `json:"hash"`
}

const racyWindow = 2 * time.Second

// loadStatIndex reads the index of root, or starts an empty one.
func loadStatIndex(st store, root string) *statIndex {
	idx := &statIndex{}
	if !st.get("stat", hashBytes([]byte(root)), idx) || idx.Files == nil {
		idx.Files = map[string]statInfo{}
	}
	idx.next = map[string]statInfo{}
	return idx
}

// fresh returns the content hash of name from the index when its stat is
// unchanged, the file regular and safely older than the previous run. ok
// is false when the file must be read.
func (x *statIndex) fresh(fsys fs.FS, name string) (hash string, ok bool) {
	fi, err := fs.Stat(fsys, name)
	if err != nil || !fi.Mode().IsRegular() {
		return "", false
	}
	cur := statInfo{Size: fi.Size(), MTime: fi.ModTime().UnixNano()}
	old, known := x.Files[name]
	if !known || old.Size != cur.Size || old.MTime != cur.MTime || cur.MTime >= x.Taken-int64(racyWindow) {
		return "", false
	}
	cur.Hash = old.Hash
	x.put(name, cur)
	return cur.Hash, true
}

// record notes that name was read with content hash in this run. Its stat
// is taken after the read: an edit in between has a modification time
// after the run started, which the next run does not trust.
func (x *statIndex) record(fsys fs.FS, name, hash string) {
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		return
	}
	x.put(name, statInfo{Size: fi.Size(), MTime: fi.ModTime().UnixNano(), Hash: hash})
}

func (x *statIndex) put(name string, si statInfo) {
	x.mu.Lock()
	x.next[name] = si
	x.mu.Unlock()
}

// save stores this run's stats, taken at started, for the next run.
func (x *statIndex) save(st store, root string, started time.Time) {
	out := &statIndex{Taken: started.UnixNano(), Files: x.next}
	st.put("stat", hashBytes([]byte(root)), out) //nolint:errcheck // a lost index only costs re-reading
}

package cache

import (
	"os"
	"sync"
	"time"
)

// statIndex remembers each file's size, modification time and content hash
// from the previous run, so a warm run stats files instead of reading them:
// on a repository of thousands of files, reading is most of a re-check.
// As in git's index, a file modified within racyWindow of the time the
// index was taken is always re-read, because a later edit in the same clock
// tick would leave its stat unchanged.
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

// hash returns the content hash of abs, from the index when its stat shows
// it unchanged and safely older than the index.
func (x *statIndex) hash(abs string) string {
	fi, err := os.Stat(abs)
	if err != nil {
		return ""
	}
	cur := statInfo{Size: fi.Size(), MTime: fi.ModTime().UnixNano()}
	if old, ok := x.Files[abs]; ok && old.Size == cur.Size && old.MTime == cur.MTime &&
		cur.MTime < x.Taken-int64(racyWindow) {
		cur.Hash = old.Hash
	} else {
		cur.Hash = hashFile(abs)
	}
	x.mu.Lock()
	x.next[abs] = cur
	x.mu.Unlock()
	return cur.Hash
}

// save stores this run's stats, taken at now, for the next run.
func (x *statIndex) save(st store, root string, now time.Time) {
	out := &statIndex{Taken: now.UnixNano(), Files: x.next}
	st.put("stat", hashBytes([]byte(root)), out) //nolint:errcheck // a lost index only costs re-reading
}

// Package cache keeps kh check's per-plan results between runs. A plan's
// unit (its findings, its entry in the cross-plan index, its agenda) is
// stored under a key of the kh version, the rule catalogue, the options,
// the plan file's content and the repository-level files its rules declare
// they read (check.PlanReads); the unit also records the appendices and
// progress records it was made from, and is used only while they are
// unchanged. Nothing else is needed: the rules across plans run on every
// check over the units' index entries, so no list of which plan reads
// which is kept. A stat index spares reading unchanged files.
package cache

import (
	"io/fs"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/load"
)

// Cache is the cache of one repository for one run.
type Cache struct {
	st   store
	idx  *statIndex
	fsys fs.FS
	root string
	salt string
	// started is when the run began: files modified since are racy.
	started time.Time
}

// Open opens the cache in dir ("" for Dir()) for the repository folder
// root read through fsys. salt holds everything every unit depends on
// (see Salt).
func Open(dir, root string, fsys fs.FS, salt string) (*Cache, error) {
	if dir == "" {
		d, err := Dir()
		if err != nil {
			return nil, err
		}
		dir = d
	}
	st := store{dir}
	return &Cache{st: st, idx: loadStatIndex(st, root), fsys: fsys, root: root, salt: salt, started: time.Now()}, nil
}

// Close saves the stat index for the next run. A cache that cannot be
// written only costs a later miss.
func (c *Cache) Close() { c.idx.save(c.st, c.root, c.started) }

// Salt is the part of every key shared by a run's units: the kh version,
// the rule catalogue, the options that shape a unit and the hashes of the
// repository-level files the plans' rules read.
func Salt(version, display string, opt check.Options, level []File) string {
	h := newHasher("salt").add(version, rulesHash(), display, buildID(version))
	if !opt.Today.IsZero() {
		// Drafts and progress records are checked against the clock.
		h.add("today", opt.Today.Format(time.DateOnly))
	}
	if !opt.AsOf.IsZero() {
		h.add(opt.AsOf.Format(time.DateOnly))
	}
	for _, f := range level {
		h.add(f.Name, f.Hash)
	}
	return h.sum()
}

// buildID tells development builds apart: their version names a commit
// but not the edits made since, so the executable itself is hashed.
func buildID(version string) string {
	if version != "dev" && !strings.HasSuffix(version, "+dirty") {
		return ""
	}
	return exeHash()
}

var exeHash = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		return ""
	}
	return hashBytes(data)
})

// File is a file and the hash of its content ("" when it is missing).
type File struct {
	Name string `json:"n"`
	Hash string `json:"h"`
}

// entry is a stored unit with the files it was made from besides the
// plan file, which is in its key.
type entry struct {
	Deps []File      `json:"deps"`
	Unit *check.Unit `json:"unit"`
}

func (c *Cache) key(planFile, hash string) string {
	return newHasher("unit").add(c.salt, planFile, hash).sum()
}

// Lookup returns the stored unit of the plan file name when neither it nor
// any file the unit was made from changed, and records is the list of its
// progress record files now. A file whose stat is unchanged is not read,
// so an unchanged repository is checked without reading it.
// It also returns the plan file's hash and the unit's other files.
func (c *Cache) Lookup(name string, records []string) (u *check.Unit, hash string, deps []File, ok bool) {
	h := c.hash(name)
	if h == "" || h[0] == '!' {
		return nil, "", nil, false
	}
	var e entry
	if !c.st.get("unit", c.key(name, h), &e) || e.Unit == nil {
		return nil, "", nil, false
	}
	for _, d := range e.Deps {
		if c.hash(d.Name) != d.Hash {
			return nil, "", nil, false
		}
	}
	if !sameRecords(e.Deps, records) {
		return nil, "", nil, false
	}
	return e.Unit, h, e.Deps, true
}

// hash is the content hash of name, from the stat index or read; for a
// file that is missing or cannot be read, load.ReadState says why, so a
// folder that becomes a link to a device is a change.
func (c *Cache) hash(name string) string {
	if h, ok := c.idx.fresh(c.fsys, name); ok {
		return h
	}
	data, err := load.ReadFile(c.fsys, name)
	if err != nil {
		return load.ReadState(err)
	}
	h := hashBytes(data)
	c.idx.record(c.fsys, name, h)
	return h
}

// sameRecords reports whether the files deps lists under the plan's
// progress folder are records exactly.
func sameRecords(deps []File, records []string) bool {
	want := map[string]bool{}
	for _, r := range records {
		want[r] = true
	}
	n := 0
	for _, d := range deps {
		if want[d.Name] {
			n++
		}
	}
	return n == len(records)
}

// Store keeps the unit of the plan file name, read with content hash hash
// from the files deps (appendices and records, with "" for a file that
// could not be read). Files read in the run are recorded in the stat index.
func (c *Cache) Store(name, hash string, deps []File, u *check.Unit) {
	c.idx.record(c.fsys, name, hash)
	for _, d := range deps {
		c.idx.record(c.fsys, d.Name, d.Hash)
	}
	c.st.put("unit", c.key(name, hash), entry{Deps: deps, Unit: u}) //nolint:errcheck // a lost entry is a later miss
}

// Record notes a repository-level file read in the run, so the next run
// trusts its stat.
func (c *Cache) Record(name, hash string) { c.idx.record(c.fsys, name, hash) }

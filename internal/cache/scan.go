package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kh-tools/kh/internal/load"
	"github.com/kh-tools/kh/internal/parallel"
	"github.com/kh-tools/kh/internal/progress"
)

// file is one file of the repository with the hash of its content; hash is
// "" for a file that is named but cannot be read (a missing appendix).
type file struct {
	abs, name, hash string
}

// tree is what a scan finds: the files every plan's findings depend on
// (kho.yaml, the calendar, the registries) and the plan files, both in the
// loader's order.
type tree struct {
	level []file
	plans []file
	// records are the progress records (tien-do/) by plan folder.
	records map[string][]file
}

// scan finds the files the loader would read, the same way (plans and
// registries anywhere below root, hidden folders skipped), and hashes them.
func scan(root, base string, idx *statIndex) (*tree, error) {
	t := &tree{records: map[string][]file{}}
	var registries []file
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir():
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
		case recordOf(root, p) != "":
			t.records[recordOf(root, p)] = append(t.records[recordOf(root, p)], file{abs: p})
		case d.Name() == load.PlanFile:
			t.plans = append(t.plans, file{abs: p})
		case d.Name() == load.RegistryFile:
			registries = append(registries, file{abs: p})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	byPath := func(fs []file) { sort.Slice(fs, func(i, j int) bool { return fs[i].abs < fs[j].abs }) }
	byPath(t.plans)
	byPath(registries)
	for _, name := range []string{load.RootFile, load.CalendarFile} {
		if _, err := os.Stat(filepath.Join(root, name)); err == nil {
			t.level = append(t.level, file{abs: filepath.Join(root, name)})
		}
	}
	hashFiles(t.level, base, idx)
	hashFiles(registries, base, idx)
	hashFiles(t.plans, base, idx)
	for _, recs := range t.records {
		hashFiles(recs, base, idx)
	}
	t.level = append(t.level, registries...)
	return t, nil
}

// recordOf returns the plan folder of a file below a plan's tien-do
// folder, or "". Every such file counts, a superset of what the progress
// loader reads.
func recordOf(root, abs string) string {
	for dir := filepath.Dir(abs); len(dir) > len(root); dir = filepath.Dir(dir) {
		if filepath.Base(dir) == progress.Dir {
			return filepath.Dir(dir)
		}
	}
	return ""
}

// hashFiles fills name and hash, reading files on every core: on a warm
// run this is most of the work.
func hashFiles(fs []file, base string, idx *statIndex) {
	each(len(fs), func(i int) {
		fs[i].name = load.DisplayName(fs[i].abs, base)
		fs[i].hash = idx.hash(fs[i].abs)
	})
}

func hashFile(abs string) string {
	data, err := os.ReadFile(abs)
	if err != nil {
		return ""
	}
	return hashBytes(data)
}

func hashBytes(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// each runs f(0…n-1) on every core.
func each(n int, f func(i int)) { parallel.Each(n, 0, f, nil) }

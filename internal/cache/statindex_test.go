package cache

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestStatIndex(t *testing.T) {
	st := store{t.TempDir()}
	dir := t.TempDir()
	f := filepath.Join(dir, "ke-hoach.yaml")
	old := time.Now().Add(-time.Hour)
	write := func(content string, mtime time.Time) {
		t.Helper()
		if err := os.WriteFile(f, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(f, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	pass := func() string {
		idx := loadStatIndex(st, dir)
		h := idx.hash(f)
		idx.save(st, dir, time.Now())
		return h
	}
	write("id: a\n", old)
	first := pass()
	if first != hashBytes([]byte("id: a\n")) {
		t.Fatal("first pass must hash the content")
	}
	// Same size and time: the index answers without reading, so a change
	// that keeps both is not seen (git's index behaves the same).
	write("id: b\n", old)
	if got := pass(); got != first {
		t.Error("unchanged stat: want the indexed hash")
	}
	// A new modification time is seen.
	write("id: b\n", old.Add(time.Minute))
	if got := pass(); got != hashBytes([]byte("id: b\n")) {
		t.Error("changed mtime: want the new content's hash")
	}
	// A file modified just now is racy: always re-read, even with its
	// stat unchanged.
	now := time.Now()
	write("id: c\n", now)
	pass()
	write("id: d\n", now)
	if got := pass(); got != hashBytes([]byte("id: d\n")) {
		t.Error("racy file: want it re-read")
	}
}

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
	fsys := os.DirFS(dir)
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
	// pass is one run: the file is trusted from the index, or read.
	pass := func(content string) (string, bool) {
		idx := loadStatIndex(st, dir)
		started := time.Now()
		h, ok := idx.fresh(fsys, "ke-hoach.yaml")
		if !ok {
			h = hashBytes([]byte(content))
			idx.record(fsys, "ke-hoach.yaml", h)
		}
		idx.save(st, dir, started)
		return h, ok
	}
	write("id: a\n", old)
	if _, ok := pass("id: a\n"); ok {
		t.Fatal("a file never seen is trusted")
	}
	if h, ok := pass("id: a\n"); !ok || h != hashBytes([]byte("id: a\n")) {
		t.Fatal("an unchanged file is not trusted")
	}
	// Same size and time: the index answers without reading, so a change
	// that keeps both is not seen (git's index behaves the same).
	write("id: b\n", old)
	if h, ok := pass("id: b\n"); !ok || h != hashBytes([]byte("id: a\n")) {
		t.Error("unchanged stat: want the indexed hash")
	}
	// A new modification time is seen.
	write("id: b\n", old.Add(time.Minute))
	if _, ok := pass("id: b\n"); ok {
		t.Error("changed mtime: want the file read")
	}
	// A file modified during the racy window before a run is always read
	// again, even with its stat unchanged.
	now := time.Now()
	write("id: c\n", now)
	pass("id: c\n")
	write("id: d\n", now)
	if _, ok := pass("id: d\n"); ok {
		t.Error("racy file: want it read")
	}
	if _, ok := (&statIndex{Files: map[string]statInfo{}, next: map[string]statInfo{}}).fresh(fsys, "khong-co.yaml"); ok {
		t.Error("a missing file is trusted: it must be looked at, so its state is known")
	}
}

// TestAlteredEntry: an entry whose content no longer matches its checksum
// is a miss.
func TestAlteredEntry(t *testing.T) {
	st := store{t.TempDir()}
	if err := st.put("unit", "abcdef", map[string]string{"rule": "KH101"}); err != nil {
		t.Fatal(err)
	}
	var v map[string]string
	if !st.get("unit", "abcdef", &v) || v["rule"] != "KH101" {
		t.Fatal("entry not read back")
	}
	p := st.path("unit", "abcdef")
	data, _ := os.ReadFile(p)
	os.WriteFile(p, []byte(string(data[:len(data)-4])+"9\"}"), 0o644)
	if st.get("unit", "abcdef", &v) {
		t.Error("an altered entry was trusted")
	}
}

package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteReplaces(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.pdf")
	if err := WriteBytes(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteBytes(p, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	if string(got) != "new" {
		t.Fatalf("content = %q", got)
	}
	assertOnly(t, dir, "a.pdf")
}

func TestFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "b.pdf")
	err := Write(p, 0o644, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return errors.New("render failed")
	})
	if err == nil {
		t.Fatal("want error")
	}
	assertOnly(t, dir)
}

func TestUnwritableDir(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write anywhere")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	if err := WriteBytes(filepath.Join(dir, "c.pdf"), []byte("x"), 0o644); err == nil {
		t.Fatal("want error for read-only folder")
	}
}

func TestMissingDir(t *testing.T) {
	dir := t.TempDir()
	if err := WriteBytes(filepath.Join(dir, "nope", "c.pdf"), []byte("x"), 0o644); err == nil {
		t.Fatal("want error for missing folder")
	}
	assertOnly(t, dir)
}

func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if len(got) != len(names) {
		t.Fatalf("folder holds %v, want %v", got, names)
	}
}

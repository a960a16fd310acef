package gitfs

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// commit makes a git repository with files (name → content; a content
// starting with "->" makes a symbolic link) and commits them.
func commit(t *testing.T, files map[string]string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		var err error
		if target, ok := strings.CutPrefix(content, "->"); ok {
			err = os.Symlink(target, p)
		} else {
			err = os.WriteFile(p, []byte(content), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{
		{"init", "-q"},
		{"add", "-A"},
		{"-c", "user.name=kh", "-c", "user.email=kh@example.org", "commit", "-q", "-m", "một"},
	} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	return dir
}

var files = map[string]string{
	"plans/kho.yaml":                          "ten: thử\n",
	"plans/nghệ-an/co-quan.yaml":              "tinh: Nghệ An\n",
	"plans/nghệ-an/kh/ke-hoach.yaml":          "id: kh\n",
	"plans/nghệ-an/kh/tien-do/2026-Q1/a.yaml": "ke_hoach: kh\n",
	"plans/nghệ-an/kh/lien-ket.yaml":          "->/dev/zero",
	"README.md":                               "# thử\n",
}

func TestTreeIsAFileSystem(t *testing.T) {
	top := commit(t, files)
	tree, err := Open(top, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	if err := fstest.TestFS(tree, "README.md", "plans/kho.yaml", "plans/nghệ-an/kh/ke-hoach.yaml", "plans/nghệ-an/kh/tien-do/2026-Q1/a.yaml"); err != nil {
		t.Fatal(err)
	}
	sub, err := tree.Sub("plans")
	if err != nil {
		t.Fatal(err)
	}
	if err := fstest.TestFS(sub, "kho.yaml", "nghệ-an/co-quan.yaml"); err != nil {
		t.Fatal(err)
	}
	data, err := fs.ReadFile(sub, "nghệ-an/kh/ke-hoach.yaml")
	if err != nil || string(data) != "id: kh\n" {
		t.Errorf("ReadFile = %q, %v", data, err)
	}
}

// TestLinksAreNotFollowed: a link committed to git is listed as a link and
// never read through, so a revision cannot make kh read /dev/zero.
func TestLinksAreNotFollowed(t *testing.T) {
	top := commit(t, files)
	tree, err := Open(top, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	info, err := tree.Stat("plans/nghệ-an/kh/lien-ket.yaml")
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Fatalf("Stat of a link: %v, %v", info, err)
	}
	if data, err := tree.ReadFile("plans/nghệ-an/kh/lien-ket.yaml"); err != nil || string(data) != "/dev/zero" {
		t.Errorf("a link reads as its target path, got %q, %v", data, err)
	}
}

func TestSizesBeforeReading(t *testing.T) {
	top := commit(t, map[string]string{"a.yaml": strings.Repeat("x", 1000)})
	tree, err := Open(top, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	info, err := tree.Stat("a.yaml")
	if err != nil || info.Size() != 1000 {
		t.Errorf("size %v, %v", info, err)
	}
	if tree.proc.cat != nil {
		t.Error("Stat started a content reader")
	}
}

func TestOpenRefusesOptionsAndUnknownRevisions(t *testing.T) {
	top := commit(t, files)
	for _, rev := range []string{"khong-co", "--output=x", "-p"} {
		if _, err := Open(top, rev); err == nil {
			t.Errorf("Open(%q) succeeded", rev)
		}
	}
	if _, err := os.Stat(filepath.Join(top, "x")); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a revision was read as a git option")
	}
}

func TestManyReadsOneProcess(t *testing.T) {
	m := map[string]string{}
	for i := range 50 {
		m[filepath.Join("d", strings.Repeat("a", i+1)+".yaml")] = strings.Repeat("y", i)
	}
	top := commit(t, m)
	tree, err := Open(top, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	for name, want := range m {
		data, err := tree.ReadFile(filepath.ToSlash(name))
		if err != nil || string(data) != want {
			t.Fatalf("%s: %q, %v", name, data, err)
		}
	}
}

package golden

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoFormattingErrors reads every file under the repository's testdata
// folders: a golden regenerated unread once kept "%!d(string=…)".
func TestNoFormattingErrors(t *testing.T) {
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "out") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.Contains(filepath.ToSlash(p), "/testdata/") || strings.Contains(filepath.ToSlash(p), "/fuzz/") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, bad := range []string{"%!", "(MISSING)", "(EXTRA "} {
			if strings.Contains(string(data), bad) {
				t.Errorf("%s holds a formatting error %q", p, bad)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Package golden compares test output with files under testdata. Run the
// tests with KH_UPDATE_GOLDEN=1 (make golden) to rewrite the files after an
// intended change, then read the diff before committing; CI runs without it,
// so a stale file fails. One environment variable serves every package, as
// CUE_UPDATE does for CUE: a flag would have to be declared in each package
// and `go test ./... -update` fails in the packages that lack it.
package golden

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Env is the switch: set to 1 to rewrite golden files.
const Env = "KH_UPDATE_GOLDEN"

// Updating reports whether the run rewrites golden files.
func Updating() bool { return os.Getenv(Env) == "1" }

// Check compares got with the file at path, or writes it when updating.
func Check(t testing.TB, path, got string) {
	t.Helper()
	if Updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run make golden, or %s=1 go test)", err, Env)
	}
	if d := cmp.Diff(string(want), got); d != "" {
		t.Errorf("%s differs (-want +got; make golden rewrites it):\n%s", filepath.Base(path), d)
	}
}

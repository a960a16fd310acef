package cache

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/kh-tools/kh/internal/benchdata"
)

// BenchmarkRecheckOneFile measures a warm check after one plan file
// changed: every iteration edits the file, so every run re-checks that
// plan and its dependents and takes the rest from the cache. Set
// KH_BENCH_REPO to a generated repository (make bench-data) to measure at
// scale; by default a 50-plan repository is generated.
func BenchmarkRecheckOneFile(b *testing.B) {
	root := os.Getenv("KH_BENCH_REPO")
	if root == "" {
		root = filepath.Join(b.TempDir(), "kho")
		if _, err := benchdata.Generate(root, benchdata.Options{Plans: 50}); err != nil {
			b.Fatal(err)
		}
	}
	root, err := filepath.Abs(root)
	if err != nil {
		b.Fatal(err)
	}
	opt := Options{Version: "bench", Dir: b.TempDir(), Base: root}
	if _, err := Check(root, opt); err != nil {
		b.Fatal(err)
	}
	target := filepath.Join(root, yearly, "pl02-nhiem-vu.yaml")
	original, err := os.ReadFile(target)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.WriteFile(target, original, 0o644) })
	n := 0
	for b.Loop() {
		n++
		edited := fmt.Appendf(append([]byte(nil), original...), "# lần sửa %d\n", n)
		if err := os.WriteFile(target, edited, 0o644); err != nil {
			b.Fatal(err)
		}
		res, err := Check(root, opt)
		if err != nil {
			b.Fatal(err)
		}
		if res.Stats.Whole || res.Stats.Misses == 0 {
			b.Fatalf("not an incremental run: %+v", res.Stats)
		}
	}
}

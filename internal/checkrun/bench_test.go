package checkrun

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"github.com/kh-tools/kh/internal/benchdata"
)

// benchRepo is the repository a benchmark checks: KH_BENCH_REPO (make
// bench-data) to measure at scale, else 50 generated plans.
func benchRepo(b *testing.B) string {
	b.Helper()
	if root := os.Getenv("KH_BENCH_REPO"); root != "" {
		abs, err := filepath.Abs(root)
		if err != nil {
			b.Fatal(err)
		}
		return abs
	}
	root := filepath.Join(b.TempDir(), "kho")
	if _, err := benchdata.Generate(root, benchdata.Options{Plans: 50}); err != nil {
		b.Fatal(err)
	}
	return root
}

func repoBytes(b *testing.B, root string) int64 {
	var n int64
	filepath.Walk(root, func(_ string, info os.FileInfo, err error) error {
		if err == nil && info.Mode().IsRegular() {
			n += info.Size()
		}
		return err
	})
	return n
}

// BenchmarkCheckNoCache is kh check --no-cache: every plan read and
// checked, at kh check's garbage-collector target.
func BenchmarkCheckNoCache(b *testing.B) {
	root := benchRepo(b)
	b.SetBytes(repoBytes(b, root))
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run([]string{root}, Options{Base: filepath.Dir(root)}); err != nil {
			b.Fatal(err)
		}
	}
}

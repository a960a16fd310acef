package checkrun

import (
	"fmt"
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

// BenchmarkCheckEmptyCache is the first cached run: every plan checked and
// its unit stored.
func BenchmarkCheckEmptyCache(b *testing.B) {
	root := benchRepo(b)
	b.SetBytes(repoBytes(b, root))
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		b.StartTimer()
		if _, err := Run([]string{root}, Options{Base: filepath.Dir(root), Cache: true, CacheDir: dir, Version: "bench"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRecheckOneEdit is a warm run after one appendix changed: one
// plan is checked again, every other comes from the cache.
func BenchmarkRecheckOneEdit(b *testing.B) {
	root := benchRepo(b)
	dir := b.TempDir()
	opt := Options{Base: filepath.Dir(root), Cache: true, CacheDir: dir, Version: "bench"}
	if _, err := Run([]string{root}, opt); err != nil {
		b.Fatal(err)
	}
	target := filepath.Join(root, "nghe-an", "na-kh-100-2025", "pl02-nhiem-vu.yaml")
	original, err := os.ReadFile(target)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.WriteFile(target, original, 0o644) })
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n++
		edited := fmt.Appendf(append([]byte(nil), original...), "# lần sửa %d\n", n)
		if err := os.WriteFile(target, edited, 0o644); err != nil {
			b.Fatal(err)
		}
		rep, err := Run([]string{root}, opt)
		if err != nil {
			b.Fatal(err)
		}
		if rep.Stats.Plans-rep.Stats.Hits != 1 {
			b.Fatalf("not one plan re-checked: %+v", rep.Stats)
		}
	}
}

package check_test

import (
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/kh-tools/kh/internal/benchdata"
	"github.com/kh-tools/kh/internal/check"
	"github.com/kh-tools/kh/internal/load"
)

const benchPlans = 50

// BenchmarkCheckRepo measures the rules alone over an already loaded
// repository; SetBytes counts the YAML they cover, so MB/s compares with
// BenchmarkLoadRepo.
func BenchmarkCheckRepo(b *testing.B) {
	res, size := loadBenchRepo(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		check.Run(res.Repo, res.Diags, check.Options{Calendar: res.Calendar})
	}
}

// BenchmarkLoadAndCheck is what a cold kh check pays.
func BenchmarkLoadAndCheck(b *testing.B) {
	res, size := loadBenchRepo(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		r, err := load.Repo(res.Root, load.Options{Base: res.Root})
		if err != nil {
			b.Fatal(err)
		}
		check.Run(r.Repo, r.Diags, check.Options{Calendar: r.Calendar})
	}
}

func loadBenchRepo(b *testing.B) (*load.Result, int64) {
	b.Helper()
	root := b.TempDir()
	if _, err := benchdata.Generate(root, benchdata.Options{Plans: benchPlans}); err != nil {
		b.Fatal(err)
	}
	res, err := load.Repo(root, load.Options{Base: root})
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	err = filepath.WalkDir(root, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		size += info.Size()
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return res, size
}

package load_test

import (
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/kh-tools/kh/internal/benchdata"
	"github.com/kh-tools/kh/internal/load"
)

// benchPlans keeps the benchmark repository big enough to keep both cores
// busy and small enough to generate in a second.
const benchPlans = 50

// BenchmarkLoadRepo measures parsing alone: YAML plus the model decoder,
// with the worker pool at its default width.
func BenchmarkLoadRepo(b *testing.B) {
	root, size := benchRepo(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load.Repo(root, load.Options{Base: root}); err != nil {
			b.Fatal(err)
		}
	}
}

func benchRepo(b *testing.B) (string, int64) {
	b.Helper()
	root := b.TempDir()
	if _, err := benchdata.Generate(root, benchdata.Options{Plans: benchPlans}); err != nil {
		b.Fatal(err)
	}
	var size int64
	err := filepath.WalkDir(root, func(_ string, d fs.DirEntry, err error) error {
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
	return root, size
}

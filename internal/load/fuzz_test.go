package load

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kh-tools/kh/internal/plan"
)

// FuzzBytes feeds arbitrary bytes to the decoder as each kind of file. It
// must never panic, and every diagnostic must point into the file.
func FuzzBytes(f *testing.F) {
	// Small seeds keep the fuzzer fast; the real plans are covered by the
	// ordinary tests.
	seeds, _ := filepath.Glob("../../testdata/rules/base/*/*.yaml")
	more, _ := filepath.Glob("../../testdata/rules/base/*/*/*.yaml")
	for _, s := range append(seeds, more...) {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("a: &x [*x]\n"))
	f.Add([]byte("id: x\nnoi_dung:\n  - {gach: 1}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		targets := []any{&plan.Plan{}, &plan.Appendix{}, &plan.Registry{}, &plan.Config{}}
		for _, v := range targets {
			src, diags, err := Bytes(data, "f.yaml", "f.yaml", v)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range diags {
				if d.Pos.File != "f.yaml" || d.Pos.Line < 1 || d.Pos.Column < 1 {
					t.Fatalf("diagnostic without a position: %+v", d)
				}
			}
			if src == nil {
				t.Fatal("nil source")
			}
		}
	})
}

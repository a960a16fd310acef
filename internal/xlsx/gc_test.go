package xlsx

import (
	"runtime/debug"
	"testing"
)

// TestLowerGCRestores: overlapping large writes (parallel builds) leave the
// caller's GC target as it was once the last one is done.
func TestLowerGCRestores(t *testing.T) {
	orig := debug.SetGCPercent(123)
	defer debug.SetGCPercent(orig)
	a := lowerGC()
	b := lowerGC()
	a()
	if got := debug.SetGCPercent(lowGCPercent); got != lowGCPercent {
		t.Fatalf("target %d while a write is still running", got)
	}
	b()
	if got := debug.SetGCPercent(123); got != 123 {
		t.Fatalf("target %d after the last write, want 123", got)
	}
}

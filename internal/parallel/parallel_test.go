package parallel

import (
	"sync/atomic"
	"testing"
)

func TestEach(t *testing.T) {
	for _, tt := range []struct{ n, workers int }{{0, 0}, {1, 0}, {100, 0}, {100, 1}, {7, 16}} {
		var sum atomic.Int64
		seen := make([]bool, tt.n)
		last := 0
		Each(tt.n, tt.workers, func(i int) {
			seen[i] = true
			sum.Add(int64(i))
		}, func(finished int) {
			if finished != last+1 {
				t.Errorf("progress jumped from %d to %d", last, finished)
			}
			last = finished
		})
		if want := int64(tt.n * (tt.n - 1) / 2); sum.Load() != want || last != tt.n {
			t.Errorf("n=%d workers=%d: sum %d (want %d), progress %d", tt.n, tt.workers, sum.Load(), want, last)
		}
		for i, ok := range seen {
			if !ok {
				t.Errorf("n=%d: %d not run", tt.n, i)
			}
		}
	}
}

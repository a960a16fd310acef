// Package parallel runs independent pieces of work on every core: parsing
// files, checking plans, rendering outputs.
package parallel

import (
	"runtime"
	"sync"
)

// Each calls fn(i) for every i in [0, n) on workers goroutines (one per
// core when workers ≤ 0) and returns when all calls are done. done, if not
// nil, is called after each call with the number finished so far, one call
// at a time, for progress displays.
func Each(n, workers int, fn func(i int), done func(finished int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	finished := 0
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
				if done != nil {
					mu.Lock()
					finished++
					done(finished)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

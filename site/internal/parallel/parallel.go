// Package parallel runs independent work on all cores.
package parallel

import (
	"runtime"
	"sync"
)

// Do calls f(0), …, f(n-1) on GOMAXPROCS goroutines and returns when all
// have returned. f must write only to its own index's results, so that
// what the caller builds from them does not depend on the schedule.
func Do(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	workers := min(runtime.GOMAXPROCS(0), max(n, 1))
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

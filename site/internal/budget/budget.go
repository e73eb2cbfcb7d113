// Package budget measures what a piece of work costs, for the resource
// tests that assert time and memory grow linearly with hostile input:
// bytes allocated, and CPU time (which, unlike the clock, does not grow
// while other programs have the CPU).
package budget

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

// Allocated returns the bytes f allocates, the least of two runs.
func Allocated(f func()) uint64 {
	best := ^uint64(0)
	for range 2 {
		var a, b runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&a)
		f()
		runtime.ReadMemStats(&b)
		best = min(best, b.TotalAlloc-a.TotalAlloc)
	}
	return best
}

// CPUTime returns the CPU time the process has used so far, or is nil
// where that cannot be read (cputime_unix.go sets it).
var CPUTime func() time.Duration

// Fastest returns the least CPU time of seven runs of each of f and g,
// taken in turn, with the garbage collector off so that what is counted is
// their own work. CPUTime must not be nil.
func Fastest(f, g func()) (tf, tg time.Duration) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	tf, tg = time.Duration(1<<63-1), time.Duration(1<<63-1)
	for range 7 {
		for _, x := range []struct {
			run  func()
			best *time.Duration
		}{{f, &tf}, {g, &tg}} {
			runtime.GC()
			start := CPUTime()
			x.run()
			*x.best = min(*x.best, CPUTime()-start)
		}
	}
	return tf, tg
}

// MB formats a byte count.
func MB(n uint64) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }

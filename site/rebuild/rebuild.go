// Package rebuild is the loop of malli serve and check --watch: it builds a
// site.Session once and again after every batch of changes a watch.Watcher
// reports, and never shows a stale result.
//
// A batch that arrives while a build runs cancels that build; the next
// build gets the changes of both (and a rescan if either asked for one), so
// a burst of saves ends in one build of the latest files. Every build that
// finishes is reported, in order; a cancelled one is not.
package rebuild

import (
	"context"
	"errors"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/watch"
)

// Hooks are what the loop tells its caller. Either may be nil.
type Hooks struct {
	// Start is called when a build starts (again, after a cancelled one).
	Start func()
	// Done gets each finished build: its Snapshot, and the Session's error
	// (a diag.List when the content has errors; the Snapshot is nil only
	// when malli could not build at all).
	Done func(*site.Snapshot, error)
}

// Loop builds s at once, then after each batch from batches, until ctx is
// done or batches is closed; it returns when its last build has stopped.
func Loop(ctx context.Context, s *site.Session, batches <-chan watch.Batch, h Hooks) {
	type result struct {
		snap *site.Snapshot
		err  error
	}
	var (
		pending  []string    // changes no finished build has seen
		rescan   = true      // the first build reads everything
		inflight []string    // the changes the running build was given
		inRescan bool        //
		cancel   func()      // of the running build; nil when none runs
		results  chan result // of the running build
	)
	start := func() {
		inflight, inRescan = pending, rescan
		pending, rescan = nil, false
		bctx, c := context.WithCancel(ctx)
		cancel, results = c, make(chan result, 1)
		if h.Start != nil {
			h.Start()
		}
		go func(paths []string, all bool, out chan<- result) {
			snap, err := s.Build(bctx, paths, all)
			out <- result{snap, err}
		}(inflight, inRescan, results)
	}
	start()
	for {
		select {
		case <-ctx.Done():
			if cancel != nil {
				cancel()
				<-results
			}
			return
		case b, ok := <-batches:
			if !ok {
				if cancel != nil {
					cancel()
					<-results
				}
				return
			}
			pending = append(pending, b.Paths...)
			rescan = rescan || b.Rescan
			if cancel != nil {
				cancel() // stale: its result comes back cancelled
			} else {
				start()
			}
		case r := <-results:
			cancel()
			cancel = nil
			if r.snap == nil && errors.Is(r.err, context.Canceled) && ctx.Err() == nil {
				// Cancelled by a newer batch: build again with everything
				// it was to see.
				pending = append(inflight, pending...)
				rescan = rescan || inRescan
				start()
				continue
			}
			if h.Done != nil {
				h.Done(r.snap, r.err)
			}
			if len(pending) > 0 || rescan {
				start()
			}
		}
	}
}

// Package publish is the only writer of a build's output. A build writes
// through one transaction:
//
//	tx, err := p.Begin(ctx)
//	tx.Write(path, data) // each file, from any number of goroutines
//	tx.Commit()          // or tx.Abort()
//
// and Files does exactly that for a list of files. Nothing a transaction
// writes is visible at the output before Commit. Abort, or a Commit that
// fails before the new output is in place, leaves the previous output
// exactly as it was and no temporary folder behind.
//
// Dir publishes into a folder on disk; call it public/:
//
//   - Begin refuses an output that is a symbolic link, and a folder that is
//     neither empty nor holds the Marker (ErrNotOutput), so a mistyped -o
//     never replaces a folder malli did not make. It takes an exclusive lock
//     on .public.lock beside the output (flock, on Linux, macOS and the
//     BSDs; other systems do not lock), held until Commit or Abort, so that
//     builds into one output run one after the other. If public/ is missing
//     because a build was killed between the fallback's two renames (below),
//     it puts the previous output back from .public.old-*. It removes the
//     temporary folders earlier builds left when they were killed
//     (.public.new-* and .public.old-* beside the output that hold the
//     Marker or are empty), then makes its own, .public.new-*, and writes
//     the Marker into it first.
//   - Write puts a file into the temporary folder with mode 0644, in folders
//     of mode 0755, whatever the umask.
//   - Commit exchanges the temporary folder and public/ in one
//     renameat2(RENAME_EXCHANGE), so that public/ is a whole site, the old or
//     the new one, at every instant; then it removes the old copy, read-only
//     folders and all. Where the exchange is not available (systems other
//     than Linux, file systems without it) Commit renames public/ to
//     .public.old-* and the new folder to public/: between those two renames
//     there is no public/. A public/ that does not exist yet is simply
//     renamed into place.
//   - If the old copy cannot be removed, Commit returns an error that says
//     so, although the new site is published; the next Begin removes it.
//
// So a build killed at any point leaves the previous site at public/ (or,
// between the fallback's two renames, at .public.old-*, where the next
// Begin takes it back from), and the next Begin removes whatever else it
// left. The lock file stays beside the output.
//
// Memory keeps the output in memory, for tests and serve: at Commit the
// transaction's files replace the stored ones.
package publish

import (
	"context"
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/malli-fi/malli/site/render"
)

// Publisher starts publish transactions.
type Publisher interface {
	Begin(ctx context.Context) (Tx, error)
}

// Tx is one build's output being written. Write is safe for concurrent use.
// Nothing is visible at the output until Commit; Abort (or a failed Commit)
// leaves the previous output exactly as it was and no temporary folder behind.
// The one exception is a Commit that publishes the new output but cannot
// remove the old copy: its error says so. Abort after Commit does nothing,
// so it may be deferred.
type Tx interface {
	// Write stores one file. The path is slash-separated, clean and relative
	// to the output root, such as "fi/index.html"; it may not be the Marker.
	// A path written twice, or a file where a folder is (or the other way
	// round), is an error.
	Write(path string, data []byte) error
	Commit() error
	Abort() error
}

// Marker is the file Dir leaves in every folder it publishes. Dir replaces
// an existing folder only if it has this file (or is empty), so a mistyped
// -o never deletes a folder malli did not make.
const Marker = ".malli-build"

// ErrNotOutput is returned when the output folder exists but is not one
// malli built.
var ErrNotOutput = errors.New("the output folder exists and was not built by malli")

// errDone is returned by a transaction used after Commit or Abort.
var errDone = errors.New("the transaction is already committed or aborted")

// writers bounds the concurrent Writes of Files.
const writers = 16

// Files publishes files in one transaction: Begin, Write each (concurrently,
// bounded), Commit; on any error or ctx cancellation, Abort and return the error.
func Files(ctx context.Context, p Publisher, files []render.File) error {
	tx, err := p.Begin(ctx)
	if err != nil {
		return err
	}
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	jobs := make(chan render.File)
	for range min(writers, len(files)) {
		wg.Go(func() {
			for f := range jobs {
				if err := tx.Write(f.Path, f.Data); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					cancel()
				}
			}
		})
	}
feed:
	for _, f := range files {
		select {
		case jobs <- f:
		case <-wctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if first == nil && ctx.Err() != nil {
		first = fmt.Errorf("publishing: %w", ctx.Err())
	}
	if first != nil {
		return errors.Join(first, tx.Abort())
	}
	return tx.Commit()
}

// checkPath reports an error unless name is a path Write accepts.
func checkPath(name string) error {
	if name == "" || name == "." || strings.ContainsAny(name, "\\\x00") ||
		path.Clean(name) != name || !filepath.IsLocal(filepath.FromSlash(name)) {
		return fmt.Errorf("publishing %q: not a clean, relative, slash-separated path inside the output", name)
	}
	if name == Marker {
		return fmt.Errorf("publishing %q: the name is reserved for malli's marker", name)
	}
	return nil
}

// fault, when not nil, is called at the named steps of a Dir transaction,
// so that tests can make a step fail (return an error) or simulate a kill
// there (panic, and skip the cleanup). The steps are the step* constants.
var fault func(step string) error

const (
	stepWrite     = "write"           // after each file is written
	stepSwap      = "swap"            // in Commit, before the new folder is swapped in
	stepRenames   = "between-renames" // in the fallback, with the old output renamed away
	stepRemoveOld = "remove-old"      // with the new output in place, before the old copy is removed
)

func inject(step string) error {
	if fault == nil {
		return nil
	}
	return fault(step)
}

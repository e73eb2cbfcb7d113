// Package watch reports changes to a site's sources, in batches, for
// malli serve and malli check --watch.
//
// New watches the folders it is given (content, schemas, themes) under a
// root, each with every folder inside it, and sends a Batch on Batches
// each time changes settle:
//
//   - A change is a file, folder or symbolic link under a watched folder
//     that is created, written, removed, or renamed (both its old and its
//     new path). A change of mode or time alone is not. A folder that
//     appears (made, or moved in from elsewhere) is reported with
//     everything already inside it; a folder that goes (removed, or moved
//     out) with everything that was known inside it. A watched folder that
//     does not exist yet, or is removed, is watched for: when it appears it
//     is reported like any other new folder. Nothing outside the watched
//     folders is reported, the rest of the root included.
//   - Editors' side files are never reported, and a batch of nothing else
//     is not sent: backups ("a.md~"), Vim swap files (".swp", ".swo",
//     ".swx"), Emacs locks (".#a.md") and auto-saves ("#a.md#"),
//     JetBrains safe-write files ("a.md___jb_tmp___", "a.md___jb_old___"),
//     VS Code atomic-save files ("a.md.vsctmp") and ".DS_Store". Vim's
//     write probe (a name of digits only, such as "4913") and other
//     atomic-save temporary files ("a.md.tmp") are left out when they are
//     made and gone again within one batch. So an editor's save of
//     content/a.md, in place or through a temporary file renamed over it,
//     is the one path "content/a.md".
//   - Symbolic links are reported but not followed: nothing behind one is
//     watched. Neither is a folder named like a side file ("old~").
//
// A batch is sent once no change has come for Options.Quiet, or at the
// latest Options.MaxDelay after its first change; while an editor's
// temporary file of the batch (a probe, x.tmp) still exists, the save is
// in progress and the batch waits for its rename, up to MaxDelay. A batch says which paths
// changed, not how or in what order: the consumer reads them to find out.
// Every change is in a batch sent after it happened,
// so a consumer that reads the Paths of each batch it receives has, once
// changes stop, read the sources as they are. (The one exception: a
// consumer that lists a folder in the instant a probe or temporary file
// left out above exists sees it and is not told it went.) While the
// consumer has not taken a batch, later changes join it: there is never
// more than one batch waiting, and the watcher never waits for the
// consumer.
//
// Rescan says events may have been lost and the consumer must read all the
// sources again; Paths may then be incomplete. It is set when inotify's
// queue overflows (the folders are then walked again to watch any that
// were missed), when a folder cannot be watched or read (the folder is
// then not watched; the watcher keeps going), and when the root itself is
// removed or moved. Err says why, and is nil exactly when Rescan is false:
// there is no separate error channel.
//
// New walks the watched folders once, and each folder, not each file,
// takes one inotify watch on Linux (and the root one more). A user's
// watches, in all programs together, are limited by
// fs.inotify.max_user_watches: by default 8192 on kernels before 5.11, and
// on later ones 1 % of memory at about 1 KiB a watch (at least 8192, at
// most 1 048 576). Past it, the folders that cannot be watched give a
// Rescan batch whose Err says to raise the limit.
package watch

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Options tune when a Batch is sent. A zero field takes its default.
type Options struct {
	// Quiet is how long no change must come before a batch is sent;
	// 20 ms by default, so that a preview updates within 50 ms of a save.
	Quiet time.Duration
	// MaxDelay bounds how long a stream of changes can hold a batch back;
	// 300 ms by default.
	MaxDelay time.Duration
}

// Batch is one group of changes.
type Batch struct {
	// Paths are the changed paths, slash-separated, relative to the root,
	// sorted, without duplicates.
	Paths []string
	// Rescan says events may have been lost: read all the sources again.
	Rescan bool
	// Err says why Rescan is set; it is nil when Rescan is false.
	Err error
}

// Watcher watches a site's folders; see the package doc.
type Watcher struct {
	root    string          // absolute
	tops    map[string]bool // the watched folders' names
	opts    Options
	fs      *fsnotify.Watcher
	batches chan Batch
	done    chan struct{} // closed by Close
	stopped chan struct{} // closed when run returns
	closing sync.Once

	// Owned by New, then by run.
	known   map[string]map[string]bool // watched folder -> entry name -> is a folder
	pending map[string]bool            // changed path -> made since the batch began
	rescan  bool
	errs    []error // the first maxErrors causes of rescan
	lost    int     // causes past those
}

// maxErrors is how many errors a Batch's Err lists before counting the
// rest.
const maxErrors = 10

// New starts watching root/dir for each dir, a folder name such as
// "content". It fails if root is not a folder or cannot be watched.
func New(root string, dirs []string, opts Options) (*Watcher, error) {
	if opts.Quiet < 0 || opts.MaxDelay < 0 {
		return nil, fmt.Errorf("watching %s: negative Quiet or MaxDelay", root)
	}
	if opts.Quiet == 0 {
		opts.Quiet = 20 * time.Millisecond
	}
	if opts.MaxDelay == 0 {
		opts.MaxDelay = 300 * time.Millisecond
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("watching %s: %w", root, err)
	}
	w := &Watcher{
		root:    abs,
		tops:    map[string]bool{},
		opts:    opts,
		batches: make(chan Batch),
		done:    make(chan struct{}),
		stopped: make(chan struct{}),
		known:   map[string]map[string]bool{},
		pending: map[string]bool{},
	}
	for _, d := range dirs {
		if d == "" || d == "." || d == ".." || strings.ContainsAny(d, `/\`) {
			return nil, fmt.Errorf("watching %s: %q is not a folder name", root, d)
		}
		w.tops[d] = true
	}
	if fi, err := os.Stat(abs); err != nil {
		return nil, fmt.Errorf("watching %s: %w", root, err)
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("watching %s: not a folder", root)
	}
	if w.fs, err = fsnotify.NewWatcher(); err != nil {
		return nil, fmt.Errorf("watching %s: %w%s", root, err, limitHint(err))
	}
	// The root's own watch, which is not recursive, sees the watched
	// folders appear and go.
	if err := w.fs.Add(abs); err != nil {
		w.fs.Close()
		return nil, fmt.Errorf("watching %s: %w%s", root, err, limitHint(err))
	}
	for top := range w.tops {
		w.walk(top, false)
	}
	go w.run()
	return w, nil
}

// Batches returns the channel of batches, closed by Close.
func (w *Watcher) Batches() <-chan Batch { return w.batches }

// Close stops the watcher and every goroutine it started, drops a batch
// not yet received and closes Batches. Later calls do nothing and return
// nil.
func (w *Watcher) Close() error {
	err := error(nil)
	w.closing.Do(func() {
		close(w.done)
		<-w.stopped
		err = w.fs.Close()
	})
	return err
}

// run handles events and sends batches until Close.
func (w *Watcher) run() {
	defer close(w.stopped)
	defer close(w.batches)
	quiet, late := time.NewTimer(time.Hour), time.NewTimer(time.Hour)
	quiet.Stop()
	late.Stop()
	var (
		ready Batch        // the batch waiting to be taken
		out   chan<- Batch // w.batches while ready holds a batch, else nil
		open  bool         // changes are pending and the timers run
	)
	changed := func() {
		if !open {
			open = true
			late.Reset(w.opts.MaxDelay)
		}
		quiet.Reset(w.opts.Quiet)
	}
	flush := func() {
		open = false
		quiet.Stop()
		late.Stop()
		if b, ok := w.take(); ok {
			ready = merge(ready, b)
			out = w.batches
		}
	}
	if w.rescan { // New could not watch everything
		changed()
	}
	for {
		select {
		case <-w.done:
			return
		case ev := <-w.fs.Events: // fsnotify closes it only in Close, after run
			if w.event(ev) {
				changed()
			}
		case err := <-w.fs.Errors:
			w.fail(err)
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				w.resync()
			}
			changed()
		case <-quiet.C:
			if w.midSave() {
				quiet.Reset(w.opts.Quiet) // the rename that ends the save is coming; MaxDelay bounds the wait
				continue
			}
			flush()
		case <-late.C:
			flush()
		case out <- ready:
			ready, out = Batch{}, nil
		}
	}
}

// midSave reports whether a pending change is a transient file an editor
// made and has not yet renamed or removed: a save in progress, which the
// batch waits for (until MaxDelay) so that no build sees its temporary file.
func (w *Watcher) midSave() bool {
	for p, made := range w.pending {
		if made && transient(path.Base(p)) && w.exists(p) {
			return true
		}
	}
	return false
}

// take returns the pending changes as a batch, and whether it holds
// anything, and starts a new one.
func (w *Watcher) take() (Batch, bool) {
	b := Batch{Rescan: w.rescan}
	if w.rescan {
		errs := w.errs
		if w.lost > 0 {
			errs = append(errs, fmt.Errorf("and %d more errors", w.lost))
		}
		b.Err = errors.Join(errs...)
	}
	for p, made := range w.pending {
		if made && transient(path.Base(p)) && !w.exists(p) {
			continue
		}
		b.Paths = append(b.Paths, p)
	}
	slices.Sort(b.Paths)
	clear(w.pending)
	w.rescan, w.errs, w.lost = false, nil, 0
	return b, len(b.Paths) > 0 || b.Rescan
}

// merge adds b to a batch not yet taken.
func merge(a, b Batch) Batch {
	a.Paths = append(a.Paths, b.Paths...)
	slices.Sort(a.Paths)
	a.Paths = slices.Compact(a.Paths)
	a.Rescan = a.Rescan || b.Rescan
	a.Err = errors.Join(a.Err, b.Err)
	return a
}

// fail records err as a cause of rescan.
func (w *Watcher) fail(err error) {
	w.rescan = true
	if len(w.errs) < maxErrors {
		w.errs = append(w.errs, err)
	} else {
		w.lost++
	}
}

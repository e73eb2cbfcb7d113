package site

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"io/fs"
	"slices"
	"strings"
	"time"

	"github.com/gohugoio/hashstructure"
)

// A Session builds one site again and again, for malli serve and check
// --watch, and makes again only what its changed inputs reach:
//
//   - a file's bytes are read again only when the caller says it may have
//     changed (a watcher's event), or on a rescan;
//   - a file's scan is kept while the hashstructure key of its inputs (its
//     path and bytes, the schemas, the theme's ids, check or build) is the
//     same, so a schema change scans again and a body edit scans one file;
//   - the schemas are compiled and the theme loaded again only when their
//     files changed;
//   - a document's resolution is kept when nothing it read changed
//     (graph.Options.Previous);
//   - an output is made again only when its key (keys.go: the hash of
//     everything it is made from) changed.
//
// Each Build gives exactly the outputs and diagnostics a fresh Build of
// the same files gives; the tests prove it over random edits.
type Session struct {
	opts   Options
	fsys   fs.FS
	closer io.Closer
	prev   *state             // the last build's state
	good   map[string]emitted // the outputs of the last build without errors
	keys   *keyCache          // what the keys of the last build without errors leave
}

// Snapshot is one build of a Session.
type Snapshot struct {
	Result *Result
	// Files holds every output by path when the build had no error (and is
	// not a check); nil otherwise.
	Files map[string][]byte
	// Changed lists the outputs added, changed or removed since the last
	// build that had Files, sorted; after the first such build, every one.
	Changed []string
	// Made counts the outputs made again; the others were kept.
	Made int
}

// File returns the output at path (Snapshot is a serve.Site).
func (s *Snapshot) File(path string) ([]byte, bool) {
	data, ok := s.Files[path]
	return data, ok
}

// NewSession opens the site of opts for repeated builds. opts.Out is not
// used: a Session keeps its outputs in its Snapshots.
func NewSession(opts Options) (*Session, error) {
	fsys, closer, err := open(opts)
	if err != nil {
		return nil, err
	}
	return &Session{opts: opts, fsys: fsys, closer: closer}, nil
}

// Close releases the site's folder.
func (s *Session) Close() error { return s.closer.Close() }

// Build builds the site. changed are the paths, relative to the site's
// folder ("content/x.md", or a folder), that may have changed since the
// previous Build that returned a Snapshot (a cancelled Build leaves its
// changes pending: pass them again); rescan reads every file again (the first Build always
// does). A cancelled Build changes nothing the next Build reuses. Build
// must not be called concurrently.
func (s *Session) Build(ctx context.Context, changed []string, rescan bool) (*Snapshot, error) {
	start := time.Now()
	var since func(string) bool
	if !rescan && s.prev != nil {
		since = changedUnder(changed)
	}
	b, err := run(ctx, s.fsys, s.opts, s.prev, since)
	if b == nil {
		return nil, err
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	snap := &Snapshot{Result: b.res}
	if err != nil || s.opts.Check {
		s.prev = b.state
		b.res.Duration = time.Since(start)
		return snap, err
	}
	env, err := hashstructure.Hash(struct {
		Schemas, Theme [sha256.Size]byte
		BaseURL        string
		Drafts         bool
	}{b.state.schemaSum, b.state.themeSum, s.opts.BaseURL, s.opts.Drafts}, nil)
	if err != nil {
		return nil, err
	}
	e := b.emitter()
	keys, keyCache := outputKeys(b.g, b.state.reg, e.r, b.sources, env, b.outputs, s.keys)
	outs, made, err := e.emitAgain(ctx, b.outputs, keys, s.good)
	if err != nil {
		return nil, err // nothing of this build is kept: the next one starts from the last
	}
	snap.Made = made
	snap.Files = make(map[string][]byte, len(outs))
	for p, o := range outs {
		snap.Files[p] = o.data
		if old, ok := s.good[p]; !ok || !bytes.Equal(old.data, o.data) {
			snap.Changed = append(snap.Changed, p)
		}
	}
	for p := range s.good {
		if _, ok := outs[p]; !ok {
			snap.Changed = append(snap.Changed, p)
		}
	}
	slices.Sort(snap.Changed)
	s.prev, s.good, s.keys = b.state, outs, keyCache
	b.res.Duration = time.Since(start)
	return snap, nil
}

// changedUnder reports whether a path is one of paths or lies in one of
// them.
func changedUnder(paths []string) func(string) bool {
	set := make(map[string]bool, len(paths))
	for _, p := range paths {
		set[strings.TrimSuffix(p, "/")] = true
	}
	return func(p string) bool {
		for {
			if set[p] {
				return true
			}
			i := strings.LastIndexByte(p, '/')
			if i < 0 {
				return false
			}
			p = p[:i]
		}
	}
}

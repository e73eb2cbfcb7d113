package site

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/gohugoio/hashstructure"
	"github.com/malli-fi/malli/site/export"
	"github.com/malli-fi/malli/site/plan"
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
//     everything it is made from) changed;
//   - a save that changed only a document's body (the same front matter,
//     place in the index, listing card and links; see bodyOnly) skips the
//     passes over the whole site: only its page and exports are made.
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
	last   *lastGood          // the last build without errors, when s.prev is its state
}

// lastGood is what a Session keeps of its last build without errors for
// the next one to start from when only a document's body changed.
type lastGood struct {
	snap    *Snapshot
	e       *emitter
	env     uint64
	scanner scanner
	outputs []plan.Output
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
	if snap, ok, err := s.bodyOnly(ctx, changed, rescan); ok || err != nil {
		if snap != nil {
			snap.Result.Duration = time.Since(start)
		}
		return snap, err
	}
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
	s.last = nil
	if err != nil || s.opts.Check {
		s.prev = b.state
		b.res.Duration = time.Since(start)
		return snap, err
	}
	// What every output depends on besides its own inputs: the scans'
	// env (schemas, the theme's ids, check or build) and the settings; each
	// page adds its layout's files (keys.go).
	env, err := hashstructure.Hash(struct {
		Scan    uint64
		BaseURL string
		Drafts  bool
	}{b.scanner.env, s.opts.BaseURL, s.opts.Drafts}, nil)
	if err != nil {
		return nil, err
	}
	e := b.emitter()
	keys, keyCache := outputKeys(b.g, b.state.reg, e.r, b.sources, env, b.outputs, s.keys)
	outs, made, err := e.emitAgain(ctx, b.outputs, keys, s.good)
	if err != nil {
		if err = b.failTemplate(err); IsContentError(err) {
			return snap, err // a layout failed: nothing of this build is kept, as with any error
		}
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
	s.last = &lastGood{snap: snap, e: e, env: env, scanner: b.scanner, outputs: b.outputs}
	b.res.Duration = time.Since(start)
	return snap, nil
}

// bodyOnly is Build when changed is one document whose front matter, place
// in the index, listing card and links stayed as they were, and whose
// new text has no problem, after a build without errors: then only that
// document's page and export (and its Innokylä export and pages), its
// type's export and the search indexes, can change, and
// everything else of the last build is the new build's. ok is false when it does not apply.
func (s *Session) bodyOnly(ctx context.Context, changed []string, rescan bool) (snap *Snapshot, ok bool, err error) {
	last := s.last
	if rescan || last == nil || len(changed) != 1 || s.opts.Check {
		return nil, false, nil
	}
	p := changed[0]
	old, scannedBefore := s.prev.scans[p]
	if !scannedBefore || old.doc == nil || len(old.diags) > 0 || old.doc.IsIndex {
		return nil, false, nil
	}
	tree, f, ok, err := s.prev.tree.Reread(s.fsys, p)
	if !ok || err != nil {
		return nil, false, err
	}
	sc := last.scanner.scan(f, &old)
	d := sc.doc
	if d == old.doc { // saved as it was
		st := *s.prev
		st.tree = tree
		s.prev = &st
		res := *last.snap.Result
		snap = &Snapshot{Result: &res, Files: last.snap.Files}
		s.last = &lastGood{snap: snap, e: last.e, env: last.env, scanner: last.scanner, outputs: last.outputs}
		return snap, true, nil
	}
	if d == nil || len(sc.diags) > 0 || d.Type != old.doc.Type || card(d) != card(old.doc) {
		return nil, false, nil
	}
	g, ok := s.prev.graph.Replace(d)
	if !ok {
		return nil, false, nil
	}
	var mine []plan.Output // d's own outputs, and its type's export
	for _, o := range last.outputs {
		if o.Doc == d.Key() || o.Kind == plan.Export && o.Path == export.TypePath(d.Type.Name) || o.Kind == plan.SearchIndex { // o.Doc is zero but for a document's own outputs
			mine = append(mine, o)
		}
	}
	e := last.e.with(g)
	keys, keyCache := replacedKeys(g, s.prev.reg, e.r.Theme(), last.env, s.keys, d, mine)
	outs, made, err := e.emitAgain(ctx, mine, keys, s.good)
	if err != nil {
		return nil, true, err
	}
	res := *last.snap.Result
	snap = &Snapshot{Result: &res, Files: maps.Clone(last.snap.Files), Made: made}
	good := maps.Clone(s.good)
	for p, o := range outs {
		if !bytes.Equal(o.data, snap.Files[p]) {
			snap.Changed = append(snap.Changed, p)
		}
		snap.Files[p], good[p] = o.data, o
	}
	slices.Sort(snap.Changed)
	st := *s.prev
	st.tree, st.graph, st.scans = tree, g, maps.Clone(s.prev.scans)
	st.scans[p] = sc
	s.prev, s.good, s.keys = &st, good, keyCache
	s.last = &lastGood{snap: snap, e: e, env: last.env, scanner: last.scanner, outputs: last.outputs}
	return snap, true, nil
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

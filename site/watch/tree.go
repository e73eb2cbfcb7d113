package watch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/fsnotify/fsnotify"
)

// event records what ev changed, and reports whether it changed anything
// the package reports.
func (w *Watcher) event(ev fsnotify.Event) bool {
	if ev.Name == w.root {
		if !ev.Has(fsnotify.Remove | fsnotify.Rename) {
			return false
		}
		w.fail(fmt.Errorf("watching %s: the folder was removed or moved", w.root))
		return true
	}
	rel, ok := w.rel(ev.Name)
	if !ok {
		return false
	}
	switch {
	case ev.Has(fsnotify.Create):
		w.created(rel)
	case ev.Has(fsnotify.Remove | fsnotify.Rename):
		w.forget(rel)
	case ev.Has(fsnotify.Write):
		w.mark(rel, false)
	default: // a change of mode or time alone
		return false
	}
	return true
}

// rel returns name, an absolute path, relative to the root and
// slash-separated, and whether it is in a watched folder and no name in it
// is an editor's side file.
func (w *Watcher) rel(name string) (string, bool) {
	rel, ok := strings.CutPrefix(name, w.root+string(filepath.Separator))
	if !ok {
		return "", false
	}
	rel = filepath.ToSlash(rel)
	top, _, _ := strings.Cut(rel, "/")
	if !w.tops[top] {
		return "", false
	}
	for _, elem := range strings.Split(rel, "/") {
		if sideFile(elem) {
			return "", false
		}
	}
	return rel, true
}

// abs returns the absolute path of rel.
func (w *Watcher) abs(rel string) string { return filepath.Join(w.root, filepath.FromSlash(rel)) }

// exists reports whether rel is there now.
func (w *Watcher) exists(rel string) bool {
	_, err := os.Lstat(w.abs(rel))
	return err == nil
}

// mark records rel as changed; made says it was created.
func (w *Watcher) mark(rel string, made bool) { w.pending[rel] = w.pending[rel] || made }

// created records that rel appeared, and watches it and reports what is in
// it if it is a folder.
func (w *Watcher) created(rel string) {
	w.mark(rel, true)
	fi, err := os.Lstat(w.abs(rel))
	switch {
	case err != nil: // gone again; the event saying so follows
	case fi.IsDir():
		w.walk(rel, true)
	default:
		w.know(rel, false)
	}
}

// know records rel as an entry of its folder.
func (w *Watcher) know(rel string, dir bool) {
	if entries, ok := w.known[path.Dir(rel)]; ok {
		entries[path.Base(rel)] = dir
	}
}

// walk watches the folder rel and every folder in it, and records what is
// in them, as changed if report is set. Each folder is watched before it is
// read, so that nothing made in it meanwhile is missed. Symbolic links are
// not followed.
func (w *Watcher) walk(rel string, report bool) {
	filepath.WalkDir(w.abs(rel), func(p string, d fs.DirEntry, err error) error {
		r, ok := w.rel(p)
		if !ok {
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				w.fail(fmt.Errorf("watching %s: %w", r, err))
			}
			return nil
		}
		if report {
			w.mark(r, true)
		}
		w.know(r, d.IsDir())
		if !d.IsDir() {
			return nil
		}
		if _, ok := w.known[r]; !ok {
			w.known[r] = map[string]bool{}
		}
		if err := w.fs.Add(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			w.fail(fmt.Errorf("watching %s: %w%s", r, err, limitHint(err)))
		}
		return nil
	})
}

// forget records that rel is gone, with everything known inside it, and
// drops the watches of the folders among them.
func (w *Watcher) forget(rel string) {
	w.mark(rel, false)
	if entries, ok := w.known[path.Dir(rel)]; ok {
		delete(entries, path.Base(rel))
	}
	entries, ok := w.known[rel]
	if !ok {
		return
	}
	delete(w.known, rel)
	// The kernel drops the watch of a removed folder itself, so an error
	// here means only that the watch is already gone.
	w.fs.Remove(w.abs(rel))
	for name := range entries {
		w.forget(rel + "/" + name)
	}
}

// resync walks the watched folders again after events were lost: it
// watches the folders that were missed and drops the watches of those that
// are gone.
func (w *Watcher) resync() {
	old := w.known
	w.known = map[string]map[string]bool{}
	for top := range w.tops {
		w.walk(top, false)
	}
	for rel := range old {
		if _, ok := w.known[rel]; !ok {
			w.fs.Remove(w.abs(rel))
		}
	}
}

// Package publish is the only writer of output. A Publisher receives the
// complete list of files of a build at once, so a failed build never writes
// anything: Dir writes into a temporary folder beside the output folder and
// swaps it into place only when every file is written, so the previous site
// stays whole until the new one is complete and no stale file survives.
package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/malli-fi/malli/site/render"
)

// Publisher stores the files of a complete build.
type Publisher interface {
	Publish(files []render.File) error
}

// Marker is the file Dir leaves in every folder it publishes. Dir replaces
// an existing folder only if it has this file (or is empty), so a mistyped
// -o never deletes a folder malli did not make.
const Marker = ".malli-build"

// ErrNotOutput is returned when the output folder exists but is not one
// malli built.
var ErrNotOutput = errors.New("the output folder exists and was not built by malli")

// Dir publishes into a folder on disk.
type Dir struct {
	Path string
}

// Publish writes files to a new folder and renames it over d.Path.
func (d Dir) Publish(files []render.File) error {
	out, err := filepath.Abs(d.Path)
	if err != nil {
		return fmt.Errorf("publishing: %w", err)
	}
	if err := replaceable(out); err != nil {
		return err
	}
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("publishing: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".new-")
	if err != nil {
		return fmt.Errorf("publishing: %w", err)
	}
	files = append(files, render.File{Path: Marker, Data: []byte("malli\n")})
	if err := writeAll(tmp, files); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("publishing: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("publishing: %w", err)
	}
	old := ""
	if _, err := os.Stat(out); err == nil {
		old = filepath.Join(parent, "."+filepath.Base(out)+".old")
		os.RemoveAll(old)
		if err := os.Rename(out, old); err != nil {
			os.RemoveAll(tmp)
			return fmt.Errorf("publishing: %w", err)
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		os.RemoveAll(tmp)
		return fmt.Errorf("publishing: %w", err)
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}

// replaceable reports whether out may be replaced: it does not exist, or is
// an empty folder, or holds the Marker.
func replaceable(out string) error {
	fi, err := os.Stat(out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("publishing: %w", err)
	}
	if fi.IsDir() {
		if _, err := os.Stat(filepath.Join(out, Marker)); err == nil {
			return nil
		}
		if entries, err := os.ReadDir(out); err == nil && len(entries) == 0 {
			return nil
		}
	}
	return fmt.Errorf("publishing to %s: %w (it has no %s file); remove it or choose another folder", out, ErrNotOutput, Marker)
}

func writeAll(root string, files []render.File) error {
	dirs := map[string]bool{}
	for _, f := range files {
		dirs[filepath.Dir(filepath.Join(root, filepath.FromSlash(f.Path)))] = true
	}
	sorted := make([]string, 0, len(dirs))
	for d := range dirs {
		sorted = append(sorted, d)
	}
	sort.Strings(sorted)
	for _, d := range sorted {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 1)
	sem := make(chan struct{}, 16)
	for _, f := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func(f render.File) {
			defer func() { <-sem; wg.Done() }()
			if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(f.Path)), f.Data, 0o644); err != nil {
				select {
				case errs <- err:
				default:
				}
			}
		}(f)
	}
	wg.Wait()
	select {
	case err := <-errs:
		return err
	default:
		return nil
	}
}

// Memory keeps the files of the last build in memory, for tests and serve.
type Memory struct {
	mu    sync.RWMutex
	files map[string][]byte
}

// Publish replaces the stored files.
func (m *Memory) Publish(files []render.File) error {
	next := make(map[string][]byte, len(files))
	for _, f := range files {
		next[f.Path] = f.Data
	}
	m.mu.Lock()
	m.files = next
	m.mu.Unlock()
	return nil
}

// File returns a stored file.
func (m *Memory) File(path string) ([]byte, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	data, ok := m.files[path]
	return data, ok
}

// Paths returns the stored paths, sorted.
func (m *Memory) Paths() []string {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make([]string, 0, len(m.files))
	for p := range m.files {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

var (
	_ Publisher = Dir{}
	_ Publisher = (*Memory)(nil)
)

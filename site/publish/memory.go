package publish

import (
	"context"
	"fmt"
	"path"
	"sort"
	"sync"
)

// Memory keeps the files of the last committed build in memory, for tests
// and serve. It keeps each file's data as given: the caller must not change
// it afterwards.
type Memory struct {
	mu    sync.RWMutex
	files map[string][]byte
}

// Begin starts a transaction whose files replace the stored ones at Commit.
func (m *Memory) Begin(ctx context.Context) (Tx, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("publishing: %w", err)
	}
	return &memTx{m: m, files: map[string][]byte{}, dirs: map[string]bool{}}, nil
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

// memTx is a Memory transaction. It refuses what Dir refuses, so that a
// build that works in memory works on disk.
type memTx struct {
	m     *Memory
	mu    sync.Mutex
	done  bool
	files map[string][]byte
	dirs  map[string]bool // the folders above the files
}

func (tx *memTx) Write(name string, data []byte) error {
	if err := checkPath(name); err != nil {
		return err
	}
	tx.mu.Lock()
	defer tx.mu.Unlock()
	if tx.done {
		return fmt.Errorf("publishing %s: %w", name, errDone)
	}
	if _, ok := tx.files[name]; ok {
		return fmt.Errorf("publishing %s: the file is written twice", name)
	}
	if tx.dirs[name] {
		return fmt.Errorf("publishing %s: a folder of that name is written too", name)
	}
	for d := path.Dir(name); d != "."; d = path.Dir(d) {
		if _, ok := tx.files[d]; ok {
			return fmt.Errorf("publishing %s: %s is written as a file too", name, d)
		}
	}
	for d := path.Dir(name); d != "."; d = path.Dir(d) {
		tx.dirs[d] = true
	}
	tx.files[name] = data
	return nil
}

func (tx *memTx) Commit() error {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	if tx.done {
		return fmt.Errorf("publishing: %w", errDone)
	}
	tx.done = true
	tx.m.mu.Lock()
	tx.m.files = tx.files
	tx.m.mu.Unlock()
	return nil
}

func (tx *memTx) Abort() error {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	tx.done = true
	tx.files = nil
	return nil
}

var (
	_ Publisher = (*Memory)(nil)
	_ Tx        = (*memTx)(nil)
)

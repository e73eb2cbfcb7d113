package site_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/publish"
)

// TestOutputIsTheSameAtAnyCoreCount builds the repository's own site and
// a generated one with GOMAXPROCS 1 and with more workers than cores, and
// compares the whole output trees byte for byte.
func TestOutputIsTheSameAtAnyCoreCount(t *testing.T) {
	sites := map[string]func() site.Options{
		"dogfood": func() site.Options { return site.Options{FS: os.DirFS("..")} },
		"corpus":  func() site.Options { return site.Options{FS: corpus(300)} },
	}
	for name, opts := range sites {
		t.Run(name, func(t *testing.T) {
			var trees []map[string][]byte
			for _, procs := range []int{1, 2 * runtime.NumCPU(), 7} {
				prev := runtime.GOMAXPROCS(procs)
				out := &publish.Memory{}
				o := opts()
				o.Out = out
				_, err := site.Build(context.Background(), o)
				runtime.GOMAXPROCS(prev)
				if err != nil {
					t.Fatalf("GOMAXPROCS=%d: %v", procs, err)
				}
				tree := map[string][]byte{}
				for _, p := range out.Paths() {
					tree[p], _ = out.File(p)
				}
				trees = append(trees, tree)
			}
			for i := 1; i < len(trees); i++ {
				if err := sameTree(trees[0], trees[i]); err != nil {
					t.Errorf("build %d differs from build 0: %v", i, err)
				}
			}
		})
	}
}

func sameTree(a, b map[string][]byte) error {
	if len(a) != len(b) {
		return fmt.Errorf("%d files vs %d", len(a), len(b))
	}
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			return fmt.Errorf("%s differs", p)
		}
	}
	return nil
}

// TestCancelledBuildLeavesThePreviousOutput cancels builds at several
// moments; each returns the context's error and the output folder stays
// exactly as it was, with nothing left beside it.
func TestCancelledBuildLeavesThePreviousOutput(t *testing.T) {
	dir := t.TempDir()
	out := dir + "/public"
	if _, err := site.Build(context.Background(), site.Options{FS: corpus(50), Out: publish.Dir{Path: out}}); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, out)
	cancelled := 0
	for _, after := range []int{0, 1, 5, 20, 50, 200} {
		ctx, cancel := context.WithCancel(context.Background())
		fsys := corpus(120)
		done := make(chan struct{})
		go func() {
			defer close(done)
			for i := 0; i < after; i++ {
				runtime.Gosched()
			}
			cancel()
		}()
		_, err := site.Build(ctx, site.Options{FS: fsys, Out: publish.Dir{Path: out}})
		<-done
		if err == nil {
			continue // finished before the cancel: a whole new site, also fine
		}
		if ctx.Err() == nil {
			t.Fatalf("Build failed without a cancel: %v", err)
		}
		cancelled++
		if err := sameTree(before, readTree(t, out)); err != nil {
			t.Errorf("cancelled after %d yields: the output changed: %v", after, err)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Name() != "public" && e.Name() != ".public.lock" {
				t.Errorf("cancelled after %d yields: left %s", after, e.Name())
			}
		}
	}
	if cancelled == 0 {
		t.Fatal("no build was cancelled: the test tested nothing")
	}
	t.Logf("%d of 6 builds cancelled", cancelled)
}

func readTree(t *testing.T, root string) map[string][]byte {
	t.Helper()
	tree := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		tree[rel] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// cancelAfter is a Publisher whose transactions cancel the build after n
// writes, to stop a build midway through emitting.
type cancelAfter struct {
	publish.Publisher
	n      int
	cancel context.CancelFunc
}

func (c cancelAfter) Begin(ctx context.Context) (publish.Tx, error) {
	tx, err := c.Publisher.Begin(ctx)
	return &cancellingTx{Tx: tx, left: c.n, cancel: c.cancel}, err
}

type cancellingTx struct {
	publish.Tx
	mu     sync.Mutex
	left   int
	cancel context.CancelFunc
}

func (t *cancellingTx) Write(path string, data []byte) error {
	t.mu.Lock()
	t.left--
	if t.left == 0 {
		t.cancel()
	}
	t.mu.Unlock()
	return t.Tx.Write(path, data)
}

// TestBuildCancelledWhileEmitting stops builds after some of their files
// are written: the old output stays whole and nothing is left behind.
func TestBuildCancelledWhileEmitting(t *testing.T) {
	dir := t.TempDir()
	out := dir + "/public"
	if _, err := site.Build(context.Background(), site.Options{FS: corpus(50), Out: publish.Dir{Path: out}}); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, out)
	for _, n := range []int{1, 10, 100} {
		ctx, cancel := context.WithCancel(context.Background())
		_, err := site.Build(ctx, site.Options{FS: corpus(120), Out: cancelAfter{publish.Dir{Path: out}, n, cancel}})
		cancel()
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled after %d writes: err = %v, want context.Canceled", n, err)
		}
		if err := sameTree(before, readTree(t, out)); err != nil {
			t.Errorf("cancelled after %d writes: the output changed: %v", n, err)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Name() != "public" && e.Name() != ".public.lock" {
				t.Errorf("cancelled after %d writes: left %s", n, e.Name())
			}
		}
	}
}

package rebuild_test

import (
	"context"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/rebuild"
	"github.com/malli-fi/malli/site/watch"
)

func doc(text string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("---\ntitle: A\nsummary: A.\nstatus: published\nmodified: 2024-01-01\n---\n" + text + "\n")}
}

// TestBurst: a burst of batches, each arriving while the build of the one
// before runs, ends in a build of the latest files, and the builds that
// are reported come in order and are never older than one reported before.
func TestBurst(t *testing.T) {
	m := fstest.MapFS{"content/sivut/a.md": doc("versio 0")}
	for i := range 300 { // enough documents that a build takes a while
		m[fmt.Sprintf("content/sivut/t%d.md", i)] = doc("täyte")
	}
	var mu sync.Mutex // guards m against the session's reads
	s, err := site.NewSession(site.Options{FS: lockedFS{m, &mu}})
	if err != nil {
		t.Fatal(err)
	}
	batches := make(chan watch.Batch)
	var (
		mu2      sync.Mutex
		reported []int
		starts   int
		latest   = make(chan struct{})
		done     = make(chan struct{})
	)
	const saves = 20
	version := func(snap *site.Snapshot) int {
		page := string(snap.Files["sivut/a/index.html"])
		i := strings.Index(page, "versio ")
		var v int
		fmt.Sscan(page[i+len("versio "):], &v)
		return v
	}
	go func() {
		defer close(done)
		rebuild.Loop(context.Background(), s, batches, rebuild.Hooks{
			Start: func() { mu2.Lock(); starts++; mu2.Unlock() },
			Done: func(snap *site.Snapshot, err error) {
				if err != nil {
					t.Errorf("build: %v", err)
					return
				}
				mu2.Lock()
				defer mu2.Unlock()
				reported = append(reported, version(snap))
				if version(snap) == saves {
					close(latest)
				}
			},
		})
	}()
	for v := 1; v <= saves; v++ {
		mu.Lock()
		m["content/sivut/a.md"] = doc(fmt.Sprint("versio ", v))
		mu.Unlock()
		batches <- watch.Batch{Paths: []string{"content/sivut/a.md"}}
		time.Sleep(time.Millisecond)
	}
	select {
	case <-latest:
	case <-time.After(20 * time.Second):
		t.Fatal("the latest save was never built")
	}
	close(batches)
	<-done
	for i := 1; i < len(reported); i++ {
		if reported[i] < reported[i-1] {
			t.Errorf("builds reported out of order: %v", reported)
		}
	}
	if reported[len(reported)-1] != saves {
		t.Errorf("a build after the latest: %v", reported)
	}
	if len(reported) > saves || starts > saves+1 {
		t.Errorf("%d builds started and %d reported for %d saves", starts, len(reported), saves)
	}
	t.Logf("%d saves, %d builds started, %d reported: %v", saves, starts, len(reported), reported)
}

// lockedFS reads a MapFS under a lock, so the test may change it.
type lockedFS struct {
	m  fstest.MapFS
	mu *sync.Mutex
}

func (l lockedFS) Open(name string) (fs.File, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.m.Open(name)
}

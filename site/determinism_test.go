package site_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime"
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

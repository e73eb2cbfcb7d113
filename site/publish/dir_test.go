package publish

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/malli-fi/malli/site/render"
)

var errBoom = errors.New("boom")

// setFault sets fault for the rest of the test.
func setFault(t *testing.T, f func(step string) error) {
	fault = f
	t.Cleanup(func() { fault = nil })
}

// failAt returns a fault that calls f at the nth time step is reached and
// returns what f returns.
func failAt(step string, n int, f func() error) func(string) error {
	var mu sync.Mutex
	seen := 0
	return func(s string) error {
		if s != step {
			return nil
		}
		mu.Lock()
		seen++
		now := seen == n
		mu.Unlock()
		if now {
			return f()
		}
		return nil
	}
}

// noExchange makes Commit take the two-rename fallback for the rest of
// the test.
func noExchange(t *testing.T) {
	saved := exchange
	exchange = func(a, b string) error { return errNoExchange }
	t.Cleanup(func() { exchange = saved })
}

// manyFiles returns a site of n files in nested folders, tagged with tag.
func manyFiles(tag string, n int) site {
	s := site{"index.html": tag}
	for i := range n {
		s[fmt.Sprintf("%s/%d/%d.html", tag, i%5, i)] = fmt.Sprintf("%s %d", tag, i)
	}
	return s
}

// published publishes s at a new output and returns its path.
func published(t *testing.T, s site) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	if err := Files(context.Background(), Dir{Path: out}, s.files()); err != nil {
		t.Fatal(err)
	}
	return out
}

// swaps runs f once with the exchange and once with the two-rename
// fallback.
func swaps(t *testing.T, f func(t *testing.T)) {
	t.Run("exchange", f)
	t.Run("fallback", func(t *testing.T) {
		noExchange(t)
		f(t)
	})
}

func TestDirReplacesTheWholeSite(t *testing.T) {
	swaps(t, func(t *testing.T) {
		out := published(t, site{"index.html": "1", "vanha/index.html": "v"})
		want := site{"index.html": "2", "a/b/c.json": "{}"}
		if err := Files(context.Background(), Dir{Path: out}, want.files()); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, readSite(t, out)); diff != "" {
			t.Errorf("published site (-want +got):\n%s", diff)
		}
		if names := leftovers(t, out); names != nil {
			t.Errorf("temporary folders left beside the output: %v", names)
		}
	})
}

// TestDirFailedBuildKeepsThePreviousOutput fails a build in each way it
// can fail and checks that the previous output is as it was, that nothing
// is left beside it, and that the lock is released.
func TestDirFailedBuildKeepsThePreviousOutput(t *testing.T) {
	next := manyFiles("uusi", 40)
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, cancel context.CancelFunc)
		files []render.File
		want  error // nil: any error
	}{
		{
			name: "cancelled while writing",
			setup: func(t *testing.T, cancel context.CancelFunc) {
				setFault(t, failAt(stepWrite, 3, func() error { cancel(); return nil }))
			},
			files: next.files(),
			want:  context.Canceled,
		},
		{
			name: "a Write fails",
			setup: func(t *testing.T, _ context.CancelFunc) {
				setFault(t, failAt(stepWrite, 3, func() error { return errBoom }))
			},
			files: next.files(),
			want:  errBoom,
		},
		{
			name:  "a file where a folder is",
			files: append(next.files(), render.File{Path: "index.html/x", Data: []byte("x")}),
		},
		{
			name:  "a bad path",
			files: append(next.files(), render.File{Path: "../x", Data: []byte("x")}),
		},
		{
			name: "Commit fails before the swap",
			setup: func(t *testing.T, _ context.CancelFunc) {
				setFault(t, failAt(stepSwap, 1, func() error { return errBoom }))
			},
			files: next.files(),
			want:  errBoom,
		},
		{
			name: "the fallback's second rename fails",
			setup: func(t *testing.T, _ context.CancelFunc) {
				noExchange(t)
				setFault(t, failAt(stepRenames, 1, func() error { return errBoom }))
			},
			files: next.files(),
			want:  errBoom,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := published(t, site{"index.html": "vanha", "a/b.html": "b"})
			before := snapshot(t, out)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.setup != nil {
				tc.setup(t, cancel)
			}
			err := Files(ctx, Dir{Path: out}, tc.files)
			if err == nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("Files = %v, want %v", err, tc.want)
			}
			fault = nil
			if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
				t.Errorf("the previous output changed (-before +after):\n%s", diff)
			}
			if names := leftovers(t, out); names != nil {
				t.Errorf("left beside the output: %v", names)
			}
			checkUnlocked(t, out)
		})
	}
}

func TestDirAbort(t *testing.T) {
	out := published(t, site{"index.html": "vanha"})
	before := snapshot(t, out)
	tx, err := Dir{Path: out}.Begin(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Write("index.html", []byte("uusi")); err != nil {
		t.Fatal(err)
	}
	if err := tx.Abort(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
		t.Errorf("Abort changed the output (-before +after):\n%s", diff)
	}
	if names := leftovers(t, out); names != nil {
		t.Errorf("left beside the output: %v", names)
	}
	checkUnlocked(t, out)
}

// checkUnlocked fails the test if a new transaction cannot begin at out at
// once, as when the lock was not released.
func checkUnlocked(t *testing.T, out string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	tx, err := Dir{Path: out}.Begin(ctx)
	if err != nil {
		t.Fatalf("Begin after the failed build: %v", err)
	}
	if err := tx.Abort(); err != nil {
		t.Fatal(err)
	}
}

// errKilled is what a fault panics with to simulate the process being
// killed at a step: the panic skips every cleanup.
var errKilled = errors.New("killed")

// TestDirKilledBuild kills a build at each step and checks what it leaves,
// then that the next build cleans up after it.
func TestDirKilledBuild(t *testing.T) {
	old := site{"index.html": "vanha", "a/b.html": "b"}
	next := manyFiles("uusi", 10)
	for _, tc := range []struct {
		name     string
		step     string
		fallback bool
		want     site // at the output after the kill; nil: no output
	}{
		{"after a Write", stepWrite, false, old},
		{"before the swap", stepSwap, false, old},
		{"between the fallback's renames", stepRenames, true, nil},
		{"before removing the old copy", stepRemoveOld, false, next},
		{"before removing the fallback's old copy", stepRemoveOld, true, next},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.fallback {
				noExchange(t)
			}
			out := published(t, old)
			before := snapshot(t, out)
			setFault(t, failAt(tc.step, 1, func() error { panic(errKilled) }))
			tx, err := Dir{Path: out}.Begin(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			func() {
				defer func() {
					if r := recover(); r != errKilled {
						t.Fatalf("the build was not killed: %v", r)
					}
				}()
				for _, f := range next.files() {
					if err := tx.Write(f.Path, f.Data); err != nil {
						t.Fatal(err)
					}
				}
				tx.Commit()
			}()
			// The process is gone: its lock with it.
			tx.(*dirTx).unlock()
			fault = nil

			if tc.want == nil {
				if _, err := os.Lstat(out); !os.IsNotExist(err) {
					t.Fatalf("the output exists after a kill between the renames: %v", err)
				}
			} else if diff := cmp.Diff(tc.want, readSite(t, out)); diff != "" {
				t.Fatalf("after the kill (-want +got):\n%s", diff)
			}
			if names := leftovers(t, out); names == nil {
				t.Fatal("the killed build left nothing beside the output; the test kills too late or cleans up")
			}

			// The next build first puts back a previous output a kill took
			// away, and removes what the killed build left.
			tx, err = Dir{Path: out}.Begin(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if err := tx.Abort(); err != nil {
				t.Fatal(err)
			}
			if tc.want == nil {
				if diff := cmp.Diff(before, snapshot(t, out)); diff != "" {
					t.Errorf("the previous output was not put back as it was (-before +after):\n%s", diff)
				}
			}
			if names := leftovers(t, out); names != nil {
				t.Errorf("still beside the output after the next Begin: %v", names)
			}
			again := site{"index.html": "taas"}
			if err := Files(context.Background(), Dir{Path: out}, again.files()); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(again, readSite(t, out)); diff != "" {
				t.Errorf("the next build (-want +got):\n%s", diff)
			}
			if names := leftovers(t, out); names != nil {
				t.Errorf("left beside the output after the next build: %v", names)
			}
		})
	}
}

func TestDirReportsAnOldCopyItCannotRemove(t *testing.T) {
	swaps(t, func(t *testing.T) {
		out := published(t, site{"index.html": "vanha"})
		setFault(t, failAt(stepRemoveOld, 1, func() error { return errBoom }))
		next := site{"index.html": "uusi"}
		err := Files(context.Background(), Dir{Path: out}, next.files())
		if !errors.Is(err, errBoom) {
			t.Fatalf("Files = %v, want errBoom", err)
		}
		fault = nil
		names := leftovers(t, out)
		if len(names) != 1 {
			t.Fatalf("beside the output: %v, want the old copy", names)
		}
		oldCopy := filepath.Join(filepath.Dir(out), names[0])
		if msg := err.Error(); !strings.Contains(msg, "is published") || !strings.Contains(msg, oldCopy) {
			t.Errorf("the error %q does not say that the site is published and where the old copy is", msg)
		}
		if diff := cmp.Diff(next, readSite(t, out)); diff != "" {
			t.Errorf("published site (-want +got):\n%s", diff)
		}
		if err := Files(context.Background(), Dir{Path: out}, next.files()); err != nil {
			t.Fatal(err)
		}
		if names := leftovers(t, out); names != nil {
			t.Errorf("the next build did not remove the old copy: %v", names)
		}
	})
}

func TestDirRemovesOnlyItsOwnStaleFolders(t *testing.T) {
	out := published(t, site{"index.html": "1"})
	parent := filepath.Dir(out)
	mk := func(name string, files ...string) {
		if err := os.MkdirAll(filepath.Join(parent, name), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if err := os.WriteFile(filepath.Join(parent, name, f), []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	mk(".public.new-1", Marker, "index.html")
	mk(".public.old-2", Marker, "index.html")
	mk(".public.new-3")
	mk(".public.new-notes", "NOTES.txt")
	mk(".public.old-notes", "NOTES.txt")
	mk(".publications.new-4", Marker)
	mk("other", Marker)
	if err := os.WriteFile(filepath.Join(parent, ".public.new-file"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Files(context.Background(), Dir{Path: out}, site{"index.html": "2"}.files()); err != nil {
		t.Fatal(err)
	}
	want := []string{".public.new-file", ".public.new-notes", ".public.old-notes", ".publications.new-4", "other"}
	if diff := cmp.Diff(want, leftovers(t, out)); diff != "" {
		t.Errorf("beside the output (-want +got):\n%s", diff)
	}
}

func TestDirRefusesAFolderItDidNotMake(t *testing.T) {
	site1 := site{"index.html": "x"}
	notes := t.TempDir()
	if err := os.WriteFile(filepath.Join(notes, "NOTES.txt"), []byte("tärkeä"), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "public")
	if err := os.WriteFile(file, []byte("tiedosto"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{notes, file} {
		before := snapshot(t, filepath.Dir(out))
		err := Files(context.Background(), Dir{Path: out}, site1.files())
		if !errors.Is(err, ErrNotOutput) {
			t.Errorf("Files over %s: %v, want ErrNotOutput", out, err)
		}
		if diff := cmp.Diff(before, snapshot(t, filepath.Dir(out))); diff != "" {
			t.Errorf("refusing %s changed its folder (-before +after):\n%s", out, diff)
		}
	}

	// Nor through a symbolic link, even to malli's own output.
	real := published(t, site1)
	link := filepath.Join(t.TempDir(), "public")
	if err := os.Symlink(real, link); err != nil {
		t.Skip(err)
	}
	before := snapshot(t, real)
	if err := Files(context.Background(), Dir{Path: link}, site{"index.html": "y"}.files()); err == nil {
		t.Errorf("Files through a symbolic link succeeded")
	}
	if diff := cmp.Diff(before, snapshot(t, real)); diff != "" {
		t.Errorf("publishing through the link changed its target (-before +after):\n%s", diff)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
}

func TestDirReplacesAnEmptyFolder(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		want := site{"index.html": fmt.Sprint(i)}
		if err := Files(context.Background(), Dir{Path: out}, want.files()); err != nil {
			t.Fatalf("publish %d: %v", i, err)
		}
		if diff := cmp.Diff(want, readSite(t, out)); diff != "" {
			t.Errorf("publish %d (-want +got):\n%s", i, diff)
		}
	}
	if names := leftovers(t, out); names != nil {
		t.Errorf("left beside the output: %v", names)
	}
}

package watch

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/google/go-cmp/cmp"
)

// These tests run on real folders with real inotify. They never assume
// how fast anything happens, except that the few file operations of one
// step take less than a test's Quiet, which is long (see the options
// below), and that a batch comes within deadline.

// deadline is how long a test waits for a batch it expects.
const deadline = 10 * time.Second

// steps makes each step of a test one batch; quick is for tests that do
// not check that.
var (
	quick = Options{Quiet: 20 * time.Millisecond}
	steps = Options{Quiet: 300 * time.Millisecond, MaxDelay: 5 * time.Second}
)

var dirs = []string{"content", "schemas", "themes"}

// fixture is a site's folder with a Watcher on it, and a folder beside it
// outside the root.
type fixture struct {
	t       *testing.T
	root    string
	outside string
	opts    Options
	w       *Watcher
}

// start makes the files under the root (a name ending in "/" is a folder)
// and starts watching it.
func start(t *testing.T, opts Options, files ...string) *fixture {
	t.Helper()
	f := prepare(t, opts, files...)
	f.watch()
	return f
}

// prepare makes the files under the root but does not watch it yet.
func prepare(t *testing.T, opts Options, files ...string) *fixture {
	t.Helper()
	f := &fixture{t: t, root: filepath.Join(t.TempDir(), "site"), outside: t.TempDir(), opts: opts}
	if err := os.Mkdir(f.root, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		f.make(f.path(name))
	}
	return f
}

// watch starts watching the root.
func (f *fixture) watch() {
	f.t.Helper()
	w, err := New(f.root, dirs, f.opts)
	if err != nil {
		f.t.Fatal(err)
	}
	f.w = w
	f.t.Cleanup(func() {
		if err := w.Close(); err != nil {
			f.t.Error(err)
		}
	})
}

// path returns the absolute path of rel, a path under the root, ending in
// "/" if rel does.
func (f *fixture) path(rel string) string {
	p := filepath.Join(f.root, rel)
	if strings.HasSuffix(rel, "/") {
		p += "/"
	}
	return p
}

// make makes the file or, if p ends in "/", the folder p, with its parents.
func (f *fixture) make(p string) {
	f.t.Helper()
	if strings.HasSuffix(p, "/") {
		if err := os.MkdirAll(p, 0o755); err != nil {
			f.t.Fatal(err)
		}
		return
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		f.t.Fatal(err)
	}
	f.write(p, "x")
}

func (f *fixture) write(p, data string) {
	f.t.Helper()
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) do(err error) {
	f.t.Helper()
	if err != nil {
		f.t.Fatal(err)
	}
}

// next returns the next batch.
func (f *fixture) next() Batch {
	f.t.Helper()
	select {
	case b, ok := <-f.w.Batches():
		if !ok {
			f.t.Fatal("Batches closed")
		}
		return b
	case <-time.After(deadline):
		f.t.Fatalf("no batch in %v", deadline)
	}
	panic("unreachable")
}

// until takes batches until every path in want was reported, and fails if
// other paths were or a batch has Rescan set.
func (f *fixture) until(want ...string) {
	f.t.Helper()
	seen := map[string]bool{}
	for !all(seen, want) {
		b := f.next()
		if b.Rescan {
			f.t.Fatalf("batch %v has Rescan set: %v", b.Paths, b.Err)
		}
		for _, p := range b.Paths {
			seen[p] = true
		}
	}
	got := slices.Sorted(func(yield func(string) bool) {
		for p := range seen {
			if !yield(p) {
				return
			}
		}
	})
	slices.Sort(want)
	if diff := cmp.Diff(want, got); diff != "" {
		f.t.Fatalf("paths (-want +got):\n%s", diff)
	}
}

func all(seen map[string]bool, want []string) bool {
	for _, p := range want {
		if !seen[p] {
			return false
		}
	}
	return true
}

// one takes a batch, checks it holds exactly want, and checks that no other
// batch follows within twice Quiet.
func (f *fixture) one(want ...string) {
	f.t.Helper()
	b := f.next()
	if diff := cmp.Diff(Batch{Paths: want}, b); diff != "" {
		f.t.Fatalf("batch (-want +got):\n%s", diff)
	}
	f.none()
}

// none checks that no batch comes within twice Quiet.
func (f *fixture) none() {
	f.t.Helper()
	select {
	case b := <-f.w.Batches():
		f.t.Fatalf("unexpected batch %+v", b)
	case <-time.After(2 * f.opts.Quiet):
	}
}

// watched returns the folders the Watcher has inotify watches on, relative
// to the root, the root being ".".
func (f *fixture) watched() []string {
	var rels []string
	for _, p := range f.w.fs.WatchList() {
		rel, err := filepath.Rel(f.root, p)
		if err != nil || strings.HasPrefix(rel, "..") {
			f.t.Fatalf("watching %s, outside the root", p)
		}
		rels = append(rels, filepath.ToSlash(rel))
	}
	slices.Sort(rels)
	return rels
}

func TestExistingFolders(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "content/a/b/c.md", "schemas/s.json", "themes/default/layouts/")
	if diff := cmp.Diff([]string{".", "content", "content/a", "content/a/b", "schemas", "themes", "themes/default", "themes/default/layouts"}, f.watched()); diff != "" {
		t.Errorf("watched (-want +got):\n%s", diff)
	}
	f.write(f.path("content/a/b/c.md"), "y")
	f.one("content/a/b/c.md")
	f.make(f.path("themes/default/layouts/page.html"))
	f.one("themes/default/layouts/page.html")
}

// TestNewFolders makes folders and writes files into them at once, before
// the Watcher can have watched them: the walk of each new folder finds
// them.
func TestNewFolders(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "content/")
	var want []string
	for i := range 20 {
		d := fmt.Sprintf("content/d%d", i)
		f.make(f.path(d + "/x/y/f.md"))
		f.make(f.path(d + "/g.md"))
		want = append(want, d, d+"/x", d+"/x/y", d+"/x/y/f.md", d+"/g.md")
	}
	f.until(want...)
	f.write(f.path("content/d19/x/y/f.md"), "y")
	f.until("content/d19/x/y/f.md")
}

func TestRemovedFolder(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "content/a/b/c.md", "content/a/d.md", "content/e.md")
	f.do(os.RemoveAll(f.path("content/a")))
	f.until("content/a", "content/a/b", "content/a/b/c.md", "content/a/d.md")
	if diff := cmp.Diff([]string{".", "content"}, f.watched()); diff != "" {
		t.Errorf("watched (-want +got):\n%s", diff)
	}
	f.make(f.path("content/a/new.md"))
	f.until("content/a", "content/a/new.md")
}

func TestFolderMovedIn(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "content/")
	f.make(filepath.Join(f.outside, "in/a.md"))
	f.make(filepath.Join(f.outside, "in/sub/b.md"))
	f.do(os.Rename(filepath.Join(f.outside, "in"), f.path("content/in")))
	f.until("content/in", "content/in/a.md", "content/in/sub", "content/in/sub/b.md")
	f.write(f.path("content/in/sub/b.md"), "y")
	f.until("content/in/sub/b.md")
}

func TestFolderMovedOut(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "content/out/a.md", "content/out/sub/b.md", "content/c.md")
	f.do(os.Rename(f.path("content/out"), filepath.Join(f.outside, "out")))
	f.one("content/out", "content/out/a.md", "content/out/sub", "content/out/sub/b.md")
	if diff := cmp.Diff([]string{".", "content"}, f.watched()); diff != "" {
		t.Errorf("watched (-want +got):\n%s", diff)
	}
	f.write(filepath.Join(f.outside, "out/sub/b.md"), "y")
	f.none()
}

func TestFolderRenamed(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "content/old/sub/f.md", "schemas/")
	f.do(os.Rename(f.path("content/old"), f.path("content/new")))
	f.one("content/new", "content/new/sub", "content/new/sub/f.md", "content/old", "content/old/sub", "content/old/sub/f.md")
	f.write(f.path("content/new/sub/f.md"), "y")
	f.one("content/new/sub/f.md")
	f.do(os.Rename(f.path("content/new"), f.path("schemas/moved")))
	f.one("content/new", "content/new/sub", "content/new/sub/f.md", "schemas/moved", "schemas/moved/sub", "schemas/moved/sub/f.md")
	f.write(f.path("schemas/moved/sub/f.md"), "z")
	f.one("schemas/moved/sub/f.md")
}

// TestWatchedFolderAppears starts without content/ and sees it made,
// removed and made again; the root's other files are not reported.
func TestWatchedFolderAppears(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "go.mod", "other/x.md")
	f.make(f.path("content/a.md"))
	f.one("content", "content/a.md")
	f.write(f.path("go.mod"), "module x")
	f.make(f.path("other/y.md"))
	f.make(f.path("README.md"))
	f.none()
	f.do(os.RemoveAll(f.path("content")))
	f.one("content", "content/a.md")
	f.make(f.path("content/sub/b.md"))
	f.one("content", "content/sub", "content/sub/b.md")
	f.write(f.path("content/sub/b.md"), "y")
	f.one("content/sub/b.md")
}

// TestWatchedFolderReplaced replaces content/ by another folder renamed
// over it, as a checkout tool might.
func TestWatchedFolderReplaced(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "content/a.md", "content/old/b.md")
	f.make(f.path("content.new/a.md"))
	f.make(f.path("content.new/fresh/c.md"))
	f.do(os.Rename(f.path("content"), filepath.Join(f.outside, "content")))
	f.do(os.Rename(f.path("content.new"), f.path("content")))
	f.one("content", "content/a.md", "content/fresh", "content/fresh/c.md", "content/old", "content/old/b.md")
	f.write(f.path("content/fresh/c.md"), "y")
	f.one("content/fresh/c.md")
	f.write(filepath.Join(f.outside, "content/old/b.md"), "y")
	f.none()
}

// TestSaves replays how editors save content/a.md: each save is one batch
// holding only content/a.md.
func TestSaves(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		save func(f *fixture, a string)
	}{
		{"in place", func(f *fixture, a string) { f.write(a, "new") }},
		{"several writes", func(f *fixture, a string) {
			file, err := os.OpenFile(a, os.O_WRONLY|os.O_TRUNC, 0)
			f.do(err)
			for range 5 {
				_, err := file.WriteString("part ")
				f.do(err)
				f.do(file.Sync())
			}
			f.do(file.Close())
		}},
		{"vim", func(f *fixture, a string) {
			dir := filepath.Dir(a)
			f.write(filepath.Join(dir, ".a.md.swp"), "swap")
			f.write(filepath.Join(dir, "4913"), "")
			f.do(os.Chown(filepath.Join(dir, "4913"), os.Getuid(), os.Getgid()))
			f.do(os.Remove(filepath.Join(dir, "4913")))
			f.do(os.Rename(a, a+"~"))
			f.write(a, "new")
			f.do(os.Chmod(a, 0o644))
			f.do(os.Remove(a + "~"))
			f.write(filepath.Join(dir, ".a.md.swp"), "swap 2")
		}},
		{"vs code", func(f *fixture, a string) {
			f.write(a+".vsctmp", "new")
			f.do(os.Rename(a+".vsctmp", a))
		}},
		{"temporary file", func(f *fixture, a string) {
			f.write(a+".tmp", "new")
			f.do(os.Rename(a+".tmp", a))
		}},
		{"jetbrains", func(f *fixture, a string) {
			f.write(a+"___jb_tmp___", "new")
			f.do(os.Rename(a, a+"___jb_old___"))
			f.do(os.Rename(a+"___jb_tmp___", a))
			f.do(os.Remove(a + "___jb_old___"))
		}},
		{"emacs", func(f *fixture, a string) {
			dir := filepath.Dir(a)
			f.do(os.Symlink("user@host.1234:1", filepath.Join(dir, ".#a.md")))
			f.write(filepath.Join(dir, "#a.md#"), "auto-save")
			f.do(os.Rename(a, a+"~"))
			f.write(a, "new")
			f.do(os.Remove(filepath.Join(dir, "#a.md#")))
			f.do(os.Remove(filepath.Join(dir, ".#a.md")))
		}},
		{"delete then create", func(f *fixture, a string) {
			f.do(os.Remove(a))
			f.write(a, "new")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := start(t, steps, "content/a.md", "content/sub/a.md")
			tc.save(f, f.path("content/a.md"))
			f.one("content/a.md")
			tc.save(f, f.path("content/sub/a.md"))
			f.one("content/sub/a.md")
		})
	}
}

// TestNoise checks that editors' side files alone send no batch, and that
// a probe-like name that stays is a change.
func TestNoise(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "content/a.md")
	for _, name := range []string{".a.md.swp", ".a.md.swx", ".a.md.swo", "a.md~", "#a.md#", ".DS_Store", "a.md___jb_tmp___", "a.md___jb_old___", "a.md.vsctmp"} {
		f.write(f.path("content/"+name), "noise")
	}
	f.do(os.Symlink("user@host.1234:1", f.path("content/.#a.md")))
	f.write(f.path("content/4913"), "")
	f.do(os.Remove(f.path("content/4913")))
	f.write(f.path("content/a.md.tmp"), "")
	f.do(os.Remove(f.path("content/a.md.tmp")))
	f.make(f.path("content/backup~/inside.md"))
	f.none()
	f.make(f.path("content/2024/"))
	f.one("content/2024")
}

// TestBurst saves many files at intervals shorter than Quiet: one batch.
func TestBurst(t *testing.T) {
	t.Parallel()
	f := start(t, Options{Quiet: 500 * time.Millisecond, MaxDelay: time.Minute}, "content/")
	var want []string
	for i := range 20 {
		p := fmt.Sprintf("content/%02d.md", i)
		f.make(f.path(p))
		want = append(want, p)
		time.Sleep(10 * time.Millisecond)
	}
	f.one(want...)
}

// TestMaxDelay writes without pause: with a Quiet longer than the test, a
// batch still comes, after MaxDelay.
func TestMaxDelay(t *testing.T) {
	t.Parallel()
	f := start(t, Options{Quiet: time.Hour, MaxDelay: 100 * time.Millisecond}, "content/")
	stop := time.After(deadline)
	for i := 0; ; i++ {
		f.make(f.path(fmt.Sprintf("content/%d.md", i%50)))
		select {
		case b := <-f.w.Batches():
			if len(b.Paths) == 0 || b.Rescan {
				t.Fatalf("batch %+v", b)
			}
			return
		case <-stop:
			t.Fatalf("no batch in %v", deadline)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// TestSlowConsumer changes files while no batch is taken: the changes
// join the waiting batch.
func TestSlowConsumer(t *testing.T) {
	t.Parallel()
	f := start(t, Options{Quiet: 20 * time.Millisecond, MaxDelay: time.Minute}, "content/")
	for _, p := range []string{"content/a.md", "content/b.md", "content/c.md"} {
		f.make(f.path(p))
		time.Sleep(25 * f.opts.Quiet) // long enough for the batch to be made
	}
	f.one("content/a.md", "content/b.md", "content/c.md")
}

// TestSymlinks checks that a symbolic link is reported and not followed,
// as a watched folder too.
func TestSymlinks(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "content/")
	f.make(filepath.Join(f.outside, "target/x.md"))
	f.do(os.Symlink(filepath.Join(f.outside, "target"), f.path("content/link")))
	f.one("content/link")
	f.write(filepath.Join(f.outside, "target/x.md"), "y")
	f.make(filepath.Join(f.outside, "target/y/z.md"))
	f.none()

	f.do(os.Symlink(filepath.Join(f.outside, "target"), f.path("themes")))
	f.one("themes")
	f.write(filepath.Join(f.outside, "target/x.md"), "z")
	f.none()
	if diff := cmp.Diff([]string{".", "content"}, f.watched()); diff != "" {
		t.Errorf("watched (-want +got):\n%s", diff)
	}
}

func TestSymlinkedWatchedFolder(t *testing.T) {
	t.Parallel()
	f := prepare(t, steps, "content/a.md")
	f.make(filepath.Join(f.outside, "x.md"))
	f.do(os.Symlink(f.outside, f.path("schemas")))
	f.watch()
	if diff := cmp.Diff([]string{".", "content"}, f.watched()); diff != "" {
		t.Errorf("watched (-want +got):\n%s", diff)
	}
	f.write(filepath.Join(f.outside, "x.md"), "y")
	f.none()
	f.do(os.Remove(f.path("schemas")))
	f.one("schemas")
}

// TestOverflow hands the Watcher the overflow error the way fsnotify does,
// after dropping a folder's watch as a lost event would have left it: the
// Watcher sends a Rescan batch, watches the folder again and keeps going.
func TestOverflow(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "content/sub/a.md")
	f.do(f.w.fs.Remove(f.path("content/sub")))
	f.w.fs.Errors <- fsnotify.ErrEventOverflow
	b := f.next()
	if !b.Rescan || !errors.Is(b.Err, fsnotify.ErrEventOverflow) {
		t.Fatalf("batch %+v, want Rescan for %v", b, fsnotify.ErrEventOverflow)
	}
	f.none()
	f.write(f.path("content/sub/a.md"), "y")
	f.one("content/sub/a.md")
}

// TestUnwatchableFolder moves in a folder too deep for inotify or the
// kernel to take its path (longer than PATH_MAX): the Watcher sends a
// Rescan batch and keeps going.
func TestUnwatchableFolder(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "content/a.md")
	deep(t, f.outside, "deep", 25)
	f.do(os.Rename(filepath.Join(f.outside, "deep"), f.path("content/deep")))
	b := f.next()
	if !b.Rescan || !errors.Is(b.Err, syscall.ENAMETOOLONG) || !slices.Contains(b.Paths, "content/deep") {
		t.Fatalf("batch %v, %v: want Rescan for %v with content/deep", b.Paths, b.Err, syscall.ENAMETOOLONG)
	}
	f.none()
	f.write(f.path("content/a.md"), "y")
	f.one("content/a.md")
}

// TestUnwatchableAtStart starts on such a folder: the first batch has
// Rescan set.
func TestUnwatchableAtStart(t *testing.T) {
	t.Parallel()
	f := prepare(t, steps, "content/a.md")
	deep(t, f.path("content"), "deep", 25)
	f.watch()
	b := f.next()
	if !b.Rescan || !errors.Is(b.Err, syscall.ENAMETOOLONG) || len(b.Paths) > 0 {
		t.Fatalf("batch %v, %v: want Rescan for %v and no paths", b.Paths, b.Err, syscall.ENAMETOOLONG)
	}
	f.write(f.path("content/a.md"), "y")
	f.one("content/a.md")
}

func TestNewFails(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	file := filepath.Join(root, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		root string
		dirs []string
		opts Options
		want string
	}{
		{filepath.Join(root, "missing"), dirs, Options{}, "no such file or directory"},
		{file, dirs, Options{}, "not a folder"},
		{root, []string{"themes/default"}, Options{}, `"themes/default" is not a folder name`},
		{root, []string{".."}, Options{}, `".." is not a folder name`},
		{root, dirs, Options{Quiet: -1}, "negative"},
	} {
		w, err := New(tc.root, tc.dirs, tc.opts)
		if err == nil {
			w.Close()
			t.Errorf("New(%s, %q, %+v) did not fail", tc.root, tc.dirs, tc.opts)
		} else if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%s, %q, %+v) = %v, want an error with %q", tc.root, tc.dirs, tc.opts, err, tc.want)
		}
	}
}

// deep makes dir/name and levels folders in it, one in another, each named
// with 200 bytes, through file descriptors, since their paths get too long
// for the kernel.
func deep(t *testing.T, dir, name string, levels int) {
	t.Helper()
	fd, err := syscall.Open(dir, syscall.O_DIRECTORY|syscall.O_RDONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := range levels + 1 {
		if i > 0 {
			name = strings.Repeat(string(rune('a'+i%26)), 200)
		}
		if err := syscall.Mkdirat(fd, name, 0o755); err != nil {
			t.Fatal(err)
		}
		next, err := syscall.Openat(fd, name, syscall.O_DIRECTORY|syscall.O_RDONLY, 0)
		syscall.Close(fd)
		if err != nil {
			t.Fatal(err)
		}
		fd = next
	}
	syscall.Close(fd)
}

// TestRootRemoved removes the whole site: a Rescan batch.
func TestRootRemoved(t *testing.T) {
	t.Parallel()
	f := start(t, steps, "content/a.md")
	f.do(os.RemoveAll(f.root))
	for {
		b := f.next()
		if b.Rescan {
			if b.Err == nil || !strings.Contains(b.Err.Error(), "removed or moved") {
				t.Fatalf("batch %+v, want Rescan because the root was removed", b)
			}
			return
		}
	}
}

// TestClose checks that Close stops every goroutine New started, closes
// Batches and can be called again. It is not parallel: it counts the
// process's goroutines.
func TestClose(t *testing.T) {
	before := runtime.NumGoroutine()
	f := start(t, quick, "content/")
	f.make(f.path("content/a.md"))
	f.until("content/a.md")
	f.make(f.path("content/b.md")) // a batch that is never taken
	time.Sleep(10 * quick.Quiet)
	if err := f.w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.w.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	select {
	case _, ok := <-f.w.Batches():
		if ok {
			t.Fatal("a batch after Close")
		}
	case <-time.After(deadline):
		t.Fatal("Batches not closed")
	}
	for end := time.Now().Add(deadline); runtime.NumGoroutine() > before; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(end) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines before New, %d after Close:\n%s", before, runtime.NumGoroutine(), buf[:runtime.Stack(buf, true)])
		}
	}
}

// TestCloseWhileBusy closes the Watcher while files change and batches are
// taken, for the race detector.
func TestCloseWhileBusy(t *testing.T) {
	t.Parallel()
	f := start(t, Options{Quiet: time.Millisecond, MaxDelay: 2 * time.Millisecond}, "content/")
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
				os.WriteFile(f.path(fmt.Sprintf("content/%d/a.md", i%10)), nil, 0o644)
				os.MkdirAll(f.path(fmt.Sprintf("content/%d", (i+5)%10)), 0o755)
				os.RemoveAll(f.path(fmt.Sprintf("content/%d", (i+7)%10)))
			}
		}
	}()
	taken := make(chan int)
	go func() {
		n := 0
		for range f.w.Batches() {
			n++
		}
		taken <- n
	}()
	time.Sleep(200 * time.Millisecond)
	if err := f.w.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case n := <-taken:
		t.Logf("%d batches before Close", n)
	case <-time.After(deadline):
		t.Fatal("Batches not closed")
	}
	close(stop)
	<-stopped
}

// TestLatency logs how long a save takes to reach the consumer with the
// default options (the preview's budget is 50 ms).
func TestLatency(t *testing.T) {
	t.Parallel()
	f := start(t, Options{}, "content/a.md")
	var times []time.Duration
	for range 5 {
		begin := time.Now()
		f.write(f.path("content/a.md"), "y")
		b := f.next()
		times = append(times, time.Since(begin))
		if diff := cmp.Diff([]string{"content/a.md"}, b.Paths); diff != "" {
			t.Fatalf("paths (-want +got):\n%s", diff)
		}
	}
	t.Logf("save to batch: %v", times)
}

// TestLargeTree logs how long New takes on 10 000 files in 200 folders.
func TestLargeTree(t *testing.T) {
	t.Parallel()
	root := largeTree(t)
	begin := time.Now()
	w, err := New(root, dirs, quick)
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(begin)
	defer w.Close()
	t.Logf("New on 10 000 files in 200 folders: %v, %d watches", elapsed, len(w.fs.WatchList()))
	f := &fixture{t: t, root: root, opts: quick, w: w}
	f.write(f.path("content/s9/d199/f49.md"), "y")
	f.until("content/s9/d199/f49.md")
}

// BenchmarkNew measures New on 10 000 files in 200 folders; Close is not
// counted.
func BenchmarkNew(b *testing.B) {
	root := largeTree(b)
	for b.Loop() {
		w, err := New(root, dirs, quick)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		w.Close()
		b.StartTimer()
	}
}

// largeTree makes a site of 10 000 files in 200 folders, 50 in each:
// content/s0 to content/s9, and 19 folders in each of those.
func largeTree(tb testing.TB) string {
	tb.Helper()
	root := tb.TempDir()
	for d := range 200 {
		dir := filepath.Join(root, "content", fmt.Sprintf("s%d", d%10))
		if d >= 10 {
			dir = filepath.Join(dir, fmt.Sprintf("d%d", d))
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			tb.Fatal(err)
		}
		for i := range 50 {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%d.md", i)), []byte("x"), 0o644); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return root
}

// TestSlowAtomicSave: a save whose write to the temporary file and rename
// are further apart than Quiet is still one batch, without the temporary file.
func TestSlowAtomicSave(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	w, err := New(root, []string{"content"}, Options{Quiet: 20 * time.Millisecond, MaxDelay: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	tmp := filepath.Join(root, "content", "a.md.tmp")
	if err := os.WriteFile(tmp, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // ten times Quiet: a slow save
	if err := os.Rename(tmp, filepath.Join(root, "content", "a.md")); err != nil {
		t.Fatal(err)
	}
	select {
	case b := <-w.Batches():
		if len(b.Paths) != 1 || b.Paths[0] != "content/a.md" {
			t.Errorf("batch %v, want [content/a.md]", b.Paths)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no batch")
	}
}

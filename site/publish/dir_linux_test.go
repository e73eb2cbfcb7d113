package publish

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestDirModesIgnoreTheUmask(t *testing.T) {
	saved := syscall.Umask(0o077)
	defer syscall.Umask(saved)
	out := filepath.Join(t.TempDir(), "public")
	for _, s := range []site{manyFiles("a", 10), manyFiles("b", 10)} { // the second replaces the first
		if err := Files(context.Background(), Dir{Path: out}, s.files()); err != nil {
			t.Fatal(err)
		}
	}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		want := fs.FileMode(0o644)
		if d.IsDir() {
			want = fs.ModeDir | 0o755
		}
		if fi.Mode() != want {
			t.Errorf("%s: mode %v, want %v", p, fi.Mode(), want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestDirLockSerialisesBuilds(t *testing.T) {
	out := published(t, site{"index.html": "1"})
	first, err := Dir{Path: out}.Begin(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if tx, err := (Dir{Path: out}).Begin(ctx); !errors.Is(err, context.DeadlineExceeded) {
		if tx != nil {
			tx.Abort()
		}
		t.Fatalf("a second Begin while the first holds the lock: %v, want context.DeadlineExceeded", err)
	}
	if err := first.Abort(); err != nil {
		t.Fatal(err)
	}
	checkUnlocked(t, out)
}

// TestDirConcurrentBuilds publishes two sites into one output from two
// goroutines, many times: each build must be whole, and so the output.
func TestDirConcurrentBuilds(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	sites := []site{manyFiles("a", 30), manyFiles("b", 30)}
	var wg sync.WaitGroup
	errs := make(chan error, 2*20)
	for _, s := range sites {
		wg.Go(func() {
			for range 20 {
				errs <- Files(context.Background(), Dir{Path: out}, s.files())
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	got := readSite(t, out)
	if !cmp.Equal(got, sites[0]) && !cmp.Equal(got, sites[1]) {
		t.Errorf("the output is neither site whole:\n%s", cmp.Diff(sites[0], got))
	}
	if names := leftovers(t, out); names != nil {
		t.Errorf("left beside the output: %v", names)
	}
}

// TestDirOutputAlwaysExists watches index.html while commits exchange the
// output: with RENAME_EXCHANGE it is never missing, not for an instant.
func TestDirOutputAlwaysExists(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if err := exchange(a, b); errors.Is(err, errNoExchange) {
		t.Skip("this file system cannot exchange names")
	} else if err != nil {
		t.Fatal(err)
	}
	out := published(t, manyFiles("0", 50))
	// Widen any gap between the steps of a swap, as a slow disk would.
	setFault(t, func(step string) error {
		if step == stepRenames {
			time.Sleep(time.Millisecond)
		}
		return nil
	})
	index := filepath.Join(out, "index.html")
	stop := make(chan struct{})
	var looks, misses atomic.Int64
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := os.Stat(index); err != nil {
					misses.Add(1)
				}
				looks.Add(1)
			}
		})
	}
	for i := range 10 {
		if err := Files(context.Background(), Dir{Path: out}, manyFiles(fmt.Sprint(i+1), 50).files()); err != nil {
			t.Error(err)
		}
	}
	close(stop)
	wg.Wait()
	if misses.Load() > 0 {
		t.Errorf("index.html was missing %d times of %d", misses.Load(), looks.Load())
	} else {
		t.Logf("index.html was there all %d times", looks.Load())
	}
}

// TestDirRemovesAReadOnlyOldCopy makes folders of the old output read-only
// and unreadable: Commit still removes the old copy.
func TestDirRemovesAReadOnlyOldCopy(t *testing.T) {
	if asNobody(t) {
		return
	}
	out := published(t, site{"index.html": "1", "ro/a.html": "a", "ro/none/b.html": "b"})
	for _, c := range []struct {
		path string
		mode fs.FileMode
	}{{"ro/none", 0}, {"ro", 0o555}} {
		if err := os.Chmod(filepath.Join(out, c.path), c.mode); err != nil {
			t.Fatal(err)
		}
	}
	want := site{"index.html": "2"}
	if err := Files(context.Background(), Dir{Path: out}, want.files()); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, readSite(t, out)); diff != "" {
		t.Errorf("published site (-want +got):\n%s", diff)
	}
	if names := leftovers(t, out); names != nil {
		t.Errorf("the old copy was not removed: %v", names)
	}
}

// asNobody reruns the calling test as the user nobody if the tests run as
// root, for whom permissions do not apply, and reports whether it did.
func asNobody(t *testing.T) bool {
	if os.Geteuid() != 0 {
		return false
	}
	const nobody = 65534
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "malli-publish-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	bin := filepath.Join(dir, "publish.test")
	if err := copyFile(exe, bin); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(dir, nobody, nobody); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^"+t.Name()+"$", "-test.count=1", "-test.v")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TMPDIR="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	outp, err := cmd.CombinedOutput()
	if err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Skipf("cannot run the test as nobody: %v", err)
		}
		t.Fatalf("as nobody: %v\n%s", err, outp)
	}
	if !strings.Contains(string(outp), "--- PASS: "+t.Name()) {
		t.Fatalf("as nobody, the test did not pass:\n%s", outp)
	}
	t.Logf("as nobody:\n%s", outp)
	return true
}

func copyFile(from, to string) error {
	r, err := os.Open(from)
	if err != nil {
		return err
	}
	defer r.Close()
	w, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	if err != nil {
		return err
	}
	_, err = io.Copy(w, r)
	return errors.Join(err, w.Close())
}

// TestDirCannotRemoveTheOldCopy makes a file of the old output immutable,
// which stops even root from removing it: Commit publishes, says that the
// old copy is left, and the next build removes it.
func TestDirCannotRemoveTheOldCopy(t *testing.T) {
	chattr, err := exec.LookPath("chattr")
	if os.Geteuid() != 0 || err != nil {
		t.Skip("needs root and chattr")
	}
	out := published(t, site{"index.html": "1", "lukittu/a.html": "a"})
	locked := []string{filepath.Join(out, "lukittu", "a.html")}
	if b, err := exec.Command(chattr, "+i", locked[0]).CombinedOutput(); err != nil {
		t.Skipf("chattr +i: %v: %s", err, b)
	}
	t.Cleanup(func() {
		for _, p := range locked {
			exec.Command(chattr, "-i", p).Run()
		}
	})
	want := site{"index.html": "2"}
	err = Files(context.Background(), Dir{Path: out}, want.files())
	if err == nil {
		t.Fatal("Files = nil, want an error about the old copy")
	}
	if diff := cmp.Diff(want, readSite(t, out)); diff != "" {
		t.Errorf("published site (-want +got):\n%s", diff)
	}
	names := leftovers(t, out)
	if len(names) != 1 {
		t.Fatalf("beside the output: %v, want the old copy", names)
	}
	oldCopy := filepath.Join(filepath.Dir(out), names[0])
	if msg := err.Error(); !strings.Contains(msg, "is published") || !strings.Contains(msg, oldCopy) {
		t.Errorf("the error %q does not say that the site is published and where the old copy is", msg)
	}
	if _, err := os.Lstat(filepath.Join(oldCopy, Marker)); err != nil {
		t.Errorf("the half-removed old copy lost its marker, so no build will remove it: %v", err)
	}
	locked = append(locked, filepath.Join(oldCopy, "lukittu", "a.html"))
	if b, err := exec.Command(chattr, "-i", locked[1]).CombinedOutput(); err != nil {
		t.Fatalf("chattr -i: %v: %s", err, b)
	}
	if err := Files(context.Background(), Dir{Path: out}, want.files()); err != nil {
		t.Fatal(err)
	}
	if names := leftovers(t, out); names != nil {
		t.Errorf("the next build did not remove the old copy: %v", names)
	}
}

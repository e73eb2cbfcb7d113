package publish

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Dir publishes into the folder Path on disk, as the package doc describes.
type Dir struct {
	Path string
}

// markerData is the content of the Marker file.
var markerData = []byte("malli\n")

// Begin checks and locks the output, removes what killed builds left
// beside it and makes the temporary folder of a new transaction.
func (d Dir) Begin(ctx context.Context) (Tx, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("publishing: %w", err)
	}
	out, err := filepath.Abs(d.Path)
	if err != nil {
		return nil, fmt.Errorf("publishing: %w", err)
	}
	parent, base := filepath.Dir(out), filepath.Base(out)
	if parent == out {
		return nil, fmt.Errorf("publishing to %s: the output must be a folder inside another", out)
	}
	// Check before locking, so that a refused output gets no lock file
	// beside it, and again after, since only then is the answer stable.
	if err := replaceable(out); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("publishing: %w", err)
	}
	unlock, err := lock(ctx, filepath.Join(parent, "."+base+".lock"))
	if err != nil {
		return nil, fmt.Errorf("publishing: locking %s: %w", out, err)
	}
	tx := &dirTx{out: out, unlock: unlock, dirs: map[string]bool{}}
	if err := restore(out); err != nil {
		return nil, errors.Join(err, tx.release())
	}
	if err := replaceable(out); err != nil {
		return nil, errors.Join(err, tx.release())
	}
	if err := removeStale(parent, base); err != nil {
		return nil, errors.Join(err, tx.release())
	}
	tx.tmp, err = os.MkdirTemp(parent, "."+base+".new-")
	if err != nil {
		return nil, errors.Join(fmt.Errorf("publishing: %w", err), tx.release())
	}
	err = os.Chmod(tx.tmp, 0o755)
	if err == nil {
		err = writeFile(filepath.Join(tx.tmp, Marker), markerData)
	}
	if err != nil {
		return nil, tx.rollback(fmt.Errorf("publishing: %w", err))
	}
	return tx, nil
}

// replaceable returns nil if out may be replaced: it does not exist, or is
// a folder (not a symbolic link to one) that is empty or holds the Marker.
func replaceable(out string) error {
	fi, err := os.Lstat(out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("publishing: %w", err)
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		return fmt.Errorf("publishing to %s: it is a symbolic link; give the folder it points to", out)
	}
	if fi.IsDir() && ours(out) {
		return nil
	}
	return fmt.Errorf("publishing to %s: %w (it has no %s file); remove it or choose another folder", out, ErrNotOutput, Marker)
}

// ours reports whether the folder dir holds the Marker or is empty.
func ours(dir string) bool {
	if fi, err := os.Lstat(filepath.Join(dir, Marker)); err == nil && fi.Mode().IsRegular() {
		return true
	}
	entries, err := os.ReadDir(dir)
	return err == nil && len(entries) == 0
}

// restore puts back the previous output if a build was killed between the
// two renames of the fallback swap: if out does not exist, it renames the
// newest .<base>.old-* folder of malli's (by its Marker's time) to out.
func restore(out string) error {
	if _, err := os.Lstat(out); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	parent, base := filepath.Dir(out), filepath.Base(out)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return fmt.Errorf("publishing: %w", err)
	}
	var newest string
	var newestTime time.Time
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), "."+base+".old-") {
			continue
		}
		dir := filepath.Join(parent, e.Name())
		fi, err := os.Lstat(filepath.Join(dir, Marker))
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		if newest == "" || fi.ModTime().After(newestTime) {
			newest, newestTime = dir, fi.ModTime()
		}
	}
	if newest == "" {
		return nil
	}
	if err := os.Rename(newest, out); err != nil {
		return fmt.Errorf("publishing: putting back the previous output from %s: %w", newest, err)
	}
	return nil
}

// removeStale removes the temporary folders of out's earlier builds from
// parent: those named .<base>.new-* or .<base>.old-* that are malli's.
func removeStale(parent, base string) error {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return fmt.Errorf("publishing: %w", err)
	}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || !strings.HasPrefix(name, "."+base+".new-") && !strings.HasPrefix(name, "."+base+".old-") {
			continue
		}
		dir := filepath.Join(parent, name)
		if !ours(dir) {
			continue
		}
		if err := removeOwn(dir); err != nil {
			errs = append(errs, fmt.Errorf("publishing: removing %s, left by an earlier build: %w", dir, err))
		}
	}
	return errors.Join(errs...)
}

// removeOwn removes dir, a folder malli made. It makes every folder inside
// writable first, so that a read-only one does not stop it, and removes
// the Marker last, so that a removal that fails halfway leaves a folder
// the next Begin still knows as malli's and removes.
func removeOwn(dir string) error {
	var walkErrs []error
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			walkErrs = append(walkErrs, err)
			return nil
		}
		if d.IsDir() {
			if err := os.Chmod(p, 0o700); err != nil {
				walkErrs = append(walkErrs, err)
			}
		}
		return nil
	})
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return errors.Join(append(walkErrs, err)...)
	}
	var errs []error
	for _, e := range entries {
		if e.Name() != Marker {
			if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if errs == nil {
		if err := os.Remove(filepath.Join(dir, Marker)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	if errs == nil {
		if err := os.Remove(dir); err != nil {
			errs = append(errs, err)
		}
	}
	if errs == nil {
		return nil
	}
	return errors.Join(append(walkErrs, errs...)...)
}

// dirTx is a Dir transaction: the temporary folder tmp becomes out at
// Commit.
type dirTx struct {
	out, tmp string
	unlock   func() error

	mu   sync.RWMutex // Write holds it shared, Commit and Abort exclusively
	done bool

	dirsMu sync.Mutex
	dirs   map[string]bool // folders made in tmp, by slash-separated path
}

func (tx *dirTx) Write(name string, data []byte) error {
	if err := checkPath(name); err != nil {
		return err
	}
	tx.mu.RLock()
	defer tx.mu.RUnlock()
	if tx.done {
		return fmt.Errorf("publishing %s: %w", name, errDone)
	}
	if err := tx.mkdirs(path.Dir(name)); err != nil {
		return fmt.Errorf("publishing %s: %w", name, err)
	}
	if err := writeFile(filepath.Join(tx.tmp, filepath.FromSlash(name)), data); err != nil {
		return fmt.Errorf("publishing %s: %w", name, err)
	}
	if err := inject(stepWrite); err != nil {
		return fmt.Errorf("publishing %s: %w", name, err)
	}
	return nil
}

// mkdirs makes the folder dir of tmp and the folders above it, each with
// mode 0755.
func (tx *dirTx) mkdirs(dir string) error {
	if dir == "." {
		return nil
	}
	tx.dirsMu.Lock()
	defer tx.dirsMu.Unlock()
	for i := range len(dir) + 1 {
		if i < len(dir) && dir[i] != '/' {
			continue
		}
		sub := dir[:i]
		if tx.dirs[sub] {
			continue
		}
		full := filepath.Join(tx.tmp, filepath.FromSlash(sub))
		if err := os.Mkdir(full, 0o755); err != nil {
			return err
		}
		if err := os.Chmod(full, 0o755); err != nil {
			return err
		}
		tx.dirs[sub] = true
	}
	return nil
}

// writeFile writes a new file with mode 0644.
func writeFile(name string, data []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644)
	}
	return errors.Join(err, f.Close())
}

func (tx *dirTx) Commit() error {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	if tx.done {
		return fmt.Errorf("publishing: %w", errDone)
	}
	tx.done = true
	if err := inject(stepSwap); err != nil {
		return tx.rollback(fmt.Errorf("publishing: %w", err))
	}
	old, err := tx.swap()
	if err != nil {
		return tx.rollback(fmt.Errorf("publishing: swapping %s into place: %w", tx.out, err))
	}
	var errs []error
	if old != "" {
		err := inject(stepRemoveOld)
		if err == nil {
			err = removeOwn(old)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("publishing: the new site is published at %s, but the old copy at %s could not be removed (the next build removes it): %w", tx.out, old, err))
		}
	}
	return errors.Join(append(errs, tx.release())...)
}

// swap puts tmp at out and returns where the old output is now, or "" if
// there was none.
func (tx *dirTx) swap() (old string, err error) {
	if _, err := os.Lstat(tx.out); errors.Is(err, fs.ErrNotExist) {
		return "", os.Rename(tx.tmp, tx.out)
	} else if err != nil {
		return "", err
	}
	err = exchange(tx.tmp, tx.out)
	if err == nil {
		return tx.tmp, nil
	}
	if !errors.Is(err, errNoExchange) {
		return "", err
	}
	old = filepath.Join(filepath.Dir(tx.out), "."+filepath.Base(tx.out)+".old-"+rand.Text())
	if err := os.Rename(tx.out, old); err != nil {
		return "", err
	}
	err = inject(stepRenames)
	if err == nil {
		err = os.Rename(tx.tmp, tx.out)
	}
	if err != nil {
		if rerr := os.Rename(old, tx.out); rerr != nil {
			return "", fmt.Errorf("%w; putting the old output back from %s: %w", err, old, rerr)
		}
		return "", err
	}
	// Give the old copy the free temporary name, as the exchange does, so
	// that a .<base>.old-* folder is always a whole previous output that
	// restore may put back, never one being removed.
	if os.Rename(old, tx.tmp) == nil {
		old = tx.tmp
	}
	return old, nil
}

func (tx *dirTx) Abort() error {
	tx.mu.Lock()
	defer tx.mu.Unlock()
	if tx.done {
		return nil
	}
	tx.done = true
	return tx.rollback(nil)
}

// rollback removes the temporary folder, releases the lock and returns
// cause joined with what went wrong doing so.
func (tx *dirTx) rollback(cause error) error {
	var err error
	if rerr := removeOwn(tx.tmp); rerr != nil {
		err = fmt.Errorf("publishing: removing %s: %w", tx.tmp, rerr)
	}
	return errors.Join(cause, err, tx.release())
}

// release releases the lock on the output.
func (tx *dirTx) release() error {
	if err := tx.unlock(); err != nil {
		return fmt.Errorf("publishing: unlocking %s: %w", tx.out, err)
	}
	return nil
}

// errNoExchange is returned by exchange where the system or the file
// system cannot exchange two names.
var errNoExchange = errors.New("exchanging two names is not supported")

var (
	_ Publisher = Dir{}
	_ Tx        = (*dirTx)(nil)
)

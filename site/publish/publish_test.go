package publish

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/malli-fi/malli/site/render"
)

// site is a build's output: file contents by path.
type site map[string]string

func (s site) files() []render.File {
	var files []render.File
	for p, data := range s {
		files = append(files, render.File{Path: p, Data: []byte(data)})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files
}

// readSite returns the files published at out, without the Marker, and
// fails the test if the Marker is missing.
func readSite(t *testing.T, out string) site {
	t.Helper()
	got := site{}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(out, p)
		got[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if got[Marker] != string(markerData) {
		t.Errorf("%s has no %s", out, Marker)
	}
	delete(got, Marker)
	return got
}

// snapshot returns every folder and file under dir with its mode, and
// each file's content: two snapshots are equal only if the trees are the
// same byte for byte.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	tree := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		tree[rel] = fi.Mode().String()
		if fi.Mode().IsRegular() {
			data, err := os.ReadFile(p)
			tree[rel] += " " + string(data)
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// leftovers returns the names beside out other than out and its lock file.
func leftovers(t *testing.T, out string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if name := e.Name(); name != filepath.Base(out) && name != "."+filepath.Base(out)+".lock" {
			names = append(names, name)
		}
	}
	return names
}

// publishers returns a fresh Dir and Memory.
func publishers(t *testing.T) map[string]Publisher {
	return map[string]Publisher{
		"Dir":    Dir{Path: filepath.Join(t.TempDir(), "public")},
		"Memory": &Memory{},
	}
}

func TestCheckPath(t *testing.T) {
	for _, name := range []string{"index.html", "fi/index.html", ".well-known/security.txt", "a/.malli-build", "ä/ö.html"} {
		if err := checkPath(name); err != nil {
			t.Errorf("checkPath(%q) = %v, want nil", name, err)
		}
	}
	for _, name := range []string{"", ".", "..", "../x", "a/../../x", "a/../b", "/etc/passwd", "a//b", "a/", "./a", `a\b`, `..\x`, "a\x00b", Marker} {
		if err := checkPath(name); err == nil {
			t.Errorf("checkPath(%q) = nil, want an error", name)
		}
	}
}

func TestWriteRefusesBadPaths(t *testing.T) {
	for name, p := range publishers(t) {
		t.Run(name, func(t *testing.T) {
			tx, err := p.Begin(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Abort()
			for _, path := range []string{"../x", "/x", `a\b`, "", Marker} {
				if err := tx.Write(path, []byte("x")); err == nil {
					t.Errorf("Write(%q) = nil, want an error", path)
				}
			}
		})
	}
}

func TestFilesRefusesConflictingPaths(t *testing.T) {
	for _, files := range [][]render.File{
		{{Path: "x", Data: []byte("1")}, {Path: "x/y", Data: []byte("2")}},
		{{Path: "x/y", Data: []byte("2")}, {Path: "x", Data: []byte("1")}},
		{{Path: "a/b", Data: []byte("1")}, {Path: "a/b", Data: []byte("2")}},
	} {
		for name, p := range publishers(t) {
			if err := Files(context.Background(), p, files); err == nil {
				t.Errorf("%s: Files(%s, %s) = nil, want an error", name, files[0].Path, files[1].Path)
			}
		}
	}
}

func TestTxAfterCommitOrAbort(t *testing.T) {
	for name, p := range publishers(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			tx, err := p.Begin(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := tx.Write("a", []byte("1")); err != nil {
				t.Fatal(err)
			}
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			if err := tx.Abort(); err != nil {
				t.Errorf("Abort after Commit = %v, want nil", err)
			}
			if err := tx.Write("b", nil); !errors.Is(err, errDone) {
				t.Errorf("Write after Commit = %v, want errDone", err)
			}
			if err := tx.Commit(); !errors.Is(err, errDone) {
				t.Errorf("second Commit = %v, want errDone", err)
			}
			tx, err = p.Begin(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := tx.Abort(); err != nil {
				t.Fatal(err)
			}
			if err := tx.Commit(); !errors.Is(err, errDone) {
				t.Errorf("Commit after Abort = %v, want errDone", err)
			}
		})
	}
}

func TestFilesCancelledBeforeBegin(t *testing.T) {
	for name, p := range publishers(t) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := Files(ctx, p, site{"a": "1"}.files()); !errors.Is(err, context.Canceled) {
			t.Errorf("%s: Files with a cancelled context = %v, want context.Canceled", name, err)
		}
	}
}

func TestMemory(t *testing.T) {
	var m Memory
	ctx := context.Background()
	if err := Files(ctx, &m, site{"b": "2", "a": "1"}.files()); err != nil {
		t.Fatal(err)
	}
	if got, want := m.Paths(), []string{"a", "b"}; !cmp.Equal(got, want) {
		t.Errorf("Paths() = %v, want %v", got, want)
	}

	tx, err := m.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Write("c", []byte("3")); err != nil {
		t.Fatal(err)
	}
	if _, ok := m.File("c"); ok {
		t.Errorf("a file is visible before Commit")
	}
	if data, ok := m.File("a"); !ok || string(data) != "1" {
		t.Errorf("before Commit File(a) = %q, %v; want the last build's", data, ok)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, want := m.Paths(), []string{"c"}; !cmp.Equal(got, want) {
		t.Errorf("after Commit Paths() = %v, want %v: the old files survived or the new are missing", got, want)
	}

	tx, err = m.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx.Write("d", []byte("4"))
	if err := tx.Abort(); err != nil {
		t.Fatal(err)
	}
	if got, want := m.Paths(), []string{"c"}; !cmp.Equal(got, want) {
		t.Errorf("after Abort Paths() = %v, want %v", got, want)
	}

	failing := append(site{"e": "5"}.files(), render.File{Path: "../f"})
	if err := Files(ctx, &m, failing); err == nil {
		t.Fatal("Files with a bad path succeeded")
	}
	if got, want := m.Paths(), []string{"c"}; !cmp.Equal(got, want) {
		t.Errorf("after a failed build Paths() = %v, want %v", got, want)
	}
}

package publish

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/malli-fi/malli/site/render"
)

func TestDirReplacesTheWholeSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	d := Dir{Path: out}
	if err := d.Publish([]render.File{{Path: "index.html", Data: []byte("1")}, {Path: "vanha/index.html", Data: []byte("v")}}); err != nil {
		t.Fatal(err)
	}
	if err := d.Publish([]render.File{{Path: "index.html", Data: []byte("2")}, {Path: "a/b/c.json", Data: []byte("{}")}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(out, "index.html")); string(got) != "2" {
		t.Errorf("index.html = %q, want 2", got)
	}
	if _, err := os.Stat(filepath.Join(out, "vanha")); !os.IsNotExist(err) {
		t.Errorf("a stale folder survived the rebuild: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "a/b/c.json")); err != nil {
		t.Error(err)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("temporary folders left beside the output: %v", names)
	}
}

func TestDirFailureKeepsThePreviousSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	d := Dir{Path: out}
	if err := d.Publish([]render.File{{Path: "index.html", Data: []byte("vanha")}}); err != nil {
		t.Fatal(err)
	}
	// A file and a folder of the same name cannot both be written.
	err := d.Publish([]render.File{{Path: "x", Data: []byte("1")}, {Path: "x/y", Data: []byte("2")}})
	if err == nil {
		t.Fatal("Publish of conflicting paths succeeded")
	}
	if got, _ := os.ReadFile(filepath.Join(out, "index.html")); string(got) != "vanha" {
		t.Errorf("after a failed publish index.html = %q, want the old one", got)
	}
}

func TestDirRefusesAFolderItDidNotMake(t *testing.T) {
	site := t.TempDir()
	os.WriteFile(filepath.Join(site, "NOTES.txt"), []byte("tärkeä"), 0o644)
	err := Dir{Path: site}.Publish([]render.File{{Path: "index.html", Data: []byte("x")}})
	if !errors.Is(err, ErrNotOutput) {
		t.Fatalf("Publish over a folder malli did not make: %v, want ErrNotOutput", err)
	}
	if data, _ := os.ReadFile(filepath.Join(site, "NOTES.txt")); string(data) != "tärkeä" {
		t.Errorf("the folder was changed")
	}
	// An empty folder, and malli's own output, are fine.
	empty := filepath.Join(t.TempDir(), "public")
	os.Mkdir(empty, 0o755)
	for i := 0; i < 2; i++ {
		if err := (Dir{Path: empty}).Publish([]render.File{{Path: "index.html", Data: []byte("x")}}); err != nil {
			t.Fatalf("publish %d: %v", i, err)
		}
	}
}

func TestMemory(t *testing.T) {
	var m Memory
	m.Publish([]render.File{{Path: "b", Data: []byte("2")}, {Path: "a", Data: []byte("1")}})
	if got := m.Paths(); len(got) != 2 || got[0] != "a" {
		t.Errorf("Paths() = %v", got)
	}
	m.Publish(nil)
	if _, ok := m.File("a"); ok {
		t.Errorf("old file survived")
	}
}

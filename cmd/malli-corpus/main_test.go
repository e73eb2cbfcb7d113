package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/publish"
)

// generate returns the corpus of n documents as a map from path to bytes.
func generate(t *testing.T, n int, seed uint64) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	var mu sync.Mutex
	_, err := Generate(n, seed, func(name string, data []byte) error {
		mu.Lock()
		defer mu.Unlock()
		if _, dup := files[name]; dup {
			return fmt.Errorf("%s written twice", name)
		}
		files[name] = data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// writeSite writes the corpus and the Hugo site into a new folder.
func writeSite(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	w := &dirWriter{root: dir}
	if _, err := Generate(n, 1, w.write); err != nil {
		t.Fatal(err)
	}
	if err := WriteHugo(w.write); err != nil {
		t.Fatal(err)
	}
	return dir
}

func printDiags(t *testing.T, l diag.List) {
	t.Helper()
	if len(l) == 0 {
		return
	}
	var b bytes.Buffer
	lang, _ := diag.ParseLang("en")
	_ = diag.Print(&b, l, "text", lang)
	t.Errorf("the corpus has %d problems:\n%s", len(l), b.String())
}

// TestCorpusIsValid: every generated document is valid as published, every
// reference and link resolves, with warnings as errors.
func TestCorpusIsValid(t *testing.T) {
	dir := writeSite(t, 200)
	res, err := site.Build(context.Background(), site.Options{Root: dir, Strict: true, Check: true})
	if res != nil {
		printDiags(t, res.Diagnostics)
	}
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	if want := 200 + 6; res.Documents != want { // + programme, 3 criteria sets, statement, home
		t.Errorf("check read %d documents, want %d", res.Documents, want)
	}

	// And the whole build, rendering and exports included.
	res, err = site.Build(context.Background(), site.Options{Root: dir, Strict: true, Out: &publish.Memory{}})
	if res != nil {
		printDiags(t, res.Diagnostics)
	}
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	if res.Pages < res.Documents {
		t.Errorf("build wrote %d pages for %d documents", res.Pages, res.Documents)
	}
}

// wantHash is the SHA-256 of the corpus of n = 200, seed 1. It changes when
// the generator or its word banks change (then update it), and must not
// change between machines, architectures or Go versions: benchmark results
// are comparable only over the same bytes.
const wantHash = "b1389bdd77201c289a183496a35a7340ad4518d636e9bab3ca69dad4a50c3dc9"

func TestDeterministic(t *testing.T) {
	a := generate(t, 200, 1)
	// The same bytes whatever the number of cores.
	procs := runtime.GOMAXPROCS(1)
	b := generate(t, 200, 1)
	runtime.GOMAXPROCS(max(procs, 4))
	b4 := generate(t, 200, 1)
	runtime.GOMAXPROCS(procs)
	for name := range a {
		if !bytes.Equal(a[name], b4[name]) {
			t.Errorf("%s differs between GOMAXPROCS %d and %d", name, procs, max(procs, 4))
		}
	}
	if len(a) != len(b) {
		t.Fatalf("two generations wrote %d and %d files", len(a), len(b))
	}
	names := make([]string, 0, len(a))
	for name := range a {
		names = append(names, name)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s differs between two generations", name)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(a[name]))
		h.Write(a[name])
	}
	if got := fmt.Sprintf("%x", h.Sum(nil)); got != wantHash {
		t.Errorf("corpus hash = %s, want %s (update wantHash if the generator changed on purpose)", got, wantHash)
	}
	c := generate(t, 200, 2)
	if bytes.Equal(a["content/toimintamallit/"+firstName(t, a, "content/toimintamallit/")], c["content/toimintamallit/"+firstName(t, c, "content/toimintamallit/")]) {
		t.Error("seeds 1 and 2 wrote the same first operating model")
	}
}

func firstName(t *testing.T, files map[string][]byte, prefix string) string {
	t.Helper()
	var names []string
	for name := range files {
		if rest, ok := strings.CutPrefix(name, prefix); ok {
			names = append(names, rest)
		}
	}
	if len(names) == 0 {
		t.Fatalf("no files under %s", prefix)
	}
	sort.Strings(names)
	return names[0]
}

// TestSizes: bodies of 2–8 KB with 2–9 relative links, a table and a list.
func TestSizes(t *testing.T) {
	for name, data := range generate(t, 200, 1) {
		_, body, ok := bytes.Cut(data[4:], []byte("\n---\n"))
		if !ok {
			t.Fatalf("%s: no front matter", name)
		}
		if n := len(body); n < 2000 || n > 8192 {
			t.Errorf("%s: body of %d bytes, want 2–8 KB", name, n)
		}
		if n := bytes.Count(body, []byte("](")); n < 2 || n > 9 {
			t.Errorf("%s: %d links, want 2–9", name, n)
		}
		if !bytes.Contains(body, []byte("\n|---|")) && !bytes.Contains(body, []byte("\n|---")) {
			t.Errorf("%s: no table", name)
		}
		if !bytes.Contains(body, []byte("\n- ")) && !bytes.Contains(body, []byte("\n1. ")) {
			t.Errorf("%s: no list", name)
		}
	}
}

// TestHugo builds the same corpus with Hugo, when it is installed: no error
// (a broken link or anchor fails the build) and a page per document.
func TestHugo(t *testing.T) {
	hugo, err := exec.LookPath("hugo")
	if err != nil || testing.Short() {
		t.Skip("hugo is not installed (apt-get install hugo), or -short")
	}
	dir := writeSite(t, 200)
	out := filepath.Join(t.TempDir(), "public")
	cmd := exec.Command(hugo, "--quiet", "-s", dir, "-d", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("hugo: %v\n%s", err, b)
	}
	pages := 0
	err = filepath.WalkDir(filepath.Join(out), func(p string, e fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".html") {
			pages++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < 206 {
		t.Errorf("hugo wrote %d pages, want at least one per document (206)", pages)
	}
	if _, err := os.Stat(filepath.Join(out, "index.json")); err != nil {
		t.Errorf("no JSON index: %v", err)
	}
}

package site_test

import (
	"bytes"
	"context"
	"flag"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/golden"
	"github.com/malli-fi/malli/site/publish"
)

// TestFingerprintsIgnoreLines builds every diagnostics golden twice, the
// second time with a blank line added after the first line of every
// content file (inside the front matter, or at the top of the body), and
// checks that the report fingerprints (diag.Fingerprints) of the real
// diagnostics stay the same although their lines move. A golden whose
// problems change with the blank line is skipped. To keep the package's
// tests short it takes every third golden (TestFingerprints in site/diag
// covers the rule itself); -run FingerprintsIgnoreLines -fingerprint-all
// takes them all.
var fingerprintAll = flag.Bool("fingerprint-all", false, "TestFingerprintsIgnoreLines: build every diagnostics golden, not every third")

func TestFingerprintsIgnoreLines(t *testing.T) {
	files, err := filepath.Glob("testdata/diag/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	if !*fingerprintAll {
		var some []string
		for i, f := range files {
			if i%3 == 0 {
				some = append(some, f)
			}
		}
		files = some
	}
	compared, moved := 0, 0
	for _, f := range files {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		before, after := fstest.MapFS{}, fstest.MapFS{}
		for _, file := range ar.Files {
			if !strings.HasPrefix(file.Name, "content/") && !strings.HasPrefix(file.Name, "schemas/") || strings.Contains(file.Name, " -> ") || strings.Contains(file.Name, " (fifo)") {
				continue
			}
			data := golden.DecodeMarkers(file.Data)
			before[file.Name] = &fstest.MapFile{Data: data}
			shifted := data
			if i := bytes.IndexByte(data, '\n'); i >= 0 && strings.HasPrefix(file.Name, "content/") && !bytes.Contains(data, []byte("\r")) {
				shifted = append(append(append([]byte{}, data[:i+1]...), '\n'), data[i+1:]...)
			}
			after[file.Name] = &fstest.MapFile{Data: shifted}
		}
		a, b := build(t, before), build(t, after)
		if a == nil || b == nil || len(a) == 0 || codes(a) != codes(b) {
			continue
		}
		compared++
		fa, fb := diag.Fingerprints(a), diag.Fingerprints(b)
		for i := range a {
			if a[i].Pos.Line != b[i].Pos.Line {
				moved++
			}
			if fa[i] != fb[i] {
				t.Errorf("%s: %s %s at %s: the fingerprint changes when it moves to %s (args %v)", f, a[i].Code, fa[i], a[i].Pos, b[i].Pos, a[i].Args)
			}
		}
	}
	t.Logf("compared %d of %d goldens; %d diagnostics moved", compared, len(files), moved)
	if compared < len(files)*3/4 || moved == 0 {
		t.Errorf("compared %d of %d goldens, %d diagnostics moved; want most goldens compared", compared, len(files), moved)
	}
}

func build(t *testing.T, fsys fs.FS) diag.List {
	res, err := site.Build(context.Background(), site.Options{FS: fsys, Out: &publish.Memory{}, Check: true})
	if err != nil && !site.IsContentError(err) || res == nil {
		return nil
	}
	return res.Diagnostics
}

// codes lists the files and codes of l, sorted, to tell whether two builds
// found the same problems.
func codes(l diag.List) string {
	var s []string
	for _, d := range l {
		s = append(s, d.Pos.File+" "+d.Code.String())
	}
	sort.Strings(s)
	return strings.Join(s, "\n")
}

package site_test

import (
	"bytes"
	"context"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/golden"
	"github.com/malli-fi/malli/site/internal/sitetest"
	"github.com/malli-fi/malli/site/publish"
)

func init() {
	// Registered here unless another test file of the package has done so.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the want sections of golden files")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// uncovered lists the codes that have no golden in testdata/diag, with the
// reason. Notes are never diagnostics of their own. Remove an entry when
// its reason is gone, and add the golden.
var uncovered = map[diag.Code]string{
	diag.SourceTooLarge:        "needs a file over 2 MiB; TestHostileBudgets in hostile_test.go",
	diag.SourceTooManyProblems: "needs over 100 problems in a file; TestHostileBudgets in hostile_test.go",
}

// TestDiagGolden builds every testdata/diag/*.txtar site and compares its
// diagnostics with the want and want.fi sections; see testdata/diag/README.md.
func TestDiagGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/diag/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	codes := map[string]diag.Code{}
	for _, c := range diag.Codes() {
		codes[c.String()] = c
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txtar")
		t.Run(name, func(t *testing.T) {
			code, ok := codes[name]
			if !ok {
				t.Fatalf("%s: %q is not a registered code", f, name)
			}
			ar, err := txtar.ParseFile(f)
			if err != nil {
				t.Fatal(err)
			}
			fsys := goldenFS(ar)
			_, build := golden.Section(ar, "build") // a code of rendering: build, not check
			res, err := site.Build(context.Background(), site.Options{FS: fsys, Out: &publish.Memory{}, Check: !build})
			if err != nil && !site.IsContentError(err) {
				t.Fatalf("build: %v", err)
			}
			got, gotFI := diagLines(res), (&sitetest.Site{Result: res}).Diags(diag.FI)
			checkDiagnostics(t, res, fsys)
			if !strings.Contains(got, ": "+name+"\n") {
				t.Errorf("%s: the build reports no %s; it reports:\n%s", f, code, got)
			}
			if updating() {
				golden.SetSection(ar, "want", got)
				golden.SetSection(ar, "want.fi", gotFI)
				if err := os.WriteFile(f, txtar.Format(ar), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, s := range []struct{ name, got string }{{"want", got}, {"want.fi", gotFI}} {
				want, ok := golden.Section(ar, s.name)
				if !ok {
					t.Errorf("%s: no %s section (run with -update)", f, s.name)
					continue
				}
				if diff := cmp.Diff(string(want), s.got); diff != "" {
					t.Errorf("%s: %s mismatch (-want +got):\n%s", f, s.name, diff)
				}
			}
		})
	}
}

// TestDiagGoldenCoversEveryCode checks that every code the build can report
// has a golden, so that a new code comes with one.
func TestDiagGoldenCoversEveryCode(t *testing.T) {
	for _, c := range diag.Codes() {
		if strings.HasPrefix(c.String(), "note.") {
			continue
		}
		_, err := os.Stat(filepath.Join("testdata", "diag", c.String()+".txtar"))
		switch reason, known := uncovered[c]; {
		case err != nil && !known:
			t.Errorf("code %s has no golden testdata/diag/%s.txtar", c, c)
		case err == nil && known:
			t.Errorf("code %s has a golden but is listed as uncovered (%s)", c, reason)
		}
	}
}

// diagLines returns the diagnostics of res as "file:line:col: code" lines.
func diagLines(res *site.Result) string {
	var b strings.Builder
	for _, d := range res.Diagnostics {
		b.WriteString(d.Pos.String() + ": " + d.Code.String() + "\n")
	}
	return b.String()
}

// checkDiagnostics checks what must hold for any diagnostic: a registered
// code whose message fills without fmt errors, and a position inside a
// file of the site.
func checkDiagnostics(t *testing.T, res *site.Result, fsys fstest.MapFS) {
	t.Helper()
	for _, d := range res.Diagnostics {
		if _, ok := diag.TextOf(d.Code); !ok {
			t.Errorf("%s: unregistered code %s", d.Pos, d.Code)
		}
		for _, l := range diag.Langs {
			if m := d.Message(l); strings.Contains(m, "%!") {
				t.Errorf("%s: %s message in %s has a formatting error: %s", d.Pos, d.Code, l, m)
			}
		}
		f, ok := fsys[d.Pos.File]
		if !ok {
			if !isDir(fsys, d.Pos.File) && !strings.HasPrefix(d.Pos.File, "schemas") {
				t.Errorf("%s: %s is at a file that is not in the site", d.Pos, d.Code)
			}
			continue
		}
		if n := bytes.Count(f.Data, []byte("\n")) + 1; d.Pos.Line > n {
			t.Errorf("%s: %s is past the end of the file (%d lines)", d.Pos, d.Code, n)
		}
	}
}

// goldenFS makes the site of a golden archive: its content/ and schemas/
// files, with markers decoded. A name "x -> target" is a symbolic link x to
// target, and a name "x (fifo)" a named pipe x.
func goldenFS(ar *txtar.Archive) fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, file := range ar.Files {
		if !strings.HasPrefix(file.Name, "content/") && !strings.HasPrefix(file.Name, "schemas/") && !strings.HasPrefix(file.Name, "themes/") {
			continue
		}
		name, data, mode := file.Name, golden.DecodeMarkers(file.Data), fs.FileMode(0)
		if link, target, ok := strings.Cut(name, " -> "); ok {
			name, data, mode = link, []byte(target), fs.ModeSymlink
		} else if pipe, ok := strings.CutSuffix(name, " (fifo)"); ok {
			name, mode = pipe, fs.ModeNamedPipe
		}
		fsys[name] = &fstest.MapFile{Data: data, Mode: mode}
	}
	return fsys
}

func isDir(fsys fstest.MapFS, name string) bool {
	for p := range fsys {
		if strings.HasPrefix(p, name+"/") {
			return true
		}
	}
	return false
}

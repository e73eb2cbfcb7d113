package frontmatter

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/malli-fi/malli/site/internal/golden"
	"github.com/malli-fi/malli/site/internal/lineindex"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/malli-fi/malli/site/diag"
)

var update = flag.Bool("update", false, "rewrite the want section of testdata/*.txtar")

// goldenFile is the file name Parse is given in the goldens.
const goldenFile = "input.md"

// TestGolden runs every testdata/*.txtar case; see testdata/README.md.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(f)
			if err != nil {
				t.Fatal(err)
			}
			in, want := section(ar, "input.md"), section(ar, "want")
			if in == nil {
				t.Fatalf("%s: no input.md section", f)
			}
			src := golden.DecodeMarkers(in)
			doc, diags := Parse(goldenFile, src)
			checkInvariants(t, goldenFile, src, doc, diags)
			got := dump(doc, diags)
			if *update {
				golden.SetSection(ar, "want", got)
				if err := os.WriteFile(f, txtar.Format(ar), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s: want mismatch (-want +got):\n%s", f, diff)
			}
		})
	}
}

// section returns a section of a golden archive, nil if there is none.
func section(ar *txtar.Archive, name string) []byte {
	data, _ := golden.Section(ar, name)
	return data
}

// dump writes what Parse returned in the format of a want section.
func dump(doc *Document, diags diag.List) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "# format=%s start=%d:%d body-line=%d body-offset=%d\n",
		orNone(string(doc.Format)), doc.Start.Line, doc.Start.Col, doc.BodyLine, doc.BodyOffset)
	walk(doc.Front, "", nil, func(ptr string, e *Entry, n *Node) {
		fmt.Fprintf(&sb, "%s %d:%d %s", orRoot(ptr), n.Pos.Line, n.Pos.Col, n.Kind)
		switch n.Kind {
		case String:
			fmt.Fprintf(&sb, " %q", n.Text)
		case Number, Bool:
			fmt.Fprintf(&sb, " %s", n.Text)
		}
		if e != nil {
			fmt.Fprintf(&sb, " key=%d:%d", e.KeyPos.Line, e.KeyPos.Col)
		}
		sb.WriteByte('\n')
	})
	for _, d := range diags.Sort() {
		fmt.Fprintf(&sb, "%s: %s", d.Pos, d.Code)
		for _, a := range d.Args {
			if s, ok := a.(string); ok {
				fmt.Fprintf(&sb, " %q", s)
			} else {
				fmt.Fprintf(&sb, " %v", a)
			}
		}
		sb.WriteByte('\n')
		for _, r := range d.Related {
			fmt.Fprintf(&sb, "\tnote %s: %s\n", r.Pos, r.Code)
		}
	}
	return sb.String()
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func orRoot(ptr string) string {
	if ptr == "" {
		return "/"
	}
	return ptr
}

// walk calls f for n and every node under it, depth first in source order,
// with its JSON Pointer and, for map values, its entry.
func walk(n *Node, ptr string, e *Entry, f func(ptr string, e *Entry, n *Node)) {
	if n == nil {
		return
	}
	f(ptr, e, n)
	for _, c := range n.Entries {
		walk(c.Value, ptr+"/"+escape(c.Key), c, f)
	}
	for i, c := range n.Items {
		walk(c, fmt.Sprintf("%s/%d", ptr, i), nil, f)
	}
}

func escape(key string) string {
	return strings.ReplaceAll(strings.ReplaceAll(key, "~", "~0"), "/", "~1")
}

// checkInvariants checks what must hold for any input: positions inside
// the file, every pointer of the tree locatable, Body a suffix of src,
// every diagnostic registered and carrying its source line.
func checkInvariants(t testing.TB, file string, src []byte, doc *Document, diags diag.List) {
	t.Helper()
	lines := bytes.Count(src, []byte("\n")) + 1
	checkPos := func(what string, p diag.Pos) {
		t.Helper()
		if p.File != file || p.Line < 1 || p.Line > lines+1 || p.Col < 1 {
			t.Errorf("%s: position %+v outside the file (%d lines)", what, p, lines)
		}
	}
	if doc == nil {
		t.Fatal("Parse returned a nil Document")
	}
	checkPos("Start", doc.Start)
	if doc.BodyOffset < 0 || doc.BodyOffset > len(src) || !bytes.Equal(doc.Body, src[doc.BodyOffset:]) {
		t.Errorf("Body is not src[BodyOffset:] (BodyOffset %d, len(src) %d)", doc.BodyOffset, len(src))
	} else if want := bytes.Count(src[:doc.BodyOffset], []byte("\n")) + 1; doc.BodyLine != want {
		t.Errorf("BodyLine = %d, want %d", doc.BodyLine, want)
	}
	if doc.Front != nil && doc.Front.Kind != Map {
		t.Errorf("Front is a %s, want a map", doc.Front.Kind)
	}
	walk(doc.Front, "", nil, func(ptr string, e *Entry, n *Node) {
		checkPos("node "+ptr, n.Pos)
		want := n.Pos
		if e != nil {
			checkPos("key "+ptr, e.KeyPos)
			want = e.KeyPos
		}
		if got, ok := doc.Front.Locate(ptr); !ok || got != want {
			t.Errorf("Locate(%q) = %v, %v; want %v, true", ptr, got, ok, want)
		}
		if got, ok := doc.Front.LocateValue(ptr); !ok || got != n.Pos {
			t.Errorf("LocateValue(%q) = %v, %v; want %v, true", ptr, got, ok, n.Pos)
		}
	})
	for _, d := range diags {
		checkPos("diagnostic "+d.Code.String(), d.Pos)
		if d.Severity != wantSeverity(d.Code) {
			t.Errorf("%s: %s has severity %d", d.Pos, d.Code, d.Severity)
		}
		if _, ok := diag.TextOf(d.Code); !ok {
			t.Errorf("%s: code %s is not registered", d.Pos, d.Code)
		}
		want := lineindex.New(src).Line(d.Pos.Line)
		if d.Pos.Line == 1 {
			want = strings.TrimPrefix(want, "\uFEFF")
		}
		if d.Line != want {
			t.Errorf("%s: %s: Line = %q, want %q", d.Pos, d.Code, d.Line, want)
		}
		for _, r := range d.Related {
			checkPos("note "+r.Code.String(), r.Pos)
		}
	}
}

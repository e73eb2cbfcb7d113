package source

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestLines(t *testing.T) {
	l := NewLines([]byte("ab\ncd\r\n\nx"))
	for _, tc := range []struct{ off, line, col int }{
		{0, 1, 1}, {1, 1, 2}, {2, 1, 3}, {3, 2, 1}, {7, 3, 1}, {8, 4, 1}, {9, 4, 2},
	} {
		if line, col := l.At(tc.off); line != tc.line || col != tc.col {
			t.Errorf("At(%d) = %d:%d, want %d:%d", tc.off, line, col, tc.line, tc.col)
		}
	}
}

func TestReadSortsAndWarnsOfSkippedFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"content/b.md":          {Data: []byte("b")},
		"content/a/x.md":        {Data: []byte("x")},
		"content/a/kuva.png":    {Data: []byte("p")},
		"content/.git/config":   {Data: []byte("g")},
		"content/a/.x.md.swp":   {Data: []byte("s")},
		"content/a/luonnos.md~": {Data: []byte("~")},
	}
	tree, diags, err := Read(fsys, "content", "schemas")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range tree.Files("content") {
		got = append(got, f.Path+"|"+f.Rel)
	}
	want := []string{"content/a/kuva.png|a/kuva.png", "content/a/x.md|a/x.md", "content/b.md|b.md"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Files mismatch (-want +got):\n%s", diff)
	}
	var skipped []string
	for _, d := range diags.Sort() {
		skipped = append(skipped, d.Pos.String()+" "+string(d.Code))
	}
	wantSkipped := []string{
		"content/.git:1:1 source.skipped",
		"content/a/.x.md.swp:1:1 source.skipped",
		"content/a/luonnos.md~:1:1 source.skipped",
	}
	if diff := cmp.Diff(wantSkipped, skipped); diff != "" {
		t.Errorf("diagnostics mismatch (-want +got):\n%s", diff)
	}
	if tree.Has("schemas") {
		t.Errorf("Has(schemas) = true for a site without schemas/")
	}
	tf := tree.Files("content")
	if !tf[1].IsDocument() || tf[0].IsDocument() {
		t.Errorf("IsDocument wrong")
	}
}

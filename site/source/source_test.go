package source

import (
	"testing"
	"testing/fstest"
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

func TestWalkSortsAndSkipsHiddenFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"content/b.md":          {Data: []byte("b")},
		"content/a/x.md":        {Data: []byte("x")},
		"content/a/kuva.png":    {Data: []byte("p")},
		"content/.git/config":   {Data: []byte("g")},
		"content/a/.x.md.swp":   {Data: []byte("s")},
		"content/a/luonnos.md~": {Data: []byte("~")},
	}
	files, err := Walk(fsys, "content", "content")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.Path+"|"+f.Rel)
	}
	want := []string{"content/a/kuva.png|a/kuva.png", "content/a/x.md|a/x.md", "content/b.md|b.md"}
	if len(got) != len(want) {
		t.Fatalf("Walk = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Walk[%d] = %s, want %s", i, got[i], want[i])
		}
	}
	if !files[1].IsDocument() || files[0].IsDocument() {
		t.Errorf("IsDocument wrong")
	}
}

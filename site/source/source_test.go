package source

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

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
		skipped = append(skipped, d.Pos.String()+" "+d.Code.String())
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

func TestCheckName(t *testing.T) {
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"tuettu-tyollistyminen.md", true},
		{"Hankesuunnitelma 2021.pdf", true},
		{"päivä.pdf", true},
		{"pa\u0308iva\u0308.pdf", false}, // NFD
		{"a#b.md", false},
		{"a?b.md", false},
		{"100%.pdf", false},
		{"a\\b.md", false},
		{"a:b.md", false},
		{"a\nb.md", false},
		{"a\x1b[2Jb.md", false},
		{"a\u202eb.md", false}, // bidi override
		{"CON.md", false},
		{"con.sv.md", false},
		{"lpt1.txt", false},
		{"COM0", false},
		{"console.md", true},
		{"nimi.", false},
		{" alku.md", false},
		{strings.Repeat("x", 197) + ".md", true},
		{strings.Repeat("x", 198) + ".md", false},
		{"\xff.md", false},
	} {
		if got := checkName(tc.name) == nil; got != tc.ok {
			t.Errorf("checkName(%q) ok = %v, want %v", tc.name, got, tc.ok)
		}
	}
}

func TestReadRefusesLinksAndLargeFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"content/a.md":          {Data: []byte("a")},
		"content/link.md":       {Data: []byte("a.md"), Mode: fs.ModeSymlink},
		"content/pipe":          {Mode: fs.ModeNamedPipe},
		"content/iso.md":        {Data: make([]byte, MaxDocument+1)},
		"content/iso.pdf":       {Data: make([]byte, MaxDocument+1)},
		"themes":                {Data: []byte("/etc"), Mode: fs.ModeSymlink},
		"schemas/x.schema.json": {Data: []byte("{}")},
	}
	tree, diags, err := Read(fsys, "content", "schemas", "themes/default")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range diags.Sort() {
		got = append(got, d.Pos.String()+" "+d.Code.String())
	}
	want := []string{
		"content/iso.md:1:1 source.too-large",
		"content/link.md:1:1 source.symlink",
		"content/pipe:1:1 source.special",
		"themes:1:1 source.symlink",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("diagnostics mismatch (-want +got):\n%s", diff)
	}
	var files []string
	for _, f := range tree.Files("content") {
		files = append(files, f.Rel)
	}
	if diff := cmp.Diff([]string{"a.md", "iso.pdf"}, files); diff != "" {
		t.Errorf("files mismatch (-want +got):\n%s", diff)
	}
	if tree.Has("themes/default") {
		t.Errorf("a folder under a linked folder was read")
	}
	data, err := fs.ReadFile(tree.FS("schemas"), "x.schema.json")
	if err != nil || string(data) != "{}" {
		t.Errorf("FS(schemas) ReadFile = %q, %v", data, err)
	}
	if m, _ := fs.Glob(tree.FS("schemas"), "*.json"); len(m) != 1 {
		t.Errorf("FS(schemas) Glob = %v", m)
	}
}

func TestEditorFile(t *testing.T) {
	for name, want := range map[string]bool{
		".x.md.swp": true, "x.md~": true, "#x.md#": true, ".#x.md": true,
		"x.md___jb_tmp___": true, "x.md___jb_old___": true, ".gitignore": true,
		"x.md": false, "#x.md": false, "kuva.png": false, "4913": false,
	} {
		if got := editorFile(name); got != want {
			t.Errorf("editorFile(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestReread: a rewritten file is read again and the rest shared; a file
// that is gone, was never read, or is now too large asks for a full Read.
func TestReread(t *testing.T) {
	fsys := fstest.MapFS{
		"content/a.md": {Data: []byte("a")},
		"content/b.md": {Data: []byte("b")},
	}
	tree, _, err := Read(fsys, "content")
	if err != nil {
		t.Fatal(err)
	}
	fsys["content/a.md"] = &fstest.MapFile{Data: []byte("uusi")}
	again, f, ok, err := tree.Reread(fsys, "content/a.md")
	if err != nil || !ok || string(f.Data) != "uusi" || f.Rel != "a.md" {
		t.Fatalf("Reread = %v %q %v", ok, f.Data, err)
	}
	if got := again.Files("content"); string(got[0].Data) != "uusi" || &got[1].Data[0] != &tree.Files("content")[1].Data[0] {
		t.Errorf("the new tree does not hold the new bytes and share the rest")
	}
	if string(tree.Files("content")[0].Data) != "a" {
		t.Errorf("Reread changed the tree it was given")
	}
	fsys["content/big.md"] = &fstest.MapFile{Data: make([]byte, MaxDocument+1)}
	delete(fsys, "content/b.md")
	for _, p := range []string{"content/b.md", "content/c.md", "content/big.md"} {
		if _, _, ok, err := tree.Reread(fsys, p); ok || err != nil {
			t.Errorf("Reread(%s) = %v, %v; want a full Read", p, ok, err)
		}
	}
}

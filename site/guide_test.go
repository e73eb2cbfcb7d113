package site_test

import (
	"bufio"
	"context"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/publish"
)

// TestGuideExamplesAreValid keeps the user guide's examples true: every
// code block of content/sivut/kirjoittaminen.md whose info string names a
// folder ("```yaml hankkeet/") is put, as a draft, into that folder of a
// copy of this repository's content, and the build must report nothing
// about it: no unknown key, no wrong code, no broken reference. A whole
// document ("```markdown toimintamallit/") is checked as it is.
func TestGuideExamplesAreValid(t *testing.T) {
	const guide = "content/sivut/kirjoittaminen.md"
	src, err := os.ReadFile("../" + guide)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	err = fs.WalkDir(os.DirFS(".."), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasPrefix(p, "content/") || strings.HasPrefix(p, "schemas/") || strings.HasPrefix(p, "themes/")) {
			return err
		}
		data, err := fs.ReadFile(os.DirFS(".."), p)
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	examples := map[string]int{} // file -> line of the block in the guide
	var folder, body string
	var start int
	sc := bufio.NewScanner(strings.NewReader(string(src)))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case folder == "" && strings.HasPrefix(line, "```") && strings.HasSuffix(line, "/"):
			_, folder, _ = strings.Cut(strings.TrimPrefix(line, "```"), " ")
			body, start = "", n
		case folder != "" && line == "```":
			file := "content/" + folder + "ohje-esimerkki-" + strconv.Itoa(start) + ".md"
			if strings.HasPrefix(body, "---\n") {
				fsys[file] = &fstest.MapFile{Data: []byte(body)}
			} else {
				fsys[file] = &fstest.MapFile{Data: []byte("---\ntitle: Ohjeen esimerkki\nstatus: draft\n" + body + "---\n")}
			}
			examples[file] = start
			folder = ""
		case folder != "":
			body += line + "\n"
		}
	}
	if len(examples) < 8 {
		t.Fatalf("found %d examples in %s, want one for each content type it describes", len(examples), guide)
	}
	res, _ := site.Build(context.Background(), site.Options{FS: fsys, Out: &publish.Memory{}, Strict: true, Drafts: true})
	if res == nil {
		t.Fatal("no result")
	}
	for _, d := range res.Diagnostics {
		if line, ok := examples[d.Pos.File]; ok {
			t.Errorf("%s:%d: the example (line %d of the block): %s [%s]", guide, line, d.Pos.Line, d.Message(diag.FI), d.Code)
		}
	}
}

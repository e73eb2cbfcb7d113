package site_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/publish"
)

// FuzzBuild builds a small site whose one document, one attachment and
// one file name come from the fuzzer. Whatever they hold, the build
// returns diagnostics or a site, never a panic or a Go error, every
// diagnostic is positioned in a file of the site, and nothing refused is
// published. Run it longer with
//
//	go test -run='^$' -fuzz=FuzzBuild -fuzzminimizetime=0 ./site
func FuzzBuild(f *testing.F) {
	f.Add("tietoa", []byte(okPage), "kuva.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`))
	f.Add("x", []byte("---\ntitle: X\nstatus: draft\n---\n[a](javascript:alert(1)) <script>x</script>\n![b](data:text/html,x)\n"), "evil.html", []byte("<script>"))
	f.Add("y", []byte("+++\ntitle = \"Y\"\nstatus = \"draft\"\n+++\n# Otsikko\n# Otsikko\n[r]: vbscript:x\n[z][r]\n"), "CNAME", []byte("x"))
	f.Add("z", []byte("{\n\"title\": \"Z\", \"status\": \"draft\", \"keywords\": [[[[[[]]]]]]\n}\n"), "a b.pdf", []byte("%PDF-1.7"))
	f.Fuzz(func(t *testing.T, name string, doc []byte, attachment string, data []byte) {
		if strings.ContainsAny(name, "/\x00") || strings.ContainsAny(attachment, "/\x00") || name == "" || attachment == "" ||
			name == "." || name == ".." || attachment == "." || attachment == ".." {
			return
		}
		fsys := fstest.MapFS{
			"content/sivut/" + name + ".md": {Data: doc},
			"content/sivut/" + attachment:   {Data: data},
			"content/sivut/tietoa-2.md":     {Data: []byte(okPage + "\n[linkki](" + name + ".md) ![kuva](" + attachment + ")\n")},
		}
		out := &publish.Memory{}
		res, err := site.Build(context.Background(), site.Options{FS: fsys, Out: out})
		if err != nil && !site.IsContentError(err) {
			t.Fatalf("Build: %v", err)
		}
		for _, d := range res.Diagnostics {
			if _, ok := fsys[d.Pos.File]; !ok && !strings.HasPrefix(d.Pos.File, "content/sivut") {
				t.Errorf("%s: %s is outside the site", d.Pos, d.Code)
			}
		}
		for _, p := range out.Paths() {
			for _, bad := range []string{".html", ".js"} {
				if strings.HasSuffix(p, bad) && strings.HasPrefix(p, "sivut/") && !strings.HasSuffix(p, "/index.html") {
					t.Errorf("published %s", p)
				}
			}
			if data, _ := out.File(p); strings.HasSuffix(p, ".html") && strings.Contains(strings.ToLower(string(data)), "javascript:") {
				t.Errorf("%s holds a javascript: URL", p)
			}
		}
	})
}

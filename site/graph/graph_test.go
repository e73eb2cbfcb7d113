package graph_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
	"github.com/malli-fi/malli/site/source"
)

var types = fstest.MapFS{
	"topic.schema.json": {Data: []byte(`{"x-malli": {"type": "topic", "folder": "aiheet"},
		"properties": {"title": {"type": "string"}, "status": {"type": "string"}, "see": {"type": "array", "items": {"type": "string", "x-malli-ref": "topic"}}}}`)},
}

func resolve(t *testing.T, files map[string]string, opts graph.Options) (*graph.Graph, diag.List) {
	t.Helper()
	reg, diags := schema.Compile(types, "schemas")
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	var docs []*page.Document
	for rel, data := range files {
		d, ds := page.New(source.File{Path: "content/" + rel, Rel: rel, Data: []byte(data)}, reg, nil)
		if len(ds) > 0 {
			t.Fatalf("%s: %v", rel, ds)
		}
		docs = append(docs, d)
	}
	if opts.BasePath == "" {
		opts.BasePath = "/"
	}
	opts.Pages = []string{"/", "/aiheet/", "/sv/", "/sv/aiheet/", "/data/index.json"}
	return graph.Resolve(docs, []string{"aiheet/kuva.png"}, opts)
}

func TestResolve(t *testing.T) {
	g, diags := resolve(t, map[string]string{
		"aiheet/a.md":    "---\ntitle: A\nstatus: published\nsee: [b]\n---\n## Osa\n[B:hen](b.md#loppu) ja ![kuva](kuva.png), [lista](/aiheet/) ja [data](/data/index.json) [ruotsiksi](b.sv.md)\n",
		"aiheet/a.sv.md": "---\ntitle: A sv\nstatus: published\nsee: [b]\n---\n[B](b.md) [listan](./) [hem](../) [på finska](b.md) [svenska](a.sv.md)\n",
		"aiheet/b.md":    "---\ntitle: B\nstatus: published\n---\n## Loppu\n[takaisin](/aiheet/a/)\n",
		"aiheet/b.sv.md": "---\ntitle: B sv\nstatus: published\n---\n",
		"aiheet/c.md":    "---\ntitle: C\nstatus: draft\n---\n",
		"aiheet/e.md":    "---\ntitle: E\nstatus: published\n---\n",
		"aiheet/e.sv.md": "---\ntitle: E sv\nstatus: draft\n---\n",
	}, graph.Options{BasePath: "/ali/"})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	var urls []string
	for _, d := range g.Docs {
		urls = append(urls, d.URL)
	}
	if got, want := strings.Join(urls, " "), "/aiheet/a/ /aiheet/b/ /aiheet/e/ /sv/aiheet/a/ /sv/aiheet/b/"; got != want {
		t.Errorf("published URLs = %s, want %s (no draft)", got, want)
	}
	a := g.Variant(page.Key{Type: "topic", ID: "a"}, diag.FI)
	if got := g.Refs(a)["/see/0"]; got != "/ali/aiheet/b/" {
		t.Errorf("reference href = %q", got)
	}
	// The Swedish document's reference goes to the Swedish translation.
	if got := g.Refs(g.Variant(page.Key{Type: "topic", ID: "a"}, diag.SV))["/see/0"]; got != "/ali/sv/aiheet/b/" {
		t.Errorf("Swedish reference href = %q", got)
	}
	html := a.Body.Fill(g.Links(a))
	for _, want := range []string{`href="/ali/aiheet/b/#loppu"`, `src="/ali/aiheet/kuva.png"`, `href="/ali/aiheet/"`, `href="/ali/data/index.json"`, `href="/ali/sv/aiheet/b/" hreflang="sv">ruotsiksi`} {
		if !strings.Contains(string(html), want) {
			t.Errorf("rendered body lacks %s:\n%s", want, html)
		}
	}
	asv := g.Variant(page.Key{Type: "topic", ID: "a"}, diag.SV)
	sv := asv.Body.Fill(g.Links(asv))
	for _, want := range []string{`href="/ali/sv/aiheet/"`, `href="/ali/sv/"`, `href="/ali/sv/aiheet/b/">B</a>`, `href="/ali/sv/aiheet/a/">svenska`} {
		if !strings.Contains(string(sv), want) {
			t.Errorf("Swedish body lacks %s:\n%s", want, sv)
		}
	}
	// Backlinks: b is referred to by a, once in front matter and twice in
	// the body; only default-language documents count.
	var in []string
	for _, e := range g.In(g.Doc(page.Key{Type: "topic", ID: "b", Lang: diag.FI})) {
		in = append(in, e.From.ID+e.Pointer)
	}
	if got := strings.Join(in, " "); got != "a a a/see/0" {
		t.Errorf("backlinks of b = %q", got)
	}
	if got := len(g.Translations(a)); got != 2 {
		t.Errorf("translations of a = %d, want 2", got)
	}
	if d := g.Variant(page.Key{Type: "topic", ID: "c"}, diag.SV); d == nil || d.Lang != diag.FI {
		t.Errorf("Variant falls back to the default language: %v", d)
	}
	// A draft translation does not hide the published original.
	if d := g.Variant(page.Key{Type: "topic", ID: "e"}, diag.SV); d == nil || d.Lang != diag.FI {
		t.Errorf("Variant(e, sv) = %v, want the published Finnish document", d)
	}
	if got := len(g.ByType(diag.SV)["topic"]); got != 3 {
		t.Errorf("Swedish listing has %d documents, want 3 (a, b, e)", got)
	}
}

func TestResolveProblems(t *testing.T) {
	_, diags := resolve(t, map[string]string{
		"aiheet/a.md":    "---\ntitle: A\nstatus: published\nsee: [b, ei-ole]\n---\n[c](c.md) [x](ei.md) [#](#puuttuu) [b](b.md#ei)\n",
		"aiheet/b.md":    "---\ntitle: B\nstatus: published\n---\n",
		"aiheet/c.md":    "---\ntitle: C\nstatus: draft\nsee: [b]\n---\n",
		"aiheet/d.sv.md": "---\ntitle: D\nstatus: published\n---\n",
	}, graph.Options{})
	var got []string
	for _, d := range diags.Sort() {
		got = append(got, d.Pos.String()+" "+d.Code.String())
	}
	want := []string{
		"content/aiheet/a.md:4:10 ref.unknown",
		"content/aiheet/a.md:6:1 link.draft",
		"content/aiheet/a.md:6:11 link.broken",
		"content/aiheet/a.md:6:22 link.broken-anchor",
		"content/aiheet/a.md:6:36 link.broken-anchor",
		"content/aiheet/d.sv.md:1:1 translation.orphan",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

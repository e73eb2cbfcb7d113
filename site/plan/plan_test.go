package plan

import (
	"strings"
	"testing"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/page"
)

func TestOutputsListsEveryOutputAndCollisions(t *testing.T) {
	s := Site{
		Langs:     []diag.Lang{diag.FI, diag.SV},
		Folders:   []string{"sivut"},
		Schemas:   []string{"page.schema.json"},
		SchemaDir: "schemas",
		Static:    []string{"static/malli.css"},
		DataDir:   "data",
		Docs: []Doc{
			{URL: "/sivut/a/", DataPath: "data/page/a.json", File: "content/sivut/a.md"},
			{URL: "/sivut/_index/", DataPath: "data/page/sivut-_index.json", File: "content/sivut/_index.md", IsIndex: true},
		},
		Attachments: []string{"sivut/Kuva.png", "sivut/kuva.png", "sivut/a/index.html", "data/x.csv", "sivut/a/liite.pdf"},
	}
	outs, diags := Outputs(s)
	var paths []string
	for _, o := range outs {
		paths = append(paths, o.Path)
	}
	want := "404.html data/index.json data/page/a.json data/page/sivut-_index.json data/search/fi.js data/search/sv.js feed.xml haku/index.html index.html ohje/kentat/index.html ohje/koodit/index.html robots.txt schemas/page.schema.json " +
		"sitemap.xml sivut/Kuva.png sivut/a/index.html sivut/a/liite.pdf sivut/index.html sivut/kuva.png static/malli.css sv/404.html sv/feed.xml sv/haku/index.html sv/index.html sv/ohje/kentat/index.html sv/ohje/koodit/index.html sv/sivut/index.html"
	if got := strings.Join(paths, " "); got != want {
		t.Errorf("Outputs paths =\n%s\nwant\n%s", got, want)
	}
	var got []string
	for _, d := range diags.Sort() {
		got = append(got, d.Pos.String()+" "+d.Code.String())
	}
	wantDiags := "content/data/x.csv:1:1 asset.conflict|content/sivut/a/index.html:1:1 asset.conflict|content/sivut/kuva.png:1:1 output.collision"
	if g := strings.Join(got, "|"); g != wantDiags {
		t.Errorf("diagnostics = %s, want %s", g, wantDiags)
	}
}

func TestFoldSeesCaseAndNormalisation(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Kuva.PNG", "kuva.png"},
		{"p\u00e4iv\u00e4.pdf", "pa\u0308iva\u0308.pdf"},
		{"STRASSE", "strasse"},
	} {
		if fold(tc.a) != fold(tc.b) {
			t.Errorf("fold(%q) != fold(%q)", tc.a, tc.b)
		}
	}
	if fold("a.png") == fold("b.png") {
		t.Errorf("fold merges different names")
	}
}

func TestPagesAreTheGeneratedURLs(t *testing.T) {
	got := strings.Join(Pages(Site{Langs: []diag.Lang{diag.FI, diag.EN}, Folders: []string{"hankkeet"}, DataDir: "data"}), " ")
	want := "/ /404.html /haku/ /ohje/kentat/ /ohje/koodit/ /feed.xml /hankkeet/ /en/ /en/404.html /en/haku/ /en/ohje/kentat/ /en/ohje/koodit/ /en/feed.xml /en/hankkeet/ /sitemap.xml /robots.txt /data/index.json"
	if got != want {
		t.Errorf("Pages = %s, want %s", got, want)
	}
}

func TestOutputsOfADocumentWithAnInnokylaExport(t *testing.T) {
	key := page.Key{Type: "operating_model", ID: "x", Lang: diag.FI}
	s := Site{
		Langs:   []diag.Lang{diag.FI, diag.SV},
		DataDir: "data",
		Docs: []Doc{{
			Key: key, URL: "/toimintamallit/x/", DataPath: "data/operating_model/x.json", File: "content/toimintamallit/x.md",
			Innokyla: "data/innokyla/operating_model/x.json", InnokylaURLs: []string{"/toimintamallit/x/innokyla/", "/sv/toimintamallit/x/innokyla/"},
		}},
	}
	outs, diags := Outputs(s)
	if len(diags) != 0 {
		t.Fatalf("diagnostics %v", diags)
	}
	var got []string
	for _, o := range outs {
		if o.Source.File == "content/toimintamallit/x.md" && o.Doc != key {
			t.Errorf("%s: document %v, want %v", o.Path, o.Doc, key)
		}
		if o.Kind == InnokylaData || o.Kind == InnokylaPage {
			got = append(got, string(o.Kind)+" "+o.Path+" "+o.URL+" "+string(o.Lang))
		}
	}
	want := "innokyla-data data/innokyla/operating_model/x.json  |" +
		"innokyla-page sv/toimintamallit/x/innokyla/index.html /sv/toimintamallit/x/innokyla/ sv|" +
		"innokyla-page toimintamallit/x/innokyla/index.html /toimintamallit/x/innokyla/ fi"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("Innokylä outputs\n%s\nwant\n%s", g, want)
	}
}

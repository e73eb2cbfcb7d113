package plan

import (
	"strings"
	"testing"

	"github.com/malli-fi/malli/site/diag"
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
	want := "404.html data/index.json data/page/a.json data/page/sivut-_index.json index.html schemas/page.schema.json " +
		"sivut/Kuva.png sivut/a/index.html sivut/a/liite.pdf sivut/index.html sivut/kuva.png static/malli.css sv/404.html sv/index.html sv/sivut/index.html"
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
	want := "/ /404.html /hankkeet/ /en/ /en/404.html /en/hankkeet/ /data/index.json"
	if got != want {
		t.Errorf("Pages = %s, want %s", got, want)
	}
}

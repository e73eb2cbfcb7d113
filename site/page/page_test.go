package page

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/malli-fi/malli/schemas"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/schema"
	"github.com/malli-fi/malli/site/source"
)

func registry(t testing.TB) *schema.Registry {
	reg, diags := schema.Compile(schemas.FS, "schemas")
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	return reg
}

func TestNewNamesAndURLs(t *testing.T) {
	reg := registry(t)
	for _, tc := range []struct {
		rel, id, lang, url, typ string
		index                   bool
	}{
		{"toimintamallit/x.md", "x", "fi", "/toimintamallit/x/", "operating_model", false},
		{"toimintamallit/x.sv.md", "x", "sv", "/sv/toimintamallit/x/", "operating_model", false},
		{"hankkeet/y/index.en.md", "y", "en", "/en/hankkeet/y/", "project", false},
		{"_index.md", "_index", "fi", "/", "page", true},
		{"_index.sv.md", "_index", "sv", "/sv/", "page", true},
		{"sivut/_index.md", "sivut/_index", "fi", "/sivut/", "page", true},
	} {
		f := source.File{Path: "content/" + tc.rel, Rel: tc.rel, Data: []byte("---\ntitle: X\nstatus: draft\n---\n")}
		d, diags := New(f, reg, nil)
		if d == nil {
			t.Errorf("New(%s): nil, %v", tc.rel, diags)
			continue
		}
		if d.ID != tc.id || string(d.Lang) != tc.lang || d.URL != tc.url || d.Type.Name != tc.typ || d.IsIndex != tc.index {
			t.Errorf("New(%s) = id %q lang %s url %s type %s index %v; want %q %s %s %s %v",
				tc.rel, d.ID, d.Lang, d.URL, d.Type.Name, d.IsIndex, tc.id, tc.lang, tc.url, tc.typ, tc.index)
		}
	}
	for rel, code := range map[string]diag.Code{
		"muistiot/x.md":           diag.PageNoType,
		"x.md":                    diag.PageNoType,
		"toimintamallit/a/b/c.md": diag.PageBadPath,
		"toimintamallit/a/c.md":   diag.PageBadPath,
		"sivut/a/_index.md":       diag.PageBadPath,
		"toimintamallit/x.de.md":  diag.PageBadName,
	} {
		f := source.File{Path: "content/" + rel, Rel: rel, Data: []byte("---\ntitle: X\nstatus: draft\n---\n")}
		if d, diags := New(f, reg, nil); d != nil || len(diags) != 1 || diags[0].Code != code {
			t.Errorf("New(%s) = %v, %v; want one %s", rel, d, diags, code)
		}
	}
}

func TestSections(t *testing.T) {
	reg := registry(t)
	body := "## Ratkaisun perusidea\n\nx\n\n## Toimintaympäristö\n\n## Kohderyhmä ja asiakasymmärys\n\n## Muuta\n"
	f := source.File{Path: "content/toimintamallit/x.md", Rel: "toimintamallit/x.md", Data: []byte("---\ntitle: X\nstatus: published\n---\n" + body)}
	_, diags := New(f, reg, nil)
	var got []string
	for _, d := range diags.Sort() {
		if strings.HasPrefix(d.Code.String(), "section.") {
			got = append(got, d.Pos.String()+" "+d.Code.String()+" "+d.Message(diag.FI))
		}
	}
	want := []string{
		// The misspelt heading is where the missing section is reported.
		`content/toimintamallit/x.md:11:1 section.missing osio "## Kohderyhmä ja asiakasymmärrys" puuttuu (pakollinen, kun tila on Julkaistu)`,
		`content/toimintamallit/x.md:13:1 section.unknown otsikko "## Muuta" ei ole tyypin "operating_model" (Toimintamalli) osio`,
		`content/toimintamallit/x.md:14:1 section.missing osio "## Toimivuuden ja käyttöönoton ehdot" puuttuu (pakollinen, kun tila on Julkaistu)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("section diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCompleteness(t *testing.T) {
	reg := registry(t)
	for _, tc := range []struct {
		front string
		want  int
	}{
		{"title: X\nstatus: draft\n", 0},
		{"title: X\nstatus: draft\ntarget_groups: []\nfunder: \"  \"\n", 0},
	} {
		f := source.File{Path: "content/toimintamallit/x.md", Rel: "toimintamallit/x.md", Data: []byte("---\n" + tc.front + "---\n")}
		d, _ := New(f, reg, nil)
		full := d.Type.RequiredFor(d.Params, "published")
		// title and status are filled; nothing else is.
		want := 2 * 100 / (len(full) + 4)
		if got := d.Completeness; got != want {
			t.Errorf("Completeness(%q) = %d, want %d (2 of %d fields, 0 of 4 sections)", tc.front, got, want, len(full))
		}
	}
}

// FuzzNew checks that no file, however broken, makes the document stage
// panic, and that every diagnostic has a position inside the file. Its
// seeds are whole documents, which the fuzzer minimizes slowly; run it as
//
//	go test -run='^$' -fuzz=FuzzNew -fuzzminimizetime=0 ./site/page
func FuzzNew(f *testing.F) {
	files, _ := filepath.Glob("../../content/*/*.md")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err == nil {
			f.Add(data)
		}
	}
	reg := registry(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		file := source.File{Path: "content/toimintamallit/x.md", Rel: "toimintamallit/x.md", Data: data}
		_, diags := New(file, reg, nil)
		lines := strings.Count(string(data), "\n") + 1
		for _, d := range diags {
			if d.Pos.File != file.Path || d.Pos.Line < 1 || d.Pos.Line > lines {
				t.Errorf("diagnostic outside the file: %v (%d lines)", d, lines)
			}
		}
	})
}

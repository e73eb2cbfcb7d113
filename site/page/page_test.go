package page

import (
	"os"
	"path/filepath"
	"slices"
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
		`content/toimintamallit/x.md:11:1 section.missing osio "## Kohderyhmä ja asiakasymmärrys" puuttuu; malli suosittelee sitä, kun tila on Julkaistu`,
		`content/toimintamallit/x.md:13:1 section.unknown otsikko "## Muuta" ei ole tyypin "operating_model" (Toimintamalli) osio`,
		`content/toimintamallit/x.md:14:1 section.missing osio "## Toimivuuden ja käyttöönoton ehdot" puuttuu; Innokylä vaatii sitä, kun tila on Julkaistu`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("section diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSectionShortLabel checks that a heading with a section's older,
// shorter label ("## Lähtötilanne") is a warning whose hint names the
// section's full label.
func TestSectionShortLabel(t *testing.T) {
	reg := registry(t)
	f := source.File{Path: "content/toimintamallit/x.md", Rel: "toimintamallit/x.md", Data: []byte("---\ntitle: X\nstatus: draft\n---\n## Lähtötilanne\n")}
	_, diags := New(f, reg, nil)
	if len(diags) != 1 || diags[0].Code != diag.SectionUnknown || diags[0].Hint == nil ||
		diags[0].Hint.In(diag.FI) != "tarkoititko \u201cLähtötilanne ja strategiset liittymäkohdat\u201d?" {
		t.Errorf("## Lähtötilanne: %v, want section.unknown with a hint naming the full label", diags)
	}
}

func TestPublishingReadiness(t *testing.T) {
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
		if got := d.Publishing.Percent; got != want {
			t.Errorf("Publishing(%q) = %d, want %d (2 of %d fields, 0 of 4 sections)", tc.front, got, want, len(full))
		}
		if got := len(d.Publishing.Missing()); got != len(full)-2+4 {
			t.Errorf("Publishing(%q) misses %d, want %d", tc.front, got, len(full)-2+4)
		}
	}
}

// TestPublishingSources checks that what a draft lacks to publish says
// whose requirement each item is, as the schemas annotate it.
func TestPublishingSources(t *testing.T) {
	reg := registry(t)
	f := source.File{Path: "content/hankkeet/x.md", Rel: "hankkeet/x.md", Data: []byte("---\ntitle: X\nstatus: draft\n---\n## Tavoitteet\n")}
	d, _ := New(f, reg, nil)
	got := map[string]string{}
	for _, n := range d.Publishing.Missing() {
		got[strings.Join(n.Fields, ",")+n.Section] = n.Source.Says().In(diag.FI)
	}
	for key, want := range map[string]string{
		"/steering_group":         "Työkykyohjelma (luku 16.3) edellyttää",
		"/evaluation_coordinator": "Työkykyohjelma (luku 5) edellyttää",
		"/contact_persons":        "malli suosittelee",
		"arviointi":               "Työkykyohjelma (luku 10) edellyttää",
	} {
		if got[key] != want {
			t.Errorf("source of missing %s = %q, want %q", key, got[key], want)
		}
	}
	if _, ok := got["tavoitteet"]; ok {
		t.Errorf("section tavoitteet is present but listed as missing")
	}
}

// TestInnokylaReadiness checks the Innokylä readiness of an operating
// model that has some of Innokylä's fields and sections: the share of
// Innokylä's items filled, and what Innokylä still needs, with the two
// sections Innokylä itself requires marked.
func TestInnokylaReadiness(t *testing.T) {
	reg := registry(t)
	doc := "---\ntitle: X\nsummary: Lyhyesti.\nstatus: draft\nfunder: STM\n---\n" +
		"## Ratkaisun perusidea\n\nx\n\n## Lähtötilanne ja strategiset liittymäkohdat\n\ny\n\n## Muutoksen mittaaminen\n\nz\n"
	f := source.File{Path: "content/toimintamallit/x.md", Rel: "toimintamallit/x.md", Data: []byte(doc)}
	d, _ := New(f, reg, nil)
	r := d.Innokyla
	if r == nil {
		t.Fatal("operating model: no Innokylä readiness")
	}
	items := d.Type.Innokyla.Items()
	// title, summary, funder; three sections.
	if want := 6 * 100 / len(items); r.Percent != want || len(r.Items) != len(items) {
		t.Errorf("Innokyla.Percent = %d of %d items, want %d of %d", r.Percent, len(r.Items), want, len(items))
	}
	var missing, required []string
	for _, n := range r.Missing() {
		missing = append(missing, n.Innokyla)
		if n.Required {
			required = append(required, n.Innokyla+": "+n.Source.Says().In(diag.FI))
		}
	}
	for _, want := range []string{"Toteutuspaikka", "Kehitystyön lähtökohtana olevat tarpeet", "Kehittäjäjoukon kokoaminen ja yhteiskehittäminen", "Toimivuuden ja käyttöönoton ehdot"} {
		if !slices.Contains(missing, want) {
			t.Errorf("Innokylä still needs %q: missing %q", want, missing)
		}
	}
	for _, have := range []string{"Toimintamallin nimi", "Ratkaisun perusidea", "Lähtötilanne ja strategiset liittymäkohdat", "Muutoksen mittaaminen"} {
		if slices.Contains(missing, have) {
			t.Errorf("%q is filled but missing: %q", have, missing)
		}
	}
	if want := []string{"Toimivuuden ja käyttöönoton ehdot: Innokylä vaatii"}; !slices.Equal(required, want) {
		t.Errorf("missing items Innokylä requires = %q, want %q", required, want)
	}

	// A project's kokonaisuus: Toimijat and Rahoittaja have nothing in malli.
	f = source.File{Path: "content/hankkeet/x.md", Rel: "hankkeet/x.md", Data: []byte("---\ntitle: X\nstatus: draft\nstart_date: 2021-01-01\n---\n")}
	d, _ = New(f, reg, nil)
	missing = nil
	for _, n := range d.Innokyla.Missing() {
		missing = append(missing, n.Innokyla)
		if len(n.Fields) == 0 && n.Section == "" && n.Note == nil {
			t.Errorf("%q has no counterpart and no note", n.Innokyla)
		}
	}
	for _, want := range []string{"Toimijat", "Rahoittaja", "Toimiaika", "Yhteyshenkilön nimi", "Lähtötilanne ja strategiset liittymäkohdat"} {
		if !slices.Contains(missing, want) {
			t.Errorf("project: Innokylä still needs %q: missing %q", want, missing)
		}
	}

	// A type with no counterpart in Innokylä has no Innokylä readiness.
	f = source.File{Path: "content/kriteeristot/x.md", Rel: "kriteeristot/x.md", Data: []byte("---\ntitle: X\nstatus: draft\n---\n")}
	if d, _ = New(f, reg, nil); d.Innokyla != nil {
		t.Errorf("criteria set: Innokylä readiness %+v, want none", d.Innokyla)
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

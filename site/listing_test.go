package site_test

import (
	"bytes"
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/internal/sitetest"
	"github.com/malli-fi/malli/site/publish"
)

// sorted is a site whose notes offer three orders (x-malli sort): by
// title, the listing's own, by size largest first and by date oldest
// first; one note has neither size nor date.
const sorted = `
-- schemas/defs.schema.json --
{"$defs": {"common": {"type": "object", "properties": {
  "id": {"type": "string"}, "title": {"type": "string", "x-malli-label": {"fi": "Nimi", "sv": "Namn", "en": "Name"}},
  "summary": {"type": "string"}, "status": {"enum": ["draft", "published"]}, "modified": {"type": "string", "format": "date"}},
  "required": ["title", "status"]}}}
-- schemas/note.schema.json --
{
  "x-malli": {"type": "note", "folder": "muistiot",
    "label": {"fi": "Muistio", "sv": "Anteckning", "en": "Note"},
    "plural": {"fi": "Muistiot", "sv": "Anteckningar", "en": "Notes"},
    "list_fields": ["/size"],
    "sort": [
      {"by": "/title"},
      {"by": "/size", "desc": true, "name": "koko"},
      {"by": "/held_on", "name": "pidetty", "label": {"fi": "Pidetty", "sv": "Hållen", "en": "Held"}}
    ]},
  "allOf": [{"$ref": "defs.schema.json#/$defs/common"}],
  "properties": {
    "size": {"type": "number", "x-malli-label": {"fi": "Koko", "sv": "Storlek", "en": "Size"}},
    "held_on": {"type": "string", "format": "date", "x-malli-label": {"fi": "Pitopäivä"}}
  }
}
-- content/muistiot/aamu.md --
---
title: Ämpäri
status: published
size: 9
held_on: 2024-03-01
---
-- content/muistiot/beeta.md --
---
title: Beeta
status: published
size: 10
held_on: 2023-12-31
---
-- content/muistiot/celsius.md --
---
title: Celsius
status: published
---
-- content/muistiot/aapinen.md --
---
title: Aapinen
status: published
size: 2.5
held_on: 2024-01-15
---
`

// TestListingOrders: a listing offers its type's orders as links, each
// its own page in every language that lists the documents in that order,
// those without a value last whatever the direction, and points search
// engines at the listing's own page.
func TestListingOrders(t *testing.T) {
	s := sitetest.Build(t, sorted)
	s.AssertNoDiags()
	for _, c := range []struct {
		path string
		want []string
	}{
		// Finnish alphabetical order: ä after z.
		{"muistiot/index.html", []string{"aapinen", "beeta", "celsius", "aamu"}},
		{"muistiot/jarjestys/koko/index.html", []string{"beeta", "aamu", "aapinen", "celsius"}},
		{"muistiot/jarjestys/pidetty/index.html", []string{"beeta", "aapinen", "aamu", "celsius"}},
		{"sv/muistiot/jarjestys/koko/index.html", []string{"beeta", "aamu", "aapinen", "celsius"}},
		{"en/muistiot/jarjestys/pidetty/index.html", []string{"beeta", "aapinen", "aamu", "celsius"}},
	} {
		var got []string
		for _, href := range termDocs([]byte(s.File(c.path))) {
			got = append(got, strings.TrimSuffix(href[strings.LastIndex(strings.TrimSuffix(href, "/"), "/")+1:], "/"))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s lists %v, want %v", c.path, got, c.want)
		}
	}
	s.AssertFile("muistiot/index.html",
		`<h2 id="sivu-jarjestys">Järjestys</h2>`,
		`<span aria-current="page">Nimi, A–Ö</span>`,
		`<a href="/muistiot/jarjestys/koko/">Koko, suurin ensin</a>`,
		`<a href="/muistiot/jarjestys/pidetty/">Pidetty, vanhin ensin</a>`,
		`<link rel="canonical" href="/muistiot/">`)
	s.AssertFile("sv/muistiot/jarjestys/koko/index.html",
		`<a href="/sv/muistiot/">Namn, A–Ö</a>`,
		`<span aria-current="page">Storlek, största först</span>`,
		`<a href="/sv/muistiot/jarjestys/pidetty/">Hållen, äldsta först</a>`,
		`<link rel="canonical" href="/sv/muistiot/">`,
		`<title>Anteckningar (Storlek, största först) – `,
		`href="/muistiot/jarjestys/koko/"`) // the language switcher keeps the order
	// The field sorted by is shown, also when list_fields does not name it.
	s.AssertFile("muistiot/jarjestys/pidetty/index.html", "<dt>Pitopäivä</dt>", "<dd>1.3.2024</dd>", "<dt>Koko</dt>")
	if strings.Contains(s.File("muistiot/index.html"), "<dt>Pitopäivä</dt>") {
		t.Error("the listing's own order shows the date it is not sorted by")
	}
	if sm := s.File("sitemap.xml"); strings.Contains(sm, "jarjestys") {
		t.Error("sitemap.xml lists the other orders of a listing, which have no content of their own")
	}
}

// TestListingOrderErrors: a type's orders name a field it has, with one
// value, and names that make a page; a mistake is the schema's error at
// the order, and nothing is built.
func TestListingOrderErrors(t *testing.T) {
	for _, c := range []struct{ sort, want string }{
		{`[{"by": "/title"}, {"by": "/sizes", "name": "koko"}]`, `schemas/note.schema.json:6:33: virhe: skeemaa ei voi kääntää: x-malli sort: the type has no field "/sizes"`},
		{`[{"by": "/title"}, {"by": "/tags", "name": "tagit"}]`, `x-malli sort: "/tags" holds more than one value`},
		{`[{"by": "/title", "name": "nimi"}]`, `x-malli sort: the first order is the listing's own and takes no name`},
		{`[{"by": "/title"}, {"by": "/size"}]`, `x-malli sort: name "": an order's page needs a name`},
		{`[{"by": "/title"}, {"by": "/size", "name": "Koko"}]`, `x-malli sort: name "Koko"`},
		{`[{"by": "/title"}, {"by": "/size", "name": "koko"}, {"by": "/title", "desc": true, "name": "koko"}]`, `x-malli sort: two orders are called "koko"`},
	} {
		archive := strings.Replace(sorted, `"sort": [
      {"by": "/title"},
      {"by": "/size", "desc": true, "name": "koko"},
      {"by": "/held_on", "name": "pidetty", "label": {"fi": "Pidetty", "sv": "Hållen", "en": "Held"}}
    ]},`, `"sort": `+c.sort+`},`, 1)
		archive = strings.Replace(archive, `"size": {"type": "number"`, `"tags": {"type": "array", "items": {"type": "string"}}, "size": {"type": "number"`, 1)
		s := sitetest.Build(t, archive)
		if got := s.Diags("fi"); !strings.Contains(got, c.want) || !strings.Contains(got, "[schema.compile]") {
			t.Errorf("sort %s:\n%s\nwant %s", c.sort, got, c.want)
		}
		if _, ok := s.Out.File("muistiot/index.html"); ok {
			t.Errorf("sort %s: the type was built", c.sort)
		}
	}
}

// TestDogfoodListingOrders: the repository's projects can be listed by
// state aid, largest first, and by start date, and the amount sorted by
// is shown.
func TestDogfoodListingOrders(t *testing.T) {
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out}); err != nil {
		t.Fatal(err)
	}
	page, ok := out.File("hankkeet/jarjestys/valtionavustus/index.html")
	if !ok {
		t.Fatal("no hankkeet/jarjestys/valtionavustus/")
	}
	want := []string{"/hankkeet/esimerkkihanke-tyokyky-sote-keskukseen/", "/hankkeet/esimerkkihanke-tuetusti-toihin/"}
	if got := termDocs(page); !slices.Equal(got, want) {
		t.Errorf("projects by state aid: %v, want %v", got, want)
	}
	if !bytes.Contains(page, []byte("<dd>1\u00a0000\u00a0000</dd>")) {
		t.Error("the listing by state aid does not show the amount")
	}
	for _, p := range []string{"hankkeet/jarjestys/alkamispaiva/index.html", "sv/toimintamallit/jarjestys/muutetut/index.html", "en/itsearvioinnit/jarjestys/arviointipaiva/index.html"} {
		if _, ok := out.File(p); !ok {
			t.Errorf("no %s", p)
		}
	}
}

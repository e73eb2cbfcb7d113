package site_test

import (
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/sitetest"
)

// schemas is a tiny site definition: two types, one referring to the other,
// and an index type for _index.md files. No Go code knows these types.
const schemas = `
-- schemas/defs.schema.json --
{
  "$defs": {
    "common": {
      "type": "object",
      "properties": {
        "id": {"type": "string", "pattern": "^[a-z0-9-]+$"},
        "title": {"type": "string", "x-malli-label": {"fi": "Nimi", "sv": "Namn", "en": "Name"}},
        "summary": {"type": "string"},
        "status": {"enum": ["draft", "published", "archived"]},
        "modified": {"type": "string", "format": "date"}
      },
      "required": ["title", "status"]
    }
  }
}
-- schemas/note.schema.json --
{
  "x-malli": {"type": "note", "folder": "muistiot",
    "label": {"fi": "Muistio", "sv": "Minnesanteckning", "en": "Note"},
    "plural": {"fi": "Muistiot", "sv": "Minnesanteckningar", "en": "Notes"},
    "sections": [{"id": "tausta", "title": {"fi": "Tausta", "sv": "Bakgrund", "en": "Background"}, "required_for": ["published"]}]},
  "allOf": [{"$ref": "defs.schema.json#/$defs/common"}],
  "properties": {
    "about": {"type": "string", "x-malli-ref": "topic", "x-malli-label": {"fi": "Aihe", "sv": "Ämne", "en": "Topic"}},
    "level": {"enum": ["1", "2"], "x-malli-enum-labels": {"1": {"fi": "Alustava"}, "2": {"fi": "Valmis"}}}
  },
  "if": {"properties": {"status": {"const": "published"}}, "required": ["status"]},
  "then": {"required": ["about"]}
}
-- schemas/topic.schema.json --
{
  "x-malli": {"type": "topic", "folder": "aiheet",
    "label": {"fi": "Aihe", "sv": "Ämne", "en": "Topic"},
    "plural": {"fi": "Aiheet", "sv": "Ämnen", "en": "Topics"}},
  "allOf": [{"$ref": "defs.schema.json#/$defs/common"}]
}
-- schemas/index.schema.json --
{
  "x-malli": {"type": "etusivu", "folder": "_", "index_files": true,
    "label": {"fi": "Etusivu", "sv": "Startsida", "en": "Home"},
    "plural": {"fi": "Etusivut", "sv": "Startsidor", "en": "Home pages"}},
  "allOf": [{"$ref": "defs.schema.json#/$defs/common"}]
}
`

const small = schemas + `
-- content/_index.md --
---
title: Testiohjelma
status: published
---
Tervetuloa.
-- content/muistiot/eka.sv.md --
---
title: Första anteckningen
status: published
about: tyokyky
---
## Bakgrund

Se [aihe](../aiheet/tyokyky.md).
-- content/_index.sv.md --
---
title: Testprogram
status: published
---
Välkommen.
-- content/aiheet/tyokyky.md --
---
title: Työkyky
status: published
---
## Yleistä

Katso [muistio](../muistiot/eka.md#tausta).
-- content/muistiot/eka.md --
---
title: Eka muistio
summary: Ensimmäinen.
status: published
about: tyokyky
level: "2"
modified: 2024-05-01
---
## Tausta

Katso [aihe](../aiheet/tyokyky.md) ja ![kuva](kuva.png).
-- content/muistiot/kuva.png --
<PNG>
-- content/aiheet/kuvallinen/index.md --
---
title: Kuvallinen
status: published
---
![kaavio](kaavio.png) ja [liite](ohje.pdf)
-- content/aiheet/kuvallinen/kaavio.png --
<PNG>PNG2
-- content/aiheet/kuvallinen/ohje.pdf --
%PDF-1.7
`

func TestBuildSmall(t *testing.T) {
	s := sitetest.Build(t, small)
	s.AssertNoDiags()
	s.AssertFile("index.html", `<html lang="fi">`, "Tervetuloa.", `href="/muistiot/eka/"`)
	s.AssertFile("sv/index.html", `<html lang="sv">`, "Välkommen.")
	// No English home text: the Finnish one, marked as Finnish.
	s.AssertFile("en/index.html", `<html lang="en">`, `<h1 lang="fi">Testiohjelma</h1>`, `<div class="content" lang="fi">`)
	// A Swedish page's reference to an untranslated document: its Finnish
	// title is marked as Finnish (WCAG 3.1.2).
	s.AssertFile("sv/muistiot/eka/index.html", `<a href="/aiheet/tyokyky/" lang="fi" hreflang="fi">Työkyky</a>`, `<a href="/aiheet/tyokyky/" hreflang="fi">aihe</a>`)
	s.AssertFile("muistiot/eka/index.html",
		`<h1>Eka muistio</h1>`,
		`<h2 id="tausta">Tausta</h2>`,
		`href="/aiheet/tyokyky/"`,                // the body link, rewritten
		`<dt>Aihe</dt>`,                          // the field's label from the schema
		`<a href="/aiheet/tyokyky/">Työkyky</a>`, // the reference, by title
		`Valmis`,   // the enum code's label
		`1.5.2024`, // the Finnish date
		`src="/muistiot/kuva.png"`)
	s.AssertFile("aiheet/tyokyky/index.html", `href="/muistiot/eka/#tausta"`, "Tähän viittaavat")
	s.AssertFile("muistiot/index.html", "Eka muistio")
	s.AssertFile("muistiot/kuva.png", "PNG")
	// A bundle: the document and its attachments side by side.
	s.AssertFile("aiheet/kuvallinen/index.html", `src="/aiheet/kuvallinen/kaavio.png"`, `href="/aiheet/kuvallinen/ohje.pdf"`)
	s.AssertFile("aiheet/kuvallinen/kaavio.png", "PNG2")
	s.AssertFile("aiheet/kuvallinen/ohje.pdf", "PDF")
	s.AssertFile("data/index.json", `"id":"eka"`, `"schema_version"`)
	s.AssertFile("data/note/eka.json", `"about":"tyokyky"`, `"backlinks"`)
	s.AssertFile("schemas/note.schema.json", `"$id": "/schemas/note.schema.json"`)
}

func TestBuildReportsEveryProblem(t *testing.T) {
	s := sitetest.Build(t, schemas+`
-- content/muistiot/eka.md --
---
title: Eka
status: published
about: tyokyk
level: "3"
modified: 2024-02-30
---
Katso [puuttuva](../aiheet/ei-ole.md) ja [ankkuri](#ei-ole).
-- content/muistiot/toka.md --
---
status: published
about: tyokyky
---
## Tausta
-- content/aiheet/tyokyky.md --
---
title: Työkyky
status: published
---
`)
	if !site.IsContentError(s.Err) {
		t.Fatalf("Build error = %v, want diagnostics", s.Err)
	}
	for _, want := range []string{
		`content/muistiot/eka.md:4:8: virhe: viittausta "tyokyk" ei löydy (kenttä "about" (Aihe), tyyppi topic) [ref.unknown]`,
		`content/muistiot/eka.md:5:8: virhe: kentän "level" arvo "3" ei ole sallittu; sallitut arvot: 1, 2 [schema.enum]`,
		`content/muistiot/eka.md:6:11: virhe: kentän "modified" arvo "2024-02-30" ei kelpaa: sen pitää olla päivämäärä muodossa VVVV-KK-PP [schema.format]`,
		`content/muistiot/eka.md:8:7: virhe: linkin kohdetta "../aiheet/ei-ole.md" ei löydy [link.broken]`,
		`content/muistiot/eka.md:8:42: virhe: ankkuria #ei-ole ei ole tiedostossa content/muistiot/eka.md [link.broken-anchor]`,
		`content/muistiot/eka.md:9:1: virhe: osio "## Tausta" puuttuu; malli suosittelee sitä, kun tila on published [section.missing]`,
		`content/muistiot/toka.md:1:1: virhe: pakollinen kenttä "title" (Nimi) puuttuu; malli vaatii sitä [schema.required]`,
	} {
		s.AssertDiag(want)
	}
	if len(s.Out.Paths()) != 0 {
		t.Errorf("a failed build published %d files", len(s.Out.Paths()))
	}
	// The hint for the near-miss id.
	for _, d := range s.Result.Diagnostics {
		if d.Code == diag.RefUnknown && (d.Hint == nil || !strings.Contains(d.Hint.In("fi"), "tyokyky")) {
			t.Errorf("ref.unknown hint = %v, want a suggestion of tyokyky", d.Hint)
		}
	}
}

func TestDraftsAreLeftOut(t *testing.T) {
	archive := schemas + `
-- content/aiheet/julkinen.md --
---
title: Julkinen
status: published
---
-- content/aiheet/luonnos.md --
---
title: Luonnos
status: draft
---
-- content/aiheet/salainen/index.md --
---
title: Salainen
status: draft
---
![kaavio](kaavio.png)
-- content/aiheet/salainen/kaavio.png --
<PNG>
`
	s := sitetest.Build(t, archive)
	s.AssertNoDiags()
	s.AssertFile("aiheet/julkinen/index.html", "Julkinen")
	s.AssertNoFile("aiheet/luonnos/index.html")
	s.AssertNoFile("aiheet/salainen/kaavio.png") // a draft bundle's attachment stays unpublished
	s = sitetest.Build(t, archive, func(o *site.Options) { o.Drafts = true })
	s.AssertFile("aiheet/luonnos/index.html", "Luonnos")
	s.AssertFile("aiheet/salainen/kaavio.png", "PNG")
}

func TestBaseURL(t *testing.T) {
	s := sitetest.Build(t, small, func(o *site.Options) { o.BaseURL = "https://esimerkki.github.io/malli/" })
	s.AssertNoDiags()
	s.AssertFile("muistiot/eka/index.html", `href="/malli/aiheet/tyokyky/"`, `href="/malli/static/malli.css"`)
	s.AssertFile("schemas/note.schema.json", `"$id": "https://esimerkki.github.io/malli/schemas/note.schema.json"`)
}

func TestOutputIsDeterministic(t *testing.T) {
	a := sitetest.Build(t, small)
	b := sitetest.Build(t, small)
	pa, pb := a.Out.Paths(), b.Out.Paths()
	if strings.Join(pa, "\n") != strings.Join(pb, "\n") {
		t.Fatalf("paths differ")
	}
	for _, p := range pa {
		if a.File(p) != b.File(p) {
			t.Errorf("%s differs between two builds", p)
		}
	}
}

// TestRebuildAfterFix follows an author through a failed build, a fix and
// a removal: the output follows the sources, with nothing stale left.
func TestRebuildAfterFix(t *testing.T) {
	s := sitetest.Build(t, small)
	s.AssertNoDiags()
	s.Edit("content/aiheet/tyokyky.md", "---\ntitle: Työkyky\nstatus: julkaistu\n---\n").Rebuild()
	s.AssertDiag("content/aiheet/tyokyky.md:3:9: virhe: kentän \"status\" arvo \"julkaistu\" ei ole sallittu")
	s.AssertFile("aiheet/tyokyky/index.html", "Työkyky") // the last good output stays
	s.Edit("content/aiheet/tyokyky.md", "---\ntitle: Työkyky uudelleen\nstatus: published\n---\n## Yleistä\n").Rebuild()
	s.AssertNoDiags()
	s.AssertFile("aiheet/tyokyky/index.html", "<h1>Työkyky uudelleen</h1>")
	s.Remove("content/aiheet/kuvallinen/index.md").Rebuild()
	s.AssertNoFile("aiheet/kuvallinen/index.html")
	s.AssertFile("aiheet/kuvallinen/kaavio.png", "PNG2") // an asset is published on its own
}

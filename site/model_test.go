package site_test

import (
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/internal/sitetest"
)

// modelSite has two operating models that name each other as related,
// one with its Innokylä record, and a table in a body.
const modelSite = `
-- content/toimintamallit/a.md --
---
title: Malli A
status: draft
license: CC-BY-4.0
innokyla_url: https://innokyla.fi/fi/toimintamalli/malli-a
related_models: [b]
---
## Ratkaisun perusidea

Perusidea.

| Lyhenne | Säännös |
|---|---|
| SHL 36 § | Sosiaalihuoltolaki 1301/2014 |
-- content/toimintamallit/a.sv.md --
---
title: Modell A
status: draft
license: CC-BY-4.0
related_models: [b]
---
Text.
-- content/toimintamallit/b.md --
---
title: Malli B
status: draft
license: CC0-1.0
related_models: [a]
---
| Sarake |
|---|
| arvo |
`

// TestOperatingModelPage checks the operating model page: the basic details'
// panel between the title and the body, the licence linked to its deed in
// the page's language, the record in Innokylä linked, a related model
// listed once, and tables in named, focusable regions.
func TestOperatingModelPage(t *testing.T) {
	s := sitetest.Build(t, modelSite, func(o *site.Options) { o.Drafts = true })
	a := s.File("toimintamallit/a/index.html")
	for _, want := range []string{
		`<aside class="model-side" aria-labelledby="sivu-perustiedot">`,
		`<a href="https://creativecommons.org/licenses/by/4.0/deed.fi">CC-BY-4.0</a>`,
		`<a href="https://innokyla.fi/fi/toimintamalli/malli-a" hreflang="fi">Toimintamallin sivu Innokylässä</a>`,
		`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="ratkaisun-perusidea">`,
		`<a href="/toimintamallit/b/">Malli B</a>`,
	} {
		if !strings.Contains(a, want) {
			t.Errorf("toimintamallit/a: no %s", want)
		}
	}
	if strings.Contains(a, "<dt>Innokylä-osoite</dt>") {
		t.Error("toimintamallit/a: the Innokylä address is in the fields too")
	}
	if n := strings.Count(a, `href="/toimintamallit/b/"`); n != 1 {
		t.Errorf("toimintamallit/a: the related model b is linked %d times, want once", n)
	}
	// On narrow screens the panel comes right after the title (no lead
	// here), before the description; wide ones put it beside.
	if i, j := strings.Index(a, "<h1>"), strings.Index(a, `class="model-side"`); i < 0 || j < i || j > strings.Index(a, `<div class="content">`) {
		t.Error("toimintamallit/a: the basic details are not between the title and the description")
	}
	b := s.File("toimintamallit/b/index.html")
	for _, want := range []string{
		`<a href="https://creativecommons.org/publicdomain/zero/1.0/deed.fi">CC0-1.0</a>`,
		`<div class="table-scroll" role="region" tabindex="0" aria-label="Sarake">`,
	} {
		if !strings.Contains(b, want) {
			t.Errorf("toimintamallit/b: no %s", want)
		}
	}
	if strings.Contains(b, "Innokylässä</a>") {
		t.Error("toimintamallit/b: a record link without a record")
	}
	sv := s.File("sv/toimintamallit/a/index.html")
	if !strings.Contains(sv, `<a href="https://creativecommons.org/licenses/by/4.0/deed.sv">CC-BY-4.0</a>`) {
		t.Error("sv/toimintamallit/a: the licence is not linked to its Swedish deed")
	}
}

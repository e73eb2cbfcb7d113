package site_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/internal/sitetest"
	"github.com/malli-fi/malli/site/publish"
)

// TestReadinessOnPages checks the two readiness figures as the site shows
// them, with malli's schemas: a draft operating model shows its publishing
// readiness with whose each missing item is, and its Innokylä readiness
// with what Innokylä still needs and the field map; a published one shows
// only the Innokylä readiness; a type with no Innokylä counterpart (a
// criteria set) shows neither, and a published one no figure at all.
func TestReadinessOnPages(t *testing.T) {
	s := sitetest.Build(t, `
-- content/toimintamallit/luonnos.md --
---
title: Luonnos
summary: Lyhyesti.
status: draft
---
## Ratkaisun perusidea

Idea.
-- content/kriteeristot/luonnos.md --
---
title: Kriteerit
status: draft
---
`, func(o *site.Options) { o.Drafts = true })
	s.AssertFile("toimintamallit/luonnos/index.html",
		`<h3>Julkaisuvalmius: `,
		`Toimivuuden ja käyttöönoton ehdot <code>## Toimivuuden ja käyttöönoton ehdot</code> <span class="source">(Innokylä vaatii)</span>`,
		`Toimintaympäristö <code>## Toimintaympäristö</code> <span class="source">(malli suosittelee)</span>`,
		`Kohderyhmät <code>target_groups</code> <span class="source">(malli suosittelee)</span>`,
		`<h3>Innokylä-valmius: `,
		`<p>Innokylä tarvitsee vielä:</p>`,
		`Kehitystyön lähtökohtana olevat tarpeet: <code>## Kehitystyön lähtökohtana olevat tarpeet</code>`,
		`<tr><th scope="row">Ratkaisun perusidea <span class="source">(Innokylä vaatii)</span></th><td><code>## Ratkaisun perusidea</code></td><td>kyllä</td></tr>`)
	s.AssertFile("toimintamallit/index.html", `Innokylä-valmius `, `Julkaisuvalmius `)
	page := s.File("kriteeristot/luonnos/index.html")
	if !strings.Contains(page, "Julkaisuvalmius") || strings.Contains(page, "Innokylä-valmius") {
		t.Errorf("a draft criteria set shows Innokylä readiness or no publishing readiness:\n%s", page)
	}

	// The real site: published documents, so no publishing readiness, and
	// an Innokylä readiness only where Innokylä has a counterpart.
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out}); err != nil {
		t.Fatal(err)
	}
	for path, innokyla := range map[string]bool{
		"toimintamallit/tuettu-tyollistyminen/index.html":            true,
		"sv/toimintamallit/tuettu-tyollistyminen/index.html":         true,
		"hankkeet/esimerkkihanke-tuetusti-toihin/index.html":         true,
		"kriteeristot/hankehakemusten-arviointikriteerit/index.html": false,
		"saavutettavuus/saavutettavuusseloste/index.html":            false,
		"itsearvioinnit/index.html":                                  false,
	} {
		data, _ := out.File(path)
		page := string(data)
		if got := strings.Contains(page, `class="complete"`) || strings.Contains(page, `id="sivu-valmius"`); got != innokyla {
			t.Errorf("%s shows a readiness figure: %v, want %v", path, got, innokyla)
		}
		if strings.Contains(page, "Julkaisuvalmius ") || strings.Contains(page, "Julkaisuvalmius:") || strings.Contains(page, "Klar för publicering") {
			t.Errorf("%s: a published page shows publishing readiness", path)
		}
	}
	data, _ := out.File("sv/toimintamallit/tuettu-tyollistyminen/index.html")
	if !strings.Contains(string(data), `<span lang="fi">Kehitystyön lähtökohtana olevat tarpeet</span>`) {
		t.Errorf("a Swedish page names Innokylä's Finnish labels without lang=\"fi\"")
	}
}

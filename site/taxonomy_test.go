package site_test

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"slices"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/publish"
)

// termDocs returns the documents a term's page lists: the hrefs of its
// items' headings, in order.
func termDocs(page []byte) []string {
	var out []string
	for _, m := range regexp.MustCompile(`<h2[^>]*><a href="([^"]+)"`).FindAllSubmatch(page, -1) {
		out = append(out, string(m[1]))
	}
	return out
}

// TestDogfoodTaxonomies: the repository's own site has a page for each
// term in each language that lists the right documents: a Swedish or
// English page lists a translation where there is one, else the Finnish
// document, saying so.
func TestDogfoodTaxonomies(t *testing.T) {
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		want []string
	}{
		{"kehitysvaiheet/pilotoitu/index.html", []string{"/toimintamallit/tuettu-tyollistyminen/", "/toimintamallit/tyokyvyn-tuki-sote-keskuksessa/"}},
		{"sv/kehitysvaiheet/pilotoitu/index.html", []string{"/sv/toimintamallit/tuettu-tyollistyminen/", "/toimintamallit/tyokyvyn-tuki-sote-keskuksessa/"}},
		{"en/kehitysvaiheet/pilotoitu/index.html", []string{"/en/toimintamallit/tuettu-tyollistyminen/", "/toimintamallit/tyokyvyn-tuki-sote-keskuksessa/"}},
		{"kohderyhmat/kuntouttavassa-tyotoiminnassa-olevat-asiakkaat/index.html", []string{"/hankkeet/esimerkkihanke-tuetusti-toihin/", "/toimintamallit/tuettu-tyollistyminen/", "/palvelupolut/tuetun-tyollistymisen-polku/"}},
		{"sv/kohderyhmat/kuntouttavassa-tyotoiminnassa-olevat-asiakkaat/index.html", []string{"/hankkeet/esimerkkihanke-tuetusti-toihin/", "/palvelupolut/tuetun-tyollistymisen-polku/"}},
		{"maakunnat/pohjois-savo/index.html", []string{"/hankkeet/esimerkkihanke-tyokyky-sote-keskukseen/"}},
		{"en/maakunnat/pohjois-savo/index.html", []string{"/hankkeet/esimerkkihanke-tyokyky-sote-keskukseen/"}},
		{"sv/asiasanat/arbete-med-stod/index.html", []string{"/sv/toimintamallit/tuettu-tyollistyminen/", "/sv/ohjelmat/tyokykyohjelma/"}},
		{"toimenpiteet/tuetun-tyollistymisen-menetelmat/index.html", []string{"/hankkeet/esimerkkihanke-tuetusti-toihin/"}},
	} {
		page, ok := out.File(c.path)
		if !ok {
			t.Errorf("no %s", c.path)
			continue
		}
		if got := termDocs(page); !slices.Equal(got, c.want) {
			t.Errorf("%s lists %v, want %v", c.path, got, c.want)
		}
	}
	// A Finnish-only document listed on a Swedish page says it is in Finnish.
	page, _ := out.File("sv/kehitysvaiheet/pilotoitu/index.html")
	if !bytes.Contains(page, []byte("på finska")) || !bytes.Contains(page, []byte(`hreflang="fi"`)) {
		t.Errorf("sv/kehitysvaiheet/pilotoitu/ does not say which documents are in Finnish")
	}
	// A region's title is its label in the page's language.
	if page, _ := out.File("sv/maakunnat/pohjois-savo/index.html"); !bytes.Contains(page, []byte("<h1>Norra Savolax</h1>")) {
		t.Errorf("sv/maakunnat/pohjois-savo/ is not titled Norra Savolax")
	}
	// A document's taxonomy values link to their terms; the language
	// switcher of an untranslated page links to the other homes, saying so.
	page, _ = out.File("toimintamallit/tyokyvyn-tuki-sote-keskuksessa/index.html")
	for _, want := range []string{`href="/kehitysvaiheet/pilotoitu/" class="term"`, `href="/sv/" lang="sv" hreflang="sv" class="home">På svenska (startsida)`} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("toimintamallit/tyokyvyn-tuki-sote-keskuksessa/ lacks %s", want)
		}
	}
	// The sitemap has the indexes and the terms, with their translations.
	sitemap, _ := out.File("sitemap.xml")
	for _, want := range []string{"<loc>/kohderyhmat/</loc>", "<loc>/sv/kehitysvaiheet/pilotoitu/</loc>", `hreflang="en" href="/en/kehitysvaiheet/pilotoitu/"`} {
		if !bytes.Contains(sitemap, []byte(want)) {
			t.Errorf("sitemap.xml lacks %s", want)
		}
	}
	// A listing filters by links to the terms its documents have.
	if page, _ := out.File("toimintamallit/index.html"); !bytes.Contains(page, []byte(`href="/kehitysvaiheet/idea/"`)) {
		t.Errorf("toimintamallit/ does not link to kehitysvaiheet/idea/")
	}
}

// TestSessionUpdatesTaxonomies: an edited keyword, title or summary shows
// on the term pages of an incremental build as in a fresh one.
func TestSessionUpdatesTaxonomies(t *testing.T) {
	m := realSite(t)
	s := startSession(t, m, site.Options{})
	p := "content/toimintamallit/tyokyvyn-tuki-sote-keskuksessa.md"
	for _, step := range []struct{ from, to, page, want string }{
		{"asiakasvastaava,", "asiakasvastaavamalli,", "asiasanat/asiakasvastaavamalli/index.html", "/toimintamallit/tyokyvyn-tuki-sote-keskuksessa/"},
		{"title: Työkyvyn tuki", "title: Työkyvyn tuki ja ohjaus", "asiasanat/asiakasvastaavamalli/index.html", "Työkyvyn tuki ja ohjaus"},
		{"development_stage: piloted", "development_stage: in_use", "kehitysvaiheet/kaytossa/index.html", "/toimintamallit/tyokyvyn-tuki-sote-keskuksessa/"},
	} {
		if !bytes.Contains(m[p].Data, []byte(step.from)) {
			t.Fatalf("%s has no %q", p, step.from)
		}
		m[p].Data = bytes.Replace(m[p].Data, []byte(step.from), []byte(step.to), 1)
		snap, err := s.Build(context.Background(), []string{p}, false)
		if err != nil {
			t.Fatal(err)
		}
		want, _, _ := fresh(t, m, site.Options{})
		if !bytes.Contains(snap.Files[step.page], []byte(step.want)) {
			t.Errorf("%s: %s does not show %s", step.to, step.page, step.want)
		}
		for path, data := range want {
			if !bytes.Equal(snap.Files[path], data) {
				t.Fatalf("%s: %s differs from a fresh build", step.to, path)
			}
		}
		for path := range snap.Files {
			if _, ok := want[path]; !ok {
				t.Fatalf("%s: %s is not in a fresh build", step.to, path)
			}
		}
	}
}

package site_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/publish"
)

// TestDogfood builds this repository's own content/, schemas/ and
// themes/default/ and fails on any error or warning.
func TestDogfood(t *testing.T) {
	out := &publish.Memory{}
	res, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out, Strict: true})
	if res != nil && len(res.Diagnostics) > 0 {
		var b strings.Builder
		diag.Print(&b, res.Diagnostics, "text", diag.FI)
		t.Errorf("the repository's content has problems:\n%s", b.String())
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{
		"index.html", "sv/index.html", "en/index.html",
		"toimintamallit/tuettu-tyollistyminen/index.html",
		"sv/toimintamallit/tuettu-tyollistyminen/index.html",
		"en/toimintamallit/tuettu-tyollistyminen/index.html",
		"palvelupolut/tuetun-tyollistymisen-polku/index.html",
		"kriteeristot/hankehakemusten-arviointikriteerit/index.html",
		"saavutettavuus/saavutettavuusseloste/index.html",
		"sivut/tietoa/index.html",
		"indikaattoristot/tyokykyohjelman-yhteiset-indikaattorit/index.html",
		"seuranta/esimerkki-tuetusti-toihin-seuranta/index.html",
		"data/index.json",
	} {
		if _, ok := out.File(p); !ok {
			t.Errorf("missing %s", p)
		}
	}
	// The accessibility statements say how many pages were assessed: all of
	// them. A new page means a new assessment (cmd/malli TestAxe, TestKeyboard
	// and TestReflow check every page) and a statement that says so.
	pages := 0
	for _, p := range out.Paths() {
		if strings.HasSuffix(p, ".html") {
			pages++
		}
	}
	for p, want := range map[string]string{
		"saavutettavuus/saavutettavuusseloste/index.html":    fmt.Sprintf("kaikki %d sivua", pages),
		"sv/saavutettavuus/saavutettavuusseloste/index.html": fmt.Sprintf("alla %d sidor", pages),
	} {
		if page, _ := out.File(p); !strings.Contains(string(page), want) {
			t.Errorf("%s does not say %q: the site has %d pages", p, want, pages)
		}
	}
	// The Finnish terms of the Swedish and English glossaries are marked
	// as Finnish (WCAG 3.1.2), as the accessibility statement says.
	for _, p := range []string{"sv/ohjelmat/tyokykyohjelma/index.html", "en/ohjelmat/tyokykyohjelma/index.html"} {
		page, _ := out.File(p)
		if n := strings.Count(string(page), `<span lang="fi">`); n < 10 {
			t.Errorf("%s: %d Finnish terms marked, want 10", p, n)
		}
	}
	// Monitoring data show their values as a table of indicators ×
	// rounds, with a caption and headers, and a withheld small count as
	// such; the rounds are not listed a second time among the fields.
	mon, _ := out.File("seuranta/esimerkki-tuetusti-toihin-seuranta/index.html")
	for _, want := range []string{
		"<caption>", `<th scope="col">Alkutilanne`, `<th scope="col">Lopputilanne`,
		`<th scope="row"><a href="/indikaattoristot/tyokykyohjelman-yhteiset-indikaattorit/#tyonantajakontaktit">`,
		`<td class="value">alle 5</td>`, `<th scope="row" colspan="2">Tietolähde</th>`,
	} {
		if !strings.Contains(string(mon), want) {
			t.Errorf("monitoring page: no %q", want)
		}
	}
	if strings.Contains(string(mon), "<dt>Keruukerrat</dt>") {
		t.Errorf("monitoring page: the rounds are listed among the fields too")
	}
	// Every document of the catalogue is published, and every type has at
	// least one document.
	data, _ := out.File("data/index.json")
	var cat struct {
		Documents []struct{ Type, Status string }
	}
	if err := json.Unmarshal(data, &cat); err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	for _, d := range cat.Documents {
		types[d.Type]++
		if d.Status != "published" {
			t.Errorf("a %s is %s, want published", d.Type, d.Status)
		}
	}
	for _, want := range []string{"project", "operating_model", "service_path", "criteria_set", "self_evaluation", "accessibility_statement", "page", "programme", "indicator_set", "monitoring"} {
		if types[want] == 0 {
			t.Errorf("no published %s in content/", want)
		}
	}
}

var (
	linkRE = regexp.MustCompile(`(?:href|src)="([^"]*)"`)
	idRE   = regexp.MustCompile(` id="([^"]*)"`)
	locRE  = regexp.MustCompile(`<loc>([^<]*)</loc>`)
)

// TestDogfoodLinks builds the real content at the root and under an
// absolute base URL with a sub-path, walks every HTML file of the output
// and checks that every internal href and src — the absolute ones under
// the base URL too (canonical, alternates, og:url) — names a built file,
// and every #anchor an id of the page it names.
func TestDogfoodLinks(t *testing.T) {
	for name, base := range map[string]string{"root": "", "sub-path": "https://example.org/malli/"} {
		t.Run(name, func(t *testing.T) { walkLinks(t, base) })
	}
}

func walkLinks(t *testing.T, baseURL string) {
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out, BaseURL: baseURL}); err != nil {
		t.Fatal(err)
	}
	basePath := "/"
	if baseURL != "" {
		basePath = "/malli/"
	}
	ids := map[string]map[string]bool{}
	idsOf := func(path string) map[string]bool {
		if ids[path] == nil {
			data, _ := out.File(path)
			ids[path] = map[string]bool{}
			for _, m := range idRE.FindAllStringSubmatch(string(data), -1) {
				ids[path][m[1]] = true
			}
		}
		return ids[path]
	}
	checked, pages := 0, 0
	for _, p := range out.Paths() {
		isXML := p == "sitemap.xml" || strings.HasSuffix(p, "feed.xml")
		if !strings.HasSuffix(p, ".html") && !isXML {
			continue
		}
		pages++
		data, _ := out.File(p)
		found := linkRE.FindAllStringSubmatch(string(data), -1)
		if isXML {
			found = append(found, locRE.FindAllStringSubmatch(string(data), -1)...)
		}
		for _, m := range found {
			link := m[1]
			if baseURL != "" && strings.HasPrefix(link, baseURL) {
				link = basePath + strings.TrimPrefix(link, baseURL)
			}
			if strings.Contains(link, "://") || strings.HasPrefix(link, "mailto:") {
				continue
			}
			target, frag, _ := strings.Cut(link, "#")
			switch {
			case target == "":
				target = p
			case strings.HasPrefix(target, basePath):
				target = strings.TrimPrefix(target, basePath)
				if target == "" || strings.HasSuffix(target, "/") {
					target += "index.html"
				}
			default:
				t.Errorf("%s: link %q is not under the base path", p, link)
				continue
			}
			checked++
			if _, ok := out.File(target); !ok {
				t.Errorf("%s: link %q: no file %s", p, link, target)
				continue
			}
			if frag != "" && !idsOf(target)[frag] {
				t.Errorf("%s: link %q: no id %q in %s", p, link, frag, target)
			}
		}
	}
	t.Logf("%d links and sources checked in %d pages, feeds and the sitemap", checked, pages)
	if checked < 500 {
		t.Errorf("only %d links checked", checked)
	}
}

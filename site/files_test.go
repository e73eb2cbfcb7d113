package site_test

import (
	"context"
	"encoding/xml"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/publish"
)

type sitemapDoc struct {
	URLs []struct {
		Loc     string `xml:"loc"`
		Lastmod string `xml:"lastmod"`
		Links   []struct {
			Rel      string `xml:"rel,attr"`
			HrefLang string `xml:"hreflang,attr"`
			Href     string `xml:"href,attr"`
		} `xml:"http://www.w3.org/1999/xhtml link"`
	} `xml:"url"`
}

type atomDoc struct {
	Updated string `xml:"updated"`
	Links   []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		Title   string `xml:"title"`
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
	} `xml:"entry"`
}

// TestSitemapFeedRobots builds the real content under an absolute and a
// path base URL: the sitemap names every page but the 404 pages, with its
// date and its translations; each language's feed lists the newest
// documents first, at most 50, with dates from the documents; robots.txt
// names the sitemap only when it can be absolute; every page links its
// language's feed.
func TestSitemapFeedRobots(t *testing.T) {
	for _, base := range []string{"https://example.org/malli/", "/malli/"} {
		out := &publish.Memory{}
		if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out, BaseURL: base}); err != nil {
			t.Fatal(err)
		}
		data, ok := out.File("sitemap.xml")
		if !ok {
			t.Fatalf("%s: no sitemap.xml", base)
		}
		var sm sitemapDoc
		if err := xml.Unmarshal(data, &sm); err != nil {
			t.Fatalf("%s: sitemap.xml: %v", base, err)
		}
		inMap := map[string]bool{}
		for _, u := range sm.URLs {
			if !strings.HasPrefix(u.Loc, base) {
				t.Errorf("%s: sitemap URL %s is not under the base URL", base, u.Loc)
			}
			inMap[strings.TrimPrefix(u.Loc, base)] = true
			if u.Lastmod == "" {
				t.Errorf("%s: %s has no lastmod", base, u.Loc)
			}
			for _, l := range u.Links {
				if l.Rel != "alternate" || l.HrefLang == "" || !strings.HasPrefix(l.Href, base) {
					t.Errorf("%s: %s: bad alternate %+v", base, u.Loc, l)
				}
			}
		}
		for _, p := range out.Paths() {
			if !strings.HasSuffix(p, "index.html") {
				continue
			}
			// A page that names another as canonical (a listing in one
			// of its other orders) is left to that page.
			u := strings.TrimSuffix(p, "index.html")
			page, _ := out.File(p)
			m := regexp.MustCompile(`<link rel="canonical" href="([^"]*)">`).FindSubmatch(page)
			switch {
			case m == nil:
				t.Errorf("%s: page %s has no canonical link", base, p)
			case string(m[1]) != base+u && inMap[u]:
				t.Errorf("%s: page %s names %s as canonical but is in the sitemap", base, p, m[1])
			case string(m[1]) == base+u && !inMap[u]:
				t.Errorf("%s: page %s is not in the sitemap", base, p)
			}
		}
		if len(inMap) != len(sm.URLs) {
			t.Errorf("%s: the sitemap names a page twice", base)
		}
		tt := base + "toimintamallit/tuettu-tyollistyminen/"
		for _, u := range sm.URLs {
			if u.Loc == tt && len(u.Links) != 3 {
				t.Errorf("%s: %s has %d alternates, want 3", base, tt, len(u.Links))
			}
		}

		robots, _ := out.File("robots.txt")
		hasSitemap := strings.Contains(string(robots), "\nSitemap: "+base+"sitemap.xml\n")
		if abs := strings.Contains(base, "://"); hasSitemap != abs || !strings.HasPrefix(string(robots), "User-agent: *\nAllow: /\n") {
			t.Errorf("%s: robots.txt =\n%s", base, robots)
		}

		for _, lang := range []string{"", "sv/", "en/"} {
			data, ok := out.File(lang + "feed.xml")
			if !ok {
				t.Fatalf("%s: no %sfeed.xml", base, lang)
			}
			var f atomDoc
			if err := xml.Unmarshal(data, &f); err != nil {
				t.Fatalf("%s: %sfeed.xml: %v", base, lang, err)
			}
			if n := len(f.Entries); n == 0 || n > 50 {
				t.Errorf("%s: %sfeed.xml has %d entries", base, lang, n)
			}
			sorted := sort.SliceIsSorted(f.Entries, func(i, j int) bool {
				a, b := f.Entries[i], f.Entries[j]
				if a.Updated != b.Updated {
					return a.Updated > b.Updated
				}
				return a.Link.Href < b.Link.Href
			})
			if !sorted {
				t.Errorf("%s: %sfeed.xml is not newest first, ties by URL", base, lang)
			}
			if len(f.Entries) > 0 && f.Updated != f.Entries[0].Updated {
				t.Errorf("%s: %sfeed.xml updated %s, newest entry %s", base, lang, f.Updated, f.Entries[0].Updated)
			}
			for _, e := range f.Entries {
				if e.ID == "" || !strings.HasPrefix(e.Link.Href, base) {
					t.Errorf("%s: %sfeed.xml: entry %+v", base, lang, e)
				}
				if _, ok := out.File(strings.TrimPrefix(e.Link.Href, base) + "index.html"); !ok {
					t.Errorf("%s: %sfeed.xml links %s, which is not built", base, lang, e.Link.Href)
				}
			}
			page, _ := out.File(lang + "index.html")
			want := `<link rel="alternate" type="application/atom+xml" href="/malli/` + lang + `feed.xml"`
			if !strings.Contains(string(page), want) {
				t.Errorf("%s: %sindex.html does not link its feed (%s)", base, lang, want)
			}
		}
	}
}

// TestPageMetadata: every page has a favicon, Open Graph metadata and
// (but the 404 pages) a canonical URL, absolute with an absolute base URL,
// and its translations as hreflang alternates.
func TestPageMetadata(t *testing.T) {
	for _, base := range []string{"https://example.org/malli/", "/malli/"} {
		out := &publish.Memory{}
		if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out, BaseURL: base}); err != nil {
			t.Fatal(err)
		}
		for _, p := range out.Paths() {
			if !strings.HasSuffix(p, ".html") {
				continue
			}
			data, _ := out.File(p)
			page := string(data)
			head, _, _ := strings.Cut(page, "</head>")
			for _, want := range []string{`<link rel="icon" href="/malli/static/favicon.svg" type="image/svg+xml">`, `<meta property="og:title" content="`, `<meta property="og:type" content="`, `<meta property="og:locale" content="`} {
				if !strings.Contains(head, want) {
					t.Errorf("%s %s: no %s", base, p, want)
				}
			}
			if strings.HasSuffix(p, "404.html") {
				continue
			}
			// A listing in one of its other orders names the listing.
			canonical := base + regexp.MustCompile(`jarjestys/[a-z0-9-]+/$`).ReplaceAllString(strings.TrimSuffix(p, "index.html"), "")
			if !strings.Contains(base, "://") {
				canonical = strings.Replace("/"+strings.TrimPrefix(canonical, base), "/", base, 1)
			}
			if !strings.Contains(head, `<link rel="canonical" href="`+canonical+`">`) {
				t.Errorf("%s %s: no canonical %s", base, p, canonical)
			}
			if hasURL := strings.Contains(head, `<meta property="og:url" content="`+canonical+`">`); hasURL != strings.Contains(base, "://") {
				t.Errorf("%s %s: og:url %v", base, p, hasURL)
			}
		}
		page, _ := out.File("sv/toimintamallit/tuettu-tyollistyminen/index.html")
		for _, want := range []string{`<meta property="og:locale" content="sv_FI">`, `<meta property="og:locale:alternate" content="fi_FI">`, `<meta property="og:locale:alternate" content="en_GB">`, `<meta property="og:type" content="article">`,
			`<link rel="alternate" hreflang="fi" href="` + strings.TrimSuffix(base, "malli/") + `malli/toimintamallit/tuettu-tyollistyminen/">`} {
			if !strings.Contains(string(page), want) {
				t.Errorf("%s: the Swedish model page has no %s", base, want)
			}
		}
	}
}

// TestBreadcrumbs: document and listing pages say where they are, as a
// labelled navigation with an ordered list ending at the page itself; the
// home page has none.
func TestBreadcrumbs(t *testing.T) {
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out}); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]string{
		"toimintamallit/tuettu-tyollistyminen/index.html": `<nav aria-label="Murupolku" class="breadcrumbs wrap">
<ol>
<li><a href="/">Etusivu</a></li>
<li><a href="/toimintamallit/">Toimintamallit</a></li>
<li><span aria-current="page">Laatukriteereihin perustuva tuettu työllistyminen</span></li>
</ol>
</nav>`,
		"en/toimintamallit/index.html": `<nav aria-label="Breadcrumbs" class="breadcrumbs wrap">
<ol>
<li><a href="/en/">Home</a></li>
<li><span aria-current="page">Operating models</span></li>
</ol>
</nav>`,
	} {
		if page, _ := out.File(p); !strings.Contains(string(page), want) {
			t.Errorf("%s has no breadcrumbs\n%s", p, want)
		}
	}
	for _, p := range []string{"index.html", "sv/index.html", "404.html"} {
		if page, _ := out.File(p); strings.Contains(string(page), `class="breadcrumbs`) {
			t.Errorf("%s has breadcrumbs", p)
		}
	}
}

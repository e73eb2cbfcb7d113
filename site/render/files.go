package render

import (
	"bytes"
	"crypto/sha1"
	"encoding/xml"
	"fmt"
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/page"
)

// The site's files for machines: sitemap.xml, robots.txt and an Atom feed
// per language. base is the absolute base URL ("https://host/sub/") or
// the base path ("/sub/"): with a path, the sitemap and the feed hold
// paths, and robots.txt cannot name the sitemap (it needs an absolute URL).

// FeedMax is how many documents a feed lists at most.
const FeedMax = 50

// FeedPath is the path of lang's feed, relative to the output folder.
func FeedPath(lang diag.Lang) string {
	return strings.TrimPrefix(langPrefix(lang)+"/feed.xml", "/")
}

// isAbsolute reports whether base is an absolute URL.
func isAbsolute(base string) bool { return strings.Contains(base, "://") }

// abs is the site-relative URL u under base.
func abs(base, u string) string {
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	return base + strings.TrimPrefix(u, "/")
}

func xesc(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s)) //nolint:errcheck // a bytes.Buffer does not fail
	return b.String()
}

// sitemapURL is one page of the sitemap.
type sitemapURL struct {
	loc, lastmod string
	alternates   []diag.Lang // the languages the page is in, when more than one
	hrefs        []string    // their URLs, by alternates
}

// Robots returns robots.txt: every crawler may read everything; with an
// absolute base URL it names the sitemap.
func (r *Renderer) Robots(base string) []byte {
	var b strings.Builder
	b.WriteString("User-agent: *\nAllow: /\n")
	if isAbsolute(base) {
		fmt.Fprintf(&b, "\nSitemap: %s\n", abs(base, "/sitemap.xml"))
	} else {
		b.WriteString("\n# The sitemap is " + abs(base, "/sitemap.xml") + "; build with an absolute --base-url to name it here.\n")
	}
	return []byte(b.String())
}

// Sitemap returns sitemap.xml: the home page and every listing in each
// language, every published document's page and every Innokylä page,
// sorted by URL, each with its last modification (the newest modified
// date of what it shows) and its other language versions.
func (r *Renderer) Sitemap(base string) []byte {
	g := r.g
	var urls []sitemapURL
	newest := map[diag.Lang]map[string]string{} // lang -> folder ("" home) -> newest modified
	for _, l := range diag.Langs {
		newest[l] = map[string]string{}
	}
	later := func(l diag.Lang, folder, m string) {
		if m > newest[l][folder] {
			newest[l][folder] = m
		}
	}
	for _, l := range diag.Langs {
		for _, t := range r.reg.Types {
			for _, d := range r.listed[l][t.Name] {
				later(l, t.Folder, d.Modified)
				later(l, "", d.Modified)
			}
			if idx := g.Index(t.Folder, l); idx != nil {
				later(l, t.Folder, idx.Modified)
			}
		}
		if idx := g.Index("", l); idx != nil {
			later(l, "", idx.Modified)
		}
	}
	every := func(folder string) sitemapURL {
		u := sitemapURL{alternates: diag.Langs}
		for _, l := range diag.Langs {
			p := langPrefix(l) + "/"
			if folder != "" {
				p += folder + "/"
			}
			u.hrefs = append(u.hrefs, abs(base, p))
		}
		return u
	}
	for i, l := range diag.Langs {
		u := every("")
		u.loc, u.lastmod = u.hrefs[i], newest[l][""]
		urls = append(urls, u)
		for _, t := range r.reg.Types {
			u := every(t.Folder)
			u.loc, u.lastmod = u.hrefs[i], newest[l][t.Folder]
			urls = append(urls, u)
		}
		// The search page finds what the home page lists; the guide's
		// references change with malli and the schemas, which have no
		// date: they take the site's newest, as the home page does.
		for _, folder := range []string{SearchFolder, ReferenceFolder + "/" + fieldsRef, ReferenceFolder + "/" + codesRef} {
			s := every(folder)
			s.loc, s.lastmod = s.hrefs[i], newest[l][""]
			urls = append(urls, s)
		}
	}
	for _, d := range g.Docs {
		if d.IsIndex {
			continue
		}
		u := sitemapURL{loc: abs(base, d.URL), lastmod: d.Modified}
		if ts := g.Translations(d); len(ts) > 1 {
			for _, t := range ts {
				u.alternates = append(u.alternates, t.Lang)
				u.hrefs = append(u.hrefs, abs(base, t.URL))
			}
		}
		urls = append(urls, u)
		if u := d.InnokylaURL(page.DefaultLang); u != "" {
			urls = append(urls, sitemapURL{loc: abs(base, u), lastmod: d.Modified})
		}
	}
	urls = append(urls, r.taxonomySitemap(base)...)
	sort.SliceStable(urls, func(i, j int) bool { return urls[i].loc < urls[j].loc })
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n")
	for _, u := range urls {
		b.WriteString("<url>\n<loc>" + xesc(u.loc) + "</loc>\n")
		if u.lastmod != "" {
			b.WriteString("<lastmod>" + xesc(u.lastmod) + "</lastmod>\n")
		}
		for i, l := range u.alternates {
			fmt.Fprintf(&b, `<xhtml:link rel="alternate" hreflang="%s" href="%s"/>`+"\n", l, xesc(u.hrefs[i]))
		}
		b.WriteString("</url>\n")
	}
	b.WriteString("</urlset>\n")
	return []byte(b.String())
}

// Feed returns lang's Atom feed: the published documents the site shows
// in lang (each in the default language where it has no translation), the
// most recently modified first, ties by URL, at most FeedMax. Times come
// from the documents' modified dates, never the clock: a document without
// one is not in the feed.
func (r *Renderer) Feed(lang diag.Lang, base string) []byte {
	g := r.g
	var docs []*page.Document
	for _, t := range r.reg.Types {
		for _, d := range r.listed[lang][t.Name] {
			if d.Modified != "" {
				docs = append(docs, d)
			}
		}
	}
	sort.SliceStable(docs, func(i, j int) bool {
		if docs[i].Modified != docs[j].Modified {
			return docs[i].Modified > docs[j].Modified
		}
		return docs[i].URL < docs[j].URL
	})
	if len(docs) > FeedMax {
		docs = docs[:FeedMax]
	}
	stamp := func(date string) string {
		if len(date) == len("2006-01-02") {
			return date + "T00:00:00Z"
		}
		return date
	}
	updated := "1970-01-01T00:00:00Z"
	if len(docs) > 0 {
		updated = stamp(docs[0].Modified)
	}
	home := abs(base, langPrefix(lang)+"/")
	self := abs(base, "/"+FeedPath(lang))
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&b, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="%s">`+"\n", lang)
	b.WriteString("<title>" + xesc(r.th.T(lang, "site_title")) + "</title>\n")
	b.WriteString("<subtitle>" + xesc(r.th.T(lang, "feed_subtitle")) + "</subtitle>\n")
	b.WriteString("<id>" + xesc(atomID(base, self)) + "</id>\n")
	fmt.Fprintf(&b, "<link rel=\"self\" type=\"application/atom+xml\" href=\"%s\"/>\n", xesc(self))
	fmt.Fprintf(&b, "<link rel=\"alternate\" type=\"text/html\" href=\"%s\"/>\n", xesc(home))
	b.WriteString("<updated>" + updated + "</updated>\n")
	b.WriteString("<author><name>" + xesc(r.th.T(lang, "site_title")) + "</name></author>\n")
	b.WriteString("<generator>malli</generator>\n")
	for _, d := range docs {
		href := abs(base, d.URL)
		b.WriteString("<entry")
		if d.Lang != lang {
			fmt.Fprintf(&b, ` xml:lang="%s"`, d.Lang)
		}
		b.WriteString(">\n<title>" + xesc(d.Title) + "</title>\n")
		b.WriteString("<id>" + xesc(atomID(base, href)) + "</id>\n")
		fmt.Fprintf(&b, "<link rel=\"alternate\" type=\"text/html\" href=\"%s\"/>\n", xesc(href))
		b.WriteString("<updated>" + stamp(d.Modified) + "</updated>\n")
		b.WriteString("<category term=\"" + xesc(d.Type.Name) + "\" label=\"" + xesc(typeInfo(g, d.Type, lang).Label) + "\"/>\n")
		if d.Summary != "" {
			b.WriteString("<summary>" + xesc(d.Summary) + "</summary>\n")
		}
		b.WriteString("</entry>\n")
	}
	b.WriteString("</feed>\n")
	return []byte(b.String())
}

// atomID is an Atom id for the page at href: the URL itself when it is
// absolute, else a name-based UUID of the path (an id must be an absolute
// IRI, and must not change).
func atomID(base, href string) string {
	if isAbsolute(base) {
		return href
	}
	h := sha1.Sum([]byte("malli:" + href))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

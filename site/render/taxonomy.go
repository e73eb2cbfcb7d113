// Taxonomy pages: the terms of the fields the schemas mark with
// x-malli-taxonomy, each with a page in every language that lists the
// published documents (of every type) that have it, and an index page per
// taxonomy that lists its terms with counts.
//
// URLs: a taxonomy's index is <langprefix>/<folder>/, a term's page
// <langprefix>/<folder>/<term-slug>/. A term's slug is the slug
// (markdown.Slug) of: its Finnish label for an enum code (so that the
// URL is the same in every language), the value itself for a reference
// (an id), the text for free text (termSlug: at most MaxSlug bytes). Free-text terms with the same slug are
// one term (titled by the spelling most documents use, ties by the one
// that sorts first).
//
// Order: terms and documents are sorted by CollateKey, Finnish
// alphabetical order as the Finnish standard SFS 4600 gives it for these
// letters (a–z, then å, ä, ö; other accented letters as their base letter,
// ü as y; case ignored), then by their bytes, so that the order is the same
// on every machine, whatever its locale.

package render

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/frontmatter"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/markdown"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// Taxa are the terms of every taxonomy in every language.
type Taxa struct {
	terms map[diag.Lang]map[string][]*taxTerm // language -> folder -> terms, sorted
}

// taxTerm is a term in one language and the documents that have it.
type taxTerm struct {
	Slug  string
	Title string
	Lang  diag.Lang        // Title's language
	Docs  []*page.Document // sorted by title
	seen  map[page.Key]bool
	names map[string]int // free text: how many documents spell it so, by language
}

// Taxa returns the terms of r's taxonomies.
func (r *Renderer) Taxa() *Taxa { return r.taxa }

// TermURL is the site-relative URL of a term's page in lang.
func TermURL(lang diag.Lang, folder, slug string) string {
	return langPrefix(lang) + "/" + folder + "/" + slug + "/"
}

// TaxonomyURL is the site-relative URL of a taxonomy's index in lang.
func TaxonomyURL(lang diag.Lang, folder string) string {
	return langPrefix(lang) + "/" + folder + "/"
}

// Taxonomies collects the terms of g's published documents: in each
// language, those of the documents its listings show (a translation, or
// the Finnish document where there is none).
func Taxonomies(g *graph.Graph, reg *schema.Registry) *Taxa {
	x := &Taxa{terms: map[diag.Lang]map[string][]*taxTerm{}}
	for _, lang := range diag.Langs {
		x.terms[lang] = collect(g, reg, g.ByType(lang), lang)
	}
	return x
}

func collect(g *graph.Graph, reg *schema.Registry, listed map[string][]*page.Document, lang diag.Lang) map[string][]*taxTerm {
	by := map[string]map[string]*taxTerm{}
	for _, t := range reg.Types {
		for _, d := range listed[t.Name] {
			if d.Report == nil {
				continue
			}
			for _, tm := range d.Report.Terms {
				slug, title, tl, free := termOf(g, d, tm, lang)
				if slug == "" {
					continue
				}
				if by[tm.Folder] == nil {
					by[tm.Folder] = map[string]*taxTerm{}
				}
				e := by[tm.Folder][slug]
				if e == nil {
					e = &taxTerm{Slug: slug, Title: title, Lang: tl, seen: map[page.Key]bool{}, names: map[string]int{}}
					by[tm.Folder][slug] = e
				}
				if free {
					e.names[string(tl)+"\x00"+title]++
				}
				if !e.seen[d.Key()] {
					e.seen[d.Key()] = true
					e.Docs = append(e.Docs, d)
				}
			}
		}
	}
	out := map[string][]*taxTerm{}
	for folder, m := range by {
		terms := make([]*taxTerm, 0, len(m))
		for _, e := range m {
			if len(e.names) > 0 {
				e.Title, e.Lang = commonName(e.names, lang)
			}
			sort.SliceStable(e.Docs, func(i, j int) bool {
				return Less(e.Docs[i].Title, e.Docs[j].Title) || e.Docs[i].Title == e.Docs[j].Title && e.Docs[i].URL < e.Docs[j].URL
			})
			terms = append(terms, e)
		}
		sort.Slice(terms, func(i, j int) bool {
			a, b := terms[i], terms[j]
			if a.Title != b.Title {
				return Less(a.Title, b.Title)
			}
			return a.Slug < b.Slug
		})
		out[folder] = terms
	}
	return out
}

// commonName picks the title of a free-text term: the spelling most
// documents in lang use (documents in other languages only when none is in
// lang), ties by the one that sorts first.
func commonName(names map[string]int, lang diag.Lang) (string, diag.Lang) {
	best, bestN, bestLang := "", -1, lang
	inLang := false
	for k := range names {
		if strings.HasPrefix(k, string(lang)+"\x00") {
			inLang = true
		}
	}
	for k, n := range names {
		l, title, _ := strings.Cut(k, "\x00")
		if inLang && l != string(lang) {
			continue
		}
		if n > bestN || n == bestN && (Less(title, best) || title == best && l < string(bestLang)) {
			best, bestN, bestLang = title, n, diag.Lang(l)
		}
	}
	return best, bestLang
}

// termOf returns the slug and title (in lang, and the title's language) of
// a document's taxonomy value, and whether it is free text.
func termOf(g *graph.Graph, d *page.Document, tm schema.Term, lang diag.Lang) (slug, title string, tl diag.Lang, free bool) {
	if l := d.Report.EnumLabel(tm.Pointer, tm.Value); l != nil {
		slug = markdown.Slug(l.In(page.DefaultLang))
		if slug == "" {
			slug = markdown.Slug(tm.Value)
		}
		return slug, l.In(lang), lang, false
	}
	if g.Refs(d)[tm.Pointer] != "" {
		t, tl := refTitle(g, d, tm.Pointer, tm.Value, lang)
		if t == "" {
			t, tl = tm.Value, d.Lang
		}
		return termSlug(tm.Value), t, tl, false
	}
	return termSlug(tm.Value), strings.TrimSpace(tm.Value), d.Lang, true
}

// MaxSlug is the longest term slug, in bytes: a longer one (a target
// group described in a sentence) is cut at a hyphen to at most MaxSlug-7
// bytes and ends in "-" and six hex digits of the whole slug's FNV-1a
// hash, so that two long texts with the same start stay two terms and the
// path stays well within file systems' 255-byte names.
const MaxSlug = 64

// termSlug is the slug of a free-text term (markdown.Slug, shortened to
// MaxSlug).
func termSlug(text string) string {
	s := markdown.Slug(text)
	if len(s) <= MaxSlug {
		return s
	}
	h := fnv.New32a()
	h.Write([]byte(s))
	cut := s[:MaxSlug-7]
	if i := strings.LastIndexByte(cut, '-'); i > 0 {
		cut = cut[:i]
	}
	for !utf8.ValidString(cut) {
		cut = cut[:len(cut)-1]
	}
	return fmt.Sprintf("%s-%06x", cut, h.Sum32()&0xffffff)
}

// Slugs returns the slugs of the terms of the taxonomy in folder in lang,
// in the order of its index page.
func (x *Taxa) Slugs(lang diag.Lang, folder string) []string {
	var out []string
	for _, t := range x.terms[lang][folder] {
		out = append(out, t.Slug)
	}
	return out
}

// term returns the term slug of the taxonomy in folder in lang, or nil.
func (x *Taxa) term(lang diag.Lang, folder, slug string) *taxTerm {
	for _, t := range x.terms[lang][folder] {
		if t.Slug == slug {
			return t
		}
	}
	return nil
}

// Sum feeds what the taxonomy pages in lang show into add: every term's
// slug, title and language and its documents' keys, and, for the language
// switcher, which terms the other languages have. The documents' cards
// (title, summary, URL) are the caller's to add (it is given them).
func (x *Taxa) Sum(lang diag.Lang, folder string, str func(string), doc func(*page.Document)) {
	for _, l := range diag.Langs {
		str(string(l))
		for _, t := range x.terms[l][folder] {
			str(t.Slug)
			if l != lang {
				continue
			}
			str(t.Title)
			str(string(t.Lang))
			for _, d := range t.Docs {
				doc(d)
			}
			str("\x00")
		}
	}
}

// CollateKey is s in a form whose byte order is Finnish alphabetical
// order: lower case; å, ä, ö after z; other letters with diacritics as
// their base letter (é as e, ü as y); digits and letters kept, anything
// else a space.
func CollateKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch r {
		case 'å':
			r = 'z' + 1
		case 'ä', 'æ':
			r = 'z' + 2
		case 'ö', 'ø':
			r = 'z' + 3
		case 'ü', 'ű':
			r = 'y'
		case 'á', 'à', 'â', 'ã':
			r = 'a'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'í', 'ì', 'î', 'ï':
			r = 'i'
		case 'ó', 'ò', 'ô', 'õ':
			r = 'o'
		case 'ú', 'ù', 'û':
			r = 'u'
		case 'š':
			r = 's'
		case 'ž':
			r = 'z'
		}
		if !letter {
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Less orders a before b in Finnish alphabetical order (CollateKey), then
// by bytes.
func Less(a, b string) bool { return lessCollated(CollateKey(a), a, CollateKey(b), b) }

// lessCollated is Less with the collation keys ka and kb of a and b made.
func lessCollated(ka, a, kb, b string) bool {
	if ka != kb {
		return ka < kb
	}
	return a < b
}

// TaxonomyView is what a taxonomy page shows of its taxonomy.
type TaxonomyView struct {
	Folder      string
	Label       string // one term: "Kohderyhmä"
	Plural      string // the taxonomy: "Kohderyhmät"
	Description string
	Href        string // the index page
	Terms       []TermLink
	Term        *TermLink // on a term's page: the term
	All         []Link    // every taxonomy's index, this one Current
}

// TermLink is a term as an index or a filter lists it.
type TermLink struct {
	Text  string
	Lang  string // the title's language when it is not the page's
	Href  string
	Count int
	Items []Item // on a term's page: the documents that have it
}

// Filter is a taxonomy a listing's documents use, with the terms they have.
type Filter struct {
	Label string // the taxonomy's plural
	Href  string // its index page
	Terms []TermLink
}

// taxonomyInfo is the taxonomy in folder as a page in lang shows it.
func (r *Renderer) taxonomyInfo(lang diag.Lang, folder string) *TaxonomyView {
	t := r.reg.Taxonomy(folder)
	if t == nil {
		return nil
	}
	v := &TaxonomyView{Folder: folder, Label: t.Label.In(lang), Plural: t.Plural.In(lang), Description: t.Description.In(lang), Href: r.g.Href(TaxonomyURL(lang, folder))}
	for _, tm := range r.taxa.terms[lang][folder] {
		v.Terms = append(v.Terms, r.termLink(lang, folder, tm))
	}
	for _, x := range r.reg.Taxonomies {
		v.All = append(v.All, Link{Text: x.Plural.In(lang), Href: r.g.Href(TaxonomyURL(lang, x.Folder)), Current: x.Folder == folder})
	}
	return v
}

func (r *Renderer) termLink(lang diag.Lang, folder string, tm *taxTerm) TermLink {
	l := TermLink{Text: tm.Title, Href: r.g.Href(TermURL(lang, folder, tm.Slug)), Count: len(tm.Docs)}
	if tm.Lang != lang {
		l.Lang = string(tm.Lang)
	}
	return l
}

// TaxonomyIndex renders the index page of the taxonomy in folder, in lang.
func (r *Renderer) TaxonomyIndex(lang diag.Lang, folder string) ([]byte, error) {
	v := r.taxonomyInfo(lang, folder)
	if v == nil {
		return nil, fmt.Errorf("rendering the taxonomy %s: no such taxonomy", folder)
	}
	p := r.newPage(lang, "taxonomy", TaxonomyURL(lang, folder), nil)
	p.Title, p.Summary, p.Taxonomy = v.Plural, v.Description, v
	home := p.Site.Nav[0]
	p.Crumbs = []Link{{Text: home.Text, Href: home.Href}, {Text: v.Plural, Href: v.Href, Current: true}}
	return r.execute(r.th.Layout("taxonomy"), p)
}

// TaxonomyTerm renders the page of the term slug of the taxonomy in
// folder, in lang.
func (r *Renderer) TaxonomyTerm(lang diag.Lang, folder, slug string) ([]byte, error) {
	v, tm := r.taxonomyInfo(lang, folder), r.taxa.term(lang, folder, slug)
	if v == nil || tm == nil {
		return nil, fmt.Errorf("rendering the term %s/%s: no such term", folder, slug)
	}
	link := r.termLink(lang, folder, tm)
	for _, d := range tm.Docs {
		link.Items = append(link.Items, item(r.g, d, lang, typeInfo(r.g, d.Type, lang)))
	}
	v.Term = &link
	p := r.newPage(lang, "taxonomy", TermURL(lang, folder, slug), nil)
	p.Title, p.Taxonomy = tm.Title, v
	if tm.Lang != lang {
		p.ContentLang = string(tm.Lang)
	}
	// The switcher: the same term in each language that has it, else
	// that language's home page.
	for i, l := range p.Site.Languages {
		if r.taxa.term(diag.Lang(l.Lang), folder, slug) == nil {
			p.Site.Languages[i] = r.homeLink(diag.Lang(l.Lang), l)
		}
	}
	home := p.Site.Nav[0]
	p.Crumbs = []Link{{Text: home.Text, Href: home.Href}, {Text: v.Plural, Href: v.Href}, {Text: tm.Title, Href: p.Href, Lang: p.ContentLang, Current: true}}
	return r.execute(r.th.Layout("taxonomy"), p)
}

// homeLink is the language switcher's link l to lang's home page, for a
// page that has no version in lang: it says so ("Svenska (startsida)").
func (r *Renderer) homeLink(lang diag.Lang, l Link) Link {
	if l.Current {
		return l
	}
	l.Href = r.g.Href(langPrefix(lang) + "/")
	l.Text = r.th.T(lang, "language_home")
	l.Home = true
	return l
}

// fillTaxonomy links the taxonomy values among p's fields to their term
// pages (those in p's language: a page in another language shows
// document d's values where d has no translation, and a term's page lists
// the documents of its language).
func (r *Renderer) fillTaxonomy(p *Page, d *page.Document, lang diag.Lang) {
	if d.IsIndex || d.Report == nil || len(d.Report.Terms) == 0 {
		return
	}
	r.linkTerms(p.Fields, d, lang)
}

func (r *Renderer) linkTerms(fs []Field, d *page.Document, lang diag.Lang) {
	for i := range fs {
		f := &fs[i]
		if folder := d.Report.TermAt(f.Pointer); folder != "" {
			for _, tm := range d.Report.Terms {
				if tm.Pointer != f.Pointer {
					continue
				}
				slug, _, tl, _ := termOf(r.g, d, tm, lang)
				if t := r.taxa.term(lang, folder, slug); t != nil && t.seen[d.Key()] {
					f.Href, f.Term = r.g.Href(TermURL(lang, folder, slug)), true
					if tl != lang {
						f.Lang = string(tl)
					}
				}
			}
		}
		r.linkTerms(f.Items, d, lang)
		r.linkTerms(f.Fields, d, lang)
	}
}

// filters returns the taxonomies of type t with the terms its documents
// in lang have, each counted for the type, for a listing's filter links.
func (r *Renderer) filters(lang diag.Lang, t *schema.Type) []Filter {
	var out []Filter
	for _, folder := range t.Taxonomies {
		v := r.taxonomyInfo(lang, folder)
		if v == nil {
			continue
		}
		f := Filter{Label: v.Plural, Href: v.Href}
		for _, tm := range r.taxa.terms[lang][folder] {
			n := 0
			for _, d := range tm.Docs {
				if d.Type == t {
					n++
				}
			}
			if n > 0 {
				l := r.termLink(lang, folder, tm)
				l.Count = n
				f.Terms = append(f.Terms, l)
			}
		}
		if len(f.Terms) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// lookup returns the front matter node at a JSON pointer and its key.
func lookup(n *frontmatter.Node, ptr string) (*frontmatter.Node, string) {
	key := ""
	for _, tok := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		key = tok
		if n == nil {
			return nil, ""
		}
		if n.Kind == frontmatter.List {
			var i int
			if _, err := fmt.Sscan(tok, &i); err != nil || i < 0 || i >= len(n.Items) {
				return nil, ""
			}
			n = n.Items[i]
			continue
		}
		n = n.Get(tok)
	}
	return n, key
}

// taxonomySitemap returns the sitemap entries of the taxonomy pages: each
// index in every language, each term in the languages that have it, with
// the newest modified date of its documents.
func (r *Renderer) taxonomySitemap(base string) []sitemapURL {
	var urls []sitemapURL
	for _, x := range r.reg.Taxonomies {
		for i, l := range diag.Langs {
			u := sitemapURL{alternates: diag.Langs}
			for _, o := range diag.Langs {
				u.hrefs = append(u.hrefs, abs(base, TaxonomyURL(o, x.Folder)))
			}
			u.loc = u.hrefs[i]
			for _, tm := range r.taxa.terms[l][x.Folder] {
				for _, d := range tm.Docs {
					u.lastmod = max(u.lastmod, d.Modified)
				}
			}
			if u.lastmod == "" { // no terms: the newest document of the language
				for _, docs := range r.listed[l] {
					for _, d := range docs {
						u.lastmod = max(u.lastmod, d.Modified)
					}
				}
			}
			urls = append(urls, u)
			for _, tm := range r.taxa.terms[l][x.Folder] {
				t := sitemapURL{loc: abs(base, TermURL(l, x.Folder, tm.Slug))}
				for _, d := range tm.Docs {
					t.lastmod = max(t.lastmod, d.Modified)
				}
				var alts []diag.Lang
				var hrefs []string
				for _, o := range diag.Langs {
					if r.taxa.term(o, x.Folder, tm.Slug) != nil {
						alts = append(alts, o)
						hrefs = append(hrefs, abs(base, TermURL(o, x.Folder, tm.Slug)))
					}
				}
				if len(alts) > 1 {
					t.alternates, t.hrefs = alts, hrefs
				}
				urls = append(urls, t)
			}
		}
	}
	return urls
}

// Package render turns the resolved site into HTML pages with the theme's
// html/template layouts.
//
// A theme is a folder with layouts/ (base.html, home.html, list.html,
// single.html, 404.html, innokyla.html for the pages that show a
// document as Innokylä's form asks for it, and optionally <type>.html for
// one content type),
// partials/ (*.html, shared by every layout), static/ (copied to /static/)
// and i18n/ (fi.json, sv.json, en.json: UI strings). Each layout is parsed
// once with the base and the partials into a set of its own, with
// missingkey=error. Templates see the view structs of view.go only.
//
// A Renderer makes one page per call — a document's page, a listing, a
// home page, a 404 page — so that the build can render the outputs of its
// plan in parallel and write each as soon as it is made.
package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// StaticDir is the theme's folder of files published as they are, at /static/.
const StaticDir = "static"

// File is one output file.
type File struct {
	Path string // slash-separated, relative to the output folder
	Data []byte
}

// Theme is a parsed theme.
type Theme struct {
	sets    map[string]map[diag.Lang]*template.Template // layout name -> language -> set
	strings map[diag.Lang]map[string]string
	static  []File
	ids     []string // the literal id="…" values of the layouts and partials
	// siteDocs are the types whose lists layouts read with .Site.Docs
	// "name"; allDocs is set when a layout reads them any other way.
	siteDocs []string
	allDocs  bool
	sums     map[string][sha256.Size]byte // layout name -> hash of its set's files and the UI strings
}

// Layout returns the name of the layout a page of kind ("home", "list",
// "404" or a document's type name) is rendered with.
func (th *Theme) Layout(kind string) string {
	if th.sets[kind] != nil {
		return kind
	}
	return "single"
}

// LayoutSum returns the hash of everything a page rendered with layout
// reads of the theme: its template files and the UI strings.
func (th *Theme) LayoutSum(layout string) [sha256.Size]byte { return th.sums[layout] }

// SiteDocs returns the types whose documents every page may show through
// SiteInfo (the layouts' .Site.Docs "name"), sorted; all is true when a
// layout reaches the lists in a way that does not name the type.
func (th *Theme) SiteDocs() (types []string, all bool) { return th.siteDocs, th.allDocs }

var siteDocsCall = regexp.MustCompile(`\.Site\.Docs\s+"([^"]*)"`)

// readsSiteDocs records which types' lists the template tmpl reads.
func (th *Theme) readsSiteDocs(tmpl []byte) {
	for _, m := range siteDocsCall.FindAllSubmatch(tmpl, -1) {
		if !slices.Contains(th.siteDocs, string(m[1])) {
			th.siteDocs = append(th.siteDocs, string(m[1]))
		}
	}
	rest := siteDocsCall.ReplaceAll(tmpl, nil)
	if bytes.Contains(rest, []byte("Docs")) || bytes.Contains(rest, []byte("Lists")) {
		th.allDocs = true
	}
	slices.Sort(th.siteDocs)
}

// LoadTheme parses every layout of the theme in fsys.
func LoadTheme(fsys fs.FS) (*Theme, error) {
	th := &Theme{sets: map[string]map[diag.Lang]*template.Template{}, strings: map[diag.Lang]map[string]string{}, sums: map[string][sha256.Size]byte{}}
	for _, l := range diag.Langs {
		data, err := fs.ReadFile(fsys, "i18n/"+string(l)+".json")
		if err != nil {
			return nil, fmt.Errorf("loading theme: %w", err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("loading theme: i18n/%s.json: %w", l, err)
		}
		th.strings[l] = m
	}
	partials, _ := fs.Glob(fsys, "partials/*.html")
	layouts, _ := fs.Glob(fsys, "layouts/*.html")
	for _, l := range layouts {
		name := strings.TrimSuffix(path.Base(l), ".html")
		if name == "base" {
			continue
		}
		files := append([]string{"layouts/base.html"}, partials...)
		files = append(files, l)
		th.sets[name] = map[diag.Lang]*template.Template{}
		sum := sha256.New()
		for _, f := range append(files, "i18n/fi.json", "i18n/sv.json", "i18n/en.json") {
			data, _ := fs.ReadFile(fsys, f) // a missing file fails below
			fmt.Fprintf(sum, "%s\x00%d\x00", f, len(data))
			sum.Write(data)
		}
		th.sums[name] = [sha256.Size]byte(sum.Sum(nil))
		for _, lang := range diag.Langs {
			t := template.New(name).Option("missingkey=error").Funcs(th.funcs(lang))
			for _, f := range files {
				data, err := fs.ReadFile(fsys, f)
				if err != nil {
					return nil, fmt.Errorf("loading theme: %w", err)
				}
				th.ids = append(th.ids, literalIDs(data)...)
				th.readsSiteDocs(data)
				if _, err := t.New(f).Parse(string(data)); err != nil {
					return nil, templateError(err, f, "")
				}
			}
			th.sets[name][lang] = t
		}
	}
	for _, k := range []string{"home", "list", "single", "404", "innokyla"} {
		if th.sets[k] == nil {
			return nil, fmt.Errorf("loading theme: layouts/%s.html is missing", k)
		}
	}
	err := fs.WalkDir(fsys, StaticDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		th.static = append(th.static, File{Path: p, Data: data})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("loading theme: %w", err)
	}
	return th, nil
}

// T returns the UI string key in lang.
func (th *Theme) T(lang diag.Lang, key string) string {
	if s, ok := th.strings[lang][key]; ok {
		return s
	}
	if s, ok := th.strings[page.DefaultLang][key]; ok {
		return s
	}
	return key
}

func (th *Theme) funcs(lang diag.Lang) template.FuncMap {
	f := Format{lang}
	return template.FuncMap{
		"t":       func(key string) string { return th.T(lang, key) },
		"date":    f.Date,
		"number":  f.Number,
		"money":   f.Money,
		"percent": f.Percent,
		// plural n "key": the UI string key_one or key_other, {n} the count.
		"plural": func(n any, key string) string { return f.Plural(n, th.T(lang, key+"_one"), th.T(lang, key+"_other")) },
	}
}

// Renderer renders the pages of one resolved site. It is safe for
// concurrent use: each call builds its page's view from the site and
// executes the layout, touching nothing shared.
type Renderer struct {
	th     *Theme
	g      *graph.Graph
	reg    *schema.Registry
	bodies func(*page.Document) template.HTML        // a document's body, links resolved
	lists  map[diag.Lang]map[string][]Item           // language -> type name -> documents, by title
	listed map[diag.Lang]map[string][]*page.Document // the documents of lists
	origin string                                    // "https://host" of an absolute base URL, or ""
	taxa   *Taxa                                     // the terms of the taxonomies (taxonomy.go)
	stems  *stemCache                                // the search indexes' stems of the bodies (search.go)
}

// At returns r rendering for a site served at baseURL: with an absolute
// one, pages name their canonical URL, og:url and alternates absolutely.
func (r *Renderer) At(baseURL string) *Renderer {
	c := *r
	c.origin = ""
	if u, err := url.Parse(baseURL); err == nil && u.Scheme != "" && u.Host != "" {
		c.origin = u.Scheme + "://" + u.Host
	}
	return &c
}

// ogLocales are the Open Graph locales of the site's languages.
var ogLocales = map[string]string{"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}

// meta fills p's canonical URL, Open Graph data and language alternates
// from its Href and language switcher.
func (r *Renderer) meta(p *Page) {
	p.OG = OpenGraph{Type: "website", Locale: ogLocales[p.Lang]}
	if p.Kind == "single" {
		p.OG.Type = "article"
	}
	switch p.Kind {
	case "list", "single", "innokyla":
		home := p.Site.Nav[0]
		p.Crumbs = []Link{{Text: home.Text, Href: home.Href}}
		if p.Kind != "list" && p.Type.Href != "" {
			p.Crumbs = append(p.Crumbs, Link{Text: p.Type.Plural, Href: p.Type.Href})
		}
		if p.Kind == "innokyla" && p.Form != nil {
			p.Crumbs = append(p.Crumbs, Link{Text: p.Form.Doc.Text, Href: p.Form.Doc.Href, Lang: p.Form.Doc.Lang})
		}
		p.Crumbs = append(p.Crumbs, Link{Text: p.Title, Href: p.Href, Current: true})
	}
	if p.Kind == "404" {
		return // a 404 page is served at any URL: it has no canonical one
	}
	p.Canonical = r.origin + p.Href
	if p.canonical != nil {
		p.Canonical = r.origin + r.g.Href(p.canonical(diag.Lang(p.Lang)))
	}
	if r.origin != "" {
		p.OG.URL = p.Canonical
	}
	var alts []Link
	for _, l := range p.Site.Languages {
		if l.Href == "" || l.Home {
			continue
		}
		href := r.origin + l.Href
		if p.canonical != nil {
			href = r.origin + r.g.Href(p.canonical(diag.Lang(l.Lang)))
		}
		alts = append(alts, Link{Lang: l.Lang, Href: href})
		if !l.Current {
			p.OG.Alternates = append(p.OG.Alternates, ogLocales[l.Lang])
		}
	}
	if len(alts) > 1 {
		p.Alternates = alts
	} else {
		p.OG.Alternates = nil
	}
}

// New prepares the rendering of g: the listing of every type in every
// language is made once, for the list pages, the home page and SiteInfo.
func New(th *Theme, g *graph.Graph, reg *schema.Registry, bodies func(*page.Document) template.HTML) *Renderer {
	lists := map[diag.Lang]map[string][]Item{}
	listed := map[diag.Lang]map[string][]*page.Document{}
	for _, lang := range diag.Langs {
		lists[lang] = map[string][]Item{}
		listed[lang] = g.ByType(lang)
		for name, docs := range listed[lang] {
			ti := typeInfo(g, reg.ByName(name), lang)
			items := make([]Item, len(docs))
			for i, d := range docs {
				items[i] = item(g, d, lang, ti)
			}
			lists[lang][name] = items
		}
	}
	return &Renderer{th: th, g: g, reg: reg, bodies: bodies, lists: lists, listed: listed, taxa: Taxonomies(g, reg), stems: &stemCache{}}
}

// With returns r rendering g, a Graph that lists the same documents as
// r's with the same titles, summaries and status (graph.Replace gives
// one): the lists are r's.
func (r *Renderer) With(g *graph.Graph, bodies func(*page.Document) template.HTML) *Renderer {
	c := *r
	c.g, c.bodies = g, bodies
	c.stems = r.stems.next() // the unchanged documents' stems and index entries stay
	return &c
}

// Theme returns the theme r renders with.
func (r *Renderer) Theme() *Theme { return r.th }

// Listed returns the published documents of type typeName in lang, in the
// order the listing, the home page and SiteInfo show them; each shows of a
// document d (in lang) its title, summary, URL, language, status,
// modified date and readiness percentages.
func (r *Renderer) Listed(lang diag.Lang, typeName string) []*page.Document {
	return r.listed[lang][typeName]
}

// Home renders lang's home page: the situational picture, each type's
// documents latest first.
func (r *Renderer) Home(lang diag.Lang) ([]byte, error) {
	home := r.newPage(lang, "home", langPrefix(lang)+"/", nil)
	home.Title = r.th.T(lang, "site_title")
	if idx := r.g.Index("", lang); idx != nil {
		r.fillDoc(home, idx, lang)
	}
	for _, t := range r.reg.Types {
		if t.IndexFiles {
			continue
		}
		grp := Group{Type: typeInfo(r.g, t, lang), Items: append([]Item(nil), r.lists[lang][t.Name]...)}
		for _, it := range grp.Items {
			grp.Drafts = grp.Drafts || it.Publishing != nil
		}
		sort.SliceStable(grp.Items, func(i, j int) bool { return grp.Items[i].Modified > grp.Items[j].Modified })
		home.Groups = append(home.Groups, grp)
	}
	home.Picture = r.picture(lang)
	return r.execute("home", home)
}

// NotFound renders lang's 404 page.
func (r *Renderer) NotFound(lang diag.Lang) ([]byte, error) {
	nf := r.newPage(lang, "404", langPrefix(lang)+"/404.html", nil)
	nf.Title = r.th.T(lang, "not_found")
	return r.execute("404", nf)
}

// Document renders the page of document d, with the layout named after
// its type if the theme has one.
func (r *Renderer) Document(d *page.Document) ([]byte, error) {
	p := r.newPage(d.Lang, "single", d.URL, d.Type)
	r.fillDoc(p, d, d.Lang)
	return r.execute(r.th.Layout(d.Type.Name), p)
}

// Static returns the theme file at path ("static/malli.css").
func (th *Theme) Static(path string) ([]byte, bool) {
	for _, f := range th.static {
		if f.Path == path {
			return f.Data, true
		}
	}
	return nil, false
}

func (r *Renderer) execute(layout string, p *Page) ([]byte, error) {
	r.meta(p)
	var buf bytes.Buffer
	buf.Grow(16<<10 + 2*len(p.Content)) // the layout around the body; grown once, not doubling from zero
	t := r.th.sets[layout][diag.Lang(p.Lang)]
	if err := t.ExecuteTemplate(&buf, "layouts/base.html", p); err != nil {
		return nil, templateError(err, "layouts/"+layout+".html", p.Href)
	}
	return buf.Bytes(), nil
}

func (r *Renderer) newPage(lang diag.Lang, kind, url string, t *schema.Type) *Page {
	th, g, reg := r.th, r.g, r.reg
	p := &Page{Kind: kind, Lang: string(lang), Href: g.Href(url), Type: typeInfo(g, t, lang)}
	p.Site = SiteInfo{Lang: string(lang), Base: g.Href("/"), Feed: g.Href("/" + FeedPath(lang)), Lists: r.lists[lang]}
	p.Site.Nav = append(p.Site.Nav, Link{Text: th.T(lang, "home"), Href: g.Href(langPrefix(lang) + "/"), Current: kind == "home"})
	for _, rt := range reg.Types {
		if rt.IndexFiles {
			continue
		}
		ti := typeInfo(g, rt, lang)
		p.Site.Nav = append(p.Site.Nav, Link{Text: ti.Plural, Href: ti.Href, Current: t == rt, Type: rt.Name})
	}
	p.Site.Nav = append(p.Site.Nav, Link{Text: th.T(lang, "search"), Href: g.Href(SearchURL(lang)), Current: kind == "search"})
	// The language switcher: the same page in each language.
	for _, l := range diag.Langs {
		href := g.Href(langPrefix(l) + strings.TrimPrefix(url, langPrefix(lang)))
		p.Site.Languages = append(p.Site.Languages, Link{Text: th.T(l, "language_name"), Href: href, Lang: string(l), Current: l == lang})
	}
	return p
}

// fillDoc puts document d's data on p.
func (r *Renderer) fillDoc(p *Page, d *page.Document, lang diag.Lang) {
	g := r.g
	p.Title, p.Summary, p.Status = d.Title, d.Summary, d.Status
	if d.Lang != lang {
		p.ContentLang = string(d.Lang)
	}
	p.Modified = d.Modified
	p.Content = r.bodies(d)
	var tabled map[string]bool
	if !d.IsIndex && d.Report != nil {
		p.Tables, tabled = r.tables(d, lang)
		p.Diagrams, tabled = r.diagrams(d, lang, tabled)
		r.fillEvaluation(p, d, lang, tabled)
	}
	p.Fields = fields(g, d, lang, tabled)
	r.fillTaxonomy(p, d, lang)
	p.Due = dues(g, d, lang)
	r.fillHub(p, d, lang)
	for _, h := range d.Body.Headings {
		if h.Level == 2 {
			p.Headings = append(p.Headings, Link{Text: h.Text, Href: "#" + h.ID})
		}
	}
	seen := map[page.Key]bool{}
	for _, e := range g.In(d) {
		if seen[e.From] {
			continue
		}
		seen[e.From] = true
		from := g.Variant(e.From, lang)
		l := Link{Text: from.Title, Href: g.Href(from.URL), Note: from.Type.Label.In(lang)}
		if from.Lang != lang {
			l.Lang = string(from.Lang)
		}
		p.Backlinks = append(p.Backlinks, l)
	}
	if !d.IsIndex && d.Report != nil {
		p.Publishing, p.Innokyla = figures(d, lang, true)
		if fi := g.Doc(d.Key().In(page.DefaultLang)); p.Innokyla != nil && g.Published(fi) {
			p.Innokyla.Form = g.Href(fi.InnokylaURL(page.DefaultLang))
			if lang != page.DefaultLang {
				p.Innokyla.FormLang = string(page.DefaultLang)
			}
		}
	}
	r.fillModel(p, d)
	// The switcher links to the document's real translations only (a
	// listing or the home page exists in every language).
	translated := map[string]string{}
	for _, t := range g.Translations(d) {
		translated[string(t.Lang)] = g.Href(t.URL)
	}
	for i, l := range p.Site.Languages {
		if href, ok := translated[l.Lang]; ok {
			p.Site.Languages[i].Href = href
		} else if !d.IsIndex {
			p.Site.Languages[i] = r.homeLink(diag.Lang(l.Lang), l)
		}
	}
}

// item is d as listed in lang; ti is its type's TypeInfo in lang.
func item(g *graph.Graph, d *page.Document, lang diag.Lang, ti TypeInfo) Item {
	it := Item{
		Title: d.Title, Summary: d.Summary, Href: g.Href(d.URL),
		Type: ti, Status: d.Status, Modified: d.Modified,
	}
	it.Publishing, it.Innokyla = figures(d, lang, false)
	if d.Lang != lang {
		it.Lang = string(d.Lang)
	}
	return it
}

// StaticPaths returns the output paths of the theme's static files, sorted.
func (th *Theme) StaticPaths() []string {
	out := make([]string, len(th.static))
	for i, f := range th.static {
		out[i] = f.Path
	}
	sort.Strings(out)
	return out
}

// IDs returns the anchor ids the theme's own markup uses on every page
// (id="sisalto"), sorted, for headings in bodies to stay clear of.
func (th *Theme) IDs() []string {
	ids := append([]string(nil), th.ids...)
	sort.Strings(ids)
	return slices.Compact(ids)
}

var idAttr = regexp.MustCompile(`\bid="([^"{}]+)"`)

// literalIDs returns the id attribute values in a template that are not
// made by template actions.
func literalIDs(tmpl []byte) []string {
	var ids []string
	for _, m := range idAttr.FindAllSubmatch(tmpl, -1) {
		ids = append(ids, string(m[1]))
	}
	return ids
}

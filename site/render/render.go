// Package render turns the resolved site into HTML pages with the theme's
// html/template layouts.
//
// A theme is a folder with layouts/ (base.html, home.html, list.html,
// single.html, 404.html and optionally <type>.html for one content type),
// partials/ (*.html, shared by every layout), static/ (copied to /static/)
// and i18n/ (fi.json, sv.json, en.json: UI strings). Each layout is parsed
// once with the base and the partials into a set of its own, with
// missingkey=error. Templates see the view structs of view.go only.
//
// Pages: one per published document; one listing per type and language; a
// home page per language; a 404 page. Output is a sorted list of files.
package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/internal/parallel"
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
}

// LoadTheme parses every layout of the theme in fsys.
func LoadTheme(fsys fs.FS) (*Theme, error) {
	th := &Theme{sets: map[string]map[diag.Lang]*template.Template{}, strings: map[diag.Lang]map[string]string{}}
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
		for _, lang := range diag.Langs {
			t := template.New(name).Option("missingkey=error").Funcs(th.funcs(lang))
			for _, f := range files {
				data, err := fs.ReadFile(fsys, f)
				if err != nil {
					return nil, fmt.Errorf("loading theme: %w", err)
				}
				if _, err := t.New(f).Parse(string(data)); err != nil {
					return nil, fmt.Errorf("loading theme: parsing %w", err)
				}
			}
			th.sets[name][lang] = t
		}
	}
	for _, k := range []string{"home", "list", "single", "404"} {
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
	return template.FuncMap{
		"t":    func(key string) string { return th.T(lang, key) },
		"date": FinnishDate,
	}
}

// job is one page to render.
type job struct {
	layout string
	out    string
	page   *Page
}

// Site renders every page of g.
func Site(th *Theme, g *graph.Graph, reg *schema.Registry) ([]File, error) {
	// The listing of every type in every language, made once: the list
	// pages, the home page and SiteInfo.Docs share it.
	lists := map[diag.Lang]map[string][]Item{}
	for _, lang := range diag.Langs {
		lists[lang] = map[string][]Item{}
		for _, t := range reg.Types {
			for _, d := range g.OfType(t.Name, lang) {
				lists[lang][t.Name] = append(lists[lang][t.Name], item(g, d, lang))
			}
		}
	}
	r := &renderer{th: th, g: g, reg: reg, lists: lists}

	var jobs []job
	add := func(url, layout string, p *Page) {
		jobs = append(jobs, job{layout: layout, out: outPath(url), page: p})
	}
	for _, lang := range diag.Langs {
		prefix := langPrefix(lang)
		home := r.newPage(lang, "home", prefix+"/", nil)
		home.Title = th.T(lang, "site_title")
		if idx := g.Index("", lang); idx != nil {
			fillDoc(home, g, idx, lang)
		}
		for _, t := range reg.Types {
			if t.IndexFiles {
				continue
			}
			grp := Group{Type: typeInfo(g, t, lang), Items: append([]Item(nil), lists[lang][t.Name]...)}
			sort.SliceStable(grp.Items, func(i, j int) bool { return grp.Items[i].Modified > grp.Items[j].Modified })
			home.Groups = append(home.Groups, grp)
		}
		add(prefix+"/", "home", home)
		for _, t := range reg.Types {
			list := r.newPage(lang, "list", prefix+"/"+t.Folder+"/", t)
			list.Title = t.Plural.In(lang)
			if idx := g.Index(t.Folder, lang); idx != nil {
				fillDoc(list, g, idx, lang)
			}
			list.Items = lists[lang][t.Name]
			add(prefix+"/"+t.Folder+"/", "list", list)
		}
		nf := r.newPage(lang, "404", prefix+"/404.html", nil)
		nf.Title = th.T(lang, "not_found")
		jobs = append(jobs, job{layout: "404", out: strings.TrimPrefix(prefix+"/404.html", "/"), page: nf})
	}
	for _, d := range g.Docs {
		if d.IsIndex {
			continue
		}
		p := r.newPage(d.Lang, "single", d.URL, d.Type)
		fillDoc(p, g, d, d.Lang)
		layout := "single"
		if th.sets[d.Type.Name] != nil {
			layout = d.Type.Name
		}
		add(d.URL, layout, p)
	}

	files := make([]File, len(jobs))
	errs := make([]error, len(jobs))
	parallel.Do(len(jobs), func(i int) {
		var buf bytes.Buffer
		j := jobs[i]
		t := th.sets[j.layout][diag.Lang(j.page.Lang)]
		if err := t.ExecuteTemplate(&buf, "layouts/base.html", j.page); err != nil {
			errs[i] = fmt.Errorf("rendering %s with layouts/%s.html: %w", j.out, j.layout, err)
			return
		}
		files[i] = File{Path: j.out, Data: buf.Bytes()}
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	for _, s := range th.static {
		files = append(files, s)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}

func outPath(url string) string {
	p := strings.TrimPrefix(url, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	return p
}

// renderer holds what every page of a build shares.
type renderer struct {
	th    *Theme
	g     *graph.Graph
	reg   *schema.Registry
	lists map[diag.Lang]map[string][]Item // language -> type name -> documents
}

func (r *renderer) newPage(lang diag.Lang, kind, url string, t *schema.Type) *Page {
	th, g, reg := r.th, r.g, r.reg
	p := &Page{Kind: kind, Lang: string(lang), Href: g.Href(url), Type: typeInfo(g, t, lang)}
	p.Site = SiteInfo{Lang: string(lang), Base: g.Href("/"), lists: r.lists[lang]}
	p.Site.Nav = append(p.Site.Nav, Link{Text: th.T(lang, "home"), Href: g.Href(langPrefix(lang) + "/"), Current: kind == "home"})
	for _, rt := range reg.Types {
		if rt.IndexFiles {
			continue
		}
		ti := typeInfo(g, rt, lang)
		p.Site.Nav = append(p.Site.Nav, Link{Text: ti.Plural, Href: ti.Href, Current: t == rt})
	}
	// The language switcher: the same page in each language.
	for _, l := range diag.Langs {
		href := g.Href(langPrefix(l) + strings.TrimPrefix(url, langPrefix(lang)))
		p.Site.Languages = append(p.Site.Languages, Link{Text: th.T(l, "language_name"), Href: href, Lang: string(l), Current: l == lang})
	}
	return p
}

// fillDoc puts document d's data on p.
func fillDoc(p *Page, g *graph.Graph, d *page.Document, lang diag.Lang) {
	p.Title, p.Summary, p.Status = d.Title, d.Summary, d.Status
	if d.Lang != lang {
		p.ContentLang = string(d.Lang)
	}
	p.Modified = d.Modified
	p.Content = template.HTML(d.HTML)
	p.Fields = fields(g, d, lang)
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
		p.Completeness = d.Completeness()
		for _, sg := range d.Report.StepGraphs {
			p.Diagrams = append(p.Diagrams, stepDiagram(d, sg, lang))
		}
	}
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
			p.Site.Languages[i].Href = ""
		}
	}
}

func item(g *graph.Graph, d *page.Document, lang diag.Lang) Item {
	it := Item{
		Title: d.Title, Summary: d.Summary, Href: g.Href(d.URL),
		Type: typeInfo(g, d.Type, lang), Status: d.Status, Modified: d.Modified,
		Completeness: d.Completeness(),
	}
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

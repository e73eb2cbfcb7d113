// Package graph is the barrier between the per-file stages and the output:
// it indexes every document, URL and heading anchor, resolves front matter
// references (as the schemas' x-malli-ref annotations declare them) and
// relative Markdown links, rewrites links to their final URLs, and computes
// backlinks and translations.
//
// It checks what needs more than one document: duplicate ids, unknown
// references, broken links and anchors, orphan translations, references to
// drafts, criteria scored exactly once and within the set's scale, and the
// step graphs of service paths. Links whose URL scheme the page stage
// refused (url.scheme) are neither resolved nor counted as external.
//
// Codes: id.duplicate, translation.orphan, ref.unknown, ref.item-unknown,
// ref.draft, link.draft, link.broken, link.broken-anchor, score.missing,
// score.duplicate, score.scale, path.next-unknown, path.unreachable.
package graph

import (
	"fmt"
	"net/url"
	"path"
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// Options are what resolution needs of the configuration.
type Options struct {
	BasePath string   // URL path the site is served under, "/" or "/sub/"
	Drafts   bool     // drafts are published
	Pages    []string // site-relative URLs of generated pages that are no document: listings, home pages, exports
}

// Edge is a reference from one document to another.
type Edge struct {
	From, To *page.Document
	Pointer  string       // the front matter pointer, or "" for a body link
	Field    schema.Field // the referring field, for display
}

// Graph is the resolved site.
type Graph struct {
	Docs   []*page.Document // every published document, sorted by URL
	Assets []string         // content-relative paths of published assets, sorted

	RefURL map[*page.Document]map[string]string // document -> front matter pointer -> href
	Out    map[*page.Document][]Edge
	In     map[string][]Edge // target key (type/id) -> references to it, from default-language documents

	opts   Options
	byKey  map[string]map[diag.Lang]*page.Document
	byPath map[string]*page.Document
	assets map[string]bool // content-relative path -> published
	byURL  map[string]*page.Document
	pages  map[string]bool
}

// Href returns the link to a site-relative URL under the base path.
func (g *Graph) Href(u string) string {
	return strings.TrimSuffix(g.opts.BasePath, "/") + u
}

// Variant returns the document of key in lang, or in the default language
// when there is no published translation, or nil.
func (g *Graph) Variant(key string, lang diag.Lang) *page.Document {
	m := g.byKey[key]
	if d := m[lang]; d != nil && g.published(d) {
		return d
	}
	return m[page.DefaultLang]
}

// Translations returns the language versions of d, in language order.
func (g *Graph) Translations(d *page.Document) []*page.Document {
	var out []*page.Document
	for _, l := range diag.Langs {
		if t := g.byKey[d.Key()][l]; t != nil && g.published(t) {
			out = append(out, t)
		}
	}
	return out
}

// OfType returns the published documents of type name in lang (falling back
// to the default language per document), sorted by title.
func (g *Graph) OfType(name string, lang diag.Lang) []*page.Document {
	var out []*page.Document
	for _, d := range g.Docs {
		if d.Type.Name == name && !d.IsIndex && d.Lang == page.DefaultLang {
			if v := g.Variant(d.Key(), lang); v != nil && g.published(v) {
				out = append(out, v)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Title < out[j].Title })
	return out
}

// Index returns the _index document for a listing ("" is the home page) in lang.
func (g *Graph) Index(folder string, lang diag.Lang) *page.Document {
	for _, d := range g.Docs {
		if d.IsIndex && d.Dir == folder {
			return g.Variant(d.Key(), lang)
		}
	}
	return nil
}

func (g *Graph) published(d *page.Document) bool {
	return d.Status != "draft" || g.opts.Drafts
}

// Resolve indexes docs, checks everything between them and rewrites each
// body's links. assets are the content-relative paths of non-Markdown files.
func Resolve(docs []*page.Document, assets []string, opts Options) (*Graph, diag.List) {
	var diags diag.List
	g := &Graph{
		RefURL: map[*page.Document]map[string]string{},
		Out:    map[*page.Document][]Edge{},
		In:     map[string][]Edge{},
		opts:   opts,
		byKey:  map[string]map[diag.Lang]*page.Document{},
		byPath: map[string]*page.Document{},
		assets: map[string]bool{},
		byURL:  map[string]*page.Document{},
		pages:  map[string]bool{},
	}
	for _, p := range opts.Pages {
		g.pages[p] = true
	}
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].File.Path < docs[j].File.Path })
	// A bundle's attachments are published with it: not while every
	// language version of it is a draft.
	bundles := map[string]bool{} // bundle folder -> published
	for _, d := range docs {
		if strings.HasPrefix(path.Base(d.File.Rel), "index.") {
			bundles[d.Dir] = bundles[d.Dir] || g.published(d)
		}
	}
	for _, a := range assets {
		published := !inDraftBundle(a, bundles)
		g.assets[a] = published
		if published {
			g.Assets = append(g.Assets, a)
		}
	}
	sort.Strings(g.Assets)

	for _, d := range docs {
		g.byPath[d.File.Rel] = d
		g.byURL[d.URL] = d
		m := g.byKey[d.Key()]
		if m == nil {
			m = map[diag.Lang]*page.Document{}
			g.byKey[d.Key()] = m
		}
		if first := m[d.Lang]; first != nil {
			dg := diags.Errorf(d.PointerPos("/id", true), "id.duplicate", d.ID, schema.Field{Key: d.Type.Name, Label: d.Type.Label})
			dg.Related = append(dg.Related, diag.Note{Pos: first.PointerPos("/id", true), Code: "note.first-defined"})
			continue
		}
		m[d.Lang] = d
	}
	for _, d := range docs {
		if g.byKey[d.Key()][d.Lang] != d {
			continue // a duplicate
		}
		if d.Lang != page.DefaultLang && g.byKey[d.Key()][page.DefaultLang] == nil {
			diags.Errorf(diag.Pos{File: d.File.Path, Line: 1, Col: 1}, "translation.orphan", d.File.Rel, strings.TrimSuffix(d.File.Rel, "."+string(d.Lang)+".md")+".md")
		}
		if g.published(d) {
			g.Docs = append(g.Docs, d)
		}
	}
	sort.SliceStable(g.Docs, func(i, j int) bool { return g.Docs[i].URL < g.Docs[j].URL })

	for _, d := range docs { // sorted by path
		if g.byKey[d.Key()][d.Lang] != d {
			continue // a duplicate, reported above
		}
		g.resolveRefs(d, &diags)
		g.resolveLinks(d, &diags)
		if d.Report != nil {
			g.checkEachOnce(d, &diags)
			g.checkInScale(d, &diags)
			g.checkSteps(d, &diags)
		}
	}
	for k := range g.In {
		sort.SliceStable(g.In[k], func(i, j int) bool {
			a, b := g.In[k][i], g.In[k][j]
			if a.From.URL != b.From.URL {
				return a.From.URL < b.From.URL
			}
			return a.Pointer < b.Pointer
		})
	}
	return g, diags
}

func (g *Graph) addEdge(e Edge) {
	g.Out[e.From] = append(g.Out[e.From], e)
	// A draft is not published, so neither is the fact that it links here.
	if e.From.Lang == page.DefaultLang && e.To != e.From && g.published(e.From) {
		g.In[e.To.Key()] = append(g.In[e.To.Key()], e)
	}
}

// lookup finds a document of one of types with id, in lang if translated.
func (g *Graph) lookup(types []string, id string, lang diag.Lang) *page.Document {
	for _, t := range types {
		if d := g.Variant(t+"/"+id, lang); d != nil {
			return d
		}
	}
	return nil
}

func (g *Graph) idsOf(types []string) []string {
	var ids []string
	for key, m := range g.byKey {
		t, id, _ := strings.Cut(key, "/")
		for _, want := range types {
			if t == want && m[page.DefaultLang] != nil && !m[page.DefaultLang].IsIndex {
				ids = append(ids, id)
			}
		}
	}
	sort.Strings(ids)
	return ids
}

type typeNames []string

func (t typeNames) In(lang diag.Lang) string { return strings.Join(t, ", ") }

func (g *Graph) resolveRefs(d *page.Document, diags *diag.List) {
	if d.Report == nil {
		return
	}
	for _, r := range d.Report.Refs {
		pos := d.PointerPos(r.Pointer, true)
		field := d.Report.Label(r.Pointer)
		if r.Spec.Item != "" {
			owner, _ := schema.Get(d.Params, r.Spec.From)
			ownerID, _ := owner.(string)
			target := g.lookup(r.Spec.Types, ownerID, d.Lang)
			if target == nil {
				continue // the owner reference itself is reported
			}
			items, _ := target.Params[r.Spec.Item].([]any)
			var ids []string
			found := false
			for _, it := range items {
				m, _ := it.(map[string]any)
				if id, _ := m["id"].(string); id != "" {
					ids = append(ids, id)
					found = found || id == r.Value
				}
			}
			if !found {
				dg := diags.Errorf(pos, "ref.item-unknown", r.Value, field, ownerID)
				dg.Hint = schema.Suggest(r.Value, ids)
				continue
			}
			g.setRef(d, r.Pointer, g.Href(target.URL)+"#"+r.Value)
			g.addEdge(Edge{From: d, To: target, Pointer: r.Pointer, Field: field})
			continue
		}
		target := g.lookup(r.Spec.Types, r.Value, d.Lang)
		if target == nil || target.IsIndex {
			dg := diags.Errorf(pos, "ref.unknown", r.Value, field, typeNames(r.Spec.Types))
			dg.Hint = schema.Suggest(r.Value, g.idsOf(r.Spec.Types))
			continue
		}
		if !g.published(target) && g.published(d) {
			diags.Errorf(pos, "ref.draft", r.Value, field)
			continue
		}
		g.setRef(d, r.Pointer, g.Href(target.URL))
		g.addEdge(Edge{From: d, To: target, Pointer: r.Pointer, Field: field})
	}
}

func (g *Graph) setRef(d *page.Document, ptr, href string) {
	m := g.RefURL[d]
	if m == nil {
		m = map[string]string{}
		g.RefURL[d] = m
	}
	m[ptr] = href
}

func (g *Graph) resolveLinks(d *page.Document, diags *diag.List) {
	for _, l := range d.Body.Links {
		if l.Refused {
			continue // a scheme malli does not publish: the page stage reported it (url.scheme)
		}
		u, err := url.Parse(l.Dest)
		pos := d.Pos(l.Offset)
		if err != nil {
			diags.Errorf(pos, "link.broken", l.Dest)
			continue
		}
		if u.Scheme != "" || u.Host != "" || strings.HasPrefix(l.Dest, "//") {
			continue // external
		}
		var target *page.Document
		var href string
		switch {
		case u.Path == "":
			target = d
		case strings.HasPrefix(u.Path, "/"):
			target, href = g.bySiteURL(u.Path)
		default:
			rel := path.Join(d.Dir, u.Path)
			if strings.HasPrefix(rel, "../") || rel == ".." {
				break
			}
			if strings.HasSuffix(rel, ".md") {
				if t := g.byPath[rel]; t != nil && t.Lang != page.DefaultLang {
					target = t // a translation named on purpose: x.sv.md
				} else if t != nil {
					target = g.Variant(t.Key(), d.Lang) // x.md: in the linking page's language
				}
			} else if published, ok := g.assets[rel]; ok {
				if !published && g.published(d) {
					diags.Errorf(pos, "link.draft", l.Dest)
					continue
				}
				href = "/" + rel
			} else if t := g.byPath[path.Join(rel, "index.md")]; t != nil {
				target = g.Variant(t.Key(), d.Lang)
			} else if rel == "." {
				href = langPrefix(d.Lang) + "/" // the home page, in the linking document's language
			} else if g.pages["/"+rel+"/"] {
				href = langPrefix(d.Lang) + "/" + rel + "/" // a listing
			}
		}
		if target == nil && href == "" {
			dg := diags.Errorf(pos, "link.broken", l.Dest)
			var cands []string
			for p := range g.byPath {
				cands = append(cands, relPath(d.Dir, p))
			}
			sort.Strings(cands)
			dg.Hint = schema.Suggest(u.Path, cands)
			continue
		}
		if target != nil {
			if !g.published(target) && g.published(d) {
				diags.Errorf(pos, "link.draft", l.Dest)
				continue
			}
			href = target.URL
			if u.Fragment != "" && !hasAnchor(target, u.Fragment) {
				dg := diags.Errorf(pos, "link.broken-anchor", u.Fragment, target.File.Path)
				var ids []string
				for _, h := range target.Body.Headings {
					ids = append(ids, h.ID)
				}
				dg.Hint = schema.Suggest(u.Fragment, ids)
				continue
			}
			if target != d {
				g.addEdge(Edge{From: d, To: target})
			}
			if target.Lang != d.Lang {
				l.SetAttr("hreflang", string(target.Lang)) // an untranslated target
			}
		}
		if u.Fragment != "" {
			href += "#" + u.Fragment
		}
		if u.Path == "" {
			l.SetDest("#" + u.Fragment)
		} else {
			l.SetDest(g.Href(href))
		}
	}
}

// langPrefix is the URL prefix of lang's pages: "" or "/sv".
func langPrefix(lang diag.Lang) string {
	if lang == page.DefaultLang {
		return ""
	}
	return "/" + string(lang)
}

// inDraftBundle reports whether asset lies in the folder of a bundle that
// is not published.
func inDraftBundle(asset string, bundles map[string]bool) bool {
	for dir := path.Dir(asset); dir != "."; dir = path.Dir(dir) {
		if published, ok := bundles[dir]; ok {
			return !published
		}
	}
	return false
}

// bySiteURL resolves a site-absolute link such as "/toimintamallit/x/": a
// document, a generated page or a published attachment.
func (g *Graph) bySiteURL(p string) (*page.Document, string) {
	want := p
	if !strings.HasSuffix(want, "/") && path.Ext(want) == "" {
		want += "/"
	}
	if d := g.byURL[want]; d != nil {
		return d, ""
	}
	if g.pages[want] || g.pages[p] {
		return nil, want
	}
	if published, ok := g.assets[strings.TrimPrefix(p, "/")]; ok && published {
		return nil, p
	}
	return nil, ""
}

// relPath writes the content path to as a link from the content folder
// from: "../toimintamallit/x.md" from "hankkeet".
func relPath(from, to string) string {
	if from == "" {
		return to
	}
	return strings.Repeat("../", strings.Count(from, "/")+1) + to
}

func hasAnchor(d *page.Document, id string) bool {
	for _, h := range d.Body.Headings {
		if h.ID == id {
			return true
		}
	}
	// Items of lists in the front matter get ids of their own (criteria, measures, steps).
	for _, v := range d.Params {
		if items, ok := v.([]any); ok {
			for _, it := range items {
				if m, ok := it.(map[string]any); ok && m["id"] == id {
					return true
				}
			}
		}
	}
	return false
}

func (g *Graph) checkEachOnce(d *page.Document, diags *diag.List) {
	for _, e := range d.Report.EachOnce {
		if !contains(e.Spec.RequiredFor, d.Status) {
			continue
		}
		list, _ := schema.Get(d.Params, e.Pointer)
		items, _ := list.([]any)
		// The referenced list: from the ref annotation on the key of any item.
		var spec *schema.RefSpec
		for _, r := range d.Report.Refs {
			if strings.HasPrefix(r.Pointer, e.Pointer+"/") && strings.HasSuffix(r.Pointer, "/"+e.Spec.Key) && r.Spec.Item != "" {
				s := r.Spec
				spec = &s
				break
			}
		}
		if spec == nil {
			continue
		}
		owner, _ := schema.Get(d.Params, spec.From)
		ownerID, _ := owner.(string)
		target := g.lookup(spec.Types, ownerID, page.DefaultLang)
		if target == nil {
			continue
		}
		seen := map[string]int{}
		for i, it := range items {
			m, _ := it.(map[string]any)
			k, _ := m[e.Spec.Key].(string)
			ptr := fmt.Sprintf("%s/%d/%s", e.Pointer, i, e.Spec.Key)
			if first, ok := seen[k]; ok {
				dg := diags.Errorf(d.PointerPos(ptr, true), "score.duplicate", k)
				dg.Related = append(dg.Related, diag.Note{Pos: d.PointerPos(fmt.Sprintf("%s/%d/%s", e.Pointer, first, e.Spec.Key), true), Code: "note.first-defined"})
				continue
			}
			seen[k] = i
		}
		want, _ := target.Params[spec.Item].([]any)
		for _, w := range want {
			m, _ := w.(map[string]any)
			id, _ := m["id"].(string)
			if _, ok := seen[id]; !ok && id != "" {
				title, _ := m["title"].(string)
				diags.Errorf(d.PointerPos(e.Pointer, false), "score.missing", id, title, ownerID)
			}
		}
	}
}

func (g *Graph) checkInScale(d *page.Document, diags *diag.List) {
	for _, e := range d.Report.InScale {
		v, ok := schema.Get(d.Params, e.Pointer)
		if !ok {
			continue
		}
		owner, _ := schema.Get(d.Params, e.Spec.From)
		ownerID, _ := owner.(string)
		var types []string
		for _, r := range d.Report.Refs {
			if r.Pointer == e.Spec.From {
				types = r.Spec.Types
			}
		}
		target := g.lookup(types, ownerID, page.DefaultLang)
		if target == nil {
			continue
		}
		scale, _ := target.Params[e.Spec.List].([]any)
		var allowed []string
		ok = false
		for _, s := range scale {
			m, _ := s.(map[string]any)
			a := fmt.Sprint(m[e.Spec.Key])
			allowed = append(allowed, a)
			ok = ok || a == fmt.Sprint(v)
		}
		if !ok {
			diags.Errorf(d.PointerPos(e.Pointer, true), "score.scale", fmt.Sprint(v), strings.Join(allowed, ", "), ownerID)
		}
	}
}

func (g *Graph) checkSteps(d *page.Document, diags *diag.List) {
	for _, e := range d.Report.StepGraphs {
		list, _ := schema.Get(d.Params, e.Pointer)
		steps, _ := list.([]any)
		index := map[string]int{}
		var ids []string
		for i, s := range steps {
			m, _ := s.(map[string]any)
			if id, _ := m[e.Spec.ID].(string); id != "" {
				index[id] = i
				ids = append(ids, id)
			}
		}
		reached := make([]bool, len(steps))
		var visit func(i int)
		visit = func(i int) {
			if reached[i] {
				return
			}
			reached[i] = true
			m, _ := steps[i].(map[string]any)
			next, _ := m[e.Spec.Next].([]any)
			for _, n := range next {
				if j, ok := index[fmt.Sprint(n)]; ok {
					visit(j)
				}
			}
		}
		for i, s := range steps {
			m, _ := s.(map[string]any)
			next, _ := m[e.Spec.Next].([]any)
			for j, n := range next {
				if _, ok := index[fmt.Sprint(n)]; !ok {
					dg := diags.Errorf(d.PointerPos(fmt.Sprintf("%s/%d/%s/%d", e.Pointer, i, e.Spec.Next, j), true), "path.next-unknown", fmt.Sprint(n))
					dg.Hint = schema.Suggest(fmt.Sprint(n), ids)
				}
			}
		}
		if len(steps) > 0 {
			visit(0)
		}
		for i, ok := range reached {
			if !ok {
				m, _ := steps[i].(map[string]any)
				diags.Warnf(d.PointerPos(fmt.Sprintf("%s/%d", e.Pointer, i), true), "path.unreachable", fmt.Sprint(m[e.Spec.ID]))
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

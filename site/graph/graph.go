// Package graph is the barrier between the per-file stages and the output.
// Resolve builds an immutable index of every document (by key, file and
// URL), attachment and generated page, then resolves each document on its
// own, in parallel: front matter references (as the schemas' x-malli-ref
// annotations declare them), body links with their anchors, and the checks
// that need another document. It returns the Graph: per document, the
// hrefs of its references, the targets of its body links and its outgoing
// edges; per target, its backlinks. Documents are known by page.Key, and
// Resolve changes nothing it is given, so resolving the same documents
// twice gives the same Graph.
//
// Codes: id.duplicate, translation.orphan, ref.unknown, ref.item-unknown,
// ref.draft, link.draft, link.broken, link.broken-anchor, score.missing,
// score.scale.
package graph

import (
	"slices"
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/parallel"
	"github.com/malli-fi/malli/site/markdown"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// Options are what resolution needs of the configuration.
type Options struct {
	BasePath string   // URL path the site is served under, "/" or "/sub/"
	Drafts   bool     // drafts are published
	Pages    []string // site-relative URLs of generated pages that are no document: listings, home pages, exports
	// Previous is the Graph of an earlier build of the same site, or nil:
	// what it resolved is kept where it is still right (see reuse.go), so
	// a rebuild after one edit resolves few documents again. The Graph is
	// the same as without it.
	Previous *Graph
}

// Edge is a reference from one document to another.
type Edge struct {
	From, To page.Key
	Pointer  string       // the front matter pointer, or "" for a body link
	Field    schema.Field // the referring field, for display
}

// Resolved is what resolution found for one document.
type Resolved struct {
	Refs  map[string]string // front matter pointer -> href
	Links []markdown.Target // one per body link, in the body's order
	Out   []Edge
}

// Graph is the resolved site. It is not changed after Resolve returns.
type Graph struct {
	Docs   []*page.Document // every published document, sorted by URL
	Assets []string         // content-relative paths of published attachments, sorted

	idx      *index
	shape    uint64            // of idx, when built with Options.Previous
	clean    map[page.Key]bool // documents whose resolution found no problem
	resolved map[page.Key]*Resolved
	in       map[page.Key][]Edge // target (all languages) -> references to it from published default-language documents
}

// Href returns the link to a site-relative URL under the base path.
func (g *Graph) Href(u string) string {
	return strings.TrimSuffix(g.idx.opts.BasePath, "/") + u
}

// All returns every document, published or not, without duplicates, by file path.
func (g *Graph) All() []*page.Document { return g.idx.unique }

// Doc returns the document of key k, or nil.
func (g *Graph) Doc(k page.Key) *page.Document { return g.idx.docs[k] }

// Refs returns the hrefs of d's front matter references by pointer.
func (g *Graph) Refs(d *page.Document) map[string]string { return g.result(d).Refs }

// Links returns the targets of d's body links, one per link.
func (g *Graph) Links(d *page.Document) []markdown.Target { return g.result(d).Links }

// Out returns d's outgoing references and links.
func (g *Graph) Out(d *page.Document) []Edge { return g.result(d).Out }

// In returns the references to d (in any language) from published documents.
func (g *Graph) In(d *page.Document) []Edge { return g.in[d.Key().AllLangs()] }

func (g *Graph) result(d *page.Document) *Resolved {
	if r := g.resolved[d.Key()]; r != nil {
		return r
	}
	return &Resolved{}
}

// Variant returns the document of key k in lang, or in the default
// language when there is no published translation, or nil.
func (g *Graph) Variant(k page.Key, lang diag.Lang) *page.Document { return g.idx.variant(k, lang) }

// Translations returns the published language versions of d, in language order.
func (g *Graph) Translations(d *page.Document) []*page.Document {
	var out []*page.Document
	for _, l := range diag.Langs {
		if t := g.idx.docs[d.Key().In(l)]; t != nil && g.idx.published(t) {
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
			if v := g.Variant(d.Key(), lang); v != nil && g.idx.published(v) {
				out = append(out, v)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Title < out[j].Title })
	return out
}

// ByType returns OfType of every type in lang, by type name, from one
// pass over the documents.
func (g *Graph) ByType(lang diag.Lang) map[string][]*page.Document {
	out := map[string][]*page.Document{}
	for _, d := range g.Docs {
		if !d.IsIndex && d.Lang == page.DefaultLang {
			if v := g.Variant(d.Key(), lang); v != nil && g.idx.published(v) {
				out[d.Type.Name] = append(out[d.Type.Name], v)
			}
		}
	}
	for _, docs := range out {
		sort.SliceStable(docs, func(i, j int) bool { return docs[i].Title < docs[j].Title })
	}
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

// byReferrer sorts edges by the URL of the referring document, then by
// pointer, keeping the order of equal ones.
func (idx *index) byReferrer(edges []Edge) []Edge {
	type sortable struct {
		url string
		e   Edge
	}
	s := make([]sortable, len(edges))
	for i, e := range edges {
		s[i] = sortable{idx.docs[e.From].URL, e}
	}
	slices.SortStableFunc(s, func(a, b sortable) int {
		if c := strings.Compare(a.url, b.url); c != 0 {
			return c
		}
		return strings.Compare(a.e.Pointer, b.e.Pointer)
	})
	for i := range s {
		edges[i] = s[i].e
	}
	return edges
}

// Resolve indexes docs and resolves each of them. assets are the
// content-relative paths of the attachments that may be published.
func Resolve(docs []*page.Document, assets []string, opts Options) (*Graph, diag.List) {
	idx, diags := newIndex(docs, assets, opts)
	g := &Graph{idx: idx, shape: idx.shapeSum, Docs: idx.publishedDocs(), Assets: idx.publishedAssets(),
		clean: map[page.Key]bool{}, resolved: map[page.Key]*Resolved{}, in: map[page.Key][]Edge{}}

	// Each document on its own, in parallel; results by index, merged in
	// file order, so the outcome does not depend on the schedule.
	work := idx.unique
	var replaced map[page.Key]bool
	if opts.Previous != nil {
		replaced = idx.replaced(opts.Previous)
	}
	results := make([]*docResult, len(work))
	parallel.Do(len(work), func(i int) {
		if r, ok := idx.reusable(opts.Previous, replaced, work[i]); ok {
			results[i] = &docResult{Resolved: *r}
			return
		}
		r := idx.resolve(work[i])
		results[i] = &r
	})
	var misses []miss
	for i, r := range results {
		diags.Append(r.diags)
		misses = append(misses, r.misses...)
		d := work[i]
		g.resolved[d.Key()] = &r.Resolved
		g.clean[d.Key()] = len(r.diags) == 0 && len(r.misses) == 0
		if d.Lang != page.DefaultLang || !idx.published(d) {
			continue // a draft is not published, so neither is the fact that it links somewhere
		}
		for _, e := range r.Out {
			if e.To.AllLangs() != e.From.AllLangs() {
				k := e.To.AllLangs()
				g.in[k] = append(g.in[k], e)
			}
		}
	}
	for k, edges := range g.in {
		g.in[k] = idx.byReferrer(edges)
	}
	idx.hint(misses)
	return g, diags
}

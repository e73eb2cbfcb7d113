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
// ref.draft, link.draft, link.broken, link.broken-anchor, score.missing (an
// item marked not applicable counts as assessed, and an item for other
// measures than the subject's needs none), score.scale, score.other-measure (a score for a criterion of other
// measures than the subject's), ratio.exceeded, ratio.missing (the
// programme sets no ratio), programme.requirement (what the programme asks
// of its projects, in its words), report.due-late (see programme.go),
// monitoring.small-cell (a count of persons that an indicator of another
// document says a value is).
package graph

import (
	"maps"
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
	Due   []Due // dates derived from another document's rules (programme.go)
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

// Due returns the due dates derived for d from the rules of the documents
// it references (a project's final report, by its programme).
func (g *Graph) Due(d *page.Document) []Due { return g.result(d).Due }

// Out returns d's outgoing references and links.
func (g *Graph) Out(d *page.Document) []Edge { return g.result(d).Out }

// Resolution returns what resolution found for d. A later Graph built with
// this one as Options.Previous returns the same value for a document it
// did not resolve again.
func (g *Graph) Resolution(d *page.Document) *Resolved { return g.result(d) }

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

// ByType returns the published documents of each type in lang (falling
// back to the default language per document), by type name, each sorted by
// title, from one pass over the documents.
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

// add records d's fresh resolution r.
func (g *Graph) add(d *page.Document, r *docResult) {
	g.resolved[d.Key()] = &r.Resolved
	g.clean[d.Key()] = len(r.diags) == 0 && len(r.misses) == 0
	for _, e := range g.backlinks(d, r.Out) {
		k := e.To.AllLangs()
		g.in[k] = append(g.in[k], e)
	}
}

// backlinks returns the edges of out, d's, that are backlinks of their
// targets: from a published default-language document to another one.
func (g *Graph) backlinks(d *page.Document, out []Edge) []Edge {
	if d.Lang != page.DefaultLang || !g.idx.published(d) {
		return nil // a draft is not published, so neither is the fact that it links somewhere
	}
	var in []Edge
	for _, e := range out {
		if e.To.AllLangs() != e.From.AllLangs() {
			in = append(in, e)
		}
	}
	return in
}

// merge fills g from prev, of the same shape: kept[i] is prev's resolution
// of work[i] where still right, else results[i] is fresh. Only the
// backlinks of targets that a fresh document with other links than in
// prev links to, now or in prev, are gathered again; the others are prev's
// lists.
func (g *Graph) merge(prev *Graph, work []*page.Document, kept []*Resolved, results []*docResult) {
	g.resolved, g.clean, g.in = maps.Clone(prev.resolved), maps.Clone(prev.clean), maps.Clone(prev.in)
	moved := map[page.Key]bool{} // fresh documents whose backlinks are not prev's
	touched := map[page.Key]bool{}
	var added []Edge
	for i, r := range results {
		if kept[i] != nil {
			continue
		}
		d := work[i]
		g.resolved[d.Key()] = &r.Resolved
		g.clean[d.Key()] = len(r.diags) == 0 && len(r.misses) == 0
		var was []Edge
		old := prev.idx.docs[d.Key()]
		if old != nil {
			was = prev.backlinks(old, prev.resolved[d.Key()].Out)
		}
		now := g.backlinks(d, r.Out)
		if old != nil && old.Type == d.Type && sameBacklinks(was, now) {
			continue // an edit that changed no link: prev's lists hold these very edges
		}
		moved[d.Key()] = true
		for _, e := range was {
			touched[e.To.AllLangs()] = true
		}
		for _, e := range now {
			touched[e.To.AllLangs()] = true
		}
		added = append(added, now...)
	}
	for k := range touched {
		var edges []Edge
		for _, e := range prev.in[k] {
			if !moved[e.From] {
				edges = append(edges, e)
			}
		}
		for _, e := range added {
			if e.To.AllLangs() == k {
				edges = append(edges, e)
			}
		}
		if len(edges) == 0 {
			delete(g.in, k)
		} else {
			g.in[k] = g.idx.byReferrer(edges)
		}
	}
}

// sameBacklinks reports whether a and b are the same edges (the same
// documents, pointers and fields), in the same order.
func sameBacklinks(a, b []Edge) bool {
	return slices.EqualFunc(a, b, func(x, y Edge) bool {
		return x.From == y.From && x.To == y.To && x.Pointer == y.Pointer && x.Field.Key == y.Field.Key
	})
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
	kept := make([]*Resolved, len(work)) // prev's resolution, where it is still right
	parallel.Do(len(work), func(i int) {
		if r, ok := idx.reusable(opts.Previous, replaced, work[i]); ok {
			kept[i] = r
			return
		}
		r := idx.resolve(work[i])
		results[i] = &r
	})
	var misses []miss
	for _, r := range results {
		if r != nil {
			diags.Append(r.diags)
			misses = append(misses, r.misses...)
		}
	}
	if prev := opts.Previous; prev != nil && prev.shape == idx.shapeSum {
		g.merge(prev, work, kept, results)
	} else {
		for i, r := range results {
			g.add(work[i], r)
		}
		for k, edges := range g.in {
			g.in[k] = idx.byReferrer(edges)
		}
	}
	idx.hint(misses)
	return g, diags
}

// Published reports whether d is published in this build: not a draft, or
// a draft of a build with Options.Drafts.
func (g *Graph) Published(d *page.Document) bool { return d != nil && g.idx.published(d) }

package site

import (
	"hash/maphash"
	"slices"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/internal/parallel"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/plan"
	"github.com/malli-fi/malli/site/render"
	"github.com/malli-fi/malli/site/schema"
)

// The key of an output is a hash of everything its bytes are made from, so
// that a Session makes again only the outputs whose key changed. What each
// kind reads, as the renderer and the exporter read it:
//
//	every output  the build's env: schemas, theme, base URL, drafts
//	page, data    the document and its neighbourhood: its translations, its
//	              resolved references and links, and the front matter and
//	              URL of every language version of each document it refers
//	              to or is referred to by (titles and items shown on the page)
//	listing       the listing's _index text (with its neighbourhood) and the
//	              card of each listed document (what a listing shows of it)
//	home          the same for every type
//	catalogue     the card of every published document
//	every page    the cards of the types the layouts list on every page
//	              (render.Theme.SiteDocs)
//
// A document is known here by its file's hash, key and URL: everything a
// scan makes of it follows from those and the env. Schemas, static files
// static files are in env too; an attachment's key is its bytes' hash.

var keySeed = maphash.MakeSeed()

// sum is a running hash of words: each word is hashed with maphash and
// mixed in, which costs less than streaming many short writes.
type sum uint64

func (s *sum) u64(v uint64) { *s = sum((uint64(*s)^v)*0x100000001b3 + 0x9e3779b97f4a7c15) }
func (s *sum) str(v string) { s.u64(maphash.String(keySeed, v)) }

// keyer computes the keys of one build's outputs.
type keyer struct {
	g       *graph.Graph
	reg     *schema.Registry
	sources map[string][]byte   // content files by path: the attachments
	env     uint64              //
	vars    map[page.Key]uint64 // all language versions of a document (key without language) -> what others show of them
	near    map[*page.Document]uint64
	listed  map[diag.Lang]map[string]uint64 // what listings show of each type
	lists   map[diag.Lang]uint64            // what every page of a language shows of the site's documents
}

// outputKeys returns the key of each output. r is the build's renderer:
// its lists are what listings show.
func outputKeys(g *graph.Graph, reg *schema.Registry, r *render.Renderer, sources map[string][]byte, env uint64, outputs []plan.Output) []uint64 {
	k := &keyer{g: g, reg: reg, sources: sources, env: env, vars: map[page.Key]uint64{},
		listed: map[diag.Lang]map[string]uint64{}, lists: map[diag.Lang]uint64{}}
	for _, d := range g.All() {
		k.vars[d.Key().AllLangs()] ^= shownSum(d) // order-free: each language version once
	}
	near := make([]uint64, len(g.Docs))
	parallel.Do(len(g.Docs), func(i int) { near[i] = k.neighbourhood(g.Docs[i]) })
	k.near = make(map[*page.Document]uint64, len(g.Docs))
	for i, d := range g.Docs {
		k.near[d] = near[i]
	}
	siteDocs, all := r.Theme().SiteDocs()
	for _, lang := range diag.Langs {
		k.listed[lang] = map[string]uint64{}
		s := sum(env)
		for _, t := range reg.Types {
			h := itemsSum(r.List(lang, t.Name))
			k.listed[lang][t.Name] = h
			if all || slices.Contains(siteDocs, t.Name) {
				s.str(t.Name)
				s.u64(h)
			}
		}
		k.lists[lang] = uint64(s)
	}
	keys := make([]uint64, len(outputs))
	parallel.Do(len(outputs), func(i int) { keys[i] = k.key(outputs[i]) })
	return keys
}

func (k *keyer) key(o plan.Output) uint64 {
	s := sum(k.env)
	s.str(string(o.Kind))
	s.str(o.Path)
	switch o.Kind {
	case plan.Page:
		d := k.g.Doc(o.Doc)
		s.u64(k.lists[d.Lang])
		s.u64(k.near[d])
	case plan.Data:
		s.u64(k.near[k.g.Doc(o.Doc)])
	case plan.Listing:
		s.u64(k.lists[o.Lang])
		s.u64(k.index(o.Folder, o.Lang))
		if t := k.reg.ByFolder(o.Folder); t != nil {
			s.u64(k.listed[o.Lang][t.Name])
		}
	case plan.Home:
		s.u64(k.lists[o.Lang])
		s.u64(k.index("", o.Lang))
		for _, t := range k.reg.Types {
			s.u64(k.listed[o.Lang][t.Name])
		}
	case plan.NotFound:
		s.u64(k.lists[o.Lang])
	case plan.Catalogue:
		for _, d := range k.g.Docs {
			s.u64(card(d))
		}
	case plan.Attachment:
		s.u64(maphash.Bytes(keySeed, k.sources["content/"+o.Path]))
	case plan.Schema, plan.Static: // their files are in env
	default:
		return 0 // unknown: made every time
	}
	return uint64(s)
}

// index returns the neighbourhood of the _index document of a listing.
func (k *keyer) index(folder string, lang diag.Lang) uint64 {
	d := k.g.Index(folder, lang)
	if d == nil {
		return 0
	}
	if h, ok := k.near[d]; ok {
		return h
	}
	return k.neighbourhood(d)
}

// itemsSum hashes what a listing shows of its items.
func itemsSum(items []render.Item) uint64 {
	var s sum
	for _, it := range items {
		for _, v := range []string{it.Title, it.Summary, it.Href, it.Lang, it.Status, it.Modified} {
			s.str(v)
		}
		s.u64(uint64(it.Completeness))
	}
	return uint64(s)
}

// neighbourhood hashes what d's page and export read: d, its translations,
// its resolved references and links, and what they show of every document
// at the other end of one of its edges.
func (k *keyer) neighbourhood(d *page.Document) uint64 {
	var s sum
	s.u64(docSum(d))
	s.u64(k.vars[d.Key().AllLangs()])
	refs := k.g.Refs(d)
	ptrs := make([]string, 0, len(refs))
	for p := range refs {
		ptrs = append(ptrs, p)
	}
	slices.Sort(ptrs)
	for _, p := range ptrs {
		s.str(p)
		s.str(refs[p])
	}
	for _, t := range k.g.Links(d) {
		s.str(t.Href)
		s.str(t.HrefLang)
		if t.Set {
			s.u64(1)
		}
	}
	edges := func(es []graph.Edge, from bool) {
		for _, e := range es {
			other := e.To
			if from {
				other = e.From
			}
			for _, v := range []string{e.From.Type, e.From.ID, string(e.From.Lang), e.To.Type, e.To.ID, string(e.To.Lang), e.Pointer, e.Field.Key} {
				s.str(v)
			}
			s.u64(k.vars[other.AllLangs()])
		}
		s.u64(2)
	}
	edges(k.g.Out(d), false)
	edges(k.g.In(d), true)
	return uint64(s)
}

// docSum identifies a scanned document: its file, key and URL.
func docSum(d *page.Document) uint64 {
	s := sum(maphash.Bytes(keySeed, d.Hash[:]))
	for _, v := range []string{d.File.Path, d.Type.Name, d.ID, string(d.Lang), d.URL} {
		s.str(v)
	}
	return uint64(s)
}

// shownSum identifies what other documents' pages and exports show of d:
// its front matter (title, items), file, key and URL.
func shownSum(d *page.Document) uint64 {
	s := sum(maphash.Bytes(keySeed, d.FrontMatter()))
	for _, v := range []string{d.File.Path, d.Type.Name, d.ID, string(d.Lang), d.URL} {
		s.str(v)
	}
	return uint64(s)
}

// card hashes what the catalogue shows of d.
func card(d *page.Document) uint64 {
	var s sum
	for _, v := range []string{d.Type.Name, d.ID, string(d.Lang), d.URL, d.Title, d.Summary, d.Status, d.Modified} {
		s.str(v)
	}
	return uint64(s)
}

package site

import (
	"hash/maphash"
	"maps"
	"slices"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/export"
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
//	every output  the build's env: schemas, the theme's ids, base URL, drafts
//	every page    its layout's template files and the UI strings
//	page, data    the document and its neighbourhood: its translations, its
//	              resolved references and links, and the front matter and
//	              URL of every language version of each document it refers
//	              to or is referred to by (titles and items shown on the page)
//	              and of those its page reads beyond them (render.Reads: a
//	              self-evaluation's other phases and their criteria sets)
//	Innokylä      the same as data (of the default-language document), and
//	              which attachments are published (a path naming one is
//	              written as its URL); its pages also their layout
//	listing       the listing's _index text (with its neighbourhood) and the
//	              card of each listed document (what a listing shows of it)
//	home          the same for every type, and the situational picture:
//	              the front matter of every published document (render's
//	              picture reads projects, evaluations, monitoring and what
//	              they refer to, and the newest modified date of all)
//	project page  (a type with a picture of role project) also the front
//	              matter of what the documents referring to it refer to
//	              (an evaluation's criteria set, a monitoring's indicator
//	              set) and the picture's reference date
//	catalogue     the card of every published document
//	search page   its layout and what every page shows (the types)
//	references    the same: the field reference reads the schemas (in env),
//	              the code reference malli's code registry
//	search index  every published document's file, key and URL and what
//	              others show of it: the listed documents' text, keywords
//	              and target groups, and the titles their links show
//	type export   the neighbourhood of every document of the type
//	spreadsheet,  the front matter of every document that gives the file
//	long format   rows (export.RowsOf), of its translations and of the
//	              documents its fields refer to (keyer.fields): a type's
//	              documents in the default language; the scored ones with
//	              their subject and criteria set; the measured ones with
//	              their project and indicator set
//	graph         the card and the references of every document
//	every page    the cards of the types the layouts list on every page
//	              (render.Theme.SiteDocs)
//	sitemap       the card of every published document (URL, language,
//	              modified) and of each _index (the listings' dates), and
//	              the terms of every taxonomy
//	taxonomy,     its layout; the taxonomy's terms in every language (the
//	term          switcher) and, in its language, their titles and the
//	              card of each document of each term (render.Taxa.Sum)
//	listing       also its order, the front matter of its documents
//	              (list_fields, the values sorted by) and the terms of its
//	              type's taxonomies (the filters)
//	feed          what the language's listings show, and the UI strings
//	robots.txt    nothing but env (the base URL)
//
// A document is known here by its file's hash, key and URL: everything a
// scan makes of it follows from those and the env. A static file's and an
// attachment's key is its bytes' hash; the schemas are in env.

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
	th      *render.Theme
	sources map[string][]byte // content files by path: the attachments
	env     uint64
	cache   *keyCache                       // this build's, for the next
	listed  map[diag.Lang]map[string]uint64 // what listings show of each type
	assets  uint64                          // the published attachments' paths
	r       *render.Renderer                // the build's: its taxonomies' terms and lists
}

// keyCache is what a build's keys leave for the next build of a Session:
// each document's hashes, kept while their inputs are the same values.
type keyCache struct {
	shown map[page.Key]docHash // shownSum
	cards map[page.Key]docHash // card
	vars  map[page.Key]uint64  // all language versions of a document (key without language) -> what others show of them
	near  map[page.Key]nearby
	lists map[diag.Lang]uint64 // what every page of a language shows of the site's documents
	// picture is the front matter of every published document, ref the
	// newest modified date: what the situational picture reads.
	picture uint64
	ref     string
}

// docHash is a hash of what a document shows, and the document it was
// computed for: it holds while the build has that same document.
type docHash struct {
	doc *page.Document
	sum uint64
}

// nearby is a document's neighbourhood hash and the values it was made
// from: the document, its resolution, its backlinks and the documents
// beyond its edges that its page reads (render.Reads).
type nearby struct {
	doc   *page.Document
	res   *graph.Resolved
	in    []graph.Edge
	reads []page.Key
	sum   uint64
}

// outputKeys returns the key of each output, and what the next build's
// outputKeys may reuse (prev is the last build's, or nil). r is the
// build's renderer: its lists are what listings show.
func outputKeys(g *graph.Graph, reg *schema.Registry, r *render.Renderer, sources map[string][]byte, env uint64, outputs []plan.Output, prev *keyCache) ([]uint64, *keyCache) {
	if prev == nil {
		prev = &keyCache{}
	}
	c := &keyCache{shown: make(map[page.Key]docHash, len(g.All())), cards: make(map[page.Key]docHash, len(g.Docs)), vars: make(map[page.Key]uint64, len(g.All())), near: make(map[page.Key]nearby, len(g.Docs)), lists: map[diag.Lang]uint64{}}
	k := &keyer{g: g, reg: reg, th: r.Theme(), sources: sources, env: env, cache: c,
		listed: map[diag.Lang]map[string]uint64{}, assets: assetsSum(g), r: r}
	for _, d := range g.All() {
		s, ok := prev.shown[d.Key()]
		if !ok || s.doc != d {
			s = docHash{d, shownSum(d)}
		}
		c.shown[d.Key()] = s
		c.vars[d.Key().AllLangs()] ^= s.sum // order-free: each language version once
	}
	changed := map[page.Key]bool{} // documents whose versions show something else than in prev
	for key, v := range c.vars {
		if prev.vars[key] != v {
			changed[key] = true
		}
	}
	for key := range prev.vars {
		if _, ok := c.vars[key]; !ok {
			changed[key] = true
		}
	}
	near := make([]nearby, len(g.Docs))
	parallel.Do(len(g.Docs), func(i int) {
		d := g.Docs[i]
		n := nearby{doc: d, res: g.Resolution(d), in: g.In(d), reads: render.Reads(g, d)}
		if old, ok := prev.near[d.Key()]; ok && old.doc == d && old.res == n.res && sameEdges(old.in, n.in) && slices.Equal(old.reads, n.reads) && !k.touches(d, changed) && !readsChanged(n.reads, changed) {
			n.sum = old.sum
		} else {
			n.sum = k.neighbourhood(d)
		}
		near[i] = n
	})
	for i, d := range g.Docs {
		c.near[d.Key()] = near[i]
		cs, ok := prev.cards[d.Key()]
		if !ok || cs.doc != d {
			cs = docHash{d, card(d)}
		}
		c.cards[d.Key()] = cs
	}
	var pic sum
	for _, d := range g.Docs {
		pic.u64(c.shown[d.Key()].sum)
		if d.Modified > c.ref {
			c.ref = d.Modified
		}
	}
	c.picture = uint64(pic)
	siteDocs, all := r.Theme().SiteDocs()
	for _, lang := range diag.Langs {
		k.listed[lang] = map[string]uint64{}
		s := sum(env)
		for _, t := range reg.Types {
			h := k.listSum(r.Listed(lang, t.Name), lang)
			k.listed[lang][t.Name] = h
			if all || slices.Contains(siteDocs, t.Name) {
				s.str(t.Name)
				s.u64(h)
			}
		}
		c.lists[lang] = uint64(s)
	}
	keys := make([]uint64, len(outputs))
	parallel.Do(len(outputs), func(i int) { keys[i] = k.key(outputs[i]) })
	return keys, c
}

// replacedKeys is outputKeys for g, which differs from the Graph that prev
// was made for only in having d in place of the document of its key
// (graph.Replace), with the same front matter and card: it returns the
// keys of outputs, d's own, and prev with d's hashes.
func replacedKeys(g *graph.Graph, reg *schema.Registry, th *render.Theme, env uint64, prev *keyCache, d *page.Document, outputs []plan.Output) ([]uint64, *keyCache) {
	c := *prev
	c.shown, c.cards, c.near = maps.Clone(prev.shown), maps.Clone(prev.cards), maps.Clone(prev.near)
	k0 := d.Key()
	c.shown[k0] = docHash{d, prev.shown[k0].sum} // the same front matter
	c.cards[k0] = docHash{d, prev.cards[k0].sum} // the same card
	k := &keyer{g: g, reg: reg, th: th, env: env, cache: &c, assets: assetsSum(g)}
	c.near[k0] = nearby{doc: d, res: g.Resolution(d), in: g.In(d), reads: render.Reads(g, d), sum: k.neighbourhood(d)}
	keys := make([]uint64, len(outputs))
	for i, o := range outputs {
		keys[i] = k.key(o)
	}
	return keys, &c
}

// touches reports whether d, or a document at the other end of one of its
// edges, is in changed.
func (k *keyer) touches(d *page.Document, changed map[page.Key]bool) bool {
	if len(changed) == 0 {
		return false
	}
	if changed[d.Key().AllLangs()] {
		return true
	}
	for _, e := range k.g.Out(d) {
		if changed[e.To.AllLangs()] {
			return true
		}
	}
	for _, e := range k.g.In(d) {
		if changed[e.From.AllLangs()] {
			return true
		}
	}
	return false
}

// readsChanged reports whether one of the documents reads (keys in all
// languages) is in changed.
func readsChanged(reads []page.Key, changed map[page.Key]bool) bool {
	for _, r := range reads {
		if changed[r] {
			return true
		}
	}
	return false
}

// sameEdges reports whether a and b are the same slice.
func sameEdges(a, b []graph.Edge) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

func (k *keyer) key(o plan.Output) uint64 {
	// The key is compared with the key of the same path only: it needs
	// no path, only what is made there.
	s := sum(k.env)
	s.str(string(o.Kind))
	switch o.Kind {
	case plan.Page:
		d := k.g.Doc(o.Doc)
		k.layout(&s, d.Type.Name)
		s.u64(k.cache.lists[d.Lang])
		s.u64(k.cache.near[d.Key()].sum)
		if p := d.Type.Picture; p != nil && p.Role == schema.PictureProject {
			s.u64(k.hub(d))
		}
	case plan.Data:
		s.u64(k.cache.near[o.Doc].sum)
	case plan.InnokylaData:
		s.u64(k.cache.near[o.Doc].sum)
		s.u64(k.assets)
	case plan.InnokylaPage:
		k.layout(&s, "innokyla")
		s.str(string(o.Lang))
		s.u64(k.cache.lists[o.Lang])
		s.u64(k.cache.near[o.Doc].sum)
		s.u64(k.assets)
	case plan.Listing:
		k.layout(&s, "list")
		s.str(o.Order)
		s.u64(k.cache.lists[o.Lang])
		s.u64(k.index(o.Folder, o.Lang))
		if t := k.reg.ByFolder(o.Folder); t != nil {
			s.u64(k.listed[o.Lang][t.Name])
			k.listFacts(&s, o.Lang, t)
		}
	case plan.Home:
		k.layout(&s, "home")
		s.u64(k.cache.lists[o.Lang])
		s.u64(k.index("", o.Lang))
		for _, t := range k.reg.Types {
			s.u64(k.listed[o.Lang][t.Name])
		}
		s.u64(k.cache.picture)
	case plan.TaxonomyIndex, plan.Term:
		if k.r == nil {
			return 0
		}
		k.layout(&s, "taxonomy")
		s.str(string(o.Lang))
		s.str(o.Term)
		s.u64(k.cache.lists[o.Lang])
		k.taxonomy(&s, o.Lang, o.Folder)
	case plan.NotFound:
		k.layout(&s, "404")
		s.u64(k.cache.lists[o.Lang])
	case plan.Search:
		k.layout(&s, "search")
		s.u64(k.cache.lists[o.Lang])
	case plan.FieldRef, plan.CodeRef: // the schemas are in env, the codes in malli
		k.layout(&s, "reference")
		s.u64(k.cache.lists[o.Lang])
	case plan.SearchIndex:
		s.str(string(o.Lang))
		for _, d := range k.g.Docs {
			s.u64(docSum(d))
			s.u64(k.cache.shown[d.Key()].sum)
		}
	case plan.Catalogue:
		for _, d := range k.g.Docs {
			s.u64(k.cache.cards[d.Key()].sum)
		}
	case plan.Export:
		if rows := export.RowsOf(k.reg, o.Path); rows != nil { // a spreadsheet or long-format file
			for _, d := range k.g.Docs {
				if rows(d) {
					s.u64(k.fields(d))
				}
			}
			break
		}
		for _, d := range k.g.Docs {
			switch o.Path {
			case export.GraphPath: // each document's card and references
				if d.Lang != page.DefaultLang {
					continue
				}
				s.u64(k.cache.cards[d.Key()].sum)
				for _, e := range k.g.Out(d) {
					s.str(e.To.String())
					s.str(e.Pointer)
				}
			case export.TypePath(d.Type.Name):
				s.u64(k.cache.near[d.Key()].sum)
			}
		}
	case plan.Sitemap: // every page's URL, language, translations and modified date
		for _, d := range k.g.Docs {
			s.u64(k.cache.cards[d.Key()].sum)
		}
		if k.r == nil {
			return 0
		}
		for _, lang := range diag.Langs { // the taxonomy pages
			for _, x := range k.reg.Taxonomies {
				k.taxonomy(&s, lang, x.Folder)
			}
		}
	case plan.Feed: // what the language's listings show, and the UI strings
		k.layout(&s, "home")
		for _, t := range k.reg.Types {
			s.u64(k.listed[o.Lang][t.Name])
		}
	case plan.Robots: // the base URL, in env
	case plan.Attachment:
		s.u64(maphash.Bytes(keySeed, k.sources["content/"+o.Path]))
	case plan.Static:
		data, _ := k.th.Static(o.Path)
		s.u64(maphash.Bytes(keySeed, data))
	case plan.Schema, plan.ExportSchema: // the schemas are in env; the export schemas, in malli
	default:
		return 0 // unknown: made every time
	}
	return uint64(s)
}

// hub hashes what a project's hub reads beyond its neighbourhood: the
// front matter of what the documents referring to it refer to, and the
// reference date of what is due.
func (k *keyer) hub(d *page.Document) uint64 {
	s := sum(1)
	s.str(k.cache.ref)
	for _, e := range k.g.In(d) {
		from := k.g.Doc(e.From)
		if from == nil {
			continue
		}
		for _, o := range k.g.Out(from) {
			s.str(o.Pointer)
			s.u64(k.cache.vars[o.To.AllLangs()])
		}
	}
	return uint64(s)
}

// taxonomy writes what the pages of the taxonomy in folder show in lang:
// its terms in every language (render.Taxa.Sum) and the card of each
// document of a term in lang.
func (k *keyer) taxonomy(s *sum, lang diag.Lang, folder string) {
	k.r.Taxa().Sum(lang, folder, s.str, func(d *page.Document) {
		s.u64(k.cache.cards[d.Key()].sum)
		s.str(string(d.Lang))
	})
}

// listFacts writes what a listing of type t shows besides the cards: the
// front matter of its documents (the facts of list_fields) and the terms
// of its taxonomies (the filters).
func (k *keyer) listFacts(s *sum, lang diag.Lang, t *schema.Type) {
	if k.r == nil {
		return
	}
	for _, folder := range t.Taxonomies {
		k.taxonomy(s, lang, folder)
	}
	for _, d := range k.r.Listed(lang, t.Name) {
		s.u64(k.cache.shown[d.Key()].sum)
	}
}

// assetsSum hashes the paths of g's published attachments.
func assetsSum(g *graph.Graph) uint64 {
	var s sum
	for _, a := range g.Assets {
		s.str(a)
	}
	return uint64(s)
}

// layout writes the hash of the theme files a page of kind is rendered with.
func (k *keyer) layout(s *sum, kind string) {
	h := k.th.LayoutSum(k.th.Layout(kind))
	s.u64(maphash.Bytes(keySeed, h[:]))
}

// index returns the neighbourhood of the _index document of a listing.
func (k *keyer) index(folder string, lang diag.Lang) uint64 {
	d := k.g.Index(folder, lang)
	if d == nil {
		return 0
	}
	if n, ok := k.cache.near[d.Key()]; ok && n.doc == d {
		return n.sum
	}
	return k.neighbourhood(d)
}

// listSum hashes what a listing in lang shows of docs.
func (k *keyer) listSum(docs []*page.Document, lang diag.Lang) uint64 {
	var s sum
	for _, d := range docs {
		s.u64(k.cache.cards[d.Key()].sum)
		if d.Lang != lang {
			s.u64(1)
		}
	}
	return uint64(s)
}

// neighbourhood hashes what d's page and export read: d, its translations,
// its resolved references, links and due dates, and what they show of
// every document at the other end of one of its edges.
func (k *keyer) neighbourhood(d *page.Document) uint64 {
	var s sum
	s.u64(docSum(d))
	s.u64(k.cache.vars[d.Key().AllLangs()])
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
	for _, u := range k.g.Due(d) {
		s.str(u.Pointer)
		s.str(u.Date)
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
			s.u64(k.cache.vars[other.AllLangs()])
		}
		s.u64(2)
	}
	edges(k.g.Out(d), false)
	edges(k.g.In(d), true)
	// The documents beyond its edges that its page shows (render.Reads):
	// a self-evaluation's other phases, its subject's evaluations' sets.
	for _, r := range render.Reads(k.g, d) {
		s.str(r.String())
		s.u64(k.cache.vars[r])
	}
	return uint64(s)
}

// fields hashes what the spreadsheets and the long-format files read of
// d: the front matter, key and URL of each of its language versions
// (which are published, and their languages), and each front matter
// reference with the front matter and URL of the document it names. Not
// the body: a body edit leaves them as they were (Session.bodyOnly does
// not make them again).
func (k *keyer) fields(d *page.Document) uint64 {
	s := sum(k.cache.vars[d.Key().AllLangs()])
	for _, e := range k.g.Out(d) {
		if e.Pointer != "" {
			s.str(e.Pointer)
			s.str(e.To.String())
			s.u64(k.cache.vars[e.To.AllLangs()])
		}
	}
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

// card hashes what listings and the catalogue show of d.
func card(d *page.Document) uint64 {
	var s sum
	for _, v := range []string{d.Type.Name, d.ID, string(d.Lang), d.URL, d.Title, d.Summary, d.Status, d.Modified} {
		s.str(v)
	}
	// The readiness figures: a listing shows the percentages (render.Item),
	// the catalogue also what is missing.
	readiness := func(r page.Readiness) {
		s.u64(uint64(r.Percent))
		for _, n := range r.Missing() {
			s.str(n.Section)
			s.str(n.Innokyla)
			for _, f := range n.Fields {
				s.str(f)
			}
		}
	}
	readiness(d.Publishing)
	if d.Innokyla != nil {
		s.u64(1)
		readiness(*d.Innokyla)
	}
	return uint64(s)
}

package render

import (
	"maps"
	"sync"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/parallel"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/search"
)

// SearchScript is the theme's script of the search pages
// (layouts/search.html); the index of the page's language
// (search.Path) is loaded before it.
const SearchScript = "static/search.js"

// SearchFolder is the search page's folder in every language.
const SearchFolder = "haku"

// SearchURL is the search page of lang: "/haku/", "/sv/haku/", "/en/haku/".
func SearchURL(lang diag.Lang) string { return langPrefix(lang) + "/" + SearchFolder + "/" }

// Search renders lang's search page: a form that search.js answers from
// the index, and, for a reader without JavaScript, links to the listings.
func (r *Renderer) Search(lang diag.Lang, dataDir string) ([]byte, error) {
	p := r.newPage(lang, "search", SearchURL(lang), nil)
	p.Title = r.th.T(lang, "search")
	p.Scripts = []string{search.Path(dataDir, string(lang)), SearchScript}
	for _, t := range r.reg.Types {
		if !t.IndexFiles {
			p.Groups = append(p.Groups, Group{Type: typeInfo(r.g, t, lang)})
		}
	}
	return r.execute("search", p)
}

// SearchIndex returns lang's search index file (search.File): the
// documents each listing in lang shows, in the order of the types and the
// listings, with the words of their text, keywords and target groups. A
// document's entry is made once per Renderer and kept by a Renderer made
// With another graph while the document stays the same.
func (r *Renderer) SearchIndex(lang diag.Lang) ([]byte, error) {
	stems := r.bodyStems()
	c := r.stems
	prev := c.prevEntries[lang]
	var docs []*page.Document
	var labels []string
	for _, t := range r.reg.Types {
		if t.IndexFiles {
			continue
		}
		for _, d := range r.listed[lang][t.Name] {
			if cur := r.g.Doc(d.Key()); cur != nil {
				d = cur // r.With's graph: the same list, a document's new body
			}
			docs, labels = append(docs, d), append(labels, t.Label.In(lang))
		}
	}
	entries := make([][]byte, len(docs))
	made := make(map[page.Key]docEntry, len(docs))
	for i, d := range docs {
		if p, ok := prev[d.Key()]; ok && p.from == d {
			entries[i] = p.entry
		} else {
			sd := search.Doc{Title: d.Title, Type: labels[i], URL: r.g.Href(d.URL), Summary: d.Summary, Stems: stems[d.Key()].stems}
			if d.Lang != lang {
				sd.Lang = string(d.Lang)
			}
			if d.Front != nil && d.Report != nil {
				for _, key := range []string{"keywords", "target_groups"} {
					if n := d.Front.Get(key); n != nil && !hidden[key] {
						sd.Texts = appendTexts(sd.Texts, field(r.g, d, lang, "/"+key, key, n))
					}
				}
			}
			e, err := search.Entry(sd)
			if err != nil {
				return nil, err
			}
			entries[i] = e
		}
		made[d.Key()] = docEntry{d, entries[i]}
	}
	c.mu.Lock()
	if c.entries == nil {
		c.entries = map[diag.Lang]map[page.Key]docEntry{}
	}
	c.entries[lang] = made
	c.mu.Unlock()
	return search.File(string(lang), entries)
}

// docEntry is a document's entry in one language's index, and the
// document it was made from.
type docEntry struct {
	from  *page.Document
	entry []byte
}

// stemCache holds, for one Renderer, the stems of each listed document's
// title, summary and body text: the same in every language's index, an
// untranslated document being in all three. A Renderer made With another
// graph takes over the stems of the documents the graphs share.
type stemCache struct {
	once sync.Once
	mu   sync.Mutex // guards made, which once fills, and entries
	made map[page.Key]docStems
	// entries are the entries of each language's index (SearchIndex).
	entries map[diag.Lang]map[page.Key]docEntry
	// What the Renderer r was made With had made: reused for the
	// documents that stayed the same.
	prevStems   map[page.Key]docStems
	prevEntries map[diag.Lang]map[page.Key]docEntry
}

// next returns the cache of a Renderer made With another graph: empty,
// with what c has made to reuse (and nothing older, so that a preview's
// edits do not pile up).
func (c *stemCache) next() *stemCache {
	c.mu.Lock()
	defer c.mu.Unlock()
	return &stemCache{prevStems: c.made, prevEntries: maps.Clone(c.entries)}
}

// docStems are the stems of the document they were made from. They are
// keyed by the document's Key; from tells whether the document under that
// key is still the one they were made from (a scan makes a new Document
// for a changed file and never changes one).
type docStems struct {
	from  *page.Document
	stems []string
}

// bodyStems returns the stems of every listed document, made on all
// cores when the first index asks for them.
func (r *Renderer) bodyStems() map[page.Key]docStems {
	c := r.stems
	c.once.Do(func() {
		prev := c.prevStems
		var docs []*page.Document
		seen := map[page.Key]bool{}
		for _, l := range diag.Langs {
			for _, t := range r.reg.Types {
				for _, d := range r.listed[l][t.Name] {
					if t.IndexFiles || seen[d.Key()] {
						continue
					}
					seen[d.Key()] = true
					if cur := r.g.Doc(d.Key()); cur != nil {
						d = cur // r.With's graph: a document's new body
					}
					docs = append(docs, d)
				}
			}
		}
		made := make([]docStems, len(docs))
		parallel.Do(len(docs), func(i int) {
			d := docs[i]
			if p, ok := prev[d.Key()]; ok && p.from == d { // the same document, unchanged
				made[i] = p
				return
			}
			made[i] = docStems{d, search.Stems(d.Title, d.Summary, search.Text([]byte(r.bodies(d))))}
		})
		m := make(map[page.Key]docStems, len(docs))
		for i, d := range docs {
			m[d.Key()] = made[i]
		}
		c.mu.Lock()
		c.made = m
		c.mu.Unlock()
	})
	return c.made
}

// appendTexts appends the texts of f and of its items and fields.
func appendTexts(texts []string, f Field) []string {
	if f.Text != "" {
		texts = append(texts, f.Text)
	}
	for _, c := range f.Items {
		texts = appendTexts(texts, c)
	}
	for _, c := range f.Fields {
		texts = appendTexts(texts, c)
	}
	return texts
}

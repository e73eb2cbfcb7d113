package graph

import (
	"path"
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// index is every document, attachment and generated page of a build, by
// the ways documents refer to each other. It is built once, serially, and
// only read afterwards (also by the parallel resolution).
type index struct {
	opts     Options
	unique   []*page.Document            // documents that are not duplicates, by file path
	docs     map[page.Key]*page.Document // by key
	byPath   map[string]*page.Document   // by content-relative file path
	byURL    map[string]*page.Document   // by site-relative URL
	assets   map[string]bool             // content-relative attachment path -> published
	pages    map[string]bool             // URLs of generated pages
	paths    []string                    // content-relative paths of documents, sorted: candidates for link hints
	sorted   []*page.Document            // every document, by file path
	shapeSum uint64                      // shape(), for Options.Previous
	shapes   map[string]placeSum         // each document's part of shapeSum, by file path
}

func newIndex(docs []*page.Document, assets []string, opts Options) (*index, diag.List) {
	var diags diag.List
	idx := &index{
		opts:   opts,
		docs:   make(map[page.Key]*page.Document, len(docs)),
		byPath: make(map[string]*page.Document, len(docs)),
		byURL:  make(map[string]*page.Document, len(docs)),
		assets: make(map[string]bool, len(assets)),
		pages:  make(map[string]bool, len(opts.Pages)),
	}
	for _, p := range opts.Pages {
		idx.pages[p] = true
	}
	sorted := append([]*page.Document(nil), docs...) // the caller's slice stays as it is
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].File.Path < sorted[j].File.Path })
	idx.sorted = sorted

	// A bundle's attachments are published with it: not while every
	// language version of it is a draft.
	bundles := map[string]bool{} // bundle folder -> published
	for _, d := range sorted {
		if strings.HasPrefix(path.Base(d.File.Rel), "index.") {
			bundles[d.Dir] = bundles[d.Dir] || idx.published(d)
		}
	}
	for _, a := range assets {
		idx.assets[a] = !inDraftBundle(a, bundles)
	}

	for _, d := range sorted {
		idx.byPath[d.File.Rel] = d
		idx.paths = append(idx.paths, d.File.Rel)
		idx.byURL[d.URL] = d
		if first := idx.docs[d.Key()]; first != nil {
			dg := diags.Errorf(d.PointerPos("/id", true), diag.IDDuplicate, d.ID, schema.Field{Key: d.Type.Name, Label: d.Type.Label})
			dg.Related = append(dg.Related, diag.Note{Pos: first.PointerPos("/id", true), Code: diag.NoteFirstDefined})
			continue
		}
		idx.docs[d.Key()] = d
		idx.unique = append(idx.unique, d)
	}
	for _, d := range idx.unique {
		if d.Lang != page.DefaultLang && idx.docs[d.Key().In(page.DefaultLang)] == nil {
			diags.Errorf(diag.Pos{File: d.File.Path, Line: 1, Col: 1}, diag.TranslationOrphan, d.File.Rel, strings.TrimSuffix(d.File.Rel, "."+string(d.Lang)+".md")+".md")
		}
	}
	var prevShapes map[string]placeSum
	if opts.Previous != nil {
		prevShapes = opts.Previous.idx.shapes
	}
	idx.shapeSum, idx.shapes = idx.shape(prevShapes)
	idx.opts.Previous = nil // a Graph does not keep the one before it alive
	return idx, diags
}

func (idx *index) published(d *page.Document) bool {
	return d.Status != "draft" || idx.opts.Drafts
}

// publishedDocs returns the published documents, sorted by URL.
func (idx *index) publishedDocs() []*page.Document {
	var out []*page.Document
	for _, d := range idx.unique {
		if idx.published(d) {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out
}

// publishedAssets returns the attachments that are published, sorted.
func (idx *index) publishedAssets() []string {
	var out []string
	for a, ok := range idx.assets {
		if ok {
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}

// variant returns the document of k in lang, or in the default language
// when there is no published translation, or nil.
func (idx *index) variant(k page.Key, lang diag.Lang) *page.Document {
	if d := idx.docs[k.In(lang)]; d != nil && idx.published(d) {
		return d
	}
	return idx.docs[k.In(page.DefaultLang)]
}

// lookup finds a document of one of types with id, in lang if translated.
func (idx *index) lookup(types []string, id string, lang diag.Lang) *page.Document {
	for _, t := range types {
		if d := idx.variant(page.Key{Type: t, ID: id}, lang); d != nil {
			return d
		}
	}
	return nil
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

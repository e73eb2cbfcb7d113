package graph

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"
	"maps"
	"slices"

	"github.com/malli-fi/malli/site/page"
)

// A document's resolution reads the document itself, the shape of the
// index (which keys, files, URLs, anchors and attachments exist and which
// are published) and the documents it finds. So Resolve may keep what an
// earlier Graph (Options.Previous) resolved for a document when the shape
// is the same, the document is the same value, it had no problem (a
// problem may come from a lookup that found nothing, or from a check that
// read another document) and every language version of every document it
// references or links to is the same value as then. Everything else is
// resolved again, so the Graph is the one a fresh Resolve gives. The
// checks that read another document (scores against a criteria set, a
// ratio, requirements and due dates from a programme, in any of its
// languages, a criterion's measures against the subject's, the counts of
// persons an indicator set's indicators stand for) read only documents d
// references, so its edges name everything they read.

var shapeSeed = maphash.MakeSeed()

// placeSum is a document's part of the shape, and the document.
type placeSum struct {
	doc *page.Document
	sum uint64
}

// shape hashes what every document's resolution may read of the index.
// Each document's part is kept in shapes, by file, so that a rebuild
// hashes only the documents that are not the same as in prev.
func (idx *index) shape(prev map[string]placeSum) (uint64, map[string]placeSum) {
	var h maphash.Hash
	h.SetSeed(shapeSeed)
	word := func(s string) { h.WriteString(s); h.WriteByte(0) }
	flag := func(b bool) {
		if b {
			h.WriteByte(1)
		} else {
			h.WriteByte(0)
		}
	}
	word(idx.opts.BasePath)
	flag(idx.opts.Drafts)
	for _, p := range idx.opts.Pages {
		word(p)
	}
	shapes := make(map[string]placeSum, len(idx.sorted))
	var b [8]byte
	for _, d := range idx.sorted {
		s, ok := prev[d.File.Path]
		if !ok || s.doc != d {
			s = placeSum{d, docShape(d)}
		}
		shapes[d.File.Path] = s
		binary.LittleEndian.PutUint64(b[:], s.sum)
		h.Write(b[:])
		flag(idx.published(d))
	}
	assets := make([]string, 0, len(idx.assets))
	for a := range idx.assets {
		assets = append(assets, a)
	}
	slices.Sort(assets)
	for _, a := range assets {
		word(a)
		flag(idx.assets[a])
	}
	return h.Sum64(), shapes
}

// docShape hashes what other documents' resolution may read of d's
// place in the index (whether it is published is the index's to say).
func docShape(d *page.Document) uint64 {
	var h maphash.Hash
	h.SetSeed(shapeSeed)
	for _, s := range []string{d.File.Path, d.Type.Name, d.ID, string(d.Lang), d.URL, d.Dir} {
		h.WriteString(s)
		h.WriteByte(0)
	}
	if d.IsIndex {
		h.WriteByte(1)
	}
	var anchors uint64 // order-free
	for a := range d.Anchors {
		anchors ^= maphash.String(shapeSeed, a)
	}
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], anchors)
	h.Write(b[:])
	return h.Sum64()
}

// replaced returns the keys (without language) of the documents that are
// not the same value in idx as in prev's index: changed, added or removed.
func (idx *index) replaced(prev *Graph) map[page.Key]bool {
	out := map[page.Key]bool{}
	for k, d := range idx.docs {
		if prev.idx.docs[k] != d {
			out[k.AllLangs()] = true
		}
	}
	for k := range prev.idx.docs {
		if idx.docs[k] == nil {
			out[k.AllLangs()] = true
		}
	}
	return out
}

// reusable returns prev's resolution of d when it is still right (see
// above); replaced is idx.replaced(prev).
func (idx *index) reusable(prev *Graph, replaced map[page.Key]bool, d *page.Document) (*Resolved, bool) {
	if prev == nil || prev.shape != idx.shapeSum || !prev.clean[d.Key()] || prev.idx.docs[d.Key()] != d {
		return nil, false
	}
	r := prev.resolved[d.Key()]
	if len(replaced) > 0 {
		for _, e := range r.Out {
			if replaced[e.To.AllLangs()] {
				return nil, false
			}
		}
	}
	return r, true
}

// Replace returns g with d in place of the document of the same file: the
// Graph Resolve would give for g's documents with d among them, when d
// changes nothing another document's resolution or backlinks read — the
// same place in the index (key, URL, anchors), the same front matter, no
// problem in its resolution and the same backlinks. Otherwise ok is false
// and the caller must Resolve.
func (g *Graph) Replace(d *page.Document) (replaced *Graph, ok bool) {
	k := d.Key()
	old := g.idx.docs[k]
	if old == nil || old == d || old.File.Path != d.File.Path || !g.clean[k] ||
		g.idx.published(old) != g.idx.published(d) || docShape(old) != docShape(d) ||
		!bytes.Equal(old.FrontMatter(), d.FrontMatter()) {
		return nil, false
	}
	r := g.idx.resolve(d) // the index has old in d's place: the same place
	if len(r.diags) > 0 || len(r.misses) > 0 || !sameBacklinks(g.backlinks(old, g.resolved[k].Out), g.backlinks(d, r.Out)) {
		return nil, false
	}
	swap := func(docs []*page.Document) []*page.Document {
		out := slices.Clone(docs)
		if i := slices.Index(out, old); i >= 0 {
			out[i] = d
		}
		return out
	}
	idx := *g.idx
	idx.docs, idx.byPath, idx.byURL, idx.shapes = maps.Clone(idx.docs), maps.Clone(idx.byPath), maps.Clone(idx.byURL), maps.Clone(idx.shapes)
	idx.docs[k], idx.byPath[d.File.Rel], idx.byURL[d.URL] = d, d, d
	idx.shapes[d.File.Path] = placeSum{d, docShape(d)}
	idx.unique, idx.sorted = swap(idx.unique), swap(idx.sorted)
	out := *g
	out.idx, out.Docs = &idx, swap(g.Docs)
	out.resolved, out.clean = maps.Clone(g.resolved), maps.Clone(g.clean)
	out.resolved[k] = &r.Resolved
	return &out, true
}

package site

import (
	"context"
	"fmt"
	"html/template"
	"io/fs"
	"strings"

	"github.com/malli-fi/malli/schemas"
	"github.com/malli-fi/malli/site/export"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/internal/parallel"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/plan"
	"github.com/malli-fi/malli/site/publish"
	"github.com/malli-fi/malli/site/render"
	"github.com/malli-fi/malli/site/schema"
)

// emitter makes the bytes of each planned output from the resolved site.
type emitter struct {
	g       *graph.Graph
	reg     *schema.Registry
	th      *render.Theme
	r       *render.Renderer
	sources map[string][]byte // content files by path: the attachments
	baseURL string            // absolute base URL, for the schemas' $id
	// docFiles, when set, holds the documents' files (by data path) that a
	// type's export is made from (emitAgain).
	docFiles map[string][]byte
}

func newEmitter(g *graph.Graph, reg *schema.Registry, th *render.Theme, sources map[string][]byte, baseURL string) *emitter {
	e := &emitter{g: g, reg: reg, th: th, sources: sources, baseURL: baseURL}
	e.r = render.New(th, g, reg, func(d *page.Document) template.HTML { return template.HTML(e.body(d)) }).At(baseURL)
	return e
}

// with returns e emitting g (see render.Renderer.With).
func (e *emitter) with(g *graph.Graph) *emitter {
	c := *e
	c.g = g
	c.r = e.r.With(g, func(d *page.Document) template.HTML { return template.HTML(c.body(d)) })
	return &c
}

// exports returns the exports of the site e emits.
func (e *emitter) exports() export.Site {
	s := export.New(e.g, e.reg, e.baseURL)
	if e.docFiles != nil {
		s.DocFiles = func(d *page.Document) []byte { return e.docFiles[export.DataPath(d)] }
	}
	return s
}

// body is d's HTML with its links resolved. A document's page and its
// export each fill it: filling is one copy, cheaper than keeping every
// body of the site in memory until the end.
func (e *emitter) body(d *page.Document) []byte { return d.Body.Fill(e.g.Links(d)) }

// emit makes every output and writes it to one transaction of pub. Any
// failure or cancellation aborts the transaction: the previous output
// stays as it was. tick, when not nil, is called after each output.
func (e *emitter) emit(ctx context.Context, pub publish.Publisher, outputs []plan.Output, tick func()) error {
	tx, err := pub.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Abort() // after Commit, a no-op
	errs := make([]error, len(outputs))
	parallel.Do(len(outputs), func(i int) {
		if err := ctx.Err(); err != nil {
			errs[i] = err
			return
		}
		data, err := e.output(outputs[i])
		if err == nil {
			err = tx.Write(outputs[i].Path, data)
		}
		errs[i] = err
		if tick != nil {
			tick()
		}
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return tx.Commit()
}

// output makes the bytes of one output.
func (e *emitter) output(o plan.Output) ([]byte, error) {
	switch o.Kind {
	case plan.Home:
		return e.r.Home(o.Lang)
	case plan.Listing:
		return e.r.Listing(o.Lang, o.Folder, o.Order)
	case plan.NotFound:
		return e.r.NotFound(o.Lang)
	case plan.TaxonomyIndex:
		return e.r.TaxonomyIndex(o.Lang, o.Folder)
	case plan.Term:
		return e.r.TaxonomyTerm(o.Lang, o.Folder, o.Term)
	case plan.Search:
		return e.r.Search(o.Lang, export.Dir)
	case plan.FieldRef:
		return e.r.FieldReference(o.Lang)
	case plan.CodeRef:
		return e.r.CodeReference(o.Lang)
	case plan.SearchIndex:
		return e.r.SearchIndex(o.Lang)
	case plan.Page:
		return e.r.Document(e.g.Doc(o.Doc))
	case plan.Catalogue:
		return e.exports().Catalogue()
	case plan.Data:
		d := e.g.Doc(o.Doc)
		return e.exports().Doc(d, e.body(d))
	case plan.InnokylaData:
		d := e.g.Doc(o.Doc)
		return e.exports().InnokylaDoc(d, e.body(d))
	case plan.InnokylaPage:
		d := e.g.Doc(o.Doc)
		return e.r.Innokyla(d, o.Lang, e.exports().Innokyla(d, e.body(d)))
	case plan.Export:
		x := e.exports()
		for _, f := range x.Files() {
			if f.Path == o.Path {
				return f.Make(x, e.body)
			}
		}
	case plan.Schema:
		name := o.Path[len("schemas/"):]
		return schema.Publish(e.reg.Files[name], e.baseURL+"schemas/"+name), nil
	case plan.ExportSchema:
		if data, err := fs.ReadFile(schemas.ExportFS, o.Path[len("schemas/"):]); err == nil {
			return schema.Publish(data, e.baseURL+o.Path), nil
		}
	case plan.Sitemap:
		return e.r.Sitemap(e.baseURL), nil
	case plan.Robots:
		return e.r.Robots(e.baseURL), nil
	case plan.Feed:
		return e.r.Feed(o.Lang, e.baseURL), nil
	case plan.Static:
		if data, ok := e.th.Static(o.Path); ok {
			return data, nil
		}
	case plan.Attachment:
		if data, ok := e.sources["content/"+o.Path]; ok {
			return data, nil
		}
	}
	return nil, fmt.Errorf("internal error: nothing makes planned output %s (%s)", o.Path, o.Kind)
}

// emitted is an output as a Session keeps it: its key and bytes.
type emitted struct {
	key  uint64
	data []byte
}

// emitAgain makes every output whose key is 0 or differs from its key in
// prev, takes prev's bytes for the others, and returns every output and
// how many it made. A type's export (data/<type>.json) is made last, from
// the files of its documents just made or kept (export.Site.DocJSON), so
// that an edit of one document encodes that document once, not its whole
// type again.
func (e *emitter) emitAgain(ctx context.Context, outputs []plan.Output, keys []uint64, prev map[string]emitted) (map[string]emitted, int, error) {
	made := make([]emitted, len(outputs))
	fresh := make([]bool, len(outputs))
	errs := make([]error, len(outputs))
	var first, last []int // the type exports are last
	for i, o := range outputs {
		if o.Kind == plan.Export && strings.HasPrefix(o.Path, export.Dir+"/") && e.typeExport(o.Path) {
			last = append(last, i)
		} else {
			first = append(first, i)
		}
	}
	var docFiles map[string][]byte // data path -> the document's file, for the type exports
	step := func(idx []int, x *emitter) {
		parallel.Do(len(idx), func(j int) {
			i := idx[j]
			if err := ctx.Err(); err != nil {
				errs[i] = err
				return
			}
			o := outputs[i]
			if old, ok := prev[o.Path]; ok && keys[i] != 0 && old.key == keys[i] {
				made[i] = old
				return
			}
			data, err := x.output(o)
			made[i], fresh[i], errs[i] = emitted{key: keys[i], data: data}, true, err
		})
	}
	step(first, e)
	if len(last) > 0 {
		docFiles = make(map[string][]byte, len(prev))
		for p, o := range prev { // kept files of documents this batch does not make
			if strings.HasPrefix(p, export.Dir+"/") {
				docFiles[p] = o.data
			}
		}
		for _, i := range first {
			if outputs[i].Kind == plan.Data {
				docFiles[outputs[i].Path] = made[i].data
			}
		}
		c := *e
		c.docFiles = docFiles
		step(last, &c)
	}
	for _, err := range errs {
		if err != nil {
			return nil, 0, err
		}
	}
	out := make(map[string]emitted, len(outputs))
	n := 0
	for i, o := range outputs {
		out[o.Path] = made[i]
		if fresh[i] {
			n++
		}
	}
	return out, n, nil
}

// typeExport reports whether path is a type's export (data/<type>.json).
func (e *emitter) typeExport(path string) bool {
	for _, f := range export.Files(e.reg) {
		if f.Path == path {
			return f.Type != nil && strings.HasSuffix(path, ".json")
		}
	}
	return false
}

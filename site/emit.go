package site

import (
	"context"
	"fmt"
	"html/template"

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
}

func newEmitter(g *graph.Graph, reg *schema.Registry, th *render.Theme, sources map[string][]byte, baseURL string) *emitter {
	e := &emitter{g: g, reg: reg, th: th, sources: sources, baseURL: baseURL}
	e.r = render.New(th, g, reg, func(d *page.Document) template.HTML { return template.HTML(e.body(d)) })
	return e
}

// body is d's HTML with its links resolved. A document's page and its
// export each fill it: filling is one copy, cheaper than keeping every
// body of the site in memory until the end.
func (e *emitter) body(d *page.Document) []byte { return d.Body.Fill(e.g.Links(d)) }

// emit makes every output and writes it to one transaction of pub. Any
// failure or cancellation aborts the transaction: the previous output
// stays as it was.
func (e *emitter) emit(ctx context.Context, pub publish.Publisher, outputs []plan.Output) error {
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
		return e.r.Listing(o.Lang, o.Folder)
	case plan.NotFound:
		return e.r.NotFound(o.Lang)
	case plan.Page:
		return e.r.Document(e.g.Doc(o.Doc))
	case plan.Catalogue:
		return export.Catalogue(e.g)
	case plan.Data:
		d := e.g.Doc(o.Doc)
		return export.Doc(e.g, d, e.body(d))
	case plan.Schema:
		name := o.Path[len("schemas/"):]
		return schema.Publish(e.reg.Files[name], e.baseURL+"schemas/"+name), nil
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

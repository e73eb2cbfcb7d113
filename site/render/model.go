package render

import (
	"github.com/malli-fi/malli/site/frontmatter"
	"github.com/malli-fi/malli/site/page"
)

// fillModel puts on p what a document page shows besides its fields (see
// Page.Record, Basics and Referrers): the link to the document's record
// in Innokylä, its fields less that one, and the backlinks its fields do
// not already make.
func (r *Renderer) fillModel(p *Page, d *page.Document) {
	record := ""
	if t := d.Type; t != nil && t.Innokyla != nil && d.Front != nil && !d.IsIndex {
		record = t.Innokyla.Record
		if n := d.Front.Get(record); record != "" && n != nil && n.Kind == frontmatter.String {
			p.Record = n.Text
		}
	}
	p.Basics = make([]Field, 0, len(p.Fields))
	for _, f := range p.Fields {
		if p.Record != "" && f.Key == record {
			continue
		}
		p.Basics = append(p.Basics, f)
	}
	linked := map[string]bool{}
	var walk func([]Field)
	walk = func(fs []Field) {
		for _, f := range fs {
			if f.Href != "" {
				linked[f.Href] = true
			}
			walk(f.Items)
			walk(f.Fields)
		}
	}
	walk(p.Fields)
	for _, l := range p.Backlinks {
		if !linked[l.Href] {
			p.Referrers = append(p.Referrers, l)
		}
	}
}

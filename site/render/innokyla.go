package render

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/export"
	"github.com/malli-fi/malli/site/page"
)

// InnokylaScript is the theme's script of the Innokylä pages: it adds a
// copy button to each text (the page works without it).
const InnokylaScript = "static/innokyla.js"

// Innokyla renders the page, in lang (the site makes it in Finnish only), that shows x, the Innokylä export of
// default-language document d, as a form to copy from (layouts/innokyla.html):
// each field and section of Innokylä's form with its text in a read-only
// box, what Innokylä still needs, and a link back to the document. The UI
// is in lang; Innokylä's labels and the texts are Finnish.
func (r *Renderer) Innokyla(d *page.Document, lang diag.Lang, x export.Innokyla) ([]byte, error) {
	g := r.g
	p := r.newPage(lang, "innokyla", d.InnokylaURL(lang), d.Type)
	p.Title = r.th.T(lang, "innokyla_form") + ": " + d.Title
	p.Status = d.Status
	p.Scripts = []string{InnokylaScript}
	// The page is in Finnish only (Innokylä is Finnish): the switcher
	// leads to the document's own translations.
	for i, l := range p.Site.Languages {
		if l.Lang == string(lang) {
			continue
		}
		p.Site.Languages[i].Href = ""
		if t := g.Doc(d.Key().In(diag.Lang(l.Lang))); g.Published(t) {
			p.Site.Languages[i].Href = g.Href(t.URL)
		}
	}
	f := &Form{Name: x.Counterpart.Name.FI, Source: x.Counterpart.Source, Data: g.Href("/" + export.InnokylaPath(d))}
	switch lang {
	case diag.SV:
		f.Name = x.Counterpart.Name.SV
	case diag.EN:
		f.Name = x.Counterpart.Name.EN
	}
	if lang != diag.FI && f.Name == x.Counterpart.Name.FI {
		f.NameLang = "fi"
	}
	if v := g.Variant(d.Key(), lang); v != nil {
		f.Doc = Link{Text: v.Title, Href: g.Href(v.URL)}
		if v.Lang != lang {
			f.Doc.Lang = string(v.Lang)
		}
	}
	var about []Need // what of the type fills each item, as the readiness map says
	if d.Innokyla != nil {
		about = needs(d, d.Innokyla.Items, lang)
		_, f.Readiness = figures(d, lang, true)
	}
	n := 0
	item := func(label, text string) CopyItem {
		n++
		c := CopyItem{ID: fmt.Sprintf("innokyla-%d", n), Label: label, Text: text, Rows: rows(text)}
		if lang != diag.FI {
			c.Lang = "fi"
		}
		return c
	}
	for i, it := range append(append([]export.FormItem(nil), x.Fields...), x.Sections...) {
		c := item(it.Label, it.Text)
		if i < len(about) {
			a := about[i]
			c.Key, c.Note, c.Required = a.Key, a.Note, a.Required
			if a.Required {
				c.Source = a.Source
			}
		}
		for _, in := range it.Includes {
			c.Includes = append(c.Includes, in.Title)
		}
		if i < len(x.Fields) {
			f.Fields = append(f.Fields, c)
		} else {
			f.Sections = append(f.Sections, c)
		}
	}
	for _, o := range x.Other {
		c := item(o.Title, o.Text)
		c.Key = "## " + o.Title
		f.Other = append(f.Other, c)
	}
	p.Form = f
	return r.execute("innokyla", p)
}

// rows is how many lines a text box shows of text: its lines, a long one
// counted as the lines it wraps to at about 70 characters, at most 16.
func rows(text string) int {
	n := 0
	for _, l := range strings.Split(text, "\n") {
		n += 1 + utf8.RuneCountInString(l)/70
	}
	return min(max(n, 1), 16)
}

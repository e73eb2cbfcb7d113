package export

import (
	"strconv"

	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// Document is a document's export: data/<type>/<id>.json without its
// envelope, and an item of data/<type>.json.
type Document struct {
	Type          string            `json:"type"`
	ID            string            `json:"id"`
	Lang          string            `json:"lang"`
	Title         string            `json:"title"`
	Summary       string            `json:"summary,omitempty"`
	Status        string            `json:"status"`
	Modified      string            `json:"modified,omitempty"`
	URL           string            `json:"url"`
	Data          string            `json:"data"`
	ContentSchema string            `json:"content_schema"`
	FrontMatter   map[string]any    `json:"front_matter"`
	Labels        map[string]Labels `json:"labels"` // by JSON Pointer into FrontMatter: the code's labels
	HTML          string            `json:"html"`
	Text          string            `json:"text"`
	Sections      []Section         `json:"sections"`
	References    []Reference       `json:"references"`
	Backlinks     []Reference       `json:"backlinks"`
	Translations  []Translation     `json:"translations"`
	Due           []Due             `json:"due,omitempty"`
	Publishing    *Readiness        `json:"publishing,omitempty"`
	Innokyla      *Readiness        `json:"innokyla,omitempty"`
}

// Reference is a reference between documents: from a front matter field
// (Via "field", at pointer Field) or from a link in the body (Via "link").
// An outgoing reference names its target, a backlink the document that
// refers.
type Reference struct {
	Address
	Via   string `json:"via"`
	Field string `json:"field,omitempty"`
}

// Translation is the document in another language.
type Translation struct {
	Lang string `json:"lang"`
	URL  string `json:"url"`
	Data string `json:"data"`
}

// Due is a date derived for the document from another document's rule
// (graph.Due): a project's final report, due its programme's
// final_report_months after its end_date.
type Due struct {
	Field  string `json:"field"` // the list of what is due, a front matter pointer
	Date   string `json:"date"`  // YYYY-MM-DD
	After  string `json:"after"`
	Months int    `json:"months"`
	Rule   string `json:"rule"` // the URL of the document whose rule it is
}

// Readiness is a readiness figure and what the document lacks.
type Readiness struct {
	Percent int       `json:"percent"`
	Missing []Missing `json:"missing"`
}

// Missing is a field or section a form asks for that the document lacks.
type Missing struct {
	Label    Labels   `json:"label"`
	Innokyla string   `json:"innokyla,omitempty"` // Innokylä's name for it (in Finnish)
	Fields   []string `json:"fields,omitempty"`
	Section  string   `json:"section,omitempty"`
	Source   string   `json:"source"` // innokyla, programme, law or malli
}

// DocFile is data/<type>/<id>.json.
type DocFile struct {
	Envelope
	Document
}

// Doc encodes document d's file (DataPath) with its rendered body.
func (s Site) Doc(d *page.Document, body []byte) ([]byte, error) {
	return encode(DocFile{s.envelope("document.schema.json"), s.Document(d, body)})
}

// Document returns d's export with its rendered body.
func (s Site) Document(d *page.Document, body []byte) Document {
	g := s.G
	doc := Document{
		Type: d.Type.Name, ID: d.ID, Lang: string(d.Lang), Title: d.Title, Summary: d.Summary,
		Status: d.Status, Modified: d.Modified, URL: s.URL(d.URL), Data: s.URL("/" + DataPath(d)),
		ContentSchema: s.URL("/schemas/" + d.Type.File),
		FrontMatter:   d.Params, Labels: codeLabels(d),
		HTML: string(body), Text: d.Body.Text(), Sections: Sections(d, body),
		References: s.refs(g.Out(d), false), Backlinks: s.refs(g.In(d), true),
		Translations: []Translation{},
	}
	if doc.FrontMatter == nil {
		doc.FrontMatter = map[string]any{}
	}
	if doc.Sections == nil {
		doc.Sections = []Section{}
	}
	for _, t := range g.Translations(d) {
		if t.Lang != d.Lang {
			doc.Translations = append(doc.Translations, Translation{Lang: string(t.Lang), URL: s.URL(t.URL), Data: s.URL("/" + DataPath(t))})
		}
	}
	for _, u := range g.Due(d) {
		rule := ""
		if t := g.Doc(u.From); g.Published(t) {
			rule = s.URL(t.URL)
		}
		doc.Due = append(doc.Due, Due{Field: u.Pointer, Date: u.Date, After: u.After, Months: u.Months, Rule: rule})
	}
	doc.Publishing, doc.Innokyla = readinessOf(d)
	return doc
}

// readinessOf returns d's publishing readiness (drafts only) and Innokylä
// readiness (types with an Innokylä counterpart only).
func readinessOf(d *page.Document) (publishing, innokyla *Readiness) {
	if d.Status == "draft" {
		publishing = readiness(d.Publishing)
	}
	if d.Innokyla != nil {
		innokyla = readiness(*d.Innokyla)
	}
	return publishing, innokyla
}

func readiness(r page.Readiness) *Readiness {
	out := &Readiness{Percent: r.Percent, Missing: []Missing{}}
	for _, n := range r.Missing() {
		label := n.Label
		if len(label) == 0 {
			label = schema.Labels{"fi": n.Innokyla}
		}
		source := n.Source.By
		if source == "" { // a field of Innokylä's form that Innokylä does not require
			source = schema.ByInnokyla
		}
		out.Missing = append(out.Missing, Missing{Label: labels(label), Innokyla: n.Innokyla, Fields: n.Fields, Section: n.Section, Source: source})
	}
	return out
}

// refs returns the published ends of edges, each once per field or link:
// the targets, or for backlinks the documents that refer.
func (s Site) refs(edges []graph.Edge, backlinks bool) []Reference {
	out := []Reference{}
	seen := map[Reference]bool{}
	for _, e := range edges {
		k := e.To
		if backlinks {
			k = e.From
		}
		d := s.G.Doc(k)
		if !s.G.Published(d) {
			continue
		}
		r := Reference{Address: s.address(d), Via: "link"}
		if e.Pointer != "" {
			r.Via, r.Field = "field", e.Pointer
		}
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// codeLabels returns the labels of every code in d's front matter, by the
// code's JSON Pointer.
func codeLabels(d *page.Document) map[string]Labels {
	out := map[string]Labels{}
	var walk func(ptr string, v any)
	walk = func(ptr string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				walk(ptr+"/"+schema.EscapeToken(k), x)
			}
		case []any:
			for i, x := range v {
				walk(ptr+"/"+strconv.Itoa(i), x)
			}
		case string:
			if l := d.Report.EnumLabel(ptr, v); l != nil {
				out[ptr] = labels(l)
			}
		}
	}
	walk("", d.Params)
	return out
}

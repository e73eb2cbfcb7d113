// Package export writes the site's data for other systems under data/: a
// catalogue of every published document (data/index.json) and one JSON
// file per document (data/<type>/<id>[.<lang>].json) holding its front
// matter, rendered HTML, plain text, outgoing references, backlinks and
// the due dates derived for it.
// Every file carries schema_version. Output is built from structs and
// sorted slices; the one map, a document's front matter, is written by
// encoding/json, which sorts its keys. So the same input gives
// byte-identical output.
package export

import (
	"bytes"
	"encoding/json"

	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/page"
)

// Dir is the folder of the output that holds the exports.
const Dir = "data"

// SchemaVersion is the version of the export format.
const SchemaVersion = "1.0"

// Entry is a document in the catalogue.
type Entry struct {
	Type     string `json:"type"`
	ID       string `json:"id"`
	Lang     string `json:"lang"`
	Title    string `json:"title"`
	Summary  string `json:"summary,omitempty"`
	Status   string `json:"status"`
	Modified string `json:"modified,omitempty"`
	URL      string `json:"url"`
	Data     string `json:"data"`
}

// CatalogueFile is data/index.json.
type CatalogueFile struct {
	SchemaVersion string  `json:"schema_version"`
	Documents     []Entry `json:"documents"`
}

// Reference is an edge of the link graph.
type Reference struct {
	Field string `json:"field,omitempty"` // the front matter pointer; empty for a body link
	Type  string `json:"type"`
	ID    string `json:"id"`
	URL   string `json:"url"`
}

// Document is data/<type>/<id>.json.
type Document struct {
	SchemaVersion string         `json:"schema_version"`
	Type          string         `json:"type"`
	ID            string         `json:"id"`
	Lang          string         `json:"lang"`
	URL           string         `json:"url"`
	FrontMatter   map[string]any `json:"front_matter"`
	HTML          string         `json:"html"`
	Text          string         `json:"text"`
	References    []Reference    `json:"references"`
	Backlinks     []Reference    `json:"backlinks"`
	Due           []Due          `json:"due,omitempty"`
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

// DataPath returns where a document's JSON goes.
func DataPath(d *page.Document) string {
	name := d.ID
	if d.IsIndex {
		name = "_index"
		if d.Dir != "" {
			name = d.Dir + "-_index"
		}
	}
	if d.Lang != page.DefaultLang {
		name += "." + string(d.Lang)
	}
	return Dir + "/" + d.Type.Name + "/" + name + ".json"
}

// Catalogue encodes data/index.json: every published document of g.
func Catalogue(g *graph.Graph) ([]byte, error) {
	cat := CatalogueFile{SchemaVersion: SchemaVersion, Documents: make([]Entry, 0, len(g.Docs))}
	for _, d := range g.Docs {
		cat.Documents = append(cat.Documents, Entry{
			Type: d.Type.Name, ID: d.ID, Lang: string(d.Lang), Title: d.Title, Summary: d.Summary,
			Status: d.Status, Modified: d.Modified, URL: g.Href(d.URL), Data: g.Href("/" + DataPath(d)),
		})
	}
	return encode(cat)
}

// Doc encodes document d's JSON file (DataPath) with its rendered body.
func Doc(g *graph.Graph, d *page.Document, html []byte) ([]byte, error) {
	doc := Document{
		SchemaVersion: SchemaVersion, Type: d.Type.Name, ID: d.ID, Lang: string(d.Lang),
		URL: g.Href(d.URL), FrontMatter: d.Params, HTML: string(html), Text: d.Body.Text(),
		References: refs(g, g.Out(d), false), Backlinks: refs(g, g.In(d), true),
	}
	for _, u := range g.Due(d) {
		rule := ""
		if t := g.Doc(u.From); t != nil {
			rule = g.Href(t.URL)
		}
		doc.Due = append(doc.Due, Due{Field: u.Pointer, Date: u.Date, After: u.After, Months: u.Months, Rule: rule})
	}
	if doc.FrontMatter == nil {
		doc.FrontMatter = map[string]any{}
	}
	return encode(doc)
}

func refs(g *graph.Graph, edges []graph.Edge, from bool) []Reference {
	out := []Reference{}
	seen := map[Reference]bool{}
	for _, e := range edges {
		k := e.To
		if from {
			k = e.From
		}
		d := g.Doc(k)
		r := Reference{Field: e.Pointer, Type: d.Type.Name, ID: d.ID, URL: g.Href(d.URL)}
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}

// encode writes v as compact JSON and a newline (encoding/json sorts map
// keys). Compact: indenting would re-scan and copy every file, and the
// data is for programs; `jq .` shows it indented.
func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return buf.Bytes(), err
}

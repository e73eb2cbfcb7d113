// Package export writes the site's open data under data/, each file
// following a published schema (schemas/export/, SchemaFile):
//
//	data/index.json          the catalogue: every document, its readiness, and the other exports
//	data/<type>.json         every document of a type
//	data/<type>/<id>.json    one document (<id>.sv.json, <id>.en.json: its translations)
//	data/graph.json          every document and every reference between them
//	data/innokyla/<type>/<id>.json  an operating model or project as Innokylä's form asks for it (innokyla.go)
//	data/<type>.csv          a spreadsheet of a type: a row per document (table.go)
//	data/evaluations.json    every score of every self-evaluation, a row each (long.go)
//	data/indicators.json     every monitoring value, a row each (long.go)
//	data/evaluations.csv, data/indicators.csv: the same rows as spreadsheets
//
// Every file starts with "$schema" and schema_version. Only what the build
// publishes appears: a draft is neither listed, nor named in a reference,
// a backlink or the graph, unless the build publishes drafts. URLs are
// absolute when the base URL is. JSON is encoded with <, > and & escaped,
// so that it is safe to embed in HTML. Output is built from structs and
// sorted slices; the maps (a document's front matter and labels) are
// written by encoding/json, which sorts their keys. So the same input gives
// byte-identical output.
package export

import (
	"bytes"
	"encoding/json"
	"net/url"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// Dir is the folder of the output that holds the exports.
const Dir = "data"

// SchemaVersion is the version of the export format: a new minor version
// only adds fields, a new major version may change or remove them.
const SchemaVersion = "2.0"

// SchemaDir is where the export schemas are published, beside the content
// types' schemas/<type>.schema.json.
const SchemaDir = "schemas/export"

// Site is what every export reads: the resolved site and where it is
// served.
type Site struct {
	G   *graph.Graph
	Reg *schema.Registry
	// DocFiles, when set, returns a document's file (DataPath) as made
	// already, or nil: a type's export is then made from those files.
	DocFiles func(*page.Document) []byte
	origin   string // "https://example.fi" when the base URL is absolute, else ""
}

// New returns the exports of g, served under baseURL (a path such as
// "/sub/", or an absolute URL).
func New(g *graph.Graph, reg *schema.Registry, baseURL string) Site {
	s := Site{G: g, Reg: reg}
	if u, err := url.Parse(baseURL); err == nil && u.Scheme != "" && u.Host != "" {
		s.origin = u.Scheme + "://" + u.Host
	}
	return s
}

// URL returns the URL of a site-relative path: absolute when the base URL
// is.
func (s Site) URL(sitePath string) string { return s.origin + s.G.Href(sitePath) }

// SchemaURL returns the URL of the export schema file name.
func (s Site) SchemaURL(name string) string { return s.URL("/" + SchemaDir + "/" + name) }

// Envelope is what every export file starts with.
type Envelope struct {
	Schema        string `json:"$schema"`
	SchemaVersion string `json:"schema_version"`
}

func (s Site) envelope(schemaFile string) Envelope {
	return Envelope{Schema: s.SchemaURL(schemaFile), SchemaVersion: SchemaVersion}
}

// Labels is a text in each language, Finnish standing in for a missing one.
type Labels struct {
	FI string `json:"fi"`
	SV string `json:"sv"`
	EN string `json:"en"`
}

func labels(l schema.Labels) Labels {
	return Labels{FI: l.In(diag.FI), SV: l.In(diag.SV), EN: l.In(diag.EN)}
}

// Address says which document: its key, title and where its page and
// data are.
type Address struct {
	Type  string `json:"type"`
	ID    string `json:"id"`
	Lang  string `json:"lang"`
	Title string `json:"title"`
	URL   string `json:"url"`
	Data  string `json:"data"`
}

func (s Site) address(d *page.Document) Address {
	return Address{Type: d.Type.Name, ID: d.ID, Lang: string(d.Lang), Title: d.Title, URL: s.URL(d.URL), Data: s.URL("/" + DataPath(d))}
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

// TypePath returns where the export of every document of a type goes.
func TypePath(typeName string) string { return Dir + "/" + typeName + ".json" }

// GraphPath is the graph's export.
const GraphPath = Dir + "/graph.json"

// CataloguePath is the catalogue.
const CataloguePath = Dir + "/index.json"

// encode writes v as compact JSON and a newline, with <, > and & escaped
// (\u003c …) so that a file can be embedded in a <script> element as it
// is. encoding/json sorts map keys. Compact: indenting would re-scan and
// copy every file, and the data is for programs; `jq .` shows it indented.
func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	err := enc.Encode(v)
	return buf.Bytes(), err
}

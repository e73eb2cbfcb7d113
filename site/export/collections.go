package export

import (
	"bytes"

	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// TypeFile is data/<type>.json: every published document of one type, in
// every language.
type TypeFile struct {
	Envelope
	Type          string     `json:"type"`
	Label         Labels     `json:"label"`
	ContentSchema string     `json:"content_schema"`
	Documents     []Document `json:"documents"`
}

// Type encodes the file of every published document of type t; body
// renders a document's body. Each document is encoded on its own and
// written into the file, so that only one of them is held as values at
// once; with s.DocFiles, a document's JSON is taken from its file instead
// (a Session has made it already), without a copy until the file's.
func (s Site) Type(t *schema.Type, body func(*page.Document) []byte) ([]byte, error) {
	head, err := encode(TypeFile{Envelope: s.envelope("type.schema.json"), Type: t.Name, Label: labels(t.Plural),
		ContentSchema: s.URL("/schemas/" + t.File), Documents: []Document{}})
	if err != nil {
		return nil, err
	}
	const tail = "]}\n" // Documents is the last field
	var docs [][]byte   // each document's JSON without its "{" and newline
	size := len(head) + len(tail)
	out := &bytes.Buffer{}
	for _, d := range s.G.Docs {
		if d.Type != t {
			continue
		}
		doc, err := s.documentJSON(d, body)
		if err != nil {
			return nil, err
		}
		if s.DocFiles == nil { // written as it comes
			if out.Len() == 0 {
				out.Write(bytes.TrimSuffix(head, []byte(tail)))
			} else {
				out.WriteByte(',')
			}
			out.WriteByte('{')
			out.Write(doc)
			continue
		}
		docs = append(docs, doc)
		size += 2 + len(doc)
	}
	if s.DocFiles != nil {
		out.Grow(size)
	}
	if out.Len() == 0 {
		out.Write(bytes.TrimSuffix(head, []byte(tail)))
	}
	for i, doc := range docs {
		if i > 0 {
			out.WriteByte(',')
		}
		out.WriteByte('{')
		out.Write(doc)
	}
	out.WriteString(tail)
	return out.Bytes(), nil
}

// documentJSON returns d's Document encoded, without its opening "{" and
// the final newline: from its file when s.DocFiles has it (the file is the
// envelope's two fields, then the Document's), else encoded from d.
func (s Site) documentJSON(d *page.Document, body func(*page.Document) []byte) ([]byte, error) {
	if s.DocFiles != nil {
		head, _ := encode(s.envelope("document.schema.json"))
		prefix := head[:len(head)-2] // without "}\n"
		if f := s.DocFiles(d); bytes.HasPrefix(f, prefix) && len(f) > len(prefix)+1 && f[len(prefix)] == ',' {
			return bytes.TrimSuffix(f[len(prefix)+1:], []byte("\n")), nil
		}
	}
	doc, err := encode(s.Document(d, body(d)))
	if err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(doc[1:], []byte("\n")), nil
}

// GraphFile is data/graph.json.
type GraphFile struct {
	Envelope
	Nodes []Address `json:"nodes"`
	Edges []Edge    `json:"edges"`
}

// Node names a document whatever its language.
type Node struct {
	Type string `json:"type"`
	ID   string `json:"id"`
}

// Edge is a reference from one document to another, from a front matter
// field (Via "field", at pointer Field) or a body link (Via "link").
type Edge struct {
	From  Node   `json:"from"`
	To    Node   `json:"to"`
	Via   string `json:"via"`
	Field string `json:"field,omitempty"`
}

// Graph encodes data/graph.json: every published document in the default
// language (a translation of one is the same node), and the references of
// each to a published document, each once. A translation's own links are
// not edges, as they are not backlinks (graph.Graph.In).
func (s Site) Graph() ([]byte, error) {
	f := GraphFile{Envelope: s.envelope("graph.schema.json"), Nodes: []Address{}, Edges: []Edge{}}
	seen := map[Edge]bool{}
	for _, d := range s.G.Docs {
		if d.Lang != page.DefaultLang {
			continue // a translation is the same node, and its references are the document's (as backlinks count them)
		}
		f.Nodes = append(f.Nodes, s.address(d))
		for _, e := range s.G.Out(d) {
			t := s.G.Doc(e.To)
			if !s.G.Published(t) {
				continue
			}
			edge := Edge{From: Node{d.Type.Name, d.ID}, To: Node{t.Type.Name, t.ID}, Via: "link"}
			if e.Pointer != "" {
				edge.Via, edge.Field = "field", e.Pointer
			}
			if !seen[edge] {
				seen[edge] = true
				f.Edges = append(f.Edges, edge)
			}
		}
	}
	return encode(f)
}

// CatalogueFile is data/index.json.
type CatalogueFile struct {
	Envelope
	Documents []Entry  `json:"documents"`
	Exports   []Export `json:"exports"`
}

// Entry is a document in the catalogue.
type Entry struct {
	Address
	Summary    string     `json:"summary,omitempty"`
	Status     string     `json:"status"`
	Modified   string     `json:"modified,omitempty"`
	Publishing *Readiness `json:"publishing,omitempty"`
	Innokyla   *Readiness `json:"innokyla,omitempty"`
	// InnokylaPage and InnokylaData are the document as Innokylä's form
	// asks for it (operating models and projects, in Finnish).
	InnokylaPage string `json:"innokyla_page,omitempty"`
	InnokylaData string `json:"innokyla_data,omitempty"`
}

// Export is another export file the catalogue names.
type Export struct {
	URL         string `json:"url"`
	Schema      string `json:"schema,omitempty"` // none for a CSV file
	Description string `json:"description"`
}

// Catalogue encodes data/index.json: every published document and the
// site's other exports.
func (s Site) Catalogue() ([]byte, error) {
	cat := CatalogueFile{Envelope: s.envelope("index.schema.json"), Documents: make([]Entry, 0, len(s.G.Docs))}
	for _, d := range s.G.Docs {
		e := Entry{Address: s.address(d), Summary: d.Summary, Status: d.Status, Modified: d.Modified}
		e.Publishing, e.Innokyla = readinessOf(d)
		if p := InnokylaPath(d); p != "" {
			e.InnokylaPage, e.InnokylaData = s.URL(d.InnokylaURL(page.DefaultLang)), s.URL("/"+p)
		}
		cat.Documents = append(cat.Documents, e)
	}
	for _, x := range s.Files() {
		e := Export{URL: s.URL("/" + x.Path), Description: x.Description}
		if x.Schema != "" {
			e.Schema = s.SchemaURL(x.Schema)
		}
		cat.Exports = append(cat.Exports, e)
	}
	return encode(cat)
}

// A File is an export file of the whole site, other than the catalogue
// and the files of single documents.
type File struct {
	Path        string // "data/graph.json"
	Schema      string // its schema's file name in SchemaDir, or "" (a CSV file)
	Description string
	Type        *schema.Type // a type's file: the type
	// Make encodes the file; body renders a document's body.
	Make func(s Site, body func(*page.Document) []byte) ([]byte, error)
}

// Files returns the site's export files other than the catalogue and the
// files of single documents, in the order the catalogue lists them.
func (s Site) Files() []File {
	return Files(s.Reg)
}

// Files returns the export files of a site with the types of reg, other
// than the catalogue and the files of single documents.
func Files(reg *schema.Registry) []File {
	out := []File{{Path: GraphPath, Schema: "graph.schema.json", Description: "every document and every reference between them",
		Make: func(s Site, _ func(*page.Document) []byte) ([]byte, error) { return s.Graph() }}}
	for _, t := range reg.Types {
		out = append(out, File{Path: TypePath(t.Name), Schema: "type.schema.json", Description: "every document of type " + t.Name, Type: t,
			Make: func(s Site, body func(*page.Document) []byte) ([]byte, error) { return s.Type(t, body) }})
	}
	return append(out, tableFiles(reg)...)
}

// tableFiles are the spreadsheets (a CSV file per type) and the long-format
// files of scores and monitoring values.
func tableFiles(reg *schema.Registry) []File {
	var out []File
	for _, t := range reg.Types {
		out = append(out, File{Path: TypeCSVPath(t.Name), Description: "every document of type " + t.Name + " as a spreadsheet, a row per document", Type: t,
			Make: func(s Site, _ func(*page.Document) []byte) ([]byte, error) { return s.TypeCSV(t) }})
	}
	return append(out,
		File{Path: EvaluationsPath, Schema: "evaluations.schema.json", Description: "every score of every self-evaluation, a row per score",
			Make: func(s Site, _ func(*page.Document) []byte) ([]byte, error) { return s.Evaluations() }},
		File{Path: EvaluationsCSVPath, Description: "every score of every self-evaluation as a spreadsheet, a row per score",
			Make: func(s Site, _ func(*page.Document) []byte) ([]byte, error) { return s.EvaluationsCSV() }},
		File{Path: IndicatorsPath, Schema: "indicators.schema.json", Description: "every value of every monitoring document, a row per value",
			Make: func(s Site, _ func(*page.Document) []byte) ([]byte, error) { return s.Indicators() }},
		File{Path: IndicatorsCSVPath, Description: "every value of every monitoring document as a spreadsheet, a row per value",
			Make: func(s Site, _ func(*page.Document) []byte) ([]byte, error) { return s.IndicatorsCSV() }},
	)
}

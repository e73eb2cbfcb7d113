// Package plan lists every file a build writes, with what each comes
// from, before anything is rendered — so that check finds what build would
// trip on. Two sources on one output path (exactly, or differing only in
// letter case or Unicode normalisation, which collide on the file systems
// of Windows and macOS checkouts and confuse every reader) are errors, as
// is an attachment in a place malli keeps for its own files.
//
//	output.collision  error  a second source for an output path; a note points at the first
//	asset.conflict    error  an attachment under a path malli generates (static/, data/, schemas/, sv/, en/, index.html …)
package plan

import (
	"path"
	"sort"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
	"github.com/malli-fi/malli/site/search"
)

// Kind is what an output is.
type Kind string

const (
	Home          Kind = "home"          // a language's home page
	Listing       Kind = "listing"       // a type's listing in a language
	NotFound      Kind = "404"           // a language's 404 page
	Page          Kind = "page"          // a document's page
	Catalogue     Kind = "catalogue"     // data/index.json
	Data          Kind = "data"          // a document's JSON export
	InnokylaData  Kind = "innokyla-data" // a document's Innokylä-shaped export
	InnokylaPage  Kind = "innokyla-page" // a language's page that shows a document's Innokylä export as a form to copy from
	Export        Kind = "export"        // an export of the whole site: data/graph.json, data/<type>.json
	Schema        Kind = "schema"        // a published schema of a content type
	ExportSchema  Kind = "export-schema" // a published schema of the exports
	Search        Kind = "search"        // a language's search page, /haku/
	SearchIndex   Kind = "search-index"  // a language's search index, data/search/<lang>.js
	Static        Kind = "static"        // a file of the theme's static/
	Attachment    Kind = "attachment"    // a file of content/ published as it is
	Sitemap       Kind = "sitemap"       // sitemap.xml: every page in every language
	Robots        Kind = "robots"        // robots.txt
	Feed          Kind = "feed"          // a language's Atom feed of changes: feed.xml, sv/feed.xml, …
	TaxonomyIndex Kind = "taxonomy"      // a language's index of a taxonomy's terms: /kohderyhmat/, /sv/kohderyhmat/
	Term          Kind = "term"          // a language's page of a taxonomy term: /kohderyhmat/<term-slug>/
	FieldRef      Kind = "field-ref"     // a language's field reference of the user guide, /ohje/kentat/
	CodeRef       Kind = "code-ref"      // a language's diagnostic code reference of the user guide, /ohje/koodit/
)

// Output is one file of the build and what it is made from.
type Output struct {
	Path   string    // slash-separated, relative to the output folder: "toimintamallit/x/index.html"
	URL    string    // site-relative URL of a page: "/toimintamallit/x/"; "" for other files
	Kind   Kind      //
	Lang   diag.Lang // Home, Listing, NotFound, Search, InnokylaPage: the page's language; SearchIndex: the index's
	Folder string    // Listing: the type's folder; Taxonomy, Term: the taxonomy's
	Order  string    // Listing: the name of the order it is in, "" for the type's first
	Term   string    // Term: the term's slug
	Doc    page.Key  // Page, Data, InnokylaData, InnokylaPage: the document (zero for other kinds)
	Source diag.Pos  // the file it is made from (a document, schema or attachment); zero for generated pages
}

// Doc is what the plan needs of a published document.
type Doc struct {
	Key      page.Key
	URL      string // "/toimintamallit/x/"
	DataPath string // its JSON export, "data/operating_model/x.json"
	// Innokyla is its Innokylä-shaped export, "data/innokyla/operating_model/x.json",
	// or "" when it has none; a document with one has a page in each
	// language that shows it (InnokylaURLs).
	Innokyla     string
	InnokylaURLs []string // "/toimintamallit/x/innokyla/", "/sv/toimintamallit/x/innokyla/", …, in the order of Site.Langs
	File         string   // its source, "content/toimintamallit/x.md"
	IsIndex      bool     // an _index.md: text of a listing, no page of its own
}

// ExportFile is an export of the whole site and what decides its path: a
// type's export is named after the type, so its schema is its source.
type ExportFile struct {
	Path   string
	Source diag.Pos // the schema of the type, for a type's export
}

// Site is what the build will write: generated pages in each language,
// exports, schemas, static files, documents and attachments.
type Site struct {
	Langs   []diag.Lang // the site's languages, the default first
	Folders []string    // each type's folder: a listing per language
	// Orders are the names of a folder's other orders (schema.Sort): a
	// listing per language each, at /<folder>/jarjestys/<name>/.
	Orders        map[string][]string
	Schemas       []string     // schema file names, published under schemas/
	SchemaDir     string       // where the schemas are read from, for positions
	Static        []string     // theme files, "static/malli.css"
	DataDir       string       // the exports' folder, "data"
	Exports       []ExportFile // the exports of the whole site: "data/graph.json", "data/<type>.json"
	ExportSchemas []string     // the export schemas, published as they are: "schemas/export/document.schema.json"
	Docs          []Doc        // published documents
	Attachments   []string     // content-relative paths of published attachments
	Taxonomies    []Taxonomy   // the taxonomies: an index per language, a page per term
}

// Taxonomy is a taxonomy's folder and its terms' slugs in each language
// (none before the documents are resolved: Pages needs the indexes only).
type Taxonomy struct {
	Folder string
	Terms  map[diag.Lang][]string
}

// Outputs returns every output of s, sorted by path, and the collisions.
func Outputs(s Site) ([]Output, diag.List) {
	outs := generated(s)
	var diags diag.List
	for _, d := range s.Docs {
		src := diag.Pos{File: d.File, Line: 1, Col: 1}
		if !d.IsIndex {
			outs = append(outs, Output{Path: FilePath(d.URL), URL: d.URL, Kind: Page, Doc: d.Key, Source: src})
		}
		outs = append(outs, Output{Path: d.DataPath, Kind: Data, Doc: d.Key, Source: src})
		if d.Innokyla != "" {
			outs = append(outs, Output{Path: d.Innokyla, Kind: InnokylaData, Doc: d.Key, Source: src})
			for i, u := range d.InnokylaURLs {
				outs = append(outs, Output{Path: FilePath(u), URL: u, Kind: InnokylaPage, Lang: s.Langs[i], Doc: d.Key, Source: src})
			}
		}
	}
	for _, a := range s.Attachments {
		src := diag.Pos{File: "content/" + a, Line: 1, Col: 1}
		if reserved(a, s) {
			diags.Errorf(src, diag.AssetConflict, a)
			continue
		}
		outs = append(outs, Output{Path: a, Kind: Attachment, Source: src})
	}
	diags.Append(collisions(outs))
	sort.SliceStable(outs, func(i, j int) bool { return outs[i].Path < outs[j].Path })
	return outs, diags
}

// Pages returns the site-relative URLs of the pages and files malli
// generates that links may name: home, 404, search and listing pages in
// every language, and the catalogue.
func Pages(s Site) []string {
	var urls []string
	for _, o := range generated(s) {
		if o.URL != "" {
			urls = append(urls, o.URL)
		}
	}
	return urls
}

// generated returns the outputs malli makes whatever the documents:
// pages in each language, the catalogue, schemas and the theme's files.
func generated(s Site) []Output {
	var outs []Output
	for _, l := range s.Langs {
		prefix := ""
		if l != page.DefaultLang {
			prefix = "/" + string(l)
		}
		page := func(url string, kind Kind, folder string) {
			outs = append(outs, Output{Path: FilePath(url), URL: url, Kind: kind, Lang: l, Folder: folder})
		}
		page(prefix+"/", Home, "")
		page(prefix+"/404.html", NotFound, "")
		page(prefix+"/haku/", Search, "")
		page(prefix+"/ohje/kentat/", FieldRef, "")
		page(prefix+"/ohje/koodit/", CodeRef, "")
		ix := search.Path(s.DataDir, string(l))
		outs = append(outs, Output{Path: ix, Kind: SearchIndex, Lang: l})
		outs = append(outs, Output{Path: strings.TrimPrefix(prefix+"/feed.xml", "/"), URL: prefix + "/feed.xml", Kind: Feed, Lang: l})
		for _, f := range s.Folders {
			page(prefix+"/"+f+"/", Listing, f)
			for _, name := range s.Orders[f] {
				u := prefix + schema.OrderURL(f, name)
				outs = append(outs, Output{Path: FilePath(u), URL: u, Kind: Listing, Lang: l, Folder: f, Order: name})
			}
		}
		for _, x := range s.Taxonomies {
			page(prefix+"/"+x.Folder+"/", TaxonomyIndex, x.Folder)
			for _, slug := range x.Terms[l] {
				u := prefix + "/" + x.Folder + "/" + slug + "/"
				outs = append(outs, Output{Path: FilePath(u), URL: u, Kind: Term, Lang: l, Folder: x.Folder, Term: slug})
			}
		}
	}
	outs = append(outs, Output{Path: "sitemap.xml", URL: "/sitemap.xml", Kind: Sitemap}, Output{Path: "robots.txt", URL: "/robots.txt", Kind: Robots})
	outs = append(outs, Output{Path: s.DataDir + "/index.json", URL: "/" + s.DataDir + "/index.json", Kind: Catalogue})
	for _, x := range s.Exports {
		outs = append(outs, Output{Path: x.Path, URL: "/" + x.Path, Kind: Export, Source: x.Source})
	}
	for _, p := range s.ExportSchemas {
		outs = append(outs, Output{Path: p, Kind: ExportSchema})
	}
	for _, name := range s.Schemas {
		outs = append(outs, Output{Path: "schemas/" + name, Kind: Schema, Source: diag.Pos{File: path.Join(s.SchemaDir, name)}})
	}
	for _, p := range s.Static {
		outs = append(outs, Output{Path: p, Kind: Static})
	}
	return outs
}

// FilePath is the file that serves a page's URL: "/x/" is "x/index.html".
func FilePath(url string) string {
	p := strings.TrimPrefix(url, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	return p
}

// collisions reports every output whose folded path an earlier output
// already has. Generated outputs come first in outs, so the diagnostic is
// at the document or attachment that takes a generated path; between two
// sources it is at the later one, with a note at the first.
func collisions(outs []Output) diag.List {
	var diags diag.List
	first := make(map[string]int, len(outs))
	for i, o := range outs {
		key := fold(o.Path)
		j, taken := first[key]
		if !taken {
			first[key] = i
			continue
		}
		prev := outs[j]
		at, other := o, prev
		if at.Source.File == "" { // two generated outputs cannot meet; keep it positioned anyway
			at, other = prev, o
		}
		d := diags.Errorf(at.Source, diag.OutputCollision, o.Path, describe(other))
		if other.Source.File != "" {
			d.Related = []diag.Note{{Pos: other.Source, Code: diag.NoteFirstDefined}}
		}
	}
	return diags
}

var folder = cases.Fold()

// fold is the key under which two paths are the same file somewhere:
// Unicode case folding of the NFC form.
func fold(p string) string {
	for i := 0; i < len(p); i++ {
		if c := p[i]; c >= 0x80 || ('A' <= c && c <= 'Z') {
			return folder.String(norm.NFC.String(p))
		}
	}
	return p // lower-case ASCII folds to itself
}

// describe names an output for a message: its source, or what malli makes.
func describe(o Output) string {
	if o.Source.File != "" {
		return o.Source.File
	}
	return "malli (" + string(o.Kind) + ")"
}

// reserved reports whether an attachment's path (relative to content/)
// lies where malli keeps its own files: the theme's static/, the exports'
// folder, the published schemas/, the language folders, index.html and
// 404.html pages anywhere, and the output marker.
func reserved(a string, s Site) bool {
	top, _, nested := strings.Cut(a, "/")
	if nested {
		if top == "static" || top == s.DataDir || top == "schemas" {
			return true
		}
		for _, l := range s.Langs {
			if l != page.DefaultLang && top == string(l) {
				return true
			}
		}
	}
	base := path.Base(a)
	switch a {
	case ".malli-build", "sitemap.xml", "robots.txt", "feed.xml":
		return true
	}
	return base == "index.html" || base == "404.html"
}

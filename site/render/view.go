package render

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/frontmatter"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/internal/isodate"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// The view structs are all templates see: plain data, no engine internals.

// SiteInfo is what every page knows about the site.
type SiteInfo struct {
	Lang      string
	Base      string // the base path, ending in "/"
	Nav       []Link
	Feed      string // the page's language's Atom feed
	Languages []Link // the page in each language (or that language's home page)
	// Lists holds the published documents of each type (by type name) in
	// the page's language, each in the default language where it has no
	// translation; the same for every page of a language.
	Lists map[string][]Item
}

// Docs returns the published documents of a type, for layouts that link
// to them: {{range .Site.Docs "accessibility_statement"}}.
func (s SiteInfo) Docs(typeName string) []Item { return s.Lists[typeName] }

// Link is a labelled href.
type Link struct {
	Text    string
	Href    string
	Lang    string // the target's language, when it differs from the page's
	Current bool
	Note    string // e.g. the referring field
	Type    string // in the main navigation: the type whose listing it is
	// taxonomy: in the language switcher, the link goes to that
	// language's home page, the page having no version in it.
	Home bool
}

// TypeInfo describes a content type.
type TypeInfo struct {
	Name, Label, Plural, Href string
	Innokyla                  bool // the type has a counterpart in Innokylä: its documents have an Innokylä readiness
}

// Field is a front matter field as shown on a page.
type Field struct {
	Key    string
	Label  string
	Text   string // the value as text (codes replaced by their labels, dates and numbers as the page's language writes them)
	Href   string // when the value is a reference
	Lang   string // the language of Text, when it differs from the page's (an untranslated target's title)
	ID     string // an anchor id, for list items with an id
	Bool   bool   // Text is "true" or "false", shown as yes or no
	Items  []Field
	Fields []Field
	// taxonomy: the value's pointer, and whether Href is its term's page.
	Pointer string
	Term    bool
}

// Due is a date derived from another document's rule, as a page shows it:
// a project's final report, due its programme's months after its end.
type Due struct {
	Label  string // what is due
	Date   string // as the page's language writes it
	ISO    string // YYYY-MM-DD
	Months int
	After  string // the date counted from
	Rule   Link   // the document whose rule it is
}

// Item is a document in a listing.
type Item struct {
	Title, Summary, Href, Lang string
	Type                       TypeInfo
	Status, Modified           string
	// Publishing is a draft's publishing readiness, nil for any other
	// status; Innokyla its Innokylä readiness, nil for a type with no
	// counterpart in Innokylä. A listing shows their percentages only.
	Publishing, Innokyla *Figure
	// taxonomy: on a listing, the facts its type's list_fields name.
	Facts []Field
}

// Figure is a readiness figure: the share, in percent, of what a form
// asks that a document has.
type Figure struct {
	Percent  int
	Missing  []Need // what the document lacks (on its own page)
	Map      []Need // Innokylä's: every field and section of its form, and what fills it (on its own page)
	Form     string // Innokylä's: the page that shows what to copy into Innokylä's form, or ""
	FormLang string // the language of that page ("fi") when it is not the page's
}

// Need is a field or section a form asks for.
type Need struct {
	Label    string // the field's or section's label in the page's language
	Key      string // the front matter field(s) ("summary", "start_date, end_date", "/contact_persons/0/email") or the heading ("## Tavoitteet")
	Innokyla string // Innokylä's label for it (in Finnish)
	Lang     string // "fi" when Innokyla is not in the page's language
	Source   string // whose requirement it is: "Innokylä vaatii", "malli suosittelee", …
	Note     string // why malli has nothing for it
	Required bool   // Innokylä requires it
	Filled   bool
}

// Group is the documents of one type, for the home page.
type Group struct {
	Type   TypeInfo
	Items  []Item // most recently modified first
	Drafts bool   // some items are drafts (with a publishing readiness)
}

// Page is the data of one rendered page.
type Page struct {
	Site        SiteInfo
	Kind        string // home, list, single, 404
	Lang        string
	Title       string
	Summary     string
	ContentLang string // the language of Title, Summary and Content when it is not the page's (an untranslated _index.md)
	Href        string
	Type        TypeInfo
	Content     template.HTML
	Fields      []Field
	Due         []Due  // dates derived from the rules of documents it references
	Headings    []Link // H2 table of contents
	Backlinks   []Link
	Items       []Item  // a listing's documents
	Groups      []Group // the home page's documents, by type
	Diagrams    []Diagram
	Tables      []Table // the document's lists shown as tables (x-malli-table) and series of measurements (x-malli-series)
	Modified    string
	Status      string
	// Publishing and Innokyla are the document's readiness figures, with
	// what it lacks (see Item).
	Publishing, Innokyla *Figure
	// Form is what an Innokylä page shows: the document as Innokylä's
	// form asks for it, to copy from.
	Form *Form
	// Canonical is the page's URL, absolute with an absolute base URL;
	// "" on a 404 page. Alternates are its language versions (itself
	// included) when it has more than one.
	Canonical  string
	Alternates []Link
	// Crumbs are the breadcrumbs: the home page, the type's listing, …,
	// the page itself (Current); none on the home and 404 pages.
	Crumbs []Link
	OG     OpenGraph
	// Scripts are the theme's static scripts the page loads
	// ("static/innokyla.js"); a page without any allows none.
	Scripts []string
	// Reference is what the user guide's field or code reference shows.
	Reference *Reference

	// home: the situational picture (home.go) on the home page, and a
	// project's hub on its page.
	Picture *Picture
	Hub     *Hub
	// model (the operating model page, model.go): Record is the address
	// of the document's own record in Innokylä, from the field its type's
	// x-malli innokyla "record" names, or ""; Basics are Fields without
	// that field (a page shows Record in its own place); Referrers are
	// Backlinks without the documents Fields link to already, so that a
	// related document is listed once.
	Record    string
	Basics    []Field
	Referrers []Link

	// evaluation (evaluation.go): a self-evaluation's scores
	// (x-malli-scorecard); the comparisons by phase of the evaluations of
	// the same subject and criteria set — on an evaluation's page its own,
	// on a subject's (a project's) one per criteria set, for
	// {{template "phases" .}}; a list shown under its groups' headings
	// (x-malli-grouped) and a scale as a legend (x-malli-scale), on a
	// criteria set's page.
	Scorecards []Scorecard
	Phases     []Phases
	Grouped    []GroupedList
	Scales     []ScaleLegend

	// taxonomy: a taxonomy page's taxonomy (and term); a listing's
	// filters (the taxonomies its documents use, as links to their terms),
	// its introduction from the type's schema, and the orders its type
	// offers (listing.go), the one it is in Current.
	Taxonomy *TaxonomyView
	Filters  []Filter
	Intro    string
	Orders   []Link
	// TitleNote follows Title in the document's <title>: on a listing in
	// one of its other orders, the order, so that each page's title is
	// its own.
	TitleNote string

	// canonical, when set, gives the page that Canonical and Alternates
	// name in each language instead of the page itself (a listing in one
	// of its other orders names the listing).
	canonical func(diag.Lang) string
}

// OpenGraph is a page's Open Graph metadata besides its title and summary.
type OpenGraph struct {
	Type       string   // "website", or "article" for a document
	URL        string   // the canonical URL when it is absolute, else ""
	Locale     string   // fi_FI, sv_FI, en_GB
	Alternates []string // the locales of its other language versions
}

// Form is a document's Innokylä export as a page shows it: each field and
// section of Innokylä's form with the text to paste into it.
type Form struct {
	Name      string // what the document is in Innokylä ("toimintamalli"), in the page's language
	NameLang  string // "fi" when Name is Finnish on a page in another language
	Source    string // the Innokylä page the labels were read from
	Doc       Link   // the document, in the page's language where translated
	Data      string // the Innokylä export's href
	Fields    []CopyItem
	Sections  []CopyItem
	Other     []CopyItem // the body's sections Innokylä's form has no place for
	Readiness *Figure    // what Innokylä still needs
}

// CopyItem is one field or section of Innokylä's form and its text.
type CopyItem struct {
	ID       string // the id of its text, unique on the page ("innokyla-1")
	Label    string // Innokylä's label, in Finnish
	Text     string // the text to paste, in Finnish; "" when the document has none
	Lang     string // "fi" when the page is in another language
	Rows     int    // how many lines its text box shows
	Key      string // the document's field(s) or heading it comes from ("title", "## Ratkaisun perusidea")
	Includes []string
	Note     string // why malli has nothing for it, in the page's language
	Required bool   // Innokylä requires it
	Source   string // whose requirement it is, when Required
}

func typeInfo(g *graph.Graph, t *schema.Type, lang diag.Lang) TypeInfo {
	if t == nil {
		return TypeInfo{}
	}
	return TypeInfo{
		Name:     t.Name,
		Label:    t.Label.In(lang),
		Plural:   t.Plural.In(lang),
		Href:     g.Href(langPrefix(lang) + "/" + t.Folder + "/"),
		Innokyla: t.Innokyla != nil,
	}
}

// figures returns d's readiness figures as shown in lang: the publishing
// readiness of a draft, and the Innokylä readiness of a type with a
// counterpart there; with what d lacks when detail is set (its own page).
func figures(d *page.Document, lang diag.Lang, detail bool) (publishing, innokyla *Figure) {
	if d.IsIndex || d.Report == nil {
		return nil, nil
	}
	if d.Status == "draft" {
		publishing = &Figure{Percent: d.Publishing.Percent}
		if detail {
			publishing.Missing = needs(d, d.Publishing.Missing(), lang)
		}
	}
	if r := d.Innokyla; r != nil {
		innokyla = &Figure{Percent: r.Percent}
		if detail {
			innokyla.Missing = needs(d, r.Missing(), lang)
			innokyla.Map = needs(d, r.Items, lang)
		}
	}
	return publishing, innokyla
}

func needs(d *page.Document, list []page.Need, lang diag.Lang) []Need {
	out := make([]Need, 0, len(list))
	for _, n := range list {
		v := Need{Label: n.Label.In(lang), Innokyla: n.Innokyla, Note: n.Note.In(lang), Required: n.Required, Filled: n.Filled}
		switch {
		case n.Section != "":
			if s, ok := d.Type.Section(n.Section); ok {
				v.Key = "## " + s.Title.In(d.Lang)
			}
		case len(n.Fields) > 0:
			keys := make([]string, len(n.Fields))
			for i, f := range n.Fields {
				keys[i] = strings.TrimPrefix(f, "/")
				if strings.Contains(keys[i], "/") {
					keys[i] = f // a nested field: its pointer
				}
			}
			v.Key = strings.Join(keys, ", ")
		}
		if v.Label == v.Innokyla {
			v.Label = "" // the key says which of the type's it is
		}
		if n.Innokyla == "" || n.Required {
			v.Source = n.Source.Says().In(lang)
		}
		if n.Innokyla != "" && lang != diag.FI {
			v.Lang = "fi"
		}
		out = append(out, v)
	}
	return out
}

func langPrefix(lang diag.Lang) string {
	if lang == page.DefaultLang {
		return ""
	}
	return "/" + string(lang)
}

// hidden are the common fields a page shows in its own places, not in the
// field list.
var hidden = map[string]bool{"id": true, "type": true, "title": true, "summary": true, "status": true}

// fields turns the front matter of d into Fields in source order, with
// labels from the schema, codes replaced by labels and references as links.
// It leaves out the common fields a page shows in its own places and the
// fields at the pointers tabled, which the page shows as tables.
func fields(g *graph.Graph, d *page.Document, lang diag.Lang, tabled map[string]bool) []Field {
	if d.Front == nil || d.Report == nil {
		return nil
	}
	var out []Field
	for _, e := range d.Front.Entries {
		if hidden[e.Key] || tabled["/"+schema.EscapeToken(e.Key)] {
			continue
		}
		out = append(out, field(g, d, lang, "/"+schema.EscapeToken(e.Key), e.Key, e.Value))
	}
	return out
}

func field(g *graph.Graph, d *page.Document, lang diag.Lang, ptr, key string, n *frontmatter.Node) Field {
	f := Field{Key: key, Label: d.Report.Label(ptr).Label.In(lang), Pointer: ptr}
	if f.Label == "" {
		f.Label = key
	}
	switch n.Kind {
	case frontmatter.Map:
		for _, e := range n.Entries {
			f.Fields = append(f.Fields, field(g, d, lang, ptr+"/"+schema.EscapeToken(e.Key), e.Key, e.Value))
		}
		// Items of top-level lists are link targets (criteria, measures,
		// steps): graph checks anchors against the same set.
		if id := n.Get("id"); id != nil && id.Kind == frontmatter.String && strings.Count(ptr, "/") == 2 {
			f.ID = id.Text
		}
	case frontmatter.List:
		for i, it := range n.Items {
			f.Items = append(f.Items, field(g, d, lang, fmt.Sprintf("%s/%d", ptr, i), "", it))
		}
	case frontmatter.Null:
	default:
		f.Text = n.Text
		f.Bool = n.Kind == frontmatter.Bool
		if l := d.Report.EnumLabel(ptr, n.Text); l != nil {
			f.Text = l.In(lang)
		}
		if isodate.Valid(n.Text) {
			f.Text = Format{lang}.Date(n.Text)
		}
		if n.Kind == frontmatter.Number {
			f.Text = Format{lang}.Number(n.Text)
		}
		f.Href = g.Refs(d)[ptr]
		if f.Href == "" && n.Kind == frontmatter.String && d.Report.Format(ptr) == "email" {
			f.Href = "mailto:" + n.Text
		}
		if f.Href != "" && !strings.HasPrefix(f.Href, "mailto:") {
			if t, tl := refTitle(g, d, ptr, n.Text, lang); t != "" {
				f.Text = t
				if tl != lang {
					f.Lang = string(tl)
				}
			}
		} else if l := d.Report.CodeLink(ptr, n.Text); l != nil {
			f.Href = l.In(lang) // a licence's deed in the page's language
		}
	}
	return f
}

// refTitle names the target of a reference by its title (or its item's
// title), in lang where it is translated, and says which language that is.
func refTitle(g *graph.Graph, d *page.Document, ptr, id string, lang diag.Lang) (string, diag.Lang) {
	for _, e := range g.Out(d) {
		if e.Pointer != ptr {
			continue
		}
		t := g.Variant(e.To, lang)
		if t == nil {
			return "", lang
		}
		items, _ := t.Params[refItem(d, ptr)].([]any)
		for _, it := range items {
			if m, _ := it.(map[string]any); m["id"] == id {
				if s, _ := m["title"].(string); s != "" {
					return s, t.Lang
				}
			}
		}
		return t.Title, t.Lang
	}
	return "", lang
}

func refItem(d *page.Document, ptr string) string {
	for _, r := range d.Report.Refs {
		if r.Pointer == ptr {
			return r.Spec.Item
		}
	}
	return ""
}

// dues returns the dates derived for d (graph.Due) as a page in lang shows them.
func dues(g *graph.Graph, d *page.Document, lang diag.Lang) []Due {
	var out []Due
	for _, u := range g.Due(d) {
		due := Due{Label: u.Label.In(lang), Date: Format{lang}.Date(u.Date), ISO: u.Date, Months: u.Months, After: Format{lang}.Date(u.After)}
		if t := g.Variant(u.From, lang); t != nil {
			due.Rule = Link{Text: t.Title, Href: g.Href(t.URL)}
			if t.Lang != lang {
				due.Rule.Lang = string(t.Lang)
			}
		}
		out = append(out, due)
	}
	return out
}

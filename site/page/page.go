// Package page turns a Markdown file into a typed Document: it decodes the
// front matter, validates it against the type its folder names, parses the
// body, checks the body's H2 sections against the type, and computes the
// document's language and URL.
//
// File names decide identity and language: "toimintamallit/x.md" is the
// default-language (Finnish) document x of the type whose folder is
// "toimintamallit"; "x.sv.md" and "x.en.md" are its translations; a bundle
// "x/index.md" may keep attachments beside it. "_index.md" files hold the
// text of the home page (at the top) or of a type's listing, and use the
// type whose schema says "index_files". URLs mirror folders:
// "/toimintamallit/x/", "/sv/toimintamallit/x/".
//
// The body may publish only links whose URL scheme is http, https, mailto
// or tel, or relative links (see package safeurl); any other scheme, such
// as javascript: or data:, is an error at the link (or at its reference
// definition), and the link is rendered as its text. Raw HTML is not
// published: each block or tag is a warning.
//
// Codes: page.no-type, page.bad-path, page.bad-name, page.bad-id,
// page.id-mismatch, schema.* (from the schema stage, positioned here),
// url.scheme (in the body, or from the schema stage for a URL field),
// markdown.raw-html, section.missing, section.unknown, and the checks that
// need only this document: score.duplicate, score.na-reason,
// score.na-scored, path.next-unknown,
// path.unreachable, and of code lists (codes.go): code.not-in-force and
// the x-malli-belongs-to codes (area.county-region,
// area.municipality-region, area.municipality-county); in a document of
// aggregate figures only (persons.go) monitoring.person-level and
// monitoring.small-cell for the number of clients a value is computed from.
package page

import (
	"crypto/sha256"
	"path"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/frontmatter"
	"github.com/malli-fi/malli/site/internal/lineindex"
	"github.com/malli-fi/malli/site/internal/safeurl"
	"github.com/malli-fi/malli/site/markdown"
	"github.com/malli-fi/malli/site/scaffold"
	"github.com/malli-fi/malli/site/schema"
	"github.com/malli-fi/malli/site/source"
)

// DefaultLang is the language of files without a language suffix.
const DefaultLang = diag.FI

// Document is one content file, decoded and checked.
type Document struct {
	Type    *schema.Type
	ID      string
	Lang    diag.Lang
	File    source.File
	Dir     string // the content folder its relative links start from ("toimintamallit" or "toimintamallit/x" for a bundle)
	URL     string // site-relative, e.g. "/toimintamallit/x/"; the home page is "/"
	IsIndex bool   // an _index.md: the text of the home page or a listing

	Title, Summary, Status string
	Modified               string

	Params map[string]any // the front matter as JSON-like values
	Front  *frontmatter.Node
	Body   *markdown.Doc
	Report *schema.Report

	// Publishing is how much of what publishing asks the document has:
	// the schema's required fields for status "published" and the
	// required body sections, whoever's requirements they are.
	Publishing Readiness
	// Innokyla is how much of its Innokylä counterpart's form (as the
	// type's x-malli.innokyla maps it) the document fills; nil for a type
	// with no counterpart in Innokylä.
	Innokyla *Readiness
	// Anchors are the ids a link may name after "#": every heading's, and
	// every front matter list item's id (criteria, measures, steps).
	Anchors map[string]bool
	// Hash is the SHA-256 of the file: what a cache of scan results keys on.
	Hash [sha256.Size]byte

	bodyOffset int
	lines      *lineindex.Index
}

// FrontMatter returns the file's bytes before the body: the front matter
// and its delimiters.
func (d *Document) FrontMatter() []byte { return d.File.Data[:d.bodyOffset] }

// Readiness is how much of a form a document fills: Percent of Items
// (rounded down; 100 when there are none).
type Readiness struct {
	Percent int
	Items   []Need
}

// Missing returns the items the document lacks.
func (r Readiness) Missing() []Need {
	var out []Need
	for _, n := range r.Items {
		if !n.Filled {
			out = append(out, n)
		}
	}
	return out
}

// Need is a field or section a form asks for, and whether the document
// fills it.
type Need struct {
	Fields  []string      // the front matter field(s) that fill it (JSON Pointers), or none
	Section string        // a section id, or ""
	Label   schema.Labels // the field's or section's label
	Source  schema.Source // whose requirement it is
	// Innokyla is Innokylä's label for it (Innokylä readiness), and Note
	// why the type has nothing for it (then Fields and Section are empty).
	Innokyla string
	Note     schema.Labels
	// Required says, of an Innokylä item, that Innokylä requires it
	// (Source is then Innokylä's).
	Required bool
	Filled   bool
}

func readiness(items []Need) Readiness {
	have := 0
	for _, n := range items {
		if n.Filled {
			have++
		}
	}
	r := Readiness{Percent: 100, Items: items}
	if len(items) > 0 {
		r.Percent = have * 100 / len(items)
	}
	return r
}

// publishing computes Publishing.
func (d *Document) publishing() Readiness {
	if d.Report == nil {
		return readiness(nil)
	}
	var items []Need
	for _, req := range d.Report.Requirements("published") {
		ptr := "/" + schema.EscapeToken(req.Name)
		items = append(items, Need{Fields: []string{ptr}, Label: d.Report.Label(ptr).Label, Source: req.Source, Filled: filled(d.Params[req.Name])})
	}
	for _, s := range d.Type.Sections {
		if s.Required("published") {
			items = append(items, Need{Section: s.ID, Label: s.Title, Source: s.Whose(), Filled: d.hasSection(s)})
		}
	}
	return readiness(items)
}

// innokyla computes Innokyla.
func (d *Document) innokyla() *Readiness {
	m := d.Type.Innokyla
	if m == nil || d.Report == nil {
		return nil
	}
	whose := map[string]schema.Source{}
	for _, req := range d.Report.Requirements("published") {
		whose[req.Name] = req.Source
	}
	var items []Need
	for _, it := range m.Fields {
		n := Need{Innokyla: it.Label, Note: it.Note, Filled: len(it.Fields) > 0}
		for i, f := range it.Fields {
			ptr := schema.FieldPointer(f)
			v, _ := schema.Get(d.Params, ptr)
			n.Filled = n.Filled && filled(v)
			n.Fields = append(n.Fields, ptr)
			if i == 0 {
				n.Label = d.Report.Label(ptr).Label
				if len(it.Fields) > 1 {
					n.Label = nil // several fields: the Innokylä label says it
				}
			}
			if src, ok := whose[strings.TrimPrefix(ptr, "/")]; ok && src.By == schema.ByInnokyla {
				n.Required, n.Source = true, src
			}
		}
		items = append(items, n)
	}
	for _, it := range m.Sections {
		n := Need{Innokyla: it.Label, Note: it.Note, Section: it.Section}
		if s, ok := d.Type.Section(it.Section); ok {
			n.Label, n.Filled = s.Title, d.hasSection(s)
			if src := s.Whose(); src.By == schema.ByInnokyla && s.Required("published") {
				n.Required, n.Source = true, src
			}
		}
		items = append(items, n)
	}
	r := readiness(items)
	return &r
}

// anchors computes Anchors.
func (d *Document) anchors() map[string]bool {
	a := make(map[string]bool, len(d.Body.Headings))
	for _, h := range d.Body.Headings {
		a[h.ID] = true
	}
	for _, v := range d.Params {
		if items, ok := v.([]any); ok {
			for _, it := range items {
				if m, ok := it.(map[string]any); ok {
					if id, ok := m["id"].(string); ok {
						a[id] = true
					}
				}
			}
		}
	}
	return a
}

// filled reports whether a front matter value says something: not absent,
// null, an empty text, list or group.
func filled(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case string:
		return strings.TrimSpace(v) != ""
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

func (d *Document) hasSection(s schema.Section) bool {
	title := []string{s.Title.In(d.Lang)}
	for _, h := range d.Body.Headings {
		if h.Level == 2 && sectionIndex(title, h.Text) == 0 {
			return true
		}
	}
	return false
}

// Pos returns the file position of a byte offset in the body.
func (d *Document) Pos(bodyOffset int) diag.Pos {
	line, col := d.lines.At(d.bodyOffset + bodyOffset)
	return diag.Pos{File: d.File.Path, Line: line, Col: col}
}

// PointerPos returns the position of a JSON Pointer into the front matter:
// its key, or its value when atValue. A pointer that does not exist gives
// the position of its deepest existing parent.
func (d *Document) PointerPos(pointer string, atValue bool) diag.Pos {
	if d.Front == nil {
		return diag.Pos{File: d.File.Path, Line: 1, Col: 1}
	}
	var pos diag.Pos
	if atValue {
		pos, _ = d.Front.LocateValue(pointer)
	} else {
		pos, _ = d.Front.Locate(pointer)
	}
	if pos.Line == 0 {
		pos = diag.Pos{File: d.File.Path, Line: 1, Col: 1}
	}
	return pos
}

// Key identifies a document by its type, id and language. With Lang ""
// it names the document in all its languages.
type Key struct {
	Type, ID string
	Lang     diag.Lang
}

func (k Key) String() string {
	if k.Lang == "" {
		return k.Type + "/" + k.ID
	}
	return k.Type + "/" + k.ID + "." + string(k.Lang)
}

// AllLangs returns k without its language.
func (k Key) AllLangs() Key { k.Lang = ""; return k }

// In returns k in language lang.
func (k Key) In(lang diag.Lang) Key { k.Lang = lang; return k }

// Key returns the document's key.
func (d *Document) Key() Key { return Key{Type: d.Type.Name, ID: d.ID, Lang: d.Lang} }

// InnokylaURL returns the URL of the page, in lang, that shows what of d to
// copy into Innokylä's form ("/toimintamallit/x/innokyla/",
// "/sv/toimintamallit/x/innokyla/"), or "" when d has none. Innokylä is
// Finnish: a default-language document of a type with an Innokylä
// counterpart has one, in every language of the site; a translation has
// none of its own.
func (d *Document) InnokylaURL(lang diag.Lang) string {
	if d.IsIndex || d.Lang != DefaultLang || d.Type == nil || d.Type.Innokyla == nil {
		return ""
	}
	prefix := ""
	if lang != DefaultLang {
		prefix = "/" + string(lang)
	}
	return prefix + d.URL + "innokyla/"
}

// New decodes and checks one Markdown file. It returns nil when the file
// cannot become a document at all (no type for its folder); otherwise the
// document, even if it has problems, so that references to it still resolve.
//
// reserved are anchor ids the theme uses on the page around the body; a
// heading whose id would be one of them gets a suffix. opts configure the
// body's parse (markdown.NoHTML for a check that renders nothing).
func New(f source.File, reg *schema.Registry, reserved []string, opts ...markdown.Option) (*Document, diag.List) {
	var diags diag.List
	name := path.Base(f.Rel)
	dir := path.Dir(f.Rel)
	stem, lang := splitLang(strings.TrimSuffix(name, ".md"))
	d := &Document{File: f, Lang: lang}
	if lang == "" {
		diags.Errorf(diag.Pos{File: f.Path, Line: 1, Col: 1}, diag.PageBadName, name)
		return nil, diags
	}

	parts := strings.Split(dir, "/")
	switch {
	case stem == "_index" && dir == ".":
		d.IsIndex, d.Type, d.ID, d.URL = true, reg.Index, "_index", "/"
	case stem == "_index" && len(parts) == 1:
		d.IsIndex, d.Type, d.ID, d.URL, d.Dir = true, reg.Index, dir+"/_index", "/"+dir+"/", dir
	case dir != "." && len(parts) == 1:
		d.Type, d.ID, d.URL, d.Dir = reg.ByFolder(dir), stem, "/"+dir+"/"+stem+"/", dir
	case stem == "index" && len(parts) == 2:
		d.Type, d.ID, d.URL, d.Dir = reg.ByFolder(parts[0]), parts[1], "/"+dir+"/", dir
	}
	if d.Type == nil {
		pos := diag.Pos{File: f.Path, Line: 1, Col: 1}
		switch {
		case reg.Broken(parts[0]): // the schema's diagnostic says it all
		case reg.ByFolder(parts[0]) != nil: // the right folder, too deep
			base := strings.TrimSuffix(name, ".md")
			diags.Errorf(pos, diag.PageBadPath, f.Rel, parts[0]+"/"+base+".md", parts[0]+"/"+base+"/index.md")
		default:
			diags.Errorf(pos, diag.PageNoType, f.Rel, folders(reg))
		}
		return nil, diags
	}
	if lang != DefaultLang {
		d.URL = "/" + string(lang) + d.URL
	}

	doc, fmDiags := frontmatter.Parse(f.Path, f.Data)
	diags.Append(fmDiags)
	d.lines = doc.Lines
	d.bodyOffset = doc.BodyOffset
	d.Hash = sha256.Sum256(f.Data)
	d.Body = markdown.Parse(doc.Body, append(opts, markdown.ReservedIDs(reserved...))...)
	diags.Append(d.checkBody())
	d.Front = doc.Front
	if d.Front == nil {
		d.Anchors = d.anchors()
		return d, diags
	}
	value := d.Front.Value()
	d.Params, _ = value.(map[string]any)
	if id, ok := d.Params["id"].(string); ok && id != "" && !d.IsIndex {
		if id != d.ID {
			diags.Errorf(d.PointerPos("/id", true), diag.PageIDMismatch, id, d.ID)
		}
	}
	d.Title = str(d.Params["title"])
	d.Summary = str(d.Params["summary"])
	d.Status = str(d.Params["status"])
	d.Modified = str(d.Params["modified"])

	d.Report = d.Type.Check(value)
	for _, p := range d.Report.Problems {
		pos := d.PointerPos(p.Pointer, p.AtValue)
		if p.Pointer == "" && (p.Code == diag.SchemaRequired || p.Code == diag.SchemaRequiredPublished) {
			pos = diag.Pos{File: f.Path, Line: doc.Start.Line, Col: 1}
		}
		dg := diags.Add(pos, p.Severity, p.Code, p.Args...)
		dg.Hint = p.Hint
	}
	if _, given := d.Params["id"]; !given && !d.IsIndex && !d.Report.ValidProperty("", "id", d.ID) {
		diags.Errorf(diag.Pos{File: f.Path, Line: 1, Col: 1}, diag.PageBadID, d.ID, badIDHint(d.ID))
	}
	diags.Append(d.checkSections())
	diags.Append(d.checkDuplicateScores())
	diags.Append(d.checkReasons())
	diags.Append(d.checkSteps())
	diags.Append(d.checkCodes())
	diags.Append(d.checkPersonData())
	d.Publishing = d.publishing()
	d.Innokyla = d.innokyla()
	d.Anchors = d.anchors()
	return d, diags
}

// checkBody reports what the body may not publish: URLs with a scheme
// other than the allowed ones, and raw HTML.
func (d *Document) checkBody() diag.List {
	var diags diag.List
	for _, u := range d.Body.RefusedURLs {
		diags.Errorf(d.Pos(u.Offset), diag.URLScheme, u.Scheme+":", safeurl.List()).Hint = linkHint
	}
	for _, off := range d.Body.RawHTML {
		diags.Warnf(d.Pos(off), diag.MarkdownRawHTML).Hint = rawHTMLHint
	}
	return diags
}

var (
	linkHint = diag.Words{
		FI: "käytä https://-alkuista linkkiä tai linkitä sivuston tiedostoon suhteellisella polulla, esim. [teksti](../toimintamallit/malli.md)",
		SV: "använd en länk som börjar med https:// eller länka till en fil på webbplatsen med en relativ sökväg, t.ex. [text](../toimintamallit/modell.md)",
		EN: "use a link starting with https://, or link to a file of the site by a relative path, e.g. [text](../toimintamallit/model.md)",
	}
	rawHTMLHint = diag.Words{
		FI: "kirjoita sisältö Markdownina: **lihavointi**, *kursiivi*, [linkki](osoite), luettelot ja taulukot",
		SV: "skriv innehållet i Markdown: **fetstil**, *kursiv*, [länk](adress), listor och tabeller",
		EN: "write it in Markdown: **bold**, *italics*, [link](address), lists and tables",
	}
)

// checkSections compares the body's H2 headings with the type's sections.
// A heading that is a near miss of a missing required section ("## Toimintaympäristöt")
// gets one error, at that heading, rather than a warning and an error.
func (d *Document) checkSections() diag.List {
	var diags diag.List
	if len(d.Type.Sections) == 0 {
		return nil
	}
	var titles []string
	for _, s := range d.Type.Sections {
		titles = append(titles, s.Title.In(d.Lang))
	}
	present := map[int]bool{} // section index -> present
	var h2, unknown []markdown.Heading
	for _, h := range d.Body.Headings {
		if h.Level != 2 {
			continue
		}
		h2 = append(h2, h)
		if i := sectionIndex(titles, h.Text); i >= 0 {
			present[i] = true
		} else {
			unknown = append(unknown, h)
		}
	}
	misspelt := map[int]bool{} // unknown heading index -> reported as a missing section
	for i, s := range d.Type.Sections {
		if present[i] || !s.Required(d.Status) {
			continue
		}
		// Point where the section belongs: at a misspelt heading of it, at
		// the first present section declared after it, or at the end.
		pos, hint := d.Pos(len(d.Body.Source)), diag.Localized(nil)
		found := false
		for j, h := range unknown {
			if !misspelt[j] && schema.Closest(h.Text, []string{titles[i]}) != "" {
				pos, hint, found = d.Pos(h.Offset), schema.Suggest(h.Text, titles[i:i+1]), true
				misspelt[j] = true
				break
			}
		}
		for _, h := range h2 {
			if found {
				break
			}
			if j := sectionIndex(titles, h.Text); j > i {
				pos, found = d.Pos(h.Offset), true
			}
		}
		status := diag.Localized(schema.Labels{"fi": d.Status})
		if l := d.Report.EnumLabel("/status", d.Status); l != nil {
			status = l
		}
		diags.Errorf(pos, diag.SectionMissing, titles[i], s.Whose().Says(), status).Hint = hint
	}
	if !d.Type.OtherSections {
		for j, h := range unknown {
			if !misspelt[j] {
				dg := diags.Warnf(d.Pos(h.Offset), diag.SectionUnknown, h.Text, schema.Field{Key: d.Type.Name, Label: d.Type.Label})
				dg.Hint = schema.Suggest(h.Text, titles)
				if dg.Hint == nil {
					dg.Hint = schema.DidYouMean(longer(titles, h.Text))
				}
			}
		}
	}
	return diags
}

// longer returns the title that text is the start of, words and all
// ("Lähtötilanne" of "Lähtötilanne ja strategiset liittymäkohdat"): a
// section's shortened or older label; "" when none or several are.
func longer(titles []string, text string) string {
	prefix := strings.ToLower(strings.TrimSpace(text)) + " "
	found := ""
	for _, t := range titles {
		if strings.HasPrefix(strings.ToLower(t), prefix) {
			if found != "" {
				return ""
			}
			found = t
		}
	}
	return found
}

// sectionIndex returns the index of the section titled text, or -1.
func sectionIndex(titles []string, text string) int {
	for i, t := range titles {
		if strings.EqualFold(strings.TrimSpace(text), t) {
			return i
		}
	}
	return -1
}

// splitLang splits "x.sv" into "x" and sv; a stem without a suffix is in
// the default language; an unknown suffix gives "".
func splitLang(stem string) (string, diag.Lang) {
	i := strings.LastIndexByte(stem, '.')
	if i < 0 {
		return stem, DefaultLang
	}
	if l, ok := diag.ParseLang(stem[i+1:]); ok {
		return stem[:i], l
	}
	return stem, ""
}

func folders(reg *schema.Registry) string {
	var out []string
	for _, t := range reg.Types {
		out = append(out, t.Folder+"/")
	}
	return strings.Join(out, ", ")
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// Section returns the type's section that an H2 heading text opens, if
// the heading is one of the type's sections in the document's language.
func (d *Document) Section(heading string) (schema.Section, bool) {
	for _, s := range d.Type.Sections {
		if strings.EqualFold(strings.TrimSpace(heading), s.Title.In(d.Lang)) {
			return s, true
		}
	}
	return schema.Section{}, false
}

// badIDHint is a file name to suggest for a file whose name is no valid
// id: the name spelled as malli new would spell it.
func badIDHint(id string) string {
	if s, err := scaffold.ID(id); err == nil {
		return s + ".md"
	}
	return "uusi-nimi.md"
}

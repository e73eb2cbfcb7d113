package export

import (
	"html"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/frontmatter"
	"github.com/malli-fi/malli/site/internal/isodate"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// The Innokylä-shaped export: for every published default-language
// document of a type with an Innokylä counterpart (its schema's
// x-malli.innokyla), data/innokyla/<type>/<id>.json holds the fields and
// sections of Innokylä's form, named and ordered as Innokylä names them,
// each with its value as text a person can paste into the form:
//
//	codes          their Finnish labels
//	dates          d.m.yyyy; two dates of one field (a period) as "d.m.yyyy–d.m.yyyy"
//	numbers        with a decimal comma
//	true, false    "kyllä", "ei"
//	references     the title of the document (or item) referred to
//	attachments    a path naming a published attachment of the document: its URL
//	lists          one item a line (a blank line between items of several lines)
//	an object      of plain values: the values on one line, ", " between, in the
//	               order written (a person: "Name, role, email"); a true or false
//	               value as "Label: kyllä"; of lists or objects: "Label: value" a line
//	a section      the text of the body's H2 section (Sections) as pasteText writes
//	               it, then the text of the sections it includes, each under its title
//
// Innokylä is Finnish: the export is of the Finnish document; its Swedish
// and English versions are listed in translations (their data is in
// data/<type>/<id>.sv.json and .en.json). The text before the first H2
// heading has no place in Innokylä's form and is left out; the body's
// other sections that nothing of the form takes are in other_sections.

// InnokylaPath returns where d's Innokylä export goes, or "" when d has
// none (see page.Document.InnokylaURL).
func InnokylaPath(d *page.Document) string {
	if d.InnokylaURL(page.DefaultLang) == "" {
		return ""
	}
	return Dir + "/innokyla/" + d.Type.Name + "/" + d.ID + ".json"
}

// InnokylaFile is data/innokyla/<type>/<id>.json.
type InnokylaFile struct {
	Envelope
	Innokyla
}

// Innokyla is a document as Innokylä's form asks for it.
type Innokyla struct {
	Type         string         `json:"type"`
	ID           string         `json:"id"`
	Lang         string         `json:"lang"` // always "fi"
	Title        string         `json:"title"`
	URL          string         `json:"url"`  // the document's page
	Data         string         `json:"data"` // the document's export
	Page         string         `json:"page"` // the page that shows this file as a form to copy from
	Counterpart  Counterpart    `json:"counterpart"`
	Fields       []FormItem     `json:"fields"`
	Sections     []FormItem     `json:"sections"`
	Other        []OtherSection `json:"other_sections"`
	Readiness    *Readiness     `json:"readiness"` // what Innokylä still needs
	Translations []Translation  `json:"translations"`
}

// Counterpart is what the document is in Innokylä.
type Counterpart struct {
	Name   Labels `json:"name"`   // "toimintamalli", "kokonaisuus"
	Source string `json:"source"` // a public Innokylä page the labels were read from
}

// FormItem is one field or section of Innokylä's form and the document's
// text for it.
type FormItem struct {
	Label    string     `json:"label"`    // as Innokylä shows it, in Finnish
	Text     string     `json:"text"`     // the text to paste; "" when the document has nothing for it
	Filled   bool       `json:"filled"`   // the document fills it (Innokylä readiness)
	Required bool       `json:"required"` // Innokylä requires it
	Fields   []string   `json:"fields,omitempty"`
	Section  string     `json:"section,omitempty"`
	Includes []Included `json:"includes,omitempty"`
	Note     *Labels    `json:"note,omitempty"` // why malli has nothing for it
}

// Included is a section Innokylä's form has no place for, whose text a
// section's text carries under its title.
type Included struct {
	Section string `json:"section"`
	Title   string `json:"title"`
}

// OtherSection is a section of the body that nothing of Innokylä's form takes.
type OtherSection struct {
	ID      string `json:"id"`
	Section string `json:"section,omitempty"`
	Title   string `json:"title"`
	Text    string `json:"text"`
}

// InnokylaDoc encodes d's Innokylä export (InnokylaPath) with its rendered
// body.
func (s Site) InnokylaDoc(d *page.Document, body []byte) ([]byte, error) {
	return encode(InnokylaFile{s.envelope("innokyla.schema.json"), s.Innokyla(d, body)})
}

// Innokyla returns d's Innokylä export with its rendered body; d is a
// document InnokylaPath names a file for.
func (s Site) Innokyla(d *page.Document, body []byte) Innokyla {
	out := Innokyla{
		Type: d.Type.Name, ID: d.ID, Lang: string(d.Lang), Title: d.Title,
		URL: s.URL(d.URL), Data: s.URL("/" + DataPath(d)), Page: s.URL(d.InnokylaURL(page.DefaultLang)),
		Fields: []FormItem{}, Sections: []FormItem{}, Other: []OtherSection{},
		Readiness: &Readiness{Percent: 100, Missing: []Missing{}}, Translations: []Translation{},
	}
	for _, t := range s.G.Translations(d) {
		if t.Lang != d.Lang {
			out.Translations = append(out.Translations, Translation{Lang: string(t.Lang), URL: s.URL(t.URL), Data: s.URL("/" + DataPath(t))})
		}
	}
	m := d.Type.Innokyla
	if m == nil || d.Report == nil {
		return out
	}
	out.Counterpart = Counterpart{Name: labels(m.Name), Source: m.Page}
	var needs []page.Need
	if d.Innokyla != nil {
		out.Readiness = readiness(*d.Innokyla)
		needs = d.Innokyla.Items
	}
	need := func(i int) page.Need {
		if i < len(needs) {
			return needs[i]
		}
		return page.Need{}
	}
	f := former{s: s, d: d}
	for i, it := range m.Fields {
		n := need(i)
		item := FormItem{Label: it.Label, Filled: n.Filled, Required: n.Required, Note: note(it.Note)}
		var texts []string
		for _, fl := range it.Fields {
			ptr := schema.FieldPointer(fl)
			item.Fields = append(item.Fields, ptr)
			texts = append(texts, f.field(ptr))
		}
		item.Text = joinValues(texts)
		out.Fields = append(out.Fields, item)
	}
	sections := splitSections(d, body)
	used := make([]bool, len(sections))
	take := func(id string) (Section, bool) { // the body's section of the type's section id
		for k, sec := range sections {
			if sec.Section == id && sec.ID != "" && !used[k] {
				used[k] = true
				return sec, true
			}
		}
		return Section{}, false
	}
	for i, it := range m.Sections {
		n := need(len(m.Fields) + i)
		item := FormItem{Label: it.Label, Filled: n.Filled, Required: n.Required, Section: it.Section, Note: note(it.Note)}
		var parts []string
		if sec, ok := take(it.Section); ok {
			if t := s.pasteText(sectionBody(sec)); t != "" {
				parts = append(parts, t)
			}
		}
		for _, id := range it.Include {
			if sec, ok := take(id); ok {
				if t := s.pasteText(sectionBody(sec)); t != "" {
					item.Includes = append(item.Includes, Included{Section: id, Title: sec.Title})
					parts = append(parts, sec.Title+"\n\n"+t)
				}
			}
		}
		item.Text = strings.Join(parts, "\n\n")
		out.Sections = append(out.Sections, item)
	}
	for k, sec := range sections {
		if !used[k] && sec.ID != "" { // not the text before the first heading
			out.Other = append(out.Other, OtherSection{ID: sec.ID, Section: sec.Section, Title: sec.Title, Text: s.pasteText(sectionBody(sec))})
		}
	}
	return out
}

func note(l schema.Labels) *Labels {
	if len(l) == 0 {
		return nil
	}
	n := labels(l)
	return &n
}

// joinValues joins the texts of the fields of one item of the form: two
// dates are a period, other values go one a line.
func joinValues(texts []string) string {
	if len(texts) == 2 && isFinnishDate(texts[0]) && isFinnishDate(texts[1]) {
		return texts[0] + "–" + texts[1]
	}
	var out []string
	for _, t := range texts {
		if t != "" {
			out = append(out, t)
		}
	}
	return strings.Join(out, "\n")
}

// former writes the front matter values of one document as Innokylä-ready
// text, in Finnish.
type former struct {
	s Site
	d *page.Document
}

// field returns the text of the value at ptr, "" when there is none.
func (f former) field(ptr string) string {
	n := nodeAt(f.d.Front, ptr)
	if n == nil {
		return ""
	}
	return f.text(ptr, n)
}

func (f former) text(ptr string, n *frontmatter.Node) string {
	switch n.Kind {
	case frontmatter.Null:
		return ""
	case frontmatter.List:
		var items []string
		sep := "\n"
		for i, it := range n.Items {
			t := f.text(ptr+"/"+strconv.Itoa(i), it)
			if t == "" {
				continue
			}
			if strings.Contains(t, "\n") {
				sep = "\n\n"
			}
			items = append(items, t)
		}
		return strings.Join(items, sep)
	case frontmatter.Map:
		flat := true
		for _, e := range n.Entries {
			flat = flat && e.Value.Kind != frontmatter.Map && e.Value.Kind != frontmatter.List
		}
		var parts []string
		for _, e := range n.Entries {
			p := ptr + "/" + schema.EscapeToken(e.Key)
			t := f.inline(p, e.Value)
			switch {
			case t == "":
			case flat && e.Value.Kind != frontmatter.Bool:
				parts = append(parts, t)
			default:
				parts = append(parts, f.label(p, e.Key)+": "+t)
			}
		}
		if flat {
			return strings.Join(parts, ", ")
		}
		return strings.Join(parts, "\n")
	}
	return f.scalar(ptr, n)
}

// inline is the text of a value on one line: a list's items with ", "
// between.
func (f former) inline(ptr string, n *frontmatter.Node) string {
	if n.Kind != frontmatter.List {
		return strings.ReplaceAll(f.text(ptr, n), "\n", ", ")
	}
	var items []string
	for i, it := range n.Items {
		if t := f.inline(ptr+"/"+strconv.Itoa(i), it); t != "" {
			items = append(items, t)
		}
	}
	return strings.Join(items, ", ")
}

func (f former) label(ptr, key string) string {
	if l := f.d.Report.Label(ptr).Label.In(diag.FI); l != "" {
		return l
	}
	return key
}

func (f former) scalar(ptr string, n *frontmatter.Node) string {
	switch n.Kind {
	case frontmatter.Bool:
		if n.Text == "true" {
			return "kyllä"
		}
		return "ei"
	case frontmatter.Number:
		return strings.Replace(n.Text, ".", ",", 1)
	}
	v := n.Text
	if l := f.d.Report.EnumLabel(ptr, v); l != nil {
		return l.In(diag.FI)
	}
	if date, ok := isodate.Finnish(v); ok {
		return date
	}
	if f.s.G.Refs(f.d)[ptr] != "" {
		if t := f.refTitle(ptr, v); t != "" {
			return t
		}
	}
	if a := path.Join(f.d.Dir, v); !strings.Contains(v, ":") && !strings.HasPrefix(v, "/") && published(f.s.G.Assets, a) {
		return f.s.URL("/" + a)
	}
	return strings.TrimSpace(v)
}

// refTitle is the title of what the reference at ptr names: a document, or
// an item of a list of one (by its title).
func (f former) refTitle(ptr, id string) string {
	for _, e := range f.s.G.Out(f.d) {
		if e.Pointer != ptr {
			continue
		}
		t := f.s.G.Doc(e.To)
		if t == nil {
			return ""
		}
		for _, r := range f.d.Report.Refs {
			if r.Pointer != ptr || r.Spec.Item == "" {
				continue
			}
			items, _ := t.Params[r.Spec.Item].([]any)
			for _, it := range items {
				if m, _ := it.(map[string]any); m["id"] == id {
					if s, _ := m["title"].(string); s != "" {
						return s
					}
				}
			}
		}
		return t.Title
	}
	return ""
}

// published reports whether the sorted attachment paths hold a.
func published(assets []string, a string) bool {
	_, ok := slices.BinarySearch(assets, a)
	return ok
}

// nodeAt returns the front matter value at the JSON Pointer ptr, or nil.
func nodeAt(n *frontmatter.Node, ptr string) *frontmatter.Node {
	if ptr == "" {
		return n
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		if n == nil {
			return nil
		}
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch n.Kind {
		case frontmatter.Map:
			n = n.Get(tok)
		case frontmatter.List:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(n.Items) {
				return nil
			}
			n = n.Items[i]
		default:
			return nil
		}
	}
	return n
}

// isFinnishDate reports whether s is a date as finnishDate writes it.
func isFinnishDate(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 3 || len(parts[2]) != 4 {
		return false
	}
	for _, p := range parts {
		if _, err := strconv.Atoi(p); err != nil || p == "" || len(p) > 4 {
			return false
		}
	}
	return true
}

// sectionBody is a section's HTML after its heading.
func sectionBody(sec Section) string {
	if _, after, ok := strings.Cut(sec.HTML, "</h2>"); ok {
		return after
	}
	return sec.HTML
}

// pasteText turns rendered HTML (the markup goldmark writes) into text to
// paste into a text field of a form: a paragraph or heading on one line
// (the source's line breaks inside it are spaces), an empty line between
// blocks, a list item on a line of its own starting with "- " or its
// number ("1. "), nested items indented by two spaces, a hard line break
// as a line break, table cells separated by tabs, preformatted text as it
// is, and after a link's text its URL in parentheses when the URL is one a
// reader elsewhere can follow (http or https, or the site's own when the
// base URL is absolute).
func (s Site) pasteText(h string) string {
	w := &paster{}
	var lists []int // per open list: 0 for ul, else the next item's number
	var links []string
	cell := 0
	for len(h) > 0 {
		lt := strings.IndexByte(h, '<')
		if lt < 0 {
			lt = len(h)
		}
		w.text(html.UnescapeString(h[:lt]))
		if lt == len(h) {
			break
		}
		gt := strings.IndexByte(h[lt:], '>')
		if gt < 0 {
			break
		}
		tag := h[lt+1 : lt+gt]
		h = h[lt+gt+1:]
		closing := strings.HasPrefix(tag, "/")
		name := strings.ToLower(strings.TrimRight(strings.Fields(strings.TrimPrefix(tag, "/") + " ")[0], "/"))
		block := 2
		if len(lists) > 0 {
			block = 1
		}
		switch name {
		case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "table", "hr":
			w.gap(block)
		case "pre":
			w.gap(block)
			if closing {
				w.pre--
			} else {
				w.pre++
			}
		case "ul", "ol":
			if closing {
				if len(lists) > 0 {
					lists = lists[:len(lists)-1]
				}
				if len(lists) == 0 {
					w.gap(2)
				} else {
					w.gap(1)
				}
				break
			}
			w.gap(block)
			n := 0
			if name == "ol" {
				n = 1
				if v := attr(tag, "start"); v != "" {
					if k, err := strconv.Atoi(v); err == nil {
						n = k
					}
				}
			}
			lists = append(lists, n)
		case "li":
			if closing || len(lists) == 0 {
				w.gap(1)
				break
			}
			w.gap(1)
			marker := "- "
			if n := lists[len(lists)-1]; n > 0 {
				marker = strconv.Itoa(n) + ". "
				lists[len(lists)-1]++
			}
			w.marker = strings.Repeat("  ", len(lists)-1) + marker
		case "br":
			w.gap(1)
		case "tr":
			cell = 0
			w.gap(1)
		case "td", "th":
			if !closing {
				if cell > 0 {
					w.raw("\t")
				}
				cell++
			}
		case "a":
			if !closing {
				links = append(links, html.UnescapeString(attr(tag, "href")))
			} else if len(links) > 0 {
				href := links[len(links)-1]
				links = links[:len(links)-1]
				if strings.HasPrefix(href, "/") && s.origin != "" {
					href = s.origin + href
				}
				if (strings.HasPrefix(href, "https://") || strings.HasPrefix(href, "http://")) && !strings.HasSuffix(w.b.String(), href) {
					w.text(" (" + href + ")")
				}
			}
		}
	}
	return tidy(w.b.String())
}

// paster writes pasteText's text.
type paster struct {
	b      strings.Builder
	gaps   int    // line breaks to write before the next text
	marker string // a list item's marker to write before the next text
	space  bool   // white space came since the last text
	pre    int    // depth of <pre>: text is written as it is
}

// gap asks for n line breaks (at least) before the next text.
func (w *paster) gap(n int) { w.gaps = max(w.gaps, n) }

// raw writes s as it is, after the breaks and the marker asked for.
func (w *paster) raw(s string) {
	if w.b.Len() > 0 && w.gaps > 0 {
		w.b.WriteString(strings.Repeat("\n", w.gaps))
	}
	w.gaps, w.space = 0, false
	if w.marker != "" {
		w.b.WriteString(w.marker)
		w.marker = ""
	}
	w.b.WriteString(s)
}

// text writes running text: white space collapsed to one space, none at
// the start of a line.
func (w *paster) text(s string) {
	if s == "" {
		return
	}
	if w.pre > 0 {
		w.raw(s)
		return
	}
	words := strings.Fields(s)
	if len(words) == 0 {
		w.space = true
		return
	}
	t := strings.Join(words, " ")
	if (w.space || isSpace(s[0])) && w.gaps == 0 && w.marker == "" && w.b.Len() > 0 {
		t = " " + t
	}
	w.raw(t)
	w.space = isSpace(s[len(s)-1])
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// attr returns the value of attribute name in a tag's text.
func attr(tag, name string) string {
	i := strings.Index(tag, " "+name+"=\"")
	if i < 0 {
		return ""
	}
	v := tag[i+len(name)+3:]
	if j := strings.IndexByte(v, '"'); j >= 0 {
		return v[:j]
	}
	return ""
}

package render

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/schema"
)

// The user guide's references are pages malli makes from what it checks,
// so they cannot drift from it: the fields of every content type (from
// the schemas) and every diagnostic code with how to fix it (from the
// code registry).
const (
	ReferenceFolder = "ohje"
	fieldsRef       = "kentat"
	codesRef        = "koodit"
)

// FieldReferenceURL is lang's field reference, "/ohje/kentat/".
func FieldReferenceURL(lang diag.Lang) string {
	return langPrefix(lang) + "/" + ReferenceFolder + "/" + fieldsRef + "/"
}

// CodeReferenceURL is lang's diagnostic code reference, "/ohje/koodit/".
func CodeReferenceURL(lang diag.Lang) string {
	return langPrefix(lang) + "/" + ReferenceFolder + "/" + codesRef + "/"
}

// Reference is what a reference page shows: types or code groups.
type Reference struct {
	Types  []TypeRef
	Groups []CodeGroup
	Other  Link // the other reference
}

// TypeRef is a content type in the field reference.
type TypeRef struct {
	Type     TypeInfo
	ID       string // the section's anchor, "tyyppi-project"
	Folder   string // "content/hankkeet/"
	Schema   string // the published schema's href
	Sections []SectionRef
	Fields   []FieldRef
}

// SectionRef is a body section of a type.
type SectionRef struct{ Title, Required string }

// FieldRef is a field in the field reference.
type FieldRef struct {
	ID          string // the anchor, "project-contact_persons-email"
	Name        string // the key as written: "contact_persons[].email" shows as "email" under its parent
	Label       string
	Description string
	Form        string // what a value looks like, in words
	Required    string // when and whose requirement it is; "" if optional
	Codes       []CodeRef
	CodeCount   int // the number of codes when they are too many to list
	Fields      []FieldRef
}

// CodeRef is one code of a code list.
type CodeRef struct{ Value, Label string }

// CodeGroup is the codes of one stage or topic ("schema", "frontmatter").
type CodeGroup struct {
	Name  string
	ID    string
	Codes []CodeDoc
}

// CodeDoc is a diagnostic code as the code reference shows it.
type CodeDoc struct {
	Code    string // also its anchor
	Message string // the message with its arguments as "…"
	Fix     string
}

// maxListedCodes is the longest code list the reference prints in full;
// a longer one (the 310 municipalities) is counted and left to the schema.
const maxListedCodes = 30

// FieldReference renders lang's field reference.
func (r *Renderer) FieldReference(lang diag.Lang) ([]byte, error) {
	p := r.newPage(lang, "reference", FieldReferenceURL(lang), nil)
	p.Title = r.th.T(lang, "field_reference")
	p.Summary = r.th.T(lang, "field_reference_summary")
	ref := &Reference{Other: Link{Text: r.th.T(lang, "code_reference"), Href: r.g.Href(CodeReferenceURL(lang))}}
	for _, t := range r.reg.Types {
		tr := TypeRef{
			Type:   typeInfo(r.g, t, lang),
			ID:     "tyyppi-" + t.Name,
			Folder: "content/" + t.Folder + "/",
			Schema: r.g.Href("/schemas/" + t.File),
		}
		for _, s := range t.Sections {
			sr := SectionRef{Title: s.Title.In(lang)}
			if s.Required("published") {
				sr.Required = r.required(lang, s.Required("draft"), s.Whose())
			}
			tr.Sections = append(tr.Sections, sr)
		}
		tr.Fields = r.fieldRefs(lang, t.Name, t.Reference(), true)
		ref.Types = append(ref.Types, tr)
		p.Headings = append(p.Headings, Link{Text: tr.Type.Label, Href: "#" + tr.ID})
	}
	p.Reference = ref
	return r.execute("reference", p)
}

func (r *Renderer) fieldRefs(lang diag.Lang, prefix string, docs []schema.FieldDoc, top bool) []FieldRef {
	out := make([]FieldRef, 0, len(docs))
	for _, f := range docs {
		id := prefix + "-" + f.Name
		fr := FieldRef{ID: id, Name: f.Name, Label: f.Label.In(lang), Description: f.Description.In(lang), Form: r.form(lang, f)}
		switch {
		case f.RequiredPublished != nil && top:
			fr.Required = r.required(lang, f.RequiredDraft != nil, *f.RequiredPublished)
		case f.RequiredPublished != nil:
			fr.Required = r.required(lang, true, *f.RequiredPublished)
		}
		if len(f.Codes) > maxListedCodes {
			fr.CodeCount = len(f.Codes)
		} else {
			for _, c := range f.Codes {
				fr.Codes = append(fr.Codes, CodeRef{Value: c.Value, Label: c.Label.In(lang)})
			}
		}
		fr.Fields = r.fieldRefs(lang, id, f.Fields, false)
		out = append(out, fr)
	}
	return out
}

// required says when a field or section is required and whose requirement
// it is: "aina (malli suosittelee)", "julkaistussa (Innokylä vaatii)".
func (r *Renderer) required(lang diag.Lang, always bool, whose schema.Source) string {
	when := r.th.T(lang, "required_published")
	if always {
		when = r.th.T(lang, "required_always")
	}
	return when + " (" + whose.Says().In(lang) + ")"
}

// form says in words what a value of f looks like: its code list, format
// or reference where it has one, else its JSON type ("lista").
func (r *Renderer) form(lang diag.Lang, f schema.FieldDoc) string {
	T := func(k string) string { return r.th.T(lang, k) }
	var words []string
	if f.Format != "" {
		if s := T("format_" + f.Format); s != "format_"+f.Format {
			words = append(words, s)
		}
	}
	if len(f.RefTypes) > 0 {
		var types []string
		for _, name := range f.RefTypes {
			if t := r.reg.ByName(name); t != nil {
				types = append(types, t.Label.In(lang))
			}
		}
		what := T("form_ref")
		if f.RefItem != "" {
			what = T("form_ref_item")
		}
		words = append(words, what+" "+strings.Join(types, ", "))
	}
	if len(f.Codes) > 0 {
		words = append(words, T("form_codes")+" ("+strconv.Itoa(len(f.Codes))+")")
	}
	list := false
	for _, t := range f.Types {
		list = list || t == "array"
	}
	if len(words) > 0 {
		form := strings.Join(words, "; ")
		if list {
			form = T("form_array") + ": " + form
		}
		return form
	}
	for _, t := range f.Types {
		if t != "null" {
			words = append(words, T("form_"+t))
		}
	}
	if len(words) == 0 {
		return T("form_any")
	}
	return strings.Join(words, " "+T("or")+" ")
}

// verb matches a fmt verb of a message: %s, %q, %d, %[2]s.
var verb = regexp.MustCompile(`%(\[\d+\])?[sdqv]`)

// CodeReference renders lang's diagnostic code reference: every code in
// the registry grouped by its first part, with its message and its fix.
func (r *Renderer) CodeReference(lang diag.Lang) ([]byte, error) {
	p := r.newPage(lang, "reference", CodeReferenceURL(lang), nil)
	p.Title = r.th.T(lang, "code_reference")
	p.Summary = r.th.T(lang, "code_reference_summary")
	ref := &Reference{Other: Link{Text: r.th.T(lang, "field_reference"), Href: r.g.Href(FieldReferenceURL(lang))}}
	for _, c := range diag.Codes() {
		group, _, _ := strings.Cut(c.String(), ".")
		if n := len(ref.Groups); n == 0 || ref.Groups[n-1].Name != group {
			ref.Groups = append(ref.Groups, CodeGroup{Name: group, ID: "ryhma-" + group})
			p.Headings = append(p.Headings, Link{Text: group, Href: "#ryhma-" + group})
		}
		text, _ := diag.TextOf(c)
		fix, _ := diag.FixOf(c)
		g := &ref.Groups[len(ref.Groups)-1]
		g.Codes = append(g.Codes, CodeDoc{Code: c.String(), Message: verb.ReplaceAllString(text.In(lang), "…"), Fix: fix.In(lang)})
	}
	p.Reference = ref
	return r.execute("reference", p)
}

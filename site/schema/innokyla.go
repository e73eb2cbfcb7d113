// A type's counterpart in Innokylä (x-malli.innokyla): Innokylä's fields
// and sections, and what of the type fills each; and the checks of the
// type's own annotations (sources of sections, the Innokylä map).

package schema

import (
	"fmt"
	"strconv"
	"strings"
)

// Innokyla maps a type to its counterpart on innokyla.fi (an operating
// model to a toimintamalli, a project to a kokonaisuus): the fields of
// Innokylä's Perustiedot block and the sections of its description, each
// with the field(s) or the section of the type that fills it. An item
// that nothing of the type fills is what Innokylä still needs from
// elsewhere; its note says why.
type Innokyla struct {
	Name     Labels         `json:"name"`     // Innokylä's name for the counterpart, e.g. "toimintamalli"
	Page     string         `json:"page"`     // a public page the labels were read from
	Fields   []InnokylaItem `json:"fields"`   // Perustiedot, in Innokylä's order
	Sections []InnokylaItem `json:"sections"` // the description sections, in Innokylä's order
	// Record is the top-level field that holds the address of the
	// document's own record in Innokylä ("innokyla_url"), or "": a page
	// links to the record where the document gives one.
	Record string `json:"record"`
}

// InnokylaItem is one field or section of Innokylä's form.
type InnokylaItem struct {
	Label   string   `json:"label"`   // as Innokylä shows it, in Finnish
	Fields  []string `json:"fields"`  // the type's fields that fill it, all needed: top-level names or JSON Pointers
	Section string   `json:"section"` // or the id of the type's section that fills it
	// Include are the ids of the type's sections that Innokylä's form has
	// no place for: a copy for Innokylä adds their text to Section's, each
	// under its own title (malli's choice, not Innokylä's). Only with
	// Section.
	Include []string `json:"include"`
	Note    Labels   `json:"note"` // why nothing of the type fills it
}

// Items returns the fields, then the sections.
func (m *Innokyla) Items() []InnokylaItem {
	if m == nil {
		return nil
	}
	return append(append([]InnokylaItem(nil), m.Fields...), m.Sections...)
}

// Section returns the type's section with id, or false.
func (t *Type) Section(id string) (Section, bool) {
	for _, s := range t.Sections {
		if s.ID == id {
			return s, true
		}
	}
	return Section{}, false
}

// checkAnnotations checks the sources of the type's sections and its
// Innokylä map against its sections; it returns a pointer into the
// schema file and what is wrong, or "".
func (t *Type) checkAnnotations() (string, string) {
	if ptr, msg := t.Picture.check(); msg != "" {
		return ptr, msg
	}
	for i, s := range t.Sections {
		if s.Source != nil {
			if msg := s.Source.check(); msg != "" {
				return "/x-malli/sections/" + strconv.Itoa(i) + "/source", "x-malli sections: " + msg
			}
		}
	}
	m := t.Innokyla
	if m == nil {
		return "", ""
	}
	placed := map[string]string{} // section id -> the label of the item that takes it
	for _, list := range []struct {
		name  string
		items []InnokylaItem
	}{{"fields", m.Fields}, {"sections", m.Sections}} {
		for i, it := range list.items {
			ptr := fmt.Sprintf("/x-malli/innokyla/%s/%d", list.name, i)
			switch {
			case it.Label == "":
				return ptr, "x-malli innokyla: an item needs the label Innokylä shows"
			case len(it.Fields) > 0 && it.Section != "":
				return ptr, fmt.Sprintf("x-malli innokyla: %q is filled by fields or by a section, not both", it.Label)
			case len(it.Fields) == 0 && it.Section == "" && len(it.Note) == 0:
				return ptr, fmt.Sprintf("x-malli innokyla: %q names no field or section; say in a note why", it.Label)
			}
			if _, ok := t.Section(it.Section); it.Section != "" && !ok {
				return ptr, fmt.Sprintf("x-malli innokyla: %q: the type has no section %q", it.Label, it.Section)
			}
			if len(it.Include) > 0 && it.Section == "" {
				return ptr + "/include", fmt.Sprintf("x-malli innokyla: %q includes sections but is filled by no section of its own", it.Label)
			}
			for j, id := range append([]string{it.Section}, it.Include...) {
				if id == "" {
					continue
				}
				at := ptr
				if j > 0 {
					at = fmt.Sprintf("%s/include/%d", ptr, j-1)
				}
				if _, ok := t.Section(id); !ok {
					return at, fmt.Sprintf("x-malli innokyla: %q: the type has no section %q", it.Label, id)
				}
				if other, dup := placed[id]; dup {
					return at, fmt.Sprintf("x-malli innokyla: section %q is in %q already", id, other)
				}
				placed[id] = it.Label
			}
		}
	}
	return "", ""
}

// checkInnokylaFields checks that the Innokylä map names properties the
// compiled schema has; it returns a pointer into the schema file and what
// is wrong, or "".
func (t *Type) checkInnokylaFields() (string, string) {
	if t.Innokyla == nil {
		return "", ""
	}
	props := map[string]bool{}
	for _, s := range closure(t.schema, nil, nil) {
		for k := range s.Properties {
			props[k] = true
		}
	}
	if r := t.Innokyla.Record; r != "" && !props[r] {
		return "/x-malli/innokyla/record", fmt.Sprintf("x-malli innokyla: record: the type has no field %q", r)
	}
	for i, it := range t.Innokyla.Fields {
		for _, f := range it.Fields {
			if !props[topField(f)] {
				return fmt.Sprintf("/x-malli/innokyla/fields/%d", i), fmt.Sprintf("x-malli innokyla: %q: the type has no field %q", it.Label, topField(f))
			}
		}
	}
	return "", ""
}

// topField returns the top-level field a name or JSON Pointer is in.
func topField(f string) string {
	if !strings.HasPrefix(f, "/") {
		return f
	}
	first, _, _ := strings.Cut(f[1:], "/")
	return unescape(first)
}

// FieldPointer returns a field of an Innokylä item as a JSON Pointer.
func FieldPointer(f string) string {
	if strings.HasPrefix(f, "/") {
		return f
	}
	return "/" + escape(f)
}

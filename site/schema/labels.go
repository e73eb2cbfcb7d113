// Labels and descriptions of properties and enum codes, as the schemas
// that apply at a pointer give them (x-malli-label, x-malli-description,
// x-malli-enum-labels, else title and description).

package schema

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Field is a key with its labels, printed as `"key" (label)`.
type Field struct {
	Key   string
	Label Labels
}

// In prints the field in lang: `"key" (label)`, or `"key"` without a label.
func (f Field) In(lang diag.Lang) string {
	if l := f.Label.In(lang); l != "" {
		return fmt.Sprintf("%q (%s)", f.Key, l)
	}
	return strconv.Quote(f.Key)
}

// Label returns the label of the property at pointer, as the schemas give it.
func (r *Report) Label(pointer string) Field {
	parent, key := splitPointer(pointer)
	for isIndex(key) && parent != "" {
		parent, key = splitPointer(parent) // an item is labelled by its list
	}
	return Field{Key: key, Label: r.labelOf(parent, key)}
}

// labelOf returns the labels of property key of the object at parent.
func (r *Report) labelOf(parent, key string) Labels {
	return r.propertyText(parent, key, func(a *Annot) Labels { return a.Label }, func(s *jsonschema.Schema) string { return s.Title })
}

// descriptionOf returns what the property key of the object at parent is
// for, in every language the schema gives, or nil.
func (r *Report) descriptionOf(parent, key string) Labels {
	return r.propertyText(parent, key, func(a *Annot) Labels { return a.Description }, func(s *jsonschema.Schema) string { return s.Description })
}

// propertyText finds a text of property key of the object at parent: the
// trilingual annotation if a schema of the property has one, else its
// Finnish standard keyword. The schemas are the ones the walk found at the
// property; only a property the document lacks (a missing required field)
// needs them found here, without a value to decide its conditionals by.
func (r *Report) propertyText(parent, key string, annotated func(*Annot) Labels, plain func(*jsonschema.Schema) string) Labels {
	schemas, walked := r.applicable[parent+"/"+escape(key)]
	if !walked {
		for _, s := range r.applicable[parent] {
			if p := s.Properties[key]; p != nil {
				schemas = closure(p, nil, schemas)
			}
		}
	}
	for _, ps := range schemas {
		if a := annot(ps); a != nil && len(annotated(a)) > 0 {
			return annotated(a)
		}
		if text := plain(ps); text != "" {
			return Labels{"fi": text}
		}
	}
	return nil
}

// EnumLabel returns the labels of an enum code at pointer, or nil.
func (r *Report) EnumLabel(ptr, value string) Labels {
	for _, s := range r.applicable[ptr] {
		if a := annot(s); a != nil {
			if l, ok := a.EnumLabels[value]; ok {
				return l
			}
		}
	}
	return nil
}

// CodeLink returns the addresses of the official page of the code value at
// pointer (x-malli-code-links: a licence's deed), by language, or nil.
func (r *Report) CodeLink(ptr, value string) Labels {
	for _, s := range r.applicable[ptr] {
		if a := annot(s); a != nil {
			if l, ok := a.CodeLinks[value]; ok {
				return l
			}
		}
	}
	return nil
}

// EnumFacts returns the x-malli-enum-facts of the code list at pointer
// (every code's periods), or nil.
func (r *Report) EnumFacts(ptr string) map[string]Periods {
	for _, s := range r.applicable[ptr] {
		if a := annot(s); a != nil && a.EnumFacts != nil {
			return a.EnumFacts
		}
	}
	return nil
}

// suggestByLabel finds the enum code whose label, in any language, is
// what the author wrote (or close to it): "Uusimaa" for region "01",
// "pilotoitu" for "piloted".
func (r *Report) suggestByLabel(ptr, value string) diag.Localized {
	var names []string
	code := map[string]string{}
	for _, s := range r.applicable[ptr] {
		a := annot(s)
		if a == nil {
			continue
		}
		codes := make([]string, 0, len(a.EnumLabels))
		for c := range a.EnumLabels {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		for _, c := range codes {
			langs := make([]string, 0, len(a.EnumLabels[c]))
			for l := range a.EnumLabels[c] {
				langs = append(langs, l)
			}
			sort.Strings(langs)
			for _, l := range langs {
				name := a.EnumLabels[c][l]
				if _, taken := code[name]; !taken { // the first code with a label keeps it
					names = append(names, name)
					code[name] = c
				}
			}
		}
	}
	best := ""
	for _, n := range names {
		if strings.EqualFold(n, value) {
			best = n
			break
		}
	}
	if best == "" {
		best = closest(value, names)
	}
	if best == "" {
		return nil
	}
	c := code[best]
	return diag.Words{
		FI: fmt.Sprintf("kirjoita koodi %s (%s)", quote(c), best),
		SV: fmt.Sprintf("skriv koden %s (%s)", quote(c), best),
		EN: fmt.Sprintf("write the code %s (%s)", quote(c), best),
	}
}

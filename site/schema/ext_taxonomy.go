// The x-malli-taxonomy keyword: a field whose values are the terms of a
// taxonomy, each with a page listing the documents that have it.

package schema

import (
	"fmt"
	"regexp"
	"sort"
)

// Taxonomy is what x-malli-taxonomy says on a field (or on the schema of
// its items, or on a shared def): its values are terms of the taxonomy
// whose pages live under Folder (/<folder>/ lists the terms,
// /<folder>/<term-slug>/ the documents with a term, in every language).
// Label names one term ("Kohderyhmä"), Plural the taxonomy ("Kohderyhmät"),
// Description introduces its index page; Order places it among the
// taxonomies. A taxonomy used by several fields gives its labels once: the
// registry merges the annotations of one folder (Registry.Taxonomies).
//
// A value's term is its enum code's label (x-malli-enum-labels) when it
// has one, the title of what it refers to when it is a reference
// (x-malli-ref), else the text itself; terms of free text are grouped by
// their slug.
type Taxonomy struct {
	Folder      string `json:"folder"`
	Label       Labels `json:"label"`
	Plural      Labels `json:"plural"`
	Description Labels `json:"description"`
	Order       int    `json:"order"`
}

// Term is a taxonomy value in a document: the string at Pointer, a term of
// the taxonomy in Folder.
type Term struct {
	Pointer string
	Value   string
	Folder  string
}

var taxonomyFolder = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func (t *Taxonomy) check() error {
	if !taxonomyFolder.MatchString(t.Folder) {
		return fmt.Errorf("x-malli-taxonomy: folder %q must be lower-case a–z, digits and single hyphens", t.Folder)
	}
	return nil
}

// terms records the taxonomy values of v at ptr: a string, or each string
// of a list (the keyword on the list's field).
func (r *Report) terms(t *Taxonomy, v any, ptr string) {
	add := func(p, s string) {
		for _, have := range r.Terms {
			if have.Pointer == p && have.Folder == t.Folder {
				return
			}
		}
		r.Terms = append(r.Terms, Term{Pointer: p, Value: s, Folder: t.Folder})
	}
	switch v := v.(type) {
	case string:
		add(ptr, v)
	case []any:
		for i, it := range v {
			if s, ok := it.(string); ok {
				add(fmt.Sprintf("%s/%d", ptr, i), s)
			}
		}
	}
}

// TermAt returns the taxonomy folder of the value at ptr, or "".
func (r *Report) TermAt(ptr string) string {
	for _, t := range r.Terms {
		if t.Pointer == ptr {
			return t.Folder
		}
	}
	return ""
}

// taxonomies collects the registry's taxonomies from every type's schemas:
// one per folder, labels merged (the first given wins, in type order),
// sorted by order, then folder; and each type's folders, in that order.
func (reg *Registry) taxonomies() {
	byFolder := map[string]*Taxonomy{}
	used := map[*Type]map[string]bool{}
	for _, t := range reg.Types {
		used[t] = map[string]bool{}
		locs := make([]string, 0, len(t.at))
		for loc := range t.at {
			locs = append(locs, loc)
		}
		sort.Strings(locs)
		for _, loc := range locs {
			a := annot(t.at[loc])
			if a == nil || a.Taxonomy == nil {
				continue
			}
			x := a.Taxonomy
			used[t][x.Folder] = true
			have := byFolder[x.Folder]
			if have == nil {
				have = &Taxonomy{Folder: x.Folder}
				byFolder[x.Folder] = have
				reg.Taxonomies = append(reg.Taxonomies, have)
			}
			if len(have.Label) == 0 {
				have.Label = x.Label
			}
			if len(have.Plural) == 0 {
				have.Plural = x.Plural
			}
			if len(have.Description) == 0 {
				have.Description = x.Description
			}
			if have.Order == 0 {
				have.Order = x.Order
			}
		}
	}
	for _, x := range reg.Taxonomies {
		if len(x.Label) == 0 {
			x.Label = Labels{"fi": x.Folder}
		}
		if len(x.Plural) == 0 {
			x.Plural = x.Label
		}
	}
	sort.SliceStable(reg.Taxonomies, func(i, j int) bool {
		a, b := reg.Taxonomies[i], reg.Taxonomies[j]
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		return a.Folder < b.Folder
	})
	for _, t := range reg.Types {
		t.Taxonomies = nil
		for _, x := range reg.Taxonomies {
			if used[t][x.Folder] {
				t.Taxonomies = append(t.Taxonomies, x.Folder)
			}
		}
	}
}

// Taxonomy returns the taxonomy whose pages live in folder, or nil.
func (reg *Registry) Taxonomy(folder string) *Taxonomy {
	for _, x := range reg.Taxonomies {
		if x.Folder == folder {
			return x
		}
	}
	return nil
}

package schema

import (
	"fmt"
	"regexp"
	"strings"
)

// Sort is an order a type's listing offers (x-malli "sort"): by the value
// at pointer By of each document, descending when Desc. The first order
// of a type is its listing's own; every other one is a page of its own,
// OrderURL(folder, Name), that the listing links to.
type Sort struct {
	By   string `json:"by"`   // a JSON Pointer to a field with one value: "/title", "/start_date"
	Desc bool   `json:"desc"` // newest, largest or Ö first
	Name string `json:"name"` // the order's page: /<folder>/jarjestys/<name>/; "" for the first
	// Label names the order ("Alkamispäivä"); without one, the field's
	// label does.
	Label Labels `json:"label"`
	// Kind is how values compare, from the field's schema: SortDate,
	// SortNumber or SortText.
	Kind string `json:"-"`
}

// The kinds of values a listing sorts by.
const (
	SortText   = "text"   // in Finnish alphabetical order (codes by their labels)
	SortDate   = "date"   // ISO 8601 dates, oldest first
	SortNumber = "number" // numbers, smallest first
)

// DefaultSort is the order of a listing whose type names none.
var DefaultSort = Sort{By: "/title", Kind: SortText, Label: Labels{"fi": "Nimi", "sv": "Namn", "en": "Name"}}

// OrderURL is the site-relative URL, in the default language, of the page
// that lists folder's documents in the order called name: the listing's
// own, "/<folder>/", for "".
func OrderURL(folder, name string) string {
	if name == "" {
		return "/" + folder + "/"
	}
	return "/" + folder + "/jarjestys/" + name + "/"
}

var orderName = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// checkSorts checks the type's orders against its fields and completes
// them (Kind, Label); with none, the type's listing is in title order. It
// returns a pointer into the schema file and what is wrong, or "".
func (t *Type) checkSorts() (string, string) {
	if len(t.Sorts) == 0 {
		t.Sorts = []Sort{DefaultSort} // every document has a title (page.New)
		return "", ""
	}
	fields := t.Reference()
	names := map[string]bool{}
	for i := range t.Sorts {
		s := &t.Sorts[i]
		ptr := fmt.Sprintf("/x-malli/sort/%d", i)
		f, ok := fieldAt(fields, s.By)
		switch {
		case !ok:
			return ptr + "/by", fmt.Sprintf("x-malli sort: the type has no field %q", s.By)
		case f.Fields != nil || has(f.Types, "array") || has(f.Types, "object"):
			return ptr + "/by", fmt.Sprintf("x-malli sort: %q holds more than one value; sort by a field with one value", s.By)
		case i == 0 && s.Name != "":
			return ptr + "/name", "x-malli sort: the first order is the listing's own and takes no name"
		case i > 0 && !orderName.MatchString(s.Name):
			return ptr + "/name", fmt.Sprintf("x-malli sort: name %q: an order's page needs a name of lowercase letters a-z, digits and hyphens, such as \"uusimmat\"", s.Name)
		case names[s.Name]:
			return ptr + "/name", fmt.Sprintf("x-malli sort: two orders are called %q", s.Name)
		}
		names[s.Name] = true
		if s.Label == nil {
			s.Label = f.Label
		}
		if s.Label == nil {
			s.Label = Labels{"fi": f.Name}
		}
		switch {
		case f.Format == "date":
			s.Kind = SortDate
		case has(f.Types, "number") || has(f.Types, "integer"):
			s.Kind = SortNumber
		default:
			s.Kind = SortText
		}
	}
	return "", ""
}

// fieldAt returns the field at a JSON Pointer of object fields.
func fieldAt(fields []FieldDoc, ptr string) (FieldDoc, bool) {
	if !strings.HasPrefix(ptr, "/") {
		return FieldDoc{}, false
	}
	var f FieldDoc
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = unescape(tok)
		found := false
		for _, c := range fields {
			if c.Name == tok {
				f, found = c, true
				break
			}
		}
		if !found {
			return FieldDoc{}, false
		}
		fields = f.Fields
	}
	return f, true
}

func has(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

package export

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/schema"
)

// A field is a property as a type's schema files declare it, with what a
// spreadsheet needs of it: its format, its own properties in the order
// the schemas name them (an object), and its items (a list).
type field struct {
	key    string
	label  string // the Finnish label (x-malli-label, else title)
	format string
	fields []*field // an object's properties, in schema order
	items  *field   // a list's items
}

func (f *field) child(key string) *field {
	for _, c := range f.fields {
		if c.key == key {
			return c
		}
	}
	c := &field{key: key}
	f.fields = append(f.fields, c)
	return c
}

// typeFields returns the top-level properties of type t in the order its
// schema files name them: the type's own properties first, then those of
// the schemas it refers to (the common fields of defs.schema.json). Each
// property's properties and items are gathered from every subschema
// ($ref, allOf, anyOf, oneOf, then, else), the first naming a key placing
// it. The compiled schema does not keep the order, so the files are read.
func typeFields(reg *schema.Registry, t *schema.Type) []*field {
	root := &field{}
	w := &walker{files: reg.Files, objects: map[string][]schema.Member{}}
	w.walk(reg.Files[t.File], t.File, root, true, 0)
	return root.fields
}

type walker struct {
	files   map[string][]byte
	objects map[string][]schema.Member // the objects resolve has read, by file#pointer: each is decoded once
}

// maxDepth bounds the walk through $refs, so that a schema that refers to
// itself ends.
const maxDepth = 16

// walk adds what the schema raw (in file) says of the property f.
func (w *walker) walk(raw []byte, file string, f *field, ownFirst bool, depth int) {
	if depth > maxDepth {
		return
	}
	ms, ok := schema.Members(raw)
	if !ok {
		return
	}
	if ownFirst {
		for _, m := range ms {
			if m.Key == "properties" {
				w.properties(m.Val, file, f, depth)
			}
		}
	}
	for _, m := range ms {
		switch m.Key {
		case "properties":
			if !ownFirst {
				w.properties(m.Val, file, f, depth)
			}
		case "items":
			if f.items == nil {
				f.items = &field{}
			}
			w.walk(m.Val, file, f.items, false, depth+1)
		case "$ref":
			var ref string
			if json.Unmarshal(m.Val, &ref) == nil {
				if target, tfile, ok := w.resolve(ref, file); ok {
					w.walk(target, tfile, f, false, depth+1)
				}
			}
		case "allOf", "anyOf", "oneOf":
			var list []json.RawMessage
			if json.Unmarshal(m.Val, &list) == nil {
				for _, s := range list {
					w.walk(s, file, f, false, depth+1)
				}
			}
		case "then", "else":
			w.walk(m.Val, file, f, false, depth+1)
		case "format":
			if f.format == "" {
				_ = json.Unmarshal(m.Val, &f.format)
			}
		case "x-malli-label":
			var l schema.Labels
			if json.Unmarshal(m.Val, &l) == nil && l["fi"] != "" {
				f.label = l["fi"] // before a title in any subschema
			}
		case "title":
			if f.label == "" {
				_ = json.Unmarshal(m.Val, &f.label)
			}
		}
	}
}

func (w *walker) properties(raw []byte, file string, f *field, depth int) {
	ps, _ := schema.Members(raw)
	for _, p := range ps {
		w.walk(p.Val, file, f.child(p.Key), false, depth+1)
	}
}

// resolve finds the schema a $ref names: "defs.schema.json#/$defs/person",
// "#/$defs/person" (in file) or "municipalities.schema.json".
func (w *walker) resolve(ref, file string) ([]byte, string, bool) {
	name, frag, _ := strings.Cut(ref, "#")
	if name == "" {
		name = file
	}
	raw, ok := w.files[name]
	if !ok {
		return nil, "", false
	}
	if frag == "" {
		return raw, name, true
	}
	at := name + "#"
	for _, tok := range strings.Split(strings.TrimPrefix(frag, "/"), "/") {
		ms, ok := w.objects[at]
		if !ok {
			ms, ok = schema.Members(raw)
			if ok {
				w.objects[at] = ms
			}
		}
		at += "/" + tok
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		next, found := []byte(nil), false
		if ok {
			for _, m := range ms {
				if m.Key == tok {
					next, found = m.Val, true
					break
				}
			}
		} else if i, err := strconv.Atoi(tok); err == nil {
			var list []json.RawMessage
			if json.Unmarshal(raw, &list) == nil && i >= 0 && i < len(list) {
				next, found = list[i], true
			}
		}
		if !found {
			return nil, "", false
		}
		raw = next
	}
	return raw, name, true
}

package export

import (
	"bytes"
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
	w := &walker{files: reg.Files, objects: map[string][]member{}}
	w.walk(reg.Files[t.File], t.File, root, true, 0)
	return root.fields
}

type walker struct {
	files   map[string][]byte
	objects map[string][]member // the objects resolve has read, by file#pointer: each is decoded once
}

// maxDepth bounds the walk through $refs, so that a schema that refers to
// itself ends.
const maxDepth = 16

// walk adds what the schema raw (in file) says of the property f.
func (w *walker) walk(raw []byte, file string, f *field, ownFirst bool, depth int) {
	if depth > maxDepth {
		return
	}
	ms, ok := members(raw)
	if !ok {
		return
	}
	if ownFirst {
		for _, m := range ms {
			if m.key == "properties" {
				w.properties(m.val, file, f, depth)
			}
		}
	}
	for _, m := range ms {
		switch m.key {
		case "properties":
			if !ownFirst {
				w.properties(m.val, file, f, depth)
			}
		case "items":
			if f.items == nil {
				f.items = &field{}
			}
			w.walk(m.val, file, f.items, false, depth+1)
		case "$ref":
			var ref string
			if json.Unmarshal(m.val, &ref) == nil {
				if target, tfile, ok := w.resolve(ref, file); ok {
					w.walk(target, tfile, f, false, depth+1)
				}
			}
		case "allOf", "anyOf", "oneOf":
			var list []json.RawMessage
			if json.Unmarshal(m.val, &list) == nil {
				for _, s := range list {
					w.walk(s, file, f, false, depth+1)
				}
			}
		case "then", "else":
			w.walk(m.val, file, f, false, depth+1)
		case "format":
			if f.format == "" {
				_ = json.Unmarshal(m.val, &f.format)
			}
		case "x-malli-label":
			var l schema.Labels
			if json.Unmarshal(m.val, &l) == nil && l["fi"] != "" {
				f.label = l["fi"] // before a title in any subschema
			}
		case "title":
			if f.label == "" {
				_ = json.Unmarshal(m.val, &f.label)
			}
		}
	}
}

func (w *walker) properties(raw []byte, file string, f *field, depth int) {
	ps, _ := members(raw)
	for _, p := range ps {
		w.walk(p.val, file, f.child(p.key), false, depth+1)
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
			ms, ok = members(raw)
			if ok {
				w.objects[at] = ms
			}
		}
		at += "/" + tok
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		next, found := []byte(nil), false
		if ok {
			for _, m := range ms {
				if m.key == tok {
					next, found = m.val, true
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

type member struct {
	key string
	val json.RawMessage
}

// members returns the members of a JSON object in order, or false when raw
// is not an object.
func members(raw []byte) ([]member, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, false
	}
	var out []member
	for dec.More() {
		t, err := dec.Token()
		key, ok := t.(string)
		if err != nil || !ok {
			return nil, false
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, false
		}
		out = append(out, member{key, v})
	}
	return out, true
}

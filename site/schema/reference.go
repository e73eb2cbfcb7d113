package schema

import (
	"sort"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// FieldDoc is a field of a content type as the user guide's field
// reference describes it: everything comes from the type's schema, so the
// reference never drifts from what malli checks.
type FieldDoc struct {
	Name        string
	Label       Labels
	Description Labels   // x-malli-description, else the schema's description (Finnish)
	Types       []string // JSON types: "string", "array", …
	Format      string   // "date", "email", "uri", …
	Codes       []CodeDoc
	RefTypes    []string // the types a reference names
	RefItem     string   // for a reference to an item of a list: the list's pointer in the target ("/measures")
	// Required says whose requirement the field is in a draft and in a
	// published document; nil where it is not required.
	RequiredDraft, RequiredPublished *Source
	Fields                           []FieldDoc // an object's fields, or those of a list's items
}

// CodeDoc is a value of a code list and its label.
type CodeDoc struct {
	Value string
	Label Labels
}

// maxReferenceDepth bounds the walk: front matter nests a few levels
// (a path's steps, their actors); a schema that recurses stops here.
const maxReferenceDepth = 4

// Reference returns the fields of t: the ones every document starts with
// first (title, summary, status, created, modified), then the others by
// name.
func (t *Type) Reference() []FieldDoc {
	draft := requirementMap(t.requiredFor(nil, "draft"))
	published := requirementMap(t.requiredFor(nil, "published"))
	probe := map[string]any{"status": "published"}
	docs := fieldDocs(closure(t.schema, probe, nil), 0)
	for i := range docs {
		docs[i].RequiredDraft, docs[i].RequiredPublished = nil, nil
		if s, ok := draft[docs[i].Name]; ok {
			docs[i].RequiredDraft = &s
		}
		if s, ok := published[docs[i].Name]; ok {
			docs[i].RequiredPublished = &s
		}
	}
	rank := map[string]int{"title": 1, "summary": 2, "status": 3, "created": 4, "modified": 5}
	sort.SliceStable(docs, func(i, j int) bool {
		ri, rj := rank[docs[i].Name], rank[docs[j].Name]
		if ri == 0 {
			ri = len(rank) + 1
		}
		if rj == 0 {
			rj = len(rank) + 1
		}
		if ri != rj {
			return ri < rj
		}
		return docs[i].Name < docs[j].Name
	})
	return docs
}

func requirementMap(req []Required) map[string]Source {
	m := make(map[string]Source, len(req))
	for _, r := range req {
		m[r.Name] = r.Source
	}
	return m
}

// fieldDocs describes the properties of the object schemas, sorted by
// name; nested objects (and lists of them) to maxReferenceDepth. A field
// an object's "required" names is required in drafts and published
// documents alike (only the top level depends on the status).
func fieldDocs(schemas []*jsonschema.Schema, depth int) []FieldDoc {
	props := map[string][]*jsonschema.Schema{}
	required := map[string]Source{}
	for _, s := range schemas {
		for name, p := range s.Properties {
			props[name] = branches(p, props[name])
		}
		for _, name := range s.Required {
			if _, ok := required[name]; !ok {
				required[name] = sourceOf(s, name)
			}
		}
	}
	names := make([]string, 0, len(props))
	for n := range props {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]FieldDoc, 0, len(names))
	for _, n := range names {
		f := fieldDoc(n, props[n], depth)
		if src, ok := required[n]; ok {
			f.RequiredDraft, f.RequiredPublished = &src, &src
		}
		out = append(out, f)
	}
	return out
}

// branches is closure without a value: every schema that may apply, the
// branches of anyOf and oneOf included ("one code or a list of them").
func branches(s *jsonschema.Schema, out []*jsonschema.Schema) []*jsonschema.Schema {
	out = closure(s, nil, out)
	for i := 0; i < len(out); i++ {
		for _, group := range [][]*jsonschema.Schema{out[i].AnyOf, out[i].OneOf} {
			for _, b := range group {
				out = closure(b, nil, out)
			}
		}
	}
	return out
}

func fieldDoc(name string, schemas []*jsonschema.Schema, depth int) FieldDoc {
	f := FieldDoc{Name: name}
	var items []*jsonschema.Schema
	objects := false
	seenCode := map[string]bool{}
	for _, s := range schemas {
		a := annot(s)
		if a != nil {
			if f.Label == nil && len(a.Label) > 0 {
				f.Label = a.Label
			}
			if f.Description == nil && len(a.Description) > 0 {
				f.Description = a.Description
			}
			if a.Ref != nil && f.RefTypes == nil {
				f.RefTypes, f.RefItem = a.Ref.Types, a.Ref.Item
			}
		}
		if f.Description == nil && s.Description != "" {
			f.Description = Labels{"fi": s.Description}
		}
		if len(f.Types) == 0 {
			f.Types = s.Types
		}
		if f.Format == "" {
			f.Format = s.Format
		}
		for _, v := range s.Enum {
			value, ok := v.(string)
			if !ok || seenCode[value] {
				continue
			}
			seenCode[value] = true
			c := CodeDoc{Value: value}
			if a != nil {
				c.Label = a.EnumLabels[value]
			}
			f.Codes = append(f.Codes, c)
		}
		if len(s.Properties) > 0 {
			objects = true
		}
		if s.Items2020 != nil {
			items = branches(s.Items2020, items)
		}
		if it, ok := s.Items.(*jsonschema.Schema); ok {
			items = branches(it, items)
		}
	}
	// A code list's labels may sit on another schema of the closure than
	// its enum (a $ref'd definition and an annotated property).
	for i, c := range f.Codes {
		if c.Label != nil {
			continue
		}
		for _, s := range append(schemas, items...) {
			if a := annot(s); a != nil && a.EnumLabels[c.Value] != nil {
				f.Codes[i].Label = a.EnumLabels[c.Value]
				break
			}
		}
	}
	if len(items) > 0 {
		item := fieldDoc("", items, depth)
		if len(f.Codes) == 0 {
			f.Codes = item.Codes
		}
		if f.RefTypes == nil {
			f.RefTypes, f.RefItem = item.RefTypes, item.RefItem
		}
		if f.Format == "" {
			f.Format = item.Format
		}
		if depth < maxReferenceDepth {
			f.Fields = item.Fields
		}
	}
	if objects && depth < maxReferenceDepth {
		f.Fields = append(f.Fields, fieldDocs(schemas, depth+1)...)
	}
	return f
}

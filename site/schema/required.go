// What a type asks of a document in a status: the fields its conditionals
// require (RequiredFor, and whether a missing field is one needed only to
// publish), and what the schema says of a property, for scaffolding.

package schema

import (
	"sort"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// statusConditional reports whether a failed "required" is the "then" of an
// "if" on the document's status: a field needed to publish, not always.
func (r *Report) statusConditional(e *jsonschema.ValidationError) bool {
	loc := strings.TrimSuffix(e.AbsoluteKeywordLocation, "/required")
	parent, ok := strings.CutSuffix(loc, "/then")
	if !ok {
		return false
	}
	s := r.at[parent]
	if s == nil || s.If == nil {
		return false
	}
	_, ok = s.If.Properties["status"]
	return ok
}

// Required is a top-level field a document must have, and whose
// requirement it is.
type Required struct {
	Name   string
	Source Source
}

// RequiredFor returns the top-level fields a document v must have when its
// status is status, as the schema's conditionals say, sorted.
func (t *Type) RequiredFor(v map[string]any, status string) []string {
	return names(t.requiredFor(v, status))
}

func (t *Type) requiredFor(v map[string]any, status string) []Required {
	probe := make(map[string]any, len(v)+1)
	for k, x := range v {
		probe[k] = x
	}
	probe["status"] = status
	return required(closure(t.schema, probe, nil))
}

// RequiredFor returns the top-level fields the checked document must have
// when its status is status, sorted. For the document's own status the
// walk has found the schemas that apply, so no conditional is evaluated
// again; another status asks Type.RequiredFor.
func (r *Report) RequiredFor(status string) []string {
	return names(r.Requirements(status))
}

// names returns the names of req, sorted.
func names(req []Required) []string {
	out := make([]string, len(req))
	for i, r := range req {
		out[i] = r.Name
	}
	sort.Strings(out)
	return out
}

// Requirements is RequiredFor with whose requirement each field is (the
// x-malli-source beside the first "required" that names it), in the
// order the schemas name them.
func (r *Report) Requirements(status string) []Required {
	doc, _ := r.doc.(map[string]any)
	if s, ok := doc["status"].(string); ok && s == status {
		return required(r.applicable[""])
	}
	return r.typ.requiredFor(doc, status)
}

// required returns the fields that schemas require, in their order.
func required(schemas []*jsonschema.Schema) []Required {
	seen := map[string]bool{}
	var out []Required
	for _, s := range schemas {
		for _, name := range s.Required {
			if !seen[name] {
				seen[name] = true
				out = append(out, Required{name, sourceOf(s, name)})
			}
		}
	}
	return out
}

// Prop describes a top-level property of a type, for scaffolding.
type Prop struct {
	Name        string
	Label       Labels
	Description string
	Types       []string
	Format      string
	Enum        []any
	// Ref are the types whose document ids the value is (x-malli-ref),
	// or the ids an array's items are; nil if it is no reference.
	Ref []string
}

// Describe returns what the schema says of top-level property name for a
// document v.
func (t *Type) Describe(v map[string]any, name string) Prop {
	p := Prop{Name: name}
	for _, s := range closure(t.schema, v, nil) {
		ps := s.Properties[name]
		if ps == nil {
			continue
		}
		for _, x := range closure(ps, nil, nil) {
			if a := annot(x); a != nil && p.Label == nil && len(a.Label) > 0 {
				p.Label = a.Label
			}
			if p.Description == "" {
				p.Description = x.Description
			}
			if p.Label == nil && x.Title != "" {
				p.Label = Labels{"fi": x.Title}
			}
			if len(p.Types) == 0 {
				p.Types = x.Types
			}
			if p.Format == "" {
				p.Format = x.Format
			}
			if len(p.Enum) == 0 {
				p.Enum = x.Enum
			}
			if p.Ref == nil {
				p.Ref = plainRef(x)
			}
			if p.Ref == nil && x.Items2020 != nil {
				for _, y := range closure(x.Items2020, nil, nil) {
					if p.Ref == nil {
						p.Ref = plainRef(y)
					}
				}
			}
		}
	}
	return p
}

// plainRef is the types of x's x-malli-ref when it names whole documents
// (not an item inside one, nor ids given by another field).
func plainRef(x *jsonschema.Schema) []string {
	if a := annot(x); a != nil && a.Ref != nil && a.Ref.Item == "" && a.Ref.From == "" {
		return a.Ref.Types
	}
	return nil
}

// From the keyword location of a validation error to the compiled schema
// that holds the keyword, so that a message takes its limit, types, format
// or values from the schema itself, never from the validator's English.

package schema

import (
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// schemaIndex maps the absolute location of every schema reachable from a
// type's root (Schema.Location, such as
// "https://malli.invalid/schemas/defs.schema.json#/$defs/person") to the
// compiled schema. The validator names a failed keyword by the location
// of its schema plus the keyword ("…/$defs/person/required"), so the index
// finds the schema of any error: also one in a branch of an anyOf that
// failed, or in a definition of another file, which are not among the
// schemas that apply to the value.
type schemaIndex map[string]*jsonschema.Schema

// indexSchemas walks every subschema of root. The library keeps no such
// list, so each field that holds a schema is named here (jsonschema
// v5.3.1's Schema).
func indexSchemas(root *jsonschema.Schema) schemaIndex {
	at := schemaIndex{}
	var walk func(s *jsonschema.Schema)
	walk = func(s *jsonschema.Schema) {
		if s == nil {
			return
		}
		if _, seen := at[s.Location]; seen {
			return
		}
		at[s.Location] = s
		for _, sub := range subschemas(s) {
			walk(sub)
		}
	}
	walk(root)
	return at
}

// subschemas returns the schemas s holds directly, in no particular order.
func subschemas(s *jsonschema.Schema) []*jsonschema.Schema {
	out := []*jsonschema.Schema{s.Ref, s.RecursiveRef, s.DynamicRef, s.Not, s.If, s.Then, s.Else,
		s.PropertyNames, s.UnevaluatedProperties, s.Items2020, s.Contains, s.UnevaluatedItems, s.ContentSchema}
	out = append(out, s.AllOf...)
	out = append(out, s.AnyOf...)
	out = append(out, s.OneOf...)
	out = append(out, s.PrefixItems...)
	for _, p := range s.Properties {
		out = append(out, p)
	}
	for _, p := range s.PatternProperties {
		out = append(out, p)
	}
	for _, p := range s.DependentSchemas {
		out = append(out, p)
	}
	for _, d := range s.Dependencies {
		if p, ok := d.(*jsonschema.Schema); ok {
			out = append(out, p)
		}
	}
	for _, x := range []any{s.AdditionalProperties, s.AdditionalItems, s.Items} {
		switch x := x.(type) {
		case *jsonschema.Schema:
			out = append(out, x)
		case []*jsonschema.Schema:
			out = append(out, x...)
		}
	}
	return out
}

// failed returns the keyword of e, the schema that holds it, and for a
// keyword of two segments ("x-malli-rules/1") the second. The schema is
// nil if the location is not in the index.
func (at schemaIndex) failed(e *jsonschema.ValidationError) (s *jsonschema.Schema, keyword, arg string) {
	base, kw := cutLast(e.AbsoluteKeywordLocation)
	if s := at[base]; s != nil {
		return s, kw, ""
	}
	if rules, name := cutLast(base); name == "x-malli-rules" {
		return at[rules], name, kw
	}
	return nil, kw, ""
}

// cutLast splits loc at its last "/": the location of a keyword's schema
// and the keyword.
func cutLast(loc string) (string, string) {
	if i := strings.LastIndexByte(loc, '/'); i >= 0 {
		return loc[:i], loc[i+1:]
	}
	return "", loc
}

package schema

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// conditionalSchemas has the conditionals of the real schemas: an "if" on
// status at the root, an area whose "if" on its scope asks for one of two
// fields, and contacts each needing an e-mail or a phone.
var conditionalSchemas = fstest.MapFS{
	"defs.schema.json": {Data: []byte(`{"$defs": {
		"area": {"type": "object",
			"properties": {"scope": {"enum": ["national", "regional"]}, "regions": {"type": "array"}, "counties": {"type": "array"}},
			"allOf": [{"if": {"properties": {"scope": {"const": "regional"}}, "required": ["scope"]},
				"then": {"anyOf": [{"required": ["regions"]}, {"required": ["counties"]}]}}]},
		"person": {"type": "object",
			"properties": {"name": {"type": "string"}, "email": {"type": "string"}, "phone": {"type": "string"}},
			"anyOf": [{"required": ["email"]}, {"required": ["phone"]}]}}}`)},
	"project.schema.json": {Data: []byte(`{
		"x-malli": {"type": "project", "folder": "hankkeet", "label": {"fi": "Hanke"}, "plural": {"fi": "Hankkeet"}},
		"type": "object",
		"properties": {
			"title": {"type": "string"},
			"status": {"enum": ["draft", "published"]},
			"area": {"$ref": "defs.schema.json#/$defs/area", "x-malli-label": {"fi": "Alue"}},
			"contacts": {"type": "array", "items": {"$ref": "defs.schema.json#/$defs/person"}}
		},
		"required": ["title"],
		"if": {"properties": {"status": {"const": "published"}}, "required": ["status"]},
		"then": {"required": ["area", "contacts"]}
	}`)},
}

// evaluations counts how often a validation applies the schemas it is
// installed on.
type evaluations struct{ n *int }

func (e evaluations) Validate(jsonschema.ValidationContext, any) error { *e.n++; return nil }

// countConditionals makes every "if" schema and every anyOf and oneOf branch
// of t count its evaluations into n.
func countConditionals(t *Type, n *int) {
	for _, s := range t.at {
		var conds []*jsonschema.Schema
		if s.If != nil {
			conds = append(conds, s.If)
		}
		conds = append(append(conds, s.AnyOf...), s.OneOf...)
		for _, c := range conds {
			if c.Extensions == nil {
				c.Extensions = map[string]jsonschema.ExtSchema{}
			}
			c.Extensions["count"] = evaluations{n}
		}
	}
}

// TestConditionalsOncePerCheck checks that malli evaluates each conditional
// of a document once per node, as often as the validator does, and that
// asking for labels, descriptions and the fields to publish afterwards
// evaluates none again.
func TestConditionalsOncePerCheck(t *testing.T) {
	reg, diags := Compile(conditionalSchemas, "schemas")
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	typ := reg.ByName("project")
	var n int
	countConditionals(typ, &n)
	var v any
	dec := json.NewDecoder(strings.NewReader(`{"title": "x", "status": "published",
		"area": {"scope": "regional", "regions": ["01"]},
		"contacts": [{"name": "a", "email": "a@example.fi"}, {"name": "b", "phone": "040"}]}`))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}

	if err := typ.schema.Validate(v); err != nil {
		t.Fatal(err)
	}
	byValidator := n
	if byValidator != 8 { // the root's and the area's ifs, and two branches for the area and each contact
		t.Fatalf("the validator evaluates %d conditionals, want 8", byValidator)
	}
	n = 0
	r := typ.Check(v)
	if len(r.Problems) > 0 {
		t.Fatalf("Check: %+v", r.Problems)
	}
	if n != 2*byValidator {
		t.Errorf("Check evaluates %d conditionals, want %d: the validator's %d and the walk's once each", n, 2*byValidator, byValidator)
	}

	n = 0
	var ptrs []string
	for p := range r.applicable {
		ptrs = append(ptrs, p)
	}
	sort.Strings(ptrs)
	for _, p := range ptrs {
		r.Label(p)
		parent, key := splitPointer(p)
		r.descriptionOf(parent, key)
	}
	if got := r.RequiredFor("published"); strings.Join(got, " ") != "area contacts title" {
		t.Errorf(`RequiredFor("published") = %q, want [area contacts title]`, got)
	}
	if n != 0 {
		t.Errorf("labels, descriptions and RequiredFor after Check evaluate %d conditionals, want 0", n)
	}
}

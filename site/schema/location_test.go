package schema

import (
	"errors"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// TestFailedSchema checks that a keyword location finds the schema that
// holds the keyword: at the root, in a property, through a "$ref" into
// another file, in a failed anyOf branch, and for an x-malli-rules rule.
func TestFailedSchema(t *testing.T) {
	reg, diags := Compile(keywordSchemas, "schemas")
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	at := reg.ByName("k").at
	const k, defs = baseURL + "k.schema.json#", baseURL + "defs.schema.json#"
	for _, tc := range []struct {
		loc, schema, keyword, arg string // schema "" if none is found
	}{
		{k + "/required", k, "required", ""},
		{k + "/properties/name/minLength", k + "/properties/name", "minLength", ""},
		{defs + "/$defs/person/properties/name/minLength", defs + "/$defs/person/properties/name", "minLength", ""},
		{k + "/properties/alt/anyOf/0/maxLength", k + "/properties/alt/anyOf/0", "maxLength", ""},
		{k + "/x-malli-rules/1", k, "x-malli-rules", "1"},
		{k + "/properties/missing/type", "", "type", ""},
		{"type", "", "type", ""},
	} {
		s, kw, arg := at.failed(&jsonschema.ValidationError{AbsoluteKeywordLocation: tc.loc})
		got := ""
		if s != nil {
			got = s.Location
		}
		if got != tc.schema || kw != tc.keyword || arg != tc.arg {
			t.Errorf("failed(%s) = %q, %q, %q; want %q, %q, %q", tc.loc, got, kw, arg, tc.schema, tc.keyword, tc.arg)
		}
	}
}

// TestEveryErrorHasItsSchema validates a document that breaks every
// keyword of keywordSchemas and checks that each error the validator
// reports finds its schema, holding the keyword it names.
func TestEveryErrorHasItsSchema(t *testing.T) {
	reg, _ := Compile(keywordSchemas, "schemas")
	typ := reg.ByName("k")
	doc := map[string]any{
		"name": "ab", "count": "viisi", "ratio": 0.0, "large": 2e6, "tags": []any{}, "one": "x",
		"either": []any{}, "day": "2024-02-30", "mail": "x", "site": "ei osoite", "phase": "x",
		"kind": "x", "level": 1.0, "code": "X", "digits": "1", "nested": map[string]any{"name": "x"}, "alt": "abc",
	}
	var ve *jsonschema.ValidationError
	if !errors.As(typ.schema.Validate(doc), &ve) {
		t.Fatal("the document is valid")
	}
	seen := map[string]bool{}
	for _, e := range leaves(ve) {
		s, kw, _ := typ.at.failed(e)
		if s == nil {
			t.Errorf("%s: no schema", e.AbsoluteKeywordLocation)
			continue
		}
		if s.Location+"/"+kw != e.AbsoluteKeywordLocation {
			t.Errorf("%s: schema %s, keyword %s", e.AbsoluteKeywordLocation, s.Location, kw)
		}
		seen[kw] = true
	}
	for _, kw := range []string{"minLength", "type", "exclusiveMinimum", "maximum", "minItems", "format", "enum", "const", "pattern", "maxLength"} {
		if !seen[kw] {
			t.Errorf("no error of keyword %s", kw)
		}
	}
}

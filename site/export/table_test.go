package export

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site/schema"
)

// TestTypeColumns: a type's columns are its own properties in schema
// order, then those of the other subschemas in the order the file names
// them (here allOf, then then); objects are flattened
// through $ref and allOf; a schema that refers to itself ends.
func TestTypeColumns(t *testing.T) {
	fsys := fstest.MapFS{
		"defs.schema.json": {Data: []byte(`{
  "$defs": {
    "common": {"properties": {"id": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "string"}, "modified": {"type": "string", "format": "date"}}},
    "person": {"type": "object", "properties": {"name": {"type": "string"}, "email": {"type": "string"}}},
    "party": {"allOf": [{"$ref": "#/$defs/person"}, {"properties": {"business_id": {"type": "string"}}}]},
    "loop": {"type": "object", "properties": {"next": {"$ref": "#/$defs/loop"}}}
  }
}`)},
		"thing.schema.json": {Data: []byte(`{
  "x-malli": {"type": "thing", "folder": "asiat"},
  "allOf": [{"$ref": "defs.schema.json#/$defs/common"}],
  "type": "object",
  "properties": {
    "zeta": {"type": "number"},
    "owner": {"$ref": "defs.schema.json#/$defs/party"},
    "people": {"type": "array", "items": {"$ref": "defs.schema.json#/$defs/person"}},
    "alpha": {"type": "string", "format": "date"},
    "chain": {"$ref": "defs.schema.json#/$defs/loop"},
    "type": {"const": "thing"}
  },
  "then": {"properties": {"late": {"type": "string"}}}
}`)},
	}
	reg, diags := schema.Compile(fsys, "schemas")
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	var got []string
	var formats []string
	for _, c := range typeColumns(reg, reg.ByName("thing")) {
		got = append(got, c.name())
		formats = append(formats, c.f.format)
	}
	// chain.next.next… stops at maxDepth: one column per level reached.
	chain := 0
	for _, g := range got {
		if strings.HasPrefix(g, "chain.") {
			chain++
		}
	}
	if chain == 0 || chain > maxDepth {
		t.Errorf("a schema that refers to itself gives %d columns", chain)
	}
	got = slices.DeleteFunc(got, func(s string) bool { return strings.HasPrefix(s, "chain.") })
	want := []string{"zeta", "owner.name", "owner.email", "owner.business_id", "people", "alpha", "modified", "late"}
	if !slices.Equal(got, want) {
		t.Errorf("columns %v, want %v", got, want)
	}
	if formats[len(formats)-2] != "date" {
		t.Errorf("modified has format %q", formats[len(formats)-2])
	}
}

// TestLongFormatHeaders: a CSV file's header is its JSON rows' keys in
// order, so the two files have the same columns.
func TestLongFormatHeaders(t *testing.T) {
	for _, tc := range []struct {
		row    any
		header []string
	}{{Score{}, ScoreHeader}, {Value{}, ValueHeader}} {
		data, _ := json.Marshal(tc.row)
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.Token()
		var keys []string
		for dec.More() {
			k, _ := dec.Token()
			keys = append(keys, k.(string))
			var skip json.RawMessage
			dec.Decode(&skip)
		}
		if !slices.Equal(keys, tc.header) {
			t.Errorf("%T keys %v, header %v", tc.row, keys, tc.header)
		}
	}
}

package schema_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"strings"
	"testing"

	"github.com/malli-fi/malli/schemas"
	"github.com/malli-fi/malli/site/schema"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// TestPublishKeepsOrderAndAddsDescriptions checks a published schema: "$id"
// after "$schema", the keys in the order written, and beside an enum with
// labels its enumDescriptions and markdownEnumDescriptions in the enum's
// order.
func TestPublishKeepsOrderAndAddsDescriptions(t *testing.T) {
	in := `{"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "T", "$id": "old",
  "properties": {"k": {"type": "string", "enum": ["b", "a"],
    "x-malli-enum-labels": {"a": {"fi": "Aa", "sv": "Aa", "en": "A*"}, "b": {"fi": "Kerava", "sv": "Kervo", "en": "Kerava"}},
    "enumDescriptions": ["stale"]}}}`
	got := string(schema.Publish([]byte(in), "https://x.example/schemas/t.schema.json"))
	want := `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://x.example/schemas/t.schema.json",
  "title": "T",
  "properties": {
    "k": {
      "type": "string",
      "enum": [
        "b",
        "a"
      ],
      "x-malli-enum-labels": {"a": {"fi": "Aa", "sv": "Aa", "en": "A*"}, "b": {"fi": "Kerava", "sv": "Kervo", "en": "Kerava"}},
      "enumDescriptions": [
        "Kerava",
        "Aa"
      ],
      "markdownEnumDescriptions": [
        "**Kerava** · sv: Kervo",
        "**Aa** · en: A\\*"
      ]
    }
  }
}
`
	// The labels object is data, written as it was; compare without layout.
	if compact(t, got) != compact(t, want) {
		t.Errorf("published:\n%s\nwant:\n%s", got, want)
	}
	if i, j := strings.Index(got, `"$id"`), strings.Index(got, `"title"`); i < 0 || i > j {
		t.Errorf("$id is not before title:\n%s", got)
	}
	if strings.Contains(got, "stale") {
		t.Error("a hand-written enumDescriptions survived")
	}
}

func compact(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(s)); err != nil {
		t.Fatalf("%v in %s", err, s)
	}
	return b.String()
}

// TestPublishedSchemasCompile publishes malli's own schemas as a site does
// and compiles them with a plain draft 2020-12 validator, without malli's
// keywords, resolving each "$ref" by the published "$id"s, as an editor
// would; every enum with labels has descriptions of the same length.
func TestPublishedSchemasCompile(t *testing.T) {
	const base = "https://malli.example/schemas/"
	names, _ := fs.Glob(schemas.FS, "*.json")
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	published := map[string][]byte{}
	for _, name := range names {
		data, _ := fs.ReadFile(schemas.FS, name)
		out := schema.Publish(data, base+name)
		published[name] = out
		if err := c.AddResource(base+name, bytes.NewReader(out)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	for _, name := range names {
		if _, err := c.Compile(base + name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		var doc any
		_ = json.Unmarshal(published[name], &doc)
		described := 0
		var walk func(any)
		walk = func(v any) {
			switch v := v.(type) {
			case map[string]any:
				if labels, ok := v["x-malli-enum-labels"]; ok && labels != nil {
					enum, _ := v["enum"].([]any)
					plain, _ := v["enumDescriptions"].([]any)
					md, _ := v["markdownEnumDescriptions"].([]any)
					if len(enum) == 0 || len(plain) != len(enum) || len(md) != len(enum) {
						t.Errorf("%s: enum %v has %d and %d descriptions", name, enum, len(plain), len(md))
					}
					described++
				}
				for _, x := range v {
					walk(x)
				}
			case []any:
				for _, x := range v {
					walk(x)
				}
			}
		}
		walk(doc)
		if name == "municipalities.schema.json" && described != 1 {
			t.Errorf("%s: %d described enums", name, described)
		}
	}
}

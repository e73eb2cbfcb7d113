package schemas

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"testing"

	"github.com/malli-fi/malli/site/schema"
)

// TestEveryFieldIsDescribed checks what editors and diagnostics show: every
// type and every property has a Finnish title and description and labels
// and descriptions in Finnish, Swedish and English.
func TestEveryFieldIsDescribed(t *testing.T) {
	names, _ := fs.Glob(FS, "*.json")
	if len(names) == 0 {
		t.Fatal("no schemas embedded")
	}
	for _, name := range names {
		data, _ := fs.ReadFile(FS, name)
		var doc map[string]any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, isType := doc["x-malli"]; isType {
			checkDescribed(t, name, "", doc)
		}
		walk(doc, "", func(ptr string, prop map[string]any) { checkDescribed(t, name, ptr, prop) })
	}
}

// walk calls f for every schema found under a "properties" keyword, except
// in conditions and branches (if, then, else, not, anyOf, oneOf), which
// constrain fields defined elsewhere.
func walk(v any, ptr string, f func(string, map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			switch k {
			case "if", "then", "else", "not", "anyOf", "oneOf":
				continue
			}
			if k == "properties" {
				if props, ok := x.(map[string]any); ok {
					for name, p := range props {
						if ps, ok := p.(map[string]any); ok {
							f(ptr+"/properties/"+name, ps)
						}
					}
				}
			}
			walk(x, ptr+"/"+k, f)
		}
	case []any:
		for i, x := range v {
			walk(x, fmt.Sprintf("%s/%d", ptr, i), f)
		}
	}
}

func checkDescribed(t *testing.T, file, ptr string, s map[string]any) {
	t.Helper()
	desc, _ := s["description"].(string)
	if title, _ := s["title"].(string); title == "" || desc == "" {
		t.Errorf("%s#%s: no Finnish title or description", file, ptr)
	}
	for _, key := range []string{"x-malli-label", "x-malli-description"} {
		m, _ := s[key].(map[string]any)
		for _, lang := range []string{"fi", "sv", "en"} {
			if text, _ := m[lang].(string); text == "" {
				t.Errorf("%s#%s: %s has no %s", file, ptr, key, lang)
			}
		}
		if key == "x-malli-description" && m["fi"] != desc {
			t.Errorf("%s#%s: x-malli-description.fi differs from description", file, ptr)
		}
	}
}

// TestEveryRequirementSaysWhose checks that every requirement of malli's
// schemas — a required field (also one an "if" on status asks to
// publish), a required section, a cross-field rule, a list each of whose
// items must be named — says whose requirement it is: Innokylä's, the
// programme's, the law's or malli's own (x-malli-source, or "source").
// Diagnostics and the site say so; a requirement the schema does not
// attribute would be presented as malli's.
func TestEveryRequirementSaysWhose(t *testing.T) {
	names, _ := fs.Glob(FS, "*.json")
	for _, name := range names {
		data, _ := fs.ReadFile(FS, name)
		missing, err := schema.Sourceless(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, ptr := range missing {
			t.Errorf("%s#%s: the requirement does not say whose it is: add x-malli-source (or a \"source\")", name, ptr)
		}
	}
	if _, diags := schema.Compile(FS, "schemas"); len(diags) > 0 {
		t.Errorf("the schemas do not compile: %v", diags)
	}
}

// TestSeriesShowsEveryField checks that a series of measurements
// (x-malli-series) names every field of its items and of their cells: the
// page shows a series only as its table, so a field the keyword does not
// name would not be shown at all.
func TestSeriesShowsEveryField(t *testing.T) {
	names, _ := fs.Glob(FS, "*.json")
	found := 0
	for _, name := range names {
		data, _ := fs.ReadFile(FS, name)
		var doc map[string]any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		walk(doc, "", func(ptr string, prop map[string]any) {
			spec, ok := prop["x-malli-series"].(map[string]any)
			if !ok {
				return
			}
			found++
			named := map[string]bool{}
			for _, k := range []string{"column", "period", "foot"} {
				list, _ := spec[k].([]any)
				for _, f := range list {
					named[f.(string)] = true
				}
			}
			cells, _ := spec["cells"].(string)
			named[cells] = true
			item, _ := prop["items"].(map[string]any)
			fields, _ := item["properties"].(map[string]any)
			for f := range fields {
				if !named[f] {
					t.Errorf("%s#%s: x-malli-series does not name the field %q of its items", name, ptr, f)
				}
			}
			cellNamed := map[string]bool{}
			for _, k := range []string{"row", "value", "base", "note", "suppressed"} {
				if f, ok := spec[k].(string); ok {
					cellNamed[f] = true
				}
			}
			cellItems, _ := fields[cells].(map[string]any)
			cellItem, _ := cellItems["items"].(map[string]any)
			cellFields, _ := cellItem["properties"].(map[string]any)
			if len(cellFields) == 0 {
				t.Errorf("%s#%s: the series' cells %q have no fields", name, ptr, cells)
			}
			for f := range cellFields {
				if !cellNamed[f] {
					t.Errorf("%s#%s: x-malli-series does not name the field %q of its cells", name, ptr, f)
				}
			}
		})
	}
	if found == 0 {
		t.Error("no schema has an x-malli-series")
	}
}

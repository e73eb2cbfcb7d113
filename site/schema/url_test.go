package schema

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site/diag"
)

func TestURLFormatScheme(t *testing.T) {
	reg, diags := Compile(fstest.MapFS{"a.schema.json": {Data: []byte(`{
		"x-malli": {"type": "a", "folder": "a"},
		"properties": {
			"uri": {"type": "string", "format": "uri"},
			"ref": {"type": "string", "format": "uri-reference"}
		}
	}`)}}, "schemas")
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	for _, tc := range []struct {
		field, value, want string
	}{
		{"uri", "https://example.fi/x", ""},
		{"uri", "mailto:kirjaamo@example.fi", ""},
		{"uri", "tel:+358401234567", ""},
		{"uri", "javascript:alert(1)", "url.scheme [javascript: http:, https:, mailto:, tel:]"},
		{"uri", " JavaScript:alert(1)", "url.scheme [javascript: http:, https:, mailto:, tel:]"},
		{"uri", "java\tscript:alert(1)", "url.scheme [javascript: http:, https:, mailto:, tel:]"}, // not also schema.format
		{"uri", "data:text/html,x", "url.scheme [data: http:, https:, mailto:, tel:]"},
		{"uri", "ei osoite", `schema.format`},
		{"ref", "../x.md", ""},
		{"ref", "vbscript:x", "url.scheme [vbscript: http:, https:, mailto:, tel:]"},
	} {
		r := reg.ByName("a").Check(map[string]any{tc.field: tc.value})
		var got string
		for _, p := range r.Problems {
			got = p.Code.String()
			if p.Code == diag.URLScheme {
				got = fmt.Sprint(p.Code, " ", p.Args)
				if p.Pointer != "/"+tc.field || !p.AtValue || p.Hint == nil {
					t.Errorf("%s: %q: problem %+v, want it at the value with a hint", tc.field, tc.value, p)
				}
			}
		}
		if len(r.Problems) > 1 || got != tc.want {
			t.Errorf("%s: %q: problems %+v, want %s", tc.field, tc.value, r.Problems, tc.want)
		}
	}
}

package schema

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site/diag"
)

func TestValidBusinessID(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want bool
	}{
		{"0245437-2", true},  // weights sum 2*... gives check 2
		{"0245437-3", false}, // wrong check digit
		{"1572860-0", true},  // remainder 0 gives 0
		{"123456-7", false},  // too short
		{"12345678", false},  // no dash
		{"abcdefg-1", false}, // not digits
		{"", false},
	} {
		if got := ValidBusinessID(tc.id); got != tc.want {
			t.Errorf("ValidBusinessID(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	cands := []string{"tuettu-tyollistyminen", "tyokyvyn-tuki", "alihankintamalli"}
	for _, tc := range []struct{ in, want string }{
		{"tuettu-tyollistymnen", "tuettu-tyollistyminen"},
		{"tyokyvyn-tuk", "tyokyvyn-tuki"},
		{"jotain-ihan-muuta", ""},
	} {
		h := Suggest(tc.in, cands)
		got := ""
		if h != nil {
			got = h.In(diag.EN)
		}
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("Suggest(%q) = %q, want one naming %q", tc.in, got, tc.want)
		}
	}
}

var testSchemas = fstest.MapFS{
	"defs.schema.json": {Data: []byte(`{"$defs": {"person": {"type": "object",
		"properties": {"name": {"type": "string", "x-malli-label": {"fi": "Nimi", "en": "Name"}}, "email": {"type": "string"}, "phone": {"type": "string"}},
		"required": ["name"], "anyOf": [{"required": ["email"]}, {"required": ["phone"]}]}}}`)},
	"project.schema.json": {Data: []byte(`{
		"x-malli": {"type": "project", "folder": "hankkeet", "label": {"fi": "Hanke"}, "plural": {"fi": "Hankkeet"}},
		"type": "object",
		"properties": {
			"title": {"type": "string"},
			"status": {"enum": ["draft", "published"]},
			"business_id": {"type": "string", "x-malli-business-id": true, "x-malli-label": {"fi": "Y-tunnus"}},
			"start": {"type": "string", "format": "date"},
			"end": {"type": "string", "format": "date"},
			"aid": {"type": "number"},
			"costs": {"type": "number"},
			"models": {"type": "array", "items": {"type": "string", "x-malli-ref": "operating_model"}},
			"contact": {"$ref": "defs.schema.json#/$defs/person"},
			"scope": {"enum": ["national", "regional"]},
			"regions": {"type": "array"}
		},
		"allOf": [{"if": {"properties": {"scope": {"const": "regional"}}, "required": ["scope"]}, "then": {"required": ["regions"]}}],
		"required": ["title"],
		"x-malli-rules": [{"rule": "not_before", "field": "end", "other": "start"}, {"rule": "at_most_ratio", "field": "aid", "other": "costs", "ratio": 0.8}],
		"if": {"properties": {"status": {"const": "published"}}, "required": ["status"]},
		"then": {"required": ["contact"]}
	}`)},
}

func TestCompileRegistry(t *testing.T) {
	reg, diags := Compile(testSchemas, "schemas")
	if len(diags) > 0 {
		t.Fatalf("Compile: %v", diags)
	}
	if len(reg.Types) != 1 || reg.ByName("project") == nil || reg.ByFolder("hankkeet") != reg.ByName("project") {
		t.Fatalf("registry = %+v", reg.Types)
	}
	if len(reg.Files) != 2 {
		t.Errorf("Files = %d, want both schema files", len(reg.Files))
	}
}

func TestCheck(t *testing.T) {
	reg, _ := Compile(testSchemas, "schemas")
	typ := reg.ByName("project")
	for _, tc := range []struct {
		name string
		doc  string
		want []string // "pointer code", in order
	}{
		{"valid draft", `{"title": "x", "status": "draft"}`, nil},
		{"published needs contact", `{"title": "x", "status": "published"}`, []string{" schema.required-published"}},
		{"missing title", `{"status": "draft"}`, []string{" schema.required"}},
		{"check digit", `{"title": "x", "business_id": "0245437-3"}`, []string{"/business_id schema.business-id"}},
		{"end before start", `{"title": "x", "start": "2024-05-01", "end": "2024-04-30"}`, []string{"/end schema.not-before"}},
		{"aid over 80 %", `{"title": "x", "aid": 81, "costs": 100}`, []string{"/aid schema.at-most-ratio"}},
		{"aid at 80 %", `{"title": "x", "aid": 80, "costs": 100}`, nil},
		{"bad date", `{"title": "x", "start": "2024-02-30"}`, []string{"/start schema.format"}},
		{"unknown key", `{"title": "x", "titel": "y"}`, []string{"/titel schema.unknown-key"}},
		{"nested unknown key", `{"title": "x", "contact": {"name": "n", "email": "e", "nmae": "z"}}`, []string{"/contact/nmae schema.unknown-key"}},
		{"email or phone", `{"title": "x", "contact": {"name": "n"}}`, []string{"/contact schema.any-required"}},
		{"wrong type", `{"title": ["x"]}`, []string{"/title schema.type"}},
		{"a conditional not on status", `{"title": "x", "status": "draft", "scope": "regional"}`, []string{" schema.required"}},
		{"enum", `{"title": "x", "status": "valmis"}`, []string{"/status schema.enum"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v any
			dec := json.NewDecoder(strings.NewReader(tc.doc))
			dec.UseNumber()
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
			r := typ.Check(v)
			var got []string
			for _, p := range r.Problems {
				got = append(got, p.Pointer+" "+p.Code.String())
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("Check(%s) problems = %q, want %q", tc.doc, got, tc.want)
			}
		})
	}
}

func TestCheckFindsReferencesAndLabels(t *testing.T) {
	reg, _ := Compile(testSchemas, "schemas")
	var v any
	json.Unmarshal([]byte(`{"title": "x", "models": ["a", "b"], "contact": {"name": "n", "phone": "1"}}`), &v)
	r := reg.ByName("project").Check(v)
	if len(r.Refs) != 2 || r.Refs[1].Pointer != "/models/1" || r.Refs[1].Value != "b" || r.Refs[1].Spec.Types[0] != "operating_model" {
		t.Errorf("Refs = %+v", r.Refs)
	}
	if got := r.Label("/contact/name").In(diag.EN); got != `"name" (Name)` {
		t.Errorf("Label = %s", got)
	}
	if got := r.Label("/models/1").Key; got != "models" {
		t.Errorf("Label of a list item = %s, want the list's", got)
	}
}

func TestCompileReportsBrokenSchemas(t *testing.T) {
	_, diags := Compile(fstest.MapFS{
		"a.schema.json": {Data: []byte("{\n  \"x-malli\": {\"type\": \"a\", \"folder\": \"a\"},\n  \"type\": \"objekti\"\n}")},
		"c.schema.json": {Data: []byte("{\n  \"x-malli\": {\"type\": \"c\"}\n}")},
		"b.schema.json": {Data: []byte("{\n  \"x-malli\": {\"type\": \"b\",\n}")},
	}, "schemas")
	var got []string
	for _, d := range diags.Sort() {
		got = append(got, d.Pos.String()+" "+d.Code.String())
	}
	want := []string{"schemas/a.schema.json:3:3 schema.compile", "schemas/b.schema.json:3:1 schema.compile", "schemas/c.schema.json:2:3 schema.annotation"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("diagnostics = %q, want %q", got, want)
	}
}

func TestEnumHintByLabel(t *testing.T) {
	reg, diags := Compile(fstest.MapFS{"a.schema.json": {Data: []byte(`{
		"x-malli": {"type": "a", "folder": "a"},
		"properties": {"region": {"enum": ["01", "02"], "x-malli-enum-labels": {"01": {"fi": "Uusimaa", "sv": "Nyland"}, "02": {"fi": "Varsinais-Suomi", "sv": "Egentliga Finland"}}}}
	}`)}}, "schemas")
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	for in, want := range map[string]string{
		"Uusimaa":        `write the code “01” (Uusimaa)`,
		"nyland":         `write the code “01” (Nyland)`,
		"Varsinais-Suom": `write the code “02” (Varsinais-Suomi)`,
	} {
		r := reg.ByName("a").Check(map[string]any{"region": in})
		if len(r.Problems) != 1 || r.Problems[0].Hint == nil || r.Problems[0].Hint.In(diag.EN) != want {
			t.Errorf("region %q: problems %+v, want hint %q", in, r.Problems, want)
		}
	}
}

func TestCompileOneIndexType(t *testing.T) {
	reg, diags := Compile(fstest.MapFS{
		"a.schema.json": {Data: []byte(`{"x-malli": {"type": "a", "folder": "a", "index_files": true}}`)},
		"b.schema.json": {Data: []byte(`{"x-malli": {"type": "b", "folder": "b", "index_files": true}}`)},
		"c.schema.json": {Data: []byte(`{"x-malli": {"folder": "c"}}`)},
	}, "schemas")
	var got []string
	for _, d := range diags.Sort() {
		got = append(got, d.Pos.String()+" "+d.Code.String())
	}
	want := []string{"schemas/b.schema.json:1:42 schema.duplicate-type", "schemas/c.schema.json:1:2 schema.annotation"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("diagnostics = %q, want %q", got, want)
	}
	if reg.Index == nil || reg.Index.Name != "a" {
		t.Errorf("Index = %v, want type a", reg.Index)
	}
	if !reg.Broken("c") {
		t.Errorf("folder c of the schema without a type is not marked broken")
	}
}

func TestMissingFieldHintIsItsDescription(t *testing.T) {
	reg, _ := Compile(fstest.MapFS{"a.schema.json": {Data: []byte(`{
		"x-malli": {"type": "a", "folder": "a"},
		"properties": {
			"coordinator": {"type": "string", "description": "Nimetty henkilö.", "x-malli-description": {"fi": "Nimetty henkilö.", "en": "A named person."}},
			"goals": {"type": "array", "description": "Tavoitteet."}
		},
		"required": ["coordinator", "goals"]
	}`)}}, "schemas")
	r := reg.ByName("a").Check(map[string]any{})
	var got []string
	for _, p := range r.Problems {
		got = append(got, p.Hint.In(diag.EN))
	}
	if want := []string{"A named person.", "Tavoitteet."}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("hints = %q, want %q", got, want)
	}
}

// TestCompileChecksCodeKeywords checks that the code-list keywords say what
// they must: facts only of the enum's own codes, a date as YYYY-MM-DD, a
// belongs-to rule with a code it may use, an in-force with pointers.
func TestCompileChecksCodeKeywords(t *testing.T) {
	for name, s := range map[string]string{
		"unknown code": `"enum": ["a"], "x-malli-enum-facts": {"b": {"region": "01"}}`,
		"bad date":     `"enum": ["a"], "x-malli-enum-facts": {"a": {"to": "2020-13"}}`,
		"successor":    `"enum": ["a"], "x-malli-enum-facts": {"a": {"to": "2020-12-31", "replaced_by": "b"}}`,
		"rule code":    `"x-malli-belongs-to": [{"items": "a", "fact": "f", "in": "b", "code": "schema.enum"}]`,
		"in-force":     `"x-malli-in-force": {"from": "start_date"}`,
	} {
		_, diags := Compile(fstest.MapFS{
			"a.schema.json": {Data: []byte(`{"x-malli": {"type": "a", "folder": "a"}, "properties": {"k": {` + s + `}}}`)},
		}, "schemas")
		if len(diags) != 1 || diags[0].Code != diag.SchemaCompile {
			t.Errorf("%s: diagnostics %v, want one schema.compile", name, diags)
		}
	}
	_, diags := Compile(fstest.MapFS{
		"a.schema.json": {Data: []byte(`{"x-malli": {"type": "a", "folder": "a"}, "properties": {"k": {"enum": ["a", "b"],
			"x-malli-enum-facts": {"a": [{"to": "2020-12-31", "replaced_by": "b", "r": "1"}, {"from": "2021-01-01", "r": "2"}], "b": {"r": "2"}}},
			"o": {"x-malli-belongs-to": [{"items": "a", "fact": "r", "in": "b", "code": "area.county-region"}], "x-malli-in-force": {"from": "/s", "to": "/e"}}}}`)},
	}, "schemas")
	if len(diags) != 0 {
		t.Errorf("valid keywords: %v", diags)
	}
}

// The keywords by which another document sets rules say where to read
// them; one that does not is a broken schema, not a rule that never holds.
func TestCompileChecksProgrammeKeywords(t *testing.T) {
	for _, kw := range []string{
		`"x-malli-requirements-from": {"from": "programme", "list": "project_requirements"}`,
		`"x-malli-requirements-from": {"from": "/programme"}`,
		`"x-malli-deadlines": [{"after": "/end_date", "list": "/reports", "due": "due_date"}]`,
		`"x-malli-deadlines": [{"after": "end_date", "months_from": {"from": "/programme", "key": "m"}, "list": "/reports", "due": "due_date"}]`,
		`"properties": {"scores": {"x-malli-each-once": {"key": "criterion", "applies": {"list": "measures", "from": "subject", "field": "measure"}}}}`,
	} {
		_, diags := Compile(fstest.MapFS{"a.schema.json": {Data: []byte(`{"x-malli": {"type": "a", "folder": "a"}, ` + kw + `}`)}}, "schemas")
		if len(diags) != 1 || diags[0].Code != diag.SchemaCompile {
			t.Errorf("%s: diagnostics %v, want one schema.compile", kw, diags)
		}
	}
	_, diags := Compile(fstest.MapFS{"a.schema.json": {Data: []byte(`{"x-malli": {"type": "a", "folder": "a"},
		"x-malli-requirements-from": {"from": "/programme", "list": "project_requirements"},
		"x-malli-deadlines": [{"label": {"fi": "Loppuselvitys"}, "after": "/end_date", "months_from": {"from": "/programme", "key": "final_report_months"}, "list": "/reports", "where": {"kind": "final"}, "due": "due_date"}]}`)}}, "schemas")
	if len(diags) > 0 {
		t.Errorf("well-formed keywords: %v", diags)
	}
}

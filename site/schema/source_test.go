package schema

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site/diag"
)

func TestSourceless(t *testing.T) {
	data := []byte(`{
		"x-malli": {"type": "note", "folder": "muistiot", "sections": [
			{"id": "a", "required_for": ["published"], "source": "innokyla"},
			{"id": "b", "required_for": ["published"]},
			{"id": "c"}
		]},
		"required": ["title", "status"], "x-malli-source": {"title": "malli"},
		"x-malli-rules": [{"rule": "not_before", "field": "end", "other": "start", "source": "malli"}, {"rule": "not_before", "field": "b", "other": "a"}],
		"properties": {
			"contact": {"anyOf": [{"required": ["email"]}, {"required": ["phone"]}], "x-malli-source": "law"},
			"person": {"anyOf": [{"required": ["email"]}]},
			"scores": {"x-malli-each-once": {"key": "k", "required_for": ["published"]}}
		},
		"if": {"required": ["status"]},
		"then": {"required": ["summary"], "x-malli-source": {"by": "programme", "ref": "luku 9"}}
	}`)
	got, err := Sourceless(data)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"/x-malli/sections/1",
		"/required/1", // status: the map names only title
		"/x-malli-rules/1",
		"/properties/person/anyOf/0/required/0",
		"/properties/scores/x-malli-each-once",
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("Sourceless = %q, want %q", got, want)
	}
}

// TestSourceAnnotationsCompile checks that a source malli does not know,
// or an x-malli-source naming a field the object does not require, does
// not compile.
func TestSourceAnnotationsCompile(t *testing.T) {
	for _, tc := range []struct{ schema, want string }{
		{`"required": ["title"], "x-malli-source": "ministeriö"`, `unknown source "ministeriö"`},
		{`"required": ["title"], "x-malli-source": {"titel": "malli"}`, `"titel" is not a required field here`},
		{`"x-malli-rules": [{"rule": "not_before", "field": "a", "other": "b", "source": {"by": "law", "nmae": 1}}]`, `unknown field "nmae"`},
		{`"x-malli": {"type": "note", "folder": "muistiot", "sections": [{"id": "a", "source": "lakiin"}]}`, `unknown source "lakiin"`},
		{`"x-malli": {"type": "note", "folder": "muistiot", "innokyla": {"sections": [{"label": "Tausta", "section": "b"}]}}`, `the type has no section "b"`},
		{`"x-malli": {"type": "note", "folder": "muistiot", "innokyla": {"fields": [{"label": "Nimi", "fields": ["nimi"]}]}}`, `the type has no field "nimi"`},
		{`"x-malli": {"type": "note", "folder": "muistiot", "innokyla": {"fields": [{"label": "Toimijat"}]}}`, `say in a note why`},
		{`"x-malli": {"type": "note", "folder": "muistiot", "sections": [{"id": "a"}], "innokyla": {"sections": [{"label": "Tausta", "section": "a", "include": ["b"]}]}}`, `the type has no section "b"`},
		{`"x-malli": {"type": "note", "folder": "muistiot", "sections": [{"id": "a"}], "innokyla": {"sections": [{"label": "Tausta", "section": "a"}, {"label": "Muu", "section": "a"}]}}`, `section "a" is in "Tausta" already`},
		{`"x-malli": {"type": "note", "folder": "muistiot", "sections": [{"id": "a"}, {"id": "b"}], "innokyla": {"sections": [{"label": "Tausta", "section": "a", "include": ["a"]}]}}`, `section "a" is in "Tausta" already`},
		{`"x-malli": {"type": "note", "folder": "muistiot", "sections": [{"id": "a"}], "innokyla": {"fields": [{"label": "Nimi", "fields": ["title"], "include": ["a"]}]}}`, `filled by no section of its own`},
	} {
		body := `{"x-malli": {"type": "note", "folder": "muistiot"}, "type": "object", "properties": {"title": {"type": "string"}}, ` + tc.schema + `}`
		if strings.Contains(tc.schema, `"x-malli"`) {
			body = `{"type": "object", "properties": {"title": {"type": "string"}}, ` + tc.schema + `}`
		}
		reg, diags := Compile(fstest.MapFS{"note.schema.json": {Data: []byte(body)}}, "schemas")
		if len(diags) != 1 || !strings.Contains(diags[0].Message(diag.EN), tc.want) || reg.ByName("note") != nil {
			t.Errorf("Compile(%s) = %v, want one error saying %q", tc.schema, diags, tc.want)
		}
	}
}

func TestSourceWords(t *testing.T) {
	tko := Source{By: ByProgramme, Name: Labels{"fi": "Työkykyohjelma", "sv": "Arbetsförmågeprogrammet"}, Ref: Labels{"fi": "luku 16.3", "sv": "avsnitt 16.3"}}
	for _, tc := range []struct {
		s    diag.Localized
		lang diag.Lang
		want string
	}{
		{Source{By: ByInnokyla}.Says(), diag.FI, "Innokylä vaatii"},
		{tko.Says(), diag.FI, "Työkykyohjelma (luku 16.3) edellyttää"},
		{tko.Says(), diag.SV, "Arbetsförmågeprogrammet (avsnitt 16.3) förutsätter"},
		{Source{By: ByProgramme}.Says(), diag.FI, "ohjelma edellyttää"},
		{Source{By: ByLaw, Ref: Labels{"fi": "306/2019, 9 §"}}.Says(), diag.EN, "the law (306/2019, 9 §) requires"},
		{MalliSource.Says(), diag.FI, "malli suosittelee"},
		{MalliSource.Says(), diag.SV, "malli rekommenderar"},
		{MalliSource.Needs(), diag.EN, "malli requires"},
	} {
		if got := tc.s.In(tc.lang); got != tc.want {
			t.Errorf("%v.In(%s) = %q, want %q", tc.s, tc.lang, got, tc.want)
		}
	}
}

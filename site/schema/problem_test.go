package schema

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site/diag"
)

// keywordSchemas has one property for each keyword whose limit, type,
// format or values a message names. "nested" reaches its schema through
// a "$ref" into another file, "alt" through the branch of an anyOf that
// failed: neither schema is among the ones that apply to the value.
var keywordSchemas = fstest.MapFS{
	"defs.schema.json": {Data: []byte(`{"$defs": {"person": {"type": "object",
		"properties": {"name": {"type": "string", "minLength": 2, "x-malli-label": {"fi": "Nimi", "sv": "Namn", "en": "Name"}}}}}}`)},
	"k.schema.json": {Data: []byte(`{
		"x-malli": {"type": "k", "folder": "k"},
		"type": "object",
		"properties": {
			"name":   {"type": "string", "minLength": 3, "maxLength": 5},
			"count":  {"type": "integer", "minimum": 1, "maximum": 10},
			"ratio":  {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 0.8},
			"large":  {"type": "number", "maximum": 1000000},
			"tags":   {"type": "array", "minItems": 1, "maxItems": 2},
			"one":    {"type": "boolean"},
			"either": {"type": ["string", "null"]},
			"day":    {"type": "string", "format": "date"},
			"mail":   {"type": "string", "format": "email"},
			"site":   {"type": "string", "format": "uri"},
			"phase":  {"enum": ["alku", "loppu", 3]},
			"kind":   {"const": "k"},
			"level":  {"const": 14},
			"code":   {"type": "string", "pattern": "^[a-z]+$"},
			"digits": {"type": "string", "pattern": "^\\d{3}$"},
			"nested": {"$ref": "defs.schema.json#/$defs/person"},
			"alt":    {"anyOf": [{"type": "string", "maxLength": 2}, {"type": "integer"}]}
		}
	}`)},
}

// TestProblemArgs checks that each keyword's limit, type, format or values
// come from the schema at the error's keyword location, as the
// diagnostic's arguments read in each language.
func TestProblemArgs(t *testing.T) {
	reg, diags := Compile(keywordSchemas, "schemas")
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	typ := reg.ByName("k")
	for _, tc := range []struct {
		doc  string
		code diag.Code
		want []string // the arguments in fi, sv, en, joined by " | "
	}{
		{`{"name": "ab"}`, diag.SchemaMinLength, []string{
			`"name" | 3 | 2`, `"name" | 3 | 2`, `"name" | 3 | 2`}},
		{`{"name": "äöåäöå"}`, diag.SchemaMaxLength, []string{ // runes, not bytes
			`"name" | 5 | 6`, `"name" | 5 | 6`, `"name" | 5 | 6`}},
		{`{"count": 0}`, diag.SchemaMinimum, []string{
			`"count" | 1 | 0`, `"count" | 1 | 0`, `"count" | 1 | 0`}},
		{`{"count": 11}`, diag.SchemaMaximum, []string{
			`"count" | 10 | 11`, `"count" | 10 | 11`, `"count" | 10 | 11`}},
		{`{"ratio": 0}`, diag.SchemaExclusiveMinimum, []string{
			`"ratio" | 0 | 0`, `"ratio" | 0 | 0`, `"ratio" | 0 | 0`}},
		{`{"ratio": 0.8}`, diag.SchemaExclusiveMaximum, []string{
			`"ratio" | 0.8 | 0.8`, `"ratio" | 0.8 | 0.8`, `"ratio" | 0.8 | 0.8`}},
		{`{"large": 1000001}`, diag.SchemaMaximum, []string{ // not 1e+06
			`"large" | 1000000 | 1000001`, `"large" | 1000000 | 1000001`, `"large" | 1000000 | 1000001`}},
		{`{"tags": []}`, diag.SchemaMinItems, []string{
			`"tags" | 1 | 0`, `"tags" | 1 | 0`, `"tags" | 1 | 0`}},
		{`{"tags": ["a", "b", "c"]}`, diag.SchemaMaxItems, []string{
			`"tags" | 2 | 3`, `"tags" | 2 | 3`, `"tags" | 2 | 3`}},
		{`{"count": "viisi"}`, diag.SchemaType, []string{
			`"count" | kokonaisluku, nyt teksti`, `"count" | heltal, nu text`, `"count" | whole number, not text`}},
		{`{"count": 1.5}`, diag.SchemaType, []string{
			`"count" | kokonaisluku, nyt luku`, `"count" | heltal, nu tal`, `"count" | whole number, not number`}},
		{`{"one": "yes"}`, diag.SchemaType, []string{
			`"one" | totuusarvo (true tai false), nyt teksti`, `"one" | sanningsvärde (true eller false), nu text`, `"one" | true or false, not text`}},
		{`{"either": [1]}`, diag.SchemaType, []string{
			`"either" | teksti tai tyhjä, nyt luettelo`, `"either" | text eller tom, nu lista`, `"either" | text or empty, not list`}},
		{`{"day": "2024-02-30"}`, diag.SchemaFormat, []string{
			`"day" | "2024-02-30" | päivämäärä muodossa VVVV-KK-PP`, `"day" | "2024-02-30" | datum i formen ÅÅÅÅ-MM-DD`, `"day" | "2024-02-30" | date as YYYY-MM-DD`}},
		{`{"mail": "a.example.fi"}`, diag.SchemaFormat, []string{
			`"mail" | "a.example.fi" | sähköpostiosoite`, `"mail" | "a.example.fi" | e-postadress`, `"mail" | "a.example.fi" | e-mail address`}},
		{`{"site": "ei osoite"}`, diag.SchemaFormat, []string{
			`"site" | "ei osoite" | verkko-osoite (https://…)`, `"site" | "ei osoite" | webbadress (https://…)`, `"site" | "ei osoite" | web address (https://…)`}},
		{`{"phase": "keski"}`, diag.SchemaEnum, []string{
			`"phase" | "keski" | alku, loppu, 3`, `"phase" | "keski" | alku, loppu, 3`, `"phase" | "keski" | alku, loppu, 3`}},
		{`{"kind": "x"}`, diag.SchemaConst, []string{
			`"kind" | "x" | "k"`, `"kind" | "x" | "k"`, `"kind" | "x" | "k"`}},
		{`{"level": 13}`, diag.SchemaConst, []string{ // a number as the author writes it
			`"level" | 13 | 14`, `"level" | 13 | 14`, `"level" | 13 | 14`}},
		{`{"code": "ABC"}`, diag.SchemaPattern, []string{
			`"code" | "ABC" | sen pitää vastata mallia '^[a-z]+$'`, `"code" | "ABC" | det ska motsvara mönstret '^[a-z]+$'`, `"code" | "ABC" | it must match the pattern '^[a-z]+$'`}},
		{`{"digits": "12"}`, diag.SchemaPattern, []string{ // the pattern as the schema writes it, one backslash
			`"digits" | "12" | sen pitää vastata mallia '^\d{3}$'`, `"digits" | "12" | det ska motsvara mönstret '^\d{3}$'`, `"digits" | "12" | it must match the pattern '^\d{3}$'`}},
		{`{"nested": {"name": "x"}}`, diag.SchemaMinLength, []string{
			`"name" (Nimi) | 2 | 1`, `"name" (Namn) | 2 | 1`, `"name" (Name) | 2 | 1`}},
		{`{"alt": "abc"}`, diag.SchemaMaxLength, []string{
			`"alt" | 2 | 3`, `"alt" | 2 | 3`, `"alt" | 2 | 3`}},
	} {
		t.Run(tc.doc, func(t *testing.T) {
			var v any
			dec := json.NewDecoder(strings.NewReader(tc.doc))
			dec.UseNumber()
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
			r := typ.Check(v)
			if len(r.Problems) != 1 || r.Problems[0].Code != tc.code {
				t.Fatalf("Check(%s) = %+v, want one %s", tc.doc, r.Problems, tc.code)
			}
			var got []string
			for _, lang := range diag.Langs {
				got = append(got, argsIn(lang, r.Problems[0].Args))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("Check(%s) args =\n%q, want\n%q", tc.doc, got, tc.want)
			}
		})
	}
}

// argsIn prints args as a diagnostic fills its message with them.
func argsIn(lang diag.Lang, args []any) string {
	var out []string
	for _, a := range args {
		if l, ok := a.(diag.Localized); ok {
			out = append(out, l.In(lang))
		} else {
			out = append(out, fmt.Sprint(a))
		}
	}
	return strings.Join(out, " | ")
}

// TestProblemArgsOfObjects checks the arguments of the problems of an
// object, whose schema is also found by keyword location: a rule of
// x-malli-rules, an anyOf of required fields in a "$ref"'d definition,
// and a field an "if" on status requires; the last argument of each says
// whose requirement it is, as x-malli-source and a rule's source give it
// (malli's where the schema does not say).
func TestProblemArgsOfObjects(t *testing.T) {
	reg, _ := Compile(testSchemas, "schemas")
	typ := reg.ByName("project")
	for _, tc := range []struct {
		doc  string
		code diag.Code
		want string // the arguments in English
	}{
		{`{"title": "x", "start": "2024-05-01", "end": "2024-04-30"}`, diag.SchemaNotBefore, `"end" | "start" | malli requires`},
		{`{"title": "x", "aid": 81, "costs": 100}`, diag.SchemaAtMostRatio, `"aid" | 80 % | "costs" | the Work Ability Programme (section 9) requires`},
		{`{"title": "x", "contact": {"name": "n"}}`, diag.SchemaAnyRequired, `"contact" | "email" or "phone" | Innokylä requires`},
		{`{"title": "x", "status": "published"}`, diag.SchemaRequiredPublished, `"contact" | the law (306/2019, 9 §) requires`},
		{`{"status": "draft"}`, diag.SchemaRequired, `"title" | malli requires`},
	} {
		var v any
		dec := json.NewDecoder(strings.NewReader(tc.doc))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		r := typ.Check(v)
		if len(r.Problems) != 1 || r.Problems[0].Code != tc.code {
			t.Errorf("Check(%s) = %+v, want one %s", tc.doc, r.Problems, tc.code)
			continue
		}
		if got := argsIn(diag.EN, r.Problems[0].Args); got != tc.want {
			t.Errorf("Check(%s) args = %q, want %q", tc.doc, got, tc.want)
		}
	}
}

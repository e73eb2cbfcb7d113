package frontmatter

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/malli-fi/malli/site/diag"
)

// The same front matter in the three formats; the tests below give the
// positions of each.
var locateDocs = map[Format]string{
	YAML: `---
title: Hanke
a/b: 1
"m~n": 2
steps:
  - actor: asiakas
    n: 1
  - actor: virkailija
owner:
  name: Kela
---
Body
`,
	TOML: `+++
title = "Hanke"
"a/b" = 1
"m~n" = 2
[owner]
name = "Kela"
[[steps]]
actor = "asiakas"
n = 1
[[steps]]
actor = "virkailija"
+++
Body
`,
	JSON: `{
  "title": "Hanke",
  "a/b": 1,
  "m~n": 2,
  "steps": [
    {"actor": "asiakas", "n": 1},
    {"actor": "virkailija"}
  ],
  "owner": {"name": "Kela"}
}
Body
`,
}

func parseOK(t *testing.T, f Format) *Document {
	t.Helper()
	doc, diags := Parse("x.md", []byte(locateDocs[f]))
	if len(diags) != 0 || doc.Front == nil || doc.Format != f {
		t.Fatalf("Parse(%s) = format %q, front %v, diags %v", f, doc.Format, doc.Front != nil, diags)
	}
	return doc
}

func lc(p diag.Pos) string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

func TestLocate(t *testing.T) {
	tests := []struct {
		format     Format
		ptr        string
		key, value string // want line:col of Locate and LocateValue
	}{
		{YAML, "", "2:1", "2:1"},
		{YAML, "/title", "2:1", "2:8"},
		{YAML, "/a~1b", "3:1", "3:6"},
		{YAML, "/m~0n", "4:1", "4:8"},
		{YAML, "/steps", "5:1", "6:3"},
		{YAML, "/steps/0", "6:5", "6:5"},
		{YAML, "/steps/0/actor", "6:5", "6:12"},
		{YAML, "/steps/0/n", "7:5", "7:8"},
		{YAML, "/steps/1", "8:5", "8:5"},
		{YAML, "/steps/1/actor", "8:5", "8:12"},
		{YAML, "/owner", "9:1", "10:3"},
		{YAML, "/owner/name", "10:3", "10:9"},

		{TOML, "", "2:1", "2:1"},
		{TOML, "/title", "2:1", "2:9"},
		{TOML, "/a~1b", "3:1", "3:9"},
		{TOML, "/m~0n", "4:1", "4:9"},
		{TOML, "/owner", "5:2", "5:1"},
		{TOML, "/owner/name", "6:1", "6:8"},
		{TOML, "/steps", "7:3", "7:1"},
		{TOML, "/steps/0", "7:1", "7:1"},
		{TOML, "/steps/0/actor", "8:1", "8:9"},
		{TOML, "/steps/0/n", "9:1", "9:5"},
		{TOML, "/steps/1", "10:1", "10:1"},
		{TOML, "/steps/1/actor", "11:1", "11:9"},

		{JSON, "", "1:1", "1:1"},
		{JSON, "/title", "2:3", "2:12"},
		{JSON, "/a~1b", "3:3", "3:10"},
		{JSON, "/m~0n", "4:3", "4:10"},
		{JSON, "/steps", "5:3", "5:12"},
		{JSON, "/steps/0", "6:5", "6:5"},
		{JSON, "/steps/0/actor", "6:6", "6:15"},
		{JSON, "/steps/0/n", "6:26", "6:31"},
		{JSON, "/steps/1", "7:5", "7:5"},
		{JSON, "/steps/1/actor", "7:6", "7:15"},
		{JSON, "/owner", "9:3", "9:12"},
		{JSON, "/owner/name", "9:13", "9:21"},
	}
	for _, tt := range tests {
		t.Run(string(tt.format)+tt.ptr, func(t *testing.T) {
			front := parseOK(t, tt.format).Front
			if p, ok := front.Locate(tt.ptr); !ok || lc(p) != tt.key || p.File != "x.md" {
				t.Errorf("Locate(%q) = %v, %v; want x.md:%s, true", tt.ptr, p, ok, tt.key)
			}
			if p, ok := front.LocateValue(tt.ptr); !ok || lc(p) != tt.value {
				t.Errorf("LocateValue(%q) = %v, %v; want %s, true", tt.ptr, p, ok, tt.value)
			}
		})
	}
}

// TestLocateMissing checks that a pointer beyond the tree returns the
// position of the deepest node reached and false.
func TestLocateMissing(t *testing.T) {
	tests := []struct {
		ptr, deepest string
	}{
		{"/nope", ""},
		{"title", ""},
		{"/title/x", "/title"},
		{"/steps/2", "/steps"},
		{"/steps/01", "/steps"},
		{"/steps/-", "/steps"},
		{"/steps/x", "/steps"},
		{"/steps/0/nope", "/steps/0"},
		{"/steps/1/actor/0", "/steps/1/actor"},
		{"/owner/name/", "/owner/name"},
		{"/a/b", ""}, // "a/b" must be written /a~1b
	}
	for _, f := range []Format{YAML, TOML, JSON} {
		front := parseOK(t, f).Front
		for _, tt := range tests {
			want, _ := front.Locate(tt.deepest)
			if p, ok := front.Locate(tt.ptr); ok || p != want {
				t.Errorf("%s: Locate(%q) = %v, %v; want %v, false", f, tt.ptr, p, ok, want)
			}
			want, _ = front.LocateValue(tt.deepest)
			if p, ok := front.LocateValue(tt.ptr); ok || p != want {
				t.Errorf("%s: LocateValue(%q) = %v, %v; want %v, false", f, tt.ptr, p, ok, want)
			}
		}
	}
	var nilNode *Node
	if p, ok := nilNode.Locate(""); ok || p != (diag.Pos{}) {
		t.Errorf("nil.Locate(\"\") = %v, %v; want zero, false", p, ok)
	}
}

func TestGetValue(t *testing.T) {
	want := map[string]any{
		"title": "Hanke",
		"a/b":   json.Number("1"),
		"m~n":   json.Number("2"),
		"steps": []any{
			map[string]any{"actor": "asiakas", "n": json.Number("1")},
			map[string]any{"actor": "virkailija"},
		},
		"owner": map[string]any{"name": "Kela"},
	}
	for _, f := range []Format{YAML, TOML, JSON} {
		t.Run(string(f), func(t *testing.T) {
			doc := parseOK(t, f)
			if diff := cmp.Diff(want, doc.Front.Value()); diff != "" {
				t.Errorf("Value() mismatch (-want +got):\n%s", diff)
			}
			if got := string(doc.Body); got != "Body\n" {
				t.Errorf("Body = %q, want %q", got, "Body\n")
			}
			if g := doc.Front.Get("owner").Get("name"); g == nil || g.Kind != String || g.Text != "Kela" {
				t.Errorf(`Get("owner").Get("name") = %+v, want the string "Kela"`, g)
			}
			if g := doc.Front.Get("steps"); g == nil || g.Kind != List || len(g.Items) != 2 {
				t.Errorf(`Get("steps") = %+v, want a list of 2`, g)
			}
			for _, key := range []string{"nope", "Title", ""} {
				if g := doc.Front.Get(key); g != nil {
					t.Errorf("Get(%q) = %+v, want nil", key, g)
				}
			}
			if g := doc.Front.Get("title").Get("x"); g != nil {
				t.Errorf(`Get on a string = %+v, want nil`, g)
			}
			if g := doc.Front.Get("steps").Get("0"); g != nil {
				t.Errorf(`Get on a list = %+v, want nil`, g)
			}
		})
	}
}

func TestValueKinds(t *testing.T) {
	tests := []struct {
		src  string
		want any
	}{
		{"---\na: ~\nb: true\nc: 1.0\nd: x\ne: []\nf: {}\n---\n", map[string]any{
			"a": nil, "b": true, "c": json.Number("1"), "d": "x", "e": []any{}, "f": map[string]any{}}},
		{"+++\nb = false\nc = 1e3\nd = 'x'\ne = []\nf = {}\n+++\n", map[string]any{
			"b": false, "c": json.Number("1000"), "d": "x", "e": []any{}, "f": map[string]any{}}},
		{"{\n\"a\": null, \"b\": true, \"c\": -0.5, \"e\": [], \"f\": {}\n}\n", map[string]any{
			"a": nil, "b": true, "c": json.Number("-0.5"), "e": []any{}, "f": map[string]any{}}},
	}
	for _, tt := range tests {
		doc, diags := Parse("x.md", []byte(tt.src))
		if len(diags) != 0 {
			t.Errorf("Parse(%q): %v", tt.src, diags)
			continue
		}
		if diff := cmp.Diff(tt.want, doc.Front.Value()); diff != "" {
			t.Errorf("Parse(%q).Front.Value() mismatch (-want +got):\n%s", tt.src, diff)
		}
	}
	var nilNode *Node
	if v := nilNode.Value(); v != nil {
		t.Errorf("nil.Value() = %v, want nil", v)
	}
}

func TestCanonicalNumber(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"1_000", "1000", true},
		{"0x10", "16", true},
		{"0o17", "15", true},
		{"0b101", "5", true},
		{"+5", "5", true},
		{"-0", "0", true},
		{"123456789012345678901234567890", "123456789012345678901234567890", true},
		{"1.50", "1.5", true},
		{"1.0", "1", true},
		{"1e3", "1000", true},
		{"1.5e-7", "1.5e-07", true},
		{"2.5e21", "2.5e+21", true},
		{".5", "0.5", true},
		{"1e400", "1e400", true},
		{".inf", "", false},
		{"-.inf", "", false},
		{".nan", "", false},
		{"inf", "", false},
		{"nan", "", false},
		{"x", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := canonicalNumber(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("canonicalNumber(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok {
			var v json.Number
			if err := json.Unmarshal([]byte(got), &v); err != nil {
				t.Errorf("canonicalNumber(%q) = %q, not JSON: %v", tt.in, got, err)
			}
		}
	}
}

// TestIndexedKeys checks Get and Locate on a Map big enough for an index
// of its keys, also after the entries were changed by hand.
func TestIndexedKeys(t *testing.T) {
	src := "---\n"
	for i := range 2 * indexedEntries {
		src += fmt.Sprintf("k%d: %d\n", i, i)
	}
	src += "---\n"
	doc, diags := Parse("x.md", []byte(src))
	if len(diags) != 0 || doc.Front.byKey == nil {
		t.Fatalf("diags %v, index %v", diags, doc.Front.byKey)
	}
	for i := range 2 * indexedEntries {
		key := fmt.Sprintf("k%d", i)
		if v := doc.Front.Get(key); v == nil || v.Text != fmt.Sprint(i) {
			t.Errorf("Get(%q) = %+v", key, v)
		}
		if p, ok := doc.Front.Locate("/" + key); !ok || p.Line != i+2 {
			t.Errorf("Locate(/%s) = %v, %v; want line %d", key, p, ok, i+2)
		}
	}
	if doc.Front.Get("puuttuu") != nil {
		t.Errorf("Get of a missing key is not nil")
	}
	doc.Front.Entries = append(doc.Front.Entries, &Entry{Key: "uusi", Value: &Node{Kind: Number, Text: "1"}})
	if v := doc.Front.Get("uusi"); v == nil {
		t.Errorf("Get of an entry added after Parse is nil")
	}
	doc.Front.Entries = doc.Front.Entries[1:]
	if v := doc.Front.Get("k1"); v == nil || v.Text != "1" {
		t.Errorf("Get(k1) after removing an entry = %+v", v)
	}
	if doc.Front.Get("k0") != nil || doc.Front.Get("uusi") == nil {
		t.Errorf("Get after removing k0: k0 = %v, uusi = %v", doc.Front.Get("k0"), doc.Front.Get("uusi"))
	}
}

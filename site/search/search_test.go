package search

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// forms is the table of word forms that search.js is tested with too
// (cmd/malli/browser_search_test.go).
func forms(t *testing.T) [][2]string {
	t.Helper()
	data, err := os.ReadFile("testdata/forms.json")
	if err != nil {
		t.Fatal(err)
	}
	var table struct{ Forms [][2]string }
	if err := json.Unmarshal(data, &table); err != nil {
		t.Fatal(err)
	}
	return table.Forms
}

// Key makes what the index and a query make of a text: its words folded
// and stemmed, joined by a space.
func key(s string) string {
	var out []string
	for _, w := range strings.Fields(Fold(s)) {
		out = append(out, Stem(w))
	}
	return strings.Join(out, " ")
}

func TestForms(t *testing.T) {
	for _, f := range forms(t) {
		if got := key(f[0]); got != f[1] {
			t.Errorf("%q: got %q, want %q", f[0], got, f[1])
		}
	}
}

// An inflected query word finds the base form by prefix: the query's stem
// starts the document's term.
func TestInflectedFindsBase(t *testing.T) {
	for _, c := range [][2]string{
		{"työhönvalmennuksessa", "työhönvalmennus"},
		{"työhönvalmentajan", "työhönvalmentaja"},
		{"hankkeiden", "hanke"},
		{"osaamisen", "osaaminen"},
		{"tuet", "tuettu"},
	} {
		q, term := key(c[0]), key(c[1])
		if !strings.HasPrefix(term, q) {
			t.Errorf("query %q (%q) does not find %q (%q)", c[0], q, c[1], term)
		}
	}
}

// TestFile: an index file is a script whose value is JSON: the language
// and the entries in their order, with "</script>" kept inert; no
// entries make an empty list.
func TestFile(t *testing.T) {
	a, err := Entry(Doc{Title: "A </script>", Type: "Hanke", URL: "/a/", Texts: []string{"Hankkeiden hanke"}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Entry(Doc{Title: "B", Type: "Hanke", URL: "/b/", Lang: "fi", Stems: []string{"tyo"}})
	for _, c := range []struct {
		entries [][]byte
		want    []string
	}{{[][]byte{a, b}, []string{"A </script>", "B"}}, {nil, nil}} {
		data, err := File("sv", c.entries)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		js, ok := strings.CutPrefix(s, "window.malliSearchIndex = ")
		if !ok || !strings.HasSuffix(js, ";\n") || strings.Contains(s, "</script>") {
			t.Fatalf("index: %s", s)
		}
		var idx struct {
			Lang string
			Docs []struct{ T, W, L string }
		}
		if err := json.Unmarshal([]byte(strings.TrimSuffix(js, ";\n")), &idx); err != nil {
			t.Fatalf("index: %v\n%s", err, s)
		}
		var titles []string
		for _, d := range idx.Docs {
			titles = append(titles, d.T)
		}
		if idx.Lang != "sv" || idx.Docs == nil || strings.Join(titles, "|") != strings.Join(c.want, "|") {
			t.Errorf("index: %s", s)
		}
		if len(idx.Docs) == 2 && (idx.Docs[0].W != "hanke" || idx.Docs[1].W != "tyo" || idx.Docs[1].L != "fi") {
			t.Errorf("entries: %+v", idx.Docs)
		}
	}
}

func TestTermsDropPrefixes(t *testing.T) {
	if got := strings.Join(Terms("hanke hankkeiden hankesuunnitelma työ 7 2022"), " "); got != "2022 hankesuunnitelma tyo" {
		t.Errorf("got %q", got)
	}
}

func TestText(t *testing.T) {
	if got := strings.Join(strings.Fields(Text([]byte(`<p>a&amp;b<a href="x">c</a></p>`))), " "); got != "a&b c" {
		t.Errorf("got %q", got)
	}
}

// TestStemsMerged: an index entry's terms made from stems taken apart —
// the body's once for every language, the labels per language — are the
// terms of all its texts together, and the shared stems stay as they were.
func TestStemsMerged(t *testing.T) {
	for _, c := range [][2]string{
		{"Työkyvyn tuki sote-keskuksessa", "työkyky tuki"},
		{"asiakas asiakkaat asiakkaille", ""},
		{"", "Kuntouttava työtoiminta"},
		{"palvelu palveluohjaus", "palvelu pal"},
		{"tyo", "työhönvalmennus työ"},
	} {
		body := Stems(c[0])
		before := strings.Join(body, " ")
		got := strings.Join(prune(body, Stems(c[1])), " ")
		if want := strings.Join(Terms(c[0], c[1]), " "); got != want {
			t.Errorf("%q + %q: %q, want %q", c[0], c[1], got, want)
		}
		if strings.Join(body, " ") != before {
			t.Errorf("%q: merging changed the shared stems", c[0])
		}
	}
}

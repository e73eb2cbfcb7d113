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

func TestWrite(t *testing.T) {
	data, err := Write("fi", []Doc{{Title: "A </script>", Type: "Hanke", URL: "/a/", Texts: []string{"Hankkeiden hanke"}}})
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	if !strings.HasPrefix(s, "window.malliSearchIndex = {") || strings.Contains(s, "</script>") || !strings.Contains(s, `"w":"hanke"`) {
		t.Errorf("index: %s", s)
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

package site_test

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/publish"
)

// TestDogfood builds this repository's own content/, schemas/ and
// themes/default/ and fails on any error or warning.
func TestDogfood(t *testing.T) {
	out := &publish.Memory{}
	res, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out, Strict: true})
	if res != nil && len(res.Diagnostics) > 0 {
		var b strings.Builder
		diag.Print(&b, res.Diagnostics, "text", diag.FI)
		t.Errorf("the repository's content has problems:\n%s", b.String())
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{
		"index.html", "sv/index.html", "en/index.html",
		"toimintamallit/tuettu-tyollistyminen/index.html",
		"sv/toimintamallit/tuettu-tyollistyminen/index.html",
		"en/toimintamallit/tuettu-tyollistyminen/index.html",
		"palvelupolut/tuetun-tyollistymisen-polku/index.html",
		"kriteeristot/hankehakemusten-arviointikriteerit/index.html",
		"saavutettavuus/saavutettavuusseloste/index.html",
		"sivut/tietoa/index.html",
		"data/index.json",
	} {
		if _, ok := out.File(p); !ok {
			t.Errorf("missing %s", p)
		}
	}
	// Every document of the catalogue is published, and every type has at
	// least one document.
	data, _ := out.File("data/index.json")
	var cat struct {
		Documents []struct{ Type, Status string }
	}
	if err := json.Unmarshal(data, &cat); err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	for _, d := range cat.Documents {
		types[d.Type]++
		if d.Status != "published" {
			t.Errorf("a %s is %s, want published", d.Type, d.Status)
		}
	}
	for _, want := range []string{"project", "operating_model", "service_path", "criteria_set", "self_evaluation", "accessibility_statement", "page", "programme"} {
		if types[want] == 0 {
			t.Errorf("no published %s in content/", want)
		}
	}
}

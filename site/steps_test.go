package site_test

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/publish"
)

// TestServicePathPage builds this repository's own content and reads its
// service path's page: the drawing of the steps comes first, right after
// the summary, then the steps as text, then the details, then the body.
// The text names each step once, in order, with its actor, legal bases
// and model (a link by its title, not its id), and says in words where
// the path branches and returns, and on what condition; both drawings
// link each step to it.
func TestServicePathPage(t *testing.T) {
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out}); err != nil {
		t.Fatal(err)
	}
	data, ok := out.File("palvelupolut/tuetun-tyollistymisen-polku/index.html")
	if !ok {
		t.Fatal("no service path page")
	}
	page := string(data)
	last := -1
	for _, mark := range []string{`class="lead"`, `<figure class="diagram"`, `class="steps steps-wide"`, `class="steps steps-narrow"`, `id="kaavio-steps-teksti"`, `id="sivu-perustiedot"`, `<div class="content">`} {
		i := strings.Index(page, mark)
		if i < 0 || i < last {
			t.Fatalf("%s is missing or out of order (at %d, after %d)", mark, i, last)
		}
		last = i
	}
	text := page[strings.Index(page, `id="kaavio-steps-teksti"`):strings.Index(page, `id="sivu-perustiedot"`)]
	ids := []string{"palvelutarpeen-arviointi", "palveluun-hakeutuminen", "osaamisen-kartoittaminen", "nopea-tyon-etsinta", "tyonantajan-kanssa-sopiminen", "tyosuhteen-tukeminen", "tyotoiminta-alihankintamallilla"}
	at := -1
	for _, id := range ids {
		if n := strings.Count(page, `id="`+id+`"`); n != 1 {
			t.Errorf("id %q is on the page %d times, want once", id, n)
		}
		i := strings.Index(text, `<li id="`+id+`">`)
		if i < at {
			t.Errorf("step %s is not in order in the text", id)
		}
		at = i
		if n := strings.Count(page, `<a href="#`+id+`">`); n < 2 {
			t.Errorf("the drawings link to #%s %d times, want at least 2", id, n)
		}
	}
	for _, want := range []string{
		"<h4>Työkyvyn tuen tarpeen tunnistaminen ja palvelutarpeen arviointi</h4>",
		"<dt>Toimija</dt><dd>Sosiaalihuolto</dd>",
		"<li>SHL 36 §</li>",
		`<a href="/toimintamallit/tyokyvyn-tuki-sote-keskuksessa/">Työkyvyn tuki sosiaali- ja terveyskeskuksessa</a>`,
		"<strong>Polku haarautuu:</strong>",
		`<a href="#tyotoiminta-alihankintamallilla">7. Työtoiminta alihankintamallilla avoimen työmarkkinan työpaikassa</a> – jos asiakas ei vielä tavoittele työsuhdetta`,
		`paluu vaiheeseen <a href="#palveluun-hakeutuminen">2. Palveluun hakeutuminen ja sopiminen asiakkaan kanssa</a> – jos asiakas haluaa töihin`,
		"<strong>Polku päättyy tähän vaiheeseen.</strong>",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the steps as text lack %s", want)
		}
	}
	// No model is named by its id.
	if m := regexp.MustCompile(`>(tyokyvyn-tuki-sote-keskuksessa|tuettu-tyollistyminen|alihankintamalli-tyotoiminnassa)<`).FindString(text); m != "" {
		t.Errorf("the steps as text name a model by its id: %s", m)
	}
	if strings.Contains(page[:strings.Index(page, `id="kaavio-steps-teksti"`)], "…") {
		t.Error("a drawing cuts a text short (…)")
	}
}

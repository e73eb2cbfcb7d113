package site_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/publish"
)

// TestEvaluationPages: the repository's self-evaluations show their scores
// grouped by their criteria set's groups, each with the scale's words
// beside its traffic light, totals, a chart with a title and a
// description, and the other phases side by side with the change in
// figures and in words and the missing phase said; the project shows each
// criteria set's comparison; the criteria set shows its scale once and its
// criteria under their groups' headings, anchored.
func TestEvaluationPages(t *testing.T) {
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out}); err != nil {
		t.Fatal(err)
	}
	for p, wants := range map[string][]string{
		"itsearvioinnit/esimerkki-tuetusti-toihin-laatukriteerit-valitilanne/index.html": {
			`<th scope="rowgroup" colspan="3">Palvelun arvot ja periaatteet</th>`,
			`<a href="/kriteeristot/tuetun-tyollistymisen-laatukriteerit/#joustavuus">Joustavuus</a></th><td class="score"><span class="light light-yellow" aria-hidden="true"></span><strong>1</strong> – Toteutuu osittain</td>`,
			"Pisteet yhteensä 14/16, keskiarvo 1,8 · pisteytetty 8/8",
			`role="img" aria-labelledby="kaavio-vaiheet-1-title kaavio-vaiheet-1-desc"`,
			"<desc id=\"kaavio-vaiheet-1-desc\">Asteikko 0–2. Palvelun arvot ja periaatteet: Alkutilanne 1,5, Välitilanne 1,8.",
			`<span class="change" aria-hidden="true">−1</span><span class="visually-hidden">, laski 1 edellisestä</span>`,
			`<span class="change" aria-hidden="true">&#43;1</span><span class="visually-hidden">, nousi 1 edellisestä</span>`,
			"<li>Lopputilanne: arviointia ei ole vielä tehty.</li>",
			`Välitilanne<span class="sub">tämä arviointi</span>`,
		},
		"itsearvioinnit/esimerkki-tuetusti-toihin-alkutilanne/index.html": {
			"Ei koske arvioinnin kohdetta", // k3 is for the other measure
			"Pisteet yhteensä 17/24, keskiarvo 1,4 · pisteytetty 12/12",
			"<li>Välitilanne: arviointia ei ole vielä tehty.</li>",
		},
		"hankkeet/esimerkkihanke-tuetusti-toihin/index.html": {
			"Vaiheiden vertailu: Hankehakemusten arviointikriteerit",
			"Vaiheiden vertailu: Tuetun työllistymisen laatukriteerit",
		},
		"kriteeristot/tuetun-tyollistymisen-laatukriteerit/index.html": {
			`<li><span class="light light-red" aria-hidden="true"></span><strong>0</strong> – Ei toteudu</li>`,
			"<h2>Palvelun askeleet</h2>",
			`<h3 id="askel-3-tyonantajakontaktit">Vähintään 6 työnantaja- tai rekrytointikontaktia viikossa</h3>`,
		},
	} {
		data, ok := out.File(p)
		if !ok {
			t.Errorf("no %s", p)
			continue
		}
		for _, w := range wants {
			if !strings.Contains(string(data), w) {
				t.Errorf("%s does not show %s", p, w)
			}
		}
	}
	// The scores are in the table, not again in the field list.
	data, _ := out.File("itsearvioinnit/esimerkki-tuetusti-toihin-laatukriteerit-valitilanne/index.html")
	if n := strings.Count(string(data), "Työnantajakontakteja on keskimäärin 5,2 viikossa"); n != 1 {
		t.Errorf("a rationale shown %d times, want once", n)
	}
}

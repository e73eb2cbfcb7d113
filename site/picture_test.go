package site_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/internal/sitetest"
	"github.com/malli-fi/malli/site/publish"
)

const pictureSite = `
-- content/ohjelmat/ohjelma.md --
---
title: Ohjelma
status: draft
max_aid_ratio: 0.8
final_report_months: 6
measures:
  - {id: m1, number: 1, title: Ensimmäinen kokonaisuus, goals: [Yksi], target_groups: [Kaikki]}
  - {id: m2, number: 2, title: Toinen kokonaisuus, goals: [Kaksi], target_groups: [Kaikki]}
---
-- content/hankkeet/hanke-a.md --
---
title: Hanke A
status: draft
modified: 2024-01-01
programme: ohjelma
measure: m1
project_status: ended
state_aid_eur: 700000
eligible_costs_eur: 900000
start_date: 2020-10-01
end_date: 2022-12-31
area: {scope: regional, regions: ["13"]}
reports: [{kind: final, submitted_on: 2023-05-31}]
contact_persons: [{name: Tiina Testi, email: tiina@example.org}]
---
-- content/hankkeet/hanke-b.md --
---
title: Hanke B
status: draft
modified: 2025-06-01
programme: ohjelma
measure: [m1, m2]
project_status: ongoing
state_aid_eur: 800
eligible_costs_eur: 1000
start_date: 2025-01-01
end_date: 2030-12-31
area: {scope: regional, regions: ["11"]}
---
-- content/kriteeristot/kriteerit.md --
---
title: Kriteerit
status: draft
scale:
  - {value: 0, label: Ei}
  - {value: 1, label: Osin}
  - {value: 2, label: Kyllä}
criteria:
  - {id: k1, title: Yksi, group: Ryhmä}
  - {id: k2, title: Kaksi, group: Ryhmä}
---
-- content/itsearvioinnit/arvio-a.md --
---
title: Arvio A
status: draft
subject: hanke-a
criteria_set: kriteerit
phase: baseline
evaluation_type: self
evaluated_on: 2021-01-22
next_evaluation: 2021-12-10
scores:
  - {criterion: k1, score: 2, rationale: Hyvä.}
  - {criterion: k2, score: 1, rationale: Osin.}
---
-- content/indikaattoristot/ind.md --
---
title: Indikaattorit
status: draft
project: hanke-a
indicators:
  - {id: i1, title: Kontaktit, target: 6, direction: higher_is_better, unit: kpl, value_type: mean}
  - {id: i2, title: Muu, value_type: count}
---
-- content/seuranta/seuranta-a.md --
---
title: Seuranta A
status: draft
project: hanke-a
indicator_set: ind
rounds:
  - phase: baseline
    collected_on: 2021-01-20
    values: [{indicator: i1, value: 5.5}, {indicator: i2, value: 40}]
  - phase: final
    collected_on: 2022-12-20
    values: [{indicator: i1, value: 7}]
---
`

// The home page is the situational picture: projects by measure and
// area, each with its status, period, aid and its share of the eligible
// costs, evaluation phases done and due (overdue against the newest
// modified date, 1.6.2025), latest scores, indicators against targets
// and the final reports; a project's page gathers the same as its hub.
func TestPicture(t *testing.T) {
	s := sitetest.Build(t, pictureSite, func(o *site.Options) { o.Drafts = true })
	nb := func(s string) string { return strings.ReplaceAll(s, "_", "\u00a0") }
	s.AssertFile("index.html",
		"Tilanne 1.6.2025.",
		`<a href="/hankkeet/hanke-a/">Hanke A</a>`,
		nb(`<a href="/hankkeet/hanke-a/#sivu-hanke">700_000_€</a>`),
		nb(`<a href="/hankkeet/hanke-a/#sivu-hanke">77,8_%</a></td>`),
		nb(`<a href="/hankkeet/hanke-b/#sivu-hanke">80_%</a></td>`),
		`<a href="/ohjelmat/ohjelma/#m1">Ensimmäinen kokonaisuus</a>`,
		// the matrix: Pohjois-Savo (11) before Keski-Suomi (13); m1 has both projects
		`<th scope="col">Pohjois-Savo</th><th scope="col">Keski-Suomi</th>`,
		`<th scope="row"><a href="/ohjelmat/ohjelma/#m1">Ensimmäinen kokonaisuus</a> <span class="sub">2 hanketta</span></th>`,
		// phases: the midpoint is overdue by the baseline's next date, the final by the project's end
		`Alkutilanne: tehty <a href="/itsearvioinnit/arvio-a/">22.1.2021</a>`,
		`Välitilanne: <strong class="overdue">myöhässä</strong>, määräpäivä <time datetime="2021-12-10">10.12.2021</time>`,
		`Lopputilanne: <strong class="overdue">myöhässä</strong>, määräpäivä <time datetime="2022-12-31">31.12.2022</time>`,
		// Hanke B's phases are due by its end, not yet overdue
		`Alkutilanne: määräpäivä <time datetime="2030-12-31">31.12.2030</time>`,
		nb(`3 / 4 pistettä (75_%)`),
		// monitoring against its target; the indicator without one is left out
		`<a href="/indikaattoristot/ind/#i1">Kontaktit</a>`, `>7</a>&nbsp;kpl`, `<td>kyllä</td>`,
		// the final reports
		`jätetty <time datetime="2023-05-31">31.5.2023</time>`, `<time datetime="2031-06-30">30.6.2031</time></td><td>ei vielä</td>`,
		// drafts show their publishing readiness
		`<a href="/hankkeet/hanke-a/#sivu-valmius">luonnos, julkaisuvalmius`,
	)
	if home := s.File("index.html"); strings.Contains(home, `#i2">Muu`) {
		t.Errorf("an indicator without a target is in the picture")
	}
	s.AssertFile("en/index.html", "Situation on 1 June 2025.", "77.8%", "€700,000", "3 of 4 points (75%)")
	s.AssertFile("sv/index.html", nb("77,8_%"), nb("700_000_€"))
	s.AssertFile("hankkeet/hanke-a/index.html",
		`<section class="hub" aria-labelledby="sivu-hanke">`,
		nb(`<dd class="value">77,8_%</dd>`),
		`<a href="/itsearvioinnit/arvio-a/">Arvio A</a> <span class="sub">22.1.2021</span>`,
		`<a href="mailto:tiina@example.org">tiina@example.org</a>`,
		// what refers to the project, besides its evaluations and monitoring
		`<dt>Indikaattoristot <span class="sub">(Hankkeeseen viittaavat)</span></dt><dd><ul><li><a href="/indikaattoristot/ind/">Indikaattorit</a></li></ul></dd>`,
		nb(`<dd>700_000</dd>`),
	)
}

// The repository's own home page shows its two example projects with the
// aid's share of their eligible costs.
func TestDogfoodPicture(t *testing.T) {
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out}); err != nil {
		t.Fatal(err)
	}
	for page, wants := range map[string][]string{
		"index.html": {
			`<a href="/hankkeet/esimerkkihanke-tuetusti-toihin/">`, `<a href="/hankkeet/esimerkkihanke-tyokyky-sote-keskukseen/">`,
			"700\u00a0000\u00a0€", "77,8\u00a0%", "1\u00a0000\u00a0000\u00a0€", "80\u00a0%", `<caption>Hankkeet toimenpidekokonaisuuden`,
		},
		"en/index.html": {"€700,000", "77.8%", "€1,000,000", "80%"},
		"hankkeet/esimerkkihanke-tuetusti-toihin/index.html": {
			"77,8\u00a0%", `href="mailto:tiina.tarinainen@esimerkkijarvi.example"`,
		},
	} {
		data, _ := out.File(page)
		for _, w := range wants {
			if !strings.Contains(string(data), w) {
				t.Errorf("%s: no %q", page, w)
			}
		}
	}
}

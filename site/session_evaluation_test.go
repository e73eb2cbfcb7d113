package site_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site"
)

// TestSessionFollowsPhases: a self-evaluation's page shows its subject's
// other evaluations with the same criteria set (render.Reads), which are
// none of its neighbours: an edit of one evaluation's score alone reaches
// the page of the other phase, and its subject's page, as in a fresh
// build; so do a new evaluation of a phase and a change to the criteria set.
func TestSessionFollowsPhases(t *testing.T) {
	m := realSite(t)
	// Neither evaluation links to the other: only the comparison by phase
	// joins them.
	mid := "content/itsearvioinnit/esimerkki-tuetusti-toihin-laatukriteerit-valitilanne.md"
	m[mid].Data = bytes.Replace(m[mid].Data, []byte("[laatukriteerien alkutilanteen arvioinnissa](../itsearvioinnit/esimerkki-tuetusti-toihin-laatukriteerit-alkutilanne.md)"), []byte("laatukriteerien alkutilanteen arvioinnissa"), 1)
	if bytes.Contains(m[mid].Data, []byte("alkutilanne.md")) {
		t.Fatal("the midpoint still links to the baseline")
	}
	s := startSession(t, m, site.Options{})
	// The baseline's page: its body links to neither the midpoint nor the final.
	baseline := "itsearvioinnit/esimerkki-tuetusti-toihin-laatukriteerit-alkutilanne/index.html"
	midpoint := "content/itsearvioinnit/esimerkki-tuetusti-toihin-laatukriteerit-valitilanne.md"
	project := "hankkeet/esimerkkihanke-tuetusti-toihin/index.html"
	final := "content/itsearvioinnit/esimerkki-tuetusti-toihin-laatukriteerit-lopputilanne.md"
	for _, step := range []struct {
		name, file, from, to string
		want                 []string // on the baseline's page
	}{
		// The midpoint's 1 for employer contacts (0 at the baseline) becomes
		// 2: on the baseline's page the midpoint's column says so.
		{"score", midpoint, "score: 1\n    rationale: Työnantajakontakteja", "score: 2\n    rationale: Työnantajakontakteja", []string{"nousi 2 edellisestä"}},
		// A final evaluation appears: the baseline's page links to it and
		// no longer says it is missing.
		{"phase added", final, "", "", []string{`Lopputilanne</a>`}},
		// The criteria set renames a criterion: both pages use the new title.
		{"criterion renamed", "content/kriteeristot/tuetun-tyollistymisen-laatukriteerit.md", "title: Kunnioitus\n", "title: Kunnioittava kohtaaminen\n", []string{"Kunnioittava kohtaaminen"}},
	} {
		if step.file == final {
			src := m[midpoint].Data
			m[final] = &fstest.MapFile{Data: bytes.Replace(bytes.Replace(src, []byte("phase: midpoint"), []byte("phase: final"), 1), []byte("välitilanteessa"), []byte("lopputilanteessa"), 1)}
		} else {
			m[step.file].Data = bytes.Replace(m[step.file].Data, []byte(step.from), []byte(step.to), 1)
		}
		snap, err := s.Build(context.Background(), []string{step.file}, false)
		if err != nil {
			t.Fatalf("%s: %v\n%s", step.name, err, diagText(snap.Result.Diagnostics))
		}
		want, _, _ := fresh(t, m, site.Options{})
		for _, p := range []string{baseline, project} {
			if !bytes.Equal(snap.Files[p], want[p]) {
				t.Fatalf("%s: %s differs from a fresh build", step.name, p)
			}
		}
		for _, w := range step.want {
			if !strings.Contains(string(snap.Files[baseline]), w) {
				t.Errorf("%s: %s does not show %q", step.name, baseline, w)
			}
		}
	}
}

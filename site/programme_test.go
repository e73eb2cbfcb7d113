package site_test

import (
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/sitetest"
)

// What a programme asks of its projects is the programme's data, read in
// each language from that language's version of the programme; the final
// report's due date is derived from the project's end date and the
// programme's months and shown on the project's page and in its export.
func TestProgrammeRules(t *testing.T) {
	drafts := func(o *site.Options) { o.Drafts = true }
	s := sitetest.Build(t, `
-- content/ohjelmat/ohjelma.md --
---
title: Ohjelma
status: draft
max_aid_ratio: 0.8
final_report_months: 6
project_requirements:
  - id: hankesalkku
    field: hankesalkku_id
    severity: error
    required_for: [draft]
    text: Hankkeita velvoitetaan käyttämään Hankesalkkua.
---
-- content/ohjelmat/ohjelma.sv.md --
---
title: Programmet
status: draft
project_requirements:
  - id: hankesalkku
    field: hankesalkku_id
    severity: error
    required_for: [draft]
    text: Projekten förpliktas att använda Hankesalkku.
---
-- content/hankkeet/hanke.md --
---
title: Hanke
status: draft
programme: ohjelma
end_date: 2022-08-31
---
`, drafts)
	if got := s.Diags(diag.SV); !strings.Contains(got, "Projekten förpliktas att använda Hankesalkku. [programme.requirement]") {
		t.Errorf("Swedish diagnostics do not use the Swedish programme's wording:\n%s", got)
	}
	if got := s.Diags(diag.EN); !strings.Contains(got, "Hankkeita velvoitetaan käyttämään Hankesalkkua. [programme.requirement]") {
		t.Errorf("English diagnostics do not fall back to the Finnish wording:\n%s", got)
	}

	// Fixed, the project has its due date: 31.8. + 6 months is the last
	// day of February, not 3 March.
	// The months are the default language's programme's; the link names
	// the programme in the page's language.
	s.Edit("content/hankkeet/hanke.md", "---\ntitle: Hanke\nstatus: draft\nprogramme: ohjelma\nhankesalkku_id: HS-1\nend_date: 2022-08-31\n---\n")
	s.Edit("content/hankkeet/hanke.sv.md", "---\ntitle: Projekt\nstatus: draft\nprogramme: ohjelma\nhankesalkku_id: HS-1\nend_date: 2022-08-31\n---\n").Rebuild()
	s.AssertNoDiags()
	s.AssertFile("hankkeet/hanke/index.html",
		`<dt>Selvitys valtionavustuksen käytöstä viimeistään</dt>`,
		`<time datetime="2023-02-28">28.2.2023</time> (6 kuukauden kuluessa hankkeen päättymisestä 31.8.2022; <a href="/ohjelmat/ohjelma/">Ohjelma</a>)`)
	s.AssertFile("sv/hankkeet/hanke/index.html",
		`(inom 6 månader från projektets slut 31.8.2022; <a href="/sv/ohjelmat/ohjelma/">Programmet</a>)`)
	s.AssertFile("data/project/hanke.json", `"due":[{"field":"/reports","date":"2023-02-28","after":"2022-08-31","months":6,"rule":"/ohjelmat/ohjelma/"}]`)

	// The programme's rule changes: so does the date, and a recorded due
	// date it no longer allows is an error.
	s.Edit("content/ohjelmat/ohjelma.md", strings.Replace(string(s.FS["content/ohjelmat/ohjelma.md"].Data), "final_report_months: 6", "final_report_months: 3", 1))
	s.Edit("content/hankkeet/hanke.md", "---\ntitle: Hanke\nstatus: draft\nprogramme: ohjelma\nhankesalkku_id: HS-1\nend_date: 2022-08-31\nreports: [{kind: final, due_date: 2022-12-31}]\n---\n").Rebuild()
	s.AssertDiag("content/hankkeet/hanke.md:7:35: virhe: määräpäivä 2022-12-31 on myöhemmin kuin 2022-11-30, jonka ohjelma \"ohjelma\" sallii: 3 kuukautta kentän \"end_date\" (Päättyy) päivästä [report.due-late]")
}

// An external or application assessment names its assessor.
func TestAssessorRequired(t *testing.T) {
	s := sitetest.Build(t, `
-- content/itsearvioinnit/ulkoinen.md --
---
title: Ulkoinen arviointi
status: draft
evaluation_type: external
---
-- content/itsearvioinnit/hakemus.md --
---
title: Hakemuksen arviointi
status: draft
evaluation_type: application
assessor: {name: Sosiaali- ja terveysministeriö, org_type: valtion_viranomainen}
---
-- content/itsearvioinnit/itse.md --
---
title: Itsearviointi
status: draft
evaluation_type: self
---
`)
	if got, want := s.Diags(diag.FI), "content/itsearvioinnit/ulkoinen.md:1:1: virhe: "; !strings.HasPrefix(got, want) || strings.Count(got, "\n") != 1 || !strings.Contains(got, `"assessor"`) {
		t.Errorf("diagnostics:\n%s\nwant one, at ulkoinen.md, for the missing assessor", got)
	}
}

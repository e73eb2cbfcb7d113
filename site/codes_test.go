package site_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/sitetest"
)

// project is a draft project with the given dates and area lines.
func project(name, dates, area string) string {
	return "-- content/hankkeet/" + name + ".md --\n---\ntitle: Hanke\nstatus: draft\n" + dates + "area:\n  scope: regional\n" + area + "---\n"
}

// codeDiags returns "file code: hint" for each diagnostic, in Finnish.
func codeDiags(s *sitetest.Site) []string {
	var out []string
	for _, d := range s.Result.Diagnostics {
		line := d.Pos.File + " " + d.Code.String()
		if d.Hint != nil {
			line += ": " + d.Hint.In(diag.FI)
		}
		out = append(out, line)
	}
	sort.Strings(out)
	return out
}

// TestAreaCodes checks the area's code lists with the embedded schemas:
// the hints name the right codes, a municipality that changed region is
// checked against its region on the project's dates, and what the facts
// do not say (an Åland municipality's county, a document without dates)
// is not an error.
func TestAreaCodes(t *testing.T) {
	const dates2020 = "start_date: 2020-10-01\nend_date: 2022-12-31\n"
	const dates2022 = "start_date: 2022-01-01\nend_date: 2022-12-31\n"
	s := sitetest.Build(t,
		project("maakunta13", "", `  regions: ["13"]`+"\n"+`  wellbeing_counties: ["13"]`+"\n")+
			project("uusimaa", "", `  regions: ["01"]`+"\n"+`  wellbeing_counties: ["05"]`+"\n")+
			project("kuopio", "", `  regions: ["13"]`+"\n"+`  municipalities: ["297"]`+"\n")+
			project("honkajoki", "start_date: 2021-01-01\n", `  regions: ["04"]`+"\n"+`  municipalities: ["099"]`+"\n")+
			// Kuhmoinen moved from Keski-Suomi (13) to Pirkanmaa (06) on
			// 1.1.2021: a project of 2020–2022 may list either, one of 2022
			// only Pirkanmaa.
			project("kuhmoinen2020a", dates2020, `  regions: ["13"]`+"\n"+`  municipalities: ["291"]`+"\n")+
			project("kuhmoinen2020b", dates2020, `  regions: ["06"]`+"\n"+`  municipalities: ["291"]`+"\n")+
			project("kuhmoinen2022", dates2022, `  regions: ["13"]`+"\n"+`  municipalities: ["291"]`+"\n")+
			project("ahvenanmaa", "", `  regions: ["21"]`+"\n"+`  wellbeing_counties: ["05"]`+"\n"+`  municipalities: ["478"]`+"\n")+
			project("ilman-paivia", "", `  regions: ["04"]`+"\n"+`  municipalities: ["099", "214"]`+"\n")+
			project("tuntematon", "", `  regions: ["01"]`+"\n"+`  municipalities: ["000", "999", "Jyväskylä"]`+"\n"))
	want := []string{
		`content/hankkeet/ahvenanmaa.md area.county-region: lisää "02" (Varsinais-Suomi) kenttään "regions" (Maakunnat) tai korjaa arvo`,
		`content/hankkeet/honkajoki.md code.not-in-force: sen tilalle tuli "214" (Kankaanpää)`,
		`content/hankkeet/kuhmoinen2022.md area.municipality-region: lisää "06" (Pirkanmaa) kenttään "regions" (Maakunnat) tai korjaa arvo`,
		`content/hankkeet/kuopio.md area.municipality-region: lisää "11" (Pohjois-Savo) kenttään "regions" (Maakunnat) tai korjaa arvo`,
		`content/hankkeet/maakunta13.md area.county-region: kentän "regions" (Maakunnat) koodeihin sopii "15" (Keski-Suomen hyvinvointialue)`,
		`content/hankkeet/tuntematon.md schema.enum`,
		`content/hankkeet/tuntematon.md schema.enum`,
		`content/hankkeet/tuntematon.md schema.enum: kirjoita koodi “179” (Jyväskylä)`,
		`content/hankkeet/uusimaa.md area.county-region: kentän "regions" (Maakunnat) koodeihin sopii "01" (Itä-Uudenmaan hyvinvointialue) tai "02" (Keski-Uudenmaan hyvinvointialue) tai "03" (Länsi-Uudenmaan hyvinvointialue) tai "04" (Vantaan ja Keravan hyvinvointialue) tai "90" (Helsingin kaupunki)`,
	}
	got := codeDiags(s)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s\nin full:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), s.Diags(diag.FI))
	}
}

// TestLongCodeListMessage checks that an unknown municipality number is
// an error that names the size of the code list, not its 310 codes.
func TestLongCodeListMessage(t *testing.T) {
	s := sitetest.Build(t, project("tuntematon", "", `  regions: ["01"]`+"\n"+`  municipalities: ["999"]`+"\n"))
	s.AssertDiag(`kentän "municipalities" (Kunnat) arvo "999" ei ole sallittu; sallitut arvot: 310 koodia (koodisto Kunta) [schema.enum]`)
}

package site_test

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/publish"
)

// innokylaFile is what the tests read of data/innokyla/<type>/<id>.json.
type innokylaFile struct {
	Schema      string `json:"$schema"`
	Lang        string
	Title       string
	URL, Page   string
	Counterpart struct {
		Name struct{ FI, SV, EN string }
	}
	Fields, Sections []innokylaItem
	Other            []struct{ ID, Title, Text string } `json:"other_sections"`
	Readiness        struct {
		Percent int
		Missing []struct{ Innokyla string }
	}
	Translations []struct{ Lang string }
}

type innokylaItem struct {
	Label, Text      string
	Filled, Required bool
	Includes         []struct{ Section, Title string }
	Note             *struct{ FI string }
}

func readInnokyla(t *testing.T, out *publish.Memory, p string) innokylaFile {
	t.Helper()
	data, ok := out.File(p)
	if !ok {
		t.Fatalf("no %s", p)
	}
	var f innokylaFile
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return f
}

func labelsOf(items []innokylaItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Label)
	}
	return out
}

func item(items []innokylaItem, label string) innokylaItem {
	for _, it := range items {
		if it.Label == label {
			return it
		}
	}
	return innokylaItem{}
}

// The labels of Innokylä's toimintamalli form, in its order, as the
// stored innokyla.fi pages show them (FIDELITY.md §3, INNOKYLA.md §2.1).
var (
	toimintamalliFields = []string{
		"Toimintamallin nimi", "Toimintamallin lyhyt kuvaus", "Toteutuspaikka",
		"Paikkakunta, maakunta tai hyvinvointialue", "Toimintamallin rahoittaja",
		"Toimintamallin kokonaisuus", "Liitteet ja linkit",
	}
	toimintamalliSections = []string{
		"Ratkaisun perusidea", "Toimintaympäristö", "Kohderyhmä ja asiakasymmärrys",
		"Toimivuuden ja käyttöönoton ehdot", "Lähtötilanne ja strategiset liittymäkohdat",
		"Kehitystyön lähtökohtana olevat tarpeet", "Kehittäjäjoukon kokoaminen ja yhteiskehittäminen",
		"Tavoiteltu muutos", "Muutoksen mittaaminen", "Arviointitietoa tiivistetysti",
	}
)

// TestInnokylaExportOfAModel reads the Innokylä export of a real operating
// model: Innokylä's labels in Innokylä's order, the values as text to
// paste, the sections from the body (malli's own sections under Ratkaisun
// perusidea), and what Innokylä still needs.
func TestInnokylaExportOfAModel(t *testing.T) {
	out := buildExports(t, false)
	f := readInnokyla(t, out, "data/innokyla/operating_model/tuettu-tyollistyminen.json")
	if f.Schema != exportBase+"schemas/export/innokyla.schema.json" || f.Lang != "fi" || f.Counterpart.Name.FI != "toimintamalli" {
		t.Errorf("$schema %q, lang %q, counterpart %q", f.Schema, f.Lang, f.Counterpart.Name.FI)
	}
	if f.Page != exportBase+"toimintamallit/tuettu-tyollistyminen/innokyla/" || f.URL != exportBase+"toimintamallit/tuettu-tyollistyminen/" {
		t.Errorf("page %q, url %q", f.Page, f.URL)
	}
	if got := labelsOf(f.Fields); !slices.Equal(got, toimintamalliFields) {
		t.Errorf("fields %q,\nwant Innokylä's %q", got, toimintamalliFields)
	}
	if got := labelsOf(f.Sections); !slices.Equal(got, toimintamalliSections) {
		t.Errorf("sections %q,\nwant Innokylä's %q", got, toimintamalliSections)
	}
	for label, want := range map[string]string{
		"Toimintamallin nimi":                       "Laatukriteereihin perustuva tuettu työllistyminen",
		"Toteutuspaikka":                            "Sosiaalihuollon työllistymistä tukevat palvelut, sote-keskukset ja niiden kumppanit",
		"Paikkakunta, maakunta tai hyvinvointialue": "Valtakunnallinen",
		"Toimintamallin rahoittaja":                 "Sosiaali- ja terveysministeriö, Työkykyohjelma 2020–2022",
		"Toimintamallin kokonaisuus":                "Esimerkkihanke: Tuetusti töihin Esimerkkijärven alueella",
		"Liitteet ja linkit":                        "",
	} {
		if got := item(f.Fields, label).Text; got != want {
			t.Errorf("%s = %q, want %q", label, got, want)
		}
	}
	if s := item(f.Fields, "Toimintamallin lyhyt kuvaus").Text; !strings.HasPrefix(s, "Tuetun työllistymisen (Supported Employment) työhönvalmennus") || strings.Contains(s, "\n") {
		t.Errorf("Toimintamallin lyhyt kuvaus = %q, want the summary on one line", s)
	}

	idea := item(f.Sections, "Ratkaisun perusidea")
	for _, want := range []string{
		// a paragraph is one line: the source's line breaks are spaces
		"Tuettu työllistyminen (Supported Employment, SE) tarkoittaa työnhakijan työllistymistä normaaliin palkkatyöhön avoimille työmarkkinoille",
		"\n\nArvot ja periaatteet\n\n1. Yksilöllisyys – Jokaista kohdellaan ainutlaatuisena yksilönä",
		"\n8. Saavutettavuus – Palvelu, tilat ja tieto ovat kaikkien saavutettavissa.",
		"\n\nToiminnan vaiheet\n\n1. Palveluun hakeutuminen ja sopiminen asiakkaan kanssa\n\nPalvelua tarjotaan",
	} {
		if !strings.Contains(idea.Text, want) {
			t.Errorf("Ratkaisun perusidea does not hold %q:\n%s", want, idea.Text)
		}
	}
	if !idea.Filled || !idea.Required || len(idea.Includes) != 2 || idea.Includes[0].Section != "arvot-ja-periaatteet" || idea.Includes[1].Section != "toiminnan-vaiheet" {
		t.Errorf("Ratkaisun perusidea: filled %v, required %v, includes %v", idea.Filled, idea.Required, idea.Includes)
	}
	if s := item(f.Sections, "Toimivuuden ja käyttöönoton ehdot").Text; !strings.Contains(s, "Hankkeissa tulee\n\n- pilotoida laatukriteereihin perustuvaa työhönvalmennusta ja varmistaa mallin käyttöönotto ja toiminnan jatkuvuus\n- kerätä") {
		t.Errorf("Toimivuuden ja käyttöönoton ehdot: the list is not one item a line:\n%s", s)
	}
	if s := item(f.Sections, "Muutoksen mittaaminen").Text; !strings.Contains(s, "Esimerkki: Esimerkkihanke: Tuetusti töihin ("+exportBase+"hankkeet/esimerkkihanke-tuetusti-toihin/).") {
		t.Errorf("Muutoksen mittaaminen: a link's URL is not after its text:\n%s", s)
	}
	if it := item(f.Sections, "Tavoiteltu muutos"); it.Text != "" || it.Filled {
		t.Errorf("Tavoiteltu muutos = %q (filled %v), want nothing", it.Text, it.Filled)
	}
	if len(f.Other) != 0 {
		t.Errorf("other sections %v, want none: every section of the model has a place", f.Other)
	}
	var missing []string
	for _, m := range f.Readiness.Missing {
		missing = append(missing, m.Innokyla)
	}
	if !slices.Contains(missing, "Lähtötilanne ja strategiset liittymäkohdat") || !slices.Contains(missing, "Liitteet ja linkit") || slices.Contains(missing, "Ratkaisun perusidea") {
		t.Errorf("Innokylä still needs %q", missing)
	}
	var langs []string
	for _, tr := range f.Translations {
		langs = append(langs, tr.Lang)
	}
	if !slices.Equal(langs, []string{"sv", "en"}) {
		t.Errorf("translations %v, want sv, en", langs)
	}
	for _, p := range []string{"data/innokyla/operating_model/tuettu-tyollistyminen.sv.json", "data/innokyla/operating_model/tuettu-tyollistyminen.en.json"} {
		if _, ok := out.File(p); ok {
			t.Errorf("%s exists: Innokylä is Finnish, its export is of the Finnish document only", p)
		}
	}
}

// TestInnokylaExportOfAProject reads the Innokylä export of a real project
// (an Innokylä kokonaisuus): a period, actors with the labels of their
// codes, a contact person split over three fields, a field malli has
// nothing for with its note, and the sections Innokylä has no place for.
func TestInnokylaExportOfAProject(t *testing.T) {
	out := buildExports(t, false)
	f := readInnokyla(t, out, "data/innokyla/project/esimerkkihanke-tuetusti-toihin.json")
	want := []string{"Kokonaisuuden nimi", "Lyhyt kuvaus", "Kokonaisuuden tarkoitus ja tavoitteet", "Toimiaika", "Toimijat", "Rahoittaja", "Yhteyshenkilön nimi", "Yhteyshenkilön organisaatio", "Yhteyshenkilön sähköpostiosoite"}
	if got := labelsOf(f.Fields); !slices.Equal(got, want) {
		t.Errorf("fields %q,\nwant %q", got, want)
	}
	for label, want := range map[string]string{
		"Kokonaisuuden nimi":              "Esimerkkihanke: Tuetusti töihin Esimerkkijärven alueella",
		"Toimiaika":                       "1.10.2020–31.12.2022",
		"Yhteyshenkilön nimi":             "Tiina Tarinainen",
		"Yhteyshenkilön sähköpostiosoite": "tiina.tarinainen@esimerkkijarvi.example",
		"Rahoittaja":                      "",
	} {
		if got := item(f.Fields, label).Text; got != want {
			t.Errorf("%s = %q, want %q", label, got, want)
		}
	}
	if s := item(f.Fields, "Kokonaisuuden tarkoitus ja tavoitteet").Text; strings.Count(s, "\n") != 3 || !strings.HasPrefix(s, "Laatukriteereihin perustuva tuetun työllistymisen työhönvalmennus otetaan käyttöön sosiaalihuollossa.\n") {
		t.Errorf("the goals are not one a line:\n%s", s)
	}
	if s := item(f.Fields, "Toimijat").Text; !strings.HasPrefix(s, "Esimerkkijärven TE-toimisto (kuvitteellinen), TE-toimisto (vuoteen 2024), Palvelupolun yhdyspinta") || strings.Count(s, "\n") != 5 {
		t.Errorf("Toimijat: not one actor a line with its kind's label:\n%s", s)
	}
	if it := item(f.Fields, "Rahoittaja"); it.Filled || it.Note == nil || !strings.Contains(it.Note.FI, "programme") {
		t.Errorf("Rahoittaja: filled %v, note %v; want the note saying why malli has nothing for it", it.Filled, it.Note)
	}
	if s := item(f.Sections, "Lähtötilanne ja strategiset liittymäkohdat").Text; !strings.HasPrefix(s, "Kuntayhtymän työtoiminnassa ja kuntouttavassa työtoiminnassa on paljon asiakkaita") {
		t.Errorf("Lähtötilanne = %q, want the text of ## Tausta ja tarve", s)
	}
	var other []string
	for _, o := range f.Other {
		other = append(other, o.Title)
	}
	if !slices.Contains(other, "Tavoitteet") || !slices.Contains(other, "Toimenpiteet") || slices.Contains(other, "Tausta ja tarve") {
		t.Errorf("other sections %q", other)
	}
	if f.Readiness.Percent != 90 || len(f.Readiness.Missing) != 1 || f.Readiness.Missing[0].Innokyla != "Rahoittaja" {
		t.Errorf("readiness %+v, want 90 %% missing Rahoittaja", f.Readiness)
	}
}

var (
	textareaRE = regexp.MustCompile(`(?s)<label for="(innokyla-\d+)"[^>]*>([^<]*)</label>.*?<textarea id="(innokyla-\d+)"[^>]*>([^<]*)</textarea>\s*<button type="button" class="copy-button" data-copy="(innokyla-\d+)"[^>]*hidden>`)
	htmlLang   = regexp.MustCompile(`<html lang="([a-z]+)">`)
)

// TestInnokylaPages checks the copy-ready page of a model in every
// language: each item of the Innokylä export with its label and its text in
// a read-only box (complete without JavaScript), a copy button hidden until
// the script shows it, the UI in the page's language with Innokylä's labels
// marked Finnish, a link back to the document, and a link to the page
// from the document's own page.
func TestInnokylaPages(t *testing.T) {
	out := buildExports(t, false)
	f := readInnokyla(t, out, "data/innokyla/operating_model/tuettu-tyollistyminen.json")
	var texts []innokylaItem // every text the page must show, in order
	for _, it := range append(append([]innokylaItem(nil), f.Fields...), f.Sections...) {
		if it.Text != "" {
			texts = append(texts, it)
		}
	}
	if len(texts) < 10 {
		t.Fatalf("the export has %d items with text; the model fills more", len(texts))
	}
	for _, tc := range []struct{ lang, prefix, h1, copy, back, doc string }{
		{"fi", "", "Tiedot Innokylään", "Kopioi", "Takaisin asiakirjaan", "/sub/toimintamallit/tuettu-tyollistyminen/"},
	} {
		p := tc.prefix + "toimintamallit/tuettu-tyollistyminen/innokyla/index.html"
		data, ok := out.File(p)
		if !ok {
			t.Errorf("no %s", p)
			continue
		}
		page := string(data)
		if m := htmlLang.FindStringSubmatch(page); m == nil || m[1] != tc.lang {
			t.Errorf("%s: <html lang> %v, want %s", p, m, tc.lang)
		}
		for _, want := range []string{
			"<h1>" + tc.h1 + "</h1>",
			`<script src="/sub/static/innokyla.js" defer></script>`,
			`<a href="` + tc.doc + `">` + tc.back + `</a>`,
			`role="status" aria-live="polite"`,
			">" + tc.copy + `<span class="visually-hidden">`,
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s does not hold %q", p, want)
			}
		}
		boxes := textareaRE.FindAllStringSubmatch(page, -1)
		if len(boxes) != len(texts) {
			t.Errorf("%s: %d text boxes with a hidden copy button, want one for each of the %d items with text", p, len(boxes), len(texts))
			continue
		}
		for i, b := range boxes {
			if b[1] != b[3] || b[3] != b[5] {
				t.Errorf("%s: label for=%s, textarea id=%s and button data-copy=%s differ", p, b[1], b[3], b[5])
			}
			if got := html.UnescapeString(b[2]); got != texts[i].Label {
				t.Errorf("%s: box %d is labelled %q, want %q", p, i+1, got, texts[i].Label)
			}
			if got := html.UnescapeString(b[4]); got != texts[i].Text {
				t.Errorf("%s: box %q holds\n%q\nwant the export's\n%q", p, texts[i].Label, got, texts[i].Text)
			}
		}
		// The labels are Finnish: marked so on a page in another language.
		fiLabel := `<label for="innokyla-1" lang="fi">`
		if got := strings.Contains(page, fiLabel); got != (tc.lang != "fi") {
			t.Errorf("%s: %s present %v", p, fiLabel, got)
		}
		if !strings.Contains(page, "Liitteet ja linkit") {
			t.Errorf("%s: an item the document does not fill is not shown", p)
		}
		// The document's page links here, and so do its translations (to
		// this Finnish page: Innokylä is Finnish, and the page is only in
		// Finnish).
		for _, pre := range []string{"", "sv/", "en/"} {
			docPage, _ := out.File(pre + "toimintamallit/tuettu-tyollistyminen/index.html")
			want := `<a href="/sub/toimintamallit/tuettu-tyollistyminen/innokyla/">`
			if pre != "" {
				want = `<a href="/sub/toimintamallit/tuettu-tyollistyminen/innokyla/" hreflang="fi">`
			}
			if !strings.Contains(string(docPage), want) {
				t.Errorf("%stoimintamallit/tuettu-tyollistyminen/index.html does not link to %s", pre, p)
			}
		}
	}
	// There is no Swedish or English Innokylä page.
	for _, p := range out.Paths() {
		if strings.Contains(p, "/innokyla/") && (strings.HasPrefix(p, "sv/") || strings.HasPrefix(p, "en/")) && !termPage(p) {
			t.Errorf("%s: an Innokylä page in another language than Finnish", p)
		}
	}
	// Projects have theirs too.
	if data, ok := out.File("hankkeet/esimerkkihanke-tuetusti-toihin/innokyla/index.html"); !ok || !strings.Contains(string(data), "Kokonaisuuden nimi") {
		t.Errorf("the project's Innokylä page: present %v, without Kokonaisuuden nimi", ok)
	}
	// Types with no Innokylä counterpart have none.
	for _, p := range out.Paths() {
		if strings.Contains(p, "/innokyla/") && !termPage(p) && !strings.Contains(p, "toimintamallit/") && !strings.Contains(p, "hankkeet/") && !strings.HasPrefix(p, "data/innokyla/operating_model/") && !strings.HasPrefix(p, "data/innokyla/project/") {
			t.Errorf("%s: an Innokylä output of a type with no Innokylä counterpart", p)
		}
	}
}

// TestInnokylaValues checks how front matter values become text to paste:
// a regional area with its codes' labels, and attachments (a published
// file's path becomes its URL).
func TestInnokylaValues(t *testing.T) {
	m := realSite(t)
	p := "content/toimintamallit/tuettu-tyollistyminen.md"
	src := string(m[p].Data)
	src = strings.Replace(src, "area:\n  scope: national\n", "area:\n  scope: regional\n  regions: [\"13\"]\n  municipalities: [\"729\", \"992\"]\n", 1)
	src = strings.Replace(src, "license: CC-BY-4.0\n", "license: CC-BY-4.0\nattachments:\n  - title: Laatukriteerit\n    path: liitteet/laatukriteerit.pdf\n    accessible: true\n  - title: Innokylä\n    url: https://innokyla.fi/\n    accessible: false\n", 1)
	m[p] = &fstest.MapFile{Data: []byte(src)}
	m["content/toimintamallit/liitteet/laatukriteerit.pdf"] = &fstest.MapFile{Data: []byte("%PDF-1.7\n")}
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: m, Out: out, BaseURL: exportBase}); err != nil {
		t.Fatal(err)
	}
	f := readInnokyla(t, out, "data/innokyla/operating_model/tuettu-tyollistyminen.json")
	for label, want := range map[string]string{
		"Paikkakunta, maakunta tai hyvinvointialue": "Laajuus: Alueellinen\nMaakunnat: Keski-Suomi\nKunnat: Saarijärvi, Äänekoski",
		"Liitteet ja linkit": "Laatukriteerit, " + exportBase + "toimintamallit/liitteet/laatukriteerit.pdf, Saavutettava: kyllä\n" +
			"Innokylä, https://innokyla.fi/, Saavutettava: ei",
	} {
		if got := item(f.Fields, label).Text; got != want {
			t.Errorf("%s =\n%q\nwant\n%q", label, got, want)
		}
	}
}

// TestInnokylaDraft: a draft operating model has no Innokylä export or page,
// and nothing else names it, unless the build publishes drafts.
func TestInnokylaDraft(t *testing.T) {
	m := realSite(t)
	src := string(m["content/toimintamallit/tyokyvyn-tuki-sote-keskuksessa.md"].Data)
	title := regexp.MustCompile(`(?m)^title: .*$`)
	src = title.ReplaceAllString(src, "title: SALAINEN-LUONNOSMALLI")
	src = strings.Replace(src, "status: published", "status: draft", 1)
	m["content/toimintamallit/luonnosmalli.md"] = &fstest.MapFile{Data: []byte(src)}
	for _, drafts := range []bool{false, true} {
		out := &publish.Memory{}
		if _, err := site.Build(context.Background(), site.Options{FS: m, Out: out, Drafts: drafts}); err != nil {
			t.Fatal(err)
		}
		_, data := out.File("data/innokyla/operating_model/luonnosmalli.json") // each: whether the file is there
		_, page := out.File("toimintamallit/luonnosmalli/innokyla/index.html")
		if data != drafts || page != drafts {
			t.Errorf("drafts %v: the draft's Innokylä export %v, page %v", drafts, data, page)
		}
		if !drafts {
			for _, p := range out.Paths() {
				if b, _ := out.File(p); bytes.Contains(b, []byte("SALAINEN-LUONNOSMALLI")) {
					t.Errorf("without --drafts, %s names the draft", p)
				}
			}
		}
	}
}

// termPage reports whether p is a taxonomy term's page, such as the
// keyword Innokylä's asiasanat/innokyla/index.html.
func termPage(p string) bool {
	p = strings.TrimPrefix(strings.TrimPrefix(p, "sv/"), "en/")
	for _, f := range []string{"kohderyhmat", "asiasanat", "maakunnat", "hyvinvointialueet", "toimenpiteet", "kehitysvaiheet"} {
		if strings.HasPrefix(p, f+"/") {
			return true
		}
	}
	return false
}

package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/malli-fi/malli/site/markdown"
)

var programmeGoals = []string{
	"Lisätä osatyökykyisten työttömien työllistymisen edellytyksiä, työ- ja toimintakykyä ja yhteiskunnallista osallisuutta.",
	"Luoda monialainen palvelukokonaisuus, jossa osatyökykyisten työttömien työkyvyn tuen tarve tunnistetaan.",
	"Kehittää ammattilaisten osaamista työkyvyn tuen palvelukokonaisuudessa.",
	"Tuottaa tietoa palvelujen ja etuuksien yhteensovittamiseksi sekä lainsäädännön kehittämisen tueksi.",
}

var modelClauses = []string{
	"moniammatillinen tiimi tunnistaa työttömien asiakkaiden työkyvyn tuen tarpeen ja rakentaa heidän kanssaan palvelupolun kohti työelämää",
	"työhönvalmentaja etsii asiakkaan kanssa työtä avoimilta työmarkkinoilta ja tukee häntä ja työnantajaa työsuhteen aikana",
	"asiakasvastaava sovittaa yhteen asiakkaan sosiaali-, terveys- ja työllisyyspalvelut",
	"asiakas saa matalalla kynnyksellä arvion työkyvystään ja ohjauksen oikeisiin palveluihin",
	"kokemusasiantuntijat ja ammattilaiset kehittävät palveluja yhdessä",
}

var rationales = [3][]string{
	{"Asiaa ei ole vielä aloitettu.", "Toimintaa on suunniteltu, mutta se ei ole käynnistynyt.", "Tarvittavia sopimuksia ei ole vielä tehty."},
	{"Toiminta on käynnistynyt, mutta se ei vielä kata kaikkia asiakkaita.", "Yhteistyö on sovittu, mutta käytännöt vakiintuvat vasta.", "Osa tavoitteista toteutuu, osa on työn alla."},
	{"Toiminta on vakiintunut ja kuvattu.", "Tavoite toteutuu kaikilla asiakkailla.", "Käytäntö on sovittu kirjallisesti, ja sen toteutumista seurataan."},
}

func projectGoals(d *doc) []string {
	goals := []string{
		"Osatyökykyisten työttömien työkyvyn tuen tarve tunnistetaan " + d.muni.loc + " aiempaa paremmin.",
		"Asiakkaat saavat yhteen sovitetut työkyvyn tuen ja työllistymisen tuen palvelut.",
		"Ammattilaisten työkyvyn tuen osaaminen vahvistuu.",
	}
	if d.measure == 1 {
		goals[1] = "Laatukriteereihin perustuva tuetun työllistymisen työhönvalmennus otetaan käyttöön."
	}
	return goals
}

func (w *writer) common(f *fm, summary string) {
	d := w.d
	f.kv(0, "title", d.title)
	f.text(0, "summary", summary)
	f.raw(0, "status", "published")
	f.raw(0, "created", day(d.created))
	f.raw(0, "modified", day(d.modified))
	f.raw(0, "license", "CC-BY-4.0")
	if len(d.keywords) > 0 {
		f.flow(0, "keywords", d.keywords)
	}
	f.line(0, "maintainer:")
	if d.muni.name != "" {
		f.kv(1, "name", d.muni.gen+" kaupungin työllisyyspalvelut")
		f.kv(1, "email", "kehittaminen@"+domain(d.muni))
	} else {
		f.kv(1, "name", "Työkykyohjelman koordinaatio")
		f.kv(1, "email", "tyokykyohjelma@stm.example")
	}
}

func domain(m municipality) string { return markdown.Slug(m.name) + ".example" }

// person writes a person's fields at indent: the first with "- " when
// item says so.
func (w *writer) person(f *fm, indent int, item bool, org, role string, email bool) {
	first := firstNames[w.r.IntN(len(firstNames))]
	last := lastNames[w.r.IntN(len(lastNames))]
	lead := ""
	if item {
		lead = "- "
	}
	f.line(indent, lead+"name: "+scalar(first+" "+last))
	if item {
		indent++
	}
	if org != "" {
		f.kv(indent, "organisation", org)
	}
	if role != "" {
		f.kv(indent, "role", role)
	}
	if email {
		f.kv(indent, "email", markdown.Slug(first)+"."+markdown.Slug(last)+"@"+domain(w.d.muni))
	}
}

// businessID returns a Y-tunnus with a valid check digit.
func (w *writer) businessID() string {
	weights := [7]int{7, 9, 10, 5, 8, 4, 2}
	for {
		var digits [7]int
		sum := 0
		for i := range digits {
			digits[i] = w.r.IntN(10)
			sum += digits[i] * weights[i]
		}
		check := 0
		switch r := sum % 11; r {
		case 0:
		case 1:
			continue
		default:
			check = 11 - r
		}
		var b strings.Builder
		for _, x := range digits {
			b.WriteByte(byte('0' + x))
		}
		return fmt.Sprintf("%s-%d", b.String(), check)
	}
}

func (w *writer) org(f *fm, indent int, item bool, name, orgType string) {
	lead := ""
	if item {
		lead = "- "
	}
	f.line(indent, lead+"name: "+scalar(name))
	if item {
		indent++
	}
	f.raw(indent, "business_id", w.businessID())
	f.raw(indent, "org_type", orgType)
}

func (w *writer) homeFront() string {
	f := &fm{}
	d := w.d
	f.kv(0, "title", d.title)
	f.text(0, "summary", "Työkykyohjelman toimenpidekokonaisuudet, toimintamallit, palvelupolut, arviointikriteerit ja hankkeet yhdessä paikassa, Innokylän rakenteen mukaisesti. Generoitu aineisto suorituskyvyn vertailuun.")
	f.raw(0, "status", "published")
	f.raw(0, "created", day(d.created))
	f.raw(0, "modified", day(d.modified))
	f.raw(0, "license", "CC-BY-4.0")
	f.line(0, "maintainer:")
	f.kv(1, "name", "Työkykyohjelman koordinaatio")
	f.kv(1, "email", "tyokykyohjelma@stm.example")
	return f.String()
}

func (w *writer) programmeFront() string {
	f := &fm{}
	w.common(f, "Osatyökykyisille työttömille suunnattu ohjelma, jota sosiaali- ja terveysministeriö toimeenpanee valtionavustushankkeilla kahdessa toimenpidekokonaisuudessa: työkyvyn tuki osaksi tulevaisuuden sosiaali- ja terveyskeskusta sekä tuetun työllistymisen menetelmät.")
	f.raw(0, "abbreviation", "Työkykyohjelma")
	f.line(0, "owner:")
	f.kv(1, "name", "Sosiaali- ja terveysministeriö")
	f.raw(1, "org_type", "valtion_viranomainen")
	f.line(0, "partners:")
	for _, p := range []string{"Työ- ja elinkeinoministeriö", "Terveyden ja hyvinvoinnin laitos (THL)", "Työterveyslaitos (TTL)"} {
		f.line(1, "- name: "+scalar(p))
		f.raw(2, "org_type", "valtion_viranomainen")
	}
	f.raw(0, "start_date", "2020-01-01")
	f.raw(0, "end_date", "2022-12-31")
	f.raw(0, "funding_total_eur", "12000000")
	f.raw(0, "max_aid_ratio", "0.8")
	f.list(0, "legal_basis", []string{"VNA 13/2020", "Valtionavustuslaki 688/2001"})
	f.raw(0, "website", "https://julkaisut.valtioneuvosto.fi/")
	f.list(0, "goals", programmeGoals)
	f.line(0, "measures:")
	for i, m := range measures {
		f.line(1, "- id: "+m.id)
		f.raw(2, "number", fmt.Sprint(i+1))
		f.kv(2, "title", m.title)
		f.line(2, "goals:")
		f.line(3, "- "+scalar(programmeGoals[i]))
		f.line(2, "target_groups:")
		f.line(3, "- "+scalar(targetGroupPool[i*2]))
	}
	f.list(0, "obligations", []string{
		"Valtionavustus kattaa enintään 80 prosenttia hankkeen hyväksyttävistä kustannuksista.",
		"Hanke kerää yhtenäiset alku-, väli- ja lopputilanteen tiedot ja tekee itsearviointia.",
		"Hanke kirjaa toimintamallinsa Innokylään.",
	})
	return f.String()
}

func (w *writer) criteriaFront() string {
	c := criteriaSets[w.critIndex()]
	f := &fm{}
	w.common(f, c.summary)
	f.raw(0, "programme", programmeID)
	f.kv(0, "source", "Työkykyohjelma 2020–2022, ohjelma ja hakuopas (STM:n julkaisuja 2020:11)")
	f.line(0, "scale:")
	for _, s := range c.scale {
		f.line(1, fmt.Sprintf("- value: %d", s.value))
		f.kv(2, "label", s.label)
		f.raw(2, "color", s.color)
	}
	f.line(0, "criteria:")
	for i, t := range c.criteria {
		f.line(1, fmt.Sprintf("- id: %s%d", c.id[:1], i+1))
		f.kv(2, "title", t)
		f.kv(2, "group", c.groups[i*len(c.groups)/len(c.criteria)])
		f.text(2, "description", "Arvioidaan, miten kriteeri ”"+t+"” toteutuu hankkeen suunnitelmassa ja käytännön työssä.")
	}
	return f.String()
}

func (w *writer) statementFront() string {
	f := &fm{}
	w.common(f, "Tämä saavutettavuusseloste koskee generoitua malli-sivustoa. Itsearvioinnin mukaan sivusto täyttää WCAG 2.1 -tason AA saavutettavuusvaatimukset.")
	f.kv(0, "service_name", "Työkykyohjelman toimintamallit ja hankkeet")
	f.raw(0, "conformance", "full")
	f.raw(0, "standard", "WCAG 2.1 AA")
	f.line(0, "feedback_channel:")
	f.raw(1, "email", "tyokykyohjelma@stm.example")
	f.raw(0, "response_days", "14")
	f.line(0, "enforcement:")
	f.kv(1, "name", "Etelä-Suomen aluehallintovirasto")
	f.kv(1, "unit", "Saavutettavuuden valvonnan yksikkö")
	f.raw(1, "url", "https://www.saavutettavuusvaatimukset.fi/")
	f.raw(1, "email", "saavutettavuus@avi.fi")
	f.raw(0, "assessment_method", "self_assessment")
	f.list(0, "assessment_tools", []string{"axe-core", "Näppäimistötestaus"})
	f.raw(0, "prepared_on", day(w.d.created))
	f.raw(0, "updated_on", day(w.d.modified))
	return f.String()
}

func (w *writer) projectFront() string {
	d := w.d
	admin := d.muni.gen + " kaupunki"
	adminType := "kunta"
	if w.r.IntN(2) == 0 {
		admin, adminType = regions[d.muni.region].gen+" hyvinvointialue", "hyvinvointialue"
	}
	f := &fm{}
	w.common(f, fmt.Sprintf("%s on Työkykyohjelman toimenpidekokonaisuuden %d hanke, jota hallinnoi %s. Hanke kehittää %s osatyökykyisten työttömien työkyvyn tukea yhdessä TE-palvelujen, Kelan ja järjestöjen kanssa.",
		d.title, d.measure+1, admin, d.muni.loc))
	start := d.created.AddDate(0, 0, w.r.IntN(60))
	end := start.AddDate(0, 18+w.r.IntN(13), 0)
	f.raw(0, "project_code", fmt.Sprintf("TKO-%d-%s", start.Year(), strings.ToUpper(d.id[:3])))
	status := "ongoing"
	if end.Before(last) {
		status = "ended"
	}
	f.raw(0, "project_status", status)
	f.line(0, "administrator:")
	w.org(f, 1, false, admin, adminType)
	f.line(0, "implementers:")
	w.org(f, 1, true, d.muni.gen+" seudun työllisyysyhdistys ry", "jarjesto")
	if w.r.IntN(2) == 0 {
		w.org(f, 1, true, d.muni.gen+" seudun työhönvalmennussäätiö sr", "saatio")
	}
	f.raw(0, "programme", programmeID)
	f.raw(0, "measure", measures[d.measure].id)
	w.eligible = (200 + w.r.IntN(1300)) * 1000
	w.aid = w.eligible * (60 + w.r.IntN(20)) / 100 / 1000 * 1000
	f.raw(0, "state_aid_eur", fmt.Sprint(w.aid))
	f.raw(0, "eligible_costs_eur", fmt.Sprint(w.eligible))
	f.line(0, "other_funding:")
	f.line(1, "- source: Omarahoitus")
	f.raw(2, "amount_eur", fmt.Sprint(w.eligible-w.aid))
	f.raw(0, "start_date", day(start))
	f.raw(0, "end_date", day(end))
	f.line(0, "area:")
	f.raw(1, "scope", "regional")
	f.flow(1, "regions", []string{regions[d.muni.region].code})
	f.flow(1, "municipalities", []string{d.muni.code})
	f.list(0, "goals", projectGoals(d))
	f.list(0, "target_groups", d.targets)
	f.line(0, "evaluation_coordinator:")
	w.person(f, 1, false, admin, "Arvioinnin yhteyshenkilö", true)
	f.line(0, "steering_group:")
	for i := range 2 + w.r.IntN(3) {
		w.person(f, 1, true, admin, steeringRoles[(i*3+w.r.IntN(3))%len(steeringRoles)], false)
	}
	f.line(0, "contact_persons:")
	w.person(f, 1, true, admin, "Projektipäällikkö", true)
	if len(d.models) > 0 {
		f.flow(0, "operating_models", ids(d.models))
	}
	if len(d.paths) > 0 {
		f.flow(0, "service_paths", ids(d.paths))
	}
	if w.r.IntN(3) == 0 {
		f.line(0, "attachments:")
		f.line(1, "- title: Hankesuunnitelma")
		f.raw(2, "url", "https://hankkeet.example/"+d.id+"/hankesuunnitelma.pdf")
		f.raw(2, "accessible", "false")
	}
	if status == "ended" {
		f.list(0, "results", []string{"Toimintamallit on kuvattu Innokylään.", "Työkyvyn tuen tiimi jatkaa perustoimintana."})
	}
	return f.String()
}

// joinJa joins items as Finnish lists them: "a, b ja c".
func joinJa(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " ja " + items[len(items)-1]
}

func ids(docs []*doc) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.id
	}
	return out
}

func (w *writer) modelFront() string {
	d := w.d
	f := &fm{}
	w.common(f, fmt.Sprintf("Toimintamallissa %s. Malli on kehitetty hankkeessa %s, ja sitä on pilotoitu %s.",
		modelClauses[w.r.IntN(len(modelClauses))], d.project.title, d.muni.loc))
	f.kv(0, "implementation_place", d.muni.gen+" sosiaali- ja terveyskeskus ja työllisyyspalvelut")
	f.line(0, "area:")
	f.raw(1, "scope", "local")
	f.flow(1, "municipalities", []string{d.muni.code})
	f.kv(0, "funder", "Sosiaali- ja terveysministeriö, Työkykyohjelma 2020–2022")
	f.raw(0, "programme", programmeID)
	f.flow(0, "projects", []string{d.project.id})
	f.list(0, "target_groups", d.targets)
	stage := developmentStages[w.r.IntN(len(developmentStages))]
	f.raw(0, "development_stage", stage)
	w.legalBasis = w.g.sampleR(w.r, legalPool, 2+w.r.IntN(4))
	f.list(0, "legal_basis", w.legalBasis)
	if len(d.models) > 0 {
		f.flow(0, "related_models", ids(d.models))
	}
	f.line(0, "contact_persons:")
	w.person(f, 1, true, d.muni.gen+" kaupunki", roles[w.r.IntN(len(roles))], true)
	if stage == "in_use" || stage == "spreading" {
		f.raw(0, "innokyla_url", "https://innokyla.fi/fi/toimintamalli/"+d.id)
	}
	return f.String()
}

func (w *writer) pathFront() string {
	d := w.d
	idx := sortedPerm(w.r, len(stepPool), 3+w.r.IntN(5))
	for _, i := range idx {
		w.steps = append(w.steps, stepPool[i])
	}
	var used []*doc
	models := make([]*doc, len(w.steps))
	for i, s := range w.steps {
		if s.actor == "kela" || s.actor == "te_toimisto" {
			continue
		}
		models[i] = d.models[i%len(d.models)]
		if !slices.Contains(used, models[i]) {
			used = append(used, models[i])
		}
	}
	if len(used) == 0 {
		models[0] = d.models[0]
		used = append(used, models[0])
	}
	var actors []string
	for _, s := range w.steps {
		if l := strings.ToLower(actorLabel[s.actor]); !slices.Contains(actors, l) && !strings.HasPrefix(actorLabel[s.actor], "TE") && s.actor != "typ" && s.actor != "kela" {
			actors = append(actors, l)
		}
	}
	f := &fm{}
	w.common(f, fmt.Sprintf("Palvelupolku kuvaa, miten asiakas etenee %s työkyvyn tuen tarpeen tunnistamisesta kohti työtä. Polulla on %d vaihetta, ja sen toimijoita ovat muun muassa %s.",
		d.muni.loc, len(w.steps), joinJa(append(actors, "TE-palvelut"))))
	f.list(0, "target_groups", d.targets)
	f.line(0, "organiser:")
	w.org(f, 1, false, regions[d.muni.region].gen+" hyvinvointialue", "hyvinvointialue")
	f.line(0, "area:")
	f.raw(1, "scope", "regional")
	f.flow(1, "regions", []string{regions[d.muni.region].code})
	f.raw(0, "programme", programmeID)
	f.flow(0, "operating_models", ids(used))
	f.flow(0, "projects", []string{d.project.id})
	f.line(0, "steps:")
	stepIDs := make([]string, len(w.steps))
	for i, s := range w.steps {
		stepIDs[i] = markdown.Slug(s.name)
	}
	for i, s := range w.steps {
		f.line(1, "- id: "+stepIDs[i])
		f.kv(2, "name", s.name)
		f.raw(2, "actor", s.actor)
		f.text(2, "description", s.desc)
		if len(s.legal) > 0 {
			f.flow(2, "legal_basis", s.legal)
			for _, l := range s.legal {
				if !slices.Contains(w.legalBasis, l) {
					w.legalBasis = append(w.legalBasis, l)
				}
			}
		}
		if models[i] != nil {
			f.raw(2, "model", models[i].id)
		}
		var next []string
		if i+1 < len(w.steps) {
			next = append(next, stepIDs[i+1])
		}
		if i+2 < len(w.steps) && w.r.IntN(4) == 0 {
			next = append(next, stepIDs[i+2])
		}
		f.flow(2, "next", next)
	}
	if len(w.legalBasis) == 0 {
		w.legalBasis = []string{"SHL 41 §"}
	}
	f.raw(0, "valid_from", day(d.created))
	f.line(0, "contact_persons:")
	w.person(f, 1, true, regions[d.muni.region].gen+" hyvinvointialue", "Palveluesihenkilö", true)
	return f.String()
}

func (w *writer) evalFront() string {
	d := w.d
	c := criteriaSets[d.criteria]
	phases := []string{"baseline", "midpoint", "final"}
	f := &fm{}
	w.common(f, fmt.Sprintf("%s. Arvioinnissa pisteytettiin %d kriteeriä kriteeristöllä %s. Arvioinnin tekivät hankkeen työntekijät ja yhteistyökumppanit yhdessä.",
		d.title, len(c.criteria), c.title))
	f.raw(0, "subject", d.project.id)
	f.raw(0, "criteria_set", c.id)
	f.raw(0, "phase", phases[d.phase])
	f.raw(0, "evaluation_type", "self")
	evaluated := d.created.AddDate(0, 0, -3)
	f.raw(0, "evaluated_on", day(evaluated))
	if d.phase < 2 {
		f.raw(0, "next_evaluation", day(evaluated.AddDate(0, 6+w.r.IntN(6), 0)))
	}
	org := d.muni.gen + " kaupunki"
	f.line(0, "evaluators:")
	w.person(f, 1, true, org, "Arvioinnin yhteyshenkilö", false)
	w.person(f, 1, true, org, "Projektipäällikkö", false)
	f.line(0, "scores:")
	lo, hi := c.scale[0].value, c.scale[len(c.scale)-1].value
	for i, t := range c.criteria {
		// Later phases score higher, on the whole.
		v := lo + w.r.IntN(hi-lo+1)
		if d.phase > 0 && v < hi && w.r.IntN(3) < d.phase {
			v++
		}
		level := (v - lo) * 2 / max(1, hi-lo)
		r := rationales[min(level, 2)][w.r.IntN(3)]
		f.line(1, fmt.Sprintf("- criterion: %s%d", c.id[:1], i+1))
		f.raw(2, "score", fmt.Sprint(v))
		f.kv(2, "rationale", r)
		w.scores = append(w.scores, score{title: t, rationale: r, score: v})
	}
	f.text(0, "findings", w.sentence("havainnot")+" "+w.sentence("havainnot"))
	return f.String()
}

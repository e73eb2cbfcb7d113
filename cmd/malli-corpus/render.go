package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/malli-fi/malli/site/markdown"
)

// block is a paragraph (sentences, wrapped when written) or a preformatted
// piece of Markdown (a list, a table, a heading).
type block struct {
	sentences []string
	text      string
}

func (b *block) isPara() bool { return b.text == "" }

// part is the intro (no heading) or a section or subsection of a body.
type part struct {
	key    string // sentence pool
	blocks []*block
}

// writer writes one document. Its random stream is the document's own.
type writer struct {
	g     *corpus
	d     *doc
	r     *rand.Rand
	used  map[string][]int
	parts []*part
	size  int

	// What the front matter decided and the body shows.
	aid, eligible int
	steps         []step
	scores        []score
	legalBasis    []string
}

type score struct {
	title, rationale string
	score            int
}

func (w *writer) legal() []string { return w.legalBasis }

func (g *corpus) render(d *doc) []byte {
	pcg := d.rng
	w := &writer{g: g, d: d, r: rand.New(&pcg), used: map[string][]int{}}
	var front string
	switch d.kind {
	case "":
		front = w.homeFront()
	case "ohjelmat":
		front = w.programmeFront()
	case "kriteeristot":
		front = w.criteriaFront()
	case "saavutettavuus":
		front = w.statementFront()
	case "hankkeet":
		front = w.projectFront()
	case "toimintamallit":
		front = w.modelFront()
	case "palvelupolut":
		front = w.pathFront()
	case "itsearvioinnit":
		front = w.evalFront()
	}
	w.body()
	return []byte("---\n" + front + "---\n\n" + w.markdown())
}

// sentence returns a sentence of the pool key that the document has not
// used yet, then of the general pool, then any of the general pool.
func (w *writer) sentence(key string) string {
	for _, k := range []string{key, "yleinen"} {
		pool := sentences[k]
		rest, ok := w.used[k]
		if !ok {
			rest = w.r.Perm(len(pool))
		}
		if len(rest) > 0 {
			w.used[k] = rest[1:]
			return pool[rest[0]]
		}
		w.used[k] = rest
	}
	pool := sentences["yleinen"]
	return pool[w.r.IntN(len(pool))]
}

func (w *writer) para(key string, n int) *block {
	b := &block{}
	for range n {
		b.sentences = append(b.sentences, w.sentence(key))
	}
	return b
}

func (w *writer) add(p *part, b *block) {
	p.blocks = append(p.blocks, b)
	for _, s := range b.sentences {
		w.size += len(s) + 1
	}
	w.size += len(b.text) + 2
}

// body plans the Markdown: an intro, the sections with their lists and
// tables, the links, and paragraphs until the document reaches its size.
func (w *writer) body() {
	d := w.d
	intro := &part{key: "intro"}
	w.parts = append(w.parts, intro)
	w.add(intro, &block{sentences: []string{"*Generoitu esimerkkiaineisto: nimet, organisaatiot ja luvut on keksitty.*", w.sentence("intro")}})
	for _, s := range d.secs {
		p := &part{key: s.def.key}
		w.parts = append(w.parts, p)
		w.add(p, &block{text: "## " + s.def.title})
		w.add(p, w.para(s.def.key, 2+w.r.IntN(3)))
		for _, b := range w.extras(s.def.key) {
			w.add(p, b)
		}
		for _, t := range s.subs {
			sp := &part{key: s.def.key}
			w.parts = append(w.parts, sp)
			w.add(sp, &block{text: "### " + t})
			w.add(sp, w.para(s.def.key, 1+w.r.IntN(3)))
		}
	}
	for _, l := range w.links() {
		paras := w.paragraphs()
		b := paras[w.r.IntN(len(paras))]
		b.sentences = append(b.sentences, l)
		w.size += len(l) + 1
	}
	target := 2000 + w.r.IntN(6000)
	if d.kind == "" || d.kind == "kriteeristot" || d.kind == "saavutettavuus" {
		target = 2500
	}
	for w.size < target-200 {
		p := w.parts[1+w.r.IntN(len(w.parts)-1)]
		w.add(p, w.para(p.key, 2+w.r.IntN(3)))
	}
}

func (w *writer) paragraphs() []*block {
	var out []*block
	for _, p := range w.parts {
		for _, b := range p.blocks {
			if b.isPara() {
				out = append(out, b)
			}
		}
	}
	return out
}

func (w *writer) markdown() string {
	var b strings.Builder
	for _, p := range w.parts {
		for _, bl := range p.blocks {
			if bl.isPara() {
				b.WriteString(wrap(strings.Join(bl.sentences, " "), 100))
			} else {
				b.WriteString(bl.text)
			}
			b.WriteString("\n\n")
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// Lists and tables.

func bullets(items []string) *block {
	return &block{text: "- " + strings.Join(items, "\n- ")}
}

func numbered(items []string) *block {
	var b strings.Builder
	for i, s := range items {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%d. %s", i+1, s)
	}
	return &block{text: b.String()}
}

func table(head []string, rows [][]string) *block {
	var b strings.Builder
	b.WriteString("| " + strings.Join(head, " | ") + " |\n|")
	for range head {
		b.WriteString("---|")
	}
	for _, r := range rows {
		b.WriteString("\n| " + strings.Join(r, " | ") + " |")
	}
	return &block{text: b.String()}
}

var actorLabel = map[string]string{
	"sote_keskus": "Sote-keskus", "sosiaalihuolto": "Sosiaalihuolto", "terveydenhuolto": "Terveydenhuolto",
	"tyohonvalmentaja": "Työhönvalmentaja", "te_toimisto": "TE-toimisto", "kela": "Kela", "typ": "TYP",
	"kunta": "Kunta", "tyonantaja": "Työnantaja", "tyoterveyshuolto": "Työterveyshuolto",
	"jarjesto": "Järjestö", "oppilaitos": "Oppilaitos", "asiakas": "Asiakas", "muu": "Muu",
}

var roleInModel = [][2]string{
	{"Sote-keskus", "työkyvyn tuen tarpeen tunnistaminen ja palvelutarpeen arviointi"},
	{"TE-toimisto", "työnhaku ja työllistymistä edistävät palvelut"},
	{"Kela", "ammatillinen kuntoutus ja etuusneuvonta"},
	{"Kunnan työllisyyspalvelut", "työnantajayhteistyö ja palkkatuki"},
	{"TYP", "monialainen yhteispalvelu"},
	{"Järjestöt", "vertaistuki ja kokemusasiantuntijuus"},
	{"Työterveyshuolto", "työkyvyn seuranta työsuhteen alussa"},
}

// extras returns the lists and tables a section of the document has.
func (w *writer) extras(key string) []*block {
	d := w.d
	switch key {
	case "perusidea":
		return []*block{{text: "Mallissa on"}, bullets(w.g.sampleR(w.r, listItems["perusidea"], 3+w.r.IntN(3)))}
	case "ymparisto":
		var rows [][]string
		for _, i := range sortedPerm(w.r, len(roleInModel), 3+w.r.IntN(3)) {
			rows = append(rows, []string{roleInModel[i][0], roleInModel[i][1]})
		}
		return []*block{table([]string{"Toimija", "Rooli mallissa"}, rows)}
	case "kohderyhma":
		return []*block{{text: "Mallin kohderyhmiä ovat"}, bullets(lower(d.targets))}
	case "ehdot", "kehittamistoimet":
		return []*block{numbered(w.g.sampleR(w.r, listItems[key], 3+w.r.IntN(2)))}
	case "mittaaminen":
		return []*block{table([]string{"Mittari", "Lähtötaso", "Tavoite"}, [][]string{
			{"Työllistyneiden osuus asiakkaista", fmt.Sprintf("%d %%", 5+w.r.IntN(10)), fmt.Sprintf("%d %%", 20+w.r.IntN(15))},
			{"Työnantajakontaktit viikossa", fmt.Sprint(1 + w.r.IntN(3)), "6"},
			{"Aika ensimmäiseen työnantajatapaamiseen", fmt.Sprintf("%d viikkoa", 6+w.r.IntN(6)), "4 viikkoa"},
		})}
	case "lainsaadanto":
		var rows [][]string
		for _, l := range w.legal() {
			t := legalText[l]
			rows = append(rows, []string{l, t[0], t[1]})
		}
		return []*block{table([]string{"Lyhenne", "Säädös", "Sisältö"}, rows)}
	case "vaiheet":
		return []*block{numbered([]string{"alkukartoitus ja tavoitteiden asettaminen", "suunnitelman laatiminen yhdessä asiakkaan kanssa", "palvelujen ja työn etsinnän toteutus", "seuranta ja tuen asteittainen vähentäminen"})}
	case "tavoitteet":
		return []*block{numbered(projectGoals(d))}
	case "toimenpiteet":
		return []*block{
			bullets(w.g.sampleR(w.r, listItems["toimenpiteet"], 3+w.r.IntN(3))),
			table([]string{"Työpaketti", "Vastuutaho", "Aikataulu"}, [][]string{
				{"Työkyvyn tuen tiimi", d.muni.gen + " sote-keskus", "1. hankevuosi"},
				{"Työhönvalmennus", d.muni.gen + " työllisyyspalvelut", "1.–2. hankevuosi"},
				{"Arviointi ja juurrutus", "Hankkeen ohjausryhmä", "2. hankevuosi"},
			}),
		}
	case "organisointi":
		return []*block{table([]string{"Rahoitus", "Euroa"}, [][]string{
			{"Valtionavustus", fmt.Sprint(w.aid)}, {"Omarahoitus", fmt.Sprint(w.eligible - w.aid)}, {"**Yhteensä**", fmt.Sprint(w.eligible)},
		})}
	case "toimintamallit":
		var names []string
		for _, m := range d.models {
			names = append(names, "**"+m.title+"**")
		}
		if len(names) == 0 {
			return nil
		}
		return []*block{bullets(names)}
	case "polku":
		var rows [][]string
		for _, s := range w.steps {
			rows = append(rows, []string{s.name, actorLabel[s.actor], strings.Join(s.legal, ", ")})
		}
		var names []string
		for _, s := range w.steps {
			names = append(names, s.name)
		}
		return []*block{numbered(lower(names)), table([]string{"Vaihe", "Toimija", "Säädösperusta"}, rows)}
	case "havainnot":
		var rows [][]string
		for _, s := range w.scores {
			rows = append(rows, []string{s.title, fmt.Sprint(s.score), s.rationale})
		}
		return []*block{table([]string{"Kriteeri", "Pisteet", "Perustelu"}, rows)}
	case "pisteytys":
		var rows [][]string
		for _, s := range criteriaSets[w.critIndex()].scale {
			rows = append(rows, []string{fmt.Sprint(s.value), s.label})
		}
		c := criteriaSets[w.critIndex()]
		return []*block{table([]string{"Pisteet", "Merkitys"}, rows), {text: "Kriteerit on ryhmitelty näin:"}, bullets(c.groups)}
	case "ohjelma-tavoitteet":
		return []*block{numbered(lower(programmeGoals))}
	case "toimenpidekokonaisuudet":
		var rows [][]string
		for i, m := range measures {
			rows = append(rows, []string{fmt.Sprint(i + 1), m.title})
		}
		return []*block{table([]string{"Nro", "Toimenpidekokonaisuus"}, rows)}
	case "tila":
		return []*block{table([]string{"Tarkistus", "Tulos"}, [][]string{
			{"Automaattinen tarkistus", "ei virheitä"}, {"Näppäimistökäyttö", "toimii"}, {"Ruudunlukija", "ei testattu"},
		})}
	case "palaute":
		return []*block{{text: "Palautetta voi antaa"}, bullets([]string{"sähköpostitse osoitteeseen tyokykyohjelma@stm.example", "puhelimitse ohjelman koordinaatiolle"})}
	case "koti-ohjelma":
		var rows [][]string
		for i, m := range measures {
			rows = append(rows, []string{fmt.Sprint(i + 1), m.title})
		}
		return []*block{table([]string{"Nro", "Toimenpidekokonaisuus"}, rows)}
	case "koti-sisalto":
		return []*block{bullets([]string{
			"**Toimintamallit** kuvataan Innokylän osioilla",
			"**Palvelupolut** näyttävät asiakkaan etenemisen vaiheittain",
			"**Kriteeristöt** ja **itsearvioinnit** kertovat hankkeiden etenemisestä",
		})}
	}
	return nil
}

func (w *writer) critIndex() int {
	for i, c := range w.g.criteria {
		if c == w.d {
			return i
		}
	}
	return 0
}

func lower(items []string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = strings.ToLower(s[:1]) + s[1:]
		if strings.HasPrefix(s, "TE-") || strings.HasPrefix(s, "TYP") {
			out[i] = s
		}
	}
	return out
}

// sampleR is sample over another stream.
func (g *corpus) sampleR(r *rand.Rand, pool []string, k int) []string {
	idx := sortedPerm(r, len(pool), k)
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = pool[j]
	}
	return out
}

func sortedPerm(r *rand.Rand, n, k int) []int {
	idx := r.Perm(n)[:min(k, n)]
	slices.Sort(idx)
	return idx
}

// Links.

var kindNoun = map[string]string{
	"hankkeet": "hanke", "toimintamallit": "toimintamalli", "palvelupolut": "palvelupolku",
	"itsearvioinnit": "itsearviointi", "kriteeristot": "kriteeristö", "ohjelmat": "ohjelma",
	"saavutettavuus": "seloste",
}

var (
	linkPlain = []string{
		"Katso myös %[3]s [%[1]s](%[2]s).",
		"Lisätietoa: [%[1]s](%[2]s).",
		"Aihetta käsitellään myös sivulla [%[1]s](%[2]s).",
	}
	linkAnchored = []string{
		"Katso kohta [%[4]s](%[2]s) sivulla %[1]s.",
		"Vertaa sivun %[1]s kohtaan [%[4]s](%[2]s).",
		"Sama asia on kuvattu kohdassa [%[4]s](%[2]s) (%[3]s %[1]s).",
	}
)

// links returns the link sentences of the document: 2–9 links to other
// documents, first to those it is related to, many to a heading.
func (w *writer) links() []string {
	d, g := w.d, w.g
	type target struct {
		to     *doc
		anchor heading
	}
	var first, rest []target
	anchored := func(to *doc) target {
		t := target{to: to}
		if hs := to.headings(); len(hs) > 0 && w.r.IntN(5) < 3 {
			t.anchor = hs[w.r.IntN(len(hs))]
		}
		return t
	}
	measureAnchor := func(i int) target {
		return target{g.programme, heading{markdown.Slug(measures[i].heading), measures[i].heading}}
	}
	switch d.kind {
	case "":
		first = append(first, target{to: g.programme}, target{to: g.criteria[0]}, target{to: g.statement})
		for _, m := range g.models[:min(3, len(g.models))] {
			rest = append(rest, target{to: m})
		}
	case "ohjelmat":
		for _, c := range g.criteria {
			first = append(first, anchored(c))
		}
		for _, p := range g.projects[:min(4, len(g.projects))] {
			rest = append(rest, anchored(p))
		}
	case "kriteeristot":
		first = append(first, target{to: g.programme, anchor: heading{"seuranta-ja-arviointi", "Seuranta ja arviointi"}})
		for _, c := range g.criteria {
			if c != d {
				rest = append(rest, anchored(c))
			}
		}
	case "saavutettavuus":
		first = append(first, target{to: g.programme}, target{to: g.criteria[0]})
	case "hankkeet":
		first = append(first, measureAnchor(d.measure))
		for _, m := range d.models {
			rest = append(rest, anchored(m))
		}
		for _, p := range d.paths {
			rest = append(rest, anchored(p))
		}
		for _, e := range d.evals {
			rest = append(rest, anchored(e))
		}
		rest = append(rest, target{to: g.criteria[0], anchor: heading{"pisteytys", "Pisteytys"}})
	case "toimintamallit":
		first = append(first, anchored(d.project))
		rest = append(rest, measureAnchor(d.project.measure))
		for _, m := range d.models {
			rest = append(rest, anchored(m))
		}
		for _, p := range d.paths {
			rest = append(rest, anchored(p))
		}
		for _, e := range d.evals {
			rest = append(rest, target{to: e})
		}
	case "palvelupolut":
		first = append(first, anchored(d.project))
		for _, m := range d.models {
			rest = append(rest, anchored(m))
		}
		rest = append(rest, measureAnchor(d.project.measure))
	case "itsearvioinnit":
		first = append(first, anchored(d.project), target{to: g.criteria[d.criteria], anchor: heading{"pisteytys", "Pisteytys"}})
		for _, e := range d.project.evals {
			if e != d {
				rest = append(rest, target{to: e})
			}
		}
		for _, m := range d.project.models {
			rest = append(rest, anchored(m))
		}
	}
	w.r.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	all := append(first, rest...)
	k := 2 + w.r.IntN(8)
	for len(all) < k { // a few more: any model
		all = append(all, anchored(g.models[w.r.IntN(len(g.models))]))
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range all {
		if len(out) == k {
			break
		}
		h := href(d, t.to, t.anchor.id)
		if t.to == d || seen[h] {
			continue
		}
		seen[h] = true
		if t.anchor.id == "" {
			out = append(out, fmt.Sprintf(linkPlain[w.r.IntN(len(linkPlain))], t.to.title, h, kindNoun[t.to.kind]))
		} else {
			out = append(out, fmt.Sprintf(linkAnchored[w.r.IntN(len(linkAnchored))], t.to.title, h, kindNoun[t.to.kind], t.anchor.text))
		}
	}
	return out
}

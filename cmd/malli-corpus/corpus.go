package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/malli-fi/malli/site/markdown"
)

// Stats says what Generate wrote.
type Stats struct {
	Docs  int   // Markdown files
	Bytes int64 // their size
}

// Generate writes the corpus of n documents through write, which receives
// slash-separated paths relative to the site's folder ("content/…") and is
// called from several goroutines at once. The bytes depend on n and seed
// only: each document has its own random stream.
func Generate(n int, seed uint64, write func(name string, data []byte) error) (Stats, error) {
	g := newCorpus(n, seed)
	var next, docs, size atomic.Int64
	errs := make([]error, len(g.all))
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < len(g.all); i = int(next.Add(1) - 1) {
				d := g.all[i]
				data := g.render(d)
				if errs[i] = write("content/"+d.path, data); errs[i] == nil {
					docs.Add(1)
					size.Add(int64(len(data)))
				}
			}
		}()
	}
	wg.Wait()
	return Stats{Docs: int(docs.Load()), Bytes: size.Load()}, errors.Join(errs...)
}

// A sectionDef is an H2 section a type's body may have; the titles are the
// schemas' Finnish section titles, the keys name the sentence pools.
type sectionDef struct {
	key, title string
	always     bool // always written (the schema's required ones and a few more)
}

var (
	modelSections = []sectionDef{
		{"perusidea", "Ratkaisun perusidea", true},
		{"ymparisto", "Toimintaympäristö", true},
		{"kohderyhma", "Kohderyhmä ja asiakasymmärrys", true},
		{"ehdot", "Toimivuuden ja käyttöönoton ehdot", true},
		{"lahtotilanne", "Lähtötilanne ja strategiset liittymäkohdat", false},
		{"muutos", "Tavoiteltu muutos", false},
		{"mittaaminen", "Muutoksen mittaaminen", false},
		{"arviointitietoa", "Arviointitietoa tiivistetysti", false},
		{"arvot", "Arvot ja periaatteet", false},
		{"vaiheet", "Toiminnan vaiheet", false},
		{"lainsaadanto", "Lainsäädäntö", false},
	}
	projectSections = []sectionDef{
		{"tausta", "Tausta ja tarve", false},
		{"tavoitteet", "Tavoitteet", true},
		{"toimenpiteet", "Toimenpiteet", true},
		{"yhteistyo", "Yhteistyö", false},
		{"organisointi", "Organisointi ja ohjaus", false},
		{"arviointi", "Arviointi", true},
		{"viestinta", "Viestintä", false},
		{"toimintamallit", "Toimintamallit", false},
		{"tulokset", "Tulokset", false},
	}
	pathSections = []sectionDef{
		{"polku", "Polun kuvaus", true},
		{"yhdyspinnat", "Yhdyspinnat ja työnjako", false},
		{"lainsaadanto", "Lainsäädäntö", false},
		{"seuranta", "Seuranta", false},
	}
	evalSections = []sectionDef{
		{"havainnot", "Havainnot", true},
		{"toteutus", "Arvioinnin toteutus", false},
		{"kehittamistoimet", "Kehittämistoimet", true},
	}
	criteriaSections = []sectionDef{
		{"kaytto", "Käyttö", true},
		{"pisteytys", "Pisteytys", true},
		{"lahde", "Lähde", true},
	}
	programmeSections = []sectionDef{
		{"ohjelma-tavoitteet", "Tavoitteet", true},
		{"toimenpidekokonaisuudet", "Toimenpidekokonaisuudet", true},
		{"rahoitus", "Rahoitus ja ehdot", true},
		{"ohjelma-seuranta", "Seuranta ja arviointi", true},
		{"innokyla", "Työskentely Innokylässä", true},
	}
	statementSections = []sectionDef{
		{"tila", "Saavutettavuuden tila", true},
		{"ei-saavutettava", "Ei-saavutettava sisältö", true},
		{"palaute", "Palautteen antaminen", true},
		{"valvonta", "Valvontaviranomainen", true},
		{"laatiminen", "Selosteen laatiminen", true},
	}
	homeSections = []sectionDef{
		{"koti-ohjelma", "Työkykyohjelma", true},
		{"koti-sisalto", "Sivuston sisältö", true},
	}
)

// The programme's measures: their ids, numbers and the headings the
// programme's body gives them.
var measures = []struct {
	id, title, heading string
}{
	{"tyokyvyn-tuki-sote-keskukseen", "Työkyvyn tuki osaksi tulevaisuuden sosiaali- ja terveyskeskusta", "1 Työkyvyn tuki sote-keskukseen"},
	{"tuetun-tyollistymisen-menetelmat", "Tuetun työllistymisen menetelmät", "2 Tuetun työllistymisen menetelmät"},
}

const programmeID = "tyokykyohjelma"

// A doc is the plan of one document: everything other documents need to
// know of it (where it is, its title, its headings) and what it refers to.
type doc struct {
	kind  string // folder: "toimintamallit"
	id    string
	title string
	path  string // content-relative: "toimintamallit/x.md"
	secs  []sec
	rng   rand.PCG // the document's own stream: its text does not depend on the others'

	created, modified time.Time
	muni              municipality
	keywords          []string
	targets           []string

	project  *doc   // a model's, path's project; an evaluation's subject
	models   []*doc // a project's models; a path's steps' models; a model's related models
	paths    []*doc // a project's service paths; the paths using a model
	evals    []*doc // the evaluations of a project or model
	criteria int    // an evaluation's criteria set
	phase    int    // an evaluation's phase
	measure  int    // a project's measure
}

// sec is a planned H2 section and its H3 subheadings.
type sec struct {
	def  sectionDef
	subs []string
}

// heading is a heading of a planned document with its id.
type heading struct{ id, text string }

// headings returns the document's headings in order, with the ids the
// Markdown stage (and Hugo's github-ascii ids) give them.
func (d *doc) headings() []heading {
	var hs []heading
	for _, s := range d.secs {
		hs = append(hs, heading{markdown.Slug(s.def.title), s.def.title})
		for _, t := range s.subs {
			hs = append(hs, heading{markdown.Slug(t), t})
		}
	}
	return hs
}

// corpus is the plan of the whole site.
type corpus struct {
	seed      uint64
	r         *rand.Rand
	programme *doc
	criteria  []*doc
	statement *doc
	home      *doc
	projects  []*doc
	models    []*doc
	paths     []*doc
	evals     []*doc
	all       []*doc // in writing order
	ids       map[string]bool
}

var (
	epoch = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	last  = time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)
)

func day(t time.Time) string { return t.Format("2006-01-02") }

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func newCorpus(n int, seed uint64) *corpus {
	g := &corpus{seed: seed, r: rand.New(rand.NewPCG(seed, 0x6d616c6c692d6331)), ids: map[string]bool{}}
	nProj := max(1, n/10)
	nModel := max(1, n/2)
	nPath := max(1, n/4)
	nEval := max(1, n-nProj-nModel-nPath)

	g.programme = g.newDoc("ohjelmat", programmeID, "Työkykyohjelma 2020–2022", programmeSections)
	g.programme.created, g.programme.modified = epoch.AddDate(0, 5, 0), last
	for _, c := range criteriaSets {
		d := g.newDoc("kriteeristot", c.id, c.title, criteriaSections)
		d.created, d.modified = epoch.AddDate(0, 5, 0), epoch.AddDate(1, g.r.IntN(24), 0)
		g.criteria = append(g.criteria, d)
	}
	g.statement = g.newDoc("saavutettavuus", "saavutettavuusseloste", "Saavutettavuusseloste", statementSections)
	g.statement.created, g.statement.modified = epoch.AddDate(4, 0, 14), last

	titles := map[string]int{}
	unique := func(t string) string {
		titles[t]++
		if c := titles[t]; c > 1 {
			return fmt.Sprintf("%s %d", t, c)
		}
		return t
	}
	for i := range nProj {
		m := municipalities[g.r.IntN(len(municipalities))]
		title := unique(projectThemes[g.r.IntN(len(projectThemes))] + " " + m.loc)
		d := g.newDoc("hankkeet", markdown.Slug(title), title, g.pick(projectSections))
		d.muni = m
		d.measure = i % len(measures)
		d.created = epoch.AddDate(0, 0, g.r.IntN(540))
		d.modified = minTime(d.created.AddDate(0, 0, 120+g.r.IntN(1400)), last)
		d.keywords = g.sample(keywordPool, 3+g.r.IntN(4))
		d.targets = g.sample(targetGroupPool, 1+g.r.IntN(3))
		g.projects = append(g.projects, d)
	}
	for i := range nModel {
		p := g.projects[i%nProj]
		m := p.muni
		if g.r.IntN(4) == 0 {
			m = municipalities[g.r.IntN(len(municipalities))]
		}
		title := unique(modelBases[g.r.IntN(len(modelBases))] + " " + m.loc)
		d := g.newDoc("toimintamallit", markdown.Slug(title), title, g.pick(modelSections))
		d.muni, d.project = m, p
		d.created = p.created.AddDate(0, 0, 30+g.r.IntN(300))
		d.modified = minTime(d.created.AddDate(0, 0, 60+g.r.IntN(1200)), last)
		d.keywords = g.sample(keywordPool, 2+g.r.IntN(5))
		d.targets = g.sample(targetGroupPool, 1+g.r.IntN(3))
		p.models = append(p.models, d)
		g.models = append(g.models, d)
	}
	for _, d := range g.models { // related models: others of the same project
		for _, o := range d.project.models {
			if o != d && len(d.models) < 2 && g.r.IntN(3) == 0 {
				d.models = append(d.models, o)
			}
		}
	}
	for i := range nPath {
		p := g.projects[i%nProj]
		title := unique(pathBases[g.r.IntN(len(pathBases))] + " " + p.muni.loc)
		d := g.newDoc("palvelupolut", markdown.Slug(title), title, g.pick(pathSections))
		d.muni, d.project = p.muni, p
		d.created = p.created.AddDate(0, 0, 60+g.r.IntN(300))
		d.modified = minTime(d.created.AddDate(0, 0, 30+g.r.IntN(900)), last)
		d.keywords = g.sample(keywordPool, 2+g.r.IntN(3))
		d.targets = g.sample(targetGroupPool, 1+g.r.IntN(2))
		pool := p.models
		if len(pool) == 0 {
			pool = g.models
		}
		for range 1 + g.r.IntN(3) {
			if m := pool[g.r.IntN(len(pool))]; !slices.Contains(d.models, m) {
				d.models = append(d.models, m)
			}
		}
		for _, m := range d.models {
			m.paths = append(m.paths, d)
		}
		p.paths = append(p.paths, d)
		g.paths = append(g.paths, d)
	}
	phaseTitle := []string{"alkutilanteen itsearviointi", "välitilanteen itsearviointi", "lopputilanteen itsearviointi"}
	for i := range nEval {
		var subject *doc
		crit := 0
		if i%5 < 3 {
			subject = g.projects[i%nProj]
			crit = []int{0, 0, 2}[g.r.IntN(3)]
		} else {
			subject = g.models[i%nModel]
			crit = 1 + g.r.IntN(2)
		}
		phase := len(subject.evals) % 3
		title := unique(subject.title + " – " + phaseTitle[phase])
		d := g.newDoc("itsearvioinnit", markdown.Slug(title), title, g.pick(evalSections))
		d.project, d.criteria, d.phase, d.muni = subject, crit, phase, subject.muni
		d.created = subject.created.AddDate(0, 2+6*phase+g.r.IntN(4), g.r.IntN(28))
		d.modified = minTime(d.created.AddDate(0, 0, 7+g.r.IntN(60)), last)
		if d.modified.Before(d.created) {
			d.created = d.modified
		}
		d.keywords = []string{"itsearviointi", []string{"alkutilanne", "välitilanne", "lopputilanne"}[phase]}
		subject.evals = append(subject.evals, d)
		g.evals = append(g.evals, d)
	}
	g.home = &doc{kind: "", id: "_index", title: "Työkykyohjelman toimintamallit ja hankkeet", path: "_index.md",
		created: epoch.AddDate(5, 0, 14), modified: last}
	g.home.rng = *rand.NewPCG(seed, 0)
	for _, s := range homeSections {
		g.home.secs = append(g.home.secs, sec{def: s})
	}

	g.all = append(g.all, g.home, g.programme)
	g.all = append(g.all, g.criteria...)
	g.all = append(g.all, g.statement)
	g.all = append(g.all, g.projects...)
	g.all = append(g.all, g.models...)
	g.all = append(g.all, g.paths...)
	g.all = append(g.all, g.evals...)
	return g
}

// newDoc plans a document of kind with the sections given (and the H3s of
// some of them), under an id no other project or model has.
func (g *corpus) newDoc(kind, id, title string, secs []sectionDef) *doc {
	for i := 2; g.ids[id]; i++ {
		id = fmt.Sprintf("%s-%d", strings.TrimRight(id, "0123456789-"), i)
	}
	g.ids[id] = true
	d := &doc{kind: kind, id: id, title: title, path: kind + "/" + id + ".md"}
	d.rng = *rand.NewPCG(g.seed, uint64(len(g.ids))<<8|0x5a)
	for _, s := range secs {
		p := sec{def: s}
		if subs := subheadings[s.key]; len(subs) > 0 && g.r.IntN(3) > 0 {
			p.subs = g.sample(subs, 1+g.r.IntN(min(3, len(subs))))
		}
		if s.key == "toimenpidekokonaisuudet" {
			for _, m := range measures {
				p.subs = append(p.subs, m.heading)
			}
		}
		d.secs = append(d.secs, p)
	}
	return d
}

// pick returns the sections a document has: every one marked always and
// about half of the others, in the schema's order.
func (g *corpus) pick(defs []sectionDef) []sectionDef {
	var out []sectionDef
	for _, s := range defs {
		if s.always || g.r.IntN(2) == 0 {
			out = append(out, s)
		}
	}
	return out
}

// sample returns k distinct items of pool, in pool order.
func (g *corpus) sample(pool []string, k int) []string {
	idx := g.r.Perm(len(pool))[:min(k, len(pool))]
	slices.Sort(idx)
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = pool[j]
	}
	return out
}

// href is the relative link from one document's file to another's, with
// an optional anchor.
func href(from, to *doc, anchor string) string {
	h := "../" + to.path
	if from.kind == "" { // the home page's text is content/_index.md
		h = to.path
	}
	if anchor != "" {
		h += "#" + anchor
	}
	return h
}

package render

import (
	"fmt"
	"html/template"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/frontmatter"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// The self-evaluation pages, all from the schemas' keywords: a list of
// scores (x-malli-scorecard) as a table grouped by its criteria set's
// groups (x-malli-grouped on the set's criteria), each score with its
// scale's label and traffic light (x-malli-scale), totals per group and
// overall, and a chart; the evaluations of the same subject with the same
// criteria set side by side by phase, on each of their pages and on the
// subject's; a criteria set's criteria under their groups' headings, with
// the scale once as a legend.

// Score is one score as a page shows it: its value, the scale's words for
// it and its traffic light, or that the criterion was not applicable
// (with the reason) or was not scored.
type Score struct {
	Value  string // "2"
	Label  string // "Toteutuu täysin"
	Light  string // the traffic light's code ("green"), the theme's class light-<code>; "" for none
	NA     bool   // marked not applicable
	Exempt bool   // the criterion is for others than the subject (x-malli-each-once's applies: another measure's)
	None   bool   // no score: not scored, or no evaluation
	Reason string // the rationale
}

// ScoreTotal is the totals of a group of scores, as the scale allows:
// the sum (out of the most the scored criteria could have) and the mean.
type ScoreTotal struct {
	Sum, Max string // "15", "22"; "" when the scale allows no sum
	Mean     string // "1,4"; "" when the scale allows no mean or nothing is scored
	Scored   int    // criteria scored
	NA       int    // criteria marked not applicable
	Count    int    // criteria in the group that apply to the subject
	mean     float64
}

// ScoreRow is a criterion and its score.
type ScoreRow struct {
	Criterion Link
	Score     Score
}

// ScoreGroup is the criteria of one group.
type ScoreGroup struct {
	Title string
	Rows  []ScoreRow
	Total ScoreTotal
}

// Scorecard is a self-evaluation's scores (x-malli-scorecard).
type Scorecard struct {
	Title     string // the list's label ("Pisteet")
	Set       Link   // the criteria set
	Criterion string // the column headers: the key's, the score's and the reason's labels
	ScoreHead string
	Reason    string
	Scale     []Score // the scale, lowest first
	Groups    []ScoreGroup
	Total     ScoreTotal
	Chart     template.HTML // the group means by phase (SVG), whose text alternative is the tables
}

// PhaseColumn is one evaluation in a comparison by phase.
type PhaseColumn struct {
	Phase   string     // the phase's label ("Alkutilanne")
	Doc     Link       // the evaluation; Current on its own page
	Total   ScoreTotal // of every criterion
	Current bool
}

// PhaseCell is a criterion's score in one phase and the change from the
// phase before (the previous column with a score).
type PhaseCell struct {
	Score      Score
	Change     string // "+1", "−1", "±0"; "" for none
	ChangeText string // the change in words, for screen readers
}

// PhaseRow is a criterion in every phase.
type PhaseRow struct {
	Criterion Link
	Cells     []PhaseCell
}

// PhaseGroup is the rows of one group, and its totals per phase.
type PhaseGroup struct {
	Title  string
	Rows   []PhaseRow
	Totals []ScoreTotal
}

// Phases compares a subject's evaluations with one criteria set by phase
// (the phase enum's order): a column per evaluation, and the phases with
// none said out loud.
type Phases struct {
	ID      string // the section's anchor id, unique on the page
	Set     Link
	Subject Link
	Columns []PhaseColumn
	Missing []string // the phases not yet evaluated ("Välitilanne")
	Groups  []PhaseGroup
	Span    int  // the columns of a group's heading row: 1 + len(Columns)
	Table   bool // the table is worth showing: more than one evaluation, or on the subject's page
	chart   chartData
}

// GroupedList is a list shown under its groups' headings (x-malli-grouped).
type GroupedList struct {
	Title  string
	Groups []ItemGroup
}

// ItemGroup is one group's items.
type ItemGroup struct {
	Title string
	Items []GroupedItem
}

// GroupedItem is one item: its anchor id, its title and its other fields.
type GroupedItem struct {
	ID, Title string
	Fields    []Field
}

// ScaleLegend is a scale (x-malli-scale) shown once, as a legend.
type ScaleLegend struct {
	Title string
	Steps []Score
}

// fillEvaluation puts on p what the evaluation keywords of d's schema
// show — its scorecards and their comparison by phase, its grouped lists
// and its scales — and the comparisons of the evaluations of which d is
// the subject. It adds the pointers shown so to tabled, which the field
// list leaves out.
func (r *Renderer) fillEvaluation(p *Page, d *page.Document, lang diag.Lang, tabled map[string]bool) {
	for _, sc := range d.Report.Scorecards {
		if card, ph, ok := r.scorecard(d, sc, lang, len(p.Phases)+1); ok {
			p.Scorecards = append(p.Scorecards, card)
			if ph != nil {
				p.Phases = append(p.Phases, *ph)
			}
			tabled[sc.Pointer] = true
		}
	}
	for _, gr := range d.Report.Groupings {
		if gl, ok := r.grouped(d, gr, lang); ok {
			p.Grouped = append(p.Grouped, gl)
			tabled[gr.Pointer] = true
		}
	}
	for _, s := range d.Report.Scales {
		if steps := scaleSteps(d, s, lang); len(steps) > 0 {
			p.Scales = append(p.Scales, ScaleLegend{Title: d.Report.Label(s.Pointer).Label.In(lang), Steps: steps})
			tabled[s.Pointer] = true
		}
	}
	for _, c := range r.subjectOf(d) {
		if ph := r.phases(c.subject, c.eval, c.spec, lang, nil); ph != nil {
			ph.ID = fmt.Sprintf("vaiheet-%d", len(p.Phases)+1)
			p.Phases = append(p.Phases, *ph)
		}
	}
}

// scoring is what a scorecard reads of another document: the criteria
// set, its list of criteria and their grouping, and its scale.
type scoring struct {
	set      *page.Document
	setPtr   string // the pointer of the reference to the set (the in-scale's From)
	setID    string
	item     string // the set's list of criteria
	groupBy  string
	title    string
	scale    []map[string]any
	scaleKey string
	spec     schema.Scale
	min, max float64
	// exempt reports whether a criterion is for others than the
	// subject (a criterion of another measure than the project's).
	exempt func(m map[string]any) bool
}

// scoringOf finds the criteria set of d's scorecard sc, in lang where it
// is translated.
func (r *Renderer) scoringOf(d *page.Document, sc schema.Located[schema.Scorecard], lang diag.Lang) (*scoring, bool) {
	s := &scoring{title: "title", exempt: func(map[string]any) bool { return false }}
	for _, e := range d.Report.EachOnce {
		if a := e.Spec.Applies; e.Pointer == sc.Pointer && a != nil {
			if subj := target(r.g, d, a.From, page.DefaultLang); subj != nil {
				if has := stringList(subj.Params[a.Field]); len(has) > 0 {
					s.exempt = func(m map[string]any) bool {
						only := stringList(m[a.List])
						return len(only) > 0 && !slices.ContainsFunc(only, func(v string) bool { return slices.Contains(has, v) })
					}
				}
			}
		}
	}
	keySuffix := "/" + schema.EscapeToken(sc.Spec.Key)
	for _, ref := range d.Report.Refs {
		if strings.HasPrefix(ref.Pointer, sc.Pointer+"/") && strings.HasSuffix(ref.Pointer, keySuffix) && ref.Spec.Item != "" {
			s.item, s.setPtr = ref.Spec.Item, ref.Spec.From
			break
		}
	}
	var inScale *schema.InScale
	scoreSuffix := "/" + schema.EscapeToken(sc.Spec.Score)
	for _, e := range d.Report.InScale {
		if strings.HasPrefix(e.Pointer, sc.Pointer+"/") && strings.HasSuffix(e.Pointer, scoreSuffix) {
			inScale = &e.Spec
			break
		}
	}
	if inScale != nil && s.setPtr == "" {
		s.setPtr = inScale.From
	}
	if s.setPtr == "" || s.item == "" {
		return nil, false
	}
	s.setID, _ = stringAt(d, s.setPtr)
	s.set = target(r.g, d, s.setPtr, lang)
	if s.set == nil || s.set.Report == nil {
		return nil, false
	}
	for _, gr := range s.set.Report.Groupings {
		if gr.Pointer == "/"+schema.EscapeToken(s.item) {
			s.groupBy, s.title = gr.Spec.By, gr.Spec.Title
		}
	}
	if inScale != nil {
		list, _ := s.set.Params[inScale.List].([]any)
		for _, it := range list {
			if m, ok := it.(map[string]any); ok {
				s.scale = append(s.scale, m)
			}
		}
		s.scaleKey, s.spec = inScale.Key, schema.Scale{Value: inScale.Key, Totals: []string{"sum", "mean"}}
		for _, sp := range s.set.Report.Scales {
			if sp.Pointer == "/"+schema.EscapeToken(inScale.List) {
				s.spec = sp.Spec
			}
		}
		s.min, s.max = math.Inf(1), math.Inf(-1)
		for _, m := range s.scale {
			if v, ok := number(m[s.scaleKey]); ok {
				s.min, s.max = math.Min(s.min, v), math.Max(s.max, v)
			}
		}
		if s.min > s.max {
			s.min, s.max = 0, 0
		}
	}
	return s, true
}

// criteria returns the set's criteria in its order, grouped by their group field.
func (s *scoring) criteria() (groups []string, items map[string][]map[string]any) {
	list, _ := s.set.Params[s.item].([]any)
	items = map[string][]map[string]any{}
	for _, it := range list {
		m, ok := it.(map[string]any)
		if !ok {
			continue
		}
		g, _ := m[s.groupBy].(string)
		if _, seen := items[g]; !seen {
			groups = append(groups, g)
		}
		items[g] = append(items[g], m)
	}
	return groups, items
}

// link returns the link to criterion m on the set's page.
func (s *scoring) link(g *graph.Graph, m map[string]any, lang diag.Lang) Link {
	id, _ := m["id"].(string)
	title, _ := m[s.title].(string)
	if title == "" {
		title = id
	}
	l := Link{Text: title, Href: g.Href(s.set.URL) + "#" + id}
	if s.set.Lang != lang {
		l.Lang = string(s.set.Lang)
	}
	return l
}

// score returns the score of criterion id in d's scorecard sc.
func (s *scoring) score(d *page.Document, sc schema.Scorecard, ptr string, criterion map[string]any) Score {
	id, _ := criterion["id"].(string)
	list, _ := schema.Get(d.Params, ptr)
	items, _ := list.([]any)
	for _, it := range items {
		m, _ := it.(map[string]any)
		if m == nil || m[sc.Key] != id {
			continue
		}
		out := Score{}
		out.Reason, _ = m[sc.Reason].(string)
		if na, _ := m[sc.NotApplicable].(bool); na && sc.NotApplicable != "" {
			out.NA = true
			return out
		}
		v, ok := m[sc.Score]
		if !ok {
			out.None = true
			return out
		}
		out.Value = fmt.Sprint(v)
		for _, step := range s.scale {
			if fmt.Sprint(step[s.scaleKey]) == out.Value {
				out.Label, _ = step[s.spec.Label].(string)
				out.Light, _ = step[s.spec.Light].(string)
			}
		}
		return out
	}
	if s.exempt(criterion) {
		return Score{Exempt: true}
	}
	return Score{None: true}
}

// total sums up scores as the scale allows.
func (s *scoring) total(scores []Score, lang diag.Lang) ScoreTotal {
	t := ScoreTotal{}
	sum := new(big.Rat)
	for _, sc := range scores {
		if !sc.Exempt {
			t.Count++
		}
		switch {
		case sc.NA:
			t.NA++
		case !sc.None:
			if v, ok := new(big.Rat).SetString(sc.Value); ok {
				sum.Add(sum, v)
				t.Scored++
			}
		}
	}
	if slices.Contains(s.spec.Totals, "sum") {
		t.Sum = decimal(sum.RatString(), lang)
		t.Max = decimal(strconv.FormatFloat(s.max*float64(t.Scored), 'f', -1, 64), lang)
	}
	if t.Scored > 0 {
		f, _ := sum.Float64()
		t.mean = f / float64(t.Scored)
		if slices.Contains(s.spec.Totals, "mean") {
			t.Mean = decimal(strconv.FormatFloat(t.mean, 'f', 1, 64), lang)
		}
	}
	return t
}

// light returns the traffic light of the scale value nearest to v.
func (s *scoring) light(v float64) string {
	best, light := math.Inf(1), ""
	for _, step := range s.scale {
		if x, ok := number(step[s.scaleKey]); ok && math.Abs(x-v) < best {
			best = math.Abs(x - v)
			light, _ = step[s.spec.Light].(string)
		}
	}
	return light
}

// scorecard builds the table of d's scorecard sc and its comparison by phase.
func (r *Renderer) scorecard(d *page.Document, sc schema.Located[schema.Scorecard], lang diag.Lang, n int) (Scorecard, *Phases, bool) {
	s, ok := r.scoringOf(d, sc, lang)
	if !ok {
		return Scorecard{}, nil, false
	}
	first := sc.Pointer + "/0/"
	card := Scorecard{
		Title:     d.Report.Label(sc.Pointer).Label.In(lang),
		Set:       docLink(r.g, s.set, lang),
		Criterion: d.Report.Label(first + schema.EscapeToken(sc.Spec.Key)).Label.In(lang),
		ScoreHead: d.Report.Label(first + schema.EscapeToken(sc.Spec.Score)).Label.In(lang),
		Reason:    d.Report.Label(first + schema.EscapeToken(sc.Spec.Reason)).Label.In(lang),
	}
	for _, m := range s.scale {
		card.Scale = append(card.Scale, s.step(m))
	}
	groups, items := s.criteria()
	var all []Score
	for _, g := range groups {
		grp := ScoreGroup{Title: g}
		var scores []Score
		for _, m := range items[g] {
			row := ScoreRow{Criterion: s.link(r.g, m, lang), Score: s.score(d, sc.Spec, sc.Pointer, m)}
			grp.Rows = append(grp.Rows, row)
			scores = append(scores, row.Score)
		}
		grp.Total = s.total(scores, lang)
		all = append(all, scores...)
		card.Groups = append(card.Groups, grp)
	}
	card.Total = s.total(all, lang)
	var ph *Phases
	if subj := target(r.g, d, sc.Spec.Subject, lang); subj != nil {
		ph = r.phases(subj, d, sc, lang, d)
	}
	if ph != nil {
		ph.ID = fmt.Sprintf("vaiheet-%d", n)
		card.Chart = phaseChart(ph, s, r.th, lang)
	}
	return card, ph, true
}

func (s *scoring) step(m map[string]any) Score {
	st := Score{Value: fmt.Sprint(m[s.scaleKey])}
	st.Label, _ = m[s.spec.Label].(string)
	st.Light, _ = m[s.spec.Light].(string)
	return st
}

// scaleSteps returns the steps of the scale s of d.
func scaleSteps(d *page.Document, s schema.Located[schema.Scale], lang diag.Lang) []Score {
	list, _ := schema.Get(d.Params, s.Pointer)
	items, _ := list.([]any)
	sc := &scoring{scaleKey: s.Spec.Value, spec: s.Spec}
	var out []Score
	for _, it := range items {
		if m, ok := it.(map[string]any); ok {
			out = append(out, sc.step(m))
		}
	}
	return out
}

// comparison is an evaluation eval (with scorecard spec) of subject.
type comparison struct {
	subject, eval *page.Document
	spec          schema.Located[schema.Scorecard]
}

// subjectOf returns, for each criteria set that evaluations whose subject
// d is use, one of them, by the set's title.
func (r *Renderer) subjectOf(d *page.Document) []comparison {
	var out []comparison
	var titles []string
	seen := map[string]bool{}
	for _, e := range r.g.In(d) {
		ev := r.g.Doc(e.From)
		if ev == nil || ev.Report == nil {
			continue
		}
		for _, sc := range ev.Report.Scorecards {
			if sc.Spec.Subject != e.Pointer {
				continue
			}
			s, ok := r.scoringOf(ev, sc, ev.Lang)
			if !ok || seen[ev.Type.Name+"\x00"+s.setID] {
				continue
			}
			seen[ev.Type.Name+"\x00"+s.setID] = true
			i, _ := slices.BinarySearch(titles, s.set.Title+"\x00"+s.setID)
			titles = slices.Insert(titles, i, s.set.Title+"\x00"+s.setID)
			out = slices.Insert(out, i, comparison{d, ev, sc})
		}
	}
	return out
}

// siblings returns the published evaluations of subj of ev's type whose
// scorecard at sc's pointer names subj at its Subject and the same
// criteria set as ev, in the order of their phase and then their URL.
func siblings(g *graph.Graph, subj, ev *page.Document, sc schema.Located[schema.Scorecard], setPtr string) []*page.Document {
	setID, _ := stringAt(ev, setPtr)
	var out []*page.Document
	seen := map[page.Key]bool{}
	for _, e := range g.In(subj) {
		if e.Pointer != sc.Spec.Subject || e.From.Type != ev.Type.Name || seen[e.From] {
			continue
		}
		seen[e.From] = true
		o := g.Doc(e.From)
		if o == nil || o.Report == nil || !slices.ContainsFunc(o.Report.Scorecards, func(x schema.Located[schema.Scorecard]) bool { return x.Pointer == sc.Pointer }) {
			continue
		}
		if id, _ := stringAt(o, setPtr); id == setID {
			out = append(out, o)
		}
	}
	phases := ev.Report.Enum(sc.Spec.Phase)
	rank := func(d *page.Document) int {
		p, _ := stringAt(d, sc.Spec.Phase)
		if i := slices.Index(phases, p); i >= 0 {
			return i
		}
		return len(phases)
	}
	slices.SortStableFunc(out, func(a, b *page.Document) int {
		if c := rank(a) - rank(b); c != 0 {
			return c
		}
		return strings.Compare(a.URL, b.URL)
	})
	return out
}

// phases compares the evaluations of subj with ev's criteria set by phase;
// current is the page's own evaluation, or nil on the subject's page.
func (r *Renderer) phases(subj, ev *page.Document, sc schema.Located[schema.Scorecard], lang diag.Lang, current *page.Document) *Phases {
	g := r.g
	s, ok := r.scoringOf(ev, sc, lang)
	if !ok {
		return nil
	}
	evs := siblings(g, subj, ev, sc, s.setPtr)
	if current != nil && !slices.Contains(evs, current) {
		return nil // a draft's page, in a build without drafts
	}
	if len(evs) == 0 {
		return nil
	}
	ph := &Phases{Set: docLink(g, s.set, lang), Subject: docLink(g, g.Variant(subj.Key(), lang), lang)}
	done := map[string]bool{}
	for _, e := range evs {
		v := g.Variant(e.Key(), lang)
		code, _ := stringAt(e, sc.Spec.Phase)
		done[code] = true
		col := PhaseColumn{Phase: code, Doc: docLink(g, v, lang), Current: e == current}
		if l := e.Report.EnumLabel(sc.Spec.Phase, code); l != nil {
			col.Phase = l.In(lang)
		}
		col.Doc.Current = col.Current
		ph.Columns = append(ph.Columns, col)
	}
	for _, code := range ev.Report.Enum(sc.Spec.Phase) {
		if !done[code] {
			label := code
			if l := ev.Report.EnumLabel(sc.Spec.Phase, code); l != nil {
				label = l.In(lang)
			}
			ph.Missing = append(ph.Missing, label)
		}
	}
	groups, items := s.criteria()
	all := make([][]Score, len(evs))
	for _, gname := range groups {
		grp := PhaseGroup{Title: gname}
		cols := make([][]Score, len(evs))
		for _, m := range items[gname] {
			row := PhaseRow{Criterion: s.link(g, m, lang)}
			var prev *Score
			for i, e := range evs {
				cell := PhaseCell{Score: s.score(e, sc.Spec, sc.Pointer, m)}
				cols[i] = append(cols[i], cell.Score)
				if !cell.Score.None && !cell.Score.NA {
					if prev != nil {
						cell.Change, cell.ChangeText = change(prev.Value, cell.Score.Value, r.th, lang)
					}
					sc := cell.Score
					prev = &sc
				}
				row.Cells = append(row.Cells, cell)
			}
			grp.Rows = append(grp.Rows, row)
		}
		for i := range evs {
			grp.Totals = append(grp.Totals, s.total(cols[i], lang))
			all[i] = append(all[i], cols[i]...)
		}
		ph.Groups = append(ph.Groups, grp)
	}
	for i := range ph.Columns {
		ph.Columns[i].Total = s.total(all[i], lang)
	}
	ph.Span = 1 + len(ph.Columns)
	ph.Table = len(ph.Columns) > 1 || current == nil
	ph.chart = chartData{min: s.min, max: s.max}
	return ph
}

// change writes the change from a to b, "+1", and in words.
func change(a, b string, th *Theme, lang diag.Lang) (string, string) {
	x, ok1 := new(big.Rat).SetString(a)
	y, ok2 := new(big.Rat).SetString(b)
	if !ok1 || !ok2 {
		return "", ""
	}
	d := new(big.Rat).Sub(y, x)
	n := decimal(new(big.Rat).Abs(d).RatString(), lang)
	switch d.Sign() {
	case 1:
		return "+" + n, strings.ReplaceAll(th.T(lang, "change_up"), "{n}", n)
	case -1:
		return "−" + n, strings.ReplaceAll(th.T(lang, "change_down"), "{n}", n)
	}
	return "±0", th.T(lang, "change_none")
}

// grouped builds list gr of d under its groups' headings.
func (r *Renderer) grouped(d *page.Document, gr schema.Located[schema.Grouped], lang diag.Lang) (GroupedList, bool) {
	node := frontNode(d, gr.Pointer)
	if node == nil || node.Kind != frontmatter.List || len(node.Items) == 0 {
		return GroupedList{}, false
	}
	gl := GroupedList{Title: d.Report.Label(gr.Pointer).Label.In(lang)}
	at := map[string]int{}
	for i, it := range node.Items {
		if it.Kind != frontmatter.Map {
			continue
		}
		group := ""
		if n := it.Get(gr.Spec.By); n != nil && n.Kind == frontmatter.String {
			group = n.Text
		}
		k, ok := at[group]
		if !ok {
			k = len(gl.Groups)
			at[group] = k
			gl.Groups = append(gl.Groups, ItemGroup{Title: group})
		}
		item := GroupedItem{}
		ptr := fmt.Sprintf("%s/%d", gr.Pointer, i)
		for _, e := range it.Entries {
			if e.Value == nil {
				continue
			}
			switch e.Key {
			case "id":
				item.ID = e.Value.Text
			case gr.Spec.Title:
				item.Title = e.Value.Text
			case gr.Spec.By:
			default:
				item.Fields = append(item.Fields, field(r.g, d, lang, ptr+"/"+schema.EscapeToken(e.Key), e.Key, e.Value))
			}
		}
		if item.Title == "" {
			item.Title = item.ID
		}
		gl.Groups[k].Items = append(gl.Groups[k].Items, item)
	}
	return gl, true
}

// frontNode returns the front matter node of d at a top-level pointer.
func frontNode(d *page.Document, ptr string) *frontmatter.Node {
	if d.Front == nil || strings.Count(ptr, "/") != 1 {
		return nil
	}
	key := strings.NewReplacer("~1", "/", "~0", "~").Replace(ptr[1:])
	return d.Front.Get(key)
}

// Reads returns the documents besides its neighbours (graph.Out, graph.In)
// whose front matter d's page shows: the other evaluations of its subject
// with the same criteria set, and the criteria sets of the evaluations
// whose subject d is, by key in any language. The build's keys read them
// (site/keys.go), so that a page follows its comparison by phase.
func Reads(g *graph.Graph, d *page.Document) []page.Key {
	if d.Report == nil || d.IsIndex {
		return nil
	}
	var out []page.Key
	for _, sc := range d.Report.Scorecards {
		setPtr := ""
		for _, e := range d.Report.InScale {
			if strings.HasPrefix(e.Pointer, sc.Pointer+"/") {
				setPtr = e.Spec.From
				break
			}
		}
		if subj := target(g, d, sc.Spec.Subject, d.Lang); subj != nil && setPtr != "" {
			for _, o := range siblings(g, subj, d, sc, setPtr) {
				out = append(out, o.Key().AllLangs())
				for _, e := range g.Out(o) {
					out = append(out, e.To.AllLangs()) // their criteria set, subject and others
				}
			}
		}
	}
	for _, e := range g.In(d) {
		if o := g.Doc(e.From); o != nil && o.Report != nil && len(o.Report.Scorecards) > 0 {
			for _, oe := range g.Out(o) {
				out = append(out, oe.To.AllLangs())
			}
		}
	}
	slices.SortFunc(out, func(a, b page.Key) int { return strings.Compare(a.String(), b.String()) })
	return slices.Compact(out)
}

// target returns the document that d's reference at ptr names, in lang
// where it is translated, or nil.
func target(g *graph.Graph, d *page.Document, ptr string, lang diag.Lang) *page.Document {
	for _, e := range g.Out(d) {
		if e.Pointer == ptr {
			return g.Variant(e.To, lang)
		}
	}
	return nil
}

func docLink(g *graph.Graph, d *page.Document, lang diag.Lang) Link {
	if d == nil {
		return Link{}
	}
	l := Link{Text: d.Title, Href: g.Href(d.URL)}
	if d.Lang != lang {
		l.Lang = string(d.Lang)
	}
	return l
}

func stringAt(d *page.Document, ptr string) (string, bool) {
	v, ok := schema.Get(d.Params, ptr)
	s, _ := v.(string)
	return s, ok && s != ""
}

// stringList returns a string value, or the strings of a list, as a list
// (as graph.stringList does for the checks).
func stringList(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func number(v any) (float64, bool) {
	r, ok := schema.Rat(v)
	if !ok {
		return 0, false
	}
	f, _ := r.Float64()
	return f, true
}

// decimal writes the decimal text s ("1.8", "-1", "29/2") as lang writes
// numbers (Format), keeping the decimals s has.
func decimal(s string, lang diag.Lang) string {
	r, ok := rat(s)
	if !ok {
		return s
	}
	d := 0
	if _, frac, ok := strings.Cut(s, "."); ok {
		d = len(frac)
	} else if strings.Contains(s, "/") {
		d = decimals(r, 2)
	}
	return Format{Lang: lang}.digits(r, d)
}

package render

// The situational picture (tilannekuva) of the home page, for a
// programme's coordination group, and the project page's hub. What each
// field means comes from the schemas' x-malli "picture" blocks
// (schema.Picture): a project's measure, area, status, period, aid and
// costs, what it produces and which of its reports are done; an
// evaluation's project, phase, day and scores; a monitoring document's
// rounds and the targets of its indicators.
//
// Nothing here reads the clock. What is due or overdue is told against the
// picture's reference date: the newest modified date among the build's
// documents, which the page names.

import (
	"fmt"
	"html/template"
	"math/big"
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/internal/isodate"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// Picture is the home page's situational picture.
type Picture struct {
	Date, ISO string // the reference date: the newest modified date of the build's documents
	Projects  []ProjectView
	Type      TypeInfo // the projects' type
	Heads     PictureHeads
	Matrices  []Matrix
	Due       DueTable // what is due, by date
	Drafts    bool     // some project is a draft (a build with drafts)
}

// PictureHeads are the labels of the projects table's columns that the
// schema names (the fields' labels).
type PictureHeads struct {
	Measure, Status, Period, Aid, Costs string
}

// ProjectView is one project as the picture and its own page show it.
type ProjectView struct {
	Link       Link
	Measures   []Link
	Regions    []string
	Status     string
	Start, End string // as the language writes them
	StartISO   string
	EndISO     string
	Aid, Costs string // money
	Share      string // the aid's share of the costs, a percentage
	Produces   []LinkGroup
	Tracks     []Track // evaluations and monitoring by phase
	Scores     []ScoreView
	Due        []DueView
	Monitored  []Monitored
	Draft      *Figure // a draft's publishing readiness
}

// LinkGroup is a labelled list of links: a project's models, its service paths.
type LinkGroup struct {
	Label string
	Links []Link
}

// Track is one kind of evaluation of a project (its self-evaluations, its
// monitoring) phase by phase.
type Track struct {
	Type   TypeInfo
	Phases []PhaseView
}

// PhaseView is one phase of a Track: done (by the documents in Done), or
// due by a date (overdue when that date is before the reference date), or
// neither dated nor done.
type PhaseView struct {
	Code, Label string
	Done        []Link // Text: the day it was done; Note: the document's title
	Due, DueISO string
	DueFrom     string // what the due date is: the last evaluation's next date, or the project's last day
	Overdue     bool
}

// ScoreView is a project's latest evaluation with one criteria set.
type ScoreView struct {
	Eval     Link // the evaluation; Text its title
	Set      Link // the criteria set
	Phase    string
	Date     string
	Points   string
	Max      string
	Percent  string
	Criteria int // how many criteria were scored
}

// DueTable is what is due, by date, as a table shows it.
type DueTable struct {
	Caption     string
	WithProject bool // a column names each row's project
	Due         []DueView
}

// DueView is something due of a project: its final report.
type DueView struct {
	Label         string
	Project       Link
	Date, ISO     string
	Done, DoneISO string // the day it was done, if it was
	Overdue       bool
	Rule          Link // the document whose rule sets the date
}

// Monitored is a monitoring document's indicators that have targets,
// with their latest values.
type Monitored struct {
	Caption    string
	Doc        Link
	Set        Link // the indicator set
	Indicators []IndicatorView
}

// IndicatorView is one indicator's latest value against its target.
type IndicatorView struct {
	Link       Link   // the indicator in its set
	Value      string // the latest value, "" when there is none
	Unit       string
	Phase      string // of the latest value's round
	Target     string // a numeric target
	TargetNote string
	Met        string // "yes", "no", or "" when there is no numeric target or value
}

// Matrix is the projects by measure (rows) and by area (columns).
type Matrix struct {
	Caption string
	Corner  string
	Cols    []string
	Rows    []MatrixRow
	ID      string        // the drawing's id, unique on the page
	SVG     template.HTML // the matrix drawn (matrix.go); the table is its text alternative
}

// MatrixRow is one measure and its projects in each column.
type MatrixRow struct {
	Head  Link
	Cells [][]Link
	Count int
}

// pictureTypes returns the types of each picture role.
func (r *Renderer) pictureTypes(role string) []*schema.Type {
	var out []*schema.Type
	for _, t := range r.reg.Types {
		if t.Picture != nil && t.Picture.Role == role {
			out = append(out, t)
		}
	}
	return out
}

// referenceDate is the newest modified date among the build's documents.
func referenceDate(g *graph.Graph) string {
	ref := ""
	for _, d := range g.Docs {
		if isodate.Valid(d.Modified) && d.Modified > ref {
			ref = d.Modified
		}
	}
	return ref
}

// picture builds lang's situational picture.
func (r *Renderer) picture(lang diag.Lang) *Picture {
	f := Format{lang}
	pic := &Picture{ISO: referenceDate(r.g)}
	pic.Date = f.Date(pic.ISO)
	for _, t := range r.pictureTypes(schema.PictureProject) {
		pic.Type = typeInfo(r.g, t, lang)
		for _, d := range r.listed[lang][t.Name] {
			pv := r.project(d, lang, pic.ISO)
			pic.Drafts = pic.Drafts || pv.Draft != nil
			pic.Due.Due = append(pic.Due.Due, pv.Due...)
			pic.Projects = append(pic.Projects, pv)
			if pic.Heads == (PictureHeads{}) {
				pic.Heads = r.heads(d, t.Picture, lang)
			}
		}
		pic.Matrices = append(pic.Matrices, r.matrices(r.listed[lang][t.Name], t.Picture, lang)...)
	}
	for _, p := range pic.Projects {
		pic.Due.Due = append(pic.Due.Due, phasesDue(p)...)
	}
	sort.SliceStable(pic.Due.Due, func(i, j int) bool { return pic.Due.Due[i].ISO < pic.Due.Due[j].ISO })
	pic.Due.Caption, pic.Due.WithProject = r.th.T(lang, "picture_due_caption"), true
	return pic
}

// phasesDue are the phases of p's tracks not done that have a due date.
func phasesDue(p ProjectView) []DueView {
	var out []DueView
	for _, tr := range p.Tracks {
		for _, ph := range tr.Phases {
			if len(ph.Done) == 0 && ph.DueISO != "" {
				out = append(out, DueView{Label: tr.Type.Plural + ": " + ph.Label, Project: p.Link, Date: ph.Due, ISO: ph.DueISO, Overdue: ph.Overdue})
			}
		}
	}
	return out
}

func (r *Renderer) heads(d *page.Document, p *schema.Picture, lang diag.Lang) PictureHeads {
	label := func(ptr string) string {
		if ptr == "" {
			return ""
		}
		return d.Report.Label(ptr).Label.In(lang)
	}
	h := PictureHeads{Measure: label(p.Measure), Status: label(p.Status), Aid: label(p.Aid), Costs: label(p.Costs)}
	h.Aid = strings.TrimSuffix(h.Aid, " (€)") // the figures say €
	h.Costs = strings.TrimSuffix(h.Costs, " (€)")
	h.Period = r.th.T(lang, "picture_period")
	return h
}

// values returns the value at ptr as a list of (pointer, string) pairs:
// one for a string, one per item for a list of them.
func values(d *page.Document, ptr string) (ptrs, vals []string) {
	if ptr == "" {
		return nil, nil
	}
	v, _ := schema.Get(d.Params, ptr)
	switch v := v.(type) {
	case string:
		return []string{ptr}, []string{v}
	case []any:
		for i, x := range v {
			if s, ok := x.(string); ok {
				ptrs = append(ptrs, fmt.Sprintf("%s/%d", ptr, i))
				vals = append(vals, s)
			}
		}
	}
	return ptrs, vals
}

func str(d *page.Document, ptr string) string {
	if ptr == "" {
		return ""
	}
	v, _ := schema.Get(d.Params, ptr)
	s, _ := v.(string)
	return s
}

// docLink links to d as a page in lang shows it.
func (r *Renderer) docLink(d *page.Document, lang diag.Lang) Link {
	l := Link{Text: d.Title, Href: r.g.Href(d.URL)}
	if d.Lang != lang {
		l.Lang = string(d.Lang)
	}
	return l
}

// refLink links to the target of d's reference at ptr, named by its title.
func (r *Renderer) refLink(d *page.Document, ptr, id string, lang diag.Lang) (Link, bool) {
	href := r.g.Refs(d)[ptr]
	if href == "" {
		return Link{}, false
	}
	l := Link{Text: id, Href: href}
	if t, tl := refTitle(r.g, d, ptr, id, lang); t != "" {
		l.Text = t
		if tl != lang {
			l.Lang = string(tl)
		}
	}
	return l, true
}

// target returns the document d's reference at ptr names, in lang.
func (r *Renderer) target(d *page.Document, ptr string, lang diag.Lang) *page.Document {
	for _, e := range r.g.Out(d) {
		if e.Pointer == ptr {
			return r.g.Variant(e.To, lang)
		}
	}
	return nil
}

// related returns the published documents, in lang, whose type has a
// picture of role and whose reference Of names d.
func (r *Renderer) related(d *page.Document, role string, lang diag.Lang) map[*schema.Type][]*page.Document {
	out := map[*schema.Type][]*page.Document{}
	seen := map[page.Key]bool{}
	for _, e := range r.g.In(d) {
		from := r.g.Variant(e.From, lang)
		if from == nil || seen[e.From] || from.Type.Picture == nil || from.Type.Picture.Role != role || e.Pointer != from.Type.Picture.Of {
			continue
		}
		seen[e.From] = true
		out[from.Type] = append(out[from.Type], from)
	}
	for _, docs := range out {
		sort.SliceStable(docs, func(i, j int) bool { return docs[i].URL < docs[j].URL })
	}
	return out
}

// project builds the view of project d in lang, with what is due or
// overdue against the reference date ref.
func (r *Renderer) project(d *page.Document, lang diag.Lang, ref string) ProjectView {
	f, p := Format{lang}, d.Type.Picture
	pv := ProjectView{Link: r.docLink(d, lang)}
	ptrs, ids := values(d, p.Measure)
	for i, ptr := range ptrs {
		if l, ok := r.refLink(d, ptr, ids[i], lang); ok {
			pv.Measures = append(pv.Measures, l)
		}
	}
	for _, list := range p.Regions {
		ptrs, codes := values(d, list)
		for i, c := range codes {
			if l := d.Report.EnumLabel(ptrs[i], c); l != nil {
				c = l.In(lang)
			}
			pv.Regions = append(pv.Regions, c)
		}
	}
	if s := str(d, p.Status); s != "" {
		pv.Status = s
		if l := d.Report.EnumLabel(p.Status, s); l != nil {
			pv.Status = l.In(lang)
		}
	}
	if len(p.Period) == 2 {
		pv.StartISO, pv.EndISO = str(d, p.Period[0]), str(d, p.Period[1])
		pv.Start, pv.End = f.Date(pv.StartISO), f.Date(pv.EndISO)
	}
	aid, okA := schema.Get(d.Params, p.Aid)
	costs, okC := schema.Get(d.Params, p.Costs)
	if okA {
		pv.Aid = f.Money(aid)
	}
	if okC {
		pv.Costs = f.Money(costs)
	}
	if a, ok := rat(aid); ok && okA && okC {
		if c, ok := rat(costs); ok && c.Sign() > 0 {
			pv.Share = f.Percent(new(big.Rat).Mul(new(big.Rat).Quo(a, c), big.NewRat(100, 1)))
		}
	}
	for _, list := range p.Produces {
		g := LinkGroup{Label: d.Report.Label(list).Label.In(lang)}
		ptrs, ids := values(d, list)
		for i, ptr := range ptrs {
			if l, ok := r.refLink(d, ptr, ids[i], lang); ok {
				g.Links = append(g.Links, l)
			}
		}
		if len(g.Links) > 0 {
			pv.Produces = append(pv.Produces, g)
		}
	}
	if d.Status == "draft" {
		pv.Draft = &Figure{Percent: d.Publishing.Percent}
	}
	pv.Due = r.projectDues(d, lang, ref, pv.Link)
	for _, role := range []string{schema.PictureEvaluation, schema.PictureMonitoring} {
		for _, t := range r.pictureTypes(role) {
			docs := r.related(d, role, lang)[t]
			tr := r.track(t, docs, pv.EndISO, lang, ref)
			if tr.Phases != nil {
				pv.Tracks = append(pv.Tracks, tr)
			}
			if role == schema.PictureEvaluation {
				pv.Scores = append(pv.Scores, r.scores(docs, lang)...)
			} else {
				for _, m := range docs {
					if mv, ok := r.monitored(m, lang); ok {
						pv.Monitored = append(pv.Monitored, mv)
					}
				}
			}
		}
	}
	return pv
}

// projectDues are d's due dates (graph.Due) and whether each is done: an
// item of the deadline's list matching its where with the picture's Done
// field set.
func (r *Renderer) projectDues(d *page.Document, lang diag.Lang, ref string, project Link) []DueView {
	f, p := Format{lang}, d.Type.Picture
	var out []DueView
	for _, u := range r.g.Due(d) {
		dv := DueView{Label: u.Label.In(lang), Project: project, Date: f.Date(u.Date), ISO: u.Date}
		if t := r.g.Variant(u.From, lang); t != nil {
			dv.Rule = r.docLink(t, lang)
		}
		for _, dl := range d.Report.Deadlines {
			if dl.Spec.List != u.Pointer || p.Done == "" {
				continue
			}
			items, _ := schema.Get(d.Params, dl.Spec.List)
			list, _ := items.([]any)
			for _, it := range list {
				m, _ := it.(map[string]any)
				match := true
				for k, v := range dl.Spec.Where {
					if s, _ := m[k].(string); s != v {
						match = false
					}
				}
				if done, _ := m[p.Done].(string); match && done != "" {
					dv.DoneISO, dv.Done = done, f.Date(done)
				}
			}
		}
		dv.Overdue = dv.Done == "" && ref != "" && u.Date < ref
		out = append(out, dv)
	}
	return out
}

// track is the documents docs of type t (of one project) phase by phase;
// end is the project's last day.
func (r *Renderer) track(t *schema.Type, docs []*page.Document, end string, lang diag.Lang, ref string) Track {
	f, p := Format{lang}, t.Picture
	tr := Track{Type: typeInfo(r.g, t, lang)}
	done := map[string][]Link{}
	label := map[string]string{}
	next, latest := "", ""
	for _, d := range docs {
		if p.Role == schema.PictureEvaluation {
			ph := str(d, p.Phase)
			day := str(d, p.Date)
			l := r.docLink(d, lang)
			l.Note, l.Text = l.Text, f.Date(day)
			done[ph] = append(done[ph], l)
			if lb := d.Report.EnumLabel(p.Phase, ph); lb != nil {
				label[ph] = lb.In(lang)
			}
			if day >= latest {
				latest = day
				next = str(d, p.Next)
			}
			continue
		}
		rounds, _ := schema.Get(d.Params, p.Rounds)
		list, _ := rounds.([]any)
		for i, it := range list {
			m, _ := it.(map[string]any)
			ph, _ := m[p.Phase].(string)
			day, _ := m[p.Date].(string)
			l := r.docLink(d, lang)
			l.Note, l.Text = l.Text, f.Date(day)
			done[ph] = append(done[ph], l)
			if lb := d.Report.EnumLabel(fmt.Sprintf("%s/%d/%s", p.Rounds, i, schema.EscapeToken(p.Phase)), ph); lb != nil {
				label[ph] = lb.In(lang)
			}
		}
	}
	if len(docs) == 0 && end == "" {
		return tr
	}
	// The phases' labels where no document has them: the schema's enum labels.
	enum := r.phaseLabels(t, lang)
	firstMissing := true
	lastDone := -1
	for i, ph := range p.Phases {
		if len(done[ph]) > 0 {
			lastDone = i
		}
	}
	for i, ph := range p.Phases {
		pv := PhaseView{Code: ph, Label: label[ph], Done: done[ph]}
		if pv.Label == "" {
			pv.Label = enum[ph]
		}
		if pv.Label == "" {
			pv.Label = ph
		}
		if len(pv.Done) == 0 {
			switch {
			case firstMissing && i > lastDone && next != "":
				pv.DueISO, pv.DueFrom = next, r.th.T(lang, "picture_due_next")
			case p.LastByEnd && end != "":
				pv.DueISO, pv.DueFrom = end, r.th.T(lang, "picture_due_end")
			}
			if i > lastDone {
				firstMissing = false
			}
			if pv.DueISO != "" {
				if p.LastByEnd && end != "" && end < pv.DueISO {
					pv.DueISO, pv.DueFrom = end, r.th.T(lang, "picture_due_end")
				}
				pv.Due = f.Date(pv.DueISO)
				pv.Overdue = ref != "" && pv.DueISO < ref
			}
		}
		tr.Phases = append(tr.Phases, pv)
	}
	return tr
}

// phaseLabels are the enum labels of the phases of type t's picture, read
// from any document of the type that has them.
func (r *Renderer) phaseLabels(t *schema.Type, lang diag.Lang) map[string]string {
	out := map[string]string{}
	for _, d := range r.listed[lang][t.Name] {
		ptr := t.Picture.Phase
		if t.Picture.Role == schema.PictureMonitoring {
			ptr = t.Picture.Rounds + "/0/" + schema.EscapeToken(t.Picture.Phase)
		}
		for _, ph := range t.Picture.Phases {
			if l := d.Report.EnumLabel(ptr, ph); l != nil && out[ph] == "" {
				out[ph] = l.In(lang)
			}
		}
	}
	return out
}

// scores returns the latest of docs (evaluations of one project) with each
// criteria set, and its points against the scale's maximum.
func (r *Renderer) scores(docs []*page.Document, lang diag.Lang) []ScoreView {
	f := Format{lang}
	latest := map[string]*page.Document{} // scale's document URL -> evaluation
	var order []string
	for _, d := range docs {
		p := d.Type.Picture
		set := r.scaleDoc(d, lang)
		key := ""
		if set != nil {
			key = set.URL
		}
		if prev, ok := latest[key]; !ok || str(d, p.Date) > str(prev, p.Date) {
			if !ok {
				order = append(order, key)
			}
			latest[key] = d
		}
	}
	sort.Strings(order)
	var out []ScoreView
	for _, key := range order {
		d := latest[key]
		p := d.Type.Picture
		sv := ScoreView{Eval: r.docLink(d, lang), Date: f.Date(str(d, p.Date))}
		if l := d.Report.EnumLabel(p.Phase, str(d, p.Phase)); l != nil {
			sv.Phase = l.In(lang)
		}
		set := r.scaleDoc(d, lang)
		max := new(big.Rat)
		if set != nil {
			sv.Set = r.docLink(set, lang)
			max = r.scaleMax(d, set)
		}
		sum := new(big.Rat)
		list, _ := schema.Get(d.Params, p.Scores)
		items, _ := list.([]any)
		for _, it := range items {
			m, _ := it.(map[string]any)
			if v, ok := rat(m[p.Score]); ok {
				sum.Add(sum, v)
				sv.Criteria++
			}
		}
		if sv.Criteria == 0 {
			continue
		}
		sv.Points = f.Number(sum)
		if max.Sign() > 0 {
			total := new(big.Rat).Mul(max, big.NewRat(int64(sv.Criteria), 1))
			sv.Max = f.Number(total)
			sv.Percent = f.Percent(new(big.Rat).Mul(new(big.Rat).Quo(sum, total), big.NewRat(100, 1)))
		}
		out = append(out, sv)
	}
	return out
}

// scaleDoc returns the document holding the scale of evaluation d's scores
// (the x-malli-in-scale of its score field).
func (r *Renderer) scaleDoc(d *page.Document, lang diag.Lang) *page.Document {
	for _, s := range d.Report.InScale {
		if strings.HasPrefix(s.Pointer, d.Type.Picture.Scores+"/") {
			return r.target(d, s.Spec.From, lang)
		}
	}
	return nil
}

// scaleMax returns the highest value of the scale of d's scores in set.
func (r *Renderer) scaleMax(d *page.Document, set *page.Document) *big.Rat {
	max := new(big.Rat)
	for _, s := range d.Report.InScale {
		if !strings.HasPrefix(s.Pointer, d.Type.Picture.Scores+"/") {
			continue
		}
		list, _ := set.Params[s.Spec.List].([]any)
		for _, it := range list {
			m, _ := it.(map[string]any)
			if v, ok := rat(m[s.Spec.Key]); ok && v.Cmp(max) > 0 {
				max = v
			}
		}
		break
	}
	return max
}

// monitored returns monitoring document d's indicators that have a target
// or a target note and a cell in some round, with their latest values.
func (r *Renderer) monitored(d *page.Document, lang diag.Lang) (Monitored, bool) {
	f, p := Format{lang}, d.Type.Picture
	var sp *schema.Series
	for _, s := range d.Report.Series {
		if s.Pointer == p.Rounds {
			sp = &s.Spec
		}
	}
	if sp == nil {
		return Monitored{}, false
	}
	var set *page.Document
	var item string
	for _, ref := range d.Report.Refs {
		if strings.HasPrefix(ref.Pointer, p.Rounds+"/") && strings.HasSuffix(ref.Pointer, "/"+schema.EscapeToken(sp.Row)) && ref.Spec.Item != "" {
			if set = r.target(d, ref.Pointer, lang); set != nil {
				item = ref.Spec.Item
				break
			}
		}
	}
	if set == nil {
		return Monitored{}, false
	}
	mv := Monitored{Doc: r.docLink(d, lang), Set: r.docLink(set, lang)}
	mv.Caption = fmt.Sprintf(r.th.T(lang, "picture_monitoring_caption"), d.Title)
	rounds, _ := schema.Get(d.Params, p.Rounds)
	cols, _ := rounds.([]any)
	indicators, _ := set.Params[item].([]any)
	for _, it := range indicators {
		m, _ := it.(map[string]any)
		id, _ := m["id"].(string)
		title, _ := m["title"].(string)
		if title == "" {
			title = id
		}
		target, hasTarget := rat(m[p.Target])
		note, _ := m[p.TargetNote].(string)
		if !hasTarget && note == "" {
			continue
		}
		iv := IndicatorView{Link: Link{Text: title, Href: r.g.Href(set.URL) + "#" + id}, TargetNote: note}
		iv.Unit, _ = m[p.Unit].(string)
		if set.Lang != lang {
			iv.Link.Lang = string(set.Lang)
		}
		if hasTarget {
			iv.Target = f.Number(target)
		}
		var value *big.Rat
		measured := false
		for i, c := range cols {
			col, _ := c.(map[string]any)
			cells, _ := col[sp.Cells].([]any)
			for _, x := range cells {
				cm, _ := x.(map[string]any)
				if cm[sp.Row] != id {
					continue
				}
				measured = true
				if v, ok := rat(cm[sp.Value]); ok {
					value = v
					ph, _ := col[p.Phase].(string)
					iv.Phase = ph
					if l := d.Report.EnumLabel(fmt.Sprintf("%s/%d/%s", p.Rounds, i, schema.EscapeToken(p.Phase)), ph); l != nil {
						iv.Phase = l.In(lang)
					}
				}
			}
		}
		if value != nil {
			iv.Value = f.Number(value)
			if hasTarget {
				dir, _ := m[p.Direction].(string)
				switch {
				case dir == p.Higher && p.Higher != "":
					iv.Met = yesNo(value.Cmp(target) >= 0)
				case dir == p.Lower && p.Lower != "":
					iv.Met = yesNo(value.Cmp(target) <= 0)
				}
			}
		}
		if measured { // an indicator of the set the project does not measure is left out
			mv.Indicators = append(mv.Indicators, iv)
		}
	}
	return mv, len(mv.Indicators) > 0
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// matrices are the projects docs by measure and by each of the picture's
// area lists that some project gives.
func (r *Renderer) matrices(docs []*page.Document, p *schema.Picture, lang diag.Lang) []Matrix {
	if p.Measure == "" || len(docs) == 0 {
		return nil
	}
	type rowKey struct{ doc, id string }
	var rows []rowKey
	heads := map[rowKey]Link{}
	member := map[rowKey][]*page.Document{}
	addRows := func(d *page.Document, ptr string) {
		t := r.target(d, ptr, lang)
		if t == nil {
			return
		}
		items, _ := t.Params[refItem(d, ptr)].([]any)
		for _, it := range items {
			m, _ := it.(map[string]any)
			id, _ := m["id"].(string)
			k := rowKey{t.URL, id}
			if _, ok := heads[k]; ok {
				continue
			}
			title, _ := m["title"].(string)
			if title == "" {
				title = id
			}
			l := Link{Text: title, Href: r.g.Href(t.URL) + "#" + id}
			if t.Lang != lang {
				l.Lang = string(t.Lang)
			}
			heads[k] = l
			rows = append(rows, k)
		}
	}
	for _, d := range docs {
		ptrs, ids := values(d, p.Measure)
		for i, ptr := range ptrs {
			addRows(d, ptr)
			if t := r.target(d, ptr, lang); t != nil {
				k := rowKey{t.URL, ids[i]}
				member[k] = append(member[k], d)
			}
		}
	}
	var out []Matrix
	for _, list := range p.Regions {
		cols := map[string]string{} // code -> label
		in := map[*page.Document][]string{}
		some := false
		for _, d := range docs {
			ptrs, codes := values(d, list)
			for i, c := range codes {
				l := c
				if lb := d.Report.EnumLabel(ptrs[i], c); lb != nil {
					l = lb.In(lang)
				}
				cols[c] = l
				in[d] = append(in[d], c)
				some = true
			}
		}
		if !some {
			continue
		}
		codes := make([]string, 0, len(cols))
		for c := range cols {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		none := false
		for _, d := range docs {
			none = none || len(in[d]) == 0
		}
		if none {
			codes = append(codes, "")
			cols[""] = r.th.T(lang, "picture_no_area")
		}
		var label string
		for _, d := range docs {
			if label = d.Report.Label(list).Label.In(lang); label != "" {
				break
			}
		}
		mx := Matrix{Corner: r.th.T(lang, "picture_measure_area"), Caption: fmt.Sprintf(r.th.T(lang, "picture_matrix_caption"), label)}
		for _, c := range codes {
			mx.Cols = append(mx.Cols, cols[c])
		}
		for _, k := range rows {
			row := MatrixRow{Head: heads[k], Cells: make([][]Link, len(codes))}
			for _, d := range member[k] {
				row.Count++
				for j, c := range codes {
					has := false
					for _, x := range in[d] {
						has = has || x == c
					}
					if has || (c == "" && len(in[d]) == 0) {
						row.Cells[j] = append(row.Cells[j], r.docLink(d, lang))
					}
				}
			}
			mx.Rows = append(mx.Rows, row)
		}
		mx.ID = fmt.Sprintf("sivu-matriisi-%d", len(out)+1)
		f := Format{Lang: lang}
		mx.SVG = matrixSVG(mx, mx.ID, lang, func(n int) string {
			return f.Plural(n, r.th.T(lang, "projects_one"), r.th.T(lang, "projects_other"))
		})
		out = append(out, mx)
	}
	return out
}

// Hub is a project page's hub: the project as the picture shows it, and
// every document that refers to it or that it produces, by type.
type Hub struct {
	Project ProjectView
	Date    string // the reference date of what is due
	ISO     string
	Heads   PictureHeads
	Related []LinkGroup
	Due     DueTable // the project's final report and the phases due
}

// fillHub puts the hub of d on p, when d's type is a project picture's.
func (r *Renderer) fillHub(p *Page, d *page.Document, lang diag.Lang) {
	if d.IsIndex || d.Report == nil || d.Type.Picture == nil || d.Type.Picture.Role != schema.PictureProject {
		return
	}
	ref := referenceDate(r.g)
	h := &Hub{Project: r.project(d, lang, ref), ISO: ref, Date: Format{lang}.Date(ref), Heads: r.heads(d, d.Type.Picture, lang)}
	// Documents referring to the project in their front matter, except
	// evaluations and monitoring (shown by phase), by type.
	byType := map[string][]Link{}
	seen := map[page.Key]bool{}
	for _, e := range r.g.In(d) {
		from := r.g.Variant(e.From, lang)
		if from == nil || e.Pointer == "" || seen[e.From.AllLangs()] || from.IsIndex {
			continue
		}
		if pic := from.Type.Picture; pic != nil && pic.Of == e.Pointer {
			continue
		}
		seen[e.From.AllLangs()] = true
		byType[from.Type.Name] = append(byType[from.Type.Name], r.docLink(from, lang))
	}
	for _, g := range h.Project.Produces {
		for _, l := range g.Links {
			for name, links := range byType {
				kept := links[:0]
				for _, x := range links {
					if x.Href != strings.SplitN(l.Href, "#", 2)[0] {
						kept = append(kept, x)
					}
				}
				byType[name] = kept
			}
		}
	}
	for _, t := range r.reg.Types {
		if links := byType[t.Name]; len(links) > 0 {
			h.Related = append(h.Related, LinkGroup{Label: t.Plural.In(lang), Links: links})
		}
	}
	h.Due = DueTable{Caption: r.th.T(lang, "picture_due_caption"), Due: append(append([]DueView(nil), h.Project.Due...), phasesDue(h.Project)...)}
	sort.SliceStable(h.Due.Due, func(i, j int) bool { return h.Due.Due[i].ISO < h.Due.Due[j].ISO })
	p.Hub = h
}

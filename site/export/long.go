package export

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// The long-format exports: a row per score of a self-evaluation and per
// value of monitoring data, with what a row needs to be read on its own
// (the document, the evaluated project or model, the criterion or
// indicator with its title), in JSON and as a CSV file of the same
// columns.
//
// The rows are found by the schemas' annotations, not by type names: a
// score is an item of a list that x-malli-each-once says scores each item
// of another document's list once (its value field), against the scale
// x-malli-in-scale names; a value is a cell of an x-malli-series. The
// other document is the one the items' x-malli-ref names (a criteria set,
// an indicator set), and the subject is the document the each-once's
// "applies" names, else the document's other top-level reference (the
// project). The document-level columns (phase, evaluated_on,
// evaluation_type, assessor; a round's phase, period_start, period_end,
// collected_on, data_source and note) are read by those names, as the
// export schemas (evaluations.schema.json, indicators.schema.json)
// document them; an item's title, group, unit, value_type, direction and
// target, and a scale value's label, likewise. Only the default-language
// version of a document gives rows: a translation has the same scores.
const (
	EvaluationsPath    = Dir + "/evaluations.json"
	EvaluationsCSVPath = Dir + "/evaluations.csv"
	IndicatorsPath     = Dir + "/indicators.json"
	IndicatorsCSVPath  = Dir + "/indicators.csv"
)

// RowsOf returns which documents give rows to the spreadsheet or
// long-format file at path p (all a file reads of other documents is
// what their front matter references name), or nil when p is another
// file.
func RowsOf(reg *schema.Registry, p string) func(*page.Document) bool {
	switch p {
	case EvaluationsPath, EvaluationsCSVPath:
		return Scored
	case IndicatorsPath, IndicatorsCSVPath:
		return Measured
	}
	if name, ok := strings.CutPrefix(p, Dir+"/"); ok {
		if name, ok := strings.CutSuffix(name, ".csv"); ok {
			if t := reg.ByName(name); t != nil {
				return func(d *page.Document) bool { return d.Type == t && d.Lang == page.DefaultLang }
			}
		}
	}
	return nil
}

// Scored reports whether d gives rows to the evaluations' export: a
// default-language document with a list of scores.
func Scored(d *page.Document) bool {
	if d.Lang != page.DefaultLang || d.Report == nil {
		return false
	}
	for _, e := range d.Report.EachOnce {
		if e.Spec.Value != "" {
			return true
		}
	}
	return false
}

// Measured reports whether d gives rows to the indicators' export: a
// default-language document with a series of values.
func Measured(d *page.Document) bool {
	return d.Lang == page.DefaultLang && d.Report != nil && len(d.Report.Series) > 0
}

// Score is a row of data/evaluations.json: one criterion's score in one
// evaluation. A field the content lacks is null.
type Score struct {
	EvaluationID        string       `json:"evaluation_id"`
	EvaluationTitle     string       `json:"evaluation_title"`
	EvaluationURL       string       `json:"evaluation_url"`
	SubjectType         *string      `json:"subject_type"`
	SubjectID           *string      `json:"subject_id"`
	SubjectTitle        *string      `json:"subject_title"`
	SubjectURL          *string      `json:"subject_url"`
	CriteriaSetID       *string      `json:"criteria_set_id"`
	CriteriaSetTitle    *string      `json:"criteria_set_title"`
	CriteriaSetURL      *string      `json:"criteria_set_url"`
	Phase               *string      `json:"phase"`
	PhaseLabel          *Labels      `json:"phase_label"`
	EvaluatedOn         *string      `json:"evaluated_on"`
	EvaluationType      *string      `json:"evaluation_type"`
	EvaluationTypeLabel *Labels      `json:"evaluation_type_label"`
	Assessor            *string      `json:"assessor"`
	AssessorOrg         *string      `json:"assessor_organisation"`
	CriterionID         string       `json:"criterion_id"`
	CriterionTitle      *string      `json:"criterion_title"`
	CriterionGroup      *string      `json:"criterion_group"`
	Score               *json.Number `json:"score"`
	ScoreLabel          *string      `json:"score_label"`
	ScaleMin            *json.Number `json:"scale_min"`
	ScaleMax            *json.Number `json:"scale_max"`
	NotApplicable       bool         `json:"not_applicable"`
	Rationale           *string      `json:"rationale"`
}

// EvaluationsFile is data/evaluations.json.
type EvaluationsFile struct {
	Envelope
	Scores []Score `json:"scores"`
}

// Evaluations encodes data/evaluations.json.
func (s Site) Evaluations() ([]byte, error) {
	return encode(EvaluationsFile{Envelope: s.envelope("evaluations.schema.json"), Scores: s.Scores()})
}

// EvaluationsCSV encodes data/evaluations.csv: the rows of
// data/evaluations.json, a label in Finnish.
func (s Site) EvaluationsCSV() ([]byte, error) {
	rows := s.Scores()
	t := Table{Header: ScoreHeader}
	for _, r := range rows {
		t.Rows = append(t.Rows, []Cell{
			Text(r.EvaluationID), Text(r.EvaluationTitle), Text(r.EvaluationURL),
			text(r.SubjectType), text(r.SubjectID), text(r.SubjectTitle), text(r.SubjectURL),
			text(r.CriteriaSetID), text(r.CriteriaSetTitle), text(r.CriteriaSetURL),
			text(r.Phase), label(r.PhaseLabel), date(r.EvaluatedOn),
			text(r.EvaluationType), label(r.EvaluationTypeLabel), text(r.Assessor), text(r.AssessorOrg),
			Text(r.CriterionID), text(r.CriterionTitle), text(r.CriterionGroup),
			number(r.Score), text(r.ScoreLabel), number(r.ScaleMin), number(r.ScaleMax),
			Bool(r.NotApplicable), text(r.Rationale),
		})
	}
	return CSV(t), nil
}

// ScoreHeader is the header of data/evaluations.csv: the keys of Score.
var ScoreHeader = []string{
	"evaluation_id", "evaluation_title", "evaluation_url",
	"subject_type", "subject_id", "subject_title", "subject_url",
	"criteria_set_id", "criteria_set_title", "criteria_set_url",
	"phase", "phase_label", "evaluated_on",
	"evaluation_type", "evaluation_type_label", "assessor", "assessor_organisation",
	"criterion_id", "criterion_title", "criterion_group",
	"score", "score_label", "scale_min", "scale_max",
	"not_applicable", "rationale",
}

// Scores returns every score of every published default-language
// document that scores a list, in the order of the documents' URLs and
// of their lists.
func (s Site) Scores() []Score {
	out := []Score{}
	for _, d := range s.G.Docs {
		if !Scored(d) {
			continue
		}
		for _, e := range d.Report.EachOnce {
			if e.Spec.Value != "" {
				out = s.scoresOf(d, e, out)
			}
		}
	}
	return out
}

func (s Site) scoresOf(d *page.Document, e schema.Located[schema.EachOnce], out []Score) []Score {
	list, _ := schema.Get(d.Params, e.Pointer)
	items, _ := list.([]any)
	spec, _ := itemRef(d, e.Pointer, e.Spec.Key)
	base := Score{EvaluationID: d.ID, EvaluationTitle: d.Title, EvaluationURL: s.URL(d.URL),
		Phase: str(d.Params["phase"]), EvaluatedOn: str(d.Params["evaluated_on"]), EvaluationType: str(d.Params["evaluation_type"])}
	base.PhaseLabel = codeLabel(d, "/phase", base.Phase)
	base.EvaluationTypeLabel = codeLabel(d, "/evaluation_type", base.EvaluationType)
	if a, ok := d.Params["assessor"].(map[string]any); ok {
		base.Assessor, base.AssessorOrg = str(a["name"]), str(a["organisation"])
	}
	subjectAt := ""
	if e.Spec.Applies != nil {
		subjectAt = e.Spec.Applies.From
	}
	if subjectAt == "" {
		subjectAt = otherRef(d, spec.From)
	}
	if subjectAt != "" {
		base.SubjectID = str(get(d.Params, subjectAt))
		if t := s.linked(d, subjectAt); t != nil {
			base.SubjectType, base.SubjectTitle, base.SubjectURL = &t.Type.Name, &t.Title, ptr(s.URL(t.URL))
		}
	}
	criteria := map[string]map[string]any{}
	if spec.From != "" {
		base.CriteriaSetID = str(get(d.Params, spec.From))
		if t := s.linked(d, spec.From); t != nil {
			base.CriteriaSetTitle, base.CriteriaSetURL = &t.Title, ptr(s.URL(t.URL))
			criteria = byID(t.Params[spec.Item])
		}
	}
	// The scale: any score's x-malli-in-scale says where it is.
	var scale []map[string]any
	scaleKey := ""
	for _, in := range d.Report.InScale {
		if strings.HasPrefix(in.Pointer, e.Pointer+"/") {
			if t := s.linked(d, in.Spec.From); t != nil {
				list, _ := t.Params[in.Spec.List].([]any)
				for _, x := range list {
					if m, ok := x.(map[string]any); ok {
						scale = append(scale, m)
					}
				}
				scaleKey = in.Spec.Key
			}
			break
		}
	}
	for _, m := range scale {
		n, ok := m[scaleKey].(json.Number)
		if !ok {
			continue
		}
		if base.ScaleMin == nil || less(n, *base.ScaleMin) {
			base.ScaleMin = &n
		}
		if base.ScaleMax == nil || less(*base.ScaleMax, n) {
			base.ScaleMax = &n
		}
	}
	for _, it := range items {
		m, _ := it.(map[string]any)
		r := base
		r.CriterionID, _ = m[e.Spec.Key].(string)
		if c, ok := criteria[r.CriterionID]; ok {
			r.CriterionTitle, r.CriterionGroup = str(c["title"]), str(c["group"])
		}
		if n, ok := m[e.Spec.Value].(json.Number); ok {
			r.Score = &n
			for _, v := range scale {
				if fmt.Sprint(v[scaleKey]) == string(n) {
					r.ScoreLabel = str(v["label"])
					break
				}
			}
		}
		if e.Spec.NotApplicable != "" {
			r.NotApplicable, _ = m[e.Spec.NotApplicable].(bool)
		}
		if e.Spec.Reason != "" {
			r.Rationale = str(m[e.Spec.Reason])
		}
		out = append(out, r)
	}
	return out
}

// Value is a row of data/indicators.json: one indicator's value in one
// round of monitoring data. A field the content lacks is null.
type Value struct {
	MonitoringID      string       `json:"monitoring_id"`
	MonitoringTitle   string       `json:"monitoring_title"`
	MonitoringURL     string       `json:"monitoring_url"`
	ProjectID         *string      `json:"project_id"`
	ProjectTitle      *string      `json:"project_title"`
	ProjectURL        *string      `json:"project_url"`
	IndicatorSetID    *string      `json:"indicator_set_id"`
	IndicatorSetTitle *string      `json:"indicator_set_title"`
	IndicatorSetURL   *string      `json:"indicator_set_url"`
	Round             int          `json:"round"`
	Phase             *string      `json:"phase"`
	PhaseLabel        *Labels      `json:"phase_label"`
	PeriodStart       *string      `json:"period_start"`
	PeriodEnd         *string      `json:"period_end"`
	CollectedOn       *string      `json:"collected_on"`
	IndicatorID       string       `json:"indicator_id"`
	IndicatorTitle    *string      `json:"indicator_title"`
	Unit              *string      `json:"unit"`
	ValueType         *string      `json:"value_type"`
	ValueTypeLabel    *Labels      `json:"value_type_label"`
	Direction         *string      `json:"direction"`
	DirectionLabel    *Labels      `json:"direction_label"`
	Target            *json.Number `json:"target"`
	Value             *json.Number `json:"value"`
	N                 *json.Number `json:"n"`
	Suppressed        bool         `json:"suppressed"`
	Note              *string      `json:"note"`
	DataSource        *string      `json:"data_source"`
	RoundNote         *string      `json:"round_note"`
}

// IndicatorsFile is data/indicators.json.
type IndicatorsFile struct {
	Envelope
	Values []Value `json:"values"`
}

// Indicators encodes data/indicators.json.
func (s Site) Indicators() ([]byte, error) {
	return encode(IndicatorsFile{Envelope: s.envelope("indicators.schema.json"), Values: s.Values()})
}

// IndicatorsCSV encodes data/indicators.csv: the rows of
// data/indicators.json, a label in Finnish.
func (s Site) IndicatorsCSV() ([]byte, error) {
	t := Table{Header: ValueHeader}
	for _, r := range s.Values() {
		t.Rows = append(t.Rows, []Cell{
			Text(r.MonitoringID), Text(r.MonitoringTitle), Text(r.MonitoringURL),
			text(r.ProjectID), text(r.ProjectTitle), text(r.ProjectURL),
			text(r.IndicatorSetID), text(r.IndicatorSetTitle), text(r.IndicatorSetURL),
			Number(fmt.Sprint(r.Round)), text(r.Phase), label(r.PhaseLabel),
			date(r.PeriodStart), date(r.PeriodEnd), date(r.CollectedOn),
			Text(r.IndicatorID), text(r.IndicatorTitle), text(r.Unit),
			text(r.ValueType), label(r.ValueTypeLabel), text(r.Direction), label(r.DirectionLabel), number(r.Target),
			number(r.Value), number(r.N), Bool(r.Suppressed), text(r.Note),
			text(r.DataSource), text(r.RoundNote),
		})
	}
	return CSV(t), nil
}

// ValueHeader is the header of data/indicators.csv: the keys of Value.
var ValueHeader = []string{
	"monitoring_id", "monitoring_title", "monitoring_url",
	"project_id", "project_title", "project_url",
	"indicator_set_id", "indicator_set_title", "indicator_set_url",
	"round", "phase", "phase_label", "period_start", "period_end", "collected_on",
	"indicator_id", "indicator_title", "unit", "value_type", "value_type_label", "direction", "direction_label", "target",
	"value", "n", "suppressed", "note", "data_source", "round_note",
}

// Values returns every value of every published default-language
// document with a series, in the order of the documents' URLs, their
// rounds and the values in each round.
func (s Site) Values() []Value {
	out := []Value{}
	for _, d := range s.G.Docs {
		if !Measured(d) {
			continue
		}
		for _, sr := range d.Report.Series {
			out = s.valuesOf(d, sr, out)
		}
	}
	return out
}

func (s Site) valuesOf(d *page.Document, sr schema.Located[schema.Series], out []Value) []Value {
	sp := sr.Spec
	list, _ := schema.Get(d.Params, sr.Pointer)
	rounds, _ := list.([]any)
	spec, _ := itemRef(d, sr.Pointer, sp.Row)
	base := Value{MonitoringID: d.ID, MonitoringTitle: d.Title, MonitoringURL: s.URL(d.URL)}
	if at := otherRef(d, spec.From); at != "" {
		base.ProjectID = str(get(d.Params, at))
		if t := s.linked(d, at); t != nil {
			base.ProjectTitle, base.ProjectURL = &t.Title, ptr(s.URL(t.URL))
		}
	}
	var set *page.Document
	indicators := map[string]int{} // id -> index in the set's list
	var items []any
	if spec.From != "" {
		base.IndicatorSetID = str(get(d.Params, spec.From))
		if set = s.linked(d, spec.From); set != nil {
			base.IndicatorSetTitle, base.IndicatorSetURL = &set.Title, ptr(s.URL(set.URL))
			items, _ = set.Params[spec.Item].([]any)
			for k, it := range items {
				m, _ := it.(map[string]any)
				if id, ok := m["id"].(string); ok {
					if _, seen := indicators[id]; !seen {
						indicators[id] = k
					}
				}
			}
		}
	}
	for i, x := range rounds {
		round, _ := x.(map[string]any)
		rb := base
		rb.Round = i + 1
		at := fmt.Sprintf("%s/%d/", sr.Pointer, i)
		rb.Phase = str(round["phase"])
		rb.PhaseLabel = codeLabel(d, at+"phase", rb.Phase)
		rb.PeriodStart, rb.PeriodEnd, rb.CollectedOn = str(round["period_start"]), str(round["period_end"]), str(round["collected_on"])
		rb.DataSource, rb.RoundNote = str(round["data_source"]), str(round["note"])
		cells, _ := round[sp.Cells].([]any)
		for _, c := range cells {
			m, _ := c.(map[string]any)
			r := rb
			r.IndicatorID, _ = m[sp.Row].(string)
			if k, ok := indicators[r.IndicatorID]; ok {
				ind, _ := items[k].(map[string]any)
				ip := fmt.Sprintf("/%s/%d/", schema.EscapeToken(spec.Item), k)
				r.IndicatorTitle, r.Unit = str(ind["title"]), str(ind["unit"])
				r.ValueType, r.Direction = str(ind["value_type"]), str(ind["direction"])
				r.ValueTypeLabel = codeLabel(set, ip+"value_type", r.ValueType)
				r.DirectionLabel = codeLabel(set, ip+"direction", r.Direction)
				r.Target = num(ind["target"])
			}
			r.Value, r.N = num(m[sp.Value]), num(m[sp.Base])
			if sp.Suppressed != "" {
				r.Suppressed, _ = m[sp.Suppressed].(bool)
			}
			if sp.Note != "" {
				r.Note = str(m[sp.Note])
			}
			out = append(out, r)
		}
	}
	return out
}

// itemRef returns the reference annotation on the key field of the items
// of the list at pointer: the list of another document they name.
func itemRef(d *page.Document, pointer, key string) (schema.RefSpec, bool) {
	for _, ref := range d.Report.Refs {
		if strings.HasPrefix(ref.Pointer, pointer+"/") && strings.HasSuffix(ref.Pointer, "/"+schema.EscapeToken(key)) && ref.Spec.Item != "" {
			return ref.Spec, true
		}
	}
	return schema.RefSpec{}, false
}

// otherRef returns the first (by pointer) top-level reference field of d
// other than not, or "".
func otherRef(d *page.Document, not string) string {
	var at []string
	for _, ref := range d.Report.Refs {
		if ref.Pointer != not && strings.Count(ref.Pointer, "/") == 1 && ref.Spec.Item == "" {
			at = append(at, ref.Pointer)
		}
	}
	if len(at) == 0 {
		return ""
	}
	return slices.Min(at)
}

// linked returns the published document that d's reference at pointer
// names, or nil.
func (s Site) linked(d *page.Document, pointer string) *page.Document {
	for _, e := range s.G.Out(d) {
		if e.Pointer == pointer {
			if t := s.G.Doc(e.To); s.G.Published(t) {
				return t
			}
			return nil
		}
	}
	return nil
}

// byID returns the items of a list by their id.
func byID(list any) map[string]map[string]any {
	out := map[string]map[string]any{}
	items, _ := list.([]any)
	for _, it := range items {
		if m, ok := it.(map[string]any); ok {
			if id, ok := m["id"].(string); ok {
				if _, seen := out[id]; !seen {
					out[id] = m
				}
			}
		}
	}
	return out
}

// codeLabel returns the labels of the code at pointer of d, or nil.
func codeLabel(d *page.Document, pointer string, code *string) *Labels {
	if d == nil || d.Report == nil || code == nil {
		return nil
	}
	if l := d.Report.EnumLabel(pointer, *code); l != nil {
		ls := labels(l)
		return &ls
	}
	return nil
}

// less compares two decimal numbers.
func less(a, b json.Number) bool {
	x, okx := schema.Rat(a)
	y, oky := schema.Rat(b)
	return okx && oky && x.Cmp(y) < 0
}

func get(v any, pointer string) any {
	x, _ := schema.Get(v, pointer)
	return x
}

func ptr(s string) *string { return &s }

// str returns a string value, or nil.
func str(v any) *string {
	if s, ok := v.(string); ok {
		return &s
	}
	return nil
}

// num returns a number value, or nil.
func num(v any) *json.Number {
	if n, ok := v.(json.Number); ok {
		return &n
	}
	return nil
}

func text(s *string) Cell {
	if s == nil {
		return Text("")
	}
	return Text(*s)
}

func date(s *string) Cell {
	if s == nil {
		return Text("")
	}
	return Date(*s)
}

func number(n *json.Number) Cell {
	if n == nil {
		return Text("")
	}
	return Number(string(*n))
}

func label(l *Labels) Cell {
	if l == nil {
		return Text("")
	}
	return Text(l.FI)
}

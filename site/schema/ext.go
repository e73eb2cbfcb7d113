// The x-malli-* keywords: compiling each schema's annotations into an
// Annot, and validating those that need no other document (business ids,
// cross-field rules).

package schema

import (
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/isodate"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

var permissiveMeta = jsonschema.MustCompileString("malli-meta.json", `{}`)

// RefSpec says what a reference value names: a document of one of Types, or,
// when Item is set, the id of an element of list Item in the document whose
// id is at pointer From of the same document.
type RefSpec struct {
	Types []string
	Item  string
	From  string
}

// Rule is a cross-field rule on an object.
type Rule struct {
	Rule  string   `json:"rule"` // not_before | at_most_ratio
	Field string   `json:"field"`
	Other string   `json:"other"`
	Ratio *float64 `json:"ratio"`
	// RatioFrom, instead of Ratio, reads the ratio from another document:
	// field Key of the document whose id is at pointer From. The graph
	// stage checks such a rule (Report.Ratios).
	RatioFrom *RatioFrom `json:"ratio_from"`
	// Source says whose rule it is; for a RatioFrom rule of source
	// programme, the diagnostic names the programme by the document the
	// ratio is read from.
	Source *Source `json:"source"`
}

// RatioFrom names a number in another document: field Key of the document
// whose id is at pointer From (a reference the schema annotates).
type RatioFrom struct {
	From string `json:"from"`
	Key  string `json:"key"`
}

// EachOnce asks that every item of the referenced list be named once.
// An item may instead be marked not applicable (field NotApplicable true,
// when set); it then needs a non-empty field Reason and may not have the
// field Value (the score it would otherwise have), when that is named.
type EachOnce struct {
	Key           string   `json:"key"`
	RequiredFor   []string `json:"required_for"`
	NotApplicable string   `json:"not_applicable"`
	Reason        string   `json:"reason"`
	Value         string   `json:"value"`
	Applies       *Applies `json:"applies"` // which items must be named (ext_programme.go)
	Source        *Source  `json:"source"`  // whose requirement that every item be named is
}

// InScale asks that the value be one of the Key values of the list List in
// the document whose id is at pointer From.
type InScale struct {
	From string `json:"from"`
	List string `json:"list"`
	Key  string `json:"key"`
}

// StepGraph names the id and next-ids fields of a list of steps.
type StepGraph struct {
	ID    string `json:"id"`
	Next  string `json:"next"`
	Name  string `json:"name"`  // shown in the diagram
	Actor string `json:"actor"` // shown under the name
	// Condition names the field that says, in words, when the path goes
	// to the step (its entry condition): a page labels with it the arrows
	// into the step of a branch or a return. Optional.
	Condition string `json:"condition,omitempty"`
}

// AggregatesOnly says that a document may hold aggregate figures only,
// never data on one person (x-malli-aggregates-only, at a type's root):
// no Finnish personal identity code anywhere in it, no body table with a
// column named in PersonColumns, no row of a series (x-malli-series) twice
// in one column, and no count of persons from 1 to MinCount-1: a series
// cell's Base; its Value where the row's item matches Counts (an
// indicator that counts clients); or, where the row's item matches Shares
// (a percentage), the persons its Value stands for, Value × Base / 100
// rounded. The threshold is the schema's, which says where it comes from.
type AggregatesOnly struct {
	MinCount      int      `json:"min_count"`
	Counts        Match    `json:"counts"`
	Shares        Match    `json:"shares"`
	PersonColumns []string `json:"person_columns"`
}

// Match names the items whose field Field has the value Equals.
type Match struct {
	Field  string `json:"field"`
	Equals string `json:"equals"`
}

// Series says that a list is a series of measurements, shown as a table
// (x-malli-series): each item of the list is a column headed by its fields
// Column (the first one, an enum code or text, as the heading; the others
// under it) and closed by its fields Foot (rows at the table's foot); its
// list Cells holds one cell per row, whose field Row refers to an item of
// another document's list (an x-malli-ref with item and from): the rows
// are that list's items, in its order, described by their fields
// RowFields (a column each) and RowLines (under the row's title). Period names the fields of an item's first and last day,
// shown as one range under the heading. A cell shows its Value, its Base
// ("n = …") and its Note, or, when its field Suppressed is true, that the
// value is withheld.
type Series struct {
	Title      Labels   `json:"title"`
	Caption    Labels   `json:"caption"`
	Column     []string `json:"column"`
	Period     []string `json:"period"`
	Foot       []string `json:"foot"`
	Cells      string   `json:"cells"`
	Row        string   `json:"row"`
	RowFields  []string `json:"row_fields"`
	RowLines   []string `json:"row_lines"`
	Value      string   `json:"value"`
	Base       string   `json:"base"`
	Note       string   `json:"note"`
	Suppressed string   `json:"suppressed"`
}

// ListTable says that a list is also shown as a table (x-malli-table),
// one row per item: its field Row (a link to the item) heads the row, its
// fields Columns fill it.
type ListTable struct {
	Title   Labels   `json:"title"`
	Caption Labels   `json:"caption"`
	Row     string   `json:"row"`
	Columns []string `json:"columns"`
}

// Period is a span of an enum code's life, from From to To (ISO dates,
// both days included; an empty one is open), with the Facts that hold
// then: the codes of other code lists the code belongs to, such as a
// municipality's "region" and "county". ReplacedBy names the code that
// took its place when the span ended (a merged municipality's new one).
type Period struct {
	From, To   string
	ReplacedBy string
	Facts      map[string]string
}

// Overlaps reports whether the period has a day from from to to (ISO
// dates; to "" for the one day from).
func (p Period) Overlaps(from, to string) bool {
	if to == "" || to < from {
		to = from
	}
	return (p.From == "" || p.From <= to) && (p.To == "" || from <= p.To)
}

// Periods is what x-malli-enum-facts says of one code: one period (an
// object) or several (a list of them).
type Periods []Period

// UnmarshalJSON reads one period or a list of them. In a period, "from",
// "to" and "replaced_by" are what they say; every other key is a fact.
func (ps *Periods) UnmarshalJSON(data []byte) error {
	var many []map[string]string
	if err := json.Unmarshal(data, &many); err != nil {
		var one map[string]string
		if err := json.Unmarshal(data, &one); err != nil {
			return fmt.Errorf("want a period {from, to, replaced_by, fact: code, …} or a list of them")
		}
		many = []map[string]string{one}
	}
	out := make(Periods, 0, len(many))
	for _, m := range many {
		p := Period{From: m["from"], To: m["to"], ReplacedBy: m["replaced_by"], Facts: map[string]string{}}
		for _, d := range []string{p.From, p.To} {
			if d != "" && !isodate.Valid(d) {
				return fmt.Errorf("%q is not a date YYYY-MM-DD", d)
			}
		}
		for k, v := range m {
			switch k {
			case "from", "to", "replaced_by":
			default:
				p.Facts[k] = v
			}
		}
		out = append(out, p)
	}
	*ps = out
	return nil
}

// BelongsTo asks of an object that every code in its list Items whose
// enum facts give a Fact (during the document's dates, see InForce) has
// that fact among the codes in its list In, when In has any: a county in
// one of the regions listed, a municipality in one of them. Code names
// the diagnostic, one of BelongsToCodes.
type BelongsTo struct {
	Items string    `json:"items"`
	Fact  string    `json:"fact"`
	In    string    `json:"in"`
	Code  string    `json:"code"`
	Diag  diag.Code `json:"-"`
}

// BelongsToCodes are the diagnostics an x-malli-belongs-to rule may name:
// each takes the item (its field, its code with label), the fact's codes
// with labels, and the In field.
var BelongsToCodes = []diag.Code{diag.AreaCountyRegion, diag.AreaMunicipalityRegion, diag.AreaMunicipalityCounty}

// InForce names the document's dates that the codes in a value must be in
// force on: some day from the field at pointer From to the one at To (or
// on the day From when To is empty or absent). A code is in force on a day
// one of its enum facts' periods holds.
type InForce struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// Annot is what malli's keywords say about one schema location.
type Annot struct {
	Label       Labels
	Description Labels // what the field is for, in words
	PatternHelp Labels // what the pattern asks, in words
	EnumLabels  map[string]Labels
	CodeLinks   map[string]Labels // x-malli-code-links: per code, the address of its official page in fi/sv/en
	EnumFacts   map[string]Periods
	BelongsTo   []BelongsTo
	InForce     *InForce
	Ref         *RefSpec
	BusinessID  bool
	Rules       []Rule
	EachOnce    *EachOnce
	InScale     *InScale
	StepGraph   *StepGraph
	Aggregates  *AggregatesOnly
	Series      *Series
	Table       *ListTable
	// RequirementsFrom and Deadlines read another document's rules (ext_programme.go).
	RequirementsFrom *RequirementsFrom
	Deadlines        []Deadline
	Sources          *fieldSources // x-malli-source: whose requirements the object's "required" are
	// Scorecard, Scale and Grouped are the self-evaluation pages' (ext_evaluation.go).
	Scorecard *Scorecard
	Scale     *Scale
	Grouped   *Grouped
	Taxonomy  *Taxonomy // x-malli-taxonomy: the values are terms of a taxonomy (ext_taxonomy.go)
}

type extCompiler struct{}

func (extCompiler) Compile(ctx jsonschema.CompilerContext, m map[string]interface{}) (jsonschema.ExtSchema, error) {
	var a Annot
	found := false
	decode := func(key string, into any) error {
		v, ok := m[key]
		if !ok {
			return nil
		}
		found = true
		data, _ := json.Marshal(v)
		if err := json.Unmarshal(data, into); err != nil {
			return fmt.Errorf("%s: %v", key, err)
		}
		return nil
	}
	var ref json.RawMessage
	var err error
	for _, e := range []error{
		decode("x-malli-label", &a.Label),
		decode("x-malli-description", &a.Description),
		decode("x-malli-pattern-help", &a.PatternHelp),
		decode("x-malli-enum-labels", &a.EnumLabels),
		decode("x-malli-enum-facts", &a.EnumFacts),
		decode("x-malli-code-links", &a.CodeLinks),
		decode("x-malli-belongs-to", &a.BelongsTo),
		decode("x-malli-in-force", &a.InForce),
		decode("x-malli-ref", &ref),
		decode("x-malli-business-id", &a.BusinessID),
		decode("x-malli-rules", &a.Rules),
		decode("x-malli-each-once", &a.EachOnce),
		decode("x-malli-in-scale", &a.InScale),
		decode("x-malli-step-graph", &a.StepGraph),
		decode("x-malli-aggregates-only", &a.Aggregates),
		decode("x-malli-series", &a.Series),
		decode("x-malli-table", &a.Table),
		decode("x-malli-requirements-from", &a.RequirementsFrom),
		decode("x-malli-deadlines", &a.Deadlines),
		decode("x-malli-source", &a.Sources),
		decode("x-malli-scorecard", &a.Scorecard),
		decode("x-malli-scale", &a.Scale),
		decode("x-malli-grouped", &a.Grouped),
		decode("x-malli-taxonomy", &a.Taxonomy),
	} {
		if e != nil && err == nil {
			err = e
		}
	}
	if err != nil {
		return nil, err
	}
	if len(ref) > 0 {
		if a.Ref, err = parseRef(ref); err != nil {
			return nil, err
		}
	}
	if e := a.EachOnce; e != nil && ((e.NotApplicable == "") != (e.Reason == "") || e.Value != "" && e.NotApplicable == "") {
		return nil, fmt.Errorf("x-malli-each-once: not_applicable and reason go together, and value needs them")
	}
	if g := a.Aggregates; g != nil && (g.MinCount < 1 || (g.Counts.Field == "") != (g.Counts.Equals == "") || (g.Shares.Field == "") != (g.Shares.Equals == "")) {
		return nil, fmt.Errorf("x-malli-aggregates-only: min_count must be at least 1, and counts and shares want {field, equals}")
	}
	if sr := a.Series; sr != nil && (len(sr.Column) == 0 || sr.Cells == "" || sr.Row == "" || sr.Value == "" || len(sr.Period) != 0 && len(sr.Period) != 2) {
		return nil, fmt.Errorf("x-malli-series: column, cells, row and value are required, and period names two fields")
	}
	if t := a.Table; t != nil && (t.Row == "" || len(t.Columns) == 0) {
		return nil, fmt.Errorf("x-malli-table: row and columns are required")
	}
	for code, l := range a.CodeLinks {
		for _, lang := range []string{"fi", "sv", "en"} {
			if !strings.HasPrefix(l[lang], "https://") {
				return nil, fmt.Errorf("x-malli-code-links: %q wants an https address in fi, sv and en", code)
			}
		}
	}
	if err := checkFacts(m, a.EnumFacts); err != nil {
		return nil, err
	}
	for i := range a.BelongsTo {
		b := &a.BelongsTo[i]
		for _, c := range BelongsToCodes {
			if c.String() == b.Code {
				b.Diag = c
			}
		}
		if b.Items == "" || b.Fact == "" || b.In == "" || b.Diag == (diag.Code{}) {
			return nil, fmt.Errorf("x-malli-belongs-to: want {items, fact, in, code} with code one of %v", BelongsToCodes)
		}
	}
	if f := a.InForce; f != nil && (!strings.HasPrefix(f.From, "/") || f.To != "" && !strings.HasPrefix(f.To, "/")) {
		return nil, fmt.Errorf("x-malli-in-force: want {from: a pointer, to: a pointer}")
	}
	if a.Taxonomy != nil {
		if err := a.Taxonomy.check(); err != nil {
			return nil, err
		}
	}
	if err := checkProgrammeKeywords(&a); err != nil {
		return nil, err
	}
	if err := checkEvaluationKeywords(&a); err != nil {
		return nil, err
	}
	if a.Sources != nil {
		if msg := a.Sources.check(m); msg != "" {
			return nil, fmt.Errorf("x-malli-source: %s", msg)
		}
	}
	if e := a.EachOnce; e != nil && e.Source != nil {
		if msg := e.Source.check(); msg != "" {
			return nil, fmt.Errorf("x-malli-each-once: source: %s", msg)
		}
	}
	for _, r := range a.Rules {
		if r.Source != nil {
			if msg := r.Source.check(); msg != "" {
				return nil, fmt.Errorf("x-malli-rules: source: %s", msg)
			}
		}
		if r.Rule != "not_before" && r.Rule != "at_most_ratio" {
			return nil, fmt.Errorf("x-malli-rules: unknown rule %q", r.Rule)
		}
		if r.Rule == "at_most_ratio" && (r.Ratio == nil) == (r.RatioFrom == nil) {
			return nil, fmt.Errorf("x-malli-rules: at_most_ratio needs a ratio or a ratio_from, not both")
		}
		if f := r.RatioFrom; f != nil && (!strings.HasPrefix(f.From, "/") || f.Key == "") {
			return nil, fmt.Errorf("x-malli-rules: ratio_from wants {from: a pointer, key}")
		}
	}
	if !found {
		return nil, nil
	}
	return &a, nil
}

// checkFacts checks that x-malli-enum-facts speaks only of codes of the
// schema's own enum, and that its replaced_by codes are codes of it too.
func checkFacts(m map[string]interface{}, facts map[string]Periods) error {
	if facts == nil {
		return nil
	}
	enum, _ := m["enum"].([]interface{})
	codes := make(map[string]bool, len(enum))
	for _, e := range enum {
		if s, ok := e.(string); ok {
			codes[s] = true
		}
	}
	for c, ps := range facts {
		if !codes[c] {
			return fmt.Errorf("x-malli-enum-facts: %q is not a code of this schema's enum", c)
		}
		for _, p := range ps {
			if p.ReplacedBy != "" && !codes[p.ReplacedBy] {
				return fmt.Errorf("x-malli-enum-facts: %q: replaced_by %q is not a code of this schema's enum", c, p.ReplacedBy)
			}
		}
	}
	return nil
}

func parseRef(raw json.RawMessage) (*RefSpec, error) {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return &RefSpec{Types: []string{one}}, nil
	}
	var many []string
	if json.Unmarshal(raw, &many) == nil && len(many) > 0 {
		return &RefSpec{Types: many}, nil
	}
	var obj struct {
		Type string `json:"type"`
		Item string `json:"item"`
		From string `json:"from"`
	}
	if json.Unmarshal(raw, &obj) == nil && obj.Type != "" && obj.Item != "" && strings.HasPrefix(obj.From, "/") {
		return &RefSpec{Types: []string{obj.Type}, Item: obj.Item, From: obj.From}, nil
	}
	return nil, fmt.Errorf("x-malli-ref: want a type name, a list of them, or {type, item, from}")
}

// Validate checks the rules that need no other document: business ids and
// cross-field rules.
func (a *Annot) Validate(ctx jsonschema.ValidationContext, v interface{}) error {
	if a.BusinessID {
		if s, ok := v.(string); ok && !ValidBusinessID(s) {
			return ctx.Error("x-malli-business-id", "invalid business id %q", s)
		}
	}
	obj, ok := v.(map[string]interface{})
	if !ok {
		return nil
	}
	for i, r := range a.Rules {
		field, ok1 := obj[r.Field]
		other, ok2 := obj[r.Other]
		if !ok1 || !ok2 {
			continue
		}
		switch r.Rule {
		case "not_before":
			f, _ := field.(string)
			o, _ := other.(string)
			if f != "" && o != "" && f < o {
				e := ctx.Error(fmt.Sprintf("x-malli-rules/%d", i), "%s is before %s", r.Field, r.Other)
				e.InstanceLocation += "/" + r.Field
				return e
			}
		case "at_most_ratio":
			if r.Ratio == nil {
				continue // the ratio is another document's: Report.Ratios
			}
			f, okf := toRat(field)
			o, oko := toRat(other)
			if okf && oko {
				limit := new(big.Rat).Mul(o, new(big.Rat).SetFloat64(*r.Ratio))
				if f.Cmp(limit) > 0 {
					e := ctx.Error(fmt.Sprintf("x-malli-rules/%d", i), "%s exceeds %v of %s", r.Field, *r.Ratio, r.Other)
					e.InstanceLocation += "/" + r.Field
					return e
				}
			}
		}
	}
	return nil
}

// Rat returns a JSON number (json.Number or float64) as an exact fraction.
func Rat(v any) (*big.Rat, bool) { return toRat(v) }

func toRat(v any) (*big.Rat, bool) {
	switch n := v.(type) {
	case json.Number:
		return new(big.Rat).SetString(string(n))
	case float64:
		return new(big.Rat).SetFloat64(n), true
	}
	return nil, false
}

// ValidBusinessID reports whether s is a Finnish business id (Y-tunnus)
// "NNNNNNN-C" whose check digit C is right: the digits weighted 7, 9, 10, 5,
// 8, 4, 2, summed modulo 11; 0 gives 0, 1 is never issued, r gives 11-r.
func ValidBusinessID(s string) bool {
	if len(s) != 9 || s[7] != '-' {
		return false
	}
	weights := [7]int{7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		sum += int(s[i]-'0') * w
	}
	if s[8] < '0' || s[8] > '9' {
		return false
	}
	r := sum % 11
	switch r {
	case 0:
		return s[8] == '0'
	case 1:
		return false
	}
	return int(s[8]-'0') == 11-r
}

// Picture says what a type's documents give the home page's situational
// picture and the project page's hub (the top-level x-malli block's
// "picture"), by pointers into their front matter (a field of a list's
// items where it says so), so that no Go code names a type or a field:
//
//   - role "project": Measure (a reference, or a list of them, to items
//     of another document's list: the rows of the projects-by-measure
//     matrix), Regions (lists of area codes: its columns), Status (an enum
//     code), Period (the first and last day), Aid and Costs (euros: the
//     aid and its share of the costs are shown), Produces (lists of
//     references to what the project produces: models, service paths) and
//     Done (the field of an item of an x-malli-deadlines list that holds
//     the day it was done, such as the day a report was submitted);
//   - role "evaluation": Of (the reference to the project), Phase, Date
//     and Next (the phase done, its day, the day the next phase is due),
//     Phases (every phase due, in order), LastByEnd (the last phase is due
//     by the project's last day, Period[1]), Scores and Score (the list of
//     scores and the field of a score holding its points, whose
//     x-malli-in-scale gives the scale);
//   - role "monitoring": Of, Phases, Rounds (an x-malli-series list: each
//     round a phase), Phase and Date (fields of a round), and of the items
//     the series' rows refer to (indicators): Target, TargetNote and
//     Direction, whose codes Higher and Lower say which way is better, and
//     Unit.
//
// Source says whose the phases are (a programme's evaluation phases).
type Picture struct {
	Role       string   `json:"role"`
	Measure    string   `json:"measure"`
	Regions    []string `json:"regions"`
	Status     string   `json:"status"`
	Period     []string `json:"period"`
	Aid        string   `json:"aid"`
	Costs      string   `json:"costs"`
	Produces   []string `json:"produces"`
	Done       string   `json:"done"`
	Of         string   `json:"of"`
	Phases     []string `json:"phases"`
	Phase      string   `json:"phase"`
	Date       string   `json:"date"`
	Next       string   `json:"next"`
	LastByEnd  bool     `json:"last_by_end"`
	Scores     string   `json:"scores"`
	Score      string   `json:"score"`
	Rounds     string   `json:"rounds"`
	Target     string   `json:"target"`
	TargetNote string   `json:"target_note"`
	Unit       string   `json:"unit"`
	Direction  string   `json:"direction"`
	Higher     string   `json:"higher"`
	Lower      string   `json:"lower"`
	Source     *Source  `json:"source"`
}

// Picture roles.
const (
	PictureProject    = "project"
	PictureEvaluation = "evaluation"
	PictureMonitoring = "monitoring"
)

// check says what is wrong with p, if anything: the pointer in the schema
// file and the message.
func (p *Picture) check() (string, string) {
	if p == nil {
		return "", ""
	}
	at := "/x-malli/picture"
	pointers := func(names map[string]string) (string, string) {
		keys := make([]string, 0, len(names))
		for name := range names {
			keys = append(keys, name)
		}
		sort.Strings(keys)
		for _, name := range keys {
			if v := names[name]; v != "" && !strings.HasPrefix(v, "/") {
				return at + "/" + name, fmt.Sprintf("x-malli picture: %s wants a pointer (/field), not %q", name, v)
			}
		}
		return "", ""
	}
	if p.Source != nil {
		if msg := p.Source.check(); msg != "" {
			return at + "/source", "x-malli picture: source: " + msg
		}
	}
	switch p.Role {
	case PictureProject:
		if len(p.Period) != 0 && len(p.Period) != 2 {
			return at + "/period", "x-malli picture: period names two fields, the first and the last day"
		}
		all := map[string]string{"measure": p.Measure, "status": p.Status, "aid": p.Aid, "costs": p.Costs}
		for i, v := range p.Period {
			all[fmt.Sprintf("period/%d", i)] = v
		}
		for i, v := range p.Regions {
			all[fmt.Sprintf("regions/%d", i)] = v
		}
		for i, v := range p.Produces {
			all[fmt.Sprintf("produces/%d", i)] = v
		}
		return pointers(all)
	case PictureEvaluation, PictureMonitoring:
		if p.Of == "" || len(p.Phases) == 0 {
			return at, "x-malli picture: an " + p.Role + " picture names the project it is of (of) and the phases due (phases)"
		}
		if p.Role == PictureMonitoring {
			if p.Rounds == "" || p.Phase == "" {
				return at, "x-malli picture: a monitoring picture names its rounds (an x-malli-series list) and their phase field"
			}
			return pointers(map[string]string{"of": p.Of, "rounds": p.Rounds})
		}
		if p.Phase == "" {
			return at, "x-malli picture: an evaluation picture names its phase"
		}
		return pointers(map[string]string{"of": p.Of, "phase": p.Phase, "date": p.Date, "next": p.Next, "scores": p.Scores})
	}
	return at + "/role", fmt.Sprintf("x-malli picture: role %q is not one of project, evaluation, monitoring", p.Role)
}

// Format returns the standard "format" of the value at ptr ("email",
// "date", "uri"), or "".
func (r *Report) Format(ptr string) string {
	for _, s := range r.applicable[ptr] {
		if s.Format != "" {
			return s.Format
		}
	}
	return ""
}

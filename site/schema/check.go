// Check: validating a document against its type's schema and walking it
// to collect, at each JSON Pointer, the schemas that apply there and the
// annotations later stages act on (references, each-once lists, scales,
// step graphs).

package schema

import (
	"errors"
	"sort"
	"strconv"

	"github.com/malli-fi/malli/site/diag"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Problem is a schema violation at a JSON Pointer of the document.
type Problem struct {
	Pointer  string // the instance location
	AtValue  bool   // point at the value rather than its key
	Severity diag.Severity
	Code     diag.Code
	Args     []any
	Hint     diag.Localized // optional
}

// Ref is a reference value found in a document.
type Ref struct {
	Pointer string
	Value   string
	Spec    RefSpec
}

// Located is an annotation found at a pointer of a document.
type Located[T any] struct {
	Pointer string
	Spec    T
}

// Report is what Check learned about one document.
type Report struct {
	Problems   []Problem
	Refs       []Ref
	EachOnce   []Located[EachOnce]
	InScale    []Located[InScale]
	StepGraphs []Located[StepGraph]
	Ratios     []Located[Rule] // at_most_ratio rules whose ratio is another document's (RatioFrom), at their object
	Aggregates []Located[AggregatesOnly]
	Series     []Located[Series]
	Tables     []Located[ListTable]
	BelongsTo  []Located[BelongsTo]
	InForce    []Located[InForce]
	// Requirements and Deadlines are another document's rules for this one
	// (ext_programme.go), at the object that names them.
	RequirementsFrom []Located[RequirementsFrom]
	Deadlines        []Located[Deadline]
	// Scorecards, Scales and Groupings are the self-evaluation pages' (ext_evaluation.go).
	Scorecards []Located[Scorecard]
	Scales     []Located[Scale]
	Groupings  []Located[Grouped]
	// Terms are the document's taxonomy values (x-malli-taxonomy), in walk order.
	Terms []Term

	applicable map[string][]*jsonschema.Schema // by pointer: the schemas the walk found there
	at         schemaIndex                     // the type's schemas by location
	typ        *Type
	doc        any // the checked value
}

// Check validates the JSON-like value v (map[string]any, []any, string,
// json.Number, bool, nil) against the type's schema and collects the
// annotations that later stages act on.
func (t *Type) Check(v any) *Report {
	r := &Report{applicable: map[string][]*jsonschema.Schema{}, at: t.at, typ: t, doc: v}
	r.walk(closure(t.schema, v, nil), v, "")
	err := t.schema.Validate(v)
	var ve *jsonschema.ValidationError
	if errors.As(err, &ve) {
		for _, leaf := range leaves(ve) {
			r.problem(leaf, v)
		}
	} else if err != nil {
		r.Problems = append(r.Problems, Problem{Code: diag.SchemaInvalid, Args: []any{Field{}, err.Error()}})
	}
	sort.SliceStable(r.Problems, func(i, j int) bool { return r.Problems[i].Pointer < r.Problems[j].Pointer })
	return r
}

func annot(s *jsonschema.Schema) *Annot {
	if a, ok := s.Extensions["malli"].(*Annot); ok {
		return a
	}
	return nil
}

// closure returns s and every schema that applies to v in place through
// $ref, allOf, a matching if/then/else and matching anyOf/oneOf branches.
//
// Knowing which branch matches takes validating the "if" and each branch
// against v, and Check's Validate then does it all again: for a published
// operating model these validations are about three quarters of the walk
// and a quarter of Check (jsonschema v5.3.1). The validator cannot say
// which branches matched (an anyOf that passes keeps no trace of its
// failed branches, an "if" none at all), and an extension keyword sees the
// value but nothing of the validation it is part of, so the work is not
// shared. The walk does it once per node; what the Report answers later
// (labels, RequiredFor) reads the walk's result rather than doing it again.
func closure(s *jsonschema.Schema, v any, out []*jsonschema.Schema) []*jsonschema.Schema {
	if s == nil {
		return out
	}
	for _, seen := range out {
		if seen == s {
			return out
		}
	}
	out = append(out, s)
	out = closure(s.Ref, v, out)
	for _, a := range s.AllOf {
		out = closure(a, v, out)
	}
	if s.If != nil {
		if s.If.Validate(v) == nil {
			out = closure(s.Then, v, out)
		} else {
			out = closure(s.Else, v, out)
		}
	}
	for _, group := range [][]*jsonschema.Schema{s.AnyOf, s.OneOf} {
		for _, b := range group {
			if v != nil && b.Validate(v) == nil {
				out = closure(b, v, out)
			}
		}
	}
	return out
}

func (r *Report) walk(schemas []*jsonschema.Schema, v any, ptr string) {
	r.applicable[ptr] = schemas
	for _, s := range schemas {
		a := annot(s)
		if a == nil {
			continue
		}
		if a.Ref != nil {
			if str, ok := v.(string); ok {
				r.Refs = append(r.Refs, Ref{Pointer: ptr, Value: str, Spec: *a.Ref})
			}
		}
		if a.EachOnce != nil {
			r.EachOnce = append(r.EachOnce, Located[EachOnce]{ptr, *a.EachOnce})
		}
		if a.InScale != nil {
			r.InScale = append(r.InScale, Located[InScale]{ptr, *a.InScale})
		}
		if a.StepGraph != nil {
			r.StepGraphs = append(r.StepGraphs, Located[StepGraph]{ptr, *a.StepGraph})
		}
		if a.Aggregates != nil {
			r.Aggregates = append(r.Aggregates, Located[AggregatesOnly]{ptr, *a.Aggregates})
		}
		if a.Series != nil {
			r.Series = append(r.Series, Located[Series]{ptr, *a.Series})
		}
		if a.Table != nil {
			r.Tables = append(r.Tables, Located[ListTable]{ptr, *a.Table})
		}
		for _, b := range a.BelongsTo {
			r.BelongsTo = append(r.BelongsTo, Located[BelongsTo]{ptr, b})
		}
		if a.InForce != nil {
			r.InForce = append(r.InForce, Located[InForce]{ptr, *a.InForce})
		}
		if a.RequirementsFrom != nil {
			r.RequirementsFrom = append(r.RequirementsFrom, Located[RequirementsFrom]{ptr, *a.RequirementsFrom})
		}
		for _, dl := range a.Deadlines {
			r.Deadlines = append(r.Deadlines, Located[Deadline]{ptr, dl})
		}
		if a.Scorecard != nil {
			r.Scorecards = append(r.Scorecards, Located[Scorecard]{ptr, *a.Scorecard})
		}
		if a.Scale != nil {
			r.Scales = append(r.Scales, Located[Scale]{ptr, *a.Scale})
		}
		if a.Grouped != nil {
			r.Groupings = append(r.Groupings, Located[Grouped]{ptr, *a.Grouped})
		}
		if a.Taxonomy != nil {
			r.terms(a.Taxonomy, v, ptr)
		}
		for _, rule := range a.Rules {
			if rule.RatioFrom != nil {
				r.Ratios = append(r.Ratios, Located[Rule]{ptr, rule})
			}
		}
	}
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			var child []*jsonschema.Schema
			known := false
			for _, s := range schemas {
				if p := s.Properties[k]; p != nil {
					known = true
					child = closure(p, v[k], child)
					continue
				}
				for re, p := range s.PatternProperties {
					if re.MatchString(k) {
						known = true
						child = closure(p, v[k], child)
					}
				}
				if ap, ok := s.AdditionalProperties.(*jsonschema.Schema); ok {
					known = true
					child = closure(ap, v[k], child)
				}
				if b, ok := s.AdditionalProperties.(bool); ok && !b {
					known = true // the validator reports it
				}
				if u := s.UnevaluatedProperties; u != nil && u.Always != nil && !*u.Always {
					known = true // the validator reports it
				}
			}
			cptr := ptr + "/" + escape(k)
			if !known && len(schemas) > 0 {
				r.Problems = append(r.Problems, Problem{
					Pointer: cptr, Severity: diag.Warning, Code: diag.SchemaUnknownKey,
					Args: []any{k}, Hint: suggest(k, r.knownKeys(schemas)),
				})
			}
			r.walk(child, v[k], cptr)
		}
	case []any:
		for i, item := range v {
			var child []*jsonschema.Schema
			for _, s := range schemas {
				switch {
				case i < len(s.PrefixItems):
					child = closure(s.PrefixItems[i], item, child)
				case s.Items2020 != nil:
					child = closure(s.Items2020, item, child)
				}
				if it, ok := s.Items.(*jsonschema.Schema); ok {
					child = closure(it, item, child)
				}
			}
			r.walk(child, item, ptr+"/"+strconv.Itoa(i))
		}
	}
}

func (r *Report) knownKeys(schemas []*jsonschema.Schema) []string {
	var keys []string
	for _, s := range schemas {
		for k := range s.Properties {
			keys = append(keys, k)
		}
	}
	return keys
}

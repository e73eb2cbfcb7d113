// Turning the validator's errors into Problems: which errors of the tree
// are reported (leaves), and for each its code, its arguments and its hint,
// read from the schema at the error's keyword location (location.go).

package schema

import (
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/malli-fi/malli/site/diag"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// leaves flattens a validation error tree to the errors that say what is
// wrong. Of the branches of a failed anyOf/oneOf it keeps the one that came
// closest to matching.
func leaves(ve *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(ve.Causes) == 0 {
		return []*jsonschema.ValidationError{ve}
	}
	kw := lastSegment(ve.KeywordLocation)
	if kw == "anyOf" || kw == "oneOf" {
		if allRequired(ve) {
			return []*jsonschema.ValidationError{ve} // "give one of these fields"
		}
		var best []*jsonschema.ValidationError
		bestScore := -1
		for _, c := range ve.Causes {
			l := leaves(c)
			score := len(l)
			for _, e := range l {
				if lastSegment(e.KeywordLocation) == "type" && e.InstanceLocation == ve.InstanceLocation {
					score += 1000
				}
			}
			if bestScore < 0 || score < bestScore {
				best, bestScore = l, score
			}
		}
		return best
	}
	var out []*jsonschema.ValidationError
	for _, c := range ve.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

// allRequired reports whether every branch of a failed anyOf/oneOf failed
// only for missing fields of the same object: one of them is needed.
func allRequired(ve *jsonschema.ValidationError) bool {
	if lastSegment(ve.KeywordLocation) != "anyOf" {
		return false
	}
	for _, c := range ve.Causes {
		for _, l := range leaves(c) {
			if lastSegment(l.KeywordLocation) != "required" || l.InstanceLocation != ve.InstanceLocation {
				return false
			}
		}
	}
	return len(ve.Causes) > 0
}

// lastSegment returns the keyword of a keyword location.
func lastSegment(loc string) string {
	_, kw := cutLast(loc)
	return kw
}

func (r *Report) problem(e *jsonschema.ValidationError, doc any) {
	s, kw, arg := r.at.failed(e)
	ptr := e.InstanceLocation
	field := r.Label(ptr)
	value, _ := get(doc, ptr)
	p := Problem{Pointer: ptr, AtValue: true}
	if s == nil {
		kw = "" // not a location of the type's schemas; say what the validator says
	}
	switch kw {
	case "required":
		obj, _ := value.(map[string]any)
		code := diag.Code(diag.SchemaRequired)
		published := r.statusConditional(e)
		if published {
			code = diag.SchemaRequiredPublished
		}
		for _, name := range s.Required {
			if _, ok := obj[name]; ok {
				continue
			}
			src := sourceOf(s, name)
			says := src.Needs()
			if published {
				says = src.Says()
			}
			pr := Problem{Pointer: ptr, Code: code, Args: []any{Field{Key: name, Label: r.labelOf(ptr, name)}, says}}
			if d := r.descriptionOf(ptr, name); d != nil {
				pr.Hint = d
			}
			r.Problems = append(r.Problems, pr)
		}
		return
	case "anyOf":
		p.AtValue = false
		p.Code, p.Args = diag.SchemaAnyRequired, []any{field, r.anyOfFields(ptr, s), anyOfSource(s).Needs()}
	case "type":
		p.Code, p.Args = diag.SchemaType, []any{field, typeWords(s.Types, jsonType(value))}
	case "enum":
		allowed := enumValues(s.Enum)
		p.Code, p.Args = diag.SchemaEnum, []any{field, show(value), allowedWords(s, allowed)}
		if v, ok := value.(string); ok {
			if !digits(v) { // a near number is another place, not a typo's fix
				p.Hint = suggest(v, allowed)
			}
			if p.Hint == nil {
				p.Hint = r.suggestByLabel(ptr, v)
			}
		}
	case "const":
		p.Code, p.Args = diag.SchemaConst, []any{field, show(value), show(s.Constant[0])}
	case "pattern":
		help := r.patternHelp(ptr, s)
		if help == nil {
			help = patternWords(s.Pattern.String())
		}
		p.Code, p.Args = diag.SchemaPattern, []any{field, show(value), help}
	case "format":
		if urlProblem(&p, s.Format, value) {
			break
		}
		p.Code, p.Args = diag.SchemaFormat, []any{field, show(value), formatWords(s.Format)}
	case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
		bound := map[string]struct {
			code  diag.Code
			limit *big.Rat
		}{
			"minimum":          {diag.SchemaMinimum, s.Minimum},
			"maximum":          {diag.SchemaMaximum, s.Maximum},
			"exclusiveMinimum": {diag.SchemaExclusiveMinimum, s.ExclusiveMinimum},
			"exclusiveMaximum": {diag.SchemaExclusiveMaximum, s.ExclusiveMaximum},
		}[kw]
		p.Code, p.Args = bound.code, []any{field, number(bound.limit), show(value)}
	case "minLength", "maxLength", "minItems", "maxItems":
		bound := map[string]struct {
			code  diag.Code
			limit int
		}{
			"minLength": {diag.SchemaMinLength, s.MinLength},
			"maxLength": {diag.SchemaMaxLength, s.MaxLength},
			"minItems":  {diag.SchemaMinItems, s.MinItems},
			"maxItems":  {diag.SchemaMaxItems, s.MaxItems},
		}[kw]
		// The size, not the value: a summary can be long.
		size := 0
		switch v := value.(type) {
		case string:
			size = utf8.RuneCountInString(v)
		case []any:
			size = len(v)
		}
		p.Code, p.Args = bound.code, []any{field, strconv.Itoa(bound.limit), strconv.Itoa(size)}
	case "uniqueItems":
		p.Code, p.Args = diag.SchemaUnique, []any{field}
	case "additionalProperties":
		// The error is the object's; the problem is each key the schema
		// does not allow, an error at that key (the walk leaves them to the
		// validator).
		obj, _ := value.(map[string]any)
		var known []string
		for k := range s.Properties {
			known = append(known, k)
		}
		sort.Strings(known)
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if allowed(s, k) {
				continue
			}
			r.Problems = append(r.Problems, Problem{Pointer: ptr + "/" + escape(k), Code: diag.SchemaUnknownKey, Args: []any{k}, Hint: suggest(k, known)})
		}
		return
	case "unevaluatedProperties":
		// The error is the key's. A key that a schema of its object names
		// is unevaluated only because that schema failed for another
		// reason (a bad date in the common fields), which is reported.
		parent, key := splitPointer(ptr)
		known := r.knownKeys(r.applicable[parent])
		for _, k := range known {
			if k == key {
				return
			}
		}
		p.Code, p.Args, p.AtValue = diag.SchemaUnknownKey, []any{key}, false
		p.Hint = suggest(key, known)
	case "x-malli-business-id":
		p.Code, p.Args = diag.SchemaBusinessID, []any{field, show(value)}
		if s, ok := value.(string); ok {
			if d, ok := checkDigit(s); ok {
				p.Hint = checkDigitWords(s[:7], d)
			}
		}
	case "x-malli-rules":
		p.AtValue = false
		rule := ruleAt(s, arg)
		other := Field{rule.Other, r.labelOf(parentOf(ptr), rule.Other)}
		switch rule.Rule {
		case "not_before":
			p.Code, p.Args = diag.SchemaNotBefore, []any{field, other, rule.Whose().Needs()}
		default:
			p.Code, p.Args = diag.SchemaAtMostRatio, []any{field, fmt.Sprintf("%g %%", *rule.Ratio*100), other, rule.Whose().Needs()}
		}
	default:
		// A keyword malli has no words for (multipleOf, not, …): the
		// validator's own explanation is all there is.
		p.Code, p.Args = diag.SchemaInvalid, []any{field, e.Message}
	}
	r.Problems = append(r.Problems, p)
}

// allowed reports whether s names property k, or has a pattern for it.
func allowed(s *jsonschema.Schema, k string) bool {
	if _, ok := s.Properties[k]; ok {
		return true
	}
	for re := range s.PatternProperties {
		if re.MatchString(k) {
			return true
		}
	}
	return false
}

// maxListed is the most enum values a message lists; a longer code list
// (the municipalities) is named by its size and label instead.
const maxListed = 30

// allowedWords lists the values of enum schema s, or for a long code list
// says how many codes its list has: "310 koodia (koodisto Kunta)".
func allowedWords(s *jsonschema.Schema, allowed []string) any {
	if len(allowed) <= maxListed {
		return strings.Join(allowed, ", ")
	}
	var label Labels
	if a := annot(s); a != nil {
		label = a.Label
	}
	n := len(allowed)
	if label == nil {
		return diag.Words{FI: fmt.Sprintf("%d koodia", n), SV: fmt.Sprintf("%d koder", n), EN: fmt.Sprintf("%d codes", n)}
	}
	return diag.Words{
		FI: fmt.Sprintf("%d koodia (koodisto %s)", n, label.In(diag.FI)),
		SV: fmt.Sprintf("%d koder (kodverket %s)", n, label.In(diag.SV)),
		EN: fmt.Sprintf("%d codes (code list %s)", n, label.In(diag.EN)),
	}
}

func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// patternHelp returns what the pattern of s asks, in words: the
// x-malli-pattern-help beside it, else one on another schema of the value
// (a "$ref" to a shared pattern may carry its own), or nil.
func (r *Report) patternHelp(ptr string, s *jsonschema.Schema) diag.Localized {
	if a := annot(s); a != nil && len(a.PatternHelp) > 0 {
		return a.PatternHelp
	}
	var help diag.Localized
	for _, s := range r.applicable[ptr] {
		if a := annot(s); a != nil && len(a.PatternHelp) > 0 {
			help = a.PatternHelp
		}
	}
	return help
}

// anyOfFields lists the fields of which one is needed, as "a" (A) tai "b"
// (B): the required fields of the branches of the anyOf of s.
func (r *Report) anyOfFields(ptr string, s *jsonschema.Schema) diag.Localized {
	var fields []Field
	for _, b := range s.AnyOf {
		for _, n := range b.Required {
			fields = append(fields, Field{Key: n, Label: r.labelOf(ptr, n)})
		}
	}
	return orWords(fields)
}

// sourceOf returns whose requirement field name of the "required" of s is.
func sourceOf(s *jsonschema.Schema, name string) Source {
	if a := annot(s); a != nil {
		if src, ok := a.Sources.of(name); ok {
			return src
		}
	}
	return MalliSource
}

// anyOfSource returns whose requirement the anyOf of s is: its
// x-malli-source for the first field of the branches, else the first
// branch's own.
func anyOfSource(s *jsonschema.Schema) Source {
	for _, b := range s.AnyOf {
		for _, n := range b.Required {
			if a := annot(s); a != nil {
				if src, ok := a.Sources.of(n); ok {
					return src
				}
			}
			return sourceOf(b, n)
		}
	}
	return MalliSource
}

// Whose returns whose rule r is (MalliSource when the schema does not say).
func (r Rule) Whose() Source {
	if r.Source != nil {
		return *r.Source
	}
	return MalliSource
}

// Whose returns whose requirement that every item be named is.
func (e EachOnce) Whose() Source {
	if e.Source != nil {
		return *e.Source
	}
	return MalliSource
}

// ruleAt returns rule number index of the x-malli-rules of s.
func ruleAt(s *jsonschema.Schema, index string) Rule {
	i, err := strconv.Atoi(index)
	if a := annot(s); a != nil && err == nil && i >= 0 && i < len(a.Rules) {
		return a.Rules[i]
	}
	return Rule{Rule: "unknown"}
}

func checkDigit(s string) (int, bool) {
	if len(s) < 7 {
		return 0, false
	}
	for d := 0; d <= 9; d++ {
		if ValidBusinessID(fmt.Sprintf("%s-%d", s[:7], d)) {
			return d, true
		}
	}
	return 0, false
}

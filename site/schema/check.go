package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

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

	applicable map[string][]*jsonschema.Schema
	at         schemaIndex
}

// Field is a key with its labels, printed as `"key" (label)`.
type Field struct {
	Key   string
	Label Labels
}

func (f Field) In(lang diag.Lang) string {
	if l := f.Label.In(lang); l != "" {
		return fmt.Sprintf("%q (%s)", f.Key, l)
	}
	return strconv.Quote(f.Key)
}

// Label returns the label of the property at pointer, as the schemas give it.
func (r *Report) Label(pointer string) Field {
	parent, key := splitPointer(pointer)
	for isIndex(key) && parent != "" {
		parent, key = splitPointer(parent) // an item is labelled by its list
	}
	return Field{Key: key, Label: r.labelOf(parent, key)}
}

func isIndex(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// labelOf returns the labels of property key of the object at parent.
func (r *Report) labelOf(parent, key string) Labels {
	return r.propertyText(parent, key, func(a *Annot) Labels { return a.Label }, func(s *jsonschema.Schema) string { return s.Title })
}

// descriptionOf returns what the property key of the object at parent is
// for, in every language the schema gives, or nil.
func (r *Report) descriptionOf(parent, key string) Labels {
	return r.propertyText(parent, key, func(a *Annot) Labels { return a.Description }, func(s *jsonschema.Schema) string { return s.Description })
}

// propertyText finds a text of property key of the object at parent: the
// trilingual annotation if a schema of the property has one, else its
// Finnish standard keyword.
func (r *Report) propertyText(parent, key string, annotated func(*Annot) Labels, plain func(*jsonschema.Schema) string) Labels {
	for _, s := range r.applicable[parent] {
		p := s.Properties[key]
		if p == nil {
			continue
		}
		for _, ps := range closure(p, nil, nil) {
			if a := annot(ps); a != nil && len(annotated(a)) > 0 {
				return annotated(a)
			}
			if text := plain(ps); text != "" {
				return Labels{"fi": text}
			}
		}
	}
	return nil
}

// Check validates the JSON-like value v (map[string]any, []any, string,
// json.Number, bool, nil) against the type's schema and collects the
// annotations that later stages act on.
func (t *Type) Check(v any) *Report {
	r := &Report{applicable: map[string][]*jsonschema.Schema{}, at: t.at}
	r.walk(closure(t.schema, v, nil), v, "")
	err := t.schema.Validate(v)
	var ve *jsonschema.ValidationError
	if errors.As(err, &ve) {
		for _, leaf := range leaves(ve) {
			r.problem(leaf, v)
		}
	} else if err != nil {
		r.Problems = append(r.Problems, Problem{Code: "schema.invalid", Args: []any{Field{}, err.Error()}})
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
			}
			cptr := ptr + "/" + escape(k)
			if !known && len(schemas) > 0 {
				r.Problems = append(r.Problems, Problem{
					Pointer: cptr, Severity: diag.Warning, Code: "schema.unknown-key",
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

func lastSegment(loc string) string {
	if i := strings.LastIndexByte(loc, '/'); i >= 0 {
		return loc[i+1:]
	}
	return loc
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
		code := diag.Code("schema.required")
		if r.statusConditional(e) {
			code = "schema.required-published"
		}
		for _, name := range s.Required {
			if _, ok := obj[name]; ok {
				continue
			}
			pr := Problem{Pointer: ptr, Code: code, Args: []any{Field{Key: name, Label: r.labelOf(ptr, name)}}}
			if d := r.descriptionOf(ptr, name); d != nil {
				pr.Hint = d
			}
			r.Problems = append(r.Problems, pr)
		}
		return
	case "anyOf":
		p.AtValue = false
		p.Code, p.Args = "schema.any-required", []any{field, r.anyOfFields(ptr, s)}
	case "type":
		p.Code, p.Args = "schema.type", []any{field, typeWords(s.Types, jsonType(value))}
	case "enum":
		allowed := enumValues(s.Enum)
		p.Code, p.Args = "schema.enum", []any{field, show(value), strings.Join(allowed, ", ")}
		if s, ok := value.(string); ok {
			p.Hint = suggest(s, allowed)
			if p.Hint == nil {
				p.Hint = r.suggestByLabel(ptr, s)
			}
		}
	case "const":
		p.Code, p.Args = "schema.const", []any{field, show(value), show(s.Constant[0])}
	case "pattern":
		help := r.patternHelp(ptr, s)
		if help == nil {
			help = patternWords(s.Pattern.String())
		}
		p.Code, p.Args = "schema.pattern", []any{field, show(value), help}
	case "format":
		if urlProblem(&p, s.Format, value) {
			break
		}
		p.Code, p.Args = "schema.format", []any{field, show(value), formatWords(s.Format)}
	case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
		limit := map[string]*big.Rat{"minimum": s.Minimum, "maximum": s.Maximum,
			"exclusiveMinimum": s.ExclusiveMinimum, "exclusiveMaximum": s.ExclusiveMaximum}[kw]
		p.Code, p.Args = diag.Code("schema."+kw), []any{field, number(limit), show(value)}
	case "minLength", "maxLength", "minItems", "maxItems":
		limit := map[string]int{"minLength": s.MinLength, "maxLength": s.MaxLength,
			"minItems": s.MinItems, "maxItems": s.MaxItems}[kw]
		// The size, not the value: a summary can be long.
		size := 0
		switch v := value.(type) {
		case string:
			size = utf8.RuneCountInString(v)
		case []any:
			size = len(v)
		}
		p.Code, p.Args = diag.Code("schema."+kw), []any{field, strconv.Itoa(limit), strconv.Itoa(size)}
	case "uniqueItems":
		p.Code, p.Args = "schema.unique", []any{field}
	case "additionalProperties":
		p.Code, p.Args = "schema.unknown-key", []any{field.Key}
		p.AtValue = false
	case "x-malli-business-id":
		p.Code, p.Args = "schema.business-id", []any{field, show(value)}
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
			p.Code, p.Args = "schema.not-before", []any{field, other}
		default:
			p.Code, p.Args = "schema.at-most-ratio", []any{field, fmt.Sprintf("%g %%", *rule.Ratio*100), other}
		}
	default:
		// A keyword malli has no words for (multipleOf, not, …): the
		// validator's own explanation is all there is.
		p.Code, p.Args = "schema.invalid", []any{field, e.Message}
	}
	r.Problems = append(r.Problems, p)
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

// suggestByLabel finds the enum code whose label, in any language, is
// what the author wrote (or close to it): "Uusimaa" for region "01",
// "pilotoitu" for "piloted".
func (r *Report) suggestByLabel(ptr, value string) diag.Localized {
	var names []string
	code := map[string]string{}
	for _, s := range r.applicable[ptr] {
		a := annot(s)
		if a == nil {
			continue
		}
		codes := make([]string, 0, len(a.EnumLabels))
		for c := range a.EnumLabels {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		for _, c := range codes {
			langs := make([]string, 0, len(a.EnumLabels[c]))
			for l := range a.EnumLabels[c] {
				langs = append(langs, l)
			}
			sort.Strings(langs)
			for _, l := range langs {
				name := a.EnumLabels[c][l]
				if _, taken := code[name]; !taken { // the first code with a label keeps it
					names = append(names, name)
					code[name] = c
				}
			}
		}
	}
	best := ""
	for _, n := range names {
		if strings.EqualFold(n, value) {
			best = n
			break
		}
	}
	if best == "" {
		best = closest(value, names)
	}
	if best == "" {
		return nil
	}
	c := code[best]
	return diag.Words{
		FI: fmt.Sprintf("kirjoita koodi %s (%s)", quote(c), best),
		SV: fmt.Sprintf("skriv koden %s (%s)", quote(c), best),
		EN: fmt.Sprintf("write the code %s (%s)", quote(c), best),
	}
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

// statusConditional reports whether a failed "required" is the "then" of an
// "if" on the document's status: a field needed to publish, not always.
func (r *Report) statusConditional(e *jsonschema.ValidationError) bool {
	loc := strings.TrimSuffix(e.AbsoluteKeywordLocation, "/required")
	parent, ok := strings.CutSuffix(loc, "/then")
	if !ok {
		return false
	}
	s := r.at[parent]
	if s == nil || s.If == nil {
		return false
	}
	_, ok = s.If.Properties["status"]
	return ok
}

// ruleAt returns rule number index of the x-malli-rules of s.
func ruleAt(s *jsonschema.Schema, index string) Rule {
	i, err := strconv.Atoi(index)
	if a := annot(s); a != nil && err == nil && i >= 0 && i < len(a.Rules) {
		return a.Rules[i]
	}
	return Rule{Rule: "unknown"}
}

// enumValues lists the values of an enum as a message names them: a text
// without quotes, a number as written.
func enumValues(enum []any) []string {
	out := make([]string, 0, len(enum))
	for _, e := range enum {
		if s, ok := e.(string); ok {
			out = append(out, s)
		} else {
			out = append(out, show(e))
		}
	}
	return out
}

// jsonType names the JSON type of a value as the schema's "type" does.
func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number, float32, float64, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return ""
}

// number prints a limit as the author would write it: 1000000, not 1e+06.
func number(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	f, _ := r.Float64()
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func show(v any) string {
	switch v := v.(type) {
	case string:
		return strconv.Quote(v)
	case nil:
		return "null"
	case map[string]any, []any:
		b, _ := json.Marshal(v)
		if len(b) > 60 {
			return string(b[:57]) + "..."
		}
		return string(b)
	}
	return fmt.Sprint(v)
}

var typeNames = map[string]diag.Words{
	"string":  {FI: "teksti", SV: "text", EN: "text"},
	"number":  {FI: "luku", SV: "tal", EN: "number"},
	"integer": {FI: "kokonaisluku", SV: "heltal", EN: "whole number"},
	"boolean": {FI: "totuusarvo (true tai false)", SV: "sanningsvärde (true eller false)", EN: "true or false"},
	"array":   {FI: "luettelo", SV: "lista", EN: "list"},
	"object":  {FI: "kenttäryhmä (avain: arvo)", SV: "grupp av fält (nyckel: värde)", EN: "group of fields (key: value)"},
	"null":    {FI: "tyhjä", SV: "tom", EN: "empty"},
}

// typeWords says which types a value must have and which it has: "teksti
// tai luku, nyt luettelo".
func typeWords(want []string, got string) diag.Localized {
	var fi, sv, en []string
	for _, t := range want {
		w := typeNames[t]
		fi, sv, en = append(fi, w.FI), append(sv, w.SV), append(en, w.EN)
	}
	g := typeNames[got]
	return diag.Words{
		FI: strings.Join(fi, " tai ") + ", nyt " + g.FI,
		SV: strings.Join(sv, " eller ") + ", nu " + g.SV,
		EN: strings.Join(en, " or ") + ", not " + g.EN,
	}
}

// formatWords says what a value of format f is; a format without words
// of its own is named as the schema names it.
func formatWords(f string) diag.Localized {
	switch f {
	case "date":
		return diag.Words{FI: "päivämäärä muodossa VVVV-KK-PP", SV: "datum i formen ÅÅÅÅ-MM-DD", EN: "date as YYYY-MM-DD"}
	case "email":
		return diag.Words{FI: "sähköpostiosoite", SV: "e-postadress", EN: "e-mail address"}
	case "uri", "iri":
		return diag.Words{FI: "verkko-osoite (https://…)", SV: "webbadress (https://…)", EN: "web address (https://…)"}
	}
	return diag.Words{FI: f, SV: f, EN: f}
}

// patternWords asks for a pattern that has no x-malli-pattern-help.
func patternWords(re string) diag.Localized {
	re = "'" + re + "'"
	return diag.Words{FI: "sen pitää vastata mallia " + re, SV: "det ska motsvara mönstret " + re, EN: "it must match the pattern " + re}
}

// orWords lists fields of which one is needed: "a" (A) tai "b" (B).
func orWords(fields []Field) diag.Localized {
	join := func(lang diag.Lang, or string) string {
		var parts []string
		for _, f := range fields {
			parts = append(parts, f.In(lang))
		}
		return strings.Join(parts, or)
	}
	return diag.Words{FI: join(diag.FI, " tai "), SV: join(diag.SV, " eller "), EN: join(diag.EN, " or ")}
}

// checkDigitWords says what a business id whose first seven digits are
// digits would be with check digit d.
func checkDigitWords(digits string, d int) diag.Localized {
	return diag.Words{
		FI: fmt.Sprintf("tarkistusmerkki olisi %d: %s-%d", d, digits, d),
		SV: fmt.Sprintf("kontrollsiffran vore %d: %s-%d", d, digits, d),
		EN: fmt.Sprintf("the check digit would be %d: %s-%d", d, digits, d),
	}
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

// EscapeToken escapes a key for a JSON Pointer (RFC 6901).
func EscapeToken(k string) string { return escape(k) }

func escape(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}

func unescape(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~1", "/"), "~0", "~")
}

func splitPointer(ptr string) (parent, key string) {
	i := strings.LastIndexByte(ptr, '/')
	if i < 0 {
		return "", ""
	}
	return ptr[:i], unescape(ptr[i+1:])
}

func parentOf(ptr string) string { p, _ := splitPointer(ptr); return p }

// Get returns the value at pointer in v.
func Get(v any, ptr string) (any, bool) { return get(v, ptr) }

func get(v any, ptr string) (any, bool) {
	if ptr == "" {
		return v, true
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = unescape(tok)
		switch c := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = c[tok]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			v = c[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// EnumLabel returns the labels of an enum code at pointer, or nil.
func (r *Report) EnumLabel(ptr, value string) Labels {
	for _, s := range r.applicable[ptr] {
		if a := annot(s); a != nil {
			if l, ok := a.EnumLabels[value]; ok {
				return l
			}
		}
	}
	return nil
}

// RequiredFor returns the top-level fields a document v must have when its
// status is status, as the schema's conditionals say, sorted.
func (t *Type) RequiredFor(v map[string]any, status string) []string {
	probe := make(map[string]any, len(v)+1)
	for k, x := range v {
		probe[k] = x
	}
	probe["status"] = status
	seen := map[string]bool{}
	var out []string
	for _, s := range closure(t.schema, probe, nil) {
		for _, name := range s.Required {
			if !seen[name] {
				seen[name] = true
				out = append(out, name)
			}
		}
	}
	sort.Strings(out)
	return out
}

// Prop describes a top-level property of a type, for scaffolding.
type Prop struct {
	Name        string
	Label       Labels
	Description string
	Types       []string
	Format      string
	Enum        []any
}

// Describe returns what the schema says of top-level property name for a
// document v.
func (t *Type) Describe(v map[string]any, name string) Prop {
	p := Prop{Name: name}
	for _, s := range closure(t.schema, v, nil) {
		ps := s.Properties[name]
		if ps == nil {
			continue
		}
		for _, x := range closure(ps, nil, nil) {
			if a := annot(x); a != nil && p.Label == nil && len(a.Label) > 0 {
				p.Label = a.Label
			}
			if p.Description == "" {
				p.Description = x.Description
			}
			if p.Label == nil && x.Title != "" {
				p.Label = Labels{"fi": x.Title}
			}
			if len(p.Types) == 0 {
				p.Types = x.Types
			}
			if p.Format == "" {
				p.Format = x.Format
			}
			if len(p.Enum) == 0 {
				p.Enum = x.Enum
			}
		}
	}
	return p
}

package graph

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// checkScored checks that a list the schema says scores each item of
// another document's list once (a self-evaluation's scores against its
// criteria set) has a score for every item; an item marked not applicable
// names its key like a scored one, so it counts. An item that does not
// apply to the subject (schema.Applies: a criterion for a measure the
// project does not target) needs no entry, and a score for it is a
// warning (score.other-measure). Duplicate scores need only the document
// itself: the page stage reports them.
func (idx *index) checkScored(d *page.Document, r *docResult) {
	for _, e := range d.Report.EachOnce {
		if !contains(e.Spec.RequiredFor, d.Status) {
			continue
		}
		spec, ok := itemRef(d, e.Pointer, e.Spec.Key)
		if !ok {
			continue
		}
		owner, _ := schema.Get(d.Params, spec.From)
		ownerID, _ := owner.(string)
		target := idx.lookup(spec.Types, ownerID, page.DefaultLang)
		if target == nil {
			continue
		}
		list, _ := schema.Get(d.Params, e.Pointer)
		items, _ := list.([]any)
		scored := map[string]int{} // key -> index of its item
		for i, it := range items {
			m, _ := it.(map[string]any)
			k, _ := m[e.Spec.Key].(string)
			if _, seen := scored[k]; !seen {
				scored[k] = i
			}
		}
		applies := idx.applies(d, e.Spec.Applies)
		want, _ := target.Params[spec.Item].([]any)
		for _, w := range want {
			m, _ := w.(map[string]any)
			id, _ := m["id"].(string)
			if id == "" {
				continue
			}
			i, named := scored[id]
			if ok, only, subject := applies(m); !ok {
				// Not for the subject: it needs no entry. A score is a
				// warning (it would count in totals); a not-applicable mark
				// only says what the absence would.
				if named && e.Spec.Value != "" {
					if it, _ := items[i].(map[string]any); it[e.Spec.Value] != nil {
						r.diags.Warnf(d.PointerPos(fmt.Sprintf("%s/%d/%s", e.Pointer, i, e.Spec.Key), true), diag.ScoreOtherMeasure, id, only, subject)
					}
				}
				continue
			}
			if !named {
				title, _ := m["title"].(string)
				r.diags.Errorf(d.PointerPos(e.Pointer, false), diag.ScoreMissing, id, title, e.Spec.Whose().Says(), ownerID)
			}
		}
	}
}

// applies returns whether an item of the list an each-once refers to must
// be named (see schema.Applies), and when not, the values it is limited
// to and the id of the subject that has none of them. Without the
// annotation, or without values on either side, every item applies.
func (idx *index) applies(d *page.Document, a *schema.Applies) func(item map[string]any) (bool, string, string) {
	all := func(map[string]any) (bool, string, string) { return true, "", "" }
	if a == nil {
		return all
	}
	subject, subjectID := idx.owner(d, a.From)
	if subject == nil {
		return all
	}
	has := stringList(subject.Params[a.Field])
	if len(has) == 0 {
		return all
	}
	return func(item map[string]any) (bool, string, string) {
		only := stringList(item[a.List])
		if len(only) == 0 {
			return true, "", ""
		}
		for _, v := range only {
			if contains(has, v) {
				return true, "", ""
			}
		}
		return false, strings.Join(only, ", "), subjectID
	}
}

// stringList returns a string value, or the strings of a list, as a list.
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

// itemRef returns the reference annotation on the key field of the items
// of the list at pointer: it names the list they refer to.
func itemRef(d *page.Document, pointer, key string) (schema.RefSpec, bool) {
	for _, ref := range d.Report.Refs {
		if strings.HasPrefix(ref.Pointer, pointer+"/") && strings.HasSuffix(ref.Pointer, "/"+key) && ref.Spec.Item != "" {
			return ref.Spec, true
		}
	}
	return schema.RefSpec{}, false
}

// owner returns the document that d's reference at pointer from names
// (in the default language), and its id; nil when there is none.
func (idx *index) owner(d *page.Document, from string) (*page.Document, string) {
	v, _ := schema.Get(d.Params, from)
	id, _ := v.(string)
	var types []string
	for _, ref := range d.Report.Refs {
		if ref.Pointer == from {
			types = ref.Spec.Types
		}
	}
	return idx.lookup(types, id, page.DefaultLang), id
}

// checkInScale checks that a value is one of the scale another document
// defines (a score within its criteria set's scale).
func (idx *index) checkInScale(d *page.Document, r *docResult) {
	for _, e := range d.Report.InScale {
		v, ok := schema.Get(d.Params, e.Pointer)
		if !ok {
			continue
		}
		target, ownerID := idx.owner(d, e.Spec.From)
		if target == nil {
			continue
		}
		scale, _ := target.Params[e.Spec.List].([]any)
		var allowed []string
		ok = false
		for _, s := range scale {
			m, _ := s.(map[string]any)
			a := fmt.Sprint(m[e.Spec.Key])
			allowed = append(allowed, a)
			ok = ok || a == fmt.Sprint(v)
		}
		if !ok {
			r.diags.Errorf(d.PointerPos(e.Pointer, true), diag.ScoreScale, fmt.Sprint(v), strings.Join(allowed, ", "), ownerID)
		}
	}
}

// checkRatios checks the at_most_ratio rules whose ratio is another
// document's (a project's state aid against its programme's
// max_aid_ratio). A document without the ratio sets no limit, which is a
// warning at the field (ratio.missing): the cap is not silently skipped.
func (idx *index) checkRatios(d *page.Document, r *docResult) {
	for _, e := range d.Report.Ratios {
		rule := e.Spec
		field, okf := schema.Rat(get(d, e.Pointer+"/"+schema.EscapeToken(rule.Field)))
		other, oko := schema.Rat(get(d, e.Pointer+"/"+schema.EscapeToken(rule.Other)))
		if !okf {
			continue
		}
		target, ownerID := idx.owner(d, rule.RatioFrom.From)
		if target == nil || target.Report == nil {
			continue // the reference itself is reported
		}
		ratio, ok := schema.Rat(target.Params[rule.RatioFrom.Key])
		if !ok {
			if _, set := target.Params[rule.RatioFrom.Key]; !set {
				ptr := e.Pointer + "/" + schema.EscapeToken(rule.Field)
				r.diags.Warnf(d.PointerPos(ptr, false), diag.RatioMissing, ownerID,
					target.Report.Label("/"+schema.EscapeToken(rule.RatioFrom.Key)), d.Report.Label(ptr),
					d.Report.Label(e.Pointer+"/"+schema.EscapeToken(rule.Other)))
			}
			continue // a ratio that is no number: the other document's schema says so
		}
		if oko && field.Cmp(new(big.Rat).Mul(other, ratio)) > 0 {
			pct, _ := new(big.Rat).Mul(ratio, big.NewRat(100, 1)).Float64()
			ptr := e.Pointer + "/" + schema.EscapeToken(rule.Field)
			// The rule is the programme's whose document sets the ratio:
			// it is named by that document's title.
			whose := rule.Whose()
			if whose.By == schema.ByProgramme && target.Title != "" {
				whose.Name = schema.Labels{"fi": target.Title}
			}
			r.diags.Errorf(d.PointerPos(ptr, false), diag.RatioExceeded,
				d.Report.Label(ptr), fmt.Sprintf("%g %%", pct), d.Report.Label(e.Pointer+"/"+schema.EscapeToken(rule.Other)),
				ownerID, target.Report.Label("/"+schema.EscapeToken(rule.RatioFrom.Key)), whose.Needs())
		}
	}
}

func get(d *page.Document, ptr string) any {
	v, _ := schema.Get(d.Params, ptr)
	return v
}

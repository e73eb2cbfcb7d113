package graph

import (
	"fmt"
	"math"
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

// checkCounts checks the counts of persons that the cells of a series
// stand for, in a document of aggregate figures only
// (x-malli-aggregates-only): a cell whose row (an item of the list another
// document holds, such as an indicator of an indicator set) counts
// clients may not be from 1 to the threshold, nor may the clients a share
// stands for (value × base / 100). What the item counts is the other
// document's, so this is the graph's check; the base and rows named twice
// need only the document (package page). The other document is the one
// the series' row reference names: an edge of d, so reuse.go's rule keeps
// the result only while that document is the same.
func (idx *index) checkCounts(d *page.Document, r *docResult) {
	for _, a := range d.Report.Aggregates {
		for _, s := range d.Report.Series {
			if !strings.HasPrefix(s.Pointer+"/", a.Pointer+"/") {
				continue
			}
			spec, ok := itemRef(d, s.Pointer, s.Spec.Row)
			if !ok {
				continue
			}
			target, _ := idx.owner(d, spec.From)
			if target == nil {
				continue
			}
			items := map[string]map[string]any{}
			list, _ := target.Params[spec.Item].([]any)
			for _, it := range list {
				if m, ok := it.(map[string]any); ok {
					if id, ok := m["id"].(string); ok {
						items[id] = m
					}
				}
			}
			matches := func(m schema.Match, item map[string]any) bool {
				return m.Field != "" && fmt.Sprint(item[m.Field]) == m.Equals
			}
			cols, _ := get(d, s.Pointer).([]any)
			for i, c := range cols {
				col, _ := c.(map[string]any)
				cells, _ := col[s.Spec.Cells].([]any)
				for j, c := range cells {
					cell, _ := c.(map[string]any)
					row, _ := cell[s.Spec.Row].(string)
					item := items[row]
					if item == nil {
						continue // ref.item-unknown
					}
					ptr := fmt.Sprintf("%s/%d/%s/%d/%s", s.Pointer, i, schema.EscapeToken(s.Spec.Cells), j, schema.EscapeToken(s.Spec.Value))
					var what diag.Localized
					n := 0
					switch {
					case matches(a.Spec.Counts, item):
						v, ok := page.WholeNumber(cell[s.Spec.Value])
						if !ok {
							continue
						}
						n = v
						what = diag.Words{
							FI: fmt.Sprintf("indikaattorin %q arvo", row),
							SV: fmt.Sprintf("värdet för indikatorn %q", row),
							EN: fmt.Sprintf("the value of indicator %q", row),
						}
					case matches(a.Spec.Shares, item) && s.Spec.Base != "":
						share, ok1 := schema.Rat(cell[s.Spec.Value])
						base, ok2 := page.WholeNumber(cell[s.Spec.Base])
						if !ok1 || !ok2 {
							continue
						}
						persons, _ := new(big.Rat).Mul(share, big.NewRat(int64(base), 100)).Float64()
						n = int(math.Round(persons))
						v := cell[s.Spec.Value]
						what = diag.Words{
							FI: fmt.Sprintf("indikaattorin %q osuus %v %% (n = %d)", row, v, base),
							SV: fmt.Sprintf("andelen %v %% (n = %d) för indikatorn %q", v, base, row),
							EN: fmt.Sprintf("the share %v %% (n = %d) of indicator %q", v, base, row),
						}
					default:
						continue
					}
					if page.SmallCount(n, a.Spec.MinCount) {
						r.diags.Errorf(d.PointerPos(ptr, true), diag.MonitoringSmallCell, what, n, a.Spec.MinCount).Hint = page.SmallCellHint(a.Spec.MinCount)
					}
				}
			}
		}
	}
}

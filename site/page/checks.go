package page

import (
	"fmt"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/schema"
)

// The checks of one document that its schema's annotations ask for and
// that need no other document: each scored item at most once, a reason
// for each item marked not applicable, and the
// step graph of a service path.

// checkDuplicateScores reports a list item whose key repeats an earlier
// item's, in a list the schema says scores each item once.
func (d *Document) checkDuplicateScores() diag.List {
	var diags diag.List
	for _, e := range d.Report.EachOnce {
		if !required(e.Spec.RequiredFor, d.Status) {
			continue
		}
		list, _ := schema.Get(d.Params, e.Pointer)
		items, _ := list.([]any)
		seen := map[string]int{}
		for i, it := range items {
			m, _ := it.(map[string]any)
			k, _ := m[e.Spec.Key].(string)
			ptr := fmt.Sprintf("%s/%d/%s", e.Pointer, i, e.Spec.Key)
			if first, ok := seen[k]; ok {
				dg := diags.Errorf(d.PointerPos(ptr, true), diag.ScoreDuplicate, k)
				dg.Related = append(dg.Related, diag.Note{Pos: d.PointerPos(fmt.Sprintf("%s/%d/%s", e.Pointer, first, e.Spec.Key), true), Code: diag.NoteFirstDefined})
				continue
			}
			seen[k] = i
		}
	}
	return diags
}

// checkReasons reports an item marked not applicable, in a list the schema
// says scores each item once, that gives no reason, or that has a score
// too. Unlike the scores
// themselves, this holds for a draft too: a reason is what the mark means.
func (d *Document) checkReasons() diag.List {
	var diags diag.List
	for _, e := range d.Report.EachOnce {
		if e.Spec.NotApplicable == "" {
			continue
		}
		list, _ := schema.Get(d.Params, e.Pointer)
		items, _ := list.([]any)
		for i, it := range items {
			m, _ := it.(map[string]any)
			if na, _ := m[e.Spec.NotApplicable].(bool); !na {
				continue
			}
			k, _ := m[e.Spec.Key].(string)
			if _, scored := m[e.Spec.Value]; scored && e.Spec.Value != "" {
				diags.Errorf(d.PointerPos(fmt.Sprintf("%s/%d/%s", e.Pointer, i, e.Spec.Value), false), diag.ScoreNAScored, k)
			}
			reason, present := m[e.Spec.Reason]
			if s, ok := reason.(string); present && (!ok || s == "" || strings.TrimSpace(s) != "") {
				continue // a reason, or a value the schema reports (minLength, type)
			}
			diags.Errorf(d.PointerPos(fmt.Sprintf("%s/%d/%s", e.Pointer, i, e.Spec.NotApplicable), true), diag.ScoreNAReason, k)
		}
	}
	return diags
}

// checkSteps checks a step graph: every "next" names a step, and every step
// can be reached from the first.
func (d *Document) checkSteps() diag.List {
	var diags diag.List
	for _, e := range d.Report.StepGraphs {
		list, _ := schema.Get(d.Params, e.Pointer)
		steps, _ := list.([]any)
		index := map[string]int{}
		var ids []string
		for i, s := range steps {
			m, _ := s.(map[string]any)
			if id, _ := m[e.Spec.ID].(string); id != "" {
				index[id] = i
				ids = append(ids, id)
			}
		}
		next := func(i int) []any {
			m, _ := steps[i].(map[string]any)
			n, _ := m[e.Spec.Next].([]any)
			return n
		}
		for i := range steps {
			for j, n := range next(i) {
				if _, ok := index[fmt.Sprint(n)]; !ok {
					dg := diags.Errorf(d.PointerPos(fmt.Sprintf("%s/%d/%s/%d", e.Pointer, i, e.Spec.Next, j), true), diag.PathNextUnknown, fmt.Sprint(n))
					dg.Hint = schema.Suggest(fmt.Sprint(n), ids)
				}
			}
		}
		// Reachability from the first step, without recursion (a long path
		// must not grow the stack).
		reached := make([]bool, len(steps))
		var stack []int
		if len(steps) > 0 {
			reached[0], stack = true, []int{0}
		}
		for len(stack) > 0 {
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, n := range next(i) {
				if j, ok := index[fmt.Sprint(n)]; ok && !reached[j] {
					reached[j] = true
					stack = append(stack, j)
				}
			}
		}
		for i, ok := range reached {
			if !ok {
				m, _ := steps[i].(map[string]any)
				diags.Warnf(d.PointerPos(fmt.Sprintf("%s/%d", e.Pointer, i), true), diag.PathUnreachable, fmt.Sprint(m[e.Spec.ID]))
			}
		}
	}
	return diags
}

func required(statuses []string, status string) bool {
	for _, s := range statuses {
		if s == status {
			return true
		}
	}
	return false
}

package graph

import (
	"fmt"
	"strings"
	"time"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// The checks by which another document, a project's programme, says what
// the project must have and when its reports are due
// (x-malli-requirements-from, x-malli-deadlines). The rules are the
// programme's data; nothing here names a programme. They read only
// documents the project references, so a project is resolved again
// whenever its programme changes (reuse.go).

// Due is a date derived from another document's rule: a project's final
// report is due its programme's final_report_months after its end date.
// It is derived, never read from the clock, so a build's output does not
// depend on the day it runs; whether the date has passed is the reader's.
type Due struct {
	Pointer string        // the list of what is due ("/reports")
	Label   schema.Labels // what is due
	Date    string        // the due date, YYYY-MM-DD
	After   string        // the date it counts from
	Months  int
	From    page.Key // the document that sets the months
}

// checkRequirements checks what the document's programme (the list
// x-malli-requirements-from names) asks of it, with the programme's
// severity and in the programme's words.
func (idx *index) checkRequirements(d *page.Document, r *docResult) {
	for _, e := range d.Report.Requirements {
		target, ownerID := idx.owner(d, e.Spec.From)
		if target == nil {
			continue // the reference itself is reported
		}
		required := d.Report.RequiredFor(d.Status)
		list, _ := target.Params[e.Spec.List].([]any)
		for _, it := range list {
			m, _ := it.(map[string]any)
			field, _ := m["field"].(string)
			if field == "" || !holdsIn(m["required_for"], d.Status) {
				continue
			}
			ptr := e.Pointer + "/" + schema.EscapeToken(field)
			v, present := schema.Get(d.Params, ptr)
			if !present && contains(required, field) {
				continue // the schema reports it
			}
			if present && filled(v, m["where"]) {
				continue
			}
			id, _ := m["id"].(string)
			words := idx.wording(target, e.Spec.List, id, m)
			pos := d.PointerPos(ptr, false) // the key of a field without what it needs
			if !present && e.Pointer == "" {
				pos = diag.Pos{File: d.File.Path, Line: 1, Col: 1} // the opening delimiter, as schema.required
			}
			if m["severity"] == "warning" {
				r.diags.Warnf(pos, diag.ProgrammeRequirement, ownerID, d.Report.Label(ptr), words)
			} else {
				r.diags.Errorf(pos, diag.ProgrammeRequirement, ownerID, d.Report.Label(ptr), words)
			}
		}
	}
}

// holdsIn reports whether a requirement whose required_for is v holds in
// status: the statuses listed, or published when there is no list.
func holdsIn(v any, status string) bool {
	list, ok := v.([]any)
	if !ok {
		return status == "published"
	}
	for _, s := range list {
		if s == status {
			return true
		}
	}
	return false
}

// filled reports whether v is a value that is there (not empty) and, when
// where names a field, a list one of whose items has that field true.
func filled(v any, where any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case string:
		if strings.TrimSpace(x) == "" {
			return false
		}
	case []any:
		if len(x) == 0 {
			return false
		}
	case map[string]any:
		if len(x) == 0 {
			return false
		}
	}
	key, _ := where.(string)
	if key == "" {
		return true
	}
	items, _ := v.([]any)
	for _, it := range items {
		if m, _ := it.(map[string]any); m[key] == true {
			return true
		}
	}
	return false
}

// wording returns a requirement's text in each language: the item of the
// same id in the language version of the programme, else the default
// language's.
func (idx *index) wording(target *page.Document, list, id string, fallback map[string]any) diag.Words {
	text := func(lang diag.Lang) string {
		if v := idx.variant(target.Key(), lang); v != nil && id != "" {
			items, _ := v.Params[list].([]any)
			for _, it := range items {
				if m, _ := it.(map[string]any); m["id"] == id {
					if s, _ := m["text"].(string); s != "" {
						return s
					}
				}
			}
		}
		s, _ := fallback["text"].(string)
		return s
	}
	return diag.Words{FI: text(diag.FI), SV: text(diag.SV), EN: text(diag.EN)}
}

// checkDeadlines derives the due dates x-malli-deadlines asks for and
// checks that what the document records is not due later.
func (idx *index) checkDeadlines(d *page.Document, r *docResult) {
	for _, e := range d.Report.Deadlines {
		spec := e.Spec
		after, _ := get(d, spec.After).(string)
		start, err := time.Parse(time.DateOnly, after)
		if err != nil {
			continue // no date (or one the schema reports)
		}
		target, ownerID := idx.owner(d, spec.MonthsFrom.From)
		if target == nil {
			continue
		}
		n, ok := schema.Rat(target.Params[spec.MonthsFrom.Key])
		if !ok || !n.IsInt() || n.Sign() <= 0 || n.Num().BitLen() > 16 {
			continue // no rule, or one the other document's schema reports
		}
		months := int(n.Num().Int64())
		due := addMonths(start, months).Format(time.DateOnly)
		r.Due = append(r.Due, Due{Pointer: spec.List, Label: spec.Label, Date: due, After: after, Months: months, From: target.Key()})
		list, _ := get(d, spec.List).([]any)
		for i, it := range list {
			m, _ := it.(map[string]any)
			if !matches(m, spec.Where) {
				continue
			}
			recorded, _ := m[spec.Due].(string)
			if t, err := time.Parse(time.DateOnly, recorded); err != nil || t.Format(time.DateOnly) <= due {
				continue
			}
			ptr := fmt.Sprintf("%s/%d/%s", spec.List, i, schema.EscapeToken(spec.Due))
			r.diags.Errorf(d.PointerPos(ptr, true), diag.ReportDueLate, recorded, due, ownerID, months, d.Report.Label(spec.After))
		}
	}
}

// addMonths returns t plus n calendar months, on the same day of the month
// or the month's last day when it has no such day: 31.8. + 6 months is
// 28.2. (or 29.2.), not 3.3.
func addMonths(t time.Time, n int) time.Time {
	y, m, day := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(day, last)-1)
}

// matches reports whether m has every value of where.
func matches(m map[string]any, where map[string]string) bool {
	for k, v := range where {
		if s, _ := m[k].(string); s != v {
			return false
		}
	}
	return true
}

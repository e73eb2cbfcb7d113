// The x-malli keywords by which another document (a project's programme)
// says what a document must have and when it is due: what its checks and
// the due dates read is the other document's data, not Go code. The graph
// stage acts on them (Report.Requirements, Report.Deadlines).

package schema

import (
	"fmt"
	"strings"
)

// RequirementsFrom says that the list List of the document whose id is at
// pointer From of this document (a project's programme, its
// project_requirements) says what the object the keyword is on must have.
// Each item of that list is an object:
//
//	id            the requirement's id
//	field         a field of that object, which must be there and not empty
//	where         optional: a boolean field of the items of that list, true
//	              in at least one of them (a steering group member who
//	              represents disability organisations)
//	severity      "error" or "warning"
//	required_for  the statuses it holds in; without it, published
//	text          the other document's own wording, in its language
//
// A field the schema itself requires in the document's status is left to
// the schema while it is missing, so a missing field is reported once.
type RequirementsFrom struct {
	From string `json:"from"`
	List string `json:"list"`
}

// Deadline derives a due date: the date at pointer After of the document
// plus the number of months in field MonthsFrom.Key of the document whose
// id is at pointer MonthsFrom.From (a project's end date plus its
// programme's final_report_months); all pointers are from the document's
// root, wherever the keyword is. The items of the list at pointer List
// whose fields have the values Where gives are what is due (the final
// report); a date in their field Due later than the derived one is an
// error. Label names the deadline on pages. Nothing here reads the clock:
// whether a deadline has passed is for whoever reads the derived date.
type Deadline struct {
	Label      Labels            `json:"label"`
	After      string            `json:"after"`
	MonthsFrom *RatioFrom        `json:"months_from"`
	List       string            `json:"list"`
	Where      map[string]string `json:"where"`
	Due        string            `json:"due"`
}

// Applies limits which items of the list an x-malli-each-once refers to
// must be named: an item whose field List names values (a criterion's
// measures) applies only when the document whose id is at pointer From (the
// evaluated project) has one of them in its field Field (its measure, a
// value or a list). When either has no such values, the item applies.
type Applies struct {
	List  string `json:"list"`
	From  string `json:"from"`
	Field string `json:"field"`
}

func checkProgrammeKeywords(a *Annot) error {
	if r := a.RequirementsFrom; r != nil && (!strings.HasPrefix(r.From, "/") || r.List == "") {
		return fmt.Errorf("x-malli-requirements-from wants {from: a pointer, list}")
	}
	for _, d := range a.Deadlines {
		if !strings.HasPrefix(d.After, "/") || !strings.HasPrefix(d.List, "/") || d.Due == "" ||
			d.MonthsFrom == nil || !strings.HasPrefix(d.MonthsFrom.From, "/") || d.MonthsFrom.Key == "" {
			return fmt.Errorf("x-malli-deadlines wants [{label, after: a pointer, months_from: {from: a pointer, key}, list: a pointer, where, due}]")
		}
	}
	if e := a.EachOnce; e != nil && e.Applies != nil && (e.Applies.List == "" || !strings.HasPrefix(e.Applies.From, "/") || e.Applies.Field == "") {
		return fmt.Errorf("x-malli-each-once: applies wants {list, from: a pointer, field}")
	}
	return nil
}

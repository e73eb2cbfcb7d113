// The keywords of self-evaluation pages: a list of scores against another
// document's criteria (x-malli-scorecard), a scale's labels and traffic
// lights (x-malli-scale), and a list shown grouped under headings
// (x-malli-grouped).

package schema

import (
	"fmt"
	"strings"
)

// Scorecard says that a list scores the items of another document's list
// (x-malli-scorecard, on the list): each item names one by its field Key
// (an x-malli-ref with item and from: the criteria set and its criteria),
// and has its field Score (an x-malli-in-scale value: the scale) or, with
// its field NotApplicable true, its field Reason instead. The document's
// field at pointer Phase is an enum whose order is the phases' (baseline,
// midpoint, final); the documents of the type with the same values at
// Subject and at the scale's From (the same project, the same criteria
// set) are its phases, compared side by side on each of their pages and
// on the subject's.
type Scorecard struct {
	Key           string `json:"key"`
	Score         string `json:"score"`
	NotApplicable string `json:"not_applicable"`
	Reason        string `json:"reason"`
	Phase         string `json:"phase"`
	Subject       string `json:"subject"`
}

// Scale says that a list is a scoring scale, lowest first (x-malli-scale):
// each item's field Value is a score, Label says it in words and Light
// (an enum field) is its traffic light, whose code the theme colours
// (class light-<code>). Totals are the totals the scale allows of a group
// of scores: "sum" and "mean".
type Scale struct {
	Value  string   `json:"value"`
	Label  string   `json:"label"`
	Light  string   `json:"light"`
	Totals []string `json:"totals"`
}

// Grouped says that a list is shown grouped under headings (x-malli-grouped):
// its items under the values of their field By, in the order each first
// appears, each item headed by its field Title and anchored by its id.
type Grouped struct {
	By    string `json:"by"`
	Title string `json:"title"`
}

func checkEvaluationKeywords(a *Annot) error {
	if s := a.Scorecard; s != nil && (s.Key == "" || s.Score == "" || !strings.HasPrefix(s.Phase, "/") || !strings.HasPrefix(s.Subject, "/") || (s.NotApplicable == "") != (s.Reason == "")) {
		return fmt.Errorf("x-malli-scorecard: want {key, score, phase: a pointer, subject: a pointer}, and not_applicable with reason")
	}
	if s := a.Scale; s != nil {
		if s.Value == "" || s.Label == "" {
			return fmt.Errorf("x-malli-scale: value and label are required")
		}
		for _, t := range s.Totals {
			if t != "sum" && t != "mean" {
				return fmt.Errorf("x-malli-scale: unknown total %q (sum, mean)", t)
			}
		}
	}
	if g := a.Grouped; g != nil && (g.By == "" || g.Title == "") {
		return fmt.Errorf("x-malli-grouped: by and title are required")
	}
	return nil
}

// Enum returns the codes of the enum at pointer, in the schema's order,
// or nil.
func (r *Report) Enum(ptr string) []string {
	for _, s := range r.applicable[ptr] {
		if len(s.Enum) == 0 {
			continue
		}
		out := make([]string, 0, len(s.Enum))
		for _, v := range s.Enum {
			if c, ok := v.(string); ok {
				out = append(out, c)
			}
		}
		return out
	}
	return nil
}

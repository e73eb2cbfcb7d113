// "Did you mean" hints: the candidate nearest to what was written.

package schema

import (
	"github.com/malli-fi/malli/site/diag"
	suggester "github.com/malli-fi/malli/site/internal/suggest"
)

// Suggest returns a hint "did you mean X?" for the candidate closest to s,
// or nil when none is close enough.
func Suggest(s string, candidates []string) diag.Localized {
	return DidYouMean(suggester.New(candidates).Closest(s))
}

// Closest returns the candidate nearest to s, or "" when none is near
// enough to be what was meant (or s itself is a candidate).
func Closest(s string, candidates []string) string { return suggester.New(candidates).Closest(s) }

// DidYouMean is the hint "did you mean X?" for best, or nil when best is "".
func DidYouMean(best string) diag.Localized {
	if best == "" {
		return nil
	}
	q := "\u201c" + best + "\u201d"
	return diag.Words{FI: "tarkoititko " + q + "?", SV: "menade du " + q + "?", EN: "did you mean " + q + "?"}
}

func suggest(s string, candidates []string) diag.Localized { return Suggest(s, candidates) }

func closest(s string, candidates []string) string { return Closest(s, candidates) }

func quote(s string) string { return "\u201c" + s + "\u201d" }

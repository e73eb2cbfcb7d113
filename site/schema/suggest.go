// "Did you mean" hints: the candidate nearest to what was written.

package schema

import (
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

// Suggest returns a hint "did you mean X?" for the candidate closest to s,
// or nil when none is close enough.
func Suggest(s string, candidates []string) diag.Localized { return suggest(s, candidates) }

func suggest(s string, candidates []string) diag.Localized {
	best := closest(s, candidates)
	if best == "" {
		return nil
	}
	return diag.Words{
		FI: "tarkoititko " + quote(best) + "?",
		SV: "menade du " + quote(best) + "?",
		EN: "did you mean " + quote(best) + "?",
	}
}

// Closest returns the candidate nearest to s, or "".
func Closest(s string, candidates []string) string { return closest(s, candidates) }

// closest returns the candidate nearest to s, or "" when none is near
// enough to be what was meant (or s itself is a candidate).
func closest(s string, candidates []string) string {
	best, bestDist := "", -1
	ls := strings.ToLower(s)
	for _, c := range candidates {
		d := distance(ls, strings.ToLower(c))
		if bestDist < 0 || d < bestDist || (d == bestDist && c < best) {
			best, bestDist = c, d
		}
	}
	if bestDist < 0 || bestDist > max(2, len([]rune(s))/3) || best == s {
		return ""
	}
	return best
}

func quote(s string) string { return "\u201c" + s + "\u201d" }

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

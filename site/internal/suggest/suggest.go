// Package suggest finds the candidate nearest to a misspelt name, for
// "did you mean …?" hints, in time that does not grow with the square of a
// broken site.
//
// A Set is built once from its candidates (sorted by length). Closest looks
// only at candidates whose length is within the distance that would still
// count as a typo (at most 2, or a third of the name), and computes their
// Levenshtein distance in a band of that width, stopping as soon as a row
// exceeds it. Callers bound how many misses they ask about (see
// graph.MaxHints), so a build's hint work is linear in its documents.
package suggest

import (
	"sort"
	"strings"
)

// Set is a fixed set of candidates.
type Set struct {
	cands []cand // sorted by rune length, then text
}

type cand struct {
	text  string // as given
	lower []rune
}

// New makes the Set of candidates (duplicates are kept once).
func New(candidates []string) *Set {
	s := &Set{cands: make([]cand, 0, len(candidates))}
	seen := make(map[string]bool, len(candidates))
	for _, c := range candidates {
		if !seen[c] {
			seen[c] = true
			s.cands = append(s.cands, cand{c, []rune(strings.ToLower(c))})
		}
	}
	sort.Slice(s.cands, func(i, j int) bool {
		a, b := s.cands[i], s.cands[j]
		if len(a.lower) != len(b.lower) {
			return len(a.lower) < len(b.lower)
		}
		return a.text < b.text
	})
	return s
}

// Limit is the largest distance at which a candidate is taken for what
// name meant.
func Limit(name string) int { return max(2, len([]rune(name))/3) }

// Closest returns the candidate nearest to name, or "" when none is within
// Limit(name), or name itself is a candidate. Ties go to the candidate that
// sorts first.
func (s *Set) Closest(name string) string {
	if s == nil {
		return ""
	}
	q := []rune(strings.ToLower(name))
	limit := Limit(name)
	lo := sort.Search(len(s.cands), func(i int) bool { return len(s.cands[i].lower) >= len(q)-limit })
	best, bestDist := "", limit+1
	var rows [2][]int
	for _, c := range s.cands[lo:] {
		if len(c.lower) > len(q)+limit {
			break
		}
		if c.text == name {
			return ""
		}
		d := bounded(q, c.lower, min(limit, bestDist), &rows)
		if d < bestDist || (d == bestDist && d <= limit && c.text < best) {
			best, bestDist = c.text, d
		}
	}
	if bestDist > limit {
		return ""
	}
	return best
}

// bounded is the Levenshtein distance between a and b if it is at most
// k, else k+1. It fills only the band |i-j| <= k and stops when a whole
// row exceeds k. rows are reused buffers.
func bounded(a, b []rune, k int, rows *[2][]int) int {
	if abs(len(a)-len(b)) > k {
		return k + 1
	}
	const inf = 1 << 30
	for i := range rows {
		if cap(rows[i]) < len(b)+1 {
			rows[i] = make([]int, len(b)+1)
		}
		rows[i] = rows[i][:len(b)+1]
	}
	prev, cur := rows[0], rows[1]
	for j := range prev {
		prev[j] = inf
		if j <= k {
			prev[j] = j
		}
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-k), min(len(b), i+k)
		// Cells just outside the band count as too far.
		cur[lo-1] = inf
		if i <= k {
			cur[0] = i
		}
		if i+k <= len(b) {
			prev[i+k] = inf
		}
		if hi < len(b) {
			cur[hi+1] = inf
		}
		rowMin := cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > k {
			return k + 1
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], k+1)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

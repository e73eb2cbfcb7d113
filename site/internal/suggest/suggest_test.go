package suggest

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// levenshtein is the plain full-matrix distance, the reference for bounded.
func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func TestBoundedAgreesWithLevenshtein(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func() []rune {
		n := r.IntN(9)
		w := make([]rune, n)
		for i := range w {
			w[i] = rune("abcä"[r.IntN(3)])
		}
		return w
	}
	for i := 0; i < 20000; i++ {
		a, b, k := word(), word(), r.IntN(5)
		want := min(levenshtein(a, b), k+1)
		var rows [2][]int
		if got := bounded(a, b, k, &rows); got != want {
			t.Fatalf("bounded(%q, %q, %d) = %d, want %d", string(a), string(b), k, got, want)
		}
	}
}

func TestClosest(t *testing.T) {
	s := New([]string{"tuettu-tyollistyminen", "tyokyky", "alihankinta", "tyokyky-sote", "Tyokyky"})
	for _, tc := range []struct{ name, want string }{
		{"tuettu-tyollistymnen", "tuettu-tyollistyminen"},
		{"tyokyk", "Tyokyky"}, // a tie: the one that sorts first
		{"tyokyky", ""},       // a candidate itself
		{"jotain-aivan-muuta", ""},
		{"", ""},
	} {
		if got := s.Closest(tc.name); got != tc.want {
			t.Errorf("Closest(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// BenchmarkClosest: 10 000 candidates of similar length, one miss.
func BenchmarkClosest(b *testing.B) {
	var cands []string
	for i := 0; i < 10000; i++ {
		cands = append(cands, fmt.Sprintf("toimintamalli-%05d", i))
	}
	s := New(cands)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Closest("toimintamali-04242")
	}
}

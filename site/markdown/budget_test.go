package markdown

import (
	"fmt"
	cost "github.com/malli-fi/malli/site/internal/budget"
	"strings"
	"testing"
)

// The resource tests below parse hostile bodies at two sizes, n and 4n, and
// check that what Parse allocates grows at most about linearly (less than 6
// times for 4 times the input; a quadratic path gives 16) and stays under a
// bound proportional to the input.
//
// Finding link positions by searching the body costs time without
// allocating; for those inputs the time of the two sizes is compared in
// the same way, taking the fastest of several runs, with a looser ratio
// (10) since machines are noisy. It is CPU time, where the system tells it
// (internal/budget); those checks are skipped elsewhere and with
// -short.
//
// The reference links and definitions are one a paragraph: within one
// paragraph goldmark itself takes time quadratic in its number of lines
// for each reference (text.blockReader.Value searches the paragraph's
// lines from the last), which is not what these tests are about.

type budget struct {
	name    string
	n       int
	gen     func(n int) string
	perByte int // bound for the larger input: perByte*len(body) + 4 MiB
	timed   bool
}

var budgets = []budget{
	{name: "same-heading", n: 1000, perByte: 400, gen: func(n int) string {
		return strings.Repeat("# x\n\n", n)
	}},
	{name: "suffixes-taken", n: 1000, perByte: 400, gen: func(n int) string {
		// x-1 … x-n first, then x n times: each x skips the taken ids.
		var b strings.Builder
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "# x %d\n\n", i)
		}
		b.WriteString(strings.Repeat("# x\n\n", n))
		return b.String()
	}},
	{name: "reference-links", n: 2000, perByte: 400, timed: true, gen: func(n int) string {
		return strings.Repeat("[a][r] ja [b][r]\n\n", n) + "[r]: x.md\n"
	}},
	{name: "reference-links-distinct", n: 2000, perByte: 400, timed: true, gen: func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "[a][r%d]\n\n", i)
		}
		for i := range n {
			fmt.Fprintf(&b, "[r%d]: d%d.md\n\n", i, i)
		}
		return b.String()
	}},
	{name: "inline-links-distinct", n: 2000, perByte: 400, timed: true, gen: func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "[a](d%d.md) ", i)
		}
		return b.String()
	}},
	{name: "inline-links-same", n: 2000, perByte: 400, timed: true, gen: func(n int) string {
		return strings.Repeat("[a](x.md) [b](y.md)\n", n)
	}},
}

func TestBudgets(t *testing.T) {
	for _, b := range budgets {
		t.Run(b.name, func(t *testing.T) {
			small, big := []byte(b.gen(b.n)), []byte(b.gen(4*b.n))
			run := func(body []byte) func() { return func() { Parse(body) } }
			a1, a2 := allocated(run(small)), allocated(run(big))
			ratio := float64(a2) / float64(max(a1, 1))
			t.Logf("%d B: %s allocated; %d B: %s (%.1f×)", len(small), mb(a1), len(big), mb(a2), ratio)
			if ratio > 6 {
				t.Errorf("4× the input allocates %.1f× the bytes (%s, then %s), want < 6×", ratio, mb(a1), mb(a2))
			}
			if bound := uint64(b.perByte*len(big) + 4<<20); a2 > bound {
				t.Errorf("%d bytes of input allocate %s, want at most %s", len(big), mb(a2), mb(bound))
			}
			if b.timed && !testing.Short() && cost.CPUTime != nil {
				t1, t2 := fastest(run(small), run(big))
				ratio := float64(t2) / float64(max(t1, 1))
				t.Logf("%d B: %v; %d B: %v (%.1f×)", len(small), t1, len(big), t2, ratio)
				if ratio > 10 {
					t.Errorf("4× the input takes %.1f× the time (%v, then %v), want < 10×", ratio, t1, t2)
				}
			}
		})
	}
}

var (
	allocated = cost.Allocated
	fastest   = cost.Fastest
	mb        = cost.MB
)

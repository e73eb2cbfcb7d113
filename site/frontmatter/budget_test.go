package frontmatter

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site/diag"
	cost "github.com/malli-fi/malli/site/internal/budget"
)

// The resource tests below feed Parse hostile front matter at two sizes, n
// and 4n, and check that what it allocates grows at most about linearly
// (less than 6 times for 4 times the input; a quadratic path gives 16) and
// stays under a bound proportional to the input. What Parse returns is
// consumed as later stages do (every node's JSON Pointer, the tree as
// JSON), so that a tree that is cheap to build but huge to use fails too.
//
// A few paths cost time without allocating (a search that misses); for
// those the time of the two sizes is compared in the same way, taking the
// fastest of several runs, with a looser ratio (10) since machines are
// noisy. It is CPU time, where the system tells it (internal/budget);
// those checks are skipped elsewhere and with -short.

// budget is one hostile input.
type budget struct {
	name string
	n    int
	gen  func(n int) string
	// perByte bounds the bytes allocated for the larger input:
	// perByte*len(src) + 4 MiB.
	perByte int
	timed   bool                                              // also compare the time
	check   func(t *testing.T, doc *Document, diags []string) // optional
}

var budgets = []budget{
	{name: "yaml-duplicate-keys", n: 1000, perByte: 400, gen: func(n int) string {
		return "---\n" + strings.Repeat("k: 1\n", n) + "---\n"
	}},
	{name: "toml-duplicate-keys", n: 1000, perByte: 400, gen: func(n int) string {
		return "+++\n" + strings.Repeat("k = 1\n", n) + "+++\n"
	}},
	{name: "json-duplicate-keys", n: 1000, perByte: 400, gen: func(n int) string {
		return "{\n" + strings.Repeat("\"k\": 1,\n", n) + "\"k\": 1\n}\n"
	}},
	{name: "yaml-many-keys", n: 10000, perByte: 400, timed: true, gen: func(n int) string {
		var b strings.Builder
		b.WriteString("---\n")
		for i := range n {
			fmt.Fprintf(&b, "k%d: 1\n", i)
		}
		b.WriteString("---\n")
		return b.String()
	}},
	{name: "json-many-keys", n: 10000, perByte: 400, timed: true, gen: func(n int) string {
		var b strings.Builder
		b.WriteString("{\n")
		for i := range n {
			fmt.Fprintf(&b, "\"k%d\": 1,\n", i)
		}
		b.WriteString("\"z\": 1\n}\n")
		return b.String()
	}},
	{name: "yaml-duplicate-keys-one-line", n: 1000, perByte: 400, gen: func(n int) string {
		return "---\nm: {" + strings.Repeat("k: 1, ", n) + "k: 1}\n---\n"
	}},
	{name: "json-duplicate-keys-one-line", n: 1000, perByte: 400, gen: func(n int) string {
		return "{\n\"m\": {" + strings.Repeat("\"k\": 1, ", n) + "\"k\": 1}\n}\n"
	}},
	{name: "toml-many-keys", n: 10000, perByte: 400, timed: true, gen: func(n int) string {
		var b strings.Builder
		b.WriteString("+++\n")
		for i := range n {
			fmt.Fprintf(&b, "k%d = 1\n", i)
		}
		b.WriteString("+++\n")
		return b.String()
	}},
	{name: "toml-many-inline-keys", n: 10000, perByte: 400, timed: true, gen: func(n int) string {
		var b strings.Builder
		b.WriteString("+++\nt = {")
		for i := range n {
			fmt.Fprintf(&b, "k%d = 1, ", i)
		}
		b.WriteString("z = 1}\n+++\n")
		return b.String()
	}},
	{name: "json-deep", n: 1000, perByte: 400, check: wantTooDeep, gen: func(n int) string {
		return "{\n\"a\": " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n}\n"
	}},
	{name: "yaml-deep-flow", n: 1000, perByte: 400, check: wantTooDeep, gen: func(n int) string {
		return "---\na: " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n---\n"
	}},
	{name: "yaml-deep-block", n: 1000, perByte: 400, check: wantTooDeep, gen: func(n int) string {
		return "---\na:\n" + strings.Repeat("- ", n) + "x\n---\n"
	}},
	{name: "toml-deep-array", n: 1000, perByte: 400, check: wantTooDeep, gen: func(n int) string {
		return "+++\na = " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n+++\n"
	}},
	{name: "toml-deep-inline-table", n: 1000, perByte: 400, check: wantTooDeep, gen: func(n int) string {
		return "+++\na = " + strings.Repeat("{a = ", n) + "1" + strings.Repeat("}", n) + "\n+++\n"
	}},
	{name: "toml-deep-header", n: 1000, perByte: 400, check: wantTooDeep, gen: func(n int) string {
		return "+++\n[" + strings.Repeat("a.", n) + "a]\nx = 1\n+++\n"
	}},
	{name: "toml-deep-dotted-key", n: 1000, perByte: 400, check: wantTooDeep, gen: func(n int) string {
		return "+++\n" + strings.Repeat("a.", n) + "a = 1\n+++\n"
	}},
	{name: "yaml-alias-long-strings", n: 4000, perByte: 400, check: wantAliasExpansion, gen: func(n int) string {
		// A string of n bytes, aliased n times: n*n bytes of text.
		return "---\ns: &s " + strings.Repeat("x", n) + "\nl: [" + strings.Repeat("*s, ", n) + "*s]\n---\n"
	}},
	{name: "yaml-alias-keys", n: 4000, perByte: 400, check: wantAliasExpansion, gen: func(n int) string {
		// A key of n bytes, used through an alias n times.
		var b strings.Builder
		b.WriteString("---\nk: &k " + strings.Repeat("x", n) + "\nl:\n")
		for range n {
			b.WriteString("- {*k : 1}\n")
		}
		b.WriteString("---\n")
		return b.String()
	}},
	{name: "yaml-plain-block-list", n: 25_000, perByte: 400, check: wantNoDiagnostics, gen: func(n int) string {
		return "---\nl:\n" + strings.Repeat("- x\n", n) + "---\n"
	}},
	{name: "yaml-plain-flow-list", n: 10_000, perByte: 400, timed: true, check: wantNoDiagnostics, gen: func(n int) string {
		return "---\nl: [" + strings.Repeat("x, ", n) + "x]\n---\n"
	}},
	{name: "yaml-plain-flow-list-unicode", n: 10_000, perByte: 400, timed: true, check: wantNoDiagnostics, gen: func(n int) string {
		return "---\nl: [" + strings.Repeat("ä, ", n) + "ä]\n---\n"
	}},
	{name: "yaml-unknown-anchor", n: 2000, perByte: 400, gen: func(n int) string {
		// Many aliases that start with the unknown name's text.
		return "---\na: &ab 1\nb: [" + strings.Repeat("*ab, ", n) + "*a]\n---\n"
	}},
}

func TestBudgets(t *testing.T) {
	for _, b := range budgets {
		t.Run(b.name, func(t *testing.T) {
			small, big := []byte(b.gen(b.n)), []byte(b.gen(4*b.n))
			var doc *Document
			var diags []string
			run := func(src []byte) func() {
				return func() {
					d, l := Parse("x.md", src)
					consume(d)
					doc, diags = d, nil
					for _, x := range l {
						diags = append(diags, x.Pos.String()+" "+x.Code.String())
					}
				}
			}
			a1, a2 := allocated(run(small)), allocated(run(big))
			ratio := float64(a2) / float64(max(a1, 1))
			t.Logf("%d B: %s allocated; %d B: %s (%.1f×)", len(small), mb(a1), len(big), mb(a2), ratio)
			if ratio > 6 {
				t.Errorf("4× the input allocates %.1f× the bytes (%s, then %s), want < 6×", ratio, mb(a1), mb(a2))
			}
			if bound := uint64(b.perByte*len(big) + 4<<20); a2 > bound {
				t.Errorf("%d bytes of input allocate %s, want at most %s", len(big), mb(a2), mb(bound))
			}
			if b.check != nil {
				b.check(t, doc, diags)
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

func wantTooDeep(t *testing.T, doc *Document, diags []string) {
	t.Helper()
	if len(diags) == 0 || !strings.HasSuffix(diags[0], " frontmatter.too-deep") {
		t.Errorf("diagnostics = %q, want frontmatter.too-deep first", diags)
	}
	if d := depth(doc.Front); d > maxDepth {
		t.Errorf("the tree is %d levels deep, want at most %d", d, maxDepth)
	}
}

func wantAliasExpansion(t *testing.T, doc *Document, diags []string) {
	t.Helper()
	if len(diags) != 1 || !strings.HasSuffix(diags[0], " frontmatter.alias-expansion") {
		t.Errorf("diagnostics = %q, want one frontmatter.alias-expansion", diags)
	}
}

func wantNoDiagnostics(t *testing.T, doc *Document, diags []string) {
	t.Helper()
	if len(diags) != 0 || doc.Front == nil {
		t.Errorf("diagnostics = %q, want none and a tree", diags)
	}
}

// depth returns the number of nested Maps and Lists at n, n included.
func depth(n *Node) int {
	if n == nil || (n.Kind != Map && n.Kind != List) {
		return 0
	}
	d := 0
	for _, e := range n.Entries {
		d = max(d, depth(e.Value))
	}
	for _, it := range n.Items {
		d = max(d, depth(it))
	}
	return d + 1
}

// consume uses the tree as later stages do: it writes it as JSON, makes
// the JSON Pointer of every node and locates it (as a diagnostic at every
// node would).
func consume(doc *Document) {
	if doc.Front == nil {
		return
	}
	if _, err := json.Marshal(doc.Front.Value()); err != nil {
		panic(err)
	}
	walk(doc.Front, "", nil, func(ptr string, e *Entry, n *Node) {
		if _, ok := doc.Front.Locate(ptr); !ok {
			panic("cannot locate " + ptr)
		}
	})
}

var (
	allocated = cost.Allocated
	fastest   = cost.Fastest
	mb        = cost.MB
)

// TestDepthBudget checks where each format reports a value nested deeper
// than maxDepth, and that the tree is cut there: the value at ptr is left
// out, and its parent, which held only it, is empty (ptr "" when the
// front matter is refused as a whole or nothing is added).
func TestDepthBudget(t *testing.T) {
	open := func(s string, n int) string { return strings.Repeat(s, n) }
	zeros := func(n int) string { return open("/0", n) }
	tests := []struct {
		name string
		src  string
		want string // "line:col" of the one diagnostic; "" for none
		ptr  string // the Null left in its place
	}{
		{"yaml-flow-ok", "---\na: " + open("[", 63) + open("]", 63) + "\n---\n", "", ""},
		{"yaml-flow", "---\na: " + open("[", 64) + open("]", 64) + "\n---\n", "2:67", "/a" + zeros(63)},
		{"yaml-flow-map", "---\na: " + open("{a: ", 64) + "1" + open("}", 64) + "\n---\n", "2:256", "/a" + open("/a", 63)},
		{"yaml-block", "---\na:\n" + open("- ", 64) + "x\n---\n", "3:127", "/a" + zeros(63)},
		{"yaml-alias", "---\nx: &x " + open("[", 40) + open("]", 40) + "\ny: " + open("[", 30) + "*x" + open("]", 30) + "\n---\n", "3:34", "/y" + zeros(30) + zeros(33)},
		{"yaml-beyond-parser", "---\na: " + open("[", 10_001) + open("]", 10_001) + "\n---\n", "2:67", ""},
		{"json-ok", "{\n\"a\": " + open("[", 63) + open("]", 63) + "\n}\n", "", ""},
		{"json", "{\n\"a\": " + open("[", 64) + open("]", 64) + "\n}\n", "2:69", "/a" + zeros(63)},
		{"json-map", "{\n\"a\": " + open(`{"a": `, 64) + "1" + open("}", 64) + "\n}\n", "2:384", "/a" + open("/a", 63)},
		{"json-beyond-parser", "{\n\"a\": " + open("[", 20_000) + open("]", 20_000) + ", \"b\": 1\n}\n", "2:69", "/a" + zeros(63)},
		{"toml-ok", "+++\na = " + open("[", 63) + open("]", 63) + "\n+++\n", "", ""},
		{"toml-array", "+++\na = " + open("[", 64) + open("]", 64) + "\nb = [1]\n+++\n", "2:68", "/a" + zeros(63)},
		{"toml-inline-table", "+++\na = " + open("{a = ", 64) + "1" + open("}", 64) + "\n+++\n", "2:320", "/a" + open("/a", 63)},
		{"toml-header", "+++\n[" + open("a.", 64) + "a]\nx = 1\n+++\n", "2:128", ""},
		{"toml-header-table", "+++\n[" + open("a.", 63) + "a]\nx = 1\n+++\n", "2:1", ""},
		{"toml-array-of-tables", "+++\n[[" + open("a.", 62) + "a]]\nx = 1\n+++\n", "2:1", ""},
		{"toml-dotted-key-ok", "+++\n" + open("a.", 63) + "a = 1\n+++\n", "", ""},
		{"toml-dotted-key", "+++\n" + open("a.", 64) + "a = 1\n+++\n", "2:127", ""},
		{"toml-beyond-parser", "+++\na = " + open("[", 10_001) + open("]", 10_001) + "\n+++\n", "2:68", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, diags := Parse("x.md", []byte(tt.src))
			checkInvariants(t, "x.md", []byte(tt.src), doc, diags)
			var got []string
			for _, d := range diags {
				got = append(got, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Code))
			}
			switch {
			case tt.want == "" && len(got) != 0:
				t.Fatalf("diagnostics %q, want none", got)
			case tt.want != "" && (len(got) != 1 || got[0] != tt.want+" frontmatter.too-deep"):
				t.Fatalf("diagnostics %q, want %q", got, tt.want+" frontmatter.too-deep")
			}
			if d := depth(doc.Front); d > maxDepth {
				t.Errorf("the tree is %d levels deep, want at most %d", d, maxDepth)
			}
			if tt.ptr == "" {
				return
			}
			if _, ok := doc.Front.LocateValue(tt.ptr); ok {
				t.Errorf("LocateValue(%s) found the value, want it left out", tt.ptr)
			}
			parent := tt.ptr[:strings.LastIndexByte(tt.ptr, '/')]
			if _, ok := doc.Front.LocateValue(parent); !ok {
				t.Fatalf("LocateValue(%s) found nothing", parent)
			}
			n := doc.Front
			for _, tok := range strings.Split(parent[1:], "/") {
				if n.Kind == Map {
					n = n.Get(tok)
				} else {
					n = n.Items[0]
				}
			}
			if (n.Kind != List && n.Kind != Map) || len(n.Items)+len(n.Entries) != 0 {
				t.Errorf("%s is a %s of %d, want an empty list or map", parent, n.Kind, len(n.Items)+len(n.Entries))
			}
		})
	}
}

// TestAliasBudget checks the budgets of alias expansion: in nodes, in bytes
// of values and of keys, counting only what aliases produce, reported once
// at the outermost alias, and with the values written out still decoded.
func TestAliasBudget(t *testing.T) {
	long := strings.Repeat("x", 1000)
	values := "---\ns: &s " + long + "\nl: [" + strings.Repeat("*s, ", 1999) + "*s]\nz: 1\n---\n"
	var keys strings.Builder
	keys.WriteString("---\nk: &k " + long + "\nl:\n")
	for range 2000 {
		keys.WriteString("- {*k : 1}\n")
	}
	keys.WriteString("z: 1\n---\n")
	// The block is the text between the delimiter lines; with 1000 bytes a
	// copy, the budget runs out at copy budget/1000 + 1, counted from 1.
	over := func(src string) int { return aliasTextBudget(len(src)-len("---\n---\n"))/1000 + 1 }
	var laughs strings.Builder
	laughs.WriteString("---\nd: &d {k: v}\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		fmt.Fprintf(&laughs, "a%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 10), ", "))
	}
	laughs.WriteString("m:\n  <<: *d\nz: 1\n---\n")

	tests := []struct {
		name, src string
		line, col int // of the one alias-expansion diagnostic; 0 for none
	}{
		{"value-bytes", values, 3, len("l: [") + 1 + 4*(over(values)-1)},
		{"key-bytes", keys.String(), 3 + over(keys.String()), len("- {") + 1},
		// At an alias *a3 of a4: a1 to a3 produce 12 330 nodes, and each
		// *a3 11 111 more.
		{"nodes", laughs.String(), 7, len("a4: &a4 [") + 1 + len("*a3, ")*((maxAliasNodes-12_330)/11_111)},
		{"plain-list", "---\nl:\n" + strings.Repeat("- x\n", maxAliasNodes+1) + "a: &a 1\nb: *a\n---\n", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, diags := Parse("x.md", []byte(tt.src))
			var got []string
			for _, d := range diags {
				got = append(got, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Code))
			}
			want := []string{fmt.Sprintf("%d:%d frontmatter.alias-expansion", tt.line, tt.col)}
			if tt.line == 0 {
				want = nil
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Fatalf("diagnostics %q, want %q", got, want)
			}
			if doc.Front == nil {
				t.Fatal("Front is nil")
			}
			if tt.line != 0 {
				if z := doc.Front.Get("z"); z == nil || z.Text != "1" {
					t.Errorf("z = %+v after the budget ran out, want 1", z)
				}
				// What aliases produce after that is left out, not null,
				// so that later stages do not report each of it.
				walk(doc.Front, "", nil, func(ptr string, e *Entry, n *Node) {
					if n.Kind == Null {
						t.Errorf("%s is null", ptr)
					}
				})
			}
			if tt.name == "value-bytes" {
				if l := doc.Front.Get("l"); len(l.Items) != over(values)-1 {
					t.Errorf("l has %d items, want the %d within the budget", len(l.Items), over(values)-1)
				}
			}
			if tt.name == "plain-list" {
				if l := doc.Front.Get("l"); len(l.Items) != maxAliasNodes+1 || l.Items[maxAliasNodes].Text != "x" {
					t.Errorf("the plain list was cut")
				}
				if b := doc.Front.Get("b"); b.Text != "1" {
					t.Errorf("b = %+v, want 1", b)
				}
			}
		})
	}
}

// TestAliasBudgetMergeList checks that the mappings of a list merged
// through an alias ("<<: *list") count as produced by that alias.
func TestAliasBudgetMergeList(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\nl: &l [{")
	for i := range 1000 {
		fmt.Fprintf(&b, "k%d: v, ", i)
	}
	b.WriteString("z: v}]\n")
	for i := range 200 {
		fmt.Fprintf(&b, "m%d: {<<: *l}\n", i)
	}
	b.WriteString("---\n")
	_, diags := Parse("x.md", []byte(b.String()))
	// Each merge makes 1002 nodes: 99 merges fit in the budget.
	if len(diags) != 1 || diags[0].Code != diag.FrontmatterAliasExpansion || diags[0].Pos.Line != 3+99 || diags[0].Pos.Col != len("m99: {<<: ")+1 {
		t.Errorf("diagnostics = %v, want one frontmatter.alias-expansion at 102:11", diags)
	}
}

// TestDepthBudgetJSONSyntax checks a JSON syntax error after a value
// deeper than encoding/json's Unmarshal goes (10 000 levels), which
// Parse uses to place syntax errors: it is still at its own position.
func TestDepthBudgetJSONSyntax(t *testing.T) {
	src := "{\n\"a\": " + strings.Repeat("[", 20_000) + strings.Repeat("]", 20_000) + ",\n\"b\": x\n}\n"
	doc, diags := Parse("x.md", []byte(src))
	checkInvariants(t, "x.md", []byte(src), doc, diags)
	var got []string
	for _, d := range diags {
		got = append(got, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Code))
	}
	if want := []string{"2:69 frontmatter.too-deep", "3:6 frontmatter.syntax"}; strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("diagnostics %q, want %q", got, want)
	}
}

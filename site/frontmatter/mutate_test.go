package frontmatter

import (
	"math/rand"
	"path/filepath"
	"testing"
	"time"

	"github.com/malli-fi/malli/site/internal/golden"
	"github.com/rogpeppe/go-internal/txtar"
)

// TestMutatedGoldens is a bounded fuzz run inside the ordinary test suite,
// so CI exercises it on every push: it mutates the golden inputs with a
// fixed random seed for a few seconds at most and checks the same
// invariants as FuzzParse. `go test -fuzz=FuzzParse` explores further.
func TestMutatedGoldens(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	var seeds [][]byte
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if in := section(ar, "input.md"); in != nil {
			seeds = append(seeds, golden.DecodeMarkers(in))
		}
	}
	if len(seeds) == 0 {
		t.Fatal("no golden inputs")
	}
	catchPanics = false // a panic must fail the test, not become a diagnostic
	defer func() { catchPanics = true }()
	// Bytes that matter to the parsers.
	alphabet := []byte("-+{}[]:,\"'#&*<>|!\n\r\t =.0123456789aZ\\\xef\xbb\xbf\xff")
	rng := rand.New(rand.NewSource(1))
	deadline := time.Now().Add(3 * time.Second)
	if testing.Short() {
		deadline = time.Now().Add(300 * time.Millisecond)
	}
	runs := 0
	for ; runs < 20000 && time.Now().Before(deadline); runs++ {
		src := append([]byte(nil), seeds[rng.Intn(len(seeds))]...)
		for m := rng.Intn(4) + 1; m > 0; m-- {
			switch op := rng.Intn(4); {
			case op == 0 && len(src) > 0: // flip a byte
				src[rng.Intn(len(src))] = alphabet[rng.Intn(len(alphabet))]
			case op == 1: // insert a byte
				i := rng.Intn(len(src) + 1)
				src = append(src[:i], append([]byte{alphabet[rng.Intn(len(alphabet))]}, src[i:]...)...)
			case op == 2 && len(src) > 0: // delete a run
				i := rng.Intn(len(src))
				j := min(len(src), i+rng.Intn(8)+1)
				src = append(src[:i], src[j:]...)
			case op == 3 && len(src) > 0: // duplicate a run
				i := rng.Intn(len(src))
				j := min(len(src), i+rng.Intn(16)+1)
				src = append(src[:j], append(append([]byte(nil), src[i:j]...), src[j:]...)...)
			}
		}
		doc, diags := Parse("f.md", src)
		checkInvariants(t, "f.md", src, doc, diags)
		if t.Failed() {
			t.Fatalf("invariants broken for input %q", src)
		}
	}
	t.Logf("%d mutated inputs", runs)
}

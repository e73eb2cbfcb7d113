package frontmatter

import (
	"strings"
	"testing"
	"time"

	"github.com/malli-fi/malli/site/diag"
)

// TestAliasExpansion checks that a "billion laughs" document is cut short,
// reported at the outermost alias, and fast.
func TestAliasExpansion(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + string(rune('0'+i-1)))
		}
		b.WriteString("]\n")
	}
	b.WriteString("---\n")
	start := time.Now()
	doc, diags := Parse("x.md", []byte(b.String()))
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Parse took %v", d)
	}
	if len(diags) != 1 || diags[0].Code != diag.FrontmatterAliasExpansion {
		t.Fatalf("diags = %v, want one frontmatter.alias-expansion", diags)
	}
	// At the outermost alias whose expansion crosses the limit: a4's
	// aliases (a0 to a3 hold 12344 nodes, a4 would hold 111111).
	if p := diags[0].Pos; p.Line != 6 || !strings.HasPrefix(diags[0].Line[p.Col-1:], "*a3") {
		t.Errorf("reported at %v (%q), want an alias *a3 on line 6", p, diags[0].Line)
	}
	if doc.Front == nil {
		t.Errorf("Front is nil, want the tree with the expansion cut short")
	}
}

// TestSeverities checks the severity of each kind of problem on inputs that
// have only that problem.
func TestSeverities(t *testing.T) {
	tests := []struct {
		src  string
		code diag.Code
		sev  diag.Severity
	}{
		{"\uFEFF---\na: 1\n---\n", diag.SourceBOM, diag.Warning},
		{"", diag.SourceEmpty, diag.Error},
		{"---\na: \xff\n---\n", diag.SourceUTF8, diag.Error},
		{"# x\n", diag.FrontmatterMissing, diag.Error},
		{"---\na: 1\n", diag.FrontmatterUnclosed, diag.Error},
		{"---\na: [\n---\n", diag.FrontmatterSyntax, diag.Error},
		{"---\na:\n\tb: 1\n---\n", diag.FrontmatterTab, diag.Error},
		{"---\na: 1\na: 2\n---\n", diag.FrontmatterDuplicateKey, diag.Error},
		{"---\n- 1\n---\n", diag.FrontmatterNotMapping, diag.Error},
	}
	for _, tt := range tests {
		_, diags := Parse("x.md", []byte(tt.src))
		if len(diags) != 1 || diags[0].Code != tt.code || diags[0].Severity != tt.sev {
			t.Errorf("Parse(%q) = %v; want one %s of severity %d", tt.src, diags, tt.code, tt.sev)
		}
	}
}

// TestCRLFSamePositions checks that CRLF line endings give the same tree,
// positions and body line as LF.
func TestCRLFSamePositions(t *testing.T) {
	for f, src := range locateDocs {
		lf, _ := Parse("x.md", []byte(src))
		crlf, diags := Parse("x.md", []byte(strings.ReplaceAll(src, "\n", "\r\n")))
		if len(diags) != 0 {
			t.Errorf("%s with CRLF: %v", f, diags)
			continue
		}
		var a, b []string
		walk(lf.Front, "", nil, func(ptr string, e *Entry, n *Node) { a = append(a, ptr+" "+n.Pos.String()+" "+n.Text) })
		walk(crlf.Front, "", nil, func(ptr string, e *Entry, n *Node) { b = append(b, ptr+" "+n.Pos.String()+" "+n.Text) })
		if strings.Join(a, "\n") != strings.Join(b, "\n") || lf.BodyLine != crlf.BodyLine {
			t.Errorf("%s: CRLF tree differs from LF:\n%s\n---\n%s", f, strings.Join(a, "\n"), strings.Join(b, "\n"))
		}
	}
}

// TestLineText checks that lineText gives the lines of the file without
// their line endings and line 1 without a BOM, lines past the end included.
func TestLineText(t *testing.T) {
	for _, src := range []string{"", "a", "a\n", "a\r\nb\r\n", "\uFEFF---\nx\n\ny", "\n\n", "a\rb\nc", "\uFEFF"} {
		s := newSource("x.md", []byte(src))
		lines := strings.Split(src, "\n")
		for n := -1; n <= len(lines)+2; n++ {
			want := ""
			if n >= 1 && n <= len(lines) {
				want = strings.TrimSuffix(lines[n-1], "\r")
			}
			if n == 1 {
				want = strings.TrimPrefix(want, "\uFEFF")
			}
			if got := s.lineText(n); got != want {
				t.Errorf("lineText(%d) of %q = %q, want %q", n, src, got, want)
			}
		}
	}
}

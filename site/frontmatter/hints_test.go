package frontmatter

import (
	"strings"
	"testing"

	"github.com/malli-fi/malli/site/diag"
)

func TestSyntaxHints(t *testing.T) {
	for _, tc := range []struct {
		src  string
		pos  string
		hint string // a part of the Finnish hint
	}{
		{"---\ntitle: Malli: osa 1\n---\n", "f.md:2:13", "lainausmerkkeihin"},
		{"---\nkeywords: [a, b\n---\n", "f.md:3:1", "loppusulje ]"},
		{"+++\ntitle = Otsikko\n+++\n", "f.md:2:9", "TOML-tekstiarvot"},
		{"{\n  \"title\": \"X\",\n  \"status\": draft\n}\n", "f.md:3:13", "JSON-tekstiarvot"},
		{"{\n  \"title\": \"X\",\n}\n", "f.md:3:1", "viimeisen kentän perään"},
	} {
		_, diags := Parse("f.md", []byte(tc.src))
		if len(diags) != 1 {
			t.Errorf("Parse(%q): %d diagnostics, want 1: %v", tc.src, len(diags), diags)
			continue
		}
		d := diags[0]
		if d.Pos.String() != tc.pos || d.Hint == nil || !strings.Contains(d.Hint.In(diag.FI), tc.hint) {
			hint := ""
			if d.Hint != nil {
				hint = d.Hint.In(diag.FI)
			}
			t.Errorf("Parse(%q) = %s hint %q, want %s and a hint with %q", tc.src, d.Pos, hint, tc.pos, tc.hint)
		}
	}
}

package diag

import (
	"strings"
	"testing"
)

// TestEveryCodeHasAFix fails when a code has no fix in one of the three
// languages, or when a fix names a code that does not exist.
func TestEveryCodeHasAFix(t *testing.T) {
	known := map[string]bool{}
	for _, c := range Codes() {
		known[c.name] = true
		fix, ok := FixOf(c)
		if !ok {
			t.Errorf("%s: no fix in fixes.go", c)
			continue
		}
		for _, l := range Langs {
			s := fix.In(l)
			if strings.TrimSpace(s) == "" || !strings.HasSuffix(s, ".") {
				t.Errorf("%s: the %s fix %q is empty or not a sentence ending in a full stop", c, l, s)
			}
		}
		if fix.FI == fix.EN || fix.SV == fix.EN {
			t.Errorf("%s: the fix is not translated", c)
		}
	}
	for name := range fixes {
		if !known[name] {
			t.Errorf("fixes.go has a fix for %s, which is not a code", name)
		}
	}
}

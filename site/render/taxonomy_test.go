package render

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site/diag"
)

func TestLessIsFinnishAlphabetical(t *testing.T) {
	words := []string{"öljy", "Åland", "zeta", "äiti", "Aapinen", "työ", "Työkyky", "Ünal", "vesi", "éclair", "10 vuotta"}
	sort.Slice(words, func(i, j int) bool { return Less(words[i], words[j]) })
	want := []string{"10 vuotta", "Aapinen", "éclair", "työ", "Työkyky", "vesi", "Ünal", "zeta", "Åland", "äiti", "öljy"}
	if !slices.Equal(words, want) {
		t.Errorf("sorted %q, want %q", words, want)
	}
	if Less("a", "a") || !Less("A", "a") { // equal keys: by bytes
		t.Errorf("ties are not broken by bytes")
	}
}

func TestTermSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Tuettu työllistyminen":  "tuettu-tyollistyminen",
		"tuettu  työllistyminen": "tuettu-tyollistyminen",
		"Sote-keskus":            "sote-keskus",
		"Åland":                  "aland",
	} {
		if got := termSlug(in); got != want {
			t.Errorf("termSlug(%q) = %q, want %q", in, got, want)
		}
	}
	long := strings.Repeat("vammaiset henkilöt työtoiminnassa ", 5)
	a, b := termSlug(long), termSlug(long+"x")
	if len(a) > MaxSlug || len(b) > MaxSlug || a == b {
		t.Errorf("long slugs %q and %q: want distinct, at most %d bytes", a, b, MaxSlug)
	}
	if !strings.HasPrefix(a, "vammaiset-henkilot-") || strings.Contains(a, "--") {
		t.Errorf("long slug %q is not cut at a hyphen", a)
	}
}

func TestCommonNameGroupsBySpelling(t *testing.T) {
	// Two documents write "tuettu työllistyminen", one "Tuettu työllistyminen",
	// and a Finnish one on a Swedish page: the page's language wins, then
	// the count, then the order.
	names := map[string]int{"fi\x00tuettu työllistyminen": 2, "fi\x00Tuettu työllistyminen": 1}
	if got, l := commonName(names, diag.FI); got != "tuettu työllistyminen" || l != diag.FI {
		t.Errorf("commonName = %q %s", got, l)
	}
	names["sv\x00arbete med stöd"] = 1
	if got, l := commonName(names, diag.SV); got != "arbete med stöd" || l != diag.SV {
		t.Errorf("commonName in sv = %q %s", got, l)
	}
	if got, l := commonName(map[string]int{"fi\x00b": 1, "fi\x00a": 1}, diag.EN); got != "a" || l != diag.FI {
		t.Errorf("tie: commonName = %q %s", got, l)
	}
}

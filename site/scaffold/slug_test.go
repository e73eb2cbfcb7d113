package scaffold

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/malli-fi/malli/schemas"
	"github.com/malli-fi/malli/site/diag"
)

// TestSlug is the table of what users type: the letters of Finland's
// languages (Finnish, Swedish, North, Inari and Skolt Sámi, Karelian,
// Romani), and what else arrives in titles.
func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Čálli-malli", "calli-malli"},
		{"čđŋšŧžá", "cdnstza"},
		{"ČĐŊŠŦŽÁ", "cdnstza"},
		{"Äänekoski ja Åland, Östersund", "aanekoski-ja-aland-ostersund"},
		{"Anár – Inari â", "anar-inari-a"},
		{"Sääʹmǩiõll ǥ ǯ ʒ ǧ", "saamkioll-g-z-z-g"}, // Skolt Sámi, the softening mark is silent
		{"Café Müller, Straße", "cafe-muller-strasse"},
		{"Ærø og Søren", "aero-og-soren"},
		{"Tõnu Õun", "tonu-oun"},
		{"Łódź", "lodz"},
		{"ÐÞ þorn", "dth-thorn"},
		{"İstanbul ıı", "istanbul-ii"},
		{"Jack’s ja Jack's mallit", "jacks-ja-jacks-mallit"},
		{`"Lainattu" «malli» „x“ ”y”`, "lainattu-malli-x-y"},
		{"a—b–c-d‐e‑f−g", "a-b-c-d-e-f-g"},
		{"Malli 🚀 2.0 🇫🇮", "malli-2-0"},
		{"2025 hanke", "2025-hanke"},
		{"  --reunat--  ", "reunat"},
		{"a\tb\nc\u00a0d", "a-b-c-d"},
		{"pa\u0308iva\u0308", "paiva"}, // decomposed (NFD) input
		{"TYÖKYKY-ohjelma", "tyokyky-ohjelma"},
		{"50 % / 80 €", "50-80"},
		{"Москва", ""},
		{"🚀", ""},
		{"", ""},
	} {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestID(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"Čálli-malli", "calli-malli", ""},
		{"Москва", "", "ei saa tunnistetta"},
		{"🚀 !!", "", "ei saa tunnistetta"},
		{"", "", "ei saa tunnistetta"},
		{"CON", "", "varattu nimi"},
		{"Lpt1", "", "varattu nimi"},
		{"Index", "", "varattu nimi"},
		{"Console", "console", ""},
		{"Com10", "com10", ""},
		{strings.Repeat("sana ", 40), strings.TrimSuffix(strings.Repeat("sana-", 16), "-"), ""},
		{strings.Repeat("x", 200), strings.Repeat("x", MaxID), ""},
	} {
		got, err := ID(tc.in)
		if got != tc.want || (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
			t.Errorf("ID(%q) = %q, %v; want %q, %q", tc.in, got, err, tc.want, tc.err)
		}
	}
	_, err := ID("Москва")
	e := err.(*IDError)
	if !strings.Contains(e.In(diag.SV), "identifierare") || !strings.Contains(e.In(diag.EN), "identifier") {
		t.Errorf("not in Swedish and English: %q, %q", e.In(diag.SV), e.In(diag.EN))
	}
}

// FuzzID: whatever the title, ID gives an id the schemas' pattern accepts,
// no longer than MaxID, or an error.
func FuzzID(f *testing.F) {
	for _, s := range []string{"Čálli-malli", "ß-æ-ø", "a--b", "-", "🚀a", "x'y"} {
		f.Add(s)
	}
	re := regexp.MustCompile(IDPattern)
	f.Fuzz(func(t *testing.T, s string) {
		id, err := ID(s)
		if err != nil {
			return
		}
		if !re.MatchString(id) || len(id) > MaxID || reserved(id) || !utf8.ValidString(id) {
			t.Fatalf("ID(%q) = %q", s, id)
		}
	})
}

// TestIDPattern: the pattern Slug writes for is the one the schemas give
// every document's id and every reference.
func TestIDPattern(t *testing.T) {
	data, err := schemas.FS.ReadFile("defs.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var defs struct {
		Defs struct {
			Common struct {
				Properties struct {
					ID struct{ Pattern string }
				}
			}
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &defs); err != nil {
		t.Fatal(err)
	}
	if got := defs.Defs.Common.Properties.ID.Pattern; got != IDPattern {
		t.Errorf("the schemas' id pattern is %q, Slug's %q", got, IDPattern)
	}
}

package site_test

import (
	"context"
	"html"
	"os"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/publish"
)

// TestGuideReferences checks the user guide's generated references in
// every language: the field reference names every content type of the
// schemas and, for the project type, a nested field with its label and
// whose requirement a published project's programme field is; the code
// reference holds every registered code, as an anchor, with its fix.
func TestGuideReferences(t *testing.T) {
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang   diag.Lang
		prefix string
		want   []string
	}{
		{diag.FI, "", []string{`id="tyyppi-project"`, `id="project-contact_persons-email"`, "Yhteyshenkilöt", "Hankesalkku-tunnus", "julkaistussa (malli suosittelee)", "sähköpostiosoite"}},
		{diag.SV, "sv/", []string{`id="tyyppi-project"`, "Kontaktpersoner", "e-postadress"}},
		{diag.EN, "en/", []string{`id="tyyppi-project"`, "Contact persons", "e-mail address", "when published"}},
	} {
		fields, ok := out.File(tc.prefix + "ohje/kentat/index.html")
		if !ok {
			t.Fatalf("%s: no field reference", tc.lang)
		}
		for _, w := range tc.want {
			if !strings.Contains(string(fields), w) {
				t.Errorf("%s field reference lacks %q", tc.lang, w)
			}
		}
		for _, typ := range []string{"programme", "project", "operating_model", "service_path", "criteria_set", "self_evaluation", "indicator_set", "monitoring", "page", "accessibility_statement"} {
			if !strings.Contains(string(fields), `id="tyyppi-`+typ+`"`) {
				t.Errorf("%s field reference has no section for type %s", tc.lang, typ)
			}
		}
		codes, ok := out.File(tc.prefix + "ohje/koodit/index.html")
		if !ok {
			t.Fatalf("%s: no code reference", tc.lang)
		}
		for _, c := range diag.Codes() {
			fix, _ := diag.FixOf(c)
			i := strings.Index(string(codes), `id="`+c.String()+`"`)
			if i < 0 {
				t.Errorf("%s code reference has no entry %s", tc.lang, c)
				continue
			}
			entry := string(codes[i:])
			if end := strings.Index(entry, "</dd>"); end > 0 {
				entry = entry[:end]
			}
			if !strings.Contains(html.UnescapeString(entry), fix.In(tc.lang)) {
				t.Errorf("%s code reference: %s does not say how to fix it", tc.lang, c)
			}
			if strings.Contains(entry, "%s") || strings.Contains(entry, "%q") {
				t.Errorf("%s code reference: %s shows a format verb", tc.lang, c)
			}
		}
	}
}

package render

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site/diag"
)

func TestFormat(t *testing.T) {
	// "_" stands for a no-break space, "−" is U+2212.
	for _, c := range []struct {
		lang diag.Lang
		fn   string
		in   any
		want string
	}{
		{diag.FI, "money", json.Number("700000"), "700_000_€"},
		{diag.SV, "money", json.Number("700000"), "700_000_€"},
		{diag.EN, "money", json.Number("700000"), "€700,000"},
		{diag.FI, "money", 1250000.5, "1_250_000,50_€"},
		{diag.EN, "money", -1500, "-€1,500"},
		{diag.FI, "money", 999, "999_€"},
		{diag.FI, "percent", 77.777, "77,8_%"},
		{diag.SV, "percent", 77.777, "77,8_%"},
		{diag.EN, "percent", 77.777, "77.8%"},
		{diag.FI, "percent", 80, "80_%"},
		{diag.FI, "percent", 79.96, "80,0_%"},
		{diag.FI, "number", json.Number("4.9"), "4,9"},
		{diag.EN, "number", json.Number("4.9"), "4.9"},
		{diag.FI, "number", 1234567, "1_234_567"},
		{diag.EN, "number", 1234567.25, "1,234,567.25"},
		{diag.FI, "number", -1000, "−1_000"},
		{diag.FI, "number", json.Number("-0.0"), "0"},
		{diag.FI, "number", json.Number("-0.04"), "−0,04"},
		{diag.FI, "number", "0.1", "0,1"},
		{diag.FI, "number", "n/a", "n/a"},
		{diag.FI, "date", "2026-12-01", "1.12.2026"},
		{diag.SV, "date", "2026-12-01", "1.12.2026"},
		{diag.EN, "date", "2026-12-01", "1 December 2026"},
		{diag.EN, "date", "2025-01-05", "5 January 2025"},
		{diag.EN, "date", "2025-13-05", "2025-13-05"},
		{diag.FI, "date", "joskus", "joskus"},
		{diag.FI, "plural", 1, "1 hanke"},
		{diag.FI, "plural", 2, "2 hanketta"},
		{diag.FI, "plural", 0, "0 hanketta"},
		{diag.EN, "plural", 1000, "1,000 projects"},
		{diag.EN, "plural", 1.0, "1 project"},
	} {
		f := Format{c.lang}
		var got string
		switch c.fn {
		case "money":
			got = f.Money(c.in)
		case "percent":
			got = f.Percent(c.in)
		case "number":
			got = f.Number(c.in)
		case "date":
			got = f.Date(c.in.(string))
		case "plural":
			one, other := "{n} hanke", "{n} hanketta"
			if c.lang == diag.EN {
				one, other = "{n} project", "{n} projects"
			}
			got = f.Plural(c.in, one, other)
		}
		if want := strings.ReplaceAll(c.want, "_", "\u00a0"); got != want {
			t.Errorf("%s %s(%v) = %q, want %q", c.lang, c.fn, c.in, got, want)
		}
	}
}

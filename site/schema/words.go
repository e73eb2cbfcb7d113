// How schema terms and values read in a message: the words for types,
// formats and patterns in fi, sv and en, and values and limits as an author
// writes them. No word here comes from the validator's messages.

package schema

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

// typeNames are the JSON types as an author knows them.
var typeNames = map[string]diag.Words{
	"string":  {FI: "teksti", SV: "text", EN: "text"},
	"number":  {FI: "luku", SV: "tal", EN: "number"},
	"integer": {FI: "kokonaisluku", SV: "heltal", EN: "whole number"},
	"boolean": {FI: "totuusarvo (true tai false)", SV: "sanningsvärde (true eller false)", EN: "true or false"},
	"array":   {FI: "luettelo", SV: "lista", EN: "list"},
	"object":  {FI: "kenttäryhmä (avain: arvo)", SV: "grupp av fält (nyckel: värde)", EN: "group of fields (key: value)"},
	"null":    {FI: "tyhjä", SV: "tom", EN: "empty"},
}

// typeWords says which types a value must have and which it has: "teksti
// tai luku, nyt luettelo".
func typeWords(want []string, got string) diag.Localized {
	var fi, sv, en []string
	for _, t := range want {
		w := typeNames[t]
		fi, sv, en = append(fi, w.FI), append(sv, w.SV), append(en, w.EN)
	}
	g := typeNames[got]
	return diag.Words{
		FI: strings.Join(fi, " tai ") + ", nyt " + g.FI,
		SV: strings.Join(sv, " eller ") + ", nu " + g.SV,
		EN: strings.Join(en, " or ") + ", not " + g.EN,
	}
}

// formatWords says what a value of format f is; a format without words
// of its own is named as the schema names it.
func formatWords(f string) diag.Localized {
	switch f {
	case "date":
		return diag.Words{FI: "päivämäärä muodossa VVVV-KK-PP", SV: "datum i formen ÅÅÅÅ-MM-DD", EN: "date as YYYY-MM-DD"}
	case "email":
		return diag.Words{FI: "sähköpostiosoite", SV: "e-postadress", EN: "e-mail address"}
	case "uri", "iri":
		return diag.Words{FI: "verkko-osoite (https://…)", SV: "webbadress (https://…)", EN: "web address (https://…)"}
	}
	return diag.Words{FI: f, SV: f, EN: f}
}

// patternWords asks for a pattern that has no x-malli-pattern-help.
func patternWords(re string) diag.Localized {
	re = "'" + re + "'"
	return diag.Words{FI: "sen pitää vastata mallia " + re, SV: "det ska motsvara mönstret " + re, EN: "it must match the pattern " + re}
}

// orWords lists fields of which one is needed: "a" (A) tai "b" (B).
// OrWords joins fields (or codes with labels) with "tai", "eller", "or".
func OrWords(fields []Field) diag.Localized { return orWords(fields) }

func orWords(fields []Field) diag.Localized {
	join := func(lang diag.Lang, or string) string {
		var parts []string
		for _, f := range fields {
			parts = append(parts, f.In(lang))
		}
		return strings.Join(parts, or)
	}
	return diag.Words{FI: join(diag.FI, " tai "), SV: join(diag.SV, " eller "), EN: join(diag.EN, " or ")}
}

// checkDigitWords says what a business id whose first seven digits are
// digits would be with check digit d.
func checkDigitWords(digits string, d int) diag.Localized {
	return diag.Words{
		FI: fmt.Sprintf("tarkistusmerkki olisi %d: %s-%d", d, digits, d),
		SV: fmt.Sprintf("kontrollsiffran vore %d: %s-%d", d, digits, d),
		EN: fmt.Sprintf("the check digit would be %d: %s-%d", d, digits, d),
	}
}

// enumValues lists the values of an enum as a message names them: a text
// without quotes, a number as written.
func enumValues(enum []any) []string {
	out := make([]string, 0, len(enum))
	for _, e := range enum {
		if s, ok := e.(string); ok {
			out = append(out, s)
		} else {
			out = append(out, show(e))
		}
	}
	return out
}

// show prints a value as an author wrote it: a text quoted, a list or a
// group of fields as JSON, shortened to 60 bytes.
func show(v any) string {
	switch v := v.(type) {
	case string:
		return strconv.Quote(v)
	case nil:
		return "null"
	case map[string]any, []any:
		b, _ := json.Marshal(v)
		if len(b) > 60 {
			return string(b[:57]) + "..."
		}
		return string(b)
	}
	return fmt.Sprint(v)
}

// number prints a limit as the author would write it: 1000000, not 1e+06.
func number(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	f, _ := r.Float64()
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// jsonType names the JSON type of a value as the schema's "type" does.
func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number, float32, float64, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return ""
}

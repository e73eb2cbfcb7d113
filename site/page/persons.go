package page

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/schema"
)

// The checks of a document whose schema allows aggregate figures only
// (x-malli-aggregates-only) that need no other document: no personal
// identity code in the front matter or the body, no body table with a
// column that names persons, no row of a series twice in one column, and
// no number of clients n below the threshold. The counts an indicator
// stands for need its indicator set: package graph checks those.

var personLevelHint = diag.Words{
	FI: "poista tieto: henkilötason tiedot toimitetaan THL:lle ja TTL:lle sovitulla tavalla, ei julkiselle sivustolle",
	SV: "ta bort uppgiften: uppgifter på personnivå lämnas till THL och TTL på överenskommet sätt, inte till en offentlig webbplats",
	EN: "remove it: person-level data go to THL and TTL as agreed, not to a public site",
}

// SmallCellHint is the hint of monitoring.small-cell for threshold min.
func SmallCellHint(min int) diag.Words {
	return diag.Words{
		FI: fmt.Sprintf("kirjaa arvon sijaan suppressed: true, tai yhdistä keruukertoja tai luokkia niin, että luku on vähintään %d", min),
		SV: fmt.Sprintf("skriv suppressed: true i stället för värdet, eller slå ihop insamlingstillfällen eller kategorier så att talet är minst %d", min),
		EN: fmt.Sprintf("write suppressed: true instead of the value, or combine rounds or categories until the count is at least %d", min),
	}
}

var identityCodeWords = diag.Words{FI: "henkilötunnus", SV: "en personbeteckning", EN: "a personal identity code"}

// SmallCount reports whether n persons are too few to publish: from 1 to
// min-1 (none reveals no one).
func SmallCount(n, min int) bool { return n >= 1 && n < min }

func (d *Document) checkPersonData() diag.List {
	var diags diag.List
	for _, a := range d.Report.Aggregates {
		person := func(pos diag.Pos, what diag.Localized) {
			diags.Errorf(pos, diag.MonitoringPersonLevel, what).Hint = personLevelHint
		}
		v, _ := schema.Get(d.Params, a.Pointer)
		eachString(v, a.Pointer, func(ptr, s string) {
			if len(IdentityCodes(s)) > 0 {
				person(d.PointerPos(ptr, true), identityCodeWords)
			}
		})
		if a.Pointer == "" {
			for _, off := range IdentityCodes(string(d.Body.Source)) {
				person(d.Pos(off), identityCodeWords)
			}
			for _, t := range d.Body.Tables {
				for _, h := range t.Header {
					if containsFold(a.Spec.PersonColumns, h) {
						person(d.Pos(t.Offset), diag.Words{
							FI: fmt.Sprintf("asiakaskohtainen taulukko (sarake %q)", h),
							SV: fmt.Sprintf("en tabell per klient (kolumnen %q)", h),
							EN: fmt.Sprintf("a table per client (column %q)", h),
						})
						break
					}
				}
			}
		}
		for _, s := range d.Report.Series {
			if !strings.HasPrefix(s.Pointer+"/", a.Pointer+"/") {
				continue
			}
			d.checkSeriesCells(&diags, a.Spec, s)
		}
	}
	return diags
}

// checkSeriesCells reports a row named twice in one column of series s,
// and a number of clients (its Base) from 1 to the threshold.
func (d *Document) checkSeriesCells(diags *diag.List, a schema.AggregatesOnly, s schema.Located[schema.Series]) {
	list, _ := schema.Get(d.Params, s.Pointer)
	cols, _ := list.([]any)
	for i, c := range cols {
		col, _ := c.(map[string]any)
		cells, _ := col[s.Spec.Cells].([]any)
		seen := map[string]int{}
		for j, c := range cells {
			cell, _ := c.(map[string]any)
			ptr := fmt.Sprintf("%s/%d/%s/%d", s.Pointer, i, schema.EscapeToken(s.Spec.Cells), j)
			if row, ok := cell[s.Spec.Row].(string); ok {
				if first, dup := seen[row]; dup {
					dg := diags.Errorf(d.PointerPos(ptr+"/"+schema.EscapeToken(s.Spec.Row), true), diag.MonitoringPersonLevel, diag.Words{
						FI: fmt.Sprintf("indikaattorin %q toinen arvo samalla keruukerralla (yksi koottu arvo kerrallaan, ei asiakaskohtaisia rivejä)", row),
						SV: fmt.Sprintf("ett andra värde för indikatorn %q vid samma insamlingstillfälle (ett sammanställt värde per tillfälle, inga rader per klient)", row),
						EN: fmt.Sprintf("a second value of indicator %q in the same round (one aggregate value per round, no rows per client)", row),
					})
					dg.Hint = personLevelHint
					dg.Related = append(dg.Related, diag.Note{Pos: d.PointerPos(fmt.Sprintf("%s/%d/%s/%d/%s", s.Pointer, i, schema.EscapeToken(s.Spec.Cells), first, schema.EscapeToken(s.Spec.Row)), true), Code: diag.NoteFirstDefined})
				} else {
					seen[row] = j
				}
			}
			if s.Spec.Base == "" {
				continue
			}
			if n, ok := WholeNumber(cell[s.Spec.Base]); ok && SmallCount(n, a.MinCount) {
				bptr := ptr + "/" + schema.EscapeToken(s.Spec.Base)
				dg := diags.Errorf(d.PointerPos(bptr, true), diag.MonitoringSmallCell, d.Report.Label(bptr), n, a.MinCount)
				dg.Hint = SmallCellHint(a.MinCount)
			}
		}
	}
}

// WholeNumber returns a JSON number that is a whole number as an int.
func WholeNumber(v any) (int, bool) {
	r, ok := schema.Rat(v)
	if !ok || !r.IsInt() || !r.Num().IsInt64() {
		return 0, false
	}
	n := r.Num().Int64()
	if n > 1<<31 || n < -1<<31 {
		return 0, false
	}
	return int(n), true
}

// eachString calls f for every string in v, with its pointer, in key order.
func eachString(v any, ptr string, f func(ptr, s string)) {
	switch v := v.(type) {
	case string:
		f(ptr, v)
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			eachString(v[k], ptr+"/"+schema.EscapeToken(k), f)
		}
	case []any:
		for i, x := range v {
			eachString(x, ptr+"/"+strconv.Itoa(i), f)
		}
	}
}

func containsFold(list []string, s string) bool {
	s = strings.TrimSpace(s)
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// IdentityCodes returns the offsets in s of what is a Finnish personal
// identity code (henkilötunnus): DDMMYY, a century sign (+ for the 1800s;
// - or Y, X, W, V, U for the 1900s; A to F for the 2000s), a three-digit
// individual number and the check character, the remainder of the nine
// digits divided by 31 in "0123456789ABCDEFHJKLMNPRSTUVWXY" — and stands
// alone, with no letter or digit right before or after it. The date must
// exist. (Väestötietojärjestelmästä ja Digi- ja väestötietoviraston
// varmennepalveluista annettu valtioneuvoston asetus 128/2010, 3 §, with
// the century signs added from 1.1.2023.)
func IdentityCodes(s string) []int {
	var out []int
	for i := 0; i+11 <= len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isAlnum(s[i-1]) {
			continue
		}
		if i+11 < len(s) && isAlnum(s[i+11]) {
			continue
		}
		if validIdentityCode(s[i : i+11]) {
			out = append(out, i)
			i += 10
		}
	}
	return out
}

func validIdentityCode(c string) bool {
	for _, j := range []int{0, 1, 2, 3, 4, 5, 7, 8, 9} {
		if !isDigit(c[j]) {
			return false
		}
	}
	var century int
	switch sign := upper(c[6]); {
	case sign == '+':
		century = 1800
	case strings.IndexByte("-YXWVU", sign) >= 0:
		century = 1900
	case sign >= 'A' && sign <= 'F':
		century = 2000
	default:
		return false
	}
	day, _ := strconv.Atoi(c[0:2])
	month, _ := strconv.Atoi(c[2:4])
	year, _ := strconv.Atoi(c[4:6])
	if month < 1 || month > 12 || day < 1 || day > daysIn(month, century+year) {
		return false
	}
	n, _ := strconv.Atoi(c[0:6] + c[7:10])
	if c[7:10] == "000" || c[7:10] == "001" {
		return false // never issued
	}
	return upper(c[10]) == "0123456789ABCDEFHJKLMNPRSTUVWXY"[n%31]
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
func isAlnum(b byte) bool { return isDigit(b) || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
func upper(b byte) byte {
	if b >= 'a' && b <= 'z' {
		return b - 'a' + 'A'
	}
	return b
}

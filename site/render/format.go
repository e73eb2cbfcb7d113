package render

// Numbers, money, percentages, dates and plurals as each language of the
// site writes them (CLDR's fi, sv and en-GB conventions):
//
//	         number      money       percent   date
//	fi       700 000,5   700 000 €   77,8 %    1.12.2026
//	sv       700 000,5   700 000 €   77,8 %    1.12.2026
//	en       700,000.5   €700,000    77.8%     1 December 2026
//
// The thousands separator and the space before € and % are no-break
// spaces (U+00A0), so a figure never breaks across lines; fi and sv write a
// negative number with the minus sign U+2212. Layouts call these as the
// template functions number, money, percent, date and plural.

import (
	"encoding/json"
	"math/big"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/isodate"
)

const nbsp = "\u00a0"

// Format writes numbers and dates as Lang does.
type Format struct{ Lang diag.Lang }

func (f Format) en() bool { return f.Lang == diag.EN }

// rat reads a number given as a Go number, a json.Number or its decimal text.
func rat(v any) (*big.Rat, bool) {
	switch n := v.(type) {
	case json.Number:
		return new(big.Rat).SetString(string(n))
	case string:
		return new(big.Rat).SetString(strings.TrimSpace(n))
	case float64:
		return new(big.Rat).SetString(strconv.FormatFloat(n, 'f', -1, 64))
	case float32:
		return rat(float64(n))
	case int:
		return new(big.Rat).SetInt64(int64(n)), true
	case int64:
		return new(big.Rat).SetInt64(n), true
	case *big.Rat:
		if n != nil {
			return n, true
		}
	}
	return nil, false
}

// decimals is how many decimals the exact value of r needs, at most max.
func decimals(r *big.Rat, max int) int {
	for d := 0; d < max; d++ {
		if s := r.FloatString(d); new(big.Rat).Sub(mustRat(s), r).Sign() == 0 {
			return d
		}
	}
	return max
}

func mustRat(s string) *big.Rat {
	r, _ := new(big.Rat).SetString(s)
	return r
}

// digits writes r with exactly d decimals, rounded half away from zero,
// grouped and with the language's separators.
func (f Format) digits(r *big.Rat, d int) string {
	s := r.FloatString(d)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if neg && strings.Trim(whole+frac, "0") == "" {
		neg = false // -0,0 is 0,0
	}
	group, point, minus := nbsp, ",", "\u2212"
	if f.en() {
		group, point, minus = ",", ".", "-"
	}
	var b strings.Builder
	if neg {
		b.WriteString(minus)
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return b.String()
}

// Number writes v with the decimals it has (at most 6); a value that is not
// a number is written as it is.
func (f Format) Number(v any) string {
	r, ok := rat(v)
	if !ok {
		return text(v)
	}
	return f.digits(r, decimals(r, 6))
}

// Fixed writes v with exactly d decimals.
func (f Format) Fixed(v any, d int) string {
	r, ok := rat(v)
	if !ok {
		return text(v)
	}
	return f.digits(r, d)
}

// Money writes an amount in euros: whole euros when it has no cents, else
// with two decimals.
func (f Format) Money(v any) string {
	r, ok := rat(v)
	if !ok {
		return text(v)
	}
	d := 0
	if !r.IsInt() {
		d = 2
	}
	n := f.digits(r, d)
	if f.en() {
		if strings.HasPrefix(n, "-") {
			return "-€" + n[1:]
		}
		return "€" + n
	}
	return n + nbsp + "€"
}

// Percent writes v, a percentage (77.777 for 77.8 %), with one decimal,
// or none when it is whole.
func (f Format) Percent(v any) string {
	r, ok := rat(v)
	if !ok {
		return text(v)
	}
	d := 1
	if r.IsInt() {
		d = 0
	}
	n := f.digits(r, d)
	if f.en() {
		return n + "%"
	}
	return n + nbsp + "%"
}

var enMonths = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// Date writes an ISO date (YYYY-MM-DD): 1.12.2026 in Finnish and Swedish,
// 1 December 2026 in English. Anything else is written as it is.
func (f Format) Date(iso string) string {
	if !isodate.Valid(iso) {
		return iso
	}
	if f.en() {
		m, _ := strconv.Atoi(iso[5:7])
		if m < 1 || m > 12 {
			return iso
		}
		return strings.TrimPrefix(iso[8:10], "0") + " " + enMonths[m-1] + " " + iso[:4]
	}
	d, _ := isodate.Finnish(iso)
	return d
}

// Plural picks the form of a counted phrase: one for exactly 1, other for
// any other count — the rule of Finnish, Swedish and English alike (CLDR
// "one: i = 1 and v = 0"). In the chosen form, {n} is replaced by the
// count as Number writes it.
func (f Format) Plural(n any, one, other string) string {
	form := other
	if r, ok := rat(n); ok && r.IsInt() && r.Num().IsInt64() && r.Num().Int64() == 1 {
		form = one
	}
	return strings.ReplaceAll(form, "{n}", f.Number(n))
}

func text(v any) string {
	switch s := v.(type) {
	case nil:
		return ""
	case string:
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

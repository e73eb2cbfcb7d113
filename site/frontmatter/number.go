package frontmatter

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// canonicalNumber returns the canonical decimal text of a YAML, TOML or
// JSON number: integers in any base (with "_" separators) in plain decimal
// of any size; other numbers in the shortest text that reads back as the
// same float64, without exponent between 1e-6 and 1e21. It returns false
// for text that is not a finite number (".inf", "nan").
func canonicalNumber(text string) (string, bool) {
	s := strings.ReplaceAll(text, "_", "")
	if s == "" {
		return "", false
	}
	if i, ok := new(big.Int).SetString(s, 0); ok {
		return i.String(), true
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		// Out of float64's range but still a number: keep the text, which
		// json.Number accepts.
		if errors.Is(err, strconv.ErrRange) && isJSONNumber(s) {
			return s, true
		}
		return "", false
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return "", false
	}
	if a := math.Abs(f); a == 0 || (a >= 1e-6 && a < 1e21) {
		return strconv.FormatFloat(f, 'f', -1, 64), true
	}
	return strconv.FormatFloat(f, 'g', -1, 64), true
}

func isJSONNumber(s string) bool {
	if s == "" || !(s[0] == '-' || (s[0] >= '0' && s[0] <= '9')) {
		return false
	}
	var n json.Number
	return json.Unmarshal([]byte(s), &n) == nil
}

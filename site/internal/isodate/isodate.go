// Package isodate reads the dates of front matter, written YYYY-MM-DD, and
// writes them as Finnish public services and Finnish Excel do: D.M.YYYY.
package isodate

import "strings"

// Valid reports whether s is written YYYY-MM-DD (digits in those places;
// the schema's format "date" checks the calendar).
func Valid(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// Finnish writes 2020-06-01 as 1.6.2020; ok is false, and s is returned as
// it is, when s is not a date.
func Finnish(s string) (string, bool) {
	if !Valid(s) {
		return s, false
	}
	return strings.TrimPrefix(s[8:10], "0") + "." + strings.TrimPrefix(s[5:7], "0") + "." + s[:4], true
}

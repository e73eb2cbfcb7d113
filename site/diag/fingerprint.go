package diag

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"regexp"
	"strings"
)

// Fingerprints returns a fingerprint for each diagnostic of l, in order:
// 32 hex digits that stay the same while the problem stays, so that GitLab's
// merge request widget and GitHub code scanning can tell a new problem from
// an old one.
//
// A fingerprint depends on the file (relative to the site's folder, so the
// same locally and in CI), the code, the subject and the occurrence: how
// many diagnostics before it in l have the same file, code and subject.
// It never depends on the line or column, or on the message's language, so
// adding a line above a problem or switching --lang changes nothing, and two
// identical problems in one file still differ.
//
// The subject is what the problem is about: Diagnostic.Subject when set
// (such as a field's JSON Pointer or a link's target), else the message's
// arguments in a fixed form: numbers left out (they can be line or column
// numbers), Localized ones in Finnish, and "line N" in texts such as a
// parser's message made "line #".
func Fingerprints(l List) []string {
	out := make([]string, len(l))
	seen := map[string]int{}
	for i, d := range l {
		key := d.Pos.File + "\x00" + d.Code.String() + "\x00" + subject(d)
		n := seen[key]
		seen[key] = n + 1
		sum := sha256.Sum256(fmt.Appendf(nil, "malli-fingerprint/1\x00%s\x00%d", key, n))
		out[i] = hex.EncodeToString(sum[:16])
	}
	return out
}

var lineNumber = regexp.MustCompile(`(?i)\b(line|rivi|rad|rivillä|raden|column|sarake|kolumn)\s*\d+`)

// subject is the language-neutral form of what d is about.
func subject(d *Diagnostic) string {
	if d.Subject != "" {
		return d.Subject
	}
	var parts []string
	for _, a := range d.Args {
		var s string
		switch v := a.(type) {
		case nil:
			continue
		case Localized:
			s = v.In(FI)
		case error:
			s = v.Error()
		default:
			switch reflect.ValueOf(a).Kind() {
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
				reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
				reflect.Float32, reflect.Float64:
				continue
			}
			s = fmt.Sprint(a)
		}
		parts = append(parts, lineNumber.ReplaceAllString(s, "$1 #"))
	}
	return strings.Join(parts, "\x1f")
}

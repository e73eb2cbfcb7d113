// Package safeurl decides which URLs malli publishes: a URL whose scheme is
// http, https, mailto or tel, or a relative URL ("x.md", "../x.md",
// "/site/path", "#anchor", "?q", and "//host/path", which takes the page's
// own http or https). Every other scheme, such as javascript:, data:,
// vbscript: or file:, is refused.
//
// Check reads the scheme as a browser's URL parser does (the WHATWG URL
// standard), not as the text looks: it first trims leading and trailing C0
// controls and spaces and removes every ASCII tab and newline, so
// " java\tscript:" is javascript:. A scheme is an ASCII letter followed by
// ASCII letters, digits, "+", "-" or ".", up to the first ":"; its case does
// not matter. Anything else before the colon (a percent escape as in
// "ja%76ascript:", a non-ASCII letter as in "javaſcript:", a "/", "?" or
// "#") means the URL has no scheme and is relative.
//
// Check does not decode HTML character references: callers pass the URL as
// the browser's URL parser will receive it, after any entity and escape
// decoding (markdown resolves "&#106;avascript:" to "javascript:" first).
//
// The package imports only the standard library.
package safeurl

import "strings"

// allowed lists the schemes malli publishes, lower case, sorted.
var allowed = []string{"http", "https", "mailto", "tel"}

// Allowed returns the schemes malli publishes, lower case and sorted:
// http, https, mailto, tel.
func Allowed() []string { return append([]string(nil), allowed...) }

// List returns the allowed schemes as a message lists them:
// "http:, https:, mailto:, tel:".
func List() string { return strings.Join(allowed, ":, ") + ":" }

// Check returns the scheme of raw as a browser reads it, in lower case and
// without the colon ("" for a relative URL), and whether malli publishes a
// URL with that scheme: ok is true for http, https, mailto, tel and
// relative URLs.
func Check(raw string) (scheme string, ok bool) {
	scheme = Scheme(raw)
	if scheme == "" {
		return "", true
	}
	for _, a := range allowed {
		if scheme == a {
			return scheme, true
		}
	}
	return scheme, false
}

// Scheme returns the scheme of raw as a browser reads it, in lower case and
// without the colon, or "" for a relative URL.
func Scheme(raw string) string {
	s := Normalize(raw)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return strings.ToLower(s[:i]) // ASCII only, as checked
		default:
			return ""
		}
	}
	return ""
}

// Normalize does what a browser does to a URL before parsing it: it trims
// leading and trailing C0 controls and spaces (U+0000 to U+0020) and
// removes every ASCII tab, line feed and carriage return.
func Normalize(raw string) string {
	start, end := 0, len(raw)
	for start < end && raw[start] <= ' ' {
		start++
	}
	for end > start && raw[end-1] <= ' ' {
		end--
	}
	s := raw[start:end]
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '\t' && c != '\n' && c != '\r' {
			b = append(b, c)
		}
	}
	return string(b)
}

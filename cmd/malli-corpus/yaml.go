package main

import (
	"strings"
)

// fm writes YAML front matter the way people write it: plain scalars where
// they are safe, double quotes where not, flow lists for short lists of
// words and folded blocks for long text.
type fm struct{ b strings.Builder }

func (f *fm) line(indent int, s string) {
	f.b.WriteString(strings.Repeat("  ", indent))
	f.b.WriteString(s)
	f.b.WriteByte('\n')
}

// kv writes key: value with the value quoted as needed.
func (f *fm) kv(indent int, key, value string) { f.line(indent, key+": "+scalar(value)) }

// raw writes key: value as given (numbers, booleans, dates).
func (f *fm) raw(indent int, key, value string) { f.line(indent, key+": "+value) }

// text writes a long string as a folded block.
func (f *fm) text(indent int, key, value string) {
	if len(value) < 80 {
		f.kv(indent, key, value)
		return
	}
	f.line(indent, key+": >-")
	pad := strings.Repeat("  ", indent+1)
	for _, l := range strings.Split(wrap(value, 92-len(pad)), "\n") {
		f.b.WriteString(pad + l + "\n")
	}
}

// flow writes key: [a, b, c].
func (f *fm) flow(indent int, key string, items []string) {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = flowScalar(s)
	}
	f.line(indent, key+": ["+strings.Join(q, ", ")+"]")
}

// list writes key: and one "- item" a line.
func (f *fm) list(indent int, key string, items []string) {
	f.line(indent, key+":")
	for _, s := range items {
		f.line(indent+1, "- "+scalar(s))
	}
}

func (f *fm) String() string { return f.b.String() }

// scalar returns s as a YAML scalar in block context.
func scalar(s string) string {
	if plainSafe(s) {
		return s
	}
	return quote(s)
}

// flowScalar returns s as a YAML scalar inside [ ].
func flowScalar(s string) string {
	if plainSafe(s) && !strings.ContainsAny(s, ",[]{}") {
		return s
	}
	return quote(s)
}

func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// plainSafe reports whether s can be a plain scalar and still read back as
// the same string.
func plainSafe(s string) bool {
	if s == "" || strings.TrimSpace(s) != s {
		return false
	}
	if strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", rune(s[0])) || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return false
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "y", "n", "~":
		return false
	}
	return true
}

// wrap breaks s into lines of at most width bytes where it can, never
// starting a line with something Markdown would read as a block (a list
// marker, a heading, a quote, a table, a number).
func wrap(s string, width int) string {
	words := strings.Split(s, " ")
	var b strings.Builder
	col := 0
	for i, w := range words {
		if i > 0 {
			if col+1+len(w) > width && safeStart(w) {
				b.WriteByte('\n')
				col = 0
			} else {
				b.WriteByte(' ')
				col++
			}
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}

func safeStart(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	return !strings.ContainsRune("-+*#>|=`~<_[", rune(c)) && !(c >= '0' && c <= '9')
}

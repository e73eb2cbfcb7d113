package diag

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// writeText writes one line editors can jump to, then the source line with
// a caret under the column, the hint and the related notes. Control
// characters in any of them are shown escaped (see escape), so a file name
// or source line cannot forge lines of the log or drive the terminal.
func writeText(w io.Writer, l List, opt ReportOptions) error {
	lang := opt.lang()
	var b strings.Builder
	for _, d := range l {
		b.WriteString(escape(fmt.Sprintf("%s: %s: %s [%s]", opt.pos(d.Pos), SeverityWord(d.Severity, lang), d.Message(lang), d.Code)))
		b.WriteByte('\n')
		if d.Line != "" && d.Pos.Line > 0 {
			num := fmt.Sprint(d.Pos.Line)
			line, width := escapeLine(strings.ReplaceAll(d.Line, "\t", " "), d.Pos.Col-1)
			fmt.Fprintf(&b, "  %s | %s\n", num, line)
			if d.Pos.Col > 0 {
				fmt.Fprintf(&b, "  %s | %s^\n", strings.Repeat(" ", len(num)), strings.Repeat(" ", width))
			}
		}
		if d.Hint != nil {
			b.WriteString(escape(fmt.Sprintf("  %s: %s", hintWord.in(lang), d.Hint.In(lang))))
			b.WriteByte('\n')
		}
		for _, n := range d.Related {
			b.WriteString(escape(fmt.Sprintf("  %s: %s: %s", opt.pos(n.Pos), noteWord.in(lang), n.Code.Format(lang, n.Args...))))
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// escape shows the characters of s that a log or terminal would act on
// rather than display as Go escapes: C0 controls ("\n", "\r", "\t",
// "\x1b"), DEL ("\x7f"), C1 controls ("\u0085"), the line and paragraph
// separators U+2028 and U+2029, and the bidirectional embedding, override
// and isolate controls U+202A–U+202E and U+2066–U+2069 ("Trojan source").
// Bytes that are not UTF-8 are shown as "\xff".
func escape(s string) string {
	e, _ := escapeLine(s, 0)
	return e
}

// escapeLine escapes s as escape does and returns, too, the width in
// characters of the escaped text before byte offset off, for a caret.
func escapeLine(s string, off int) (string, int) {
	var b strings.Builder
	width := -1
	for i, r := range s {
		if i >= off && width < 0 {
			width = utf8.RuneCountInString(b.String())
		}
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	if width < 0 {
		width = utf8.RuneCountInString(b.String())
	}
	return b.String(), width
}

// unsafeRune reports whether r is a C1 control, a line or paragraph
// separator, or a bidirectional formatting control that reorders text.
func unsafeRune(r rune) bool {
	return 0x80 <= r && r <= 0x9f ||
		r == 0x2028 || r == 0x2029 ||
		0x202a <= r && r <= 0x202e ||
		0x2066 <= r && r <= 0x2069
}

// encodeJSON writes v as indented JSON. encoding/json escapes C0 controls
// and U+2028 and U+2029 in strings; encodeJSON escapes DEL, the C1 controls
// and the bidirectional controls too, as \u escapes, so that the output
// holds no character a terminal or log viewer acts on. (They can only be in
// strings, so the JSON means the same.)
func encodeJSON(w io.Writer, v any, escapeHTML bool) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(escapeHTML)
	if err := enc.Encode(v); err != nil {
		return err
	}
	var b strings.Builder
	for _, r := range buf.String() {
		if r == 0x7f || unsafeRune(r) {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			b.WriteRune(r)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

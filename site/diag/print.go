package diag

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Formats names the output formats of Print.
var Formats = []string{"text", "github", "gitlab", "json"}

// Print writes l in format ("text", "github", "gitlab" or "json") with
// messages in lang.
func Print(w io.Writer, l List, format string, lang Lang) error {
	switch format {
	case "", "text":
		return printText(w, l, lang)
	case "github":
		return printGitHub(w, l, lang)
	case "gitlab":
		return printGitLab(w, l, lang)
	case "json":
		return printJSON(w, l, lang)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

var hintWord = Text{"vihje", "tips", "hint"}
var noteWord = Text{"huom", "obs", "note"}

// printText writes one line editors can jump to, then the source line with
// a caret under the column, the hint and the related notes. Control
// characters in any of them are shown escaped (see escape), so a file name
// or source line cannot forge lines of the log or drive the terminal.
func printText(w io.Writer, l List, lang Lang) error {
	var b strings.Builder
	for _, d := range l {
		b.WriteString(escape(fmt.Sprintf("%s: %s: %s [%s]", d.Pos, SeverityWord(d.Severity, lang), d.Message(lang), d.Code)))
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
			b.WriteString(escape(fmt.Sprintf("  %s: %s: %s", n.Pos, noteWord.in(lang), n.Code.Format(lang, n.Args...))))
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

// printGitHub writes GitHub Actions workflow commands: one line each, with
// the line breaks GitHub is to show percent-encoded and every other control
// character escaped as in the text format.
func printGitHub(w io.Writer, l List, lang Lang) error {
	var b strings.Builder
	for _, d := range l {
		kind := "error"
		if d.Severity == Warning {
			kind = "warning"
		}
		msg := escape(d.Message(lang)) + " [" + escape(d.Code.String()) + "]"
		if d.Hint != nil {
			msg += "\n" + hintWord.in(lang) + ": " + escape(d.Hint.In(lang))
		}
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", kind,
			ghProp(escape(d.Pos.File)), max(d.Pos.Line, 1), max(d.Pos.Col, 1), ghProp(escape(d.Code.String())), ghData(msg))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// printGitLab writes a GitLab code quality report.
func printGitLab(w io.Writer, l List, lang Lang) error {
	type lines struct {
		Begin int `json:"begin"`
	}
	type location struct {
		Path  string `json:"path"`
		Lines lines  `json:"lines"`
	}
	type issue struct {
		Description string   `json:"description"`
		CheckName   string   `json:"check_name"`
		Fingerprint string   `json:"fingerprint"`
		Severity    string   `json:"severity"`
		Location    location `json:"location"`
	}
	out := []issue{}
	for _, d := range l {
		sev := "major"
		if d.Severity == Warning {
			sev = "minor"
		}
		msg := d.Message(lang)
		sum := sha256.Sum256([]byte(fmt.Sprintf("%s|%s|%d|%d|%s", d.Pos.File, d.Code, d.Pos.Line, d.Pos.Col, msg)))
		out = append(out, issue{
			Description: msg, CheckName: d.Code.String(), Fingerprint: hex.EncodeToString(sum[:16]),
			Severity: sev, Location: location{Path: d.Pos.File, Lines: lines{Begin: max(d.Pos.Line, 1)}},
		})
	}
	return encodeJSON(w, out, true)
}

// printJSON writes the list as a JSON array.
func printJSON(w io.Writer, l List, lang Lang) error {
	type note struct {
		File    string `json:"file"`
		Line    int    `json:"line"`
		Column  int    `json:"column"`
		Message string `json:"message"`
	}
	type item struct {
		File     string `json:"file"`
		Line     int    `json:"line"`
		Column   int    `json:"column"`
		Severity string `json:"severity"`
		Code     string `json:"code"`
		Message  string `json:"message"`
		Hint     string `json:"hint,omitempty"`
		Related  []note `json:"related,omitempty"`
	}
	out := []item{}
	for _, d := range l {
		it := item{File: d.Pos.File, Line: d.Pos.Line, Column: d.Pos.Col, Code: d.Code.String(), Message: d.Message(lang), Severity: "error"}
		if d.Severity == Warning {
			it.Severity = "warning"
		}
		if d.Hint != nil {
			it.Hint = d.Hint.In(lang)
		}
		for _, n := range d.Related {
			it.Related = append(it.Related, note{n.Pos.File, n.Pos.Line, n.Pos.Col, n.Code.Format(lang, n.Args...)})
		}
		out = append(out, it)
	}
	return encodeJSON(w, out, false)
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

package diag_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/malli-fi/malli/site/diag"
)

// hostileList holds diagnostics whose file names, values, hints and source
// lines try to forge GitHub workflow commands and drive the terminal.
func hostileList() diag.List {
	forged := d(pos("content/sivut/x.md\n::error file=x::forged", 2, 6), diag.Error, diag.SchemaInvalid, `"title"`, "arvo\r::warning::forged\x1b[2J\u202eevil\u2069")
	forged.Line = "\x1b[2Jab\rc\u0085d\u2028e\x7f"
	forged.Hint = diag.Words{FI: "vihje\n::error::forged", SV: "tips\u2029\xff", EN: "hint\u009b"}
	forged.Related = []diag.Note{{Pos: pos("content/sivut/y.md\r\n::notice::forged", 1, 1), Code: diag.NoteFirstDefined}}
	warn := d(pos("content/sivut/\u202ez.md", 1, 1), diag.Warning, diag.SourceBOM)
	return diag.List{forged, warn}
}

// unsafe returns the first character of s that a log or terminal would act
// on: a control other than "\n", DEL, a C1 control, U+2028, U+2029 or a
// bidirectional control, or an invalid byte.
func unsafe(s string) (rune, bool) {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"),
			r < 0x20 && r != '\n', r == 0x7f, 0x80 <= r && r <= 0x9f,
			r == 0x2028, r == 0x2029, 0x202a <= r && r <= 0x202e, 0x2066 <= r && r <= 0x2069:
			return r, true
		}
	}
	return 0, false
}

func TestPrintEscapesControls(t *testing.T) {
	for _, format := range diag.Formats {
		for _, lang := range diag.Langs {
			var b bytes.Buffer
			if err := diag.Print(&b, hostileList(), format, lang); err != nil {
				t.Fatalf("Print(%q) = %v", format, err)
			}
			out := b.String()
			if r, ok := unsafe(out); ok {
				t.Errorf("Print(%q, %s) writes %U:\n%s", format, lang, r, out)
			}
			annotations := 0
			for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if !strings.HasPrefix(line, "::") {
					continue
				}
				annotations++
				if format != "github" || !(strings.HasPrefix(line, "::error file=content/sivut/x.md") || strings.HasPrefix(line, "::warning file=content/sivut/")) {
					t.Errorf("Print(%q, %s): a forged workflow command: %q", format, lang, line)
				}
			}
			if want := map[bool]int{true: 2, false: 0}[format == "github"]; annotations != want {
				t.Errorf("Print(%q, %s) writes %d workflow commands, want %d:\n%s", format, lang, annotations, want, out)
			}
			if (format == "json" || format == "gitlab") && !json.Valid(b.Bytes()) {
				t.Errorf("Print(%q) is not valid JSON:\n%s", format, out)
			}
		}
	}
}

func TestPrintTextEscapes(t *testing.T) {
	var b bytes.Buffer
	if err := diag.Print(&b, hostileList()[:1], "text", diag.EN); err != nil {
		t.Fatal(err)
	}
	want := `content/sivut/x.md\n::error file=x::forged:2:6: error: field "title" is not valid: arvo\r::warning::forged\x1b[2J\u202eevil\u2069 [schema.invalid]
  2 | \x1b[2Jab\rc\u0085d\u2028e\x7f
    |         ^
  hint: hint\u009b
  content/sivut/y.md\r\n::notice::forged:1:1: note: first defined here
`
	if got := b.String(); got != want {
		t.Errorf("Print text =\n%s\nwant\n%s", got, want)
	}
}

func TestPrintCaretAfterEscapes(t *testing.T) {
	for _, tc := range []struct {
		line string
		col  int
		at   string // what the caret points at in the escaped line
	}{
		{"ab\x1b[2Jcd", 8, "d"},
		{"\x1b", 1, `\x1b`},
		{"x\ry", 3, "y"},
		{"ä\u202eö", 6, "ö"},
		{"a\tb", 3, "b"},
		{"ab", 9, ""}, // past the end: the caret follows the line
	} {
		dg := d(pos("a.md", 1, tc.col), diag.Error, diag.SourceEmpty)
		dg.Line = tc.line
		var b bytes.Buffer
		if err := diag.Print(&b, diag.List{dg}, "text", diag.EN); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(b.String(), "\n")
		quoted, caret := []rune(lines[1]), lines[2]
		i := utf8.RuneCountInString(caret) - 1
		if got := string(quoted[min(i, len(quoted)):]); !strings.HasPrefix(got, tc.at) || (tc.at == "" && got != "") {
			t.Errorf("line %q col %d: the caret points at %q, want %q:\n%s", tc.line, tc.col, got, tc.at, b.String())
		}
	}
}

func TestPrintJSONKeepsValues(t *testing.T) {
	var b bytes.Buffer
	if err := diag.Print(&b, hostileList(), "json", diag.EN); err != nil {
		t.Fatal(err)
	}
	var items []struct{ File, Message, Hint string }
	if err := json.Unmarshal(b.Bytes(), &items); err != nil {
		t.Fatal(err)
	}
	l := hostileList()
	if items[0].File != l[0].Pos.File || items[0].Message != l[0].Message(diag.EN) || items[0].Hint != "hint\u009b" || items[1].File != l[1].Pos.File {
		t.Errorf("JSON does not decode to the diagnostics' own values: %+v", items)
	}
}

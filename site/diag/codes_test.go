package diag_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/malli-fi/malli/site/diag"
)

// TestCodeTexts checks every registered code: a text in each language, the
// same number of arguments in each, and no fmt error when filled.
func TestCodeTexts(t *testing.T) {
	codes := diag.Codes()
	if len(codes) == 0 {
		t.Fatal("no codes registered")
	}
	for _, c := range codes {
		text, ok := diag.TextOf(c)
		if !ok {
			t.Errorf("TextOf(%q) not found, but Codes lists it", c)
			continue
		}
		langs := map[diag.Lang]string{diag.FI: text.FI, diag.SV: text.SV, diag.EN: text.EN}
		n := fmtArgs(text.FI)
		for _, l := range diag.Langs {
			s := langs[l]
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: no %s text", c, l)
				continue
			}
			if got := fmtArgs(s); got != n {
				t.Errorf("%s: the %s text takes %d arguments, the fi text %d:\n\t%s: %q\n\tfi: %q", c, l, got, n, l, s, text.FI)
			}
			// Strings, except where the fi text asks for a whole number
			// (%d: a line, a column, a limit).
			args := make([]any, fmtArgs(s))
			ints := intArgs(text.FI)
			for i := range args {
				args[i] = fmt.Sprintf("arg%d", i+1)
				if ints[i] {
					args[i] = i + 1
				}
			}
			if m := c.Format(l, args...); strings.Contains(m, "%!") {
				t.Errorf("%s: the %s text does not format with %d arguments: %s", c, l, len(args), m)
			}
		}
	}
}

// fmtArgs returns how many arguments a fmt format string uses: the highest
// argument it refers to, honouring explicit indexes such as %[2]s.
func fmtArgs(format string) int {
	arg, most := 0, 0
	use := func() {
		arg++
		most = max(most, arg)
	}
	index := func(s string, i int) int { // s[i] == '['; sets arg, returns the index after ']'
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return len(s)
		}
		var n int
		if _, err := fmt.Sscanf(s[i+1:i+j], "%d", &n); err == nil {
			arg = n - 1
		}
		return i + j + 1
	}
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		// Width and precision, either of which may be an (indexed) '*'.
		for part := 0; part < 2; part++ {
			if part == 1 {
				if i >= len(format) || format[i] != '.' {
					break
				}
				i++
			}
			if i < len(format) && format[i] == '[' {
				i = index(format, i)
			}
			if i < len(format) && format[i] == '*' {
				use()
				i++
			}
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
		}
		if i < len(format) && format[i] == '[' {
			i = index(format, i)
		}
		if i < len(format) && format[i] != '%' {
			use()
		}
	}
	return most
}

// intArgs reports which arguments (0-based) format is given to a %d verb.
// The registry's texts use no flags and no explicit index with %d.
func intArgs(format string) map[int]bool {
	out := map[int]bool{}
	arg := 0
	for i := 0; i < len(format)-1; i++ {
		if format[i] != '%' {
			continue
		}
		i++
		switch format[i] {
		case '%':
		case 'd':
			out[arg] = true
			arg++
		case '[':
			if j := strings.IndexByte(format[i:], ']'); j > 0 {
				var n int
				fmt.Sscanf(format[i+1:i+j], "%d", &n)
				arg = n
			}
		default:
			arg++
		}
	}
	return out
}

func TestFmtArgs(t *testing.T) {
	for _, tt := range []struct {
		format string
		want   int
	}{
		{"plain", 0},
		{"100 %% sure", 0},
		{"%s and %q", 2},
		{"%d%%", 1},
		{"%[2]s before %[1]s", 2},
		{"%[3]s only", 3},
		{"%[1]s %s", 2},
		{"%-10s|%5.2f", 2},
		{"%*d", 2},
	} {
		if got := fmtArgs(tt.format); got != tt.want {
			t.Errorf("fmtArgs(%q) = %d, want %d", tt.format, got, tt.want)
		}
	}
}

func pos(file string, line, col int) diag.Pos { return diag.Pos{File: file, Line: line, Col: col} }

func d(p diag.Pos, sev diag.Severity, code diag.Code, args ...any) *diag.Diagnostic {
	return &diag.Diagnostic{Pos: p, Severity: sev, Code: code, Args: args}
}

func lines(l diag.List) string {
	var b strings.Builder
	for _, x := range l {
		fmt.Fprintf(&b, "%s %s %v\n", x.Pos, x.Code, x.Args)
	}
	return b.String()
}

func TestListSort(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   diag.List
		want string
	}{
		{"empty", nil, ""},
		{"by file, line, column, code", diag.List{
			d(pos("b.md", 1, 1), diag.Error, diag.SourceEmpty),
			d(pos("a.md", 2, 1), diag.Error, diag.SchemaRequired, "x"),
			d(pos("a.md", 1, 9), diag.Error, diag.SchemaType, "x", "y"),
			d(pos("a.md", 1, 3), diag.Error, diag.SchemaType, "x", "y"),
			d(pos("a.md", 1, 3), diag.Warning, diag.SchemaEnum, "x", "y", "z"),
		}, "a.md:1:3 schema.enum [x y z]\na.md:1:3 schema.type [x y]\na.md:1:9 schema.type [x y]\na.md:2:1 schema.required [x]\nb.md:1:1 source.empty []\n"},
		{"line 10 after line 9", diag.List{
			d(pos("a.md", 10, 1), diag.Error, diag.SourceEmpty),
			d(pos("a.md", 9, 1), diag.Error, diag.SourceEmpty),
		}, "a.md:9:1 source.empty []\na.md:10:1 source.empty []\n"},
		{"exact repeats dropped", diag.List{
			d(pos("a.md", 1, 1), diag.Error, diag.SchemaRequired, "title"),
			d(pos("a.md", 1, 1), diag.Error, diag.SchemaRequired, "title"),
			d(pos("a.md", 1, 1), diag.Error, diag.SchemaRequired, "status"),
		}, "a.md:1:1 schema.required [status]\na.md:1:1 schema.required [title]\n"},
		{"same message elsewhere kept", diag.List{
			d(pos("a.md", 1, 1), diag.Error, diag.SourceEmpty),
			d(pos("a.md", 1, 2), diag.Error, diag.SourceEmpty),
		}, "a.md:1:1 source.empty []\na.md:1:2 source.empty []\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, lines(tt.in.Sort())); diff != "" {
				t.Errorf("Sort() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestListErr(t *testing.T) {
	warn := d(pos("a.md", 1, 1), diag.Warning, diag.SourceBOM)
	err1 := d(pos("a.md", 2, 3), diag.Error, diag.SchemaRequired, `"title"`, "malli requires")
	err2 := d(pos("b.md", 1, 1), diag.Error, diag.SourceEmpty)
	for _, tt := range []struct {
		name    string
		l       diag.List
		wantErr string // "" for a nil error
	}{
		{"empty", nil, ""},
		{"warnings only", diag.List{warn}, ""},
		{"one error", diag.List{err1}, `a.md:2:3: required field "title" is missing; malli requires it [schema.required]`},
		{"first error and the rest", diag.List{warn, err1, err2}, `a.md:2:3: required field "title" is missing; malli requires it [schema.required] (and 2 more)`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.l.Err()
			if tt.wantErr == "" {
				if err != nil {
					t.Errorf("Err() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Err() = nil, want %q", tt.wantErr)
			}
			if got := err.Error(); got != tt.wantErr {
				t.Errorf("Err().Error() = %q, want %q", got, tt.wantErr)
			}
			var l diag.List
			if !errors.As(err, &l) || len(l) != len(tt.l) {
				t.Errorf("errors.As(Err(), *List) = %v, %d items; want the list", l, len(l))
			}
		})
	}
	if got := (diag.List{warn}).Error(); got != "no errors" {
		t.Errorf("List{warning}.Error() = %q, want %q", got, "no errors")
	}
}

func TestStrict(t *testing.T) {
	l := diag.List{
		d(pos("a.md", 1, 1), diag.Warning, diag.SourceBOM),
		d(pos("a.md", 2, 1), diag.Error, diag.SourceEmpty),
		d(pos("a.md", 3, 1), diag.Warning, diag.SchemaUnknownKey, "x"),
	}
	if l.Err() == nil {
		t.Fatal("Err() = nil with an error in the list")
	}
	if e, w := l.Count(); e != 1 || w != 2 {
		t.Errorf("Count() = %d, %d; want 1, 2", e, w)
	}
	strict := l.Strict()
	if e, w := strict.Count(); e != 3 || w != 0 {
		t.Errorf("after Strict, Count() = %d, %d; want 3, 0", e, w)
	}
	if e, w := l.Count(); e != 1 || w != 2 {
		t.Errorf("Strict changed its input: Count() = %d, %d; want 1, 2", e, w)
	}
	warnings := diag.List{d(pos("a.md", 1, 1), diag.Warning, diag.SourceBOM)}
	if warnings.Err() != nil {
		t.Errorf("Err() of warnings = %v, want nil", warnings.Err())
	}
	if warnings.Strict().Err() == nil {
		t.Errorf("Err() of warnings after Strict = nil, want an error")
	}
}

// printList is a small list with what each printer shows: a source line
// with a caret (after a multi-byte character and a tab), a hint, a
// related note, a warning, and a position with no line.
func printList() diag.List {
	enum := d(pos("content/sivut/a.md", 3, 11), diag.Error, diag.SchemaEnum, `"status"`, `"julkaistu"`, "draft, published")
	enum.Line = "stätus:\t julkaistu"
	enum.Hint = diag.Words{FI: "tarkoititko “published”?", SV: "menade du “published”?", EN: "did you mean “published”?"}
	dup := d(pos("content/sivut/a.md", 5, 1), diag.Error, diag.FrontmatterDuplicateKey, "title")
	dup.Line = "title: B"
	dup.Related = []diag.Note{{Pos: pos("content/sivut/a.md", 2, 1), Code: diag.NoteFirstDefined}}
	bom := d(pos("content/sivut/b,c.md", 1, 1), diag.Warning, diag.SourceBOM)
	schema := d(pos("schemas/x.schema.json", 0, 0), diag.Error, diag.SchemaCompile, "50% broken")
	return diag.List{enum, dup, bom, schema}
}

func TestPrint(t *testing.T) {
	for _, tt := range []struct {
		format string
		lang   diag.Lang
		want   string
	}{
		{"text", diag.FI, `content/sivut/a.md:3:11: virhe: kentän "status" arvo "julkaistu" ei ole sallittu; sallitut arvot: draft, published [schema.enum]
  3 | stätus:  julkaistu
    |          ^
  vihje: tarkoititko “published”?
content/sivut/a.md:5:1: virhe: kenttä "title" on määritelty kahdesti [frontmatter.duplicate-key]
  5 | title: B
    | ^
  content/sivut/a.md:2:1: huom: ensimmäinen määrittely tässä
content/sivut/b,c.md:1:1: varoitus: tiedoston alussa on BOM-merkki; tallenna tiedosto UTF-8-muodossa ilman BOM-merkkiä [source.bom]
schemas/x.schema.json: virhe: skeemaa ei voi kääntää: 50% broken [schema.compile]
`},
		{"", diag.EN, `content/sivut/a.md:3:11: error: field "status": value "julkaistu" is not allowed; allowed values: draft, published [schema.enum]
  3 | stätus:  julkaistu
    |          ^
  hint: did you mean “published”?
content/sivut/a.md:5:1: error: key "title" is defined twice [frontmatter.duplicate-key]
  5 | title: B
    | ^
  content/sivut/a.md:2:1: note: first defined here
content/sivut/b,c.md:1:1: warning: the file starts with a byte order mark; save it as UTF-8 without BOM [source.bom]
schemas/x.schema.json: error: the schema does not compile: 50% broken [schema.compile]
`},
	} {
		t.Run(tt.format+"-"+string(tt.lang), func(t *testing.T) {
			var b bytes.Buffer
			if err := diag.Print(&b, printList(), tt.format, tt.lang); err != nil {
				t.Fatalf("Print(%q) = %v", tt.format, err)
			}
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("Print(%q, %s) mismatch (-want +got):\n%s", tt.format, tt.lang, diff)
			}
		})
	}
}

func TestPrintEmpty(t *testing.T) {
	for _, f := range diag.Formats {
		var b bytes.Buffer
		if err := diag.Print(&b, nil, f, diag.FI); err != nil {
			t.Fatalf("Print(nil, %q) = %v", f, err)
		}
		want, ok := map[string]string{"text": "", "github": "", "gitlab": "[]\n", "json": "[]\n", "markdown": "### malli: ei ongelmia\n"}[f]
		if !ok { // sarif: a log with no results (see the golden)
			continue
		}
		if b.String() != want {
			t.Errorf("Print(nil, %q) = %q, want %q", f, b.String(), want)
		}
	}
	if err := diag.Print(&bytes.Buffer{}, nil, "xml", diag.FI); err == nil {
		t.Errorf(`Print(format "xml") = nil, want an error`)
	}
}

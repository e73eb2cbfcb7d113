// Package scaffold writes a new document of a content type: YAML front
// matter with every field the type's schema requires for publishing, each
// with a Finnish comment from the schema, status draft, and the body
// sections required for publishing as headings. The result passes the
// schema as a draft: a field whose empty value would not is written as a
// comment for the author to fill in.
package scaffold

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/schema"
)

// first are written before the other fields, in this order.
var first = []string{"title", "summary", "status", "created", "modified"}

// Document returns the file name (relative to content/) and the text of a
// new draft of type t titled title, dated today (YYYY-MM-DD). The file's
// name is the title's ID; the error is ID's when the title gives none.
func Document(t *schema.Type, title, today string) (name string, data []byte, err error) {
	return document(t, title, today, false, nil)
}

// Example is Document for the example of type t that malli init writes:
// titled "<label> (esimerkki)", and with every section of the type, each
// with a paragraph saying what to write there, whether publishing needs it
// and whose requirement that is. A reference the type needs refers to the
// example of the type it names: examples gives their ids by type name
// (ExampleID).
func Example(t *schema.Type, today string, examples map[string]string) (name string, data []byte, err error) {
	return document(t, exampleTitle(t), today, true, examples)
}

func exampleTitle(t *schema.Type) string { return t.Label.In(diag.FI) + " (esimerkki)" }

// ExampleID is the id of the example of type t.
func ExampleID(t *schema.Type) (string, error) { return ID(exampleTitle(t)) }

// Home is the home page's text, content/_index.md, of type t (the
// registry's Index type): the fields Document writes and a paragraph
// saying what the page is for.
func Home(t *schema.Type, today string) (name string, data []byte, err error) {
	_, data, err = document(t, "Uuden sivuston etusivu", today, false, nil)
	text := "\nKirjoita tähän etusivun johdanto: kenen sivusto on, mitä hanketta tai ohjelmaa se\n" +
		"koskee ja mistä lukija löytää toimintamallit ja tulokset. Vaihda otsikko sivuston nimeksi.\n"
	return "_index.md", append(data, text...), err
}

func document(t *schema.Type, title, today string, example bool, examples map[string]string) (name string, data []byte, err error) {
	slug, err := ID(title)
	if err != nil {
		return "", nil, err
	}
	values := map[string]any{"title": title, "status": "draft"}
	fields := order(t.RequiredFor(values, "published"))

	// Try an empty value for each field; keep those the draft schema accepts.
	lines := map[string]string{}
	for _, f := range fields {
		p := t.Describe(values, f)
		v, text := empty(p, f, title, today)
		if f == "status" {
			v, text = "draft", "draft"
		}
		values[f] = v
		lines[f] = text
	}
	rejected := reject(t, values)
	// A reference whose empty value is refused refers to another example.
	refers := false
	for _, f := range fields {
		p := t.Describe(values, f)
		for _, to := range p.Ref {
			id, ok := examples[to]
			if !rejected[f] || !ok || to == t.Name {
				continue
			}
			if len(p.Types) > 0 && p.Types[0] == "array" {
				values[f], lines[f] = []any{id}, "["+id+"]"
			} else {
				values[f], lines[f] = id, id
			}
			refers = true
			break
		}
	}
	if refers {
		rejected = reject(t, values)
	}

	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "# %s. Täytä kentät ja vaihda status: published, kun kaikki on valmista.\n", t.Label.In(diag.FI))
	for _, f := range fields {
		p := t.Describe(values, f)
		for _, line := range wrap(comment(p), 96) {
			fmt.Fprintf(&b, "# %s\n", line)
		}
		if rejected[f] {
			fmt.Fprintf(&b, "# %s:\n", f)
		} else {
			fmt.Fprintf(&b, "%s: %s\n", f, lines[f])
		}
	}
	b.WriteString("---\n")
	for _, s := range t.Sections {
		switch {
		case example:
			fmt.Fprintf(&b, "\n## %s\n\n", s.Title.In(diag.FI))
			what := "Kirjoita tähän osion »" + s.Title.In(diag.FI) + "« teksti."
			if s.Required("published") {
				what += " " + upper(s.Whose().Says().In(diag.FI)) + " tätä osiota julkaistessa."
			} else {
				what += " Osio on vapaaehtoinen: poista otsikko, jos et tarvitse sitä."
			}
			for _, line := range wrap(what, 96) {
				fmt.Fprintf(&b, "%s\n", line)
			}
		case s.Required("published"):
			fmt.Fprintf(&b, "\n## %s\n", s.Title.In(diag.FI))
		}
	}
	return t.Folder + "/" + slug + ".md", []byte(b.String()), nil
}

func order(fields []string) []string {
	var out []string
	has := map[string]bool{}
	for _, f := range fields {
		has[f] = true
	}
	for _, f := range first {
		if has[f] || f == "title" || f == "status" {
			out = append(out, f)
			has[f] = false
		}
	}
	for _, f := range fields {
		if has[f] {
			out = append(out, f)
		}
	}
	return out
}

// comment is "Label: description. Vaihtoehdot: a, b, c."
func comment(p schema.Prop) string {
	text := p.Label.In(diag.FI)
	if desc := strings.Join(strings.Fields(p.Description), " "); desc != "" && desc != text {
		if text != "" {
			text += ": "
		}
		text += desc
	}
	if len(p.Enum) > 0 {
		var vs []string
		for _, e := range p.Enum {
			vs = append(vs, fmt.Sprint(e))
		}
		if text != "" && !strings.HasSuffix(text, ".") {
			text += "."
		}
		text += " Vaihtoehdot: " + strings.Join(vs, ", ") + "."
	}
	return strings.TrimSpace(text)
}

// wrap breaks text into lines of at most width bytes at spaces.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// empty returns a value that says "not filled in yet" for p, and its YAML.
func empty(p schema.Prop, name, title, today string) (any, string) {
	if name == "title" {
		return title, strconv.Quote(title)
	}
	if p.Format == "date" {
		return today, today
	}
	kind := ""
	if len(p.Types) > 0 {
		kind = p.Types[0]
	}
	switch kind {
	case "array":
		return []any{}, "[]"
	case "object":
		return map[string]any{}, "{}"
	case "string":
		return "", `""`
	}
	return nil, ""
}

// upper capitalises the first letter of s.
func upper(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// reject returns the top-level fields of v that the schema refuses.
func reject(t *schema.Type, v map[string]any) map[string]bool {
	rejected := map[string]bool{}
	for _, pr := range t.Check(v).Problems {
		if pr.Severity == diag.Error {
			top := strings.SplitN(strings.TrimPrefix(pr.Pointer, "/"), "/", 2)[0]
			rejected[top] = true
		}
	}
	return rejected
}

package export

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/isodate"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// TypeCSVPath returns where the spreadsheet of every document of a type
// goes.
func TypeCSVPath(typeName string) string { return Dir + "/" + typeName + ".csv" }

// leading are the columns every type's spreadsheet starts with, before
// the url column; the type's fields of these names are not repeated.
var leading = []string{"id", "title", "summary", "status"}

// A column is a field of a type's spreadsheet: a top-level property, or
// a property of an object (a top-level one or one inside it), at path.
type column struct {
	path []string
	f    *field
}

func (c column) name() string { return strings.Join(c.path, ".") }

// typeColumns returns the columns of type t after the leading ones and
// url: every top-level property in the order of typeFields, an object
// flattened into a column per property ("administrator.name"), a list in
// one column. The type's "type" field is left out: it is the same in
// every row.
func typeColumns(reg *schema.Registry, t *schema.Type) []column {
	var out []column
	var flatten func(path []string, f *field)
	flatten = func(path []string, f *field) {
		if len(f.fields) > 0 && f.items == nil {
			for _, c := range f.fields {
				flatten(append(slices.Clip(path), c.key), c)
			}
			return
		}
		out = append(out, column{path, f})
	}
	for _, f := range typeFields(reg, t) {
		if f.key == "type" || slices.Contains(leading, f.key) {
			continue
		}
		flatten([]string{f.key}, f)
	}
	return out
}

// TypeTable returns the table of data/<type>.csv: a row per published
// document of type t in the default language (a translation is the same
// document; the translations column names its languages), with the
// columns id, title, summary, status and url, then the type's fields
// (typeColumns), then translations.
func (s Site) TypeTable(t *schema.Type) Table {
	cols := typeColumns(s.Reg, t)
	tb := Table{Header: append(slices.Clone(leading), "url")}
	for _, c := range cols {
		tb.Header = append(tb.Header, c.name())
	}
	tb.Header = append(tb.Header, "translations")
	for _, d := range s.G.Docs {
		if d.Type != t || d.Lang != page.DefaultLang {
			continue
		}
		row := []Cell{Text(d.ID), Text(d.Title), Text(d.Summary), Text(d.Status), Text(s.URL(d.URL))}
		for _, c := range cols {
			var v any = d.Params
			pointer := ""
			for _, k := range c.path {
				m, _ := v.(map[string]any)
				v = m[k]
				pointer += "/" + schema.EscapeToken(k)
			}
			row = append(row, valueCell(d, pointer, v, c.f))
		}
		var langs []string
		for _, tr := range s.G.Translations(d) {
			if tr.Lang != d.Lang {
				langs = append(langs, string(tr.Lang))
			}
		}
		row = append(row, List(langs))
		tb.Rows = append(tb.Rows, row)
	}
	return tb
}

// TypeCSV encodes data/<type>.csv.
func (s Site) TypeCSV(t *schema.Type) ([]byte, error) { return CSV(s.TypeTable(t)), nil }

// valueCell writes the front matter value v of d at pointer as a cell:
// a number as a number, a date (a property of format date) as a date, a
// code with its Finnish label ("13 Keski-Suomi"), a list joined (valueText).
func valueCell(d *page.Document, pointer string, v any, f *field) Cell {
	switch v := v.(type) {
	case json.Number:
		return Number(string(v))
	case bool:
		return Bool(v)
	case string:
		if l := enumLabel(d, pointer, v); l != "" {
			return Text(v + " " + l)
		}
		if f != nil && f.format == "date" {
			return Date(v)
		}
	}
	return Text(valueText(d, pointer, v, f))
}

// valueText writes a front matter value as text: a code with its Finnish
// label, a date as d.m.yyyy, a number with a decimal comma, TRUE or FALSE,
// an object its values in schema order joined by ", " (a list inside it
// in brackets, a true flag as its label, a false one left out), and a list its items joined by ", " — or, when an item is
// an object or a text with a comma or a full stop of its own, one item a
// line (a list inside an object: joined by "; ").
func valueText(d *page.Document, pointer string, v any, f *field) string {
	return text1(d, pointer, v, f, false)
}

func text1(d *page.Document, pointer string, v any, f *field, nested bool) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		if l := enumLabel(d, pointer, v); l != "" {
			return v + " " + l
		}
		if fi, ok := isodate.Finnish(v); ok && f != nil && f.format == "date" {
			return fi
		}
		return v
	case json.Number:
		return strings.Replace(string(v), ".", ",", 1)
	case bool:
		if v {
			return "TRUE"
		}
		return "FALSE"
	case []any:
		var item *field
		if f != nil {
			item = f.items
		}
		long := false
		parts := make([]string, 0, len(v))
		for i, x := range v {
			t := text1(d, fmt.Sprintf("%s/%d", pointer, i), x, item, nested)
			if _, ok := x.(map[string]any); ok || strings.Contains(t, ", ") || strings.HasSuffix(t, ".") || strings.Contains(t, "\n") {
				long = true
			}
			parts = append(parts, t)
		}
		switch {
		case !long:
			return strings.Join(parts, ", ")
		case nested:
			return strings.Join(parts, "; ")
		}
		return strings.Join(parts, "\n")
	case map[string]any:
		var parts []string
		add := func(k string, c *field) {
			x, ok := v[k]
			if !ok {
				return
			}
			t := text1(d, pointer+"/"+schema.EscapeToken(k), x, c, true)
			if b, ok := x.(bool); ok { // a flag: its label when set
				t = ""
				if b && c != nil && c.label != "" {
					t = c.label
				} else if b {
					t = k
				}
			}
			if _, list := x.([]any); list && t != "" {
				t = "(" + t + ")"
			}
			if t != "" {
				parts = append(parts, t)
			}
		}
		var known []string
		if f != nil {
			for _, c := range f.fields {
				known = append(known, c.key)
				add(c.key, c)
			}
		}
		var rest []string
		for k := range v {
			if !slices.Contains(known, k) {
				rest = append(rest, k)
			}
		}
		slices.Sort(rest)
		for _, k := range rest {
			add(k, nil)
		}
		return strings.Join(parts, ", ")
	}
	return fmt.Sprint(v)
}

// enumLabel returns the Finnish label of the code v at pointer of d, or "".
func enumLabel(d *page.Document, pointer, v string) string {
	if d.Report == nil {
		return ""
	}
	if l := d.Report.EnumLabel(pointer, v); l != nil {
		return l.In(diag.FI)
	}
	return ""
}

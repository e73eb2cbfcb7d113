package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/isodate"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// Table is a series of measurements (x-malli-series) as a table: a row per
// item of the list its cells refer to (the indicators of an indicator
// set), described by some of the item's fields, and a column per item of
// the series (a round of data collection).
type Table struct {
	Title    string
	Caption  string
	Corner   string   // the header of the rows' own column
	RowHeads []string // the headers of the columns that describe a row
	Columns  []Column
	Rows     []TableRow
	Foot     []TableRow // facts of each column, such as its data source
	Span     int        // the columns a foot row's header spans: 1 + len(RowHeads)
}

// Column is the heading of one column.
type Column struct {
	Heading string
	Lines   []string // further facts under the heading: "Keruupäivä 20.1.2021"
}

// TableRow is one row: its header (a link to the item), the fields that
// describe it, and a cell per column.
type TableRow struct {
	Head     string
	Href     string
	Lang     string   // of Head, when it differs from the page's
	Lines    []string // facts under Head: "Yksikkö: henkilöä"
	Describe []Cell
	Cells    []Cell
}

// Cell is one value of a row in a column; Empty when the column has none.
type Cell struct {
	Text  string
	Base  string // "n = 40"
	Note  string
	Empty bool
}

// tables builds the tables of d in lang: its lists shown as tables
// (x-malli-table) and its series (x-malli-series). It says at which
// pointers of d the series are: the field list leaves those out.
func (r *Renderer) tables(d *page.Document, lang diag.Lang) ([]Table, map[string]bool) {
	var out []Table
	at := map[string]bool{}
	for _, t := range d.Report.Tables {
		if tb, ok := r.listTable(d, t, lang); ok {
			out = append(out, tb)
		}
	}
	for _, s := range d.Report.Series {
		if t, ok := r.seriesTable(d, s, lang); ok {
			out = append(out, t)
			at[s.Pointer] = true
		}
	}
	return out, at
}

func (r *Renderer) seriesTable(d *page.Document, s schema.Located[schema.Series], lang diag.Lang) (Table, bool) {
	g, sp := r.g, s.Spec
	list, _ := schema.Get(d.Params, s.Pointer)
	cols, _ := list.([]any)
	if len(cols) == 0 {
		return Table{}, false
	}
	t := Table{Title: sp.Title.In(lang), Caption: sp.Caption.In(lang)}
	if t.Title == "" {
		t.Title = d.Report.Label(s.Pointer).Label.In(lang)
	}
	// The rows: the items of the list the cells' row field refers to, in
	// the target document's language where it is translated.
	var target *page.Document
	var item string
	for _, ref := range d.Report.Refs {
		if strings.HasPrefix(ref.Pointer, s.Pointer+"/") && strings.HasSuffix(ref.Pointer, "/"+schema.EscapeToken(sp.Row)) && ref.Spec.Item != "" {
			item = ref.Spec.Item
			for _, e := range g.Out(d) {
				if e.Pointer == ref.Pointer {
					target = g.Variant(e.To, lang)
					break
				}
			}
			if target != nil {
				break
			}
		}
	}
	if target == nil || target.Report == nil {
		return Table{}, false
	}
	items, _ := target.Params[item].([]any)
	first := "/" + schema.EscapeToken(item) + "/0"
	for _, ref := range d.Report.Refs {
		if strings.HasPrefix(ref.Pointer, s.Pointer+"/") && strings.HasSuffix(ref.Pointer, "/"+schema.EscapeToken(sp.Row)) {
			t.Corner = d.Report.Label(ref.Pointer).Label.In(lang)
			break
		}
	}
	for _, f := range sp.RowFields {
		t.RowHeads = append(t.RowHeads, target.Report.Label(first+"/"+schema.EscapeToken(f)).Label.In(lang))
	}
	t.Span = 1 + len(t.RowHeads)

	colPtr := func(i int, field string) string {
		return fmt.Sprintf("%s/%d/%s", s.Pointer, i, schema.EscapeToken(field))
	}
	for i, c := range cols {
		col, _ := c.(map[string]any)
		var h Column
		for j, f := range sp.Column {
			v, ok := col[f]
			if !ok {
				continue
			}
			text := r.text(d, colPtr(i, f), v, lang)
			if j == 0 {
				h.Heading = text
				if len(sp.Period) == 2 {
					from, _ := col[sp.Period[0]].(string)
					to, _ := col[sp.Period[1]].(string)
					if from != "" || to != "" {
						h.Lines = append(h.Lines, Format{lang}.Date(from)+"–\u200b"+Format{lang}.Date(to)) // may break after the dash
					}
				}
			} else {
				h.Lines = append(h.Lines, d.Report.Label(colPtr(i, f)).Label.In(lang)+" "+text)
			}
		}
		t.Columns = append(t.Columns, h)
	}

	href := g.Href(target.URL)
	for k, it := range items {
		m, _ := it.(map[string]any)
		id, _ := m["id"].(string)
		title, _ := m["title"].(string)
		if title == "" {
			title = id
		}
		row := TableRow{Head: title, Href: href + "#" + id}
		if target.Lang != lang {
			row.Lang = string(target.Lang)
		}
		for _, f := range sp.RowLines {
			ptr := fmt.Sprintf("/%s/%d/%s", schema.EscapeToken(item), k, schema.EscapeToken(f))
			if v, ok := m[f]; ok {
				row.Lines = append(row.Lines, target.Report.Label(ptr).Label.In(lang)+": "+r.text(target, ptr, v, lang))
			}
		}
		for _, f := range sp.RowFields {
			ptr := fmt.Sprintf("/%s/%d/%s", schema.EscapeToken(item), k, schema.EscapeToken(f))
			v, ok := m[f]
			if !ok {
				row.Describe = append(row.Describe, Cell{Empty: true})
				continue
			}
			row.Describe = append(row.Describe, Cell{Text: r.text(target, ptr, v, lang)})
		}
		for i, c := range cols {
			col, _ := c.(map[string]any)
			cells, _ := col[sp.Cells].([]any)
			cell := Cell{Empty: true}
			for j, x := range cells {
				cm, _ := x.(map[string]any)
				if cm[sp.Row] != id {
					continue
				}
				ptr := fmt.Sprintf("%s/%d/%s/%d", s.Pointer, i, schema.EscapeToken(sp.Cells), j)
				cell = Cell{}
				if sup, _ := cm[sp.Suppressed].(bool); sup && sp.Suppressed != "" {
					cell.Text = r.th.T(lang, "suppressed_below")
					if n := r.minCount(d); n > 0 {
						cell.Text += " " + strconv.Itoa(n)
					}
				} else if v, ok := cm[sp.Value]; ok {
					cell.Text = r.text(d, ptr+"/"+schema.EscapeToken(sp.Value), v, lang)
				}
				if b, ok := cm[sp.Base]; ok && sp.Base != "" {
					cell.Base = "n = " + r.text(d, ptr+"/"+schema.EscapeToken(sp.Base), b, lang)
				}
				if n, ok := cm[sp.Note].(string); ok && sp.Note != "" {
					cell.Note = n
				}
				break
			}
			row.Cells = append(row.Cells, cell)
		}
		t.Rows = append(t.Rows, row)
	}

	for _, f := range sp.Foot {
		row := TableRow{}
		some := false
		for i, c := range cols {
			col, _ := c.(map[string]any)
			v, ok := col[f]
			if !ok {
				row.Cells = append(row.Cells, Cell{Empty: true})
				continue
			}
			if row.Head == "" {
				row.Head = d.Report.Label(colPtr(i, f)).Label.In(lang)
			}
			some = true
			row.Cells = append(row.Cells, Cell{Text: r.text(d, colPtr(i, f), v, lang)})
		}
		if some {
			t.Foot = append(t.Foot, row)
		}
	}
	return t, true
}

// listTable builds the table of list t of d: a row per item.
func (r *Renderer) listTable(d *page.Document, t schema.Located[schema.ListTable], lang diag.Lang) (Table, bool) {
	list, _ := schema.Get(d.Params, t.Pointer)
	items, _ := list.([]any)
	if len(items) == 0 {
		return Table{}, false
	}
	first := t.Pointer + "/0/"
	tb := Table{Title: t.Spec.Title.In(lang), Caption: t.Spec.Caption.In(lang),
		Corner: d.Report.Label(first + schema.EscapeToken(t.Spec.Row)).Label.In(lang)}
	if tb.Title == "" {
		tb.Title = d.Report.Label(t.Pointer).Label.In(lang)
	}
	for _, f := range t.Spec.Columns {
		tb.RowHeads = append(tb.RowHeads, d.Report.Label(first+schema.EscapeToken(f)).Label.In(lang))
	}
	tb.Span = 1 + len(tb.RowHeads)
	for i, it := range items {
		m, _ := it.(map[string]any)
		ptr := fmt.Sprintf("%s/%d/", t.Pointer, i)
		row := TableRow{Head: r.text(d, ptr+schema.EscapeToken(t.Spec.Row), m[t.Spec.Row], lang)}
		if id, ok := m["id"].(string); ok && strings.Count(t.Pointer, "/") == 1 {
			row.Href = "#" + id // the item's anchor in the field list
		}
		for _, f := range t.Spec.Columns {
			v, ok := m[f]
			if !ok {
				row.Describe = append(row.Describe, Cell{Empty: true})
				continue
			}
			row.Describe = append(row.Describe, Cell{Text: r.text(d, ptr+schema.EscapeToken(f), v, lang)})
		}
		tb.Rows = append(tb.Rows, row)
	}
	return tb, true
}

// minCount returns the small-number threshold of d's schema, or 0.
func (r *Renderer) minCount(d *page.Document) int {
	for _, a := range d.Report.Aggregates {
		return a.Spec.MinCount
	}
	return 0
}

// text writes a front matter value of d at ptr as a table shows it: an
// enum code by its label, a date as D.M.YYYY, a number with the
// language's decimal separator, a list joined with commas.
func (r *Renderer) text(d *page.Document, ptr string, v any, lang diag.Lang) string {
	switch v := v.(type) {
	case string:
		if l := d.Report.EnumLabel(ptr, v); l != nil {
			return l.In(lang)
		}
		if isodate.Valid(v) {
			return Format{lang}.Date(v)
		}
		return v
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = r.text(d, fmt.Sprintf("%s/%d", ptr, i), x, lang)
		}
		return strings.Join(parts, ", ")
	case bool:
		return strconv.FormatBool(v)
	case nil:
		return ""
	}
	return Format{lang}.Number(v)
}

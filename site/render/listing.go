package render

import (
	"fmt"
	"slices"
	"sort"
	"strconv"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// Listing renders the list page of the type whose folder is folder, in
// lang, in the type's order called order ("" for its first, the
// listing's own; schema.Sort).
func (r *Renderer) Listing(lang diag.Lang, folder, order string) ([]byte, error) {
	t := r.reg.ByFolder(folder)
	if t == nil {
		return nil, fmt.Errorf("rendering the listing of %s: no such type", folder)
	}
	by, ok := sortNamed(t, order)
	if !ok {
		return nil, fmt.Errorf("rendering the listing of %s: the type has no order %q", folder, order)
	}
	list := r.newPage(lang, "list", langPrefix(lang)+schema.OrderURL(t.Folder, order), t)
	list.Title = t.Plural.In(lang)
	if idx := r.g.Index(t.Folder, lang); idx != nil {
		r.fillDoc(list, idx, lang)
	}
	if list.Content == "" && list.Summary == "" {
		list.Intro = t.Description.In(lang)
	}
	list.Items = r.sorted(lang, t, by)
	list.Filters = r.filters(lang, t)
	for _, s := range t.Sorts {
		href := r.g.Href(langPrefix(lang) + schema.OrderURL(t.Folder, s.Name))
		list.Orders = append(list.Orders, Link{Text: r.orderLabel(lang, s), Href: href, Current: s.Name == order})
	}
	if order != "" {
		list.TitleNote = r.orderLabel(lang, by)
		// The same documents as the listing's own page: search engines
		// are pointed there.
		list.canonical = func(l diag.Lang) string { return langPrefix(l) + schema.OrderURL(t.Folder, "") }
	}
	return r.execute("list", list)
}

// sortNamed returns t's order called name ("" the first).
func sortNamed(t *schema.Type, name string) (schema.Sort, bool) {
	for _, s := range t.Sorts {
		if s.Name == name {
			return s, true
		}
	}
	return schema.Sort{}, false
}

// orderLabel names an order as a listing offers it: "Alkamispäivä, uusin
// ensin".
func (r *Renderer) orderLabel(lang diag.Lang, s schema.Sort) string {
	dir := "asc"
	if s.Desc {
		dir = "desc"
	}
	return s.Label.In(lang) + ", " + r.th.T(lang, "sort_"+s.Kind+"_"+dir)
}

// sorted returns the items of a listing of type t in lang with the facts
// of each document (list_fields), in order by. Documents that have no
// value to sort by come last, whatever the direction; ties are in title
// order.
func (r *Renderer) sorted(lang diag.Lang, t *schema.Type, by schema.Sort) []Item {
	docs := r.listed[lang][t.Name]
	shown := r.lists[lang][t.Name]
	type row struct {
		item         Item
		key          string  // SortText, SortDate
		num          float64 // SortNumber
		empty        bool
		keyCollate   string // SortText: CollateKey(key), made once rather than in every comparison
		titleCollate string
	}
	rows := make([]row, len(shown))
	for i := range shown {
		rows[i].item = shown[i]
		if len(docs) != len(shown) {
			continue
		}
		d := docs[i]
		rows[i].item.Facts = r.facts(d, lang, by)
		rows[i].key, rows[i].num, rows[i].empty = sortValue(r, d, lang, by, shown[i].Title)
	}
	for i := range rows {
		rows[i].titleCollate = CollateKey(rows[i].item.Title)
		if by.Kind == schema.SortText {
			rows[i].keyCollate = CollateKey(rows[i].key)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.empty != b.empty {
			return b.empty
		}
		if !a.empty {
			switch by.Kind {
			case schema.SortNumber:
				if a.num != b.num {
					return (a.num < b.num) != by.Desc
				}
			case schema.SortDate:
				if a.key != b.key {
					return (a.key < b.key) != by.Desc
				}
			default:
				if a.key != b.key {
					return lessCollated(a.keyCollate, a.key, b.keyCollate, b.key) != by.Desc
				}
			}
		}
		return lessCollated(a.titleCollate, a.item.Title, b.titleCollate, b.item.Title)
	})
	items := make([]Item, len(rows))
	for i, row := range rows {
		items[i] = row.item
	}
	return items
}

// sortValue is what d is sorted by: the title it is listed with, or the
// value at by's pointer (a code as its label in lang); empty when d has
// none.
func sortValue(r *Renderer, d *page.Document, lang diag.Lang, by schema.Sort, title string) (key string, num float64, empty bool) {
	if by.By == "/title" {
		return title, 0, title == ""
	}
	n, k := lookup(d.Front, by.By)
	if n == nil || n.Text == "" {
		return "", 0, true
	}
	switch by.Kind {
	case schema.SortNumber:
		v, err := strconv.ParseFloat(n.Text, 64)
		return "", v, err != nil
	case schema.SortDate:
		return n.Text, 0, false
	}
	return field(r.g, d, lang, by.By, k, n).Text, 0, false
}

// facts returns what a listing in order by shows of d besides its title,
// summary and modified date: the fields at the pointers of its type's
// list_fields and the one it is sorted by, as its page shows them (codes
// as labels, taxonomy values as links).
func (r *Renderer) facts(d *page.Document, lang diag.Lang, by schema.Sort) []Field {
	if d.Report == nil || d.Front == nil {
		return nil
	}
	ptrs := d.Type.ListFields
	if by.By != "/title" && by.By != "/modified" && !slices.Contains(ptrs, by.By) {
		ptrs = append(slices.Clip(ptrs), by.By)
	}
	var out []Field
	for _, ptr := range ptrs {
		n, key := lookup(d.Front, ptr)
		if n == nil {
			continue
		}
		out = append(out, field(r.g, d, lang, ptr, key, n))
	}
	r.linkTerms(out, d, lang)
	return out
}

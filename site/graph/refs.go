package graph

import (
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

type typeNames []string

func (t typeNames) In(lang diag.Lang) string { return strings.Join(t, ", ") }

// resolveRefs resolves the front matter references the schema annotated:
// to a document of the named types, or to an item (by id) of a list in the
// document another field names.
func (idx *index) resolveRefs(d *page.Document, r *docResult) {
	if d.Report == nil {
		return
	}
	for _, ref := range d.Report.Refs {
		pos := d.PointerPos(ref.Pointer, true)
		field := d.Report.Label(ref.Pointer)
		if ref.Spec.Item != "" {
			owner, _ := schema.Get(d.Params, ref.Spec.From)
			ownerID, _ := owner.(string)
			target := idx.lookup(ref.Spec.Types, ownerID, d.Lang)
			if target == nil {
				continue // the owner reference itself is reported
			}
			ids := itemIDs(target, ref.Spec.Item)
			if !contains(ids, ref.Value) {
				dg := r.diags.Errorf(pos, diag.RefItemUnknown, ref.Value, field, ownerID)
				r.misses = append(r.misses, miss{d: dg, query: ref.Value, cands: ids})
				continue
			}
			r.Refs[ref.Pointer] = idx.href(target.URL) + "#" + ref.Value
			r.edge(Edge{From: d.Key(), To: target.Key(), Pointer: ref.Pointer, Field: field})
			continue
		}
		target := idx.lookup(ref.Spec.Types, ref.Value, d.Lang)
		if target == nil || target.IsIndex {
			dg := r.diags.Errorf(pos, diag.RefUnknown, ref.Value, field, typeNames(ref.Spec.Types))
			r.misses = append(r.misses, miss{d: dg, query: ref.Value, types: ref.Spec.Types})
			continue
		}
		if !idx.published(target) && idx.published(d) {
			r.diags.Errorf(pos, diag.RefDraft, ref.Value, field)
			continue
		}
		r.Refs[ref.Pointer] = idx.href(target.URL)
		r.edge(Edge{From: d.Key(), To: target.Key(), Pointer: ref.Pointer, Field: field})
	}
}

func (idx *index) href(u string) string {
	return strings.TrimSuffix(idx.opts.BasePath, "/") + u
}

// itemIDs returns the ids of the items of list field of d.
func itemIDs(d *page.Document, field string) []string {
	items, _ := d.Params[field].([]any)
	var ids []string
	for _, it := range items {
		m, _ := it.(map[string]any)
		if id, _ := m["id"].(string); id != "" {
			ids = append(ids, id)
		}
	}
	return ids
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

package graph_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
	"github.com/malli-fi/malli/site/source"
)

// TestResolveWithPrevious: after each change, resolving with the earlier
// Graph as Options.Previous (the unchanged files keep their documents)
// gives what resolving from scratch gives: the cases where a document
// that did not change resolves differently because another did.
func TestResolveWithPrevious(t *testing.T) {
	base := map[string]string{
		"aiheet/a.md": "---\ntitle: A\nstatus: published\nsee: [b]\n---\n[B](b.md#loppu) ![kuva](kuva.png) [C](c.md) [lista](/aiheet/)\n",
		"aiheet/b.md": "---\ntitle: B\nstatus: published\n---\n## Loppu\n",
		"aiheet/c.md": "---\ntitle: C\nstatus: published\n---\n",
		"aiheet/d.md": "---\ntitle: D\nstatus: published\n---\n[E](e.md)\n",
	}
	assets := []string{"aiheet/kuva.png"}
	for _, tc := range []struct {
		name    string
		files   map[string]string // changed files; "" deletes
		assets  []string
		drafts  bool
		changes bool // the unchanged a.md or d.md must resolve differently
	}{
		{name: "anchor removed", files: map[string]string{"aiheet/b.md": "---\ntitle: B\nstatus: published\n---\n## Alku\n"}, changes: true},
		{name: "target deleted", files: map[string]string{"aiheet/c.md": ""}, changes: true},
		{name: "target made a draft", files: map[string]string{"aiheet/c.md": "---\ntitle: C\nstatus: draft\n---\n"}, changes: true},
		{name: "missing target appears", files: map[string]string{"aiheet/e.md": "---\ntitle: E\nstatus: published\n---\n"}, changes: true},
		{name: "attachment removed", assets: []string{}, changes: true},
		{name: "translation added", files: map[string]string{"aiheet/b.sv.md": "---\ntitle: B sv\nstatus: published\n---\n"}},
		{name: "body edit", files: map[string]string{"aiheet/b.md": "---\ntitle: B\nstatus: published\n---\n## Loppu\nTekstiä.\n"}},
		{name: "drafts published", drafts: true, files: map[string]string{"aiheet/c.md": "---\ntitle: C\nstatus: draft\n---\n"}, changes: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reg, diags := schema.Compile(types, "schemas")
			if len(diags) > 0 {
				t.Fatal(diags)
			}
			scan := func(files map[string]string, keep map[string]*page.Document) (map[string]*page.Document, []*page.Document) {
				byPath := map[string]*page.Document{}
				var docs []*page.Document
				for rel, data := range files {
					d := keep[rel]
					if d == nil {
						d, _ = page.New(source.File{Path: "content/" + rel, Rel: rel, Data: []byte(data)}, reg, nil)
					}
					byPath[rel] = d
					docs = append(docs, d)
				}
				slices.SortFunc(docs, func(a, b *page.Document) int { return cmpString(a.File.Path, b.File.Path) })
				return byPath, docs
			}
			opts := graph.Options{BasePath: "/", Pages: []string{"/", "/aiheet/"}}
			before, docs := scan(base, nil)
			prev, _ := graph.Resolve(docs, assets, opts)

			after := map[string]string{}
			keep := map[string]*page.Document{}
			for rel, data := range base {
				after[rel] = data
				keep[rel] = before[rel]
			}
			for rel, data := range tc.files {
				delete(keep, rel)
				if data == "" {
					delete(after, rel)
				} else {
					after[rel] = data
				}
			}
			newAssets := assets
			if tc.assets != nil {
				newAssets = tc.assets
			}
			opts.Drafts = tc.drafts
			_, docs = scan(after, keep)
			want, wantDiags := graph.Resolve(docs, newAssets, opts)
			opts.Previous = prev
			got, gotDiags := graph.Resolve(docs, newAssets, opts)

			if diff := cmp.Diff(fmt.Sprint(wantDiags), fmt.Sprint(gotDiags)); diff != "" {
				t.Errorf("diagnostics differ from a fresh Resolve (-want +got):\n%s", diff)
			}
			changed := false
			for _, d := range docs {
				w := fmt.Sprint(want.Refs(d), want.Links(d), want.Out(d), want.In(d))
				if g := fmt.Sprint(got.Refs(d), got.Links(d), got.Out(d), got.In(d)); g != w {
					t.Errorf("%s resolves to\n%s\nwant\n%s", d.File.Rel, g, w)
				}
				if old := keep[d.File.Rel]; old != nil && w != fmt.Sprint(prev.Refs(old), prev.Links(old), prev.Out(old), prev.In(old)) {
					changed = true
				}
			}
			if changed != tc.changes && fmt.Sprint(wantDiags) == "[]" {
				t.Errorf("an unchanged document resolves differently: %v, want %v (the case does not test what it says)", changed, tc.changes)
			}
		})
	}
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

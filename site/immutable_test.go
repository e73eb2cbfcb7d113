package site_test

import (
	"crypto/sha256"
	"fmt"
	"hash"
	"html/template"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"
	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/export"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/internal/golden"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/render"
	"github.com/malli-fi/malli/site/schema"
	"github.com/malli-fi/malli/site/source"
	defaulttheme "github.com/malli-fi/malli/themes/default"
)

// deepHash hashes every value reachable from v, exported or not,
// following pointers once each. The compiled schemas (a *schema.Type and
// the *jsonschema.Schema values a Report points at) are compiled once per
// build, shared by every document and never written after Compile: they
// are left out, so that the hash is of what the scan made.
func deepHash(v any) [32]byte {
	h := sha256.New()
	seen := map[uintptr]bool{}
	walk(h, reflect.ValueOf(v), seen)
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

var (
	typeType   = reflect.TypeOf(&schema.Type{})
	schemaType = reflect.TypeOf(&jsonschema.Schema{})
)

func walk(h hash.Hash, v reflect.Value, seen map[uintptr]bool) {
	if !v.IsValid() {
		h.Write([]byte("nil"))
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || v.Type() == typeType || v.Type() == schemaType {
			fmt.Fprintf(h, "p%v", v.IsNil())
			return
		}
		if seen[v.Pointer()] {
			fmt.Fprintf(h, "seen")
			return
		}
		seen[v.Pointer()] = true
		walk(h, v.Elem(), seen)
	case reflect.Interface:
		if !v.IsNil() {
			fmt.Fprintf(h, "%s:", v.Elem().Type())
		}
		walk(h, v.Elem(), seen)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			fmt.Fprintf(h, "%s=", v.Type().Field(i).Name)
			walk(h, v.Field(i), seen)
		}
	case reflect.Slice, reflect.Array:
		fmt.Fprintf(h, "[%d", v.Len())
		for i := 0; i < v.Len(); i++ {
			walk(h, v.Index(i), seen)
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		fmt.Fprintf(h, "{%d", len(keys))
		for _, k := range keys {
			walk(h, k, seen)
			walk(h, v.MapIndex(k), seen)
		}
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
		fmt.Fprintf(h, "%v", v.IsNil())
	default:
		fmt.Fprintf(h, "%v;", v)
	}
}

// scanned is a site after the scan: its types, theme and documents.
type scanned struct {
	reg  *schema.Registry
	th   *render.Theme
	docs []*page.Document
}

func scanSite(t *testing.T, archive string) scanned {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		fsys[f.Name] = &fstest.MapFile{Data: golden.DecodeMarkers(f.Data)}
	}
	reg, err := site.LoadTypes(fsys)
	if err != nil {
		t.Fatal(err)
	}
	th, err := render.LoadTheme(defaulttheme.FS)
	if err != nil {
		t.Fatal(err)
	}
	tree, _, err := source.Read(fsys, "content")
	if err != nil {
		t.Fatal(err)
	}
	s := scanned{reg: reg, th: th}
	for _, f := range tree.Files("content") {
		if f.IsDocument() {
			d, _ := page.New(f, reg, th.IDs())
			s.docs = append(s.docs, d)
		}
	}
	return s
}

// afterScan runs every stage after the scan over docs — resolve, then
// every document's page and export, the listings and home pages, in
// parallel as the build does — and returns the outputs.
func afterScan(t *testing.T, s scanned, docs []*page.Document) map[string]string {
	t.Helper()
	g, _ := graph.Resolve(docs, nil, graph.Options{BasePath: "/"})
	r := render.New(s.th, g, s.reg, func(d *page.Document) template.HTML { return template.HTML(d.Body.Fill(g.Links(d))) })
	out := map[string]string{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	put := func(name string, data []byte, err error) {
		if err != nil {
			t.Error(err)
		}
		mu.Lock()
		out[name] = string(data)
		mu.Unlock()
	}
	for _, d := range g.Docs {
		wg.Add(2)
		go func() { defer wg.Done(); data, err := r.Document(d); put(d.URL, data, err) }()
		go func() {
			defer wg.Done()
			data, err := export.New(g, s.reg, "/").Doc(d, d.Body.Fill(g.Links(d)))
			put(export.DataPath(d), data, err)
		}()
	}
	wg.Wait()
	for _, l := range []diag.Lang{diag.FI, diag.SV} {
		data, err := r.Home(l)
		put("home "+string(l), data, err)
		for _, ty := range s.reg.Types {
			for _, o := range ty.Sorts {
				data, err := r.Listing(l, ty.Folder, o.Name)
				put("list "+string(l)+" "+ty.Folder+" "+o.Name, data, err)
			}
		}
	}
	return out
}

// TestNoStageAfterTheScanChangesADocument hashes every document after the
// scan, runs the rest of the build twice, and checks that no document
// changed and that both runs made the same outputs.
func TestNoStageAfterTheScanChangesADocument(t *testing.T) {
	s := scanSite(t, small)
	before := make([][32]byte, len(s.docs))
	for i, d := range s.docs {
		before[i] = deepHash(d)
	}
	first := afterScan(t, s, s.docs)
	second := afterScan(t, s, s.docs)
	for i, d := range s.docs {
		if deepHash(d) != before[i] {
			t.Errorf("%s changed after the scan", d.File.Path)
		}
	}
	if len(first) == 0 {
		t.Fatal("nothing was rendered")
	}
	for k, v := range first {
		if second[k] != v {
			t.Errorf("%s differs between two runs over the same documents", k)
		}
	}
}

// TestResolvingAgainWithAFileAddedIsAFreshBuild resolves the scanned
// documents, adds a file (a translation that changes a link and its
// hreflang on another page), resolves the old documents with the new one,
// and compares every output with a fresh scan of all the files.
func TestResolvingAgainWithAFileAddedIsAFreshBuild(t *testing.T) {
	const added = `
-- content/aiheet/tyokyky.sv.md --
---
title: Arbetsförmåga
status: published
---
## Allmänt
`
	old := scanSite(t, small)
	afterScan(t, old, old.docs) // resolved and rendered once before the file comes
	// The new file, scanned on its own with the same types, as a dev
	// server would on a save.
	f := txtar.Parse([]byte(added)).Files[0]
	translation, _ := page.New(source.File{Path: f.Name, Rel: strings.TrimPrefix(f.Name, "content/"), Data: f.Data}, old.reg, old.th.IDs())
	if translation == nil {
		t.Fatal("the added translation was not scanned")
	}
	again := afterScan(t, old, append(append([]*page.Document(nil), old.docs...), translation))
	fresh := scanSite(t, small+added)
	want := afterScan(t, fresh, fresh.docs)
	if len(again) != len(want) {
		t.Errorf("%d outputs, a fresh build has %d", len(again), len(want))
	}
	for k, v := range want {
		if again[k] != v {
			t.Errorf("%s differs from a fresh build:\n%s", k, firstDiff(again[k], v))
		}
	}
	// The change the added file makes: the Swedish note's link to the topic
	// now goes to its Swedish page, without hreflang.
	if p := want["/sv/muistiot/eka/"]; !strings.Contains(p, `href="/sv/aiheet/tyokyky/">aihe</a>`) {
		t.Errorf("the fresh build's Swedish note does not link to the translation:\n%s", p)
	}
}

// firstDiff shows where a and b first differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("got  …%s\nwant …%s", a[from:min(len(a), i+80)], b[from:min(len(b), i+80)])
}

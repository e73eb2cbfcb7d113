package site_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/publish"
)

const exportBase = "https://malli.example/sub/"

// buildExports builds the repository's content with an absolute base URL.
func buildExports(t *testing.T, drafts bool) *publish.Memory {
	t.Helper()
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out, BaseURL: exportBase, Drafts: drafts}); err != nil {
		t.Fatal(err)
	}
	return out
}

// publishedSchemas returns a validator's compiler that reads every schema
// URL under the base URL from the build's own published schemas, and
// nothing else.
func publishedSchemas(out *publish.Memory) *jsonschema.Compiler {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.LoadURL = func(u string) (io.ReadCloser, error) {
		if u == "https://json-schema.org/draft/2020-12/schema" {
			return nil, fmt.Errorf("no meta-schema loading")
		}
		p, ok := strings.CutPrefix(u, exportBase)
		if !ok {
			return nil, fmt.Errorf("%s is not a schema of the site", u)
		}
		data, ok := out.File(p)
		if !ok {
			return nil, fmt.Errorf("the site publishes no %s", p)
		}
		return io.NopCloser(bytes.NewReader(data)), nil
	}
	return c
}

// TestExportsFollowTheirSchemas validates every JSON export of the real
// content against the schema its "$schema" names, as the site publishes
// it, with an absolute base URL (so $schema, $id and every URL inside are
// absolute); and each document's front matter against its content schema.
func TestExportsFollowTheirSchemas(t *testing.T) {
	out := buildExports(t, false)
	c := publishedSchemas(out)
	compiled := map[string]*jsonschema.Schema{}
	get := func(url string) *jsonschema.Schema {
		if s, ok := compiled[url]; ok {
			return s
		}
		s, err := c.Compile(url)
		if err != nil {
			t.Fatalf("compile %s: %v", url, err)
		}
		compiled[url] = s
		return s
	}
	n := 0
	for _, p := range out.Paths() {
		if !strings.HasPrefix(p, "data/") || path.Ext(p) != ".json" {
			continue
		}
		n++
		data, _ := out.File(p)
		var v map[string]any
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		url, _ := v["$schema"].(string)
		if !strings.HasPrefix(url, exportBase+"schemas/export/") {
			t.Errorf("%s: $schema %q is not an export schema under the base URL", p, url)
			continue
		}
		if err := get(url).Validate(v); err != nil {
			t.Errorf("%s: %v", p, err)
		}
		if strings.Count(p, "/") == 2 { // data/<type>/<id>.json
			cs, _ := v["content_schema"].(string)
			if err := get(cs).Validate(v["front_matter"]); err != nil {
				t.Errorf("%s: front_matter: %v", p, err)
			}
		}
		if bytes.ContainsAny(data, "<>&") {
			t.Errorf("%s: <, > or & unescaped: the file is not safe to embed in HTML", p)
		}
		if bytes.Contains(data, []byte(`"url":"/`)) || bytes.Contains(data, []byte(`"data":"/`)) {
			t.Errorf("%s: a site-relative URL although the base URL is absolute", p)
		}
	}
	if n < 30 {
		t.Errorf("validated %d export files; the content has more", n)
	}
}

// TestExportsPublishNoDraft checks that a draft appears in no export of a
// build without --drafts — not in the catalogue, a type's file, the graph
// or another document's references and backlinks — and appears with
// --drafts.
func TestExportsPublishNoDraft(t *testing.T) {
	page := func(title, status, body string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\nsummary: Tiivistelmä.\nstatus: " + status + "\nmodified: 2026-01-01\n---\n" + body + "\n")}
	}
	fsys := fstest.MapFS{
		"content/sivut/julkinen.md": page("Julkinen", "published", "Teksti."),
		"content/sivut/salainen.md": page("SALAINEN-LUONNOS", "draft", "Katso [julkinen](julkinen.md)."),
	}
	for _, drafts := range []bool{false, true} {
		out := &publish.Memory{}
		if _, err := site.Build(context.Background(), site.Options{FS: fsys, Out: out, Drafts: drafts}); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range out.Paths() {
			if !strings.HasPrefix(p, "data/") {
				continue
			}
			data, _ := out.File(p)
			if bytes.Contains(data, []byte("SALAINEN-LUONNOS")) || bytes.Contains(data, []byte("salainen")) {
				found = true
				if !drafts {
					t.Errorf("without --drafts, %s names the draft", p)
				}
			}
		}
		if drafts && !found {
			t.Error("with --drafts, no export names the draft")
		}
	}
}

package site_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/internal/sitetest"
	defaulttheme "github.com/malli-fi/malli/themes/default"
)

// themeSite is a small site that selects the theme "oma".
const themeSite = `
-- content/_index.md --
---
title: Etusivu
status: published
summary: Etusivu.
created: 2025-01-01
modified: 2025-01-01
maintainer:
  name: Toimitus
theme: oma
---
Teksti.
-- content/sivut/a.md --
---
title: Sivu A
status: draft
---
-- content/sivut/b.md --
---
title: Sivu B
status: draft
---
[A](a.md)
`

func embedded(t *testing.T, name string) string {
	t.Helper()
	data, err := fs.ReadFile(defaulttheme.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestThemeOverride checks that a theme's partial and stylesheet take the
// place of the default theme's files of the same path, and change nothing
// else: every output but the stylesheet is the same as with the default
// theme once the partial's mark is taken out.
func TestThemeOverride(t *testing.T) {
	drafts := func(o *site.Options) { o.Drafts = true }
	// The baseline selects the same theme, holding only a copy of a
	// default file: its outputs are the default theme's.
	base := sitetest.Build(t, themeSite+"-- themes/oma/static/favicon.svg --\n"+embedded(t, "static/favicon.svg"), drafts)
	base.AssertNoDiags()
	partial := strings.Replace(embedded(t, "partials/backlinks.html"), `<section class="backlinks"`, `<section class="backlinks oma-merkki"`, 1)
	if !strings.Contains(partial, "oma-merkki") {
		t.Fatal("the default backlinks partial has no <section class=\"backlinks\"")
	}
	css := "body { color: #000; }\n"
	own := sitetest.Build(t, themeSite+"-- themes/oma/partials/backlinks.html --\n"+partial+"-- themes/oma/static/malli.css --\n"+css, drafts)
	own.AssertNoDiags()
	if got := own.File("static/malli.css"); got != css {
		t.Errorf("static/malli.css is not the theme's: %.80q", got)
	}
	if !strings.Contains(own.File("sivut/a/index.html"), `class="backlinks oma-merkki"`) {
		t.Error("sivut/a: the theme's backlinks partial is not used")
	}
	if got, want := own.Out.Paths(), base.Out.Paths(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("the theme changes which files are made:\n%v\n%v", got, want)
	}
	for _, p := range base.Out.Paths() {
		if p == "static/malli.css" {
			continue
		}
		if got, want := strings.ReplaceAll(own.File(p), " oma-merkki", ""), base.File(p); got != want {
			t.Errorf("%s differs beyond the partial", p)
		}
	}
}

// TestThemeUnknown checks that a theme name without a folder is an error
// at the name in each front matter format (the YAML one is the golden
// theme.unknown.txtar), and that the site is still checked.
func TestThemeUnknown(t *testing.T) {
	for name, index := range map[string]string{
		"toml": "+++\ntitle = \"Etusivu\"\nstatus = \"draft\"\ntheme = \"yritys\"\n+++\n",
		"json": "{\n  \"title\": \"Etusivu\",\n  \"status\": \"draft\",\n  \"theme\": \"yritys\"\n}\n",
	} {
		t.Run(name, func(t *testing.T) {
			s := sitetest.Build(t, "-- content/_index.md --\n"+index+"-- content/sivut/a.md --\n---\ntitle: A\nstatus: draft\ntuntematon: 1\n---\n")
			s.AssertDiag("content/_index.md:4:")
			s.AssertDiag(`teemaa "yritys" ei ole`)
			s.AssertDiag("content/sivut/a.md:4:1: varoitus") // the rest is checked
		})
	}
}

// TestThemeBrokenLayout checks that a layout that does not parse is an
// error at its file and line, and that the content is still checked.
func TestThemeBrokenLayout(t *testing.T) {
	s := sitetest.Build(t, themeSite+"-- themes/oma/layouts/list.html --\n{{define \"main\"}}\n<ul>\n{{range .Items}}<li>{{.Title}}</li>\n</ul>\n{{end}}\n-- content/sivut/c.md --\n---\ntitle: C\n---\n")
	s.AssertDiag("themes/oma/layouts/list.html:")
	s.AssertDiag("[theme.template]")
	s.AssertDiag("content/sivut/c.md:1:1: virhe") // status is missing: still checked
	if len(s.Out.Paths()) != 0 {
		t.Errorf("a site with a broken layout was published: %v", s.Out.Paths())
	}
}

// TestThemeSession checks that a session picks up a change of the theme's
// files (what malli serve rebuilds on a change under themes/).
func TestThemeSession(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, f := range []struct{ name, data string }{
		{"content/_index.md", "---\ntitle: Etusivu\nstatus: draft\ntheme: oma\n---\n"},
		{"content/sivut/a.md", "---\ntitle: A\nstatus: draft\n---\n"},
		{"themes/oma/static/malli.css", "body { color: #111; }\n"},
	} {
		fsys[f.name] = &fstest.MapFile{Data: []byte(f.data)}
	}
	s, err := site.NewSession(site.Options{FS: fsys, Drafts: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	snap, err := s.Build(context.Background(), nil, true)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(snap.Files["static/malli.css"]); got != "body { color: #111; }\n" {
		t.Fatalf("static/malli.css = %q", got)
	}
	fsys["themes/oma/static/malli.css"] = &fstest.MapFile{Data: []byte("body { color: #222; }\n")}
	fsys["themes/oma/partials/backlinks.html"] = &fstest.MapFile{Data: []byte("{{define \"backlinks\"}}<p class=\"oma\">{{.Title}}</p>{{end}}")}
	snap, err = s.Build(context.Background(), []string{"themes/oma/static/malli.css", "themes/oma/partials/backlinks.html"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(snap.Files["static/malli.css"]); got != "body { color: #222; }\n" {
		t.Errorf("after the edit, static/malli.css = %q", got)
	}
	if !strings.Contains(string(snap.Files["sivut/a/index.html"]), `<p class="oma">A</p>`) {
		t.Error("after the edit, sivut/a does not use the theme's new partial")
	}
	delete(fsys, "themes/oma/partials/backlinks.html")
	fsys["themes/oma/layouts/single.html"] = &fstest.MapFile{Data: []byte("{{define \"main\"}}{{.Puuttuu}}{{end}}")}
	snap, err = s.Build(context.Background(), []string{"themes/oma"}, false)
	if !site.IsContentError(err) || snap == nil || !strings.Contains((&sitetest.Site{Result: snap.Result}).Diags("fi"), "themes/oma/layouts/single.html:1:") {
		t.Errorf("a layout that fails to execute: err %v", err)
	}
}

package site_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	embeddedschemas "github.com/malli-fi/malli/schemas"
	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/internal/sitetest"
	"github.com/malli-fi/malli/site/publish"
	defaulttheme "github.com/malli-fi/malli/themes/default"
)

// writeSite writes files (path -> content; content "-> target" makes a
// symlink) under a new folder and returns it.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		var err error
		if target, ok := strings.CutPrefix(data, "-> "); ok {
			err = os.Symlink(target, p)
		} else {
			err = os.WriteFile(p, []byte(data), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return root
}

const okPage = "---\ntitle: Tietoa\nstatus: published\nsummary: Tietoa.\nmodified: 2024-01-01\n---\nTietoa.\n"

// TestHostileSiteOnDisk is an attacker's site: links out of the site in
// content/, the theme and the schemas, a linked top folder, and attachments
// that would run on the site's origin. Every refusal is an error at its
// file, nothing refused is read or published, and the previous output stays.
func TestHostileSiteOnDisk(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "id_rsa")
	os.WriteFile(secret, []byte("-----BEGIN OPENSSH PRIVATE KEY-----\n"), 0o600)
	root := writeSite(t, map[string]string{
		"content/sivut/tietoa.md":       okPage,
		"content/sivut/ymparisto.txt":   "-> /proc/self/environ",
		"content/sivut/avain.txt":       "-> " + secret,
		"content/sivut/sisainen.md":     "-> tietoa.md",
		"content/evil.html":             "<script>alert(document.domain)</script>",
		"content/sw.js":                 "self.onfetch = e => e.respondWith(new Response('taken'))",
		"content/CNAME":                 "evil.example",
		"content/_redirects":            "/* https://evil.example 200",
		"content/_headers":              "/*\n  Content-Security-Policy: default-src *\n",
		"content/web.config":            "<configuration/>",
		"content/sivut/kuva.svg":        `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`,
		"content/sivut/kuva.png":        "<html><script>alert(1)</script>",
		"schemas/avain.schema.json":     "-> " + secret,
		"themes/default/static/env.txt": "-> /proc/self/environ",
	})
	// The rest of the theme and schemas, so that they are the site's own.
	if err := os.CopyFS(filepath.Join(root, "themes/default"), defaulttheme.FS); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(filepath.Join(root, "schemas"), embeddedschemas.FS); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "public")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, publish.Marker), []byte("malli\n"), 0o644)
	os.WriteFile(filepath.Join(out, "index.html"), []byte("edellinen"), 0o644)

	res, err := site.Build(context.Background(), site.Options{Root: root, Out: publish.Dir{Path: out}})
	if !site.IsContentError(err) {
		t.Fatalf("Build error = %v, want content diagnostics", err)
	}
	want := []string{
		"content/CNAME:1:1: asset.control",
		"content/_headers:1:1: asset.control",
		"content/_redirects:1:1: asset.control",
		"content/evil.html:1:1: asset.kind",
		"content/sivut/avain.txt:1:1: source.symlink",
		"content/sivut/kuva.png:1:1: asset.mismatch",
		"content/sivut/kuva.svg:1:1: asset.svg-active",
		"content/sivut/sisainen.md:1:1: source.symlink",
		"content/sivut/ymparisto.txt:1:1: source.symlink",
		"content/sw.js:1:1: asset.control",
		"content/web.config:1:1: asset.control",
		"schemas/avain.schema.json:1:1: source.symlink",
		"themes/default/static/env.txt:1:1: source.symlink",
	}
	if diff := cmp.Diff(want, strings.Split(strings.TrimSpace(diagLines(res)), "\n")); diff != "" {
		t.Errorf("diagnostics mismatch (-want +got):\n%s", diff)
	}
	var printed strings.Builder
	for _, d := range res.Diagnostics {
		printed.WriteString(d.Line + d.Message("en"))
	}
	if strings.Contains(printed.String(), "PRIVATE KEY") || strings.Contains(printed.String(), "PATH=") {
		t.Errorf("a diagnostic shows what lies behind a link:\n%s", printed.String())
	}
	if data, _ := os.ReadFile(filepath.Join(out, "index.html")); string(data) != "edellinen" {
		t.Errorf("a failed build changed the previous output: %q", data)
	}

	// A linked top folder: content/ itself a link to a folder elsewhere.
	elsewhere := writeSite(t, map[string]string{"sivut/tietoa.md": okPage, "id_rsa": "secret"})
	linked := writeSite(t, map[string]string{"content": "-> " + elsewhere})
	res, err = site.Build(context.Background(), site.Options{Root: linked, Out: &publish.Memory{}})
	if !site.IsContentError(err) || diagLines(res) != "content:1:1: source.symlink\n" {
		t.Errorf("linked content/: err = %v, diagnostics:\n%s", err, diagLines(res))
	}
}

// TestSkippedFilesAreWarnedAndNotPublished builds a site whose only
// problems are warnings about skipped files, and checks what is published.
func TestSkippedFilesAreWarnedAndNotPublished(t *testing.T) {
	s := sitetest.Build(t, `
-- content/sivut/tietoa.md --
`+okPage+`
-- content/sivut/.luonnos.md --
salainen luonnos
-- content/sivut/tietoa.md~ --
vanha versio
`)
	s.AssertDiag("content/sivut/.luonnos.md:1:1: varoitus: content/sivut/.luonnos.md ohitetaan, koska nimi alkaa pisteellä tai päättyy merkkiin ~; nimeä se uudelleen, jos se pitää julkaista [source.skipped]")
	for _, p := range s.Out.Paths() {
		if strings.Contains(p, "luonnos") || strings.HasSuffix(p, "~") {
			t.Errorf("a skipped file was published: %s", p)
		}
	}
}

// TestDraftsDoNotLeakThroughBacklinks: a draft that links to a published
// page is not listed in that page's backlinks, nor in its JSON export.
func TestDraftsDoNotLeakThroughBacklinks(t *testing.T) {
	s := sitetest.Build(t, `
-- content/sivut/tietoa.md --
`+okPage+`
-- content/sivut/salainen.md --
---
title: Salainen suunnitelma
status: draft
---
Katso [tietoa](tietoa.md).
`)
	s.AssertNoDiags()
	for _, p := range []string{"sivut/tietoa/index.html", "data/page/tietoa.json", "data/index.json"} {
		data, ok := s.Out.File(p)
		if !ok {
			t.Fatalf("no %s", p)
		}
		if strings.Contains(string(data), "Salainen") || strings.Contains(string(data), "salainen") {
			t.Errorf("%s names the draft:\n%s", p, data)
		}
	}
}

// TestHostileBudgets: a file over the size limit is refused unread, and a
// file with thousands of problems reports the first MaxProblemsPerFile and
// says so.
func TestHostileBudgets(t *testing.T) {
	var dup strings.Builder
	dup.WriteString("---\ntitle: A\nstatus: draft\n")
	for i := 0; i < 5000; i++ {
		dup.WriteString("title: B\n")
	}
	dup.WriteString("---\n")
	s := sitetest.Build(t, `
-- content/sivut/tietoa.md --
`+okPage+`
-- content/sivut/iso.md --
`+"---\ntitle: Iso\nstatus: draft\n---\n"+strings.Repeat("x", 2<<20)+`
-- content/sivut/tuplat.md --
`+dup.String())
	lines := strings.Split(strings.TrimSpace(diagLines(s.Result)), "\n")
	if len(lines) != 102 {
		t.Fatalf("got %d diagnostics, want 1 + %d + 1:\n%s", len(lines), site.MaxProblemsPerFile, strings.Join(lines[:min(len(lines), 5)], "\n"))
	}
	if lines[0] != "content/sivut/iso.md:1:1: source.too-large" {
		t.Errorf("first = %q, want the too-large file", lines[0])
	}
	// The file's summary sorts first (it has no line), then its first problems.
	if lines[1] != "content/sivut/tuplat.md: source.too-many-problems" || lines[2] != "content/sivut/tuplat.md:4:1: frontmatter.duplicate-key" {
		t.Errorf("the duplicate keys are not capped: %q, %q", lines[1], lines[2])
	}
}

// TestHeadingsKeepClearOfTheThemesIDs: a body heading whose id the theme
// already uses on the page (the main content's "sisalto") gets a suffix,
// so the skip link and every #anchor still go to one place.
func TestHeadingsKeepClearOfTheThemesIDs(t *testing.T) {
	s := sitetest.Build(t, `
-- content/sivut/tietoa.md --
`+okPage+"\n## Sisältö\n\nTeksti.\n\n## Sivu sisällys\n")
	s.AssertNoDiags()
	html := s.File("sivut/tietoa/index.html")
	for id, want := range map[string]int{`id="sisalto"`: 1, `id="sisalto-1"`: 1, `id="sivu-sisallys"`: 1, `id="sivu-sisallys-1"`: 1} {
		if got := strings.Count(html, id); got != want {
			t.Errorf("%s appears %d times, want %d", id, got, want)
		}
	}
}

// TestTwoDocumentsNeverShareAnOutput: the pairs that once wrote one file
// in an order that varied between runs are each refused at a file.
func TestTwoDocumentsNeverShareAnOutput(t *testing.T) {
	s := sitetest.Build(t, `
-- content/sivut/tietoa.md --
`+okPage+`
-- content/sivut/hankkeet-_index.md --
---
title: A
status: draft
---
-- content/hankkeet/_index.md --
---
title: B
status: draft
---
-- content/sivut/x.sv.md --
---
title: C
status: draft
---
-- content/sivut/x.md --
---
title: D
status: draft
---
-- content/sivut/x.sv.fi.md --
---
title: E
status: draft
---
`)
	got := diagLines(s.Result)
	for _, want := range []string{
		"content/sivut/hankkeet-_index.md:1:1: page.bad-id\n",
		"content/sivut/x.sv.fi.md:1:1: page.bad-id\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
}

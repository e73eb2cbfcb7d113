package site_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/publish"
)

// hostile are files a coordinator's editor, a bad merge or a copy from
// Word can produce. Each must get a diagnostic at its own line; none may
// stop the checks of the others or crash malli.
var hostile = map[string]string{
	"content/sivut/tyhja.md":         "",
	"content/sivut/binaari.md":       "\x00\x01\xff\xfe---\x00",
	"content/sivut/bom.md":           "\ufeff---\ntitle: BOM\nstatus: draft\n---\n",
	"content/sivut/crlf.md":          "---\r\ntitle: CRLF\r\nstatus: valmis\r\n---\r\n",
	"content/sivut/sarkain.md":       "---\ntitle: Sarkain\nstatus: draft\nauthors:\n\t- name: X\n---\n",
	"content/sivut/auki.md":          "---\ntitle: Auki\nstatus: draft\n\nTeksti ilman loppua.\n",
	"content/sivut/tupla.md":         "---\ntitle: A\ntitle: B\nstatus: draft\n---\n",
	"content/sivut/paiva.md":         "---\ntitle: Päivä\nstatus: draft\nmodified: 2024-02-30\n---\n",
	"content/sivut/toml-rikki.md":    "+++\ntitle = \"T\nstatus = \"draft\"\n+++\n",
	"content/sivut/json-rikki.md":    "{\n  \"title\": \"J\",\n  \"status\": \"draft\",\n}\n",
	"content/sivut/lista.md":         "---\n- title\n- status\n---\n",
	"content/sivut/latin1.md":        "---\ntitle: P\xe4iv\xe4\nstatus: draft\n---\n",
	"content/sivut/pitka.md":         "---\ntitle: " + strings.Repeat("x", 1<<16) + "\nstatus: draft\n---\n",
	"content/sivut/syva.md":          "---\ntitle: S\nstatus: draft\nkeywords: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n---\n",
	"content/sivut/ei-etutietoja.md": "# Vain otsikko\n",
	"content/sivut/hyva.md":          "---\ntitle: Hyvä\nstatus: draft\n---\n[rikki](ei-ole.md)\n",
}

func TestHostileFiles(t *testing.T) {
	fsys := fstest.MapFS{}
	for name, data := range hostile {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	out := filepath.Join(t.TempDir(), "public")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "index.html"), []byte("edellinen"), 0o644)

	res, err := site.Build(context.Background(), site.Options{FS: fsys, Out: publish.Dir{Path: out}})
	if !site.IsContentError(err) {
		t.Fatalf("Build error = %v, want content diagnostics", err)
	}
	byFile := map[string][]*diag.Diagnostic{}
	for _, d := range res.Diagnostics {
		byFile[d.Pos.File] = append(byFile[d.Pos.File], d)
		if d.Pos.Line < 1 {
			t.Errorf("diagnostic without a line: %v", d)
		}
	}
	for name := range hostile {
		if len(byFile[name]) == 0 {
			t.Errorf("%s: no diagnostic", name)
		}
	}
	for name, want := range map[string]struct {
		at   string // the end of the position
		code diag.Code
	}{
		"content/sivut/tyhja.md":         {"1:1", diag.SourceEmpty},
		"content/sivut/bom.md":           {"1:1", diag.SourceBOM},
		"content/sivut/crlf.md":          {"3:9", diag.SchemaEnum},
		"content/sivut/sarkain.md":       {"5:1", diag.FrontmatterTab},
		"content/sivut/auki.md":          {"1:1", diag.FrontmatterUnclosed},
		"content/sivut/tupla.md":         {"3:1", diag.FrontmatterDuplicateKey},
		"content/sivut/paiva.md":         {"4:11", diag.SchemaFormat},
		"content/sivut/latin1.md":        {"2:9", diag.SourceUTF8},
		"content/sivut/hyva.md":          {"5:1", diag.LinkBroken},
		"content/sivut/lista.md":         {"", diag.FrontmatterNotMapping},
		"content/sivut/ei-etutietoja.md": {"1:1", diag.FrontmatterMissing},
	} {
		found := false
		for _, d := range byFile[name] {
			found = found || d.Code == want.code && strings.HasSuffix(d.Pos.String(), want.at)
		}
		if !found {
			var got []string
			for _, d := range byFile[name] {
				got = append(got, d.Pos.String()+" "+d.Code.String())
			}
			t.Errorf("%s: want %s at …%s, got %q", name, want.code, want.at, got)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(out, "index.html")); string(data) != "edellinen" {
		t.Errorf("a failed build changed the previous output: %q", data)
	}
}

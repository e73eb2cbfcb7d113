package diag_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/malli-fi/malli/site/diag"
)

var update = flag.Bool("update", false, "rewrite the output sections of testdata/reports.txtar")

// reportList is the shared set of diagnostics of testdata/reports.txtar,
// with every line moved down by shift (as if lines were added above them).
// It has a hint with Markdown and HTML in it, a related note, the same
// broken link twice in one file, a warning, a path with a comma (which
// GitHub's properties must encode), a path with a space and an "ä" (which
// a URI must encode), a column after a multi-byte character and a tab, a
// problem with no line, and a "%" in a message.
func reportList(shift int) diag.List {
	at := func(file string, line, col int) diag.Pos {
		if line > 0 {
			line += shift
		}
		return diag.Pos{File: file, Line: line, Col: col}
	}
	enum := d(at("content/hankkeet/ä b.md", 3, 11), diag.Error, diag.SchemaEnum, `"status"`, `"julkaistu"`, "draft, published")
	enum.Line = "stätus:\t julkaistu"
	enum.Hint = diag.Words{FI: "tarkoititko “published”?", SV: "menade du “published”?", EN: "did you mean “published”?"}
	dup := d(at("content/sivut/a.md", 5, 1), diag.Error, diag.FrontmatterDuplicateKey, "title")
	dup.Line = "title: B"
	dup.Related = []diag.Note{{Pos: at("content/sivut/a.md", 2, 1), Code: diag.NoteFirstDefined}}
	linkHint := diag.Words{
		FI: "korjaa polku, esim. [kuva](kuvat/kuva.png) | tai poista <img>",
		SV: "rätta sökvägen, t.ex. [bild](kuvat/kuva.png) | eller ta bort <img>",
		EN: "fix the path, e.g. [image](kuvat/kuva.png) | or remove <img>"}
	link1 := d(at("content/sivut/a.md", 8, 3), diag.Error, diag.LinkBroken, "kuva.png")
	link1.Line = "![Kuva](kuva.png)"
	link1.Hint = linkHint
	link2 := d(at("content/sivut/a.md", 12, 3), diag.Error, diag.LinkBroken, "kuva.png")
	link2.Line = "![Kuva](kuva.png)"
	link2.Hint = linkHint
	bom := d(at("content/sivut/b,c.md", 1, 1), diag.Warning, diag.SourceBOM)
	schema := d(at("schemas/x.schema.json", 0, 0), diag.Error, diag.SchemaCompile, "50% broken")
	return diag.List{enum, dup, link1, link2, bom, schema}
}

// reportOptions map paths as for a site in the repository's folder "docs".
func reportOptions(lang diag.Lang) diag.ReportOptions {
	return diag.ReportOptions{Lang: lang, Path: diag.PrefixPaths("docs"), Version: "v0.0.0-test"}
}

// TestReportGolden writes reportList in every format and compares with the
// sections of testdata/reports.txtar named FORMAT.LANG. go test -update
// rewrites them.
func TestReportGolden(t *testing.T) {
	const file = "testdata/reports.txtar"
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var sections []string
	for _, f := range diag.Formats {
		sections = append(sections, f+".en")
	}
	sections = append(sections, "text.fi", "markdown.fi", "github.sv")
	got := map[string]string{}
	for _, name := range sections {
		format, lang, _ := strings.Cut(name, ".")
		var b bytes.Buffer
		if err := diag.WriteReport(&b, format, reportList(0), reportOptions(diag.Lang(lang))); err != nil {
			t.Fatalf("WriteReport(%s) = %v", name, err)
		}
		got[name] = b.String()
	}
	if *update {
		var files []txtar.File
		for _, name := range sections {
			files = append(files, txtar.File{Name: name, Data: []byte(got[name])})
		}
		ar.Files = files
		if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want := map[string]string{}
	for _, f := range ar.Files {
		want[f.Name] = string(f.Data)
	}
	for _, name := range sections {
		w, ok := want[name]
		if !ok {
			t.Errorf("%s has no section %s (go test -update writes it)", file, name)
			continue
		}
		if diff := cmp.Diff(w, got[name]); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
		}
	}
}

// TestFingerprints: moving every problem down or switching the language
// changes no fingerprint; two identical problems in one file get two; a
// different subject, file or code gives another.
func TestFingerprints(t *testing.T) {
	base := diag.Fingerprints(reportList(0))
	if diff := cmp.Diff(base, diag.Fingerprints(reportList(7))); diff != "" {
		t.Errorf("lines added above change the fingerprints (-before +after):\n%s", diff)
	}
	seen := map[string]int{}
	for i, fp := range base {
		if j, ok := seen[fp]; ok {
			t.Errorf("diagnostics %d and %d have the same fingerprint %s", j, i, fp)
		}
		seen[fp] = i
		if len(fp) != 32 || strings.Trim(fp, "0123456789abcdef") != "" {
			t.Errorf("fingerprint %q is not 32 hex digits", fp)
		}
	}
	// Every format that has fingerprints has the same ones in every
	// language and with lines moved.
	for _, format := range []string{"gitlab", "json", "sarif"} {
		var first []string
		for _, lang := range diag.Langs {
			for _, shift := range []int{0, 3} {
				var b bytes.Buffer
				if err := diag.WriteReport(&b, format, reportList(shift), reportOptions(lang)); err != nil {
					t.Fatal(err)
				}
				fps := fingerprintsIn(b.String())
				if len(fps) != len(base) {
					t.Fatalf("%s has %d fingerprints, want %d:\n%s", format, len(fps), len(base), b.String())
				}
				if first == nil {
					first = fps
				} else if diff := cmp.Diff(first, fps); diff != "" {
					t.Errorf("%s in %s with lines moved by %d: fingerprints change (-want +got):\n%s", format, lang, shift, diff)
				}
			}
		}
		if diff := cmp.Diff(base, first); diff != "" {
			t.Errorf("%s does not show Fingerprints (-want +got):\n%s", format, diff)
		}
	}
	// A subject, when set, stands for the arguments.
	a, b := reportList(0)[2:3], reportList(0)[2:3]
	b[0].Args = []any{"muu.png"}
	if diag.Fingerprints(a)[0] == diag.Fingerprints(b)[0] {
		t.Errorf("links to kuva.png and muu.png have the same fingerprint")
	}
	b[0].Subject, a[0].Subject = "/kuva", "/kuva"
	if diag.Fingerprints(a)[0] != diag.Fingerprints(b)[0] {
		t.Errorf("the same Subject gives different fingerprints")
	}
}

// TestFingerprintIsStable pins one fingerprint: a change resets every
// problem in GitLab's merge request widget and in code scanning, so it
// must be deliberate.
func TestFingerprintIsStable(t *testing.T) {
	const want = "522b81fb280c46934b291053558dc790" // sha256sum of "malli-fingerprint/1\0content/sivut/a.md\0frontmatter.duplicate-key\0title\00", first 32 digits
	if got := diag.Fingerprints(reportList(0)[1:2])[0]; got != want {
		t.Errorf("fingerprint of the duplicate key = %s, want %s", got, want)
	}
}

// fingerprintsIn returns the fingerprints of a gitlab, json or sarif
// report, in order.
func fingerprintsIn(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		for _, key := range []string{`"fingerprint": "`, `"malli/v1": "`} {
			if rest, ok := strings.CutPrefix(line, key); ok {
				out = append(out, strings.TrimRight(rest, `",`))
			}
		}
	}
	return out
}

// TestRepoPaths: a site in a subfolder of a repository gets paths under
// that subfolder, found from .git, GITHUB_WORKSPACE or CI_PROJECT_DIR, or
// given by --path-prefix; a site outside the variables' folder or with no
// repository keeps its paths.
func TestRepoPaths(t *testing.T) {
	repo := t.TempDir()
	site := filepath.Join(repo, "docs", "sivusto")
	if err := os.MkdirAll(site, 0o755); err != nil {
		t.Fatal(err)
	}
	other := t.TempDir()
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, tt := range []struct {
		name   string
		dotGit bool
		site   string
		prefix string
		env    map[string]string
		want   string
	}{
		{"no repository", false, site, "", nil, "content/x.md"},
		{"git folder", true, site, "", nil, "docs/sivusto/content/x.md"},
		{"git at the site", true, repo, "", nil, "content/x.md"},
		{"GITHUB_WORKSPACE", false, site, "", map[string]string{"GITHUB_WORKSPACE": repo}, "docs/sivusto/content/x.md"},
		{"CI_PROJECT_DIR", false, site, "", map[string]string{"CI_PROJECT_DIR": filepath.Join(repo, "docs")}, "sivusto/content/x.md"},
		{"GITHUB_WORKSPACE first", false, site, "", map[string]string{"GITHUB_WORKSPACE": repo, "CI_PROJECT_DIR": filepath.Join(repo, "docs")}, "docs/sivusto/content/x.md"},
		{"workspace elsewhere", true, site, "", map[string]string{"GITHUB_WORKSPACE": other}, "docs/sivusto/content/x.md"},
		{"prefix", true, site, "web", map[string]string{"GITHUB_WORKSPACE": repo}, "web/content/x.md"},
		{"prefix with slashes", false, site, "./web/site/", nil, "web/site/content/x.md"},
		{"prefix dot", true, site, ".", nil, "content/x.md"},
		{"relative site", true, "sivusto", "", nil, "docs/sivusto/content/x.md"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			gitDir := filepath.Join(repo, ".git")
			os.RemoveAll(gitDir)
			if tt.dotGit {
				if err := os.WriteFile(gitDir, []byte("gitdir: /elsewhere\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			siteDir := tt.site
			if !filepath.IsAbs(siteDir) {
				t.Chdir(filepath.Join(repo, "docs"))
			}
			m := diag.RepoPaths(siteDir, tt.prefix, env(tt.env))
			if got := m("content/x.md"); got != tt.want {
				t.Errorf("RepoPaths(%s, %q) maps content/x.md to %q, want %q", siteDir, tt.prefix, got, tt.want)
			}
		})
	}
}

func TestParseReport(t *testing.T) {
	for _, tt := range []struct{ spec, format, file string }{
		{"gitlab=gl-code-quality-report.json", "gitlab", "gl-code-quality-report.json"},
		{"sarif=out/a=b.sarif", "sarif", "out/a=b.sarif"},
		{"xml=a.xml", "", ""},
		{"gitlab", "", ""},
		{"gitlab=", "", ""},
	} {
		format, file, err := diag.ParseReport(tt.spec)
		if format != tt.format || file != tt.file || (err == nil) != (tt.format != "") {
			t.Errorf("ParseReport(%q) = %q, %q, %v; want %q, %q", tt.spec, format, file, err, tt.format, tt.file)
		}
	}
}

func TestAppendStepSummary(t *testing.T) {
	name := filepath.Join(t.TempDir(), "summary.md")
	if err := os.WriteFile(name, []byte("earlier step\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := func(k string) string { return map[string]string{"GITHUB_STEP_SUMMARY": name}[k] }
	if err := diag.AppendStepSummary(env, reportList(0), reportOptions(diag.EN)); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	diag.WriteReport(&want, "markdown", reportList(0), reportOptions(diag.EN))
	got, _ := os.ReadFile(name)
	if string(got) != "earlier step\n"+want.String() {
		t.Errorf("the summary file holds\n%s\nwant the earlier step and\n%s", got, want.String())
	}
	if err := diag.AppendStepSummary(func(string) string { return "" }, reportList(0), reportOptions(diag.EN)); err != nil {
		t.Errorf("without GITHUB_STEP_SUMMARY: %v", err)
	}
}

func TestWriteReportFile(t *testing.T) {
	name := filepath.Join(t.TempDir(), "reports", "gl-code-quality-report.json")
	if err := diag.WriteReportFile(name, "gitlab", reportList(0), reportOptions(diag.EN)); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	diag.WriteReport(&want, "gitlab", reportList(0), reportOptions(diag.EN))
	if got, _ := os.ReadFile(name); string(got) != want.String() {
		t.Errorf("the file holds\n%s\nwant\n%s", got, want.String())
	}
	if err := diag.WriteReportFile(name, "xml", nil, diag.ReportOptions{}); err == nil {
		t.Errorf("format xml: no error")
	}
}

// TestSummaryLinks: on GitHub Actions the summary links each problem to
// its file and line in the checked commit.
func TestSummaryLinks(t *testing.T) {
	env := map[string]string{"GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "org/repo", "GITHUB_SHA": "abc123"}
	opt := reportOptions(diag.EN)
	if diag.GitHubFileURL(func(string) string { return "" }) != nil {
		t.Errorf("GitHubFileURL outside GitHub Actions is not nil")
	}
	opt.FileURL = diag.GitHubFileURL(func(k string) string { return env[k] })
	var b bytes.Buffer
	if err := diag.WriteReport(&b, "markdown", reportList(0), opt); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| [docs/content/hankkeet/ä b.md](<https://github.com/org/repo/blob/abc123/docs/content/hankkeet/%C3%A4%20b.md\\#L3>) | 3:11 |",
		"| [docs/schemas/x.schema.json](<https://github.com/org/repo/blob/abc123/docs/schemas/x.schema.json>) |  |",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the summary has no row starting %q:\n%s", want, b.String())
		}
	}
}

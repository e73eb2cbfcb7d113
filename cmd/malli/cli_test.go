package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/malli-fi/malli/site/diag"
	"github.com/rogpeppe/go-internal/txtar"
)

var update = flag.Bool("update", false, "rewrite testdata/help.txtar")

// testCLI runs args with env (nothing else of the real environment) and
// whether stderr is a terminal; it returns the exit code and output.
func testCLI(t *testing.T, env map[string]string, terminal bool, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	c := newCLI(context.Background(), &out, &errb)
	c.getenv = func(k string) string { return env[k] }
	c.terminal = func(w io.Writer) bool { return terminal && w == io.Writer(&errb) }
	code = c.main(args)
	return code, out.String(), errb.String()
}

// TestHelpGoldens: the help of malli and of every command, in each
// language, is testdata/help.txtar (go test -run HelpGoldens -update
// rewrites it; read the diff). malli help CMD, malli CMD --help and
// malli CMD -h print the same, on stdout, with exit 0.
func TestHelpGoldens(t *testing.T) {
	const golden = "testdata/help.txtar"
	var got txtar.Archive
	got.Comment = []byte("The help of malli in each language: what malli help [COMMAND] prints.\nWritten by go test ./cmd/malli -run HelpGoldens -update.\n")
	for _, lang := range diag.Langs {
		l := string(lang)
		code, out, errs := testCLI(t, nil, false, "help", "--lang", l)
		if code != exitOK || errs != "" {
			t.Errorf("malli help --lang %s: exit %d, stderr %q", l, code, errs)
		}
		got.Files = append(got.Files, txtar.File{Name: l + "/malli", Data: []byte(out)})
		for _, cmd := range commands {
			code, out, errs := testCLI(t, nil, false, "help", cmd.name, "--lang", l)
			if code != exitOK || errs != "" {
				t.Errorf("malli help %s --lang %s: exit %d, stderr %q", cmd.name, l, code, errs)
			}
			for _, h := range []string{"--help", "-h"} {
				code2, out2, _ := testCLI(t, nil, false, "--lang", l, cmd.name, h)
				if code2 != exitOK || out2 != out {
					t.Errorf("malli --lang %s %s %s: exit %d, and its help differs from malli help %[2]s", l, cmd.name, h, code2)
				}
			}
			for _, line := range strings.Split(out, "\n") {
				if n := len([]rune(line)); n > 80 && !strings.HasPrefix(line, "  malli ") {
					t.Errorf("malli help %s --lang %s: a line of %d characters: %q", cmd.name, l, n, line)
				}
			}
			got.Files = append(got.Files, txtar.File{Name: l + "/" + cmd.name, Data: []byte(out)})
		}
	}
	data := txtar.Format(&got)
	if *update {
		if err := os.WriteFile(golden, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, want) {
		wa := txtar.Parse(want)
		byName := map[string]string{}
		for _, f := range wa.Files {
			byName[f.Name] = string(f.Data)
		}
		for _, f := range got.Files {
			if byName[f.Name] != string(f.Data) {
				t.Errorf("%s differs from %s (-update rewrites it):\n%s", f.Name, golden, f.Data)
			}
		}
		if len(wa.Files) != len(got.Files) {
			t.Errorf("%s has %d files, want %d", golden, len(wa.Files), len(got.Files))
		}
	}
}

// TestHelpEveryFlag: the help of a command shows each of its flags
// GNU-style, with its value.
func TestHelpEveryFlag(t *testing.T) {
	for _, cmd := range commands {
		h := commandHelp(cmd, diag.EN)
		for _, k := range cmd.flags {
			f := flagSpecs[k]
			want := "--" + f.name
			if !f.isBool() {
				want += " " + f.value.EN
			}
			if !strings.Contains(h, want) {
				t.Errorf("malli help %s does not show %q", cmd.name, want)
			}
		}
		if cmd.name != "help" && cmd.name != "version" && !strings.Contains(h, "malli "+cmd.name) {
			t.Errorf("malli help %s has no example", cmd.name)
		}
	}
	if !strings.Contains(topHelp(diag.FI), "init  ") || !strings.Contains(commandHelp(commandByName("init"), diag.EN), "creates a new site: content/, .gitignore, .vscode/, CI files") {
		t.Error("the help does not describe init")
	}
}

// TestLanguage: --lang, then LC_ALL, LC_MESSAGES and LANG choose the
// language of help and errors; anything but sv_* and en_* is Finnish.
func TestLanguage(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		args []string
		want string
	}{
		{nil, nil, "Käyttö:"},
		{map[string]string{"LANG": "sv_FI.UTF-8"}, nil, "Användning:"},
		{map[string]string{"LANG": "en_GB.UTF-8"}, nil, "Usage:"},
		{map[string]string{"LANG": "C.UTF-8"}, nil, "Käyttö:"},
		{map[string]string{"LANG": "de_DE.UTF-8"}, nil, "Käyttö:"},
		{map[string]string{"LANG": "sv_SE.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, nil, "Usage:"},
		{map[string]string{"LC_MESSAGES": "en_US.UTF-8", "LC_ALL": "fi_FI.UTF-8"}, nil, "Käyttö:"},
		{map[string]string{"LANG": "en_US.UTF-8"}, []string{"--lang", "sv"}, "Användning:"},
		{map[string]string{"LANG": "en_US.UTF-8"}, []string{"--lang=fi"}, "Käyttö:"},
	} {
		code, out, _ := testCLI(t, tc.env, false, append([]string{"help"}, tc.args...)...)
		if code != exitOK || !strings.Contains(out, tc.want) {
			t.Errorf("env %v, help %v: exit %d, want %q in\n%s", tc.env, tc.args, code, tc.want, out)
		}
	}
	_, _, errs := testCLI(t, map[string]string{"LANG": "sv_FI.UTF-8"}, false, "buidl")
	if !strings.Contains(errs, `okänt kommando "buidl"; menade du build?`) {
		t.Errorf("a usage error is not in the language of LANG:\n%s", errs)
	}
}

// TestUsageErrors: unknown commands and flags get the nearest name;
// check refuses the flags only build has; every usage error exits 2 and
// says where the help is.
func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"buidl"}, `malli: tuntematon komento "buidl"; tarkoititko build?`},
		{[]string{"chek"}, `tarkoititko check?`},
		{[]string{"--lang", "en", "serv"}, `malli: unknown command "serv"; did you mean serve?`},
		{[]string{"help", "buidl"}, `malli help: tuntematon komento "buidl"; tarkoititko build?`},
		{[]string{"frobnicate"}, "komennot: init, new, check, build"},
		{[]string{"build", "--base-ulr", "/x/"}, "malli build: tuntematon valitsin --base-ulr; tarkoititko --base-url?"},
		{[]string{"build", "--lang", "en", "--drafs"}, "malli build: unknown flag --drafs; did you mean --drafts?"},
		{[]string{"build", "--lang=sv", "-base-ulr=/x/"}, "okänd flagga -base-ulr; menade du --base-url?"},
		{[]string{"check", "-o", "out"}, "malli check: valitsin -o kuuluu vain komentoon build: check ei kirjoita sivustoa"},
		{[]string{"check", "--base-url", "/x/"}, "malli check: valitsin --base-url kuuluu vain komentoon build"},
		{[]string{"check", "--output=out"}, "valitsin --output kuuluu vain komentoon build"},
		{[]string{"check", "--lang", "en", "--base-url=/x/"}, "--base-url is a flag of build only: check does not write the site"},
		{[]string{"check", "--base-ulr", "/x/"}, "tarkoititko --base-url? valitsin --base-url kuuluu vain komentoon build"},
		{[]string{"build", "--port", "1"}, "valitsin --port ei kuulu komentoon build (komennot, joilla se on: serve)"},
		{[]string{"serve", "--lang", "en", "--strict"}, "--strict is not a flag of serve (commands that have it: check and build)"},
		{[]string{"build", "--base-url"}, "valitsin --base-url tarvitsee arvon: --base-url URL"},
		{[]string{"build", "--drafts=maybe"}, `valitsimen --drafts arvo "maybe" ei ole true eikä false`},
		{[]string{"build", "extra"}, `malli build: ylimääräinen argumentti "extra"`},
		{[]string{"check", "--format", "xml"}, `tuntematon muoto "xml" (sallitut: text, github, markdown, gitlab, json, sarif)`},
		{[]string{"check", "--report", "gitlab"}, "--report tarvitsee arvon muodossa MUOTO=TIEDOSTO"},
		{[]string{"check", "--report", "xml=a.xml"}, `tuntematon muoto "xml"`},
		{[]string{"check", "--report", "json=a", "--report", "gitlab=a"}, "tiedosto a on annettu kahdelle raportille"},
		{[]string{"check", "-q", "-v"}, "--quiet ja --verbose eivät käy yhdessä"},
		{[]string{"--lang", "de", "help"}, `malli: tuntematon kieli "de" (sallitut: fi, sv, en)`},
		{[]string{"completion"}, "kerro komentotulkki: malli completion bash|zsh|fish"},
		{[]string{"completion", "zhs"}, `tuntematon komentotulkki "zhs" (sallitut: bash, zsh, fish); tarkoititko zsh?`},
		{[]string{"serve", "--port", "x"}, `portti "x" ei ole luku`},
		{[]string{"init", "a", "b"}, "käyttö: malli init [--malli-version vX.Y.Z] [KANSIO]"},
		{[]string{"--lang", "en", "init", "--malli-version", "uusin"}, `--malli-version "uusin" is not a release (vX.Y.Z, e.g. v0.1.0)`},
	} {
		code, out, errs := testCLI(t, nil, false, tc.args...)
		if code != exitUsage || out != "" || !strings.Contains(errs, tc.want) {
			t.Errorf("malli %s: exit %d, stdout %q, want exit 2 and %q in stderr:\n%s", strings.Join(tc.args, " "), code, out, tc.want, errs)
		}
	}
	_, _, errs := testCLI(t, nil, false, "check", "-o", "x")
	if !strings.Contains(errs, "ohje: malli help check") {
		t.Errorf("a usage error does not say where the help is:\n%s", errs)
	}
}

// TestFlagOrder: flags are the same before and after the arguments, in
// every form; "--" ends them.
func TestFlagOrder(t *testing.T) {
	newCmd := commandByName("new")
	for _, args := range [][]string{
		{"--lang", "sv", "operating_model", "X"},
		{"operating_model", "X", "--lang", "sv"},
		{"operating_model", "--lang=sv", "X"},
		{"-lang", "sv", "operating_model", "X"},
		{"operating_model", "X", "-C", ".", "--lang", "sv"},
	} {
		p, err := parseFlags(newCmd, args, diag.FI)
		if err != nil {
			t.Errorf("%q: %v", args, err)
			continue
		}
		if got := strings.Join(p.args, "|"); got != "operating_model|X" || p.str("lang", "") != "sv" {
			t.Errorf("%q: args %q, --lang %q", args, got, p.str("lang", ""))
		}
	}
	p, err := parseFlags(newCmd, []string{"page", "--", "--lang"}, diag.FI)
	if err != nil || strings.Join(p.args, "|") != "page|--lang" {
		t.Errorf(`"--" does not end the flags: %v %v`, p, err)
	}
	p, err = parseFlags(commandByName("check"), []string{"--report", "json=a.json", "-q", "--report=gitlab=b.json", "-C", "site"}, diag.FI)
	if err != nil || strings.Join(p.all("report"), "|") != "json=a.json|gitlab=b.json" || !p.on("quiet") || p.str("C", "") != "site" {
		t.Errorf("repeated --report, -q, -C: %+v %v", p, err)
	}
	// What a command that parses its own flags (malli init) is given.
	p, err = parseFlags(commandByName("init"), []string{"uusi", "--malli-version", "v1.2.3", "--lang", "en"}, diag.FI)
	if got := strings.Join(p.forward("malli-version"), " "); err != nil || got != "-malli-version=v1.2.3 -- uusi" {
		t.Errorf("forward: %q %v", got, err)
	}
	// The global flags may come before the command.
	name, rest, ok := splitCommand([]string{"-C", "site", "--lang", "en", "check", "--strict"})
	if !ok || name != "check" || strings.Join(rest, " ") != "-C site --lang en --strict" {
		t.Errorf("splitCommand: %q %q %v", name, rest, ok)
	}
}

// TestNewFlagOrder: malli new takes --lang before and after its arguments.
func TestNewFlagOrder(t *testing.T) {
	dir := writeSite(t)
	for i, args := range [][]string{
		{"new", "--lang", "sv", "-C", dir, "operating_model", "Malli A"},
		{"new", "operating_model", "Malli B", "--lang", "sv", "-C", dir},
	} {
		code, out, errs := testCLI(t, nil, false, args...)
		want := fmt.Sprintf("content/toimintamallit/malli-%c.md\n", 'a'+i)
		if code != exitOK || out != want {
			t.Errorf("malli %q: exit %d, stdout %q, want %q; stderr %s", args, code, out, want, errs)
		}
	}
	_, _, errs := testCLI(t, nil, false, "new", "-C", dir, "operating_modl", "X", "--lang", "en")
	if !strings.Contains(errs, `unknown type "operating_modl"`) || !strings.Contains(errs, "did you mean operating_model?") {
		t.Errorf("a misspelt type:\n%s", errs)
	}
}

// TestNumbers: plural forms, decimal commas and thousands in each language.
func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		lang diag.Lang
		n    int
		p    plural
		want string
	}{
		{diag.FI, 0, nErrors, "0 virhettä"},
		{diag.FI, 1, nErrors, "1 virhe"},
		{diag.FI, 2, nErrors, "2 virhettä"},
		{diag.FI, 1, nWarnings, "1 varoitus"},
		{diag.FI, 1, nDocuments, "1 asiakirja"},
		{diag.FI, 12345, nPages, "12\u00a0345 sivua"},
		{diag.SV, 1, nErrors, "1 fel"},
		{diag.SV, 2, nErrors, "2 fel"},
		{diag.SV, 2, nWarnings, "2 varningar"},
		{diag.SV, 1, nPages, "1 sida"},
		{diag.SV, 0, nPages, "0 sidor"},
		{diag.EN, 1, nErrors, "1 error"},
		{diag.EN, 0, nErrors, "0 errors"},
		{diag.EN, 2, nExports, "2 exports"},
		{diag.EN, 1234567, nDocuments, "1,234,567 documents"},
		{diag.EN, 1000, nDocuments, "1000 documents"},
	} {
		if got := count(tc.n, tc.p, tc.lang); got != tc.want {
			t.Errorf("%s %d: %q, want %q", tc.lang, tc.n, got, tc.want)
		}
	}
	for lang, want := range map[diag.Lang]string{diag.FI: "0,10 s", diag.SV: "0,10 s", diag.EN: "0.10 s"} {
		if got := seconds(100*time.Millisecond, lang); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}

// TestBuildOutput: the summary goes to stderr in every format; --quiet
// shows only errors; --verbose the stages; colour and the progress line
// only on a terminal, never with NO_COLOR or TERM=dumb.
func TestBuildOutput(t *testing.T) {
	dir := writeSite(t)
	for _, format := range []string{"text", "json", "gitlab", "github"} {
		code, _, errs := testCLI(t, nil, false, "check", "-C", dir, "--format", format)
		if code != exitOK || !strings.Contains(errs, "malli check: 2 asiakirjaa, 0 varoitusta, 0 virhettä (") {
			t.Errorf("check --format %s: exit %d, no summary on stderr:\n%s", format, code, errs)
		}
	}
	code, out, errs := testCLI(t, nil, false, "build", "-C", dir, "--lang", "en")
	if code != exitOK || !regexpMatch(`(?m)^malli build: documents: Pages 1\nmalli build: 2 documents, \d+ pages, \d+ exports, 0 warnings, 0 errors \(\d+\.\d\d s\)\n$`, errs) || out != "" {
		t.Errorf("build: exit %d, stdout %q, stderr:\n%s", code, out, errs)
	}
	if strings.ContainsAny(errs, "\x1b\r") {
		t.Errorf("escape codes or a progress line on a non-terminal: %q", errs)
	}
	code, out, errs = testCLI(t, nil, false, "check", "-C", dir, "-q")
	if code != exitOK || out != "" || errs != "" {
		t.Errorf("check -q on a clean site: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, _, errs = testCLI(t, nil, false, "build", "-C", dir, "-v")
	for _, want := range []string{"malli build: vaihe luku ", "malli build: vaihe tarkistus ", "(2 asiakirjaa)", "malli build: vaihe kirjoitus ", "tiedostoa kansioon "} {
		if code != exitOK || !strings.Contains(errs, want) {
			t.Errorf("build -v: exit %d, want %q in:\n%s", code, want, errs)
		}
	}

	// A terminal: colour, unless NO_COLOR or TERM=dumb.
	_, _, errs = testCLI(t, nil, true, "check", "-C", dir)
	if !strings.Contains(errs, colGreen+"0 virhettä"+colReset) {
		t.Errorf("no colour on a terminal: %q", errs)
	}
	for _, env := range []map[string]string{{"NO_COLOR": "1"}, {"TERM": "dumb"}} {
		_, _, errs = testCLI(t, env, true, "check", "-C", dir)
		if strings.Contains(errs, "\x1b") {
			t.Errorf("escape codes with %v: %q", env, errs)
		}
	}

	// Problems: --quiet keeps the errors and the count of them.
	broken := filepath.Join(dir, "content/sivut/rikki.md")
	if err := os.WriteFile(broken, []byte("---\ntitle: Rikki\nsummary: R.\nstatus: valmis\nmodified: 2024-01-01\ntitel: x\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = testCLI(t, nil, false, "check", "-C", dir, "--quiet")
	if code != exitContent || !strings.Contains(out, "virhe: kentän \"status\"") || strings.Contains(out, "varoitus") || errs != "malli check: 1 virhe\n" {
		t.Errorf("check --quiet: exit %d, stdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	code, _, errs = testCLI(t, nil, false, "check", "-C", dir)
	if code != exitContent || !strings.Contains(errs, "malli check: asiakirjat: Sivut 2 (1 julkaistu, 1 valmis)\n") || !strings.Contains(errs, "1 varoitus, 1 virhe (") {
		t.Errorf("check: exit %d, stderr:\n%s", code, errs)
	}
}

func regexpMatch(re, s string) bool {
	return mustRegexp(re).MatchString(s)
}

// TestProgressLine: the progress line is rewritten in place and cleared.
func TestProgressLine(t *testing.T) {
	var errb bytes.Buffer
	c := newCLI(context.Background(), io.Discard, &errb)
	c.terminal = func(io.Writer) bool { return true }
	c.progressAfter = time.Hour
	o := c.output("build", false, false)
	o.start()
	o.progress("scan", 0, 12000)
	o.progress("scan", 4210, 12000)
	o.draw()
	o.progress("emit", 7, 9)
	o.draw()
	o.stop()
	got := errb.String()
	if !strings.HasPrefix(got, "\rmalli build: tarkistetaan asiakirjoja 4210/12\u00a0000 … ") || !strings.Contains(got, "\rmalli build: kirjoitetaan tiedostoja 7/9 … ") {
		t.Errorf("progress line: %q", got)
	}
	lines := strings.Split(got, "\r")
	if last := lines[len(lines)-2]; strings.TrimSpace(last) != "" || len(lines[len(lines)-1]) != 0 {
		t.Errorf("the progress line is not cleared: %q", got)
	}
}

// TestReports: --report writes each report beside the normal output, with
// --path-prefix before the paths; the summary stays on stderr.
func TestReports(t *testing.T) {
	dir := writeSite(t)
	if err := os.WriteFile(filepath.Join(dir, "content/sivut/rikki.md"), []byte("---\ntitle: Rikki\nsummary: R.\nstatus: valmis\nmodified: 2024-01-01\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	gl, js, tx := filepath.Join(out, "gl.json"), filepath.Join(out, "r.json"), filepath.Join(out, "log.txt")
	code, stdout, errs := testCLI(t, nil, false, "check", "-C", dir, "--format", "github", "--report", "gitlab="+gl, "--report=json="+js, "--report", "text="+tx, "--path-prefix", "docs/")
	if code != exitContent || !strings.HasPrefix(stdout, "::error file=docs/content/sivut/rikki.md,line=4") || !strings.Contains(errs, "1 virhe (") {
		t.Errorf("check with reports: exit %d, stdout:\n%s\nstderr:\n%s", code, stdout, errs)
	}
	for file, want := range map[string]string{gl: `"path": "docs/content/sivut/rikki.md"`, js: `"code": "schema.enum"`, tx: "docs/content/sivut/rikki.md:4:9: virhe:"} {
		data, err := os.ReadFile(file)
		if err != nil || !strings.Contains(string(data), want) {
			t.Errorf("%s: %v, want %q in:\n%s", filepath.Base(file), err, want, data)
		}
	}
}

// TestVersion: the module version, the commit and its date when known,
// and the Go version.
func TestVersion(t *testing.T) {
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/malli-fi/malli", Version: "v1.2.3"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "5b520a5c0d1e2f3a4b5c"}, {Key: "vcs.time", Value: "2026-12-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	want := "malli v1.2.3 (commit 5b520a5c0d1e, 2026-12-01T10:00:00Z, modified) go1.26.8 " + runtime.GOOS + "/" + runtime.GOARCH
	if got := versionLine(bi, diag.EN); got != want {
		t.Errorf("versionLine:\n%s\nwant\n%s", got, want)
	}
	if got := versionLine(&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, diag.FI); !strings.HasPrefix(got, "malli (devel) go") {
		t.Errorf("without version control: %q", got)
	}
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, out, _ := testCLI(t, nil, false, args...)
		if code != exitOK || !strings.HasPrefix(out, "malli ") || !strings.Contains(out, runtime.Version()) {
			t.Errorf("malli %s: exit %d, %q", args[0], code, out)
		}
	}
}

// TestCompletion: the scripts parse in their shells, and the bash one
// completes commands, flags and type names.
func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		code, script, errs := testCLI(t, nil, false, "completion", shell)
		if code != exitOK || errs != "" {
			t.Fatalf("completion %s: exit %d: %s", shell, code, errs)
		}
		flag := "--base-url"
		if shell == "fish" {
			flag = "-l base-url"
		}
		for _, want := range []string{"build", flag, "operating_model"} {
			if !strings.Contains(script, want) {
				t.Errorf("the %s script has no %s", shell, want)
			}
		}
		path, err := exec.LookPath(shell)
		if err != nil {
			t.Logf("%s is not installed: its script is not parsed", shell)
			continue
		}
		f := filepath.Join(t.TempDir(), "malli."+shell)
		if err := os.WriteFile(f, []byte(script), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(path, "-n", f).CombinedOutput(); err != nil {
			t.Errorf("%s -n: %v\n%s", shell, err, out)
		}
		if shell == "fish" {
			for _, tc := range []struct{ line, want string }{
				{"malli bui", "build"},
				{"malli build --base", "--base-url"},
				{"malli new oper", "operating_model"},
				{"malli help se", "serve"},
			} {
				out, err := exec.Command(path, "-c", fmt.Sprintf("source %s; complete -C '%s'", f, tc.line)).CombinedOutput()
				if first, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\t"); err != nil || first != tc.want {
					t.Errorf("fish completes %q as %q (%v), want %q", tc.line, out, err, tc.want)
				}
			}
		}
		if shell != "bash" {
			continue
		}
		for _, tc := range []struct{ words, want string }{
			{"malli bui", "build"},
			{"malli build --base", "--base-url"},
			{"malli check --fo", "--format"},
			{"malli check --format gi", "github gitlab"},
			{"malli -C site che", "check"},
			{"malli new oper", "operating_model"},
			{"malli help se", "serve"},
			{"malli completion z", "zsh"},
		} {
			words := strings.Fields(tc.words)
			sh := fmt.Sprintf("source %s; COMP_WORDS=(%s); COMP_CWORD=%d; _malli; echo \"${COMPREPLY[*]}\"", f, strings.Join(words, " "), len(words)-1)
			out, err := exec.Command(path, "-c", sh).CombinedOutput()
			if err != nil || strings.TrimSpace(string(out)) != tc.want {
				t.Errorf("bash completes %q as %q (%v), want %q", tc.words, out, err, tc.want)
			}
		}
	}
}

func mustRegexp(re string) *regexp.Regexp { return regexp.MustCompile(re) }

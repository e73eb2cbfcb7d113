package scaffold

import (
	"bytes"
	"embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"text/template"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/schema"
)

// Release is the malli release a new site's CI installs when the running
// malli is no release itself (a build from source): the latest tag
// vX.Y.Z of github.com/malli-fi/malli. Raise it with every release (see
// README, "Releases").
const Release = "v0.1.0"

// Go is the Go version GitLab CI's image has (golang:<Go>); malli's go.mod
// needs at least this (a test checks). GitHub's setup-go takes the latest
// stable Go.
const Go = "1.26"

var releaseRE = regexp.MustCompile(`^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$`)

// IsRelease reports whether v is a release tag: vX.Y.Z, no pre-release or
// pseudo-version suffix.
func IsRelease(v string) bool { return releaseRE.MatchString(v) }

// Pin is the version a new site's CI installs: the running malli's module
// version when that is a release, else Release.
func Pin(running string) string {
	if IsRelease(running) {
		return running
	}
	return Release
}

// Settings are what the CI and editor files of a site depend on.
type Settings struct {
	// Version is the malli release CI installs, vX.Y.Z.
	Version string
	// Self is for the malli repository itself: CI installs malli from
	// the checked-out source instead of the pinned release, so that the
	// repository's content is checked by the malli it is written for.
	Self bool
}

// File is one file malli init writes.
type File struct {
	Path string // slash-separated, relative to the site's folder
	Data []byte
}

//go:embed templates
var templates embed.FS

// CIFiles are the GitHub Actions workflow with the problem matcher it
// adds (diag.ProblemMatcher), and the GitLab CI file.
func CIFiles(s Settings) ([]File, error) {
	out := []File{{diag.ProblemMatcherPath, diag.ProblemMatcher}}
	for _, f := range []struct{ path, tmpl string }{
		{".github/workflows/malli.yml", "github-workflow.yml"},
		{".gitlab-ci.yml", "gitlab-ci.yml"},
	} {
		data, err := execute(f.tmpl, s, nil)
		if err != nil {
			return nil, err
		}
		out = append(out, File{f.path, data})
	}
	return out, nil
}

// Site returns every file of a new site, sorted by path: an example draft
// of each type of reg (and the home page's text), .gitignore, the VS Code
// tasks and settings, and the CI files. today is YYYY-MM-DD.
func Site(reg *schema.Registry, s Settings, today string) ([]File, error) {
	if !IsRelease(s.Version) {
		return nil, fmt.Errorf("%q is no release version (vX.Y.Z)", s.Version)
	}
	out, err := CIFiles(s)
	if err != nil {
		return nil, err
	}
	examples := map[string]string{}
	for _, t := range reg.Types {
		if examples[t.Name], err = ExampleID(t); err != nil {
			return nil, err
		}
	}
	for _, t := range reg.Types {
		name, data, err := Example(t, today, examples)
		if err != nil {
			return nil, err
		}
		out = append(out, File{"content/" + name, data})
	}
	if reg.Index != nil {
		name, data, err := Home(reg.Index, today)
		if err != nil {
			return nil, err
		}
		out = append(out, File{"content/" + name, data})
	}
	for _, f := range []struct{ path, tmpl string }{
		{".gitignore", "gitignore"},
		{".vscode/tasks.json", "tasks.json"},
		{".vscode/settings.json", "settings.json"},
		{".vscode/extensions.json", "extensions.json"},
	} {
		data, err := execute(f.tmpl, s, reg.Types)
		if err != nil {
			return nil, err
		}
		out = append(out, File{f.path, data})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// SchemaURL is where the editor settings find the schemas: the pinned
// release's own, so that editor and CI agree.
func SchemaURL(version string) string {
	return "https://raw.githubusercontent.com/malli-fi/malli/" + version + "/schemas/"
}

func execute(name string, s Settings, types []*schema.Type) ([]byte, error) {
	text, err := templates.ReadFile("templates/" + name)
	if err != nil {
		return nil, err
	}
	t, err := template.New(name).Delims("[[", "]]").Option("missingkey=error").Parse(string(text))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = t.Execute(&b, struct {
		Settings
		Go, SchemaBase string
		Types          []*schema.Type
	}{s, Go, SchemaURL(s.Version), types})
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(b.String(), "\n") {
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}

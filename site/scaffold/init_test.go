package scaffold

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"go.yaml.in/yaml/v3"

	"github.com/malli-fi/malli/schemas"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/schema"
)

var update = flag.Bool("update", false, "rewrite the repository's own CI files from the templates")

func registry(t *testing.T) *schema.Registry {
	t.Helper()
	reg, ds := schema.Compile(schemas.FS, "(malli)/schemas")
	if err := ds.Err(); err != nil {
		t.Fatal(err)
	}
	return reg
}

func siteFiles(t *testing.T) map[string][]byte {
	t.Helper()
	files, err := Site(registry(t), Settings{Version: "v1.2.3"}, "2026-01-02")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		out[f.Path] = f.Data
	}
	return out
}

// TestSiteHasAnExampleOfEveryType: the examples come from the schemas.
func TestSiteHasAnExampleOfEveryType(t *testing.T) {
	reg := registry(t)
	files := siteFiles(t)
	for _, typ := range reg.Types {
		var found []string
		for p := range files {
			if strings.HasPrefix(p, "content/"+typ.Folder+"/") {
				found = append(found, p)
			}
		}
		if len(found) != 1 {
			t.Errorf("%s: examples %v, want one", typ.Name, found)
			continue
		}
		text := string(files[found[0]])
		if !strings.Contains(text, "\nstatus: draft\n") {
			t.Errorf("%s is no draft:\n%s", found[0], text)
		}
		for _, s := range typ.Sections {
			if !strings.Contains(text, "\n## "+s.Title.In("fi")+"\n\nKirjoita tähän") {
				t.Errorf("%s: no section %q saying what to write", found[0], s.Title.In("fi"))
			}
		}
	}
	for _, p := range []string{"content/_index.md", ".gitignore", ".vscode/tasks.json", ".vscode/settings.json",
		".vscode/extensions.json", ".github/workflows/malli.yml", ".gitlab-ci.yml"} {
		if files[p] == nil {
			t.Errorf("no %s", p)
		}
	}
	if string(files[".gitignore"]) != "# malli build writes the site here; CI builds it again.\npublic/\n" {
		t.Errorf(".gitignore = %q", files[".gitignore"])
	}
	if _, err := Site(reg, Settings{Version: "v1.2"}, "2026-01-02"); err == nil {
		t.Error("Site accepts version v1.2")
	}
}

func TestPin(t *testing.T) {
	for _, tc := range []struct{ running, want string }{
		{"v1.2.3", "v1.2.3"},
		{"v0.10.0", "v0.10.0"},
		{"(devel)", Release},
		{"", Release},
		{"v1.2.4-0.20260101000000-abcdefabcdef", Release}, // a pseudo-version
		{"v1.2.3-rc.1", Release},
		{"v1.2.3+dirty", Release},
		{"v01.2.3", Release},
	} {
		if got := Pin(tc.running); got != tc.want {
			t.Errorf("Pin(%q) = %q, want %q", tc.running, got, tc.want)
		}
	}
	if !IsRelease(Release) {
		t.Errorf("Release %q is no vX.Y.Z", Release)
	}
}

// yamlToJSON decodes YAML into the values encoding/json gives, for the
// JSON Schema validator.
func yamlToJSON(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	j, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(j))
	dec.UseNumber()
	var out any
	if err := dec.Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

// fileData returns the data of the file at path among files.
func fileData(t *testing.T, files []File, path string) []byte {
	t.Helper()
	for _, f := range files {
		if f.Path == path {
			return f.Data
		}
	}
	t.Fatalf("no %s among the CI files", path)
	return nil
}

// TestProblemMatcherShipped: the CI files carry the problem matcher the
// workflow adds, as diag embeds it.
func TestProblemMatcherShipped(t *testing.T) {
	files, err := CIFiles(Settings{Version: "v1.2.3"})
	if err != nil {
		t.Fatal(err)
	}
	if got := fileData(t, files, diag.ProblemMatcherPath); !bytes.Equal(got, diag.ProblemMatcher) {
		t.Errorf("%s is not diag.ProblemMatcher", diag.ProblemMatcherPath)
	}
}

// TestGitHubWorkflow validates the workflow against SchemaStore's schema
// for GitHub workflows (testdata/README.md) and checks what it does.
func TestGitHubWorkflow(t *testing.T) {
	c := jsonschema.NewCompiler()
	f, err := os.Open("testdata/github-workflow.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const url = "https://json.schemastore.org/github-workflow.json"
	if err := c.AddResource(url, f); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	for _, self := range []bool{false, true} {
		files, err := CIFiles(Settings{Version: "v1.2.3", Self: self})
		if err != nil {
			t.Fatal(err)
		}
		data := fileData(t, files, ".github/workflows/malli.yml")
		if err := sch.Validate(yamlToJSON(t, data)); err != nil {
			t.Errorf("self %v: the workflow is not valid:\n%v\n%s", self, err, data)
		}
		if err := sch.Validate(yamlToJSON(t, bytes.Replace(data, []byte("pages: write"), []byte("pages: writable"), 1))); err == nil {
			t.Error("the schema accepts a permission pages: writable")
		}
		var w struct {
			On          map[string]any
			Env         map[string]string
			Permissions map[string]string
			Jobs        map[string]struct {
				If          string
				Needs       any
				Permissions map[string]string
				Concurrency struct{ Group string }
				Environment struct{ Name string }
				Steps       []struct{ Uses, Run, If string }
			}
		}
		if err := yaml.Unmarshal(data, &w); err != nil {
			t.Fatal(err)
		}
		if _, ok := w.On["push"]; !ok {
			t.Error("not on push")
		}
		if _, ok := w.On["pull_request"]; !ok {
			t.Error("not on pull requests")
		}
		if w.Env["MALLI_VERSION"] != "v1.2.3" || w.Permissions["contents"] != "read" {
			t.Errorf("env %v, permissions %v", w.Env, w.Permissions)
		}
		steps := func(job string) string {
			var b strings.Builder
			for _, s := range w.Jobs[job].Steps {
				b.WriteString(s.Uses + "|" + s.Run + "|" + s.If + "\n")
			}
			return b.String()
		}
		install := `go install "github.com/malli-fi/malli/cmd/malli@${MALLI_VERSION}"`
		if self {
			install = "go install ./cmd/malli"
		}
		for _, want := range []string{install, `echo "::add-matcher::` + diag.ProblemMatcherPath + `"`,
			`malli check --report markdown="$GITHUB_STEP_SUMMARY"`} {
			if !strings.Contains(steps("check"), want) {
				t.Errorf("self %v: the check job has no %q:\n%s", self, want, steps("check"))
			}
		}
		b := w.Jobs["build"]
		if !strings.Contains(b.If, "default_branch") || !strings.Contains(b.If, "pull_request") || b.Needs != "check" {
			t.Errorf("build runs if %q after %v", b.If, b.Needs)
		}
		for _, want := range []string{install, "actions/configure-pages@", `malli build --base-url "${{ steps.pages.outputs.base_url }}/"`,
			"actions/upload-pages-artifact@"} {
			if !strings.Contains(steps("build"), want) {
				t.Errorf("self %v: the build job has no %q:\n%s", self, want, steps("build"))
			}
		}
		d := w.Jobs["deploy"]
		if d.Permissions["pages"] != "write" || d.Permissions["id-token"] != "write" || d.Concurrency.Group != "pages" ||
			d.Environment.Name != "github-pages" || !strings.Contains(steps("deploy"), "actions/deploy-pages@") || d.Needs != "build" {
			t.Errorf("deploy job: %+v", d)
		}
	}
}

// TestGitLabCI: a check job that uploads the code-quality report and
// prints the text log, and a pages job that publishes public/ from the
// default branch.
func TestGitLabCI(t *testing.T) {
	for _, self := range []bool{false, true} {
		files, err := CIFiles(Settings{Version: "v1.2.3", Self: self})
		if err != nil {
			t.Fatal(err)
		}
		var ci struct {
			Variables map[string]string
			Default   struct {
				Image        string
				BeforeScript []string `yaml:"before_script"`
			}
			Check struct {
				Stage     string
				Script    []string
				Artifacts struct {
					When    string
					Reports struct{ Codequality string }
				}
			}
			Pages struct {
				Stage     string
				Needs     []string
				Script    []string
				Artifacts struct{ Paths []string }
				Rules     []struct{ If string }
			}
		}
		gitlab := fileData(t, files, ".gitlab-ci.yml")
		dec := yaml.NewDecoder(bytes.NewReader(gitlab))
		dec.KnownFields(true)
		if err := dec.Decode(&ci); err != nil {
			t.Fatalf("%v\n%s", err, gitlab)
		}
		install := `go install "github.com/malli-fi/malli/cmd/malli@${MALLI_VERSION}"`
		if self {
			install = "go install ./cmd/malli"
		}
		if ci.Variables["MALLI_VERSION"] != "v1.2.3" || ci.Default.Image != "golang:"+Go ||
			!reflect.DeepEqual(ci.Default.BeforeScript, []string{install}) {
			t.Errorf("variables %v, default %+v", ci.Variables, ci.Default)
		}
		if ci.Check.Stage != "test" || ci.Check.Artifacts.When != "always" ||
			ci.Check.Artifacts.Reports.Codequality != "gl-code-quality-report.json" ||
			!reflect.DeepEqual(ci.Check.Script, []string{"malli check --report gitlab=gl-code-quality-report.json"}) {
			t.Errorf("check job: %+v", ci.Check)
		}
		if ci.Pages.Stage != "deploy" || !reflect.DeepEqual(ci.Pages.Needs, []string{"check"}) || !reflect.DeepEqual(ci.Pages.Artifacts.Paths, []string{"public"}) ||
			!reflect.DeepEqual(ci.Pages.Script, []string{`malli build --base-url "${CI_PAGES_URL}/"`}) ||
			len(ci.Pages.Rules) != 1 || ci.Pages.Rules[0].If != "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH" {
			t.Errorf("pages job: %+v", ci.Pages)
		}
	}
}

// TestRepositoryCI: this repository's own CI files are what the templates
// give for it (malli built from the checked-out source). -update rewrites
// them.
func TestRepositoryCI(t *testing.T) {
	files, err := CIFiles(Settings{Version: Release, Self: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		path := filepath.Join("..", "..", filepath.FromSlash(f.Path))
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("%s is not what the template gives (go test ./site/scaffold -run RepositoryCI -update)", f.Path)
		}
	}
}

// TestGoVersion: GitLab's image has at least the Go that go.mod needs.
func TestGoVersion(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindSubmatch(mod)
	if m == nil || string(m[1]) != Go {
		t.Errorf("go.mod's go %s, scaffold.Go %s", m[1], Go)
	}
}

// jsonc is JSON with // comment lines, as VS Code reads its files.
func jsonc(t *testing.T, data []byte, v any) {
	t.Helper()
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "//") {
			lines = append(lines, l)
		}
	}
	if err := json.Unmarshal([]byte(strings.Join(lines, "\n")), v); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
}

// TestVSCode: the check --watch task is README's (which TestReadmeTask
// matches against check --watch's output), and the YAML extension has
// every type's schema at the pinned release.
func TestVSCode(t *testing.T) {
	files := siteFiles(t)
	var tasks struct {
		Version string
		Tasks   []map[string]any
	}
	jsonc(t, files[".vscode/tasks.json"], &tasks)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var want struct{ Tasks []map[string]any }
	for _, block := range strings.Split(string(readme), "```json\n")[1:] {
		block = block[:strings.Index(block, "```")]
		if strings.Contains(block, "check --watch") {
			jsonc(t, []byte(block), &want)
		}
	}
	if len(want.Tasks) != 1 || len(tasks.Tasks) != 2 || !reflect.DeepEqual(tasks.Tasks[0], want.Tasks[0]) {
		t.Errorf("the check --watch task is not README's:\n%v\n%v", tasks.Tasks, want.Tasks)
	}
	if tasks.Tasks[1]["command"] != "malli serve --drafts --open" {
		t.Errorf("second task %v", tasks.Tasks[1])
	}
	var settings struct {
		Schemas map[string]string `json:"yaml.schemas"`
	}
	jsonc(t, files[".vscode/settings.json"], &settings)
	reg := registry(t)
	if len(settings.Schemas) != len(reg.Types) {
		t.Errorf("yaml.schemas has %d schemas, the registry %d types", len(settings.Schemas), len(reg.Types))
	}
	for _, typ := range reg.Types {
		url := SchemaURL("v1.2.3") + typ.File
		if settings.Schemas[url] != "luonnokset/"+typ.Folder+"/*.yaml" {
			t.Errorf("yaml.schemas[%s] = %q", url, settings.Schemas[url])
		}
		if _, err := schemas.FS.Open(typ.File); err != nil {
			t.Error(err)
		}
	}
	var ext struct{ Recommendations []string }
	jsonc(t, files[".vscode/extensions.json"], &ext)
	if !reflect.DeepEqual(ext.Recommendations, []string{"redhat.vscode-yaml"}) {
		t.Errorf("extensions %v", ext)
	}
}

// TestReadmeRelease: README's install line names the current release.
func TestReadmeRelease(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(readme, []byte("go install github.com/malli-fi/malli/cmd/malli@"+Release+" ")) {
		t.Errorf("README does not install release %s", Release)
	}
}

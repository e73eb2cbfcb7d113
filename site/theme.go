package site

import (
	"crypto/sha256"
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/frontmatter"
	"github.com/malli-fi/malli/site/render"
	"github.com/malli-fi/malli/site/source"
	defaulttheme "github.com/malli-fi/malli/themes/default"
)

// Themes. The default theme is the site's themes/default/, or malli's
// embedded one when the site has none. A site selects a theme of its own
// with theme: <name> in content/_index.md's front matter: every file of
// themes/<name>/ (a layout, a partial, static/malli.css, an i18n file)
// takes the place of the default theme's file of the same path, and
// every other file is the default theme's.

// ThemesDir is the folder of the site's themes.
const ThemesDir = "themes"

// embeddedTheme is where diagnostics place the files of the embedded
// default theme, as "(malli)/schemas" the embedded schemas.
const embeddedTheme = "(malli)/themes/default"

// theme is the site's theme as loaded: its files' sum, and for each of
// its files (by its path in the theme: "layouts/x.html") the site's path
// of the file it is ("themes/yritys/layouts/x.html").
type theme struct {
	th      *render.Theme
	sum     [sha256.Size]byte
	origins map[string]string
	data    map[string][]byte // the site's files by their path, for diagnostics' lines
}

// loadTheme loads the theme the site in tree selects. A theme that cannot
// be used (unknown, or a template that does not parse) is a diagnostic,
// and the default theme is loaded in its place so that the content is
// still checked; err is a failure of malli's own theme. prev, when not
// nil, is the previous build's, reused when the files are the same.
func loadTheme(tree *source.Tree, prev *theme) (*theme, diag.List, error) {
	var diags diag.List
	base, err := defaultFiles(tree)
	if err != nil {
		return nil, nil, err
	}
	candidates := [][]source.File{base}
	if name, pos, ok := selectedTheme(tree); ok && name != "default" {
		if own := themeFiles(tree, name); len(own) == 0 {
			diags.Errorf(pos, diag.ThemeUnknown, name, strings.Join(themeNames(tree), ", "))
		} else {
			candidates = [][]source.File{overlay(base, own), base}
		}
	}
	if !strings.HasPrefix(base[0].Path, embeddedTheme) {
		embedded, err := embeddedFiles()
		if err != nil {
			return nil, nil, err
		}
		candidates = append(candidates, embedded)
	}
	for _, files := range candidates {
		t, err := load(files, prev)
		var te *render.TemplateError
		if errors.As(err, &te) && !strings.HasPrefix(t.origins[te.File], embeddedTheme) {
			diags.Append(diag.List{{Pos: diag.Pos{File: t.origins[te.File], Line: te.Line, Col: te.Col}, Severity: diag.Error, Code: diag.ThemeTemplate, Args: []any{te.Msg}}})
			continue
		}
		if err != nil {
			return nil, diags, err
		}
		return t, diags, nil
	}
	return nil, diags, errors.New("loading theme: no theme loads") // the embedded one always does
}

// load parses the theme made of files (each Rel to the theme, Path the
// site's path of it), or reuses prev's when the files are the same. On a
// template error it returns the theme's origins with the error.
func load(files []source.File, prev *theme) (*theme, error) {
	t := &theme{origins: make(map[string]string, len(files)), data: map[string][]byte{}}
	for _, f := range files {
		t.origins[f.Rel] = f.Path
		if !strings.HasPrefix(f.Path, embeddedTheme) {
			t.data[f.Path] = f.Data
		}
	}
	fsys := source.MemFS(files)
	var err error
	if t.sum, err = sumFS(fsys); err != nil {
		return t, err
	}
	if prev != nil && prev.sum == t.sum {
		t.th = prev.th
		return t, nil
	}
	t.th, err = render.LoadTheme(fsys)
	return t, err
}

// selectedTheme returns the value of theme in content/_index.md's front
// matter and its position, if it is a string.
func selectedTheme(tree *source.Tree) (string, diag.Pos, bool) {
	for _, f := range tree.Files("content") {
		if f.Rel != "_index.md" {
			continue
		}
		doc, _ := frontmatter.Parse(f.Path, f.Data) // its problems are the scan's to report
		if doc.Front == nil {
			return "", diag.Pos{}, false
		}
		if n := doc.Front.Get("theme"); n != nil && n.Kind == frontmatter.String && n.Text != "" {
			return n.Text, n.Pos, true
		}
	}
	return "", diag.Pos{}, false
}

// themeFiles returns the files of the site's themes/<name>/, each Rel to it.
func themeFiles(tree *source.Tree, name string) []source.File {
	prefix := ThemesDir + "/" + name + "/"
	var out []source.File
	for _, f := range tree.Files(ThemesDir) {
		if rel, ok := strings.CutPrefix(f.Path, prefix); ok {
			out = append(out, source.File{Path: f.Path, Rel: rel, Data: f.Data})
		}
	}
	return out
}

// themeNames returns the names of the site's themes, sorted ("default"
// always among them).
func themeNames(tree *source.Tree) []string {
	names := []string{"default"}
	for _, f := range tree.Files(ThemesDir) {
		rel := strings.TrimPrefix(f.Path, ThemesDir+"/")
		if name, _, ok := strings.Cut(rel, "/"); ok && !containsString(names, name) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// defaultFiles returns the files of the default theme: the site's
// themes/default/ when it has one, else the embedded theme's.
func defaultFiles(tree *source.Tree) ([]source.File, error) {
	if own := themeFiles(tree, "default"); len(own) > 0 {
		return own, nil
	}
	return embeddedFiles()
}

func embeddedFiles() ([]source.File, error) {
	var out []source.File
	err := fs.WalkDir(defaulttheme.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(defaulttheme.FS, p)
		out = append(out, source.File{Path: path.Join(embeddedTheme, p), Rel: p, Data: data})
		return err
	})
	return out, err
}

// overlay returns base with each file of top in place of base's file of
// the same Rel, and top's other files added, sorted by Rel.
func overlay(base, top []source.File) []source.File {
	byRel := map[string]source.File{}
	for _, f := range base {
		byRel[f.Rel] = f
	}
	for _, f := range top {
		byRel[f.Rel] = f
	}
	out := make([]source.File, 0, len(byRel))
	for _, f := range byRel {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Rel < out[j].Rel })
	return out
}

// loadThemeInto is loadTheme adding its diagnostics to diags.
func loadThemeInto(diags *diag.List, tree *source.Tree, prev *theme) (*theme, error) {
	t, ds, err := loadTheme(tree, prev)
	diags.Append(ds)
	return t, err
}

// templateFailed returns the diagnostic of err when it is a layout that
// failed to execute (render.TemplateError), at the template's file in the
// site, or nil.
func (b *built) templateFailed(err error) *diag.Diagnostic {
	var te *render.TemplateError
	if !errors.As(err, &te) || b.state.theme == nil {
		return nil
	}
	file := b.state.theme.origins[te.File]
	if file == "" {
		file = te.File
	}
	return &diag.Diagnostic{Pos: diag.Pos{File: file, Line: te.Line, Col: te.Col}, Severity: diag.Error, Code: diag.ThemeExecute, Args: []any{te.Page, te.Msg}}
}

// failTemplate adds the diagnostic of a layout that failed to execute to
// b's result and returns the result's diagnostics as the error; any other
// err it returns as it is.
func (b *built) failTemplate(err error) error {
	d := b.templateFailed(err)
	if d == nil {
		return err
	}
	b.res.Diagnostics = finish(append(b.res.Diagnostics, d), b.sources, false)
	return b.res.Diagnostics
}

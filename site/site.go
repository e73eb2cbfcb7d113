// Package site runs malli's pipeline: load → validate → resolve → render →
// export → publish. It owns no logic of its own; each stage is a package:
//
//	source      list the files of content/ (and read the schemas and theme)
//	schema      compile the content types from schemas/
//	page        per file, in parallel: front matter, validation, Markdown, sections
//	graph       the barrier: ids, references, links, anchors, backlinks
//	render      per document, in parallel: the body's HTML once, then every page from the theme's layouts
//	export      JSON data for other systems
//	publish     write everything at once, atomically
//
// Build returns the diagnostics of the run in its Result, and also as its
// error (a diag.List) when any of them is an error, so that errors.As works.
// Other errors mean malli could not do its job (I/O, a broken theme).
package site

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/malli-fi/malli/schemas"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/export"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/internal/parallel"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/publish"
	"github.com/malli-fi/malli/site/render"
	"github.com/malli-fi/malli/site/schema"
	"github.com/malli-fi/malli/site/source"
	defaulttheme "github.com/malli-fi/malli/themes/default"
)

// Options configure a build. The zero value builds the site in the current
// folder into public/.
type Options struct {
	Root    string            // the site's folder; "" is the current folder
	FS      fs.FS             // the site's files; nil reads Root from disk
	Out     publish.Publisher // where the output goes; nil is Dir{Root/public}
	BaseURL string            // the URL or path the site is served under; "" is "/"
	Drafts  bool              // publish drafts too
	Strict  bool              // warnings are errors
	Check   bool              // stop before rendering and writing
}

// Result is what a build did.
type Result struct {
	Diagnostics diag.List
	Documents   int               // documents read
	Pages       int               // HTML pages written
	Exports     int               // data files written
	Files       int               // all files written
	Sources     map[string][]byte // every source file by its path, for showing diagnostic lines
	Duration    time.Duration
}

// ErrNoContent means the site's folder has no content/ folder.
var ErrNoContent = errors.New("no content folder")

// Build runs the pipeline once.
func Build(ctx context.Context, opts Options) (*Result, error) {
	start := time.Now()
	res := &Result{Sources: map[string][]byte{}}
	fsys := opts.FS
	if fsys == nil {
		root := opts.Root
		if root == "" {
			root = "."
		}
		fsys = os.DirFS(root)
	}
	basePath, err := BasePath(opts.BaseURL)
	if err != nil {
		return nil, err
	}

	// Load.
	if _, err := fs.Stat(fsys, "content"); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoContent, err)
	}
	files, err := source.Walk(fsys, "content", "content")
	if err != nil {
		return nil, fmt.Errorf("reading content: %w", err)
	}
	schemaFS, schemaDir := sub(fsys, "schemas", schemas.FS)
	themeFS, _ := sub(fsys, "themes/default", defaulttheme.FS)

	reg, diags := schema.Compile(schemaFS, schemaDir)
	for name, data := range reg.Files {
		res.Sources[path.Join(schemaDir, name)] = data
	}
	var docs []*page.Document
	var assets []string
	var mdFiles []source.File
	for _, f := range files {
		res.Sources[f.Path] = f.Data
		if f.IsDocument() {
			mdFiles = append(mdFiles, f)
		} else {
			assets = append(assets, f.Rel)
		}
	}

	// Validate: every file in parallel.
	type result struct {
		doc   *page.Document
		diags diag.List
	}
	results := make([]result, len(mdFiles))
	parallel.Do(len(mdFiles), func(i int) {
		d, ds := page.New(mdFiles[i], reg)
		results[i] = result{d, ds}
	})
	for _, r := range results {
		diags.Append(r.diags)
		if r.doc != nil {
			docs = append(docs, r.doc)
		}
	}
	res.Documents = len(docs)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// Resolve.
	g, gd := graph.Resolve(docs, assets, graph.Options{BasePath: basePath, Drafts: opts.Drafts, Pages: generatedPages(reg)})
	diags.Append(gd)
	if opts.Strict {
		diags.Strict()
	}
	for _, a := range assets {
		if reserved(a) {
			diags.Errorf(diag.Pos{File: "content/" + a, Line: 1, Col: 1}, "asset.conflict", a)
		}
	}
	res.Diagnostics = diags.Sort()
	for _, d := range res.Diagnostics {
		if d.Line == "" {
			d.Line = diag.SourceLine(res.Sources[d.Pos.File], d.Pos.Line)
		}
	}
	if err := res.Diagnostics.Err(); err != nil || opts.Check {
		res.Duration = time.Since(start)
		return res, err
	}

	// Render: each body once, in parallel (pages and exports share it),
	// then the pages and the exports.
	th, err := render.LoadTheme(themeFS)
	if err != nil {
		return res, err
	}
	errs := make([]error, len(g.Docs))
	parallel.Do(len(g.Docs), func(i int) { errs[i] = g.Docs[i].RenderBody() })
	if err := errors.Join(errs...); err != nil {
		return res, err
	}
	out, err := render.Site(th, g, reg)
	if err != nil {
		return res, err
	}
	for _, f := range out {
		if strings.HasSuffix(f.Path, ".html") {
			res.Pages++
		}
	}
	data, err := export.Site(g)
	if err != nil {
		return res, err
	}
	res.Exports = len(data)
	out = append(out, data...)
	for _, name := range sortedKeys(reg.Files) {
		out = append(out, render.File{Path: "schemas/" + name, Data: schema.Publish(reg.Files[name], absolute(opts.BaseURL)+"schemas/"+name)})
	}
	res.Exports += len(reg.Files)
	// An attachment may not take the place of a generated file (reserved
	// has turned those away already; this is the exact check): the output
	// would depend on which write came last.
	generated := make(map[string]bool, len(out))
	for _, f := range out {
		generated[f.Path] = true
	}
	for _, a := range g.Assets {
		if generated[a] {
			return res, fmt.Errorf("attachment content/%s would replace a generated file", a)
		}
		out = append(out, render.File{Path: a, Data: res.Sources["content/"+a]})
	}

	// Publish.
	pub := opts.Out
	if pub == nil {
		pub = publish.Dir{Path: filepath.Join(opts.Root, "public")}
	}
	if err := publish.Files(ctx, pub, out); err != nil {
		return res, err
	}
	res.Files = len(out)
	res.Duration = time.Since(start)
	return res, nil
}

// generatedPages lists the URLs of the pages malli makes that are no
// document, for links to resolve: each language's home page and 404 page,
// each type's listing, and the export catalogue.
func generatedPages(reg *schema.Registry) []string {
	pages := []string{"/" + export.Dir + "/index.json"}
	for _, l := range diag.Langs {
		prefix := ""
		if l != page.DefaultLang {
			prefix = "/" + string(l)
		}
		pages = append(pages, prefix+"/", prefix+"/404.html")
		for _, t := range reg.Types {
			pages = append(pages, prefix+"/"+t.Folder+"/")
		}
	}
	return pages
}

// reserved reports whether an attachment's path (relative to content/) is
// one malli generates or keeps for generated files: the theme's static/,
// the exports' data/, the published schemas/, the language folders, and
// index.html and 404.html pages.
func reserved(asset string) bool {
	top, _, nested := strings.Cut(asset, "/")
	if nested {
		switch top {
		case render.StaticDir, export.Dir, "schemas":
			return true
		}
		if _, ok := diag.ParseLang(top); ok {
			return true
		}
	}
	base := path.Base(asset)
	return base == "index.html" || base == "404.html" || asset == publish.Marker
}

// BasePath returns the path part of a base URL, always ending in "/":
// "https://org.github.io/repo" gives "/repo/".
func BasePath(baseURL string) (string, error) {
	if baseURL == "" {
		return "/", nil
	}
	u, err := url.Parse(baseURL)
	if err != nil || (u.Scheme == "") != (u.Host == "") || (u.Scheme == "" && !strings.HasPrefix(u.Path, "/")) {
		return "", fmt.Errorf("base URL %q must be a path (/sub/) or an absolute URL (https://host/sub/)", baseURL)
	}
	p := u.Path
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return p, nil
}

func absolute(baseURL string) string {
	if baseURL == "" {
		return "/"
	}
	if !strings.HasSuffix(baseURL, "/") {
		return baseURL + "/"
	}
	return baseURL
}

// sub returns the folder dir of fsys if it exists, else the embedded
// fallback, and the name to report positions under.
func sub(fsys fs.FS, dir string, fallback fs.FS) (fs.FS, string) {
	if fi, err := fs.Stat(fsys, dir); err == nil && fi.IsDir() {
		s, err := fs.Sub(fsys, dir)
		if err == nil {
			return s, dir
		}
	}
	return fallback, "(malli)/" + dir
}

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// IsContentError reports whether err is a list of content diagnostics.
func IsContentError(err error) bool {
	var l diag.List
	return errors.As(err, &l)
}

// LoadTypes compiles the content types of the site in fsys (its schemas/,
// or the embedded ones).
func LoadTypes(fsys fs.FS) (*schema.Registry, error) {
	schemaFS, dir := sub(fsys, "schemas", schemas.FS)
	reg, diags := schema.Compile(schemaFS, dir)
	if err := diags.Err(); err != nil {
		return nil, err
	}
	return reg, nil
}

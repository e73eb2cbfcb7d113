// Package site runs malli's pipeline: scan → plan → resolve → emit →
// stream. It owns no logic of its own; each stage is a package:
//
//	source      the one confined reader of content/, schemas/ and themes/default/
//	asset       which attachments may be published
//	schema      the content types, compiled from the schemas
//	page        scan, per file in parallel: a complete, immutable document
//	plan        every output of the build, and its collisions
//	graph       resolve: an immutable index, then each document's references, links and backlinks in parallel
//	render      emit a page from the theme's layouts
//	export      emit a JSON file for other systems
//	publish     stream each emitted file into a transaction swapped in atomically
//
// check stops after the plan. A context.Context cancels every stage.
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
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/malli-fi/malli/schemas"
	"github.com/malli-fi/malli/site/asset"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/export"
	"github.com/malli-fi/malli/site/graph"
	"github.com/malli-fi/malli/site/internal/lineindex"
	"github.com/malli-fi/malli/site/internal/parallel"
	"github.com/malli-fi/malli/site/markdown"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/plan"
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
	FS      fs.FS             // the site's files; nil reads Root from disk, confined to it
	Out     publish.Publisher // where the output goes; nil is Dir{Root/public}
	BaseURL string            // the URL or path the site is served under; "" is "/"
	Drafts  bool              // publish drafts too
	Strict  bool              // warnings are errors
	Check   bool              // stop before rendering and writing
}

// Result is what a build did.
type Result struct {
	Diagnostics diag.List
	Documents   int // documents read
	Pages       int // HTML pages written
	Exports     int // data files written
	Files       int // all files written
	Duration    time.Duration
}

// ErrNoContent means the site's folder has no content/ folder.
var ErrNoContent = errors.New("no content folder")

// MaxProblemsPerFile is how many diagnostics of one file are reported; a
// file with more gets one source.too-many-problems after them.
const MaxProblemsPerFile = 100

// Build runs the pipeline once.
func Build(ctx context.Context, opts Options) (*Result, error) {
	start := time.Now()
	res := &Result{}
	fsys := opts.FS
	if fsys == nil {
		root := opts.Root
		if root == "" {
			root = "."
		}
		dir, closer, err := source.OpenDir(root)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrNoContent, err)
		}
		defer closer.Close()
		fsys = dir
	}
	basePath, err := BasePath(opts.BaseURL)
	if err != nil {
		return nil, err
	}

	// Read: the one confined reader.
	tree, diags, err := source.Read(fsys, "content", "schemas", "themes/default")
	if err != nil {
		return nil, err
	}
	if !tree.Has("content") {
		if err := diags.Err(); err != nil { // content/ is a link
			res.Diagnostics = diags.Sort()
			return res, err
		}
		return nil, ErrNoContent
	}
	schemaFS, schemaDir := fs.FS(schemas.FS), "(malli)/schemas"
	if tree.Has("schemas") {
		schemaFS, schemaDir = tree.FS("schemas"), "schemas"
	}
	themeFS := fs.FS(defaulttheme.FS)
	if tree.Has("themes/default") {
		themeFS = tree.FS("themes/default")
	}
	reg, ds := schema.Compile(schemaFS, schemaDir)
	diags.Append(ds)
	th, err := render.LoadTheme(themeFS)
	if err != nil {
		return nil, err
	}
	sources := map[string][]byte{}
	for name, data := range reg.Files {
		sources[path.Join(schemaDir, name)] = data
	}
	var mdFiles []source.File
	var assets []string
	for _, f := range tree.Files("content") {
		sources[f.Path] = f.Data
		switch refused := asset.Check(f.Path, f.Data); {
		case f.IsDocument():
			mdFiles = append(mdFiles, f)
		case len(refused) > 0:
			diags.Append(refused)
		default:
			assets = append(assets, f.Rel)
		}
	}

	// Scan: every file in parallel, each to a complete document.
	reserved := th.IDs()
	var parseOpts []markdown.Option
	if opts.Check {
		parseOpts = append(parseOpts, markdown.NoHTML()) // check writes no page
	}
	type result struct {
		doc   *page.Document
		diags diag.List
	}
	results := make([]result, len(mdFiles))
	parallel.Do(len(mdFiles), func(i int) {
		if ctx.Err() != nil {
			return // cancelled: the rest is not scanned
		}
		d, ds := page.New(mdFiles[i], reg, reserved, parseOpts...)
		results[i] = result{d, ds}
	})
	var docs []*page.Document
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

	// Resolve, and plan every output.
	planned := plan.Site{Langs: diag.Langs, Schemas: sortedKeys(reg.Files), SchemaDir: schemaDir, Static: th.StaticPaths(), DataDir: export.Dir}
	for _, t := range reg.Types {
		planned.Folders = append(planned.Folders, t.Folder)
	}
	g, gd := graph.Resolve(docs, assets, graph.Options{BasePath: basePath, Drafts: opts.Drafts, Pages: plan.Pages(planned)})
	diags.Append(gd)
	for _, d := range g.Docs {
		planned.Docs = append(planned.Docs, plan.Doc{Key: d.Key(), URL: d.URL, DataPath: export.DataPath(d), File: d.File.Path, IsIndex: d.IsIndex})
	}
	planned.Attachments = g.Assets
	outputs, pd := plan.Outputs(planned)
	diags.Append(pd)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	res.Diagnostics = finish(diags, sources, opts.Strict)
	if err := res.Diagnostics.Err(); err != nil || opts.Check {
		res.Duration = time.Since(start)
		return res, err
	}

	// Emit: every output of the plan, in parallel, each written to the
	// publish transaction as soon as it is made.
	pub := opts.Out
	if pub == nil {
		pub = publish.Dir{Path: filepath.Join(opts.Root, "public")}
	}
	e := newEmitter(g, reg, th, sources, absolute(opts.BaseURL))
	if err := e.emit(ctx, pub, outputs); err != nil {
		return res, err
	}
	for _, o := range outputs {
		switch o.Kind {
		case plan.Home, plan.Listing, plan.NotFound, plan.Page:
			res.Pages++
		case plan.Catalogue, plan.Data, plan.Schema:
			res.Exports++
		}
	}
	res.Files = len(outputs)
	res.Duration = time.Since(start)
	return res, nil
}

// finish sorts the diagnostics, keeps at most MaxProblemsPerFile of each
// file, applies --strict and fills in the source lines for display (each
// file indexed once, so this is linear in the sources).
func finish(diags diag.List, sources map[string][]byte, strict bool) diag.List {
	diags = diags.Sort()
	out := diags[:0]
	perFile := map[string]int{}
	for _, d := range diags {
		perFile[d.Pos.File]++
		switch n := perFile[d.Pos.File]; {
		case n <= MaxProblemsPerFile:
			out = append(out, d)
		case n == MaxProblemsPerFile+1:
			out = append(out, &diag.Diagnostic{Pos: diag.Pos{File: d.Pos.File}, Severity: diag.Warning, Code: diag.SourceTooManyProblems, Args: []any{MaxProblemsPerFile}})
		}
	}
	if strict {
		out = out.Strict()
	}
	lines := map[string]*lineindex.Index{}
	shown := map[diag.Pos]string{} // one copy of a line for all its diagnostics
	for i, d := range out {
		if d.Line != "" || d.Pos.Line < 1 {
			continue
		}
		src, ok := sources[d.Pos.File]
		if !ok {
			continue
		}
		at := diag.Pos{File: d.Pos.File, Line: d.Pos.Line}
		text, ok := shown[at]
		if !ok {
			l, indexed := lines[d.Pos.File]
			if !indexed {
				l = lineindex.New(src)
				lines[d.Pos.File] = l
			}
			text = l.Line(d.Pos.Line)
			shown[at] = text
		}
		c := *d // the stage's own diagnostic stays as it made it
		c.Line = text
		out[i] = &c
	}
	return out.Sort()
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
	tree, diags, err := source.Read(fsys, "schemas")
	if err != nil {
		return nil, err
	}
	schemaFS, dir := fs.FS(schemas.FS), "(malli)/schemas"
	if tree.Has("schemas") {
		schemaFS, dir = tree.FS("schemas"), "schemas"
	}
	reg, ds := schema.Compile(schemaFS, dir)
	diags.Append(ds)
	if err := diags.Err(); err != nil {
		return nil, err
	}
	return reg, nil
}

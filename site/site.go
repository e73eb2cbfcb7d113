// Package site runs malli's pipeline: scan → plan → resolve → emit →
// stream. It owns no logic of its own; each stage is a package:
//
//	source      the one confined reader of content/, schemas/ and themes/
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
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/gohugoio/hashstructure"
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

	// Progress, when not nil, is told how far the build is: the stage
	// ("read", "scan", "resolve", "emit") and, for scan and emit, how many
	// of its total items are done. It is called from several goroutines.
	Progress func(stage string, done, total int)
}

// Result is what a build did.
type Result struct {
	Diagnostics diag.List
	Documents   int // documents read
	Pages       int // HTML pages written
	Exports     int // data files written
	Files       int // all files written
	Duration    time.Duration
	Types       []TypeCount // the documents read by type, in the registry's order
}

// TypeCount is how many documents of one type a build read, by status.
type TypeCount struct {
	Type     *schema.Type
	Total    int
	ByStatus map[string]int // "draft", "published", …; "" for documents without one
}

// progress calls opts.Progress, if set.
func (opts Options) progress(stage string, done, total int) {
	if opts.Progress != nil {
		opts.Progress(stage, done, total)
	}
}

// ErrNoContent means the site's folder has no content/ folder.
var ErrNoContent = errors.New("no content folder")

// MaxProblemsPerFile is how many diagnostics of one file are reported; a
// file with more gets one source.too-many-problems after them.
const MaxProblemsPerFile = 100

// Build runs the pipeline once.
func Build(ctx context.Context, opts Options) (*Result, error) {
	start := time.Now()
	fsys, closer, err := open(opts)
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	b, err := run(ctx, fsys, opts, nil, nil)
	if err != nil || b.res.Diagnostics.Err() != nil || opts.Check {
		if b != nil {
			b.res.Duration = time.Since(start)
			return b.res, err
		}
		return nil, err
	}

	// Emit: every output of the plan, in parallel, each written to the
	// publish transaction as soon as it is made.
	pub := opts.Out
	if pub == nil {
		pub = publish.Dir{Path: filepath.Join(opts.Root, "public")}
	}
	var tick func()
	if opts.Progress != nil {
		var done atomic.Int64
		opts.progress("emit", 0, len(b.outputs))
		tick = func() { opts.progress("emit", int(done.Add(1)), len(b.outputs)) }
	}
	if err := b.emitter().emit(ctx, pub, b.outputs, tick); err != nil {
		return b.res, b.failTemplate(err)
	}
	b.res.Duration = time.Since(start)
	return b.res, nil
}

// open returns the site's files: opts.FS, or opts.Root read from disk
// through the confined reader.
func open(opts Options) (fs.FS, io.Closer, error) {
	if opts.FS != nil {
		return opts.FS, io.NopCloser(nil), nil
	}
	root := opts.Root
	if root == "" {
		root = "."
	}
	dir, closer, err := source.OpenDir(root)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrNoContent, err)
	}
	return dir, closer, nil
}

// built is a build up to its emit step: the checked site and its plan.
type built struct {
	res     *Result
	state   *state // what a Session's next build may reuse
	g       *graph.Graph
	outputs []plan.Output
	sources map[string][]byte // every input file by path: diagnostics' lines, attachments
	baseURL string
	scanner scanner // what scanned the documents
}

func (b *built) emitter() *emitter {
	return newEmitter(b.g, b.state.reg, b.state.theme.th, b.sources, b.baseURL)
}

// state is what a build read and made that a later build of the same
// site may reuse when its inputs did not change. Nothing in it is changed
// after the build that made it.
type state struct {
	tree      *source.Tree
	schemaSum [sha256.Size]byte // of the schema files
	reg       *schema.Registry
	regDiags  diag.List
	schemaDir string
	theme     *theme             // the theme's files and what they parse to
	scans     map[string]scanned // by file path
	graph     *graph.Graph
}

// scanned is one file's scan, and the hash of what it was made from.
type scanned struct {
	key   uint64 // of the file's path and bytes and env
	env   uint64 // scanner.env
	data  []byte // the bytes it was made from, to see that they are the same without hashing them
	doc   *page.Document
	diags diag.List
}

// run reads, scans, resolves and plans the site in fsys. prev, when not
// nil, is the state of the previous build of a Session and changed tells
// which files may differ from it; what they cannot have changed is
// reused. The result is the same as without prev.
func run(ctx context.Context, fsys fs.FS, opts Options, prev *state, changed func(string) bool) (*built, error) {
	res := &Result{}
	basePath, err := BasePath(opts.BaseURL)
	if err != nil {
		return nil, err
	}
	st := &state{scans: map[string]scanned{}}

	// Read: the one confined reader.
	opts.progress("read", 0, 0)
	dirs := []string{"content", "schemas", ThemesDir}
	var tree *source.Tree
	var diags diag.List
	if prev != nil && changed != nil {
		tree, diags, err = source.ReadAgain(fsys, prev.tree, changed, dirs...)
	} else {
		tree, diags, err = source.Read(fsys, dirs...)
	}
	if err != nil {
		return nil, err
	}
	st.tree = tree
	if !tree.Has("content") {
		if err := diags.Err(); err != nil { // content/ is a link
			res.Diagnostics = diags.Sort()
			return &built{res: res, state: st}, err
		}
		return nil, ErrNoContent
	}
	schemaFS, schemaDir := fs.FS(schemas.FS), "(malli)/schemas"
	if tree.Has("schemas") {
		schemaFS, schemaDir = tree.FS("schemas"), "schemas"
	}
	st.schemaDir = schemaDir
	if st.schemaSum, err = sumFS(schemaFS); err != nil {
		return nil, err
	}
	if prev != nil && prev.schemaSum == st.schemaSum && prev.schemaDir == schemaDir {
		st.reg, st.regDiags = prev.reg, prev.regDiags
	} else {
		st.reg, st.regDiags = schema.Compile(schemaFS, schemaDir)
	}
	reg := st.reg
	diags.Append(st.regDiags)
	var prevTheme *theme
	if prev != nil {
		prevTheme = prev.theme
	}
	st.theme, err = loadThemeInto(&diags, tree, prevTheme)
	if err != nil {
		return nil, err
	}
	th := st.theme.th
	sources := map[string][]byte{}
	for p, data := range st.theme.data {
		sources[p] = data
	}
	for name, data := range reg.Files {
		sources[path.Join(schemaDir, name)] = data
	}
	var mdFiles []source.File
	var assets []string
	for _, f := range tree.Files("content") {
		sources[f.Path] = f.Data
		if f.IsDocument() {
			mdFiles = append(mdFiles, f)
		} else if refused := asset.Check(f.Path, f.Data); len(refused) > 0 {
			diags.Append(refused)
		} else {
			assets = append(assets, f.Rel)
		}
	}

	// Scan: every file in parallel, each to a complete document.
	sc, err := newScanner(reg, st.schemaSum, th.IDs(), opts.Check)
	if err != nil {
		return nil, err
	}
	results := make([]scanned, len(mdFiles))
	var scannedFiles atomic.Int64
	opts.progress("scan", 0, len(mdFiles))
	parallel.Do(len(mdFiles), func(i int) {
		if opts.Progress != nil {
			defer func() { opts.progress("scan", int(scannedFiles.Add(1)), len(mdFiles)) }()
		}
		if ctx.Err() != nil {
			return // cancelled: the rest is not scanned
		}
		var old *scanned
		if prev != nil {
			if s, ok := prev.scans[mdFiles[i].Path]; ok {
				old = &s
			}
		}
		results[i] = sc.scan(mdFiles[i], old)
	})
	var docs []*page.Document
	for i, r := range results {
		st.scans[mdFiles[i].Path] = r
		diags.Append(r.diags)
		if r.doc != nil {
			docs = append(docs, r.doc)
		}
	}
	res.Documents = len(docs)
	res.Types = countTypes(reg, docs)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// Resolve, and plan every output.
	opts.progress("resolve", 0, 0)
	planned := plan.Site{Langs: diag.Langs, Schemas: sortedKeys(reg.Files), SchemaDir: schemaDir, Static: th.StaticPaths(), DataDir: export.Dir}
	planned.Orders = map[string][]string{}
	for _, t := range reg.Types {
		planned.Folders = append(planned.Folders, t.Folder)
		for _, o := range t.Sorts[min(1, len(t.Sorts)):] {
			planned.Orders[t.Folder] = append(planned.Orders[t.Folder], o.Name)
		}
	}
	for _, x := range reg.Taxonomies {
		planned.Taxonomies = append(planned.Taxonomies, plan.Taxonomy{Folder: x.Folder})
	}
	for _, f := range export.Files(reg) {
		x := plan.ExportFile{Path: f.Path}
		if f.Type != nil {
			x.Source = diag.Pos{File: path.Join(schemaDir, f.Type.File)}
		}
		planned.Exports = append(planned.Exports, x)
	}
	planned.ExportSchemas = exportSchemas()
	gopts := graph.Options{BasePath: basePath, Drafts: opts.Drafts, Pages: plan.Pages(planned)}
	if prev != nil {
		gopts.Previous = prev.graph
	}
	g, gd := graph.Resolve(docs, assets, gopts)
	st.graph = g
	diags.Append(gd)
	for _, d := range g.Docs {
		pd := plan.Doc{Key: d.Key(), URL: d.URL, DataPath: export.DataPath(d), File: d.File.Path, IsIndex: d.IsIndex, Innokyla: export.InnokylaPath(d)}
		if pd.Innokyla != "" { // Innokylä is Finnish: the page is in Finnish only
			pd.InnokylaURLs = []string{d.InnokylaURL(page.DefaultLang)}
		}
		planned.Docs = append(planned.Docs, pd)
	}
	planned.Attachments = g.Assets
	planned.Taxonomies = taxonomyPlan(g, reg)
	outputs, pd := plan.Outputs(planned)
	diags.Append(pd)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, o := range outputs {
		switch o.Kind {
		case plan.Home, plan.Listing, plan.NotFound, plan.Page, plan.InnokylaPage, plan.Search, plan.FieldRef, plan.CodeRef, plan.TaxonomyIndex, plan.Term:
			res.Pages++
		case plan.Catalogue, plan.Data, plan.InnokylaData, plan.Export, plan.Schema, plan.ExportSchema:
			res.Exports++
		}
	}
	res.Files = len(outputs)
	res.Diagnostics = finish(diags, sources, opts.Strict)
	return &built{res: res, state: st, g: g, outputs: outputs, sources: sources, baseURL: absolute(opts.BaseURL), scanner: sc}, res.Diagnostics.Err()
}

// scanner makes documents of files with one registry and theme.
type scanner struct {
	reg      *schema.Registry
	reserved []string
	check    bool
	env      uint64 // hash of the registry's schemas, reserved and check: what every scan depends on besides its file
}

func newScanner(reg *schema.Registry, schemaSum [sha256.Size]byte, reserved []string, check bool) (scanner, error) {
	env, err := hashstructure.Hash(struct {
		Schemas  [sha256.Size]byte
		Reserved []string
		Check    bool
	}{schemaSum, reserved, check}, nil)
	return scanner{reg: reg, reserved: reserved, check: check, env: env}, err
}

// scan returns f's document, reusing old's when old was made from the
// same input: the same path and bytes, schemas, theme ids and mode.
func (sc scanner) scan(f source.File, old *scanned) scanned {
	if old != nil && old.env == sc.env && sameBytes(old.data, f.Data) {
		return *old // the reader reused the bytes: the file did not change
	}
	sum := sha256.Sum256(f.Data)
	key, err := hashstructure.Hash(struct {
		Path string
		Sum  [sha256.Size]byte
		Env  uint64
	}{f.Path, sum, sc.env}, nil)
	if err == nil && old != nil && old.key == key {
		return scanned{key: key, env: sc.env, data: f.Data, doc: old.doc, diags: old.diags} // saved unchanged
	}
	var parseOpts []markdown.Option
	if sc.check {
		parseOpts = append(parseOpts, markdown.NoHTML()) // check writes no page
	}
	d, ds := page.New(f, sc.reg, sc.reserved, parseOpts...)
	return scanned{key: key, env: sc.env, data: f.Data, doc: d, diags: ds}
}

// sameBytes reports whether a and b are the same slice (not merely equal).
func sameBytes(a, b []byte) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// sumFS hashes every file of fsys with its name.
func sumFS(fsys fs.FS) ([sha256.Size]byte, error) {
	h := sha256.New()
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", p, len(data))
		h.Write(data)
		return nil
	})
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum, err
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

// exportSchemas returns the output paths of the export schemas.
func exportSchemas() []string {
	names, _ := fs.Glob(schemas.ExportFS, "export/*.schema.json")
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "schemas/" + n
	}
	return out
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

// countTypes counts docs by type and status, in the registry's order.
func countTypes(reg *schema.Registry, docs []*page.Document) []TypeCount {
	at := map[*schema.Type]int{}
	var out []TypeCount
	for _, t := range reg.Types {
		at[t] = len(out)
		out = append(out, TypeCount{Type: t, ByStatus: map[string]int{}})
	}
	for _, d := range docs {
		i, ok := at[d.Type]
		if !ok || d.IsIndex {
			continue
		}
		out[i].Total++
		out[i].ByStatus[d.Status]++
	}
	return out
}

// taxonomyPlan returns the taxonomies of reg with the terms of g's
// published documents in each language (render.Taxonomies).
func taxonomyPlan(g *graph.Graph, reg *schema.Registry) []plan.Taxonomy {
	taxa := render.Taxonomies(g, reg)
	var out []plan.Taxonomy
	for _, x := range reg.Taxonomies {
		t := plan.Taxonomy{Folder: x.Folder, Terms: map[diag.Lang][]string{}}
		for _, l := range diag.Langs {
			t.Terms[l] = taxa.Slugs(l, x.Folder)
		}
		out = append(out, t)
	}
	return out
}

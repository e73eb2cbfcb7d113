// Package markdown parses document bodies with goldmark and renders them to
// HTML.
//
// Parse builds the AST once and records what later stages need: every
// heading with its level, text, anchor id and byte offset, every link,
// image and autolink with its destination and offset, the destinations
// whose URL scheme malli refuses (anything but http, https, mailto, tel and
// relative URLs; see package safeurl), where raw HTML is, and the header
// cells of every table (offsets are into the body). The site's dialect is
// CommonMark with GitHub's tables, task lists, strikethrough and autolinks,
// plus footnotes and language spans ("[työtön]{lang=fi}", langspan.go).
// Raw HTML is not
// rendered, and a link with a refused URL is rendered as its text, never as
// an empty href="" or src="". The page stage reports both (url.scheme,
// markdown.raw-html); this package reports nothing.
// Heading ids are made by Slug, so "Kohderyhmä ja asiakasymmärrys" becomes
// "kohderyhma-ja-asiakasymmarrys"; a heading without letters or digits is
// "osio". A slug already given to an earlier heading of the body gets the
// first free suffix: "tausta", "tausta-1", "tausta-2". The ReservedIDs
// option reserves ids that the theme itself uses on the page (such as
// "sisalto" or "sivu-sisallys"), so that a heading whose slug is one of them
// gets a suffix the same way ("sisalto-1") and no id is used twice.
//
// Parse costs time and memory linear in the body: heading suffixes are
// found without retrying the taken ones, and link positions come from
// goldmark's own record of each link's "[", not from searching the body.
package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Heading is a heading of a body.
type Heading struct {
	Level  int
	Text   string
	ID     string
	Offset int // byte offset of the heading's line in the body
}

// Link is a link, image or autolink destination in a body.
type Link struct {
	Dest    string
	Image   bool
	Auto    bool   // an autolink: <https://…>, <kirjaamo@example.fi>, or a bare www.…, https://… or e-mail address
	Scheme  string // as a browser reads Dest, lower case ("" for a relative link)
	Refused bool   // Scheme is not allowed (see safety.go): Render writes the link as its text
	Offset  int    // byte offset of the link in the body
	node    ast.Node
}

// Table is a GFM table of a body: the text of its header cells, and the
// offset of its header line.
type Table struct {
	Header []string
	Offset int
}

// Doc is a parsed body.
type Doc struct {
	Source   []byte
	Headings []Heading
	Links    []*Link
	// RefusedURLs are the destinations with a scheme malli does not
	// publish, where they are written: inline links and images, autolinks
	// and link reference definitions ("[x]: javascript:…", used or not).
	RefusedURLs []URL
	RawHTML     []int // byte offsets of raw HTML blocks and inline tags, which are not rendered
	Tables      []Table

	// The body rendered to HTML with a slot for each link's destination
	// (and hreflang), filled by Fill; and the body as plain text.
	html  []byte
	slots []slot
	dests [][]byte // per link: its destination as written, escaped for an attribute
	text  string
}

var md = goldmark.New(
	// GFM, with table cells aligned by class rather than style="…", which
	// the site's Content-Security-Policy (style-src 'self') blocks.
	goldmark.WithExtensions(extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignNone)),
		extension.Strikethrough, extension.Linkify, extension.TaskList, extension.Footnote),
	goldmark.WithParserOptions(parser.WithAutoHeadingID(), parser.WithASTTransformers(util.Prioritized(alignClasses{}, 100)),
		parser.WithInlineParsers(util.Prioritized(langSpanParser{}, 150))), // before links (200)
	goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(linkRenderer{}, 100), util.Prioritized(safeRenderer{}, 50),
		util.Prioritized(langSpanRenderer{}, 100), util.Prioritized(tableRenderer{}, 50))),
)

// linkRenderer renders links as goldmark does, but keeps the hreflang
// attribute (goldmark's LinkAttributeFilter drops it), which holds the
// hreflang slot (see slots.go).
type linkRenderer struct{}

var linkAttributes = html.LinkAttributeFilter.ExtendString("hreflang")

func (linkRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindLink, func(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
		n := node.(*ast.Link)
		if !entering {
			_, _ = w.WriteString("</a>")
			return ast.WalkContinue, nil
		}
		_, _ = w.WriteString(`<a href="`)
		if dest := util.URLEscape(n.Destination, true); !html.IsDangerousURL(dest) {
			_, _ = w.Write(util.EscapeHTML(dest))
		}
		_ = w.WriteByte('"')
		if n.Title != nil {
			_, _ = w.WriteString(` title="`)
			_, _ = w.Write(util.EscapeHTML(n.Title))
			_ = w.WriteByte('"')
		}
		if n.Attributes() != nil {
			html.RenderAttributes(w, n, linkAttributes)
		}
		_ = w.WriteByte('>')
		return ast.WalkContinue, nil
	})
}

// Option configures Parse.
type Option func(*options)

type options struct {
	reserved []string
	noHTML   bool
}

// NoHTML skips rendering: the Doc has everything but its HTML (Fill
// returns nothing). For checks that write no pages.
func NoHTML() Option { return func(o *options) { o.noHTML = true } }

// ReservedIDs reserves anchor ids that the page around the body already
// uses, such as the theme's "sisalto": a heading whose slug is reserved
// gets the next free suffix ("sisalto-1"), as a repeated heading does.
func ReservedIDs(ids ...string) Option {
	return func(o *options) { o.reserved = append(o.reserved, ids...) }
}

// Parse parses body. It never fails: any input is some Markdown.
func Parse(body []byte, opts ...Option) *Doc {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	ctx := parser.NewContext(parser.WithIDs(newIDs(o.reserved)))
	root := md.Parser().Parse(text.NewReader(body), parser.WithContext(ctx))
	d := &Doc{Source: body}
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			id, _ := n.AttributeString("id")
			idb, _ := id.([]byte)
			off := 0
			if n.Lines().Len() > 0 {
				off = lineStart(body, n.Lines().At(0).Start)
			}
			d.Headings = append(d.Headings, Heading{Level: n.Level, Text: plain(n, body), ID: string(idb), Offset: off})
		case *ast.Link:
			d.Links = append(d.Links, &Link{Dest: string(n.Destination), Offset: linkOffset(n, body), node: n})
		case *ast.Image:
			d.Links = append(d.Links, &Link{Dest: string(n.Destination), Image: true, Offset: linkOffset(n, body), node: n})
		case *ast.AutoLink, *ast.RawHTML, *ast.HTMLBlock, *ast.LinkReferenceDefinition:
			d.record(n)
		case *east.TableHeader:
			var t Table
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				t.Header = append(t.Header, plain(c, body))
			}
			t.Offset = lineStart(body, max(textStart(n.Parent()), 0))
			d.Tables = append(d.Tables, t)
		}
		return ast.WalkContinue, nil
	})
	d.classifyLinks()
	d.text = plainText(root, body)
	if !o.noHTML {
		d.render(root)
	}
	for _, l := range d.Links {
		l.node = nil // the AST is garbage once Parse returns
	}
	return d
}

// Text returns the body as plain text, one block a line.
func (d *Doc) Text() string { return d.text }

// plainText returns the text under root, one block a line.
func plainText(root ast.Node, source []byte) string {
	var b strings.Builder
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock && b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
				b.WriteByte('\n')
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			b.Write(n.Segment.Value(source))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(n.Value)
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					b.Write(t.Segment.Value(source))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				b.Write(seg.Value(source))
			}
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

// plain returns the text of n's inline children.
func plain(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

// linkOffset returns where a link or image starts in src: at its "[" (or
// "!["). goldmark's link parser records that as the node's position, for
// inline and reference links alike, so no search of the body is needed;
// links made some other way fall back to inlineOffset.
func linkOffset(n ast.Node, src []byte) int {
	if p := n.Pos(); p >= 0 && p < len(src) {
		return p
	}
	return inlineOffset(n, src)
}

// inlineOffset finds where an inline node starts: one byte before its first
// text (the "[" or "![" of a link), or the start of its block's line.
func inlineOffset(n ast.Node, src []byte) int {
	var first = -1
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering && first < 0 {
			first = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if first >= 0 {
		start := first - 1
		// Walk back to the bracket in case of emphasis markers inside the text.
		for start > 0 && start < len(src) && src[start] != '[' {
			start--
		}
		if start >= 0 && start < len(src) && src[start] == '[' {
			if _, ok := n.(*ast.Image); ok && start > 0 && src[start-1] == '!' {
				start--
			}
			return start
		}
		return max(first-1, 0)
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
	}
	return 0
}

// textStart returns the offset of the first text under n, or -1.
func textStart(n ast.Node) int {
	start := -1
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			start = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return start
}

func lineStart(src []byte, off int) int {
	for off > 0 && src[off-1] != '\n' {
		off--
	}
	return off
}

// Slug turns a heading's text into an anchor id: lower case, ä and å as a, ö
// as o, other letters and digits kept, everything else one "-".
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'ä', 'å', 'á', 'à', 'â':
			r = 'a'
		case 'ö', 'ø', 'ó', 'ò', 'ô':
			r = 'o'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'ü', 'ú':
			r = 'u'
		case 'š':
			r = 's'
		case 'ž':
			r = 'z'
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}

// ids makes heading ids unique within one body: a repeated slug, or one
// that is reserved or already taken, gets the first free suffix "-1", "-2",
// and so on. Ids are only ever added, so the first free suffix of a slug
// is never below the one given last: next remembers it, and n headings
// cost O(n) in all instead of O(n²).
type ids struct {
	seen map[string]bool
	next map[string]int // slug -> the suffix to try first
}

func newIDs(reserved []string) *ids {
	s := &ids{seen: map[string]bool{}, next: map[string]int{}}
	for _, id := range reserved {
		s.seen[id] = true
	}
	return s
}

func (s *ids) Generate(value []byte, kind ast.NodeKind) []byte {
	base := Slug(string(value))
	if base == "" {
		base = "osio"
	}
	id := base
	if s.seen[id] {
		i := max(s.next[base], 1)
		for {
			id = base + "-" + strconv.Itoa(i)
			if !s.seen[id] {
				break
			}
			i++
		}
		s.next[base] = i + 1
	}
	s.seen[id] = true
	return []byte(id)
}

func (s *ids) Put(value []byte) { s.seen[string(value)] = true }

// alignClasses gives each aligned table cell the class align-left,
// align-center or align-right (the theme's stylesheet aligns them).
type alignClasses struct{}

func (alignClasses) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if c, ok := n.(*east.TableCell); ok && entering {
			switch c.Alignment {
			case east.AlignLeft:
				c.SetAttributeString("class", []byte("align-left"))
			case east.AlignCenter:
				c.SetAttributeString("class", []byte("align-center"))
			case east.AlignRight:
				c.SetAttributeString("class", []byte("align-right"))
			}
		}
		return ast.WalkContinue, nil
	})
}

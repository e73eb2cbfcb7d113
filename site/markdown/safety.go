package markdown

import (
	"bytes"
	"sort"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"

	"github.com/malli-fi/malli/site/internal/safeurl"
)

// What a body may not publish: URLs whose scheme is not allowed (see
// safeurl) and raw HTML. Parse records both with their offsets; the page
// stage reports them, the graph stage leaves refused links alone, and
// Render writes a refused link as its text and raw HTML not at all.

// URL is a destination written in a body.
type URL struct {
	Dest   string
	Scheme string // as a browser reads Dest, lower case, without the colon
	Offset int    // byte offset of the "[", "![" or "<" that starts it
}

// record notes an autolink, raw HTML or a link reference definition met
// while walking the AST.
func (d *Doc) record(n ast.Node) {
	body := d.Source
	switch n := n.(type) {
	case *ast.AutoLink:
		off := max(n.Pos(), 0)
		label := n.Label(body)
		// A GFM autolink (www.…, a bare https://… or e-mail address)
		// starts where its text does; goldmark's position may be the
		// space before it.
		if off < len(body) && body[off] != '<' {
			if i := bytes.Index(body[off:], label); i >= 0 {
				off += i
			}
		}
		d.Links = append(d.Links, &Link{Dest: string(autoLinkURL(n, body)), Auto: true, Offset: off, node: n})
	case *ast.RawHTML, *ast.HTMLBlock:
		d.RawHTML = append(d.RawHTML, max(n.Pos(), 0))
	case *ast.LinkReferenceDefinition:
		if scheme, ok := classify(n.Destination); !ok {
			d.RefusedURLs = append(d.RefusedURLs, URL{Dest: string(n.Destination), Scheme: scheme, Offset: max(n.Pos(), 0)})
		}
	}
}

// classifyLinks sets each link's Scheme and Refused, and adds the refused
// ones that carry their own destination to RefusedURLs; a reference link
// ("[x][ref]") is reported at its definition instead.
func (d *Doc) classifyLinks() {
	for _, l := range d.Links {
		scheme, ok := classifyNode(l.node, d.Source)
		l.Scheme, l.Refused = scheme, !ok
		if !l.Refused || isReference(l.node) {
			continue
		}
		d.RefusedURLs = append(d.RefusedURLs, URL{Dest: l.Dest, Scheme: l.Scheme, Offset: l.Offset})
	}
	sort.SliceStable(d.RefusedURLs, func(i, j int) bool { return d.RefusedURLs[i].Offset < d.RefusedURLs[j].Offset })
}

func isReference(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Link:
		return n.Reference != nil
	case *ast.Image:
		return n.Reference != nil
	}
	return false
}

// classifyNode returns the scheme of a link, image or autolink and whether
// malli publishes it. Render calls it too, after the graph stage has
// rewritten destinations.
func classifyNode(n ast.Node, source []byte) (string, bool) {
	switch n := n.(type) {
	case *ast.Link:
		return classify(n.Destination)
	case *ast.Image:
		return classify(n.Destination)
	case *ast.AutoLink:
		return classify(autoLinkURL(n, source))
	}
	return "", true
}

// classify reads the scheme of a destination as it is written and as the
// renderer writes it into the href, with backslash escapes and character
// references resolved ("&#106;avascript:" is "javascript:"). A destination
// is allowed only if both are.
func classify(dest []byte) (string, bool) {
	resolved := util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(dest)))
	scheme, ok := safeurl.Check(string(resolved))
	if asWritten, writtenOK := safeurl.Check(string(dest)); ok && !writtenOK {
		return asWritten, false
	}
	return scheme, ok
}

// autoLinkURL is where an autolink points: "mailto:" is added to a bare
// e-mail address, "http://" to www.… (as goldmark renders them).
func autoLinkURL(n *ast.AutoLink, source []byte) []byte {
	u := n.URL(source)
	if n.AutoLinkType == ast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(u), []byte("mailto:")) {
		u = append([]byte("mailto:"), u...)
	}
	return u
}

// safeRenderer renders links, images and autolinks as linkRenderer and
// goldmark do, except one whose URL is refused: a link becomes its text,
// an image its alternative text, an autolink its label. So no page gets
// the empty href="" or src="" that goldmark writes for a dangerous URL.
type safeRenderer struct{}

// plainFuncs are the renderers safeRenderer wraps: goldmark's, with
// linkRenderer's for links. They must render as md would without
// safeRenderer, so md's HTML options are goldmark's defaults.
var plainFuncs = func() funcMap {
	m := funcMap{}
	html.NewRenderer().RegisterFuncs(m)
	linkRenderer{}.RegisterFuncs(m)
	return m
}()

type funcMap map[ast.NodeKind]renderer.NodeRendererFunc

func (m funcMap) Register(k ast.NodeKind, f renderer.NodeRendererFunc) { m[k] = f }

func (safeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	for _, kind := range []ast.NodeKind{ast.KindLink, ast.KindImage, ast.KindAutoLink} {
		next := plainFuncs[kind]
		reg.Register(kind, func(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
			if _, ok := classifyNode(n, source); ok {
				return next(w, source, n, entering)
			}
			if a, ok := n.(*ast.AutoLink); ok && entering {
				_, _ = w.Write(util.EscapeHTML(a.Label(source)))
			}
			return ast.WalkContinue, nil // the children: the text of a link, the alternative text of an image
		})
	}
}

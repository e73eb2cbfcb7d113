package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// tableRenderer renders a table as goldmark does, inside a region that
// scrolls sideways when the table is wider than the screen, so that the
// page does not (WCAG 1.4.10 reflow): the region can be focused from the
// keyboard to scroll it (tabindex="0"), and it is named after the heading
// the table is under, or else after the table's header cells.
type tableRenderer struct{}

var tableFuncs = func() funcMap {
	m := funcMap{}
	extension.NewTableHTMLRenderer().RegisterFuncs(m)
	return m
}()

func (tableRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	next := tableFuncs[east.KindTable]
	reg.Register(east.KindTable, func(w util.BufWriter, source []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(`<div class="table-scroll" role="region" tabindex="0"`)
			if id := headingID(n); id != nil {
				_, _ = w.WriteString(` aria-labelledby="`)
				_, _ = w.Write(util.EscapeHTML(id))
			} else {
				_, _ = w.WriteString(` aria-label="`)
				_, _ = w.Write(util.EscapeHTML(headerText(n, source)))
			}
			_, _ = w.WriteString("\">\n")
			return next(w, source, n, entering)
		}
		s, err := next(w, source, n, entering)
		_, _ = w.WriteString("</div>\n")
		return s, err
	})
}

// headingID returns the id of the nearest heading before table n at its
// level of the document, or nil.
func headingID(n ast.Node) []byte {
	for p := n.PreviousSibling(); p != nil; p = p.PreviousSibling() {
		if h, ok := p.(*ast.Heading); ok {
			if id, ok := h.AttributeString("id"); ok {
				if b, ok := id.([]byte); ok && len(b) > 0 {
					return b
				}
			}
			return nil
		}
	}
	return nil
}

// headerText returns the text of table n's header cells, comma-separated.
func headerText(n ast.Node, source []byte) []byte {
	var b bytes.Buffer
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if _, ok := c.(*east.TableHeader); !ok {
			continue
		}
		for cell := c.FirstChild(); cell != nil; cell = cell.NextSibling() {
			if b.Len() > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strings.TrimSpace(plainText(cell, source)))
		}
	}
	return b.Bytes()
}

package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// A language span marks the language of a phrase, as Pandoc writes it:
// "[työtön]{lang=fi}" renders as <span lang="fi">työtön</span>, so that a
// screen reader reads a Finnish term in a Swedish text as Finnish (WCAG
// 3.1.2). The phrase is plain text, on one line; a bracket that is not
// followed by {lang=CODE}, with CODE a language tag such as fi, sv, se or
// en-GB, is left to the link parser.

// KindLangSpan is the kind of a LangSpan node.
var KindLangSpan = ast.NewNodeKind("LangSpan")

// LangSpan is a phrase in another language than the text around it.
type LangSpan struct {
	ast.BaseInline
	Lang []byte
}

// Kind implements ast.Node.
func (n *LangSpan) Kind() ast.NodeKind { return KindLangSpan }

// Dump implements ast.Node.
func (n *LangSpan) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Lang": string(n.Lang)}, nil)
}

type langSpanParser struct{}

func (langSpanParser) Trigger() []byte { return []byte{'['} }

func (langSpanParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	end := closingBracket(line)
	if end < 0 {
		return nil
	}
	rest := line[end+1:]
	const open = "{lang="
	if !bytes.HasPrefix(rest, []byte(open)) {
		return nil
	}
	close := bytes.IndexByte(rest, '}')
	if close < 0 || !languageTag(rest[len(open):close]) {
		return nil
	}
	n := &LangSpan{Lang: append([]byte(nil), rest[len(open):close]...)}
	n.AppendChild(n, ast.NewTextSegment(text.NewSegment(seg.Start+1, seg.Start+end)))
	block.Advance(end + 1 + close + 1)
	return n
}

// closingBracket returns the index of the "]" that closes the "[" at
// line[0], skipping escaped brackets and nested pairs, or -1.
func closingBracket(line []byte) int {
	depth := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return i
			}
		case '\n':
			return -1
		}
	}
	return -1
}

// languageTag reports whether b looks like a BCP 47 tag: 2–3 letters, then
// subtags of 1–8 letters or digits after hyphens.
func languageTag(b []byte) bool {
	parts := bytes.Split(b, []byte("-"))
	if len(parts[0]) < 2 || len(parts[0]) > 3 {
		return false
	}
	for i, p := range parts {
		if len(p) == 0 || len(p) > 8 {
			return false
		}
		for _, c := range p {
			letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
			if !letter && (i == 0 || c < '0' || c > '9') {
				return false
			}
		}
	}
	return true
}

type langSpanRenderer struct{}

func (langSpanRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindLangSpan, func(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(`<span lang="`)
			_, _ = w.Write(util.EscapeHTML(node.(*LangSpan).Lang))
			_, _ = w.WriteString(`">`)
		} else {
			_, _ = w.WriteString("</span>")
		}
		return ast.WalkContinue, nil
	})
}

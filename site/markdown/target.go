package markdown

import (
	"bytes"
	"hash/fnv"
	"strconv"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// Target is where a body link goes once the graph stage has resolved it.
type Target struct {
	Set      bool   // false: leave the link as written (an external link)
	Href     string // the final URL
	HrefLang string // the target's language when it differs from the page's; "" otherwise
}

// slot is a place in the rendered body that Fill writes: link Link's
// destination (inside href="…" or src="…"), or its whole hreflang
// attribute (` hreflang="…"`, or nothing).
type slot struct {
	start, end int // byte range in html that the slot replaces
	link       int
	lang       bool
}

// render renders the body once, with a marker in place of each slot: a
// word made of the body's own hash, which no body can contain, so that
// finding the markers in the output finds exactly the slots. Refused
// links and autolinks have no slots: they render as they are.
func (d *Doc) render(root ast.Node) {
	h := fnv.New64a()
	h.Write(d.Source)
	marker := "mallislot" + strconv.FormatUint(h.Sum64(), 36)
	d.dests = make([][]byte, len(d.Links))
	for i, l := range d.Links {
		var dest *[]byte
		switch n := l.node.(type) {
		case *ast.Link:
			dest = &n.Destination
			if !l.Refused {
				n.SetAttributeString("hreflang", []byte(marker+"l"+strconv.Itoa(i)+"z"))
			}
		case *ast.Image:
			dest = &n.Destination
		}
		if dest == nil || l.Refused {
			continue
		}
		d.dests[i] = escapeDest(*dest)
		*dest = []byte(marker + "h" + strconv.Itoa(i) + "z")
	}
	var buf bytes.Buffer
	buf.Grow(len(d.Source) + len(d.Source)/2)
	_ = md.Renderer().Render(&buf, d.Source, root) // a bytes.Buffer does not fail
	out := buf.Bytes()
	const attr = ` hreflang="`
	for at := 0; ; {
		i := bytes.Index(out[at:], []byte(marker))
		if i < 0 {
			break
		}
		start := at + i
		p := start + len(marker)
		kind := out[p]
		end := p + 1
		for end < len(out) && out[end] != 'z' {
			end++
		}
		n, _ := strconv.Atoi(string(out[p+1 : end]))
		end++ // the z
		s := slot{start: start, end: end, link: n}
		if kind == 'l' {
			s.lang, s.start, s.end = true, start-len(attr), end+1 // the whole attribute with its quotes
		}
		d.slots = append(d.slots, s)
		at = end
	}
	d.html = bytes.Clone(out) // exactly as long as it is: every body is kept until the build ends
}

func escapeDest(dest []byte) []byte {
	if e := util.URLEscape(dest, true); !html.IsDangerousURL(e) {
		return util.EscapeHTML(e)
	}
	return nil
}

// Fill returns the body's HTML with each link i going to targets[i]; a
// link without a target (or with Set false) keeps its destination as
// written. It changes nothing in d, so it may be called any number of
// times, concurrently.
func (d *Doc) Fill(targets []Target) []byte {
	out := make([]byte, 0, len(d.html)+len(d.slots)*16)
	at := 0
	for _, s := range d.slots {
		out = append(out, d.html[at:s.start]...)
		at = s.end
		var t Target
		if s.link < len(targets) {
			t = targets[s.link]
		}
		switch {
		case s.lang && t.Set && t.HrefLang != "":
			out = append(out, ` hreflang="`...)
			out = append(out, util.EscapeHTML([]byte(t.HrefLang))...)
			out = append(out, '"')
		case s.lang:
		case t.Set:
			out = append(out, escapeDest([]byte(t.Href))...)
		default:
			out = append(out, d.dests[s.link]...)
		}
	}
	return append(out, d.html[at:]...)
}

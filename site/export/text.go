package export

import (
	"html"
	"strings"

	"github.com/malli-fi/malli/site/page"
)

// A Section is a document's body from one H2 heading to the next, as
// plain text (the document's html holds the whole body); text before the
// first H2 is a section with no heading.
type Section struct {
	ID      string `json:"id"`                // the heading's anchor
	Section string `json:"section,omitempty"` // the type's section it is, by id
	Title   string `json:"title"`
	Text    string `json:"text"`
	HTML    string `json:"-"` // the section's HTML, heading included (not exported: html holds the whole body)
}

// Sections splits d's rendered body at its H2 headings. The body is
// goldmark's output, in which raw HTML is never published, so `<h2 id="`
// opens a heading and nothing else.
func Sections(d *page.Document, body []byte) []Section {
	out := splitSections(d, body)
	for i := range out {
		h := out[i].HTML
		if e := strings.Index(h, "</h2>"); e >= 0 && out[i].ID != "" {
			h = h[e+len("</h2>"):]
		}
		out[i].Text = PlainText(h)
	}
	return out
}

// splitSections is Sections without their text: each section's HTML.
func splitSections(d *page.Document, body []byte) []Section {
	const open = `<h2 id="`
	s := string(body)
	var at []int // where each heading starts
	for i := 0; ; {
		k := strings.Index(s[i:], open)
		if k < 0 {
			break
		}
		at = append(at, i+k)
		i += k + len(open)
	}
	var titles []string
	for _, h := range d.Body.Headings {
		if h.Level == 2 {
			titles = append(titles, h.Text)
		}
	}
	var out []Section
	if lead := s[:first(at, len(s))]; strings.TrimSpace(lead) != "" {
		out = append(out, Section{HTML: lead})
	}
	for n, a := range at {
		end := len(s)
		if n+1 < len(at) {
			end = at[n+1]
		}
		part := s[a:end]
		id := part[len(open):]
		if q := strings.IndexByte(id, '"'); q >= 0 {
			id = html.UnescapeString(id[:q])
		}
		sec := Section{ID: id, HTML: part}
		if n < len(titles) {
			sec.Title = titles[n]
			if t, ok := d.Section(sec.Title); ok {
				sec.Section = t.ID
			}
		}
		out = append(out, sec)
	}
	return out
}

func first(at []int, none int) int {
	if len(at) == 0 {
		return none
	}
	return at[0]
}

// PlainText turns rendered HTML into plain text: paragraphs and headings
// separated by an empty line, list items on lines of their own starting
// with "- ", table cells separated by tabs, tags dropped and character
// references decoded; trailing space is trimmed from each line, and at most
// one empty line stands in a row. It expects the markup goldmark writes,
// and makes one pass over it.
func PlainText(h string) string {
	w := textWriter{b: make([]byte, 0, len(h)/2)}
	for len(h) > 0 {
		lt := strings.IndexByte(h, '<')
		if lt < 0 {
			w.text(h)
			break
		}
		w.text(h[:lt])
		gt := strings.IndexByte(h[lt:], '>')
		if gt < 0 {
			break
		}
		tag := h[lt+1 : lt+gt]
		h = h[lt+gt+1:]
		closing := len(tag) > 0 && tag[0] == '/'
		if closing {
			tag = tag[1:]
		}
		end := 0
		for end < len(tag) && (tag[end] >= 'a' && tag[end] <= 'z' || tag[end] >= '0' && tag[end] <= '9') {
			end++
		}
		switch tag[:end] {
		case "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote":
			if closing {
				w.breaks(2)
			}
		case "table", "ul", "ol":
			w.breaks(2)
		case "li":
			if !closing {
				w.breaks(1)
				w.raw("- ")
			}
		case "br", "tr":
			if !closing {
				w.breaks(1)
			}
		case "td", "th":
			if closing {
				w.raw("\t")
			}
		}
	}
	return w.String()
}

// textWriter writes plain text: line breaks are held back until text
// follows, so that no line ends in space and no more than one empty line
// stands in a row, and the text never starts or ends with white space.
type textWriter struct {
	b       []byte
	pending int // line breaks to write before the next text (at most 2)
}

func (w *textWriter) breaks(n int) { w.pending = max(w.pending, n) }

// text writes s, which may hold character references and line breaks.
func (w *textWriter) text(s string) {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	for len(s) > 0 {
		nl := strings.IndexByte(s, '\n')
		line := s
		if nl >= 0 {
			line, s = s[:nl], s[nl+1:]
		} else {
			s = ""
		}
		w.raw(line)
		if nl >= 0 {
			w.breaks(1)
		}
	}
}

// raw writes s, which holds no line break, after the pending breaks.
func (w *textWriter) raw(s string) {
	if strings.TrimSpace(s) == "" && (w.pending > 0 || len(w.b) == 0) {
		return // space at the start of a line
	}
	if w.pending > 0 {
		w.trimLine()
		if len(w.b) > 0 {
			for i := 0; i < w.pending; i++ {
				w.b = append(w.b, '\n')
			}
		}
		w.pending = 0
		s = strings.TrimLeft(s, " \t")
	}
	w.b = append(w.b, s...)
}

// trimLine drops the space and tabs that end the text written.
func (w *textWriter) trimLine() {
	for len(w.b) > 0 && (w.b[len(w.b)-1] == ' ' || w.b[len(w.b)-1] == '\t') {
		w.b = w.b[:len(w.b)-1]
	}
}

func (w *textWriter) String() string {
	w.trimLine()
	return string(w.b)
}

// tidy trims each line's trailing space and tabs, keeps at most one empty
// line in a row, and trims the whole.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	empty := true
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			if empty {
				continue
			}
			empty = true
		} else {
			empty = false
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

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
		out = append(out, Section{Text: PlainText(lead), HTML: lead})
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
		sec := Section{ID: id, Text: PlainText(part), HTML: part}
		if e := strings.Index(part, "</h2>"); e >= 0 {
			sec.Text = PlainText(part[e+len("</h2>"):])
		}
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
// references decoded. It expects the markup goldmark writes.
func PlainText(h string) string {
	var b strings.Builder
	for len(h) > 0 {
		lt := strings.IndexByte(h, '<')
		if lt < 0 {
			b.WriteString(html.UnescapeString(h))
			break
		}
		b.WriteString(html.UnescapeString(h[:lt]))
		gt := strings.IndexByte(h[lt:], '>')
		if gt < 0 {
			break
		}
		tag := h[lt+1 : lt+gt]
		h = h[lt+gt+1:]
		name := strings.ToLower(strings.TrimLeft(strings.Fields(tag + " ")[0], "/"))
		closing := strings.HasPrefix(tag, "/")
		switch name {
		case "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "table", "ul", "ol":
			if closing || name == "table" || name == "ul" || name == "ol" {
				b.WriteString("\n\n")
			}
		case "li":
			if !closing {
				b.WriteString("\n- ")
			}
		case "br", "tr":
			if !closing {
				b.WriteString("\n")
			}
		case "td", "th":
			if closing {
				b.WriteString("\t")
			}
		}
	}
	return tidy(b.String())
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

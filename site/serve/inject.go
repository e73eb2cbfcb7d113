package serve

import (
	"bytes"
	"html"
	"iter"
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

// inject returns page with what the live reload and the overlay need (see
// the package doc), as served in st; fallback is the overlay's language
// when the page's <html> has no lang malli knows. page itself is never
// changed; a page without </head> is returned as it is.
func inject(page []byte, st *state, fallback diag.Lang) []byte {
	type edit struct {
		start, end int // page[start:end] is replaced by text
		text       string
	}
	var edits []edit
	lang, head, body := fallback, -1, -1
	for t := range tags(page) {
		switch t.name {
		case "html":
			if l, ok := langOf(t.attr("lang")); ok {
				lang = l
			}
		case "meta":
			if head < 0 && strings.EqualFold(t.attr("http-equiv"), "content-security-policy") {
				if a, ok := t.find("content"); ok {
					edits = append(edits, edit{a.start, a.end, `content="` + attrEscaper.Replace(relax(html.UnescapeString(a.val))) + `"`})
				}
			}
		case "/head":
			if head < 0 {
				head, body = t.start, t.end
			}
		case "body":
			body = t.end
		}
		if t.name == "body" {
			break
		}
	}
	if head < 0 {
		return page
	}
	edits = append(edits, edit{head, head, live(st)})
	if o := st.overlay[lang]; o != "" {
		edits = append(edits, edit{body, body, o})
	}
	var b bytes.Buffer
	b.Grow(len(page) + 4096)
	at := 0
	for _, e := range edits {
		b.Write(page[at:e.start])
		b.WriteString(e.text)
		at = e.end
	}
	b.Write(page[at:])
	return b.Bytes()
}

// live returns what goes before </head>: the state's token, and the live
// style sheet and script.
func live(st *state) string {
	return `<meta name="malli-build" content="` + st.token + `">` +
		`<link rel="stylesheet" href="/_malli/live.css">` +
		`<script src="/_malli/live.js" defer></script>`
}

var attrEscaper = strings.NewReplacer(`&`, "&amp;", `"`, "&quot;")

// langOf returns the language malli knows of an HTML lang attribute's
// value: "sv" and "sv-FI" are sv.
func langOf(v string) (diag.Lang, bool) {
	primary, _, _ := strings.Cut(strings.TrimSpace(v), "-")
	return diag.ParseLang(strings.ToLower(primary))
}

// relax returns a Content-Security-Policy that allows, in addition to what
// policy allows, the scripts, connections and style sheets of the page's
// own origin. A directive of the three that is missing is added, with
// default-src's sources and 'self', only where a default-src that does not
// allow 'self' would otherwise govern it.
func relax(policy string) string {
	type directive struct {
		name string
		srcs []string
	}
	var dirs []directive
	seen := map[string]int{}
	for part := range strings.SplitSeq(policy, ";") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		name := strings.ToLower(f[0])
		if _, ok := seen[name]; ok {
			continue // a browser ignores a repeated directive
		}
		seen[name] = len(dirs)
		dirs = append(dirs, directive{name, f[1:]})
	}
	// withSelf returns srcs with 'self' and without 'none', and whether
	// that allows more than srcs did.
	withSelf := func(srcs []string) ([]string, bool) {
		var out []string
		self := false
		for _, s := range srcs {
			switch strings.ToLower(s) {
			case "'none'":
				continue
			case "'self'":
				self = true
			}
			out = append(out, s)
		}
		if !self {
			out = append(out, "'self'")
		}
		return out, !self
	}
	for _, name := range []string{"script-src", "connect-src", "style-src"} {
		if i, ok := seen[name]; ok {
			dirs[i].srcs, _ = withSelf(dirs[i].srcs)
		} else if i, ok := seen["default-src"]; ok {
			if srcs, more := withSelf(dirs[i].srcs); more {
				dirs = append(dirs, directive{name, srcs})
			}
		}
	}
	parts := make([]string, len(dirs))
	for i, d := range dirs {
		parts[i] = strings.Join(append([]string{d.name}, d.srcs...), " ")
	}
	return strings.Join(parts, "; ")
}

// tag is a start or end tag of an HTML document.
type tag struct {
	name       string // in lower case; "/head" for an end tag
	start, end int    // the tag is page[start:end], "<" to ">"
	attrs      []attr
}

// attr is an attribute of a tag.
type attr struct {
	name       string // in lower case
	val        string // as written: quotes removed, character references not decoded
	start, end int    // the attribute is page[start:end], name to the end of its value
}

func (t tag) find(name string) (attr, bool) {
	for _, a := range t.attrs {
		if a.name == name {
			return a, true
		}
	}
	return attr{}, false
}

func (t tag) attr(name string) string {
	a, _ := t.find(name)
	return html.UnescapeString(a.val)
}

// rawText are the elements whose content holds no tags.
var rawText = map[string]bool{
	"script": true, "style": true, "title": true, "textarea": true, "xmp": true,
	"iframe": true, "noembed": true, "noframes": true, "noscript": true,
}

// tags yields the tags of page in order, as an HTML tokenizer finds them:
// not inside comments, nor inside the text of script, style and the other
// raw text elements. It stops at the end of page, or at an unclosed tag or
// comment.
func tags(page []byte) iter.Seq[tag] {
	return func(yield func(tag) bool) {
		for i := 0; i < len(page); {
			j := bytes.IndexByte(page[i:], '<')
			if j < 0 {
				return
			}
			i += j
			rest := page[i:]
			switch {
			case bytes.HasPrefix(rest, []byte("<!--")):
				// From "<!" so that "<!-->" and "<!--->" end at once, as
				// they do in a browser.
				k := bytes.Index(rest[2:], []byte("-->"))
				if k < 0 {
					return
				}
				i += 2 + k + 3
			case bytes.HasPrefix(rest, []byte("<!")), bytes.HasPrefix(rest, []byte("<?")):
				k := bytes.IndexByte(rest, '>')
				if k < 0 {
					return
				}
				i += k + 1
			case len(rest) > 2 && rest[1] == '/' && isLetter(rest[2]),
				len(rest) > 1 && isLetter(rest[1]):
				t, ok := parseTag(page, i)
				if !ok {
					return
				}
				if !yield(t) {
					return
				}
				i = t.end
				if rawText[t.name] {
					k := closing(page[i:], t.name)
					if k < 0 {
						return
					}
					i += k
				}
			default:
				i++
			}
		}
	}
}

// closing returns the offset in b of the end tag </name, or -1.
func closing(b []byte, name string) int {
	for at := 0; ; {
		k := bytes.Index(b[at:], []byte("</"))
		if k < 0 {
			return -1
		}
		at += k
		rest := b[at+2:]
		if len(rest) >= len(name) && strings.EqualFold(string(rest[:len(name)]), name) &&
			(len(rest) == len(name) || strings.IndexByte(" \t\n\f\r/>", rest[len(name)]) >= 0) {
			return at
		}
		at += 2
	}
}

// parseTag reads the tag at page[i] ('<' followed by a letter, or by '/'
// and a letter), or returns false if it has no end.
func parseTag(page []byte, i int) (tag, bool) {
	t := tag{start: i}
	j := i + 1
	if page[j] == '/' {
		j++
	}
	k := j
	for k < len(page) && !isSpace(page[k]) && page[k] != '/' && page[k] != '>' {
		k++
	}
	t.name = strings.ToLower(string(page[i+1 : k]))
	for {
		for k < len(page) && (isSpace(page[k]) || page[k] == '/') {
			k++
		}
		if k == len(page) {
			return tag{}, false
		}
		if page[k] == '>' {
			t.end = k + 1
			return t, true
		}
		a := attr{start: k}
		k++ // a name's first character may be '='
		for k < len(page) && !isSpace(page[k]) && page[k] != '/' && page[k] != '>' && page[k] != '=' {
			k++
		}
		a.name = strings.ToLower(string(page[a.start:k]))
		a.end = k
		v := k
		for v < len(page) && isSpace(page[v]) {
			v++
		}
		if v < len(page) && page[v] == '=' {
			v++
			for v < len(page) && isSpace(page[v]) {
				v++
			}
			if v == len(page) {
				return tag{}, false
			}
			switch q := page[v]; q {
			case '"', '\'':
				e := bytes.IndexByte(page[v+1:], q)
				if e < 0 {
					return tag{}, false
				}
				a.val = string(page[v+1 : v+1+e])
				k = v + 1 + e + 1
			default:
				e := v
				for e < len(page) && !isSpace(page[e]) && page[e] != '>' {
					e++
				}
				a.val = string(page[v:e])
				k = e
			}
			a.end = k
		}
		t.attrs = append(t.attrs, a)
	}
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

package site_test

import (
	"context"
	"fmt"
	"html"
	"maps"
	"os"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/publish"
)

// cspWant is what the default theme's Content-Security-Policy must say, at
// least. A change that loosens a directive has to change this table too.
// A page that loads scripts (the Innokylä pages' copy buttons) has
// script-src 'self' instead, and each of its scripts must be a file of the
// site itself, with no inline code (cspProblems). The search page's form
// has form-action 'self' (a GET form to the page itself).
var cspWant = map[string]string{
	"default-src": "'none'",
	"script-src":  "'none'",
	"style-src":   "'self'",
	"img-src":     "'self'",
	"object-src":  "'none'",
	"base-uri":    "'none'",
	"form-action": "'none'",
	"frame-src":   "'none'",
}

// TestCSP builds the real site and checks that every HTML page declares the
// policy first in <head> (a <meta> policy covers only what follows it) and
// does nothing the policy blocks: no inline script or style, no style
// attribute (in inline SVG too), no event handler attribute, no
// javascript: URL, no subresource from another origin.
func TestCSP(t *testing.T) {
	out := &publish.Memory{}
	if _, err := site.Build(context.Background(), site.Options{FS: os.DirFS(".."), Out: out}); err != nil {
		t.Fatal(err)
	}
	pages, svgs := 0, 0
	for _, p := range out.Paths() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		data, _ := out.File(p)
		pages++
		svgs += strings.Count(string(data), "<svg")
		for _, problem := range cspProblems(string(data)) {
			t.Errorf("%s:%s", p, problem)
		}
	}
	// The check must have seen the kinds of page the theme has, and the
	// service path diagram (inline SVG drawn by site/render).
	if pages < 40 || svgs == 0 {
		t.Errorf("checked %d pages with %d SVG figures, want at least 40 and 1", pages, svgs)
	}
	// Only the Innokylä pages and the search pages load a script, and
	// they do; only the search pages have a form.
	scripted := 0
	for _, p := range out.Paths() {
		data, _ := out.File(p)
		if !strings.HasSuffix(p, ".html") || !strings.Contains(string(data), "<script") {
			continue
		}
		scripted++
		if !strings.Contains(p, "/innokyla/") && !strings.HasSuffix(p, "haku/index.html") {
			t.Errorf("%s loads a script; only the Innokylä and search pages may", p)
		}
	}
	if scripted < 6 {
		t.Errorf("%d pages load a script, want the Innokylä pages and the three search pages (at least 6)", scripted)
	}
	for _, p := range out.Paths() {
		data, _ := out.File(p)
		if strings.HasSuffix(p, ".html") && strings.Contains(string(data), "<form") != strings.HasSuffix(p, "haku/index.html") {
			t.Errorf("%s: only the search pages have a form, and they do", p)
		}
	}
	for _, p := range []string{"404.html", "en/404.html", "index.html", "palvelupolut/tuetun-tyollistymisen-polku/index.html"} {
		if _, ok := out.File(p); !ok {
			t.Errorf("missing %s", p)
		}
	}
}

// TestCSPProblems checks the checker on small pages: each bad page must
// give a problem naming what is wrong, and the good one none.
func TestCSPProblems(t *testing.T) {
	const policy = `default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'`
	head := `<!DOCTYPE html><html lang="fi"><head>` + "\n" + `<meta charset="utf-8">` + "\n" + `<meta http-equiv="Content-Security-Policy" content="` + policy + `">` + "\n<title>T</title></head><body>"
	page := func(body string) string { return head + body + "</body></html>" }
	good := page(`<p class="x">a &lt;style&gt; b</p><!-- <script>x</script> style="x" --><a href="/a/">a</a>` +
		`<svg class="steps" role="img"><path d="M0 0" fill="currentColor"/><title>t</title></svg><img src="kuva.png" alt="" title="JavaScript: kieli">`)
	if got := cspProblems(good); len(got) != 0 {
		t.Errorf("good page: %q, want no problems", got)
	}
	scripted := func(body string) string {
		return strings.Replace(page(body), "script-src 'none'", "script-src 'self'", 1)
	}
	if got := cspProblems(scripted(`<script src="/static/innokyla.js" defer></script><p>a</p>`)); len(got) != 0 {
		t.Errorf("good page with a script: %q, want no problems", got)
	}
	for _, tc := range []struct{ name, html, want string }{
		{"no policy", `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title></head><body></body></html>`, "Content-Security-Policy"},
		{"policy after title", `<html><head><meta charset="utf-8"><title>T</title><meta http-equiv="Content-Security-Policy" content="` + policy + `"></head></html>`, "Content-Security-Policy"},
		{"policy before charset", `<html><head><meta http-equiv="content-security-policy" content="` + policy + `"><meta charset="utf-8"></head></html>`, "charset"},
		{"unsafe-inline", strings.Replace(page(""), "style-src 'self'", "style-src 'self' 'unsafe-inline'", 1), "unsafe-inline"},
		{"weaker img-src", strings.Replace(page(""), "img-src 'self'", "img-src 'self' data:", 1), "img-src"},
		{"missing directive", strings.Replace(page(""), "; frame-src 'none'", "", 1), "frame-src"},
		{"inline script", page(`<script>alert(1)</script>`), "<script>"},
		{"script under script-src 'none'", page(`<script src="/static/x.js"></script>`), "script-src"},
		{"inline script under 'self'", scripted(`<script>alert(1)</script>`), "inline <script>"},
		{"inline code beside src", scripted(`<script src="/static/x.js">alert(1)</script>`), "inline code"},
		{"script from another origin", scripted(`<script src="https://cdn.example/x.js"></script>`), "another origin"},
		{"script-src 'self' without a script", strings.Replace(page(""), "script-src 'none'", "script-src 'self'", 1), "script-src"},
		{"style element", page(`<style>p{}</style>`), "<style>"},
		{"style attribute", page(`<p style="color:red">a</p>`), "style"},
		{"style attribute in SVG", page(`<svg><rect STYLE='fill:red'/></svg>`), "style"},
		{"event handler", page(`<img src="a.png" onerror="x()">`), "onerror"},
		{"event handler unquoted", page(`<body onload=x()>`), "onload"},
		{"javascript URL", page(`<a href="javascript:alert(1)">a</a>`), "javascript:"},
		{"javascript URL obfuscated", page(`<a href=" JavaScript&#58;alert(1)">a</a>`), "javascript:"},
		{"javascript URL with tab", page(`<a href="java&#9;script:x">a</a>`), "javascript:"},
		{"javascript URL in SVG", page(`<svg><a xlink:href="javascript:x()"><text>t</text></a></svg>`), "javascript:"},
		{"external image", page(`<img src="https://example.com/x.png" alt="">`), "another origin"},
		{"data image", page(`<img src="data:image/png;base64,AAAA" alt="">`), "another origin"},
		{"external stylesheet", page(`<link rel="preload stylesheet" href="//cdn.example/x.css">`), "another origin"},
		{"iframe", page(`<iframe src="/a/"></iframe>`), "<iframe>"},
		{"base", page(`<base href="/">`), "<base>"},
	} {
		got := cspProblems(tc.html)
		if !strings.Contains(strings.Join(got, "\n"), tc.want) {
			t.Errorf("%s: problems %q, want one mentioning %q", tc.name, got, tc.want)
		}
	}
}

// cspProblems lists what in page breaks cspWant or the rule that the policy
// comes first in <head> after <meta charset>, one "line: what" a problem.
func cspProblems(page string) []string {
	var problems []string
	report := func(off int, format string, args ...any) {
		line := strings.Count(page[:off], "\n") + 1
		problems = append(problems, fmt.Sprintf("%d: %s", line, fmt.Sprintf(format, args...)))
	}
	tags := scanTags(page)
	// The head: <head>, <meta charset>, then the policy.
	head := -1
	for i, tg := range tags {
		if tg.name == "head" && !tg.end {
			head = i
			break
		}
	}
	switch {
	case head < 0:
		report(0, "no <head>")
	case head+1 >= len(tags) || tags[head+1].name != "meta" || !tags[head+1].has("charset"):
		report(tags[head].off, "<head> does not begin with <meta charset>")
	case head+2 >= len(tags) || tags[head+2].name != "meta" || !strings.EqualFold(tags[head+2].get("http-equiv"), "Content-Security-Policy"):
		report(tags[head].off, "<head> does not go on with <meta http-equiv=\"Content-Security-Policy\"> after <meta charset>")
	default:
		want := maps.Clone(cspWant)
		for _, tg := range tags {
			if tg.name == "script" && !tg.end {
				want["script-src"] = "'self'"
			}
			if tg.name == "form" && !tg.end {
				want["form-action"] = "'self'"
			}
		}
		checkPolicy(tags[head+2].get("content"), want, func(format string, args ...any) { report(tags[head+2].off, format, args...) })
	}
	for _, tg := range tags {
		if tg.end {
			continue
		}
		switch tg.name {
		case "script":
			// script-src 'self': a file of the site, no inline code.
			src := strings.TrimSpace(html.UnescapeString(tg.get("src")))
			gt := strings.IndexByte(page[tg.off:], '>')
			end := strings.Index(strings.ToLower(page[tg.off:]), "</script")
			switch {
			case src == "":
				report(tg.off, "inline <script> (script-src 'self' blocks it; use a file in the theme's static/)")
			case strings.HasPrefix(src, "//") || hasScheme(src):
				report(tg.off, "<script> loads %q from another origin (only 'self' is allowed)", src)
			case gt < 0 || end < gt || strings.TrimSpace(page[tg.off+gt+1:tg.off+end]) != "":
				report(tg.off, "<script src> with inline code")
			}
		case "style":
			report(tg.off, "<style> element (style-src 'self' blocks inline style)")
		case "form":
			// form-action 'self': a GET form to a page of the site.
			action := strings.TrimSpace(html.UnescapeString(tg.get("action")))
			if !strings.EqualFold(tg.get("method"), "get") || !strings.HasPrefix(action, "/") || strings.HasPrefix(action, "//") {
				report(tg.off, "<form> that is not a GET form to a page of the site (method %q, action %q)", tg.get("method"), action)
			}
		case "base", "iframe", "frame", "object", "embed":
			report(tg.off, "<%s> (the policy blocks it)", tg.name)
		}
		for _, a := range tg.attrs {
			switch {
			case a.name == "style":
				report(tg.off, "style attribute on <%s> (style-src 'self' blocks it; use a class in malli.css)", tg.name)
			case strings.HasPrefix(a.name, "on"):
				report(tg.off, "%s attribute on <%s> (the policy blocks event handlers)", a.name, tg.name)
			}
			if urlAttr[a.name] && isJavaScriptURL(a.value) {
				report(tg.off, "javascript: URL in %s of <%s>", a.name, tg.name)
			}
		}
		// Subresources must come from the site itself.
		var urls []string
		switch tg.name {
		case "img", "source", "audio", "video", "track", "input":
			urls = append(urls, tg.get("src"), tg.get("poster"))
			for _, c := range strings.Split(tg.get("srcset"), ",") {
				if f := strings.Fields(c); len(f) > 0 {
					urls = append(urls, f[0])
				}
			}
		case "link":
			for _, rel := range strings.Fields(strings.ToLower(tg.get("rel"))) {
				if loadingRel[rel] {
					urls = append(urls, tg.get("href"))
					break
				}
			}
		}
		for _, u := range urls {
			if u = strings.TrimSpace(html.UnescapeString(u)); strings.HasPrefix(u, "//") || hasScheme(u) {
				report(tg.off, "<%s> loads %q from another origin (only 'self' is allowed)", tg.name, u)
			}
		}
	}
	return problems
}

// urlAttr are the attributes whose value a browser follows or loads as a
// URL (text attributes such as title or content may say "javascript:").
var urlAttr = map[string]bool{"href": true, "src": true, "action": true, "formaction": true, "xlink:href": true, "poster": true, "data": true, "cite": true, "background": true, "ping": true}

// loadingRel are the <link rel> values that make the browser fetch href
// (the others, such as alternate, are links to follow).
var loadingRel = map[string]bool{"stylesheet": true, "icon": true, "apple-touch-icon": true, "mask-icon": true, "manifest": true, "preload": true, "modulepreload": true, "prefetch": true}

// hasScheme says whether URL u begins with a scheme ("https:", "data:").
func hasScheme(u string) bool {
	for i := 0; i < len(u); i++ {
		switch c := u[i]; {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return i > 0 && c == ':'
		}
	}
	return false
}

// checkPolicy reports each directive of want that policy lacks or says
// differently, and any source expression that undoes the policy.
func checkPolicy(policy string, want map[string]string, report func(format string, args ...any)) {
	got := map[string]string{}
	for _, d := range strings.Split(policy, ";") {
		f := strings.Fields(d)
		if len(f) == 0 {
			continue
		}
		name := strings.ToLower(f[0])
		if _, dup := got[name]; !dup { // browsers ignore a repeated directive
			got[name] = strings.Join(f[1:], " ")
		}
		for _, src := range f[1:] {
			switch s := strings.ToLower(src); {
			case strings.HasPrefix(s, "'unsafe-"), s == "*", s == "data:", s == "blob:", s == "http:", s == "https:", s == "filesystem:":
				report("policy: %s allows %s", name, src)
			}
		}
	}
	for name, w := range want {
		if got[name] != w {
			report("policy: %s is %q, want %q", name, got[name], w)
		}
	}
}

// isJavaScriptURL says whether an attribute value, as a browser would read
// it as a URL (entities decoded, leading spaces and controls dropped, tabs
// and newlines removed), has the javascript: scheme.
func isJavaScriptURL(v string) bool {
	v = html.UnescapeString(v)
	v = strings.TrimLeft(v, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	v = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(v)
	return len(v) >= 11 && strings.EqualFold(v[:11], "javascript:")
}

// tag is a start or end tag of an HTML page.
type tag struct {
	name  string // lower case
	end   bool
	attrs []attr // names in lower case, values with entities undecoded
	off   int    // byte offset of "<"
}

type attr struct{ name, value string }

func (t tag) get(name string) string {
	for _, a := range t.attrs {
		if a.name == name {
			return a.value
		}
	}
	return ""
}

func (t tag) has(name string) bool {
	for _, a := range t.attrs {
		if a.name == name {
			return true
		}
	}
	return false
}

// scanTags lists the tags of page in order, skipping comments, doctypes
// and the raw text of <script> and <style> (whose own tags are listed).
// It follows the HTML tokenizer's rules for tags and attributes, which is
// enough for html/template's and goldmark's regular output; it does not
// build a tree.
func scanTags(page string) []tag {
	var tags []tag
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	i := 0
	for {
		lt := strings.IndexByte(page[i:], '<')
		if lt < 0 {
			return tags
		}
		i += lt
		rest := page[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest[4:], "-->")
			if end < 0 {
				return tags
			}
			i += 4 + end + 3
			continue
		case strings.HasPrefix(rest, "<!"), strings.HasPrefix(rest, "<?"):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				return tags
			}
			i += end + 1
			continue
		case strings.HasPrefix(rest, "</") && len(rest) > 2 && isLetter(rest[2]),
			len(rest) > 1 && isLetter(rest[1]):
		default:
			i++ // a "<" that starts no tag is text
			continue
		}
		t := tag{off: i}
		j := i + 1
		if page[j] == '/' {
			t.end = true
			j++
		}
		start := j
		for j < len(page) && !isSpace(page[j]) && page[j] != '/' && page[j] != '>' {
			j++
		}
		t.name = strings.ToLower(page[start:j])
		// Attributes, up to the ">" that ends the tag.
		for j < len(page) && page[j] != '>' {
			if isSpace(page[j]) || page[j] == '/' {
				j++
				continue
			}
			start := j
			j++ // the first character is the name's, even "="
			for j < len(page) && !isSpace(page[j]) && page[j] != '/' && page[j] != '>' && page[j] != '=' {
				j++
			}
			a := attr{name: strings.ToLower(page[start:j])}
			k := j
			for k < len(page) && isSpace(page[k]) {
				k++
			}
			if k < len(page) && page[k] == '=' {
				j = k + 1
				for j < len(page) && isSpace(page[j]) {
					j++
				}
				if j < len(page) && (page[j] == '"' || page[j] == '\'') {
					q := page[j]
					end := strings.IndexByte(page[j+1:], q)
					if end < 0 {
						end = len(page) - j - 1
					}
					a.value = page[j+1 : j+1+end]
					j += end + 2
				} else {
					start := j
					for j < len(page) && !isSpace(page[j]) && page[j] != '>' {
						j++
					}
					a.value = page[start:j]
				}
			}
			if !t.end {
				t.attrs = append(t.attrs, a)
			}
		}
		i = min(j+1, len(page))
		tags = append(tags, t)
		// Raw text: skip to the element's end tag.
		if !t.end && (t.name == "script" || t.name == "style") {
			end := strings.Index(strings.ToLower(page[i:]), "</"+t.name)
			if end < 0 {
				return tags
			}
			i += end
		}
	}
}

package serve_test

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/serve"
)

// site is a Site in a map.
type site map[string][]byte

func (s site) File(p string) ([]byte, bool) {
	b, ok := s[p]
	return b, ok
}

// themeCSP is the theme's Content-Security-Policy meta tag, as base.html
// writes it on a page that loads no script (an {{if}}…{{else}}…{{end}}
// in it takes its else branch).
func themeCSP(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../themes/default/layouts/base.html")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy"[^>]*>`).Find(b)
	if m == nil {
		t.Fatal(`base.html has no <meta http-equiv="Content-Security-Policy">`)
	}
	return regexp.MustCompile(`\{\{if [^}]*\}\}[^{]*\{\{else\}\}([^{]*)\{\{end\}\}`).ReplaceAllString(string(m), "$1")
}

// themeCSPRelaxed is the theme's policy as served.
const themeCSPRelaxed = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'self'">`

// page returns a page shaped like the theme's, in lang, saying text.
func page(t *testing.T, lang, text string) []byte {
	return []byte(`<!DOCTYPE html>
<html lang="` + lang + `">
<head>
<meta charset="utf-8">
` + themeCSP(t) + `
<title>` + text + `</title>
<link rel="stylesheet" href="/static/malli.css">
</head>
<body>
<main><h1>` + text + `</h1></main>
</body>
</html>
`)
}

// secret is in the Site as go.mod, to show that no path reaches it but its own.
const secret = "module SECRET"

func testSite(t *testing.T) site {
	return site{
		"index.html":              page(t, "fi", "Etusivu"),
		"sv/index.html":           page(t, "sv", "Startsida"),
		"en/index.html":           page(t, "en", "Home"),
		"404.html":                page(t, "fi", "Sivua ei löydy"),
		"sv/404.html":             page(t, "sv", "Sidan finns inte"),
		"en/404.html":             page(t, "en", "Page not found"),
		"mallit/x/index.html":     page(t, "fi", "Malli X"),
		"sv/mallit/x/index.html":  page(t, "sv", "Modell X"),
		"static/malli.css":        []byte("body{}"),
		"data/index.json":         []byte("{}"),
		"go.mod":                  []byte(secret),
		"mallit/x/kuva.png":       []byte("\x89PNG"),
		"mallit/x/liite.pdf":      []byte("%PDF"),
		"mallit/x/tiedot.csv":     []byte("a,b\n"),
		"mallit/x/ääkköset.txt":   []byte("ok"),
		"mallit/x/ilman-paatetta": []byte("?"),
	}
}

// newServer returns a Server that has had one good Update of s, and a test
// HTTP server in front of it.
func newServer(t *testing.T, s serve.Site) (*serve.Server, *httptest.Server) {
	t.Helper()
	srv := serve.New()
	srv.Update(serve.Update{Site: s})
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(func() {
		srv.Close()
		ts.Close()
	})
	return srv, ts
}

// noRedirect is a client that shows redirects rather than following them.
func noRedirect(ts *httptest.Server) *http.Client {
	c := *ts.Client()
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &c
}

func get(t *testing.T, c *http.Client, method, u string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func TestPaths(t *testing.T) {
	s := testSite(t)
	_, ts := newServer(t, s)
	c := noRedirect(ts)
	for _, tt := range []struct {
		path     string
		status   int
		file     string // the Site file whose text the body shows; "" for none
		location string
	}{
		{"/", 200, "index.html", ""},
		{"/sv/", 200, "sv/index.html", ""},
		{"/mallit/x/", 200, "mallit/x/index.html", ""},
		{"/mallit/x/index.html", 200, "mallit/x/index.html", ""},
		{"/sv/mallit/x/", 200, "sv/mallit/x/index.html", ""},
		{"/static/malli.css", 200, "static/malli.css", ""},
		{"/go.mod", 200, "go.mod", ""},
		{"/mallit/x/%C3%A4%C3%A4kk%C3%B6set.txt", 200, "mallit/x/ääkköset.txt", ""},
		{"/mallit/x", 301, "", "/mallit/x/"},
		{"/sv", 301, "", "/sv/"},
		{"/mallit/x?a=1", 301, "", "/mallit/x/?a=1"},
		{"/mallit/", 404, "404.html", ""}, // no listing of a folder
		{"/static/", 404, "404.html", ""},
		{"/nope", 404, "404.html", ""},
		{"/mallit/y/", 404, "404.html", ""},
		{"/sv/nope/", 404, "sv/404.html", ""},
		{"/sv/mallit/", 404, "sv/404.html", ""},
		{"/en/nope", 404, "en/404.html", ""},
		{"/svx/nope", 404, "404.html", ""},
		{"/static/malli.css/", 404, "404.html", ""},
		{"/_malli/", 404, "", ""},
		{"/_malli/nope", 404, "", ""},
	} {
		t.Run(tt.path, func(t *testing.T) {
			resp, body := get(t, c, "GET", ts.URL+tt.path)
			if resp.StatusCode != tt.status {
				t.Fatalf("GET %s: status %d, want %d", tt.path, resp.StatusCode, tt.status)
			}
			if got := resp.Header.Get("Location"); got != tt.location {
				t.Errorf("GET %s: Location %q, want %q", tt.path, got, tt.location)
			}
			if tt.file != "" && !strings.Contains(body, title(s[tt.file])) {
				t.Errorf("GET %s: the body is not %s's:\n%s", tt.path, tt.file, body)
			}
		})
	}
}

// title returns a page's <title> text, or a file's whole text.
func title(b []byte) string {
	if m := regexp.MustCompile(`<title>(.*)</title>`).FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return string(b)
}

// traversals are request targets that climb out of the site or are not
// canonical, as sent on the wire.
var traversals = []string{
	"/../go.mod",
	"/%2e%2e/go.mod",
	"/%2E%2E/go.mod",
	"/.%2e/go.mod",
	"/..%2fgo.mod",
	"/..%2Fgo.mod",
	"/%2e%2e%2fgo.mod",
	`/..\go.mod`,
	"/..%5cgo.mod",
	"/%5cgo.mod",
	"/static/../go.mod",
	"/static/%2e%2e/go.mod",
	"/./go.mod",
	"/%2e/go.mod",
	"//go.mod",
	"/static//../go.mod",
	"/go.mod%00",
	"/go.mod%00.html",
	"/%00/go.mod",
	"/mallit/x/..",
	"/mallit/x/../",
	"/mallit/x/.",
	"/..",
	"/...%2f..%2fgo.mod",
	"/%c0%ae%c0%ae/go.mod",
}

// TestTraversalOnTheWire sends each target as written, on a connection of
// its own, so that no client can clean it first.
func TestTraversalOnTheWire(t *testing.T) {
	_, ts := newServer(t, testSite(t))
	for _, target := range traversals {
		t.Run(target, func(t *testing.T) {
			conn, err := net.Dial("tcp", ts.Listener.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", target)
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			// Go's server may refuse a target before the handler sees it (400).
			if resp.StatusCode != 404 && resp.StatusCode != 400 {
				t.Errorf("GET %s: status %d, want 404", target, resp.StatusCode)
			}
			if strings.Contains(string(body), secret) || strings.Contains(string(body), "<html") {
				t.Errorf("GET %s: a file is served:\n%s", target, body)
			}
		})
	}
}

// TestTraversalHandler gives the handler each path decoded, as a request
// that no server parsed would bring it: every one is a plain 404.
func TestTraversalHandler(t *testing.T) {
	srv := serve.New()
	srv.Update(serve.Update{Site: testSite(t)})
	paths := []string{"/../go.mod", `/..\go.mod`, `/\go.mod`, `\go.mod`, "go.mod", "", "/go.mod\x00", "/static/../go.mod", "//go.mod", "/./go.mod", "/mallit/x/.."}
	for _, target := range traversals {
		u, err := url.ParseRequestURI(target)
		if err == nil {
			paths = append(paths, u.Path)
		}
	}
	for _, p := range paths {
		r := httptest.NewRequest("GET", "/", nil)
		r.URL = &url.URL{Path: p}
		w := httptest.NewRecorder()
		srv.Handler().ServeHTTP(w, r)
		if w.Code != 404 || strings.Contains(w.Body.String(), secret) || strings.Contains(w.Body.String(), "<html") {
			t.Errorf("path %q: status %d, body %q; want a plain 404", p, w.Code, w.Body.String())
		}
	}
}

// recorder is a Site that records the names it is asked for.
type recorder struct {
	site
	mu    sync.Mutex
	asked []string
}

func (r *recorder) File(p string) ([]byte, bool) {
	r.mu.Lock()
	r.asked = append(r.asked, p)
	r.mu.Unlock()
	return r.site.File(p)
}

// FuzzPath checks that whatever the request target, the handler asks the
// Site only for clean names: no "..", no backslash, no NUL, no empty or
// "." segment, no leading slash.
func FuzzPath(f *testing.F) {
	for _, t := range traversals {
		f.Add(t)
	}
	for _, s := range []string{"/", "/mallit/x", "/sv/nope/", "/%5c%5c", "/a/%2e%2e%5c..%5cb", "/%c0%ae%c0%ae/go.mod", "/\\\\server\\share"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, target string) {
		u, err := url.ParseRequestURI(target)
		if err != nil {
			return
		}
		rec := &recorder{site: site{"index.html": []byte("<html>"), "go.mod": []byte(secret), "a/index.html": []byte("a")}}
		srv := serve.New()
		srv.Update(serve.Update{Site: rec})
		r := httptest.NewRequest("GET", "/", nil)
		r.URL = u
		w := httptest.NewRecorder()
		srv.Handler().ServeHTTP(w, r)
		for _, name := range rec.asked {
			if !fs.ValidPath(name) || strings.ContainsAny(name, "\\\x00") {
				t.Errorf("target %q: the Site is asked for %q", target, name)
			}
		}
		if strings.Contains(w.Body.String(), secret) && u.Path != "/go.mod" {
			t.Errorf("target %q (path %q) serves go.mod", target, u.Path)
		}
	})
}

func TestContentTypes(t *testing.T) {
	s := site{}
	for _, tt := range []struct{ name, want string }{
		{"a.html", "text/html; charset=utf-8"},
		{"a.css", "text/css; charset=utf-8"},
		{"a.js", "text/javascript; charset=utf-8"},
		{"a.json", "application/json"},
		{"a.svg", "image/svg+xml"},
		{"a.png", "image/png"},
		{"a.PNG", "image/png"},
		{"a.jpg", "image/jpeg"},
		{"a.jpeg", "image/jpeg"},
		{"a.gif", "image/gif"},
		{"a.webp", "image/webp"},
		{"a.pdf", "application/pdf"},
		{"a.txt", "text/plain; charset=utf-8"},
		{"a.xml", "application/xml"},
		{"a.csv", "text/csv; charset=utf-8"},
		{"a.ico", "image/x-icon"},
		{"a.woff2", "font/woff2"},
		{"a.exe", "application/octet-stream"},
		{"a", "application/octet-stream"},
		{"a.tar.gz", "application/octet-stream"},
		{"a.html.bak", "application/octet-stream"},
	} {
		s[tt.name] = []byte("<html><script>alert(1)</script>") // nosniff: never taken for HTML
		t.Run(tt.name, func(t *testing.T) {
			_, ts := newServer(t, s)
			resp, _ := get(t, ts.Client(), "GET", ts.URL+"/"+tt.name)
			if resp.StatusCode != 200 {
				t.Fatalf("GET /%s: status %d", tt.name, resp.StatusCode)
			}
			if got := resp.Header.Get("Content-Type"); got != tt.want {
				t.Errorf("GET /%s: Content-Type %q, want %q", tt.name, got, tt.want)
			}
		})
	}
	_, ts := newServer(t, s)
	for p, want := range map[string]string{"/_malli/live.js": "text/javascript; charset=utf-8", "/_malli/live.css": "text/css; charset=utf-8"} {
		if resp, _ := get(t, ts.Client(), "GET", ts.URL+p); resp.Header.Get("Content-Type") != want || resp.StatusCode != 200 {
			t.Errorf("GET %s: status %d, Content-Type %q; want 200, %q", p, resp.StatusCode, resp.Header.Get("Content-Type"), want)
		}
	}
}

// wantHeaders are on every response.
var wantHeaders = map[string]string{
	"Cache-Control":           "no-store",
	"X-Content-Type-Options":  "nosniff",
	"Referrer-Policy":         "no-referrer",
	"Content-Security-Policy": "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
}

func TestHeaders(t *testing.T) {
	_, ts := newServer(t, testSite(t))
	c := noRedirect(ts)
	for _, tt := range []struct{ method, path string }{
		{"GET", "/"},
		{"HEAD", "/"},
		{"GET", "/static/malli.css"},
		{"GET", "/mallit/x"},
		{"GET", "/nope"},
		{"GET", "/../go.mod"},
		{"POST", "/"},
		{"GET", "/_malli/live.js"},
		{"GET", "/_malli/live.css"},
		{"HEAD", "/_malli/events?path=/"},
		{"GET", "/_malli/nope"},
	} {
		resp, _ := get(t, c, tt.method, ts.URL+tt.path)
		for k, want := range wantHeaders {
			if got := resp.Header.Get(k); got != want {
				t.Errorf("%s %s: %s: %q, want %q", tt.method, tt.path, k, got, want)
			}
		}
	}
	// Before any build, too.
	srv := serve.New()
	w := httptest.NewRecorder()
	srv.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	for k, want := range wantHeaders {
		if got := w.Header().Get(k); got != want {
			t.Errorf("GET / before a build: %s: %q, want %q", k, got, want)
		}
	}
}

func TestHead(t *testing.T) {
	_, ts := newServer(t, testSite(t))
	for _, p := range []string{"/", "/static/malli.css", "/nope", "/sv/nope"} {
		g, body := get(t, ts.Client(), "GET", ts.URL+p)
		h, hbody := get(t, ts.Client(), "HEAD", ts.URL+p)
		if h.StatusCode != g.StatusCode || hbody != "" {
			t.Errorf("HEAD %s: status %d, body %q; want %d and none", p, h.StatusCode, hbody, g.StatusCode)
		}
		if h.ContentLength != int64(len(body)) || h.Header.Get("Content-Type") != g.Header.Get("Content-Type") {
			t.Errorf("HEAD %s: Content-Length %d, Content-Type %q; want %d, %q", p, h.ContentLength, h.Header.Get("Content-Type"), len(body), g.Header.Get("Content-Type"))
		}
	}
}

func TestMethods(t *testing.T) {
	_, ts := newServer(t, testSite(t))
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"} {
		for _, p := range []string{"/", "/nope", "/_malli/events?path=/", "/_malli/live.js"} {
			resp, body := get(t, ts.Client(), m, ts.URL+p)
			if resp.StatusCode != 405 || resp.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: status %d, Allow %q; want 405, %q", m, p, resp.StatusCode, resp.Header.Get("Allow"), "GET, HEAD")
			}
			if strings.Contains(body, "<html") {
				t.Errorf("%s %s: a page is served", m, p)
			}
		}
	}
}

// TestInjected checks what a served page gets, and that the Site's bytes
// stay as they were.
func TestInjected(t *testing.T) {
	s := testSite(t)
	s["bare.html"] = []byte("<p>no head</p>")
	s["picture.svg"] = []byte("<svg></head><body></svg>")
	before := maps.Clone(s)
	for k, v := range before {
		before[k] = bytes.Clone(v)
	}
	srv, ts := newServer(t, s)
	check := func() {
		t.Helper()
		for _, p := range []string{"/", "/sv/", "/mallit/x/", "/nope", "/sv/nope"} {
			_, body := get(t, ts.Client(), "GET", ts.URL+p)
			if !strings.Contains(body, themeCSPRelaxed) || strings.Contains(body, "script-src 'none'") {
				t.Errorf("GET %s: the meta policy is not relaxed:\n%s", p, body)
			}
			i := strings.Index(body, `<link rel="stylesheet" href="/_malli/live.css"><script src="/_malli/live.js" defer></script></head>`)
			if i < 0 {
				t.Errorf("GET %s: no live.css and live.js before </head>:\n%s", p, body)
			}
			if n := strings.Count(body, "<script"); n != 1 {
				t.Errorf("GET %s: %d scripts, want 1 (live.js)", p, n)
			}
		}
		for _, p := range []string{"/bare.html", "/picture.svg", "/static/malli.css"} {
			if _, body := get(t, ts.Client(), "GET", ts.URL+p); body != string(s[p[1:]]) {
				t.Errorf("GET %s = %q, want the file as it is, %q", p, body, s[p[1:]])
			}
		}
	}
	check()
	srv.Update(serve.Update{Problems: problems("<script>alert(1)</script>")})
	check()
	for k, v := range before {
		if !bytes.Equal(s[k], v) {
			t.Errorf("the Site's %s changed:\n%s\nwas\n%s", k, s[k], v)
		}
	}
}

// problems returns an error whose message and source line hold text, and a
// warning.
func problems(text string) diag.List {
	var l diag.List
	d := l.Errorf(diag.Pos{File: "content/mallit/x.md", Line: 3, Col: 8}, diag.SchemaRequired, text)
	d.Line = "title: " + text
	d.Hint = diag.Words{FI: "lisää kenttä", SV: "lägg till fältet", EN: "add the field"}
	l.Warnf(diag.Pos{File: "content/mallit/y.md", Line: 1, Col: 1}, diag.SourceBOM)
	return l
}

func warnings() diag.List {
	var l diag.List
	l.Warnf(diag.Pos{File: "content/mallit/y.md", Line: 1, Col: 1}, diag.SourceBOM)
	return l
}

// printed is the problems as the terminal shows them in lang, escaped.
func printed(t *testing.T, l diag.List, lang diag.Lang) string {
	var b strings.Builder
	if err := diag.Print(&b, l, "text", lang); err != nil {
		t.Fatal(err)
	}
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(b.String())
}

func TestOverlay(t *testing.T) {
	s := testSite(t)
	s["sv-lang.html"] = page(t, "sv", "Svensk sida under fi") // <html lang> wins over the path
	s["nolang/index.html"] = []byte("<html><head></head><body class=x><p>x</p></body></html>")
	s["sv/nolang/index.html"] = []byte("<html><head></head><body><p>x</p></body></html>")
	srv, ts := newServer(t, s)
	overlay := func(p string) string {
		t.Helper()
		_, body := get(t, ts.Client(), "GET", ts.URL+p)
		if i := strings.Index(body, `<div id="malli-overlay"`); i >= 0 {
			return body[i:]
		}
		return ""
	}
	for _, p := range []string{"/", "/sv/", "/nope"} {
		if o := overlay(p); o != "" {
			t.Errorf("GET %s: an overlay after a good build:\n%s", p, o)
		}
	}

	hostile := `<script>alert("x")</script>`
	l := problems(hostile)
	srv.Update(serve.Update{Problems: l})
	for _, tt := range []struct {
		path    string
		lang    diag.Lang
		heading string
		note    string
	}{
		{"/", diag.FI, "Sivustossa on virheitä", "Näet sivuston viimeisimmän onnistuneen version"},
		{"/mallit/x/", diag.FI, "Sivustossa on virheitä", "Näet sivuston"},
		{"/nope", diag.FI, "Sivustossa on virheitä", "Näet sivuston"},
		{"/sv/", diag.SV, "Webbplatsen har fel", "Du ser den senaste fungerande versionen"},
		{"/sv/nope", diag.SV, "Webbplatsen har fel", "Du ser den senaste"},
		{"/en/", diag.EN, "The site has errors", "You see the last good build"},
		{"/sv-lang.html", diag.SV, "Webbplatsen har fel", "Du ser"},
		{"/nolang/", diag.FI, "Sivustossa on virheitä", "Näet"},
		{"/sv/nolang/", diag.SV, "Webbplatsen har fel", "Du ser"},
	} {
		o := overlay(tt.path)
		if o == "" {
			t.Errorf("GET %s: no overlay", tt.path)
			continue
		}
		for _, want := range []string{
			`<div id="malli-overlay" class="malli-errors" role="alert" tabindex="-1" lang="` + string(tt.lang) + `">`,
			"<h2>" + tt.heading + "</h2>",
			tt.note,
			"<pre>" + printed(t, l, tt.lang) + "</pre>",
			`<button type="button" class="malli-close" hidden>`,
		} {
			if !strings.Contains(o, want) {
				t.Errorf("GET %s: the overlay has no %q:\n%s", tt.path, want, o)
			}
		}
		if strings.Contains(o, hostile) || strings.Contains(o, "<script>") {
			t.Errorf("GET %s: the overlay holds the message unescaped:\n%s", tt.path, o)
		}
	}
	if _, body := get(t, ts.Client(), "GET", ts.URL+"/"); !strings.Contains(body, `<body><div id="malli-overlay"`) {
		t.Errorf("the overlay is not right after <body>:\n%s", body)
	}
	if _, body := get(t, ts.Client(), "GET", ts.URL+"/nolang/"); !strings.Contains(body, `<body class=x><div id="malli-overlay"`) {
		t.Errorf("the overlay is not right after <body class=x>:\n%s", body)
	}

	// A good build with warnings: the site as built, its warnings, no note.
	srv.Update(serve.Update{Site: s, Problems: warnings()})
	for p, heading := range map[string]string{"/": "Sivustossa on varoituksia", "/sv/": "Webbplatsen har varningar", "/en/": "The site has warnings"} {
		o := overlay(p)
		if !strings.Contains(o, `class="malli-warnings"`) || !strings.Contains(o, "<h2>"+heading+"</h2>") || strings.Contains(o, "<p>") {
			t.Errorf("GET %s: want a warnings overlay headed %q, no note:\n%s", p, heading, o)
		}
	}

	// The fix.
	srv.Update(serve.Update{Site: s})
	for _, p := range []string{"/", "/sv/", "/nope", "/sv-lang.html"} {
		if o := overlay(p); o != "" {
			t.Errorf("GET %s: the overlay stays after the fix:\n%s", p, o)
		}
	}
}

// TestKeepsLastGood checks that a failed build leaves the last good Site
// served, and that a later good one replaces it.
func TestKeepsLastGood(t *testing.T) {
	a := site{"index.html": []byte("<html><head></head><body>A</body></html>")}
	b := site{"index.html": []byte("<html><head></head><body>B</body></html>")}
	srv, ts := newServer(t, a)
	srv.Update(serve.Update{Problems: problems("x")})
	if resp, body := get(t, ts.Client(), "GET", ts.URL+"/"); resp.StatusCode != 200 || !strings.Contains(body, "A</body>") || !strings.Contains(body, "malli-overlay") {
		t.Errorf("after a failed build: status %d, body\n%s\nwant A with the overlay", resp.StatusCode, body)
	}
	srv.Update(serve.Update{Problems: problems("y")})
	if _, body := get(t, ts.Client(), "GET", ts.URL+"/"); !strings.Contains(body, "A</body>") || !strings.Contains(body, "y") {
		t.Errorf("after a second failed build: want A with the new problems:\n%s", body)
	}
	srv.Update(serve.Update{Site: b, Changed: []string{"index.html"}})
	if _, body := get(t, ts.Client(), "GET", ts.URL+"/"); !strings.Contains(body, "B</body>") || strings.Contains(body, "malli-overlay") {
		t.Errorf("after a good build: want B without the overlay:\n%s", body)
	}
}

// TestFirstBuildFails checks the generated page served while no build has
// succeeded.
func TestFirstBuildFails(t *testing.T) {
	srv := serve.New()
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	defer srv.Close()

	resp, body := get(t, ts.Client(), "GET", ts.URL+"/")
	if resp.StatusCode != 503 || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" || !strings.Contains(body, "Sivustoa rakennetaan…") || strings.Contains(body, "malli-overlay") {
		t.Errorf("before any build: status %d, body\n%s\nwant 503 saying the site is being built", resp.StatusCode, body)
	}
	if !strings.Contains(body, `<script src="/_malli/live.js" defer></script>`) {
		t.Errorf("before any build: no live.js, so the page would not reload:\n%s", body)
	}

	l := problems("<b>bold</b>")
	srv.Update(serve.Update{Problems: l})
	for _, tt := range []struct {
		path string
		lang diag.Lang
		want string
	}{
		{"/", diag.FI, "Sivustoa ei ole vielä saatu rakennettua."},
		{"/mallit/x/", diag.FI, "Sivustoa ei ole vielä saatu rakennettua."},
		{"/sv/", diag.SV, "Webbplatsen har inte kunnat byggas ännu."},
		{"/en/x", diag.EN, "The site has not been built yet."},
	} {
		resp, body := get(t, ts.Client(), "GET", ts.URL+tt.path)
		if resp.StatusCode != 503 || !strings.Contains(body, `<html lang="`+string(tt.lang)+`">`) || !strings.Contains(body, tt.want) || !strings.Contains(body, "<pre>"+printed(t, l, tt.lang)+"</pre>") {
			t.Errorf("GET %s after a failed first build: status %d, body\n%s\nwant 503 with the overlay in %s", tt.path, resp.StatusCode, body, tt.lang)
		}
		if strings.Contains(body, "<b>") {
			t.Errorf("GET %s: the problems are not escaped:\n%s", tt.path, body)
		}
	}
	if resp, _ := get(t, ts.Client(), "GET", ts.URL+"/../go.mod"); resp.StatusCode != 404 {
		t.Errorf("GET /../go.mod with no build: status %d, want 404", resp.StatusCode)
	}

	srv.Update(serve.Update{Site: site{"index.html": []byte("<html><head></head><body>ok</body></html>")}, Changed: []string{"index.html"}})
	if resp, body := get(t, ts.Client(), "GET", ts.URL+"/"); resp.StatusCode != 200 || !strings.Contains(body, "ok") || strings.Contains(body, "malli-overlay") {
		t.Errorf("after the fix: status %d, body\n%s", resp.StatusCode, body)
	}
}

func TestLiveFiles(t *testing.T) {
	_, ts := newServer(t, site{})
	_, js := get(t, ts.Client(), "GET", ts.URL+"/_malli/live.js")
	_, css := get(t, ts.Client(), "GET", ts.URL+"/_malli/live.css")
	// Nothing that a policy without 'unsafe-eval' refuses, nothing that
	// parses a string as HTML.
	for _, bad := range []string{"eval", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "new Function", "setTimeout(\"", "setInterval(\"", "onclick", "javascript:"} {
		if strings.Contains(js, bad) {
			t.Errorf("live.js holds %q", bad)
		}
	}
	for _, want := range []string{"EventSource", `"reload"`, "sessionStorage", "location.reload()", "scrollTo", "malli-overlay", "focus(", "addEventListener(\"click\""} {
		if !strings.Contains(js, want) {
			t.Errorf("live.js has no %q", want)
		}
	}
	for _, want := range []string{"#malli-overlay", "white-space: pre-wrap", "overflow-wrap: anywhere", "max-height", "overflow: auto", ":focus"} {
		if !strings.Contains(css, want) {
			t.Errorf("live.css has no %q", want)
		}
	}
}
